import Foundation

/// Case-insensitive `contains` / `starts with` of a printable-ASCII needle, on UTF-8 bytes, where it is sure to give
/// Foundation's case- and diacritic-insensitive answer, many times cheaper than bridging to CFString.
///
/// An occurrence (A–Z folded to a–z) whose neighbours are ASCII bytes or the ends of the text lies on grapheme
/// boundaries (the needle holds no CR or LF), so Foundation finds a match too: the answer is yes. In a text of
/// only ASCII, where nothing has diacritics or a case outside A–Z, no occurrence means no. Otherwise (an occurrence
/// only next to other characters, or none in a text with some) it cannot tell.
struct ASCIISearch {
    /// The needle lowercased; its first byte in both cases, for `memchr`.
    private let pattern: [UInt8]
    private let firstLower: UInt8, firstUpper: UInt8

    /// Nil when the needle is empty (Foundation finds no empty needle) or not printable ASCII.
    init?(_ needle: String) {
        let bytes = Array(needle.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        pattern = bytes.map(Self.lower)
        firstLower = pattern[0]
        firstUpper = firstLower >= 0x61 && firstLower <= 0x7A ? firstLower - 0x20 : firstLower
    }

    /// Nil when it cannot tell (see above), or the needle is empty or not printable ASCII: ask Foundation.
    static func find(_ needle: String, in text: String, anchored: Bool) -> Bool? {
        ASCIISearch(needle)?.find(in: text, anchored: anchored)
    }

    /// Nil when it cannot tell: ask Foundation.
    func find(in text: String, anchored: Bool) -> Bool? {
        var text = text
        return text.withUTF8 { find(inUTF8: $0, anchored: anchored) }
    }

    /// `find(in:anchored:)` on a text's UTF-8 bytes.
    func find(inUTF8 haystack: UnsafeBufferPointer<UInt8>, anchored: Bool) -> Bool? {
        if search(haystack, anchored: anchored) { return true }
        return haystack.allSatisfy({ $0 < 0x80 }) ? false : nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Whether an occurrence with ASCII (or no) neighbours starts at 0 (anchored) or anywhere.
    private func search(_ haystack: UnsafeBufferPointer<UInt8>, anchored: Bool) -> Bool {
        let n = pattern.count, h = haystack.count
        guard n <= h, let base = haystack.baseAddress else { return false }
        if anchored { return matches(haystack, at: 0) }
        let lastStart = h - n
        // Candidate starts: the next place of the first byte in either case, found with memchr.
        var nextLower = -1, nextUpper = firstUpper == firstLower ? Int.max : -1
        var start = 0
        while start <= lastStart {
            if nextLower < start { nextLower = Self.next(firstLower, base, from: start, upTo: lastStart) }
            if nextUpper < start { nextUpper = Self.next(firstUpper, base, from: start, upTo: lastStart) }
            start = min(nextLower, nextUpper)
            guard start <= lastStart else { return false }
            if matches(haystack, at: start) { return true }
            start += 1
        }
        return false
    }

    /// The first position ≥ `from` and ≤ `upTo` holding `byte`, or Int.max.
    private static func next(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from: Int, upTo: Int) -> Int {
        guard let found = memchr(base + from, Int32(byte), upTo - from + 1) else { return Int.max }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The needle folded at `start`, with ASCII (or no) neighbours.
    private func matches(_ haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let n = pattern.count
        guard start + n <= haystack.count else { return false }
        var k = 0
        while k < n, Self.lower(haystack[start + k]) == pattern[k] { k += 1 }
        guard k == n else { return false }
        return (start == 0 || haystack[start - 1] < 0x80) && (start + n == haystack.count || haystack[start + n] < 0x80)
    }
}
