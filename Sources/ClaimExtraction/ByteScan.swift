/// What a sentence's bytes hold, found eight bytes at a time: both tokenizers pick their fast path from it
/// (a plain-ASCII sentence needs no decoding), so the bytes are classified once per sentence.
struct SentenceBytes: Sendable, Equatable {
    /// Some byte is not ASCII.
    var hasNonASCII: Bool
    /// Some byte is a carriage return (which joins a following line feed into one `Character`).
    var hasCarriageReturn: Bool

    init(hasNonASCII: Bool, hasCarriageReturn: Bool) {
        self.hasNonASCII = hasNonASCII
        self.hasCarriageReturn = hasCarriageReturn
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var highBits: UInt64 = 0
        var returns: UInt64 = 0
        @inline(__always) func add(_ word: UInt64) {
            highBits |= word
            // Some byte of `probe` is zero (a carriage return) exactly when this has a high bit set.
            let probe = word ^ 0x0D0D_0D0D_0D0D_0D0D
            returns |= (probe &- 0x0101_0101_0101_0101) & ~probe
        }
        let count = bytes.count
        var index = 0
        if let base = bytes.baseAddress, count >= 8 {
            let raw = UnsafeRawPointer(base)
            while index + 16 <= count {
                add(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                add(raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                index += 16
            }
            if index + 8 <= count {
                add(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            // The last bytes as one word ending at the end (some bytes read twice: no matter for an "or").
            if index < count { add(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
            index = count
        }
        var tailHigh: UInt8 = 0
        var tailReturn = false
        while index < count {
            tailHigh |= bytes[index]
            if bytes[index] == 0x0D { tailReturn = true }
            index += 1
        }
        hasNonASCII = highBits & 0x8080_8080_8080_8080 != 0 || tailHigh >= 0x80
        hasCarriageReturn = returns & 0x8080_8080_8080_8080 != 0 || tailReturn
    }

    /// Every byte is ASCII and none is a carriage return: one `Character` per byte.
    var isPlainASCII: Bool { !hasNonASCII && !hasCarriageReturn }
}

extension SentenceBytes {
    /// `(Array(text.utf8), SentenceBytes(…))`: the bytes read in place, copied in one block (the general copy of a
    /// UTF-8 view costs more) and classified from the string's own storage.
    static func bytes(of text: String) -> (utf8: [UInt8], kinds: SentenceBytes) {
        var text = text  // `withUTF8` reads a native string in place
        return text.withUTF8 { source in
            (Array(source), SentenceBytes(source))
        }
    }
}
