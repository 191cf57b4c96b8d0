/// Splits a paragraph into sentences (or clauses after an introducing colon), keeping abbreviations
/// (U.S., Gen., ie.), initials (J.), decimals and thousands separators, and quotations whole.
/// The splitter reads the paragraph's UTF-8 (`UTF8SentenceSplitter.swift`); this scalar version is its
/// reference, kept for the equivalence tests. Character-level scanning cost five times all the recognisers together.
public enum SentenceSplitter {
    public static func split(_ paragraph: String) -> [String] {
        var ranges: [Range<Int>] = []
        let text = sentenceRanges(of: paragraph, into: &ranges)
        return ranges.map { sentence($0, of: text) }
    }

    /// The paragraph's sentences as byte ranges (replacing what `ranges` held, so one buffer serves every
    /// paragraph), and the paragraph as the contiguous String those ranges index.
    static func sentenceRanges(of paragraph: String, into ranges: inout [Range<Int>]) -> String {
        ranges.removeAll(keepingCapacity: true)
        var text = paragraph
        text.withUTF8 { UTF8SentenceSplitter(bytes: $0).split(into: &ranges) }
        return text
    }

    /// The sentence at `range` of `paragraph`'s UTF-8: the paragraph itself when it is one sentence, else a copy
    /// of those bytes, which are valid UTF-8 already (a Substring's copy is not decoded again).
    static func sentence(_ range: Range<Int>, of paragraph: String) -> String {
        let utf8 = paragraph.utf8
        if range.lowerBound == 0, range.upperBound == utf8.count { return paragraph }
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return String(Substring(utf8[lower..<upper]))
    }

    /// `sentence(_:of:)` with the paragraph's bytes at hand (`bytes` is `paragraph`'s UTF-8, and a sentence range
    /// starts and ends on scalar boundaries): the sentence's bytes are copied, not decoded again. `knownASCII`: the
    /// paragraph is all ASCII.
    static func sentence(_ range: Range<Int>, of paragraph: String, bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool = false) -> String {
        if range.lowerBound == 0, range.upperBound == bytes.count { return paragraph }
        return String(validUTF8: UnsafeBufferPointer(rebasing: bytes[range]), knownASCII: knownASCII)
    }

    /// The same split made on the paragraph's Unicode scalars.
    static func splitByScalars(_ paragraph: String) -> [String] {
        let text = ScalarText(paragraph)
        // An ASCII paragraph is read as its bytes: no array of scalars is made for it.
        return text.isASCII ? split(ASCIIScalarView(bytes: text.utf8), of: text) : split(text.scalars, of: text)
    }

    /// `scalars`: the paragraph's scalars (for ASCII, its bytes as scalars); `text` copies sentences out.
    private static func split<Scalars: RandomAccessCollection>(_ scalars: Scalars, of text: ScalarText) -> [String]
    where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
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

    private static func isBoundary<Scalars: RandomAccessCollection>(_ scalars: Scalars, punctuation: Int, after end: Int,
                                                                    start: Int, insideQuote: Bool) -> Bool
    where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
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

    private static func wordBefore<Scalars: RandomAccessCollection>(_ scalars: Scalars, _ index: Int) -> Scalars.SubSequence
    where Scalars.Element == Unicode.Scalar, Scalars.Index == Int {
        var begin = index
        while begin > 0, !isSpace(scalars[begin - 1]), !isWordOpener(scalars[begin - 1]) { begin -= 1 }
        return scalars[begin..<index]
    }

    private static func wordCount<Slice: Collection>(_ slice: Slice) -> Int where Slice.Element == Unicode.Scalar {
        var count = 0
        var inWord = false
        for scalar in slice {
            if scalar == " " { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // White_Space in ASCII is tab to carriage return and the space.
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value &- 0x09 < 5 }
        return scalar == "\u{00A0}" || scalar.properties.isWhitespace
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x41 < 26 : scalar.properties.isUppercase
    }

    /// Has a numeric type: in ASCII, the digits.
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value &- 0x30 < 10 : scalar.properties.numericType != nil
    }

    /// Longest sentence kept whole, in scalars. Longer runs without a sentence end (a 50 MB one-line file) are cut at
    /// the last space before the limit: the recognisers grow faster than linearly with sentence length.
    public static let maximumSentenceLength = 2_000

