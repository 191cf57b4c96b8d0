/// Byte-level pieces of the plain-ASCII tokenizer (no byte above 0x7F, no carriage return: one character per byte,
/// so no character table, no scalar decoding and no per-word ASCII test). The scan itself is
/// `tokenizePlainASCII(_:names:folded:)` in `PlainASCIISentence.swift`, which gives the name words in the same pass.
extension WordTokenizer {
    /// The number token starting with the digit at `i` (digits, thousands groups, one decimal point, glued
    /// letters); `i` moves past it. The value is summed digit by digit as the general path sums it.
    static func number(in bytes: UnsafeBufferPointer<UInt8>, at i: inout Int, spaceBefore: Bool) -> WordToken {
        let count = bytes.count
        let start = i
        var value = 0.0
        var plain = true
        var digitCount = 0
        var fraction = false
        var scale = 0.1
        var commas = 0
        while i < count {
            let d = bytes[i]
            if isASCIIDigit(d) {
                let v = Double(d - 48)
                digitCount += 1
                if fraction { value += v * scale; scale /= 10 } else { value = value * 10 + v }
                i += 1
            } else if d == UInt8(ascii: ","), !fraction, isThousandsGroup(bytes, from: i + 1) {
                plain = false
                commas += 1
                i += 1
            } else if d == UInt8(ascii: "."), !fraction, i + 1 < count, isASCIIDigit(bytes[i + 1]) {
                plain = false
                fraction = true
                i += 1
            } else {
                break
            }
        }
        let digitsEnd = i
        while i < count, isASCIILetter(bytes[i]) { i += 1 }
        let suffixCount = i - digitsEnd
        // The digits and decimal point as read (no thousands separators), then the suffix lowercased: one string
        // for `lower`, and the suffix on its own.
        let lower = String(unsafeUninitializedCapacity: digitsEnd - start - commas + suffixCount) { out in
            var written = 0
            for index in start..<i where bytes[index] != UInt8(ascii: ",") {
                let byte = bytes[index]
                out[written] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                written += 1
            }
            return written
        }
        let suffix = suffixCount == 0 ? "" : String(unsafeUninitializedCapacity: suffixCount) { out in
            for index in 0..<suffixCount {
                let byte = bytes[digitsEnd + index]
                out[index] = byte &- 0x41 < 26 ? byte + 0x20 : byte
            }
            return suffixCount
        }
        return WordToken(kind: .number, lower: lower, start: start, end: i, spaceBefore: spaceBefore, isCapitalized: false,
                         number: value, suffix: suffix, isPlainInteger: plain && suffixCount == 0, digitCount: digitCount,
                         classes: [.time, .number])
    }

    /// Whether exactly three digits follow (then a non-digit): a thousands group, not a decimal.
    private static func isThousandsGroup(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        var n = 0
        var j = index
        while j < bytes.count, isASCIIDigit(bytes[j]) { n += 1; j += 1 }
        return n == 3
    }

    /// White space in ASCII: the space, and tab to carriage return.
    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
    @inline(__always) static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
}

