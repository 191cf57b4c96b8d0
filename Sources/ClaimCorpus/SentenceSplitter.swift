/// Splits a paragraph into sentences (or clauses after an introducing colon), keeping abbreviations
/// (U.S., Gen., ie.), initials (J.), decimals and thousands separators, and quotations whole.
/// Works on Unicode scalars: Character-level scanning cost five times all the recognisers together.
public enum SentenceSplitter {
    public static func split(_ paragraph: String) -> [String] {
        let text = ScalarText(paragraph)
        let scalars = text.scalars
        var sentences: [String] = []
        var start = 0
        var index = 0
        var openQuotes = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "“" { openQuotes += 1 }
            if scalar == "”" { openQuotes = max(0, openQuotes - 1) }
            if isTerminator(scalar) {
                var end = index + 1
                while end < scalars.count, isCloser(scalars[end]) {
                    if scalars[end] == "”" { openQuotes = max(0, openQuotes - 1) }
                    end += 1
                }
                if isBoundary(scalars, punctuation: index, after: end, start: start, insideQuote: openQuotes > 0) {
                    append(scalars[start..<end], of: text, to: &sentences)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        append(scalars[start..<scalars.count], of: text, to: &sentences)
        return sentences
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], punctuation: Int, after end: Int, start: Int,
                                   insideQuote: Bool) -> Bool {
        // The next thing must be white space and then a sentence opener, or the end.
        var next = end
        guard next < scalars.count else { return true }
        guard isSpace(scalars[next]) else { return false }
        while next < scalars.count, isSpace(scalars[next]) { next += 1 }
        guard next < scalars.count else { return true }
        let opener = scalars[next]
        let openerIsUpper = isUppercase(opener)
        guard openerIsUpper || isOpener(opener) || isNumeric(opener) else { return false }
        if insideQuote, scalars[punctuation] != ":" { return false }
        switch scalars[punctuation] {
        case ":":
            // A colon ends an introducing clause ("What a source had to say: The city…") only after a few words.
            return openerIsUpper && wordCount(scalars[start..<punctuation]) >= 4
        case ".":
            let word = wordBefore(scalars, punctuation)
            if word.count == 1, isUppercase(word.first!) { return false }     // an initial: "J. Magnier"
            if word.contains("."), word.count <= 6 { return false }                 // U.S., U.N., e.g.
            // Lowercasing never shortens a word, and every abbreviation is short and ASCII.
            guard word.count <= longestAbbreviation else { return true }
            if word.allSatisfy(\.isASCII) {
                // ASCII lowercasing, as `lowercased()` does for these scalars.
                let bytes = word.map { UInt8(truncatingIfNeeded: $0.value) }.map { $0 &- 0x41 < 26 ? $0 + 0x20 : $0 }
                return !abbreviations.contains(String(decoding: bytes, as: UTF8.self))
            }
            var lowered = ""
            lowered.unicodeScalars.append(contentsOf: word)
            return !abbreviations.contains(lowered.lowercased())
        default:
            return true
        }
    }

    private static func wordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> ArraySlice<Unicode.Scalar> {
        var begin = index
        while begin > 0, !isSpace(scalars[begin - 1]), !isWordOpener(scalars[begin - 1]) { begin -= 1 }
        return scalars[begin..<index]
    }

    private static func wordCount(_ slice: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var inWord = false
        for scalar in slice {
            if scalar == " " { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // White_Space in ASCII is tab to carriage return and the space.
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value &- 0x09 < 5 }
        return scalar == "\u{00A0}" || scalar.properties.isWhitespace
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x41 < 26 : scalar.properties.isUppercase
    }

    /// Has a numeric type: in ASCII, the digits.
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x30 < 10 : scalar.properties.numericType != nil
    }

    /// Longest sentence kept whole, in scalars. Longer runs without a sentence end (a 50 MB one-line file) are cut at
    /// the last space before the limit: the recognisers grow faster than linearly with sentence length.
    public static let maximumSentenceLength = 2_000

    private static func append(_ slice: ArraySlice<Unicode.Scalar>, of text: ScalarText, to sentences: inout [String]) {
        var rest = slice
        while rest.count > maximumSentenceLength {
            let limit = rest.startIndex + maximumSentenceLength
            let cut = rest[rest.startIndex..<limit].lastIndex(where: isSpace).map { $0 + 1 } ?? limit
            appendWhole(rest.startIndex..<cut, of: text, to: &sentences)
            rest = rest[cut...]
        }
        appendWhole(rest.startIndex..<rest.endIndex, of: text, to: &sentences)
    }

    private static func appendWhole(_ range: Range<Int>, of text: ScalarText, to sentences: inout [String]) {
        let trimmed = text.string(range).trimmingSpaces()
        if !trimmed.isEmpty { sentences.append(trimmed) }
    }

    // Switches, not sets: this runs on every scalar of every paragraph.
    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", ":": return true
        default: return false
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "\"", "’", "'", ")", "]": return true
        default: return false
        }
    }
    private static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "\"", "‘", "'", "(", "[": return true
        default: return false
        }
    }

    private static func isWordOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "“", "\"": return true
        default: return false
        }
    }
    private static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "ie", "eg", "cf", "approx", "inc", "ltd", "co", "jr", "sr", "mt", "ft", "al", "ca",
    ]
}

/// A paragraph's scalars with their UTF-8 offsets, decoded from its bytes in one pass, so a sentence is
/// copied out as bytes rather than rebuilt scalar by scalar.
struct ScalarText {
    let utf8: [UInt8]
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, plus the end; empty for ASCII, where scalar `i` is byte `i`.
    let offsets: [Int]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        if utf8.withUnsafeBufferPointer({ !$0.contains { $0 >= 0x80 } }) {
            scalars = utf8.map { Unicode.Scalar($0) }
            offsets = []
            return
        }
        var scalars = [Unicode.Scalar]()
        var offsets = [Int]()
        scalars.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        // A String's bytes are valid UTF-8, so each lead byte gives the length of its scalar.
        while offset < utf8.count {
            let lead = UInt32(utf8[offset])
            var value = lead
            var length = 1
            if lead >= 0xF0 {
                value = (lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12
                    | UInt32(utf8[offset + 2] & 0x3F) << 6 | UInt32(utf8[offset + 3] & 0x3F)
                length = 4
            } else if lead >= 0xE0 {
                value = (lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6 | UInt32(utf8[offset + 2] & 0x3F)
                length = 3
            } else if lead >= 0x80 {
                value = (lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F)
                length = 2
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            offsets.append(offset)
            offset += length
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    func string(_ range: Range<Int>) -> String {
        if offsets.isEmpty { return String(decoding: utf8[range], as: UTF8.self) }
        return String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }
}
