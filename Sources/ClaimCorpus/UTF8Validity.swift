/// Whether bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates, nothing past
/// U+10FFFF, no cut sequence), as `String(validating:)` decides, without making a String: runs of ASCII pass
/// sixteen or eight bytes at a time. The reader asks this of every file with a non-ASCII byte, then makes Strings line by
/// line, so the whole text is not decoded once more for a String nobody reads.
enum UTF8Validity {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            index = asciiWordsEnd(raw, from: index, count: count)
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            // The second byte's range depends on the lead (E0, ED, F0 and F4 narrow it); later bytes are 80...BF.
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }
}

extension String {
    /// A String of bytes already known to be valid UTF-8 (checked by `UTF8Validity`, or cut from a String at scalar
    /// boundaries), copied without the check `String(decoding:as:)` repeats (about ten instructions a byte of any
    /// line that is not all ASCII). `knownASCII`: every byte is below 0x80; otherwise the bytes are looked at, as the
    /// String must carry the right ASCII flag (comparison and hashing take fast paths on it).
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool = false) {
        let isASCII = knownASCII || UTF8Validity.isASCII(bytes)
        self.init(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
    }
}

extension UTF8Validity {
    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = asciiWordsEnd(UnsafeRawPointer(base), from: 0, count: bytes.count)
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index == bytes.count
    }

    /// Where the run of ASCII from `index` stops being readable a word at a time: past every whole sixteen- and then
    /// eight-byte block of ASCII (two words, then one, tested against their high bits); the bytes after it are read
    /// one by one.
    @inline(__always)
    static func asciiWordsEnd(_ raw: UnsafeRawPointer, from start: Int, count: Int) -> Int {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 16 <= count, (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) & highs == 0 {
            index += 16
        }
        if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highs == 0 { index += 8 }
        return index
    }
}
