/// Turns completion candidates into the strings libedit wants: each replaces libedit's own
/// word (from `wordStart`, which ends at a word-break character) up to the cursor.
enum LibeditMatches {
    /// `line` is the text before the cursor as scalars. A candidate starting before libedit's
    /// word keeps only its tail, provided the skipped part is what was typed (ignoring case);
    /// otherwise libedit cannot apply it and it is dropped.
    static func matches(line: [Unicode.Scalar], wordStart: Int, candidates: [Candidate]) -> (matches: [String], append: Character?) {
        var result: [String] = []
        var appends: [Character?] = []
        for candidate in candidates {
            let replacement = Array(candidate.replacement.unicodeScalars)
            let match: String
            if candidate.start >= wordStart {
                let between = line[wordStart..<min(candidate.start, line.count)]
                match = String(String.UnicodeScalarView(between)) + candidate.replacement
            } else {
                let typed = Array(line[candidate.start..<min(wordStart, line.count)])
                guard replacement.count >= typed.count,
                      String(String.UnicodeScalarView(replacement[..<typed.count])).lowercased()
                        == String(String.UnicodeScalarView(typed)).lowercased() else { continue }
                match = String(String.UnicodeScalarView(replacement[typed.count...]))
            }
            if !result.contains(match) {
                result.append(match)
                appends.append(candidate.appendCharacter)
            }
        }
        return (result, result.count == 1 ? appends[0] : " ")
    }
}