extension WordTokenizer {
    /// Reads the word starting with the ASCII letter at `start` (letters and digits, and an apostrophe between
    /// letters) of plain ASCII text: where it ends, whether it holds an apostrophe, and its bytes lowercased, written
    /// to `out` from `offset` and hashed (`NameHash`) as they are read. Eight bytes are read at a time while eight are
    /// left (`ASCIIOctet`), and eight written: `out` has room for as many bytes as `bytes`, `offset` is at most
    /// `start`, and the bytes of `out` past the word may be overwritten.
    @inline(__always)
    static func lowercaseASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                   into out: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
        -> (end: Int, hash: NameHash, hasUpper: Bool, hasApostrophe: Bool) {
        let count = bytes.count
        let source = UnsafeRawPointer(bytes.baseAddress!), target = UnsafeMutableRawPointer(out.baseAddress!)
        var i = start, written = offset
        var hash = NameHash(), capitals: UInt64 = 0, hasApostrophe = false
        while true {
            if i + 8 <= count {
                let octet = ASCIIOctet(UInt64(littleEndian: source.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                var lower = octet.lowercased
                target.storeBytes(of: lower.littleEndian, toByteOffset: written, as: UInt64.self)
                capitals |= octet.capitals
                for _ in 0..<octet.wordLength {
                    hash.add(UInt8(truncatingIfNeeded: lower))
                    lower >>= 8
                }
                i += octet.wordLength
                written += octet.wordLength
                if octet.wordLength == 8 { continue }
            } else {
                while i < count, isASCIILetter(bytes[i]) || isASCIIDigit(bytes[i]) {
                    lowercaseByte(bytes[i], into: out, at: written, hash: &hash, capitals: &capitals)
                    i += 1
                    written += 1
                }
            }
            guard i + 1 < count, bytes[i] == UInt8(ascii: "'"), isASCIILetter(bytes[i + 1]) else { break }
            hasApostrophe = true
            hash.add(UInt8(ascii: "'"))
            out[written] = UInt8(ascii: "'")
            i += 1
            written += 1
        }
        return (i, hash, capitals != 0, hasApostrophe)
    }

    /// The ASCII letters and digits `bytes[range]` lowercased into `out` from `offset`, and hashed (`NameHash`). As in
    /// `lowercaseASCIIWord`, eight bytes are read at a time while eight are left, and eight written: `out` has room
    /// past `offset` for as many bytes as `bytes` has from the range's start, and its bytes past the word may be
    /// overwritten.
    @inline(__always)
    static func lowercaseASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                               into out: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
        -> (hash: NameHash, hasUpper: Bool) {
        let source = UnsafeRawPointer(bytes.baseAddress!), target = UnsafeMutableRawPointer(out.baseAddress!)
        var i = range.lowerBound, written = offset
        var hash = NameHash(), capitals: UInt64 = 0
        while i < range.upperBound && i + 8 <= bytes.count {
            let octet = ASCIIOctet(UInt64(littleEndian: source.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            var lower = octet.lowercased
            target.storeBytes(of: lower.littleEndian, toByteOffset: written, as: UInt64.self)
            let length = min(8, range.upperBound - i)
            // The capitals of the range's bytes only.
            capitals |= octet.capitals & (length == 8 ? .max : (1 << UInt64(8 * length)) - 1)
            for _ in 0..<length {
                hash.add(UInt8(truncatingIfNeeded: lower))
                lower >>= 8
            }
            i += length
            written += length
        }
        while i < range.upperBound {
            lowercaseByte(bytes[i], into: out, at: written, hash: &hash, capitals: &capitals)
            i += 1
            written += 1
        }
        return (hash, capitals != 0)
    }

    /// One ASCII byte lowercased, written to `out[written]` and hashed, and its capital noted: the byte-at-a-time
    /// step both readers above take where eight bytes cannot be read.
    @inline(__always)
    private static func lowercaseByte(_ byte: UInt8, into out: UnsafeMutableBufferPointer<UInt8>, at written: Int,
                                      hash: inout NameHash, capitals: inout UInt64) {
        let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
        capitals |= UInt64(lower ^ byte)
        hash.add(lower)
        out[written] = lower
    }
}

/// Eight bytes of text as one integer, the first byte lowest, tested all at once: a test sets the top bit of each byte
/// that passes it. A byte's range is tested by adding to each byte what takes it to 0x80 at the range's ends; a byte
/// below 0x80 never carries into the next one, and one above 0x7F passes no test (it may carry into the next byte,
/// but that byte lies past the word's first bytes, the only ones read).
struct ASCIIOctet {
    let bytes: UInt64
    /// How many of the bytes, from the first, are letters or digits (a word's bytes).
    let wordLength: Int
    /// The top bit of each capital letter among the word's bytes.
    let capitals: UInt64

    @inline(__always)
    init(_ bytes: UInt64) {
        self.bytes = bytes
        let letters = Self.topBits(of: bytes | 0x2020_2020_2020_2020, from: 0x61, through: 0x7A)
        let digits = Self.topBits(of: bytes, from: 0x30, through: 0x39)
        let others = ~(letters | digits) & 0x8080_8080_8080_8080
        wordLength = others.trailingZeroBitCount >> 3
        // Every bit below the first byte that is no letter or digit (all of them when there is none).
        let word = (others & (0 &- others)) &- 1
        capitals = Self.topBits(of: bytes, from: 0x41, through: 0x5A) & word
    }

    /// The bytes with the word's capital letters lowercased (their 0x20 bit set; 0x80 >> 2 is 0x20).
    @inline(__always) var lowercased: UInt64 { bytes | capitals >> 2 }

    /// The top bit of each byte in `low...high`: the byte plus `0x80 - low` reaches 0x80, and the byte plus
    /// `0x7F - high` does not.
    @inline(__always)
    private static func topBits(of bytes: UInt64, from low: UInt64, through high: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastLow = bytes &+ ones &* (0x80 - low), aboveHigh = bytes &+ ones &* (0x7F - high)
        return atLeastLow & ~aboveHigh & (ones &* 0x80)
    }
}
