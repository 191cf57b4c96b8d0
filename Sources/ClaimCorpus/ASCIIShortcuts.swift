/// Character-level questions about short words and lines answered from their bytes when the answer cannot
/// depend on grapheme breaking (the bytes involved and their neighbours are ASCII); anything else is left to
/// the Character-level code they stand in for. A grapheme never joins an ASCII scalar to an ASCII neighbour
/// except CR LF, so such a byte is a whole Character.
extension StringProtocol {
    /// `first?.isUppercase == true`.
    func startsUppercase() -> Bool {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, first != 0x0D, (bytes.next() ?? 0) < 0x80 { return first &- 0x41 < 26 }
        return self.first?.isUppercase == true
    }

    /// `lowercased() == word`, for a `word` of lowercase ASCII letters: an ASCII string is compared byte by
    /// byte, anything else is lowercased.
    func lowercasedEquals(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { target in
            var matches = utf8.count == target.count
            var offset = 0
            for byte in utf8 {
                if byte >= 0x80 { return lowercased() == String(decoding: target, as: UTF8.self) }
                if offset < target.count, byte | 0x20 != target[offset] { matches = false }
                offset += 1
            }
            return matches
        }
    }
}

extension Substring {
    /// `hasSuffix` for one ASCII character other than a line feed: the last byte, when it and the byte before it are
    /// ASCII (then the last character is that byte alone); anything else by Characters.
    func hasSuffix(asciiByte byte: UInt8) -> Bool {
        let utf8 = self.utf8
        guard let last = utf8.last else { return false }
        let lastIndex = utf8.index(before: utf8.endIndex)
        let before = lastIndex > utf8.startIndex ? utf8[utf8.index(before: lastIndex)] : 0
        if last < 0x80, before < 0x80 { return last == byte }
        return hasSuffix(String(Unicode.Scalar(byte)))
    }
}

extension String {
    /// `trimmingCharacters(in: set)` for a set of ASCII characters (no CR or LF) on a string whose trimmed
    /// ends have ASCII neighbours; nil when a Character-level answer is needed.
    func trimmingASCII(in set: String) -> String? {
        var text = self
        var set = set
        return set.withUTF8 { members in
            guard !members.contains(where: { $0 >= 0x80 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
            return text.withUTF8 { bytes -> String? in
                var lower = 0
                var upper = bytes.count
                while lower < upper, members.contains(bytes[lower]) {
                    // The next byte must be ASCII for this byte to be a whole Character.
                    if lower + 1 < bytes.count, bytes[lower + 1] >= 0x80 { return nil }
                    lower += 1
                }
                // A Character that opens with a non-ASCII scalar may still equal an ASCII one (U+037E is ';').
                if lower < upper, bytes[lower] >= 0x80 { return nil }
                while upper > lower, members.contains(bytes[upper - 1]) {
                    // And the byte before it: a Prepend scalar joins the ASCII byte after it.
                    if upper >= 2, bytes[upper - 2] >= 0x80 { return nil }
                    upper -= 1
                }
                if upper > lower, bytes[upper - 1] >= 0x80 { return nil }
                if upper == bytes.count, lower == 0 { return self }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            }
        }
    }
}

extension String {
    /// `String(prefix(count))`: the first `count` bytes when they and the byte after them are ASCII and none is a CR
    /// (each is then a character of its own); otherwise counted in characters.
    func prefixString(_ count: Int) -> String {
        var text = self
        let cut = text.withUTF8 { bytes -> String? in
            for index in 0..<Swift.min(bytes.count, count + 1) where bytes[index] >= 0x80 || bytes[index] == 0x0D { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<Swift.min(bytes.count, count)]), as: UTF8.self)
        }
        return cut ?? String(prefix(count))
    }
}

extension String {
    /// `lowercased()`, made byte by byte for ASCII text (the same bytes).
    func lowercasedByBytes() -> String {
        var text = self
        let lowered = text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (offset, byte) in bytes.enumerated() { buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return bytes.count
            }
        }
        return lowered ?? lowercased()
    }
}

extension Sequence where Element == String {
    /// `joined(separator: " ")` by appending: a slice of strings takes a generic path that looks up its
    /// witnesses on every call.
    func joinedBySpaces() -> String {
        var joined = ""
        for (offset, part) in enumerated() {
            if offset > 0 { joined += " " }
            joined += part
        }
        return joined
    }
}

extension Sequence where Element == Substring {
    /// `joined(separator: " ")` by appending.
    func joinedBySpaces() -> String {
        var joined = ""
        for (offset, part) in enumerated() {
            if offset > 0 { joined += " " }
            joined.append(contentsOf: part)
        }
        return joined
    }
}

extension String {
    /// `split(whereSeparator:)` (empty parts left out) at ASCII separators other than CR and LF, cut on the
    /// bytes when every separator byte has ASCII neighbours (then each is a whole Character, and no other
    /// Character holds one); nil when the Character-level split must decide.
    func splitAtASCII(where isSeparator: (UInt8) -> Bool) -> [Substring]? {
        var text = self
        let parts = text.withUTF8 { bytes -> [Range<Int>]? in
            var parts: [Range<Int>] = []
            var start = 0
            for offset in bytes.indices where isSeparator(bytes[offset]) {
                if offset > 0, bytes[offset - 1] >= 0x80 { return nil }
                if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return nil }
                if offset > start { parts.append(start..<offset) }
                start = offset + 1
            }
            if bytes.count > start { parts.append(start..<bytes.count) }
            return parts
        }
        guard let parts else { return nil }
        let utf8 = self.utf8
        return parts.map { part in
            self[utf8.index(utf8.startIndex, offsetBy: part.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: part.upperBound)]
        }
    }

    /// `split(separator: " ")`, on the bytes when `splitAtASCII` can.
    func splitAtSpaces() -> [Substring] {
        splitAtASCII { $0 == 0x20 } ?? split(separator: " ")
    }
}