    private static func append<Slice: RandomAccessCollection>(_ slice: Slice, of text: ScalarText, to sentences: inout [String])
    where Slice.Element == Unicode.Scalar, Slice.Index == Int, Slice.SubSequence == Slice {
        var rest = slice
        while rest.count > maximumSentenceLength {
            let limit = rest.startIndex + maximumSentenceLength
            let cut = rest[rest.startIndex..<limit].lastIndex(where: isSpace).map { $0 + 1 } ?? limit
            appendWhole(rest.startIndex..<cut, of: text, to: &sentences)
            rest = rest[cut...]
        }
        appendWhole(rest.startIndex..<rest.endIndex, of: text, to: &sentences)
    }

    /// Appends the sentence at `range` without its leading and trailing white space (as `trimmingSpaces`
    /// trims it), unless nothing is left: the range is trimmed first, so one string is made.
    private static func appendWhole(_ range: Range<Int>, of text: ScalarText, to sentences: inout [String]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text.scalar(at: lower).isTrimmedSpace { lower += 1 }
        while upper > lower, text.scalar(at: upper - 1).isTrimmedSpace { upper -= 1 }
        if lower < upper { sentences.append(text.string(lower..<upper)) }
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
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "\"", "‘", "'", "(", "[": return true
        default: return false
        }
    }

    static func isWordOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "“", "\"": return true
        default: return false
        }
    }
    static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0
    /// The abbreviations (ASCII, at most seven bytes) as `packed` numbers, looked up without making a String.
    /// Sorted: a binary search over fifty numbers costs less than hashing one at every full stop.
    static let packedAbbreviations: [UInt64] = Set(abbreviations.map { packed($0.utf8) }).sorted()

    /// Whether the sorted `list` holds `value`.
    static func sortedContains(_ list: [UInt64], _ value: UInt64) -> Bool {
        list.withUnsafeBufferPointer { list in
            var lower = 0
            var upper = list.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if list[middle] == value { return true }
                if list[middle] < value { lower = middle + 1 } else { upper = middle }
            }
            return false
        }
    }

    /// Up to seven bytes and their count in one number: two such words are equal when their numbers are.
    static func packed<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        precondition(bytes.count < 8)
        var value = UInt64(bytes.count) << 56
        for (offset, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(offset)) }
        return value
    }
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "prof",
        // Ranks and titles that stand before a name ("Brig. Gen. Yahya Rasool").
        "brig", "adm", "cmdr", "cpl", "pvt", "pte", "rev", "hon", "lieut",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "ie", "eg", "cf", "approx", "inc", "ltd", "co", "jr", "sr", "mt", "ft", "al", "ca",
    ]
}

/// A paragraph's scalars with their UTF-8 offsets, decoded from its bytes in one pass, so a sentence is
/// copied out as bytes rather than rebuilt scalar by scalar. An ASCII paragraph keeps only its bytes.
struct ScalarText {
    let utf8: [UInt8]
    /// Empty for ASCII, where scalar `i` is byte `i`.
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, plus the end; empty for ASCII.
    let offsets: [Int]
    let isASCII: Bool

    init(_ text: String) {
        let bytes = Array(text.utf8)
        utf8 = bytes
        if bytes.withUnsafeBufferPointer({ !$0.contains { $0 >= 0x80 } }) {
            scalars = []
            offsets = []
            isASCII = true
            return
        }
        isASCII = false
        // At most one scalar per byte: both tables are filled in place (not zeroed first), to their length.
        var offsets: [Int] = []
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, scalarCount in
            offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsets, offsetCount in
                bytes.withUnsafeBufferPointer { utf8 in
                    var count = 0
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
                        scalars[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        offsets[count] = offset
                        count += 1
                        offset += length
                    }
                    offsets[count] = offset
                    scalarCount = count
                    offsetCount = count + 1
                }
            }
        }
        self.offsets = offsets
    }

    func scalar(at index: Int) -> Unicode.Scalar {
        isASCII ? Unicode.Scalar(utf8[index]) : scalars[index]
    }

    func string(_ range: Range<Int>) -> String {
        if isASCII { return String(decoding: utf8[range], as: UTF8.self) }
        return String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }
}

/// The bytes of ASCII text as the scalars they are.
struct ASCIIScalarView: RandomAccessCollection {
    let bytes: [UInt8]
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(index: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[index]) }
}
