/// Case-insensitive `contains` / `starts with` of a printable-ASCII needle, on UTF-8 bytes, where it is sure to give
/// Foundation's case- and diacritic-insensitive answer, many times cheaper than bridging to CFString.
///
/// An occurrence (A–Z folded to a–z) whose neighbours are ASCII bytes or the ends of the text lies on grapheme
/// boundaries (the needle holds no CR or LF), so Foundation finds a match too: the answer is yes. In a text of
/// only ASCII, where nothing has diacritics or a case outside A–Z, no occurrence means no. Otherwise (an occurrence
/// only next to other characters, or none in a text with some) it cannot tell.
enum ASCIISearch {
    /// Nil when it cannot tell (see above), or the needle is empty or not printable ASCII: ask Foundation.
    static func find(_ needle: String, in text: String, anchored: Bool) -> Bool? {
        var needle = needle, text = text
        return needle.withUTF8 { pattern in
            // Foundation finds no empty needle; leave that to it.
            guard !pattern.isEmpty, pattern.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return text.withUTF8 { haystack in
                if search(pattern, haystack, anchored: anchored) { return true }
                return haystack.allSatisfy({ $0 < 0x80 }) ? false : nil
            }
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Whether an occurrence with ASCII (or no) neighbours starts at 0 (anchored) or anywhere.
    private static func search(_ pattern: UnsafeBufferPointer<UInt8>, _ haystack: UnsafeBufferPointer<UInt8>, anchored: Bool) -> Bool {
        let n = pattern.count, h = haystack.count
        guard n <= h else { return false }
        let first = lower(pattern[0])
        let lastStart = anchored ? 0 : h - n
        var start = 0
        while start <= lastStart {
            defer { start += 1 }
            guard lower(haystack[start]) == first else { continue }
            var k = 1
            while k < n, lower(haystack[start + k]) == lower(pattern[k]) { k += 1 }
            guard k == n else { continue }
            if (start == 0 || haystack[start - 1] < 0x80) && (start + n == h || haystack[start + n] < 0x80) { return true }
        }
        return false
    }
}
