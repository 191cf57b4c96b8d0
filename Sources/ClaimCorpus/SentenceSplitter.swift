/// Splits a paragraph into sentences (or clauses after an introducing colon), keeping abbreviations
/// (U.S., Gen., ie.), initials (J.), decimals and thousands separators, and quotations whole.
public enum SentenceSplitter {
    public static func split(_ paragraph: String) -> [String] {
        let chars = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        var openQuotes = 0
        while index < chars.count {
            let character = chars[index]
            if character == "“" { openQuotes += 1 }
            if character == "”" { openQuotes = max(0, openQuotes - 1) }
            if ".!?…:".contains(character) {
                var end = index + 1
                while end < chars.count, "”\"’')]".contains(chars[end]) {
                    if chars[end] == "”" { openQuotes = max(0, openQuotes - 1) }
                    end += 1
                }
                if isBoundary(chars, punctuation: index, after: end, start: start, insideQuote: openQuotes > 0) {
                    appendTrimmed(chars[start..<end], to: &sentences)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        appendTrimmed(chars[start..<chars.count], to: &sentences)
        return sentences
    }

    private static func isBoundary(_ chars: [Character], punctuation: Int, after end: Int, start: Int, insideQuote: Bool) -> Bool {
        // The next thing must be white space and then a sentence opener, or the end.
        var next = end
        guard next < chars.count else { return true }
        guard chars[next].isWhitespace else { return false }
        while next < chars.count, chars[next].isWhitespace { next += 1 }
        guard next < chars.count else { return true }
        let opener = chars[next]
        guard opener.isUppercase || opener.isNumber || "“\"‘'([".contains(opener) else { return false }
        if insideQuote, chars[punctuation] != ":" { return false }
        let word = wordBefore(chars, punctuation)
        switch chars[punctuation] {
        case ":":
            // A colon ends an introducing clause ("What a source had to say: The city…") only after a few words.
            let clause = String(chars[start..<punctuation])
            return clause.split(separator: " ").count >= 4 && opener.isUppercase
        case ".":
            if word.count == 1, word.first!.isUppercase { return false }          // an initial: "J. Magnier"
            if abbreviations.contains(word.lowercased()) { return false }
            if word.contains("."), word.count <= 6 { return false }              // U.S., U.N., e.g.
            return true
        default:
            return true
        }
    }

    private static func wordBefore(_ chars: [Character], _ index: Int) -> String {
        var begin = index
        while begin > 0, !chars[begin - 1].isWhitespace, !"(“\"".contains(chars[begin - 1]) { begin -= 1 }
        return String(chars[begin..<index])
    }

    private static func appendTrimmed(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
        let text = String(slice).trimmingSpaces()
        if !text.isEmpty { sentences.append(text) }
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "ie", "eg", "cf", "approx", "inc", "ltd", "co", "jr", "sr", "mt", "ft", "al", "ca",
    ]
}
