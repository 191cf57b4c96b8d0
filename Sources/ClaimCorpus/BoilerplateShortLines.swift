import Foundation

/// `Boilerplate.classify` on the bytes of a short line of ASCII: the marker sets are compared byte by byte,
/// with no lowercase String made and no Set hashed. For ASCII text, equal bytes are equal characters (no
/// ASCII string is canonically equivalent to another, and a line holds no line feed, so no CR LF character),
/// which is why any line with a byte of 0x80 or above goes the way of characters instead: "\u{212A}" (the
/// Kelvin sign) must still compare as the "K" it is canonically equivalent to.
extension Boilerplate {
    /// The longest (trimmed) line compared with the marker sets; longer lines are paragraphs.
    static let shortLineLimit = 64

    /// The short-line markers as bytes, loaded once per line rather than once per set.
    struct ShortLineMarkers {
        let endMarkers: ByteStringSet
        let dropExact: ByteStringSet
        let counterNouns: ByteStringSet
        let endPrefixes: [[UInt8]]
        let dropPrefixes: [[UInt8]]
        /// Lines opening with these (as written) are code; see `isCode`.
        let codePrefixes: [[UInt8]]
    }

    static let shortLineMarkers = ShortLineMarkers(
        endMarkers: ByteStringSet(endMarkers), dropExact: ByteStringSet(dropExact), counterNouns: ByteStringSet(counterNouns),
        endPrefixes: endPrefixes.map { Array($0.utf8) }, dropPrefixes: dropPrefixes.map { Array($0.utf8) },
        codePrefixes: ["@media", "@import", "<script", "<style", "(function", "(adsbygoogle", "var ", "window.", "document."]
            .map { Array($0.utf8) })

    /// The verdict for a line whose trimmed text is ASCII and at most `shortLineLimit` bytes, or nil for any
    /// other line (`classifyCharacters` decides those).
    static func classifyShortASCII(_ raw: UnsafeBufferPointer<UInt8>, phrases: UInt8) -> Verdict? {
        var start = 0
        var end = raw.count
        // The ASCII members of `isTrimmedSpace`; a non-ASCII space at an end stops the trim and fails the test below.
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        while start < end, isSpace(raw[start]) { start += 1 }
        while end > start, isSpace(raw[end - 1]) { end -= 1 }
        if start == end { return .drop }
        guard end - start <= shortLineLimit else { return nil }
        // A line feed inside makes CR LF one character; the reader never passes one, other callers may.
        for index in start..<end where raw[index] >= 0x80 || raw[index] == 0x0A { return nil }
        let line = UnsafeBufferPointer(rebasing: raw[start..<end])
        let markers = shortLineMarkers
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: shortLineLimit) { storage -> Verdict in
            for index in line.indices { storage[index] = PhraseSet.foldASCII(line[index]) }
            let lower = UnsafeBufferPointer(rebasing: storage[0..<line.count])
            if markers.endMarkers.contains(lower) || hasPrefix(lower, among: markers.endPrefixes) { return .endOfBody }
            if phrases & endGroup != 0 { return .endOfBody }
            if markers.dropExact.contains(lower) || hasPrefix(lower, among: markers.dropPrefixes) { return .drop }
            if isASCIICode(line, prefixes: markers.codePrefixes) || phrases & dropGroup != 0 { return .drop }
            // One character per byte: `line.count < 40` is the byte count.
            if line.count < 40, isCounterWidget(lower, nouns: markers.counterNouns) { return .drop }
            if !hasLetterRun(line, minimumLetters: 3) { return .drop }
            return .keep
        }
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, among prefixes: [[UInt8]]) -> Bool {
        prefixes.contains { prefix in prefix.count <= bytes.count && prefix.first == bytes.first && bytes.starts(with: prefix) }
    }

    /// `isCode` for ASCII: one of the code prefixes, "//" not followed by a space, or two braces with a colon or
    /// an opening bracket.
    private static func isASCIICode(_ line: UnsafeBufferPointer<UInt8>, prefixes: [[UInt8]]) -> Bool {
        if hasPrefix(line, among: prefixes) { return true }
        if line.count >= 2, line[0] == UInt8(ascii: "/"), line[1] == UInt8(ascii: "/"),
           line.count == 2 || line[2] != UInt8(ascii: " ") { return true }
        var braces = 0
        var hasColonOrBracket = false
        for byte in line {
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { braces += 1 }
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") { hasColonOrBracket = true }
        }
        return braces >= 2 && hasColonOrBracket
    }

    /// "24 points", "0 comments": two words (split at spaces), a number and a widget noun.
    private static func isCounterWidget(_ lower: UnsafeBufferPointer<UInt8>, nouns: ByteStringSet) -> Bool {
        guard let first = lower.first, first &- 0x30 < 10 || first == UInt8(ascii: " ") else { return false }
        var words: [Range<Int>] = []
        var index = 0
        while index < lower.count {
            if lower[index] == UInt8(ascii: " ") { index += 1; continue }
            let wordStart = index
            while index < lower.count, lower[index] != UInt8(ascii: " ") { index += 1 }
            words.append(wordStart..<index)
            if words.count > 2 { return false }
        }
        guard words.count == 2, lower[words[0]].allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        return nouns.contains(UnsafeBufferPointer(rebasing: lower[words[1]]))
    }

    /// A run of `minimumLetters` ASCII letters.
    private static func hasLetterRun(_ line: UnsafeBufferPointer<UInt8>, minimumLetters: Int) -> Bool {
        var run = 0
        for byte in line {
            if (byte | 0x20) &- 0x61 < 26 {
                run += 1
                if run >= minimumLetters { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}

/// A few strings as UTF-8, looked up by bytes: bucketed by length, so a line is compared with the members of
/// its own length only.
struct ByteStringSet {
    private let byLength: [[[UInt8]]]

    init(_ members: Set<String>) {
        let arrays = members.map { Array($0.utf8) }
        var buckets = [[[UInt8]]](repeating: [], count: (arrays.map(\.count).max() ?? 0) + 1)
        for member in arrays { buckets[member.count].append(member) }
        byLength = buckets
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count < byLength.count else { return false }
        return byLength[bytes.count].contains { $0.elementsEqual(bytes) }
    }
}
