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
