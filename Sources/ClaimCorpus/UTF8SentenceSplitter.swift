/// `SentenceSplitter.split` made on a paragraph's UTF-8, for ASCII and non-ASCII text alike: no array of
/// scalars is decoded. Only the bytes that can end a sentence (`.` `!` `?` `:` and the lead byte of `…`) or
/// count quotes (`“` `”`) stop the scan; every other byte is passed over. Scalars are decoded only around a
/// possible boundary, so each sentence's `String` is made once, from its bytes. Rules as in `splitByScalars`.
struct UTF8SentenceSplitter {
    /// A String's bytes: valid UTF-8.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The abbreviations, loaded once per paragraph rather than at every full stop.
    let packedAbbreviations = SentenceSplitter.packedAbbreviations
    let longestAbbreviation = SentenceSplitter.longestAbbreviation
    let stopBytes = StopBytes()

    func split() -> [String] {
        var ranges: [Range<Int>] = []
        split(into: &ranges)
        return ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// The sentences' byte ranges (trimmed, never empty), appended to `sentences`: the caller makes each
    /// sentence's String from its own copy of the text, without decoding the bytes again.
    func split(into sentences: inout [Range<Int>]) {
        let count = bytes.count
        var start = 0
        var index = 0
        var openQuotes = 0
        sentences.reserveCapacity(count / 64 + 1)
        while index < count {
            // Sixteen bytes at a time past runs with no byte the scan stops at, and straight to the first one in a
            // run that holds one: every byte passed over would only have moved the scan on by one.
            if index + 16 <= count {
                let first = stopBytes.first(in: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: SIMD16<UInt8>.self))
                index += first
                if first == 16 { continue }
            }
            let byte = bytes[index]
            var length = 1
            if byte >= 0x80 {
                // “ ” … are E2 80 9C, E2 80 9D and E2 80 A6; no other non-ASCII byte ends a sentence or counts a quote.
                guard byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 else { index += 1; continue }
                switch bytes[index + 2] {
                case 0x9C: openQuotes += 1; index += 3; continue
                case 0x9D: openQuotes = max(0, openQuotes - 1); index += 3; continue
                case 0xA6: length = 3
                default: index += 1; continue
                }
            } else if !Self.isASCIITerminator(byte) {
                index += 1
                continue
            }
            var end = index + length
            while end < count, let closer = closerLength(at: end) {
                if closer == 3, bytes[end + 2] == 0x9D { openQuotes = max(0, openQuotes - 1) }
                end += closer
            }
            if isBoundary(punctuation: index, after: end, start: start, insideQuote: openQuotes > 0) {
                append(start..<end, to: &sentences)
                start = end
                index = end
                continue
            }
            // A closer passed over here is read again (a `”` counted twice), as the scalar splitter does.
            index += length
        }
        append(start..<count, to: &sentences)
    }

    /// `.` `!` `?` `:` (all below 0x40) as one bit test.
    @inline(__always)
    private static func isASCIITerminator(_ byte: UInt8) -> Bool {
        let mask: UInt64 = 1 << 0x2E | 1 << 0x21 | 1 << 0x3F | 1 << 0x3A
        return byte < 0x40 && mask & (1 << UInt64(byte)) != 0
    }

    /// The length of the closer (`”` `"` `’` `'` `)` `]`) at `offset`, nil for anything else.
    @inline(__always)
    private func closerLength(at offset: Int) -> Int? {
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return nil }
            return bytes[offset + 2] == 0x9D || bytes[offset + 2] == 0x99 ? 3 : nil
        default: return nil
        }
    }

    /// The scalar that starts at `offset` and its length in bytes.
    @inline(__always)
    private func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: lead)), 1) }
        var value: UInt32
        var length: Int
        if lead >= 0xF0 {
            value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            length = 4
        } else if lead >= 0xE0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            length = 2
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Where the scalar that ends at `offset` starts.
    @inline(__always)
    private func scalarStart(before offset: Int) -> Int {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    private func isBoundary(punctuation: Int, after end: Int, start: Int, insideQuote: Bool) -> Bool {
        // The next thing must be white space and then a sentence opener, or the end.
        var next = end
        guard next < bytes.count else { return true }
        var (opener, length) = scalar(at: next)
        guard SentenceSplitter.isSpace(opener) else { return false }
        repeat {
            next += length
            guard next < bytes.count else { return true }
            (opener, length) = scalar(at: next)
        } while SentenceSplitter.isSpace(opener)
        let openerIsUpper = SentenceSplitter.isUppercase(opener)
        guard openerIsUpper || SentenceSplitter.isOpener(opener) || SentenceSplitter.isNumeric(opener) else { return false }
        let mark = bytes[punctuation]
        if insideQuote, mark != UInt8(ascii: ":") { return false }
        switch mark {
        case UInt8(ascii: ":"):
            // A colon ends an introducing clause ("What a source had to say: The city…") only after a few words.
            return openerIsUpper && wordCount(start..<punctuation) >= 4
        case UInt8(ascii: "."):
            return !endsInAbbreviation(punctuation)
        default:
            return true
        }
    }

    /// Whether the word before the full stop at `punctuation` keeps the sentence going: an initial ("J."),
    /// a dotted abbreviation ("U.S."), or a listed one ("Gen.", "ie.").
    private func endsInAbbreviation(_ punctuation: Int) -> Bool {
        // Longer words settle nothing below: no abbreviation is longer, nor is a dotted one counted.
        let longest = max(6, longestAbbreviation)
        var begin = punctuation
        var scalars = 0
        var isASCII = true
        var hasDot = false
        while begin > 0 {
            // An ASCII byte is its own scalar: a space, `(` or `"` ends the word.
            let byte = bytes[begin - 1]
            if byte < 0x80 {
                if byte == 0x20 || byte &- 0x09 < 5 || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") { break }
                begin -= 1
                scalars += 1
                if scalars > longest { return false }
                if byte == UInt8(ascii: ".") { hasDot = true }
                continue
            }
            let previous = scalarStart(before: begin)
            let scalar = scalar(at: previous).scalar
            if SentenceSplitter.isSpace(scalar) || SentenceSplitter.isWordOpener(scalar) { break }
            begin = previous
            scalars += 1
            if scalars > longest { return false }
            if scalar.value >= 0x80 { isASCII = false }
            if scalar == "." { hasDot = true }
        }
        if scalars == 1, SentenceSplitter.isUppercase(scalar(at: begin).scalar) { return true }
        if hasDot, scalars <= 6 { return true }
        guard scalars <= longestAbbreviation else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[begin..<punctuation])
        if isASCII {
            // ASCII lowercasing, as `lowercased()` does for these bytes, packed into one number.
            // At most `longestAbbreviation` (< 8) bytes, as `packed` takes them.
            var packed = UInt64(word.count) << 56
            for offset in word.indices {
                let byte = word[offset]
                packed |= UInt64(byte &- 0x41 < 26 ? byte + 0x20 : byte) << (8 * UInt64(offset))
            }
            return SentenceSplitter.sortedContains(packedAbbreviations, packed)
        }
        return SentenceSplitter.abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased())
    }

    /// Words between spaces (a continuation byte is never a space, so bytes count as scalars do).
    private func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for offset in range {
            if bytes[offset] == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Appends the sentence at `range`, cut before `maximumSentenceLength` scalars at the last space.
    private func append(_ range: Range<Int>, to sentences: inout [Range<Int>]) {
        var lower = range.lowerBound
        let upper = range.upperBound
        let limit = SentenceSplitter.maximumSentenceLength
        // No more bytes than the limit is no more scalars.
        while upper - lower > limit {
            var offset = lower
            var walked = 0
            var afterSpace: Int?
            while walked < limit, offset < upper {
                let (scalar, length) = scalar(at: offset)
                offset += length
                walked += 1
                if SentenceSplitter.isSpace(scalar) { afterSpace = offset }
            }
            guard offset < upper else { break }
            let cut = afterSpace ?? offset
            appendWhole(lower..<cut, to: &sentences)
            lower = cut
        }
        appendWhole(lower..<upper, to: &sentences)
    }

    /// Appends the sentence at `range` without its leading and trailing white space (as `trimmingSpaces`
    /// trims it), unless nothing is left.
    private func appendWhole(_ range: Range<Int>, to sentences: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = scalar(at: lower)
            guard scalar.isTrimmedSpace else { break }
            lower += length
        }
        while upper > lower {
            let last = scalarStart(before: upper)
            guard scalar(at: last).scalar.isTrimmedSpace else { break }
            upper = last
        }
        if lower < upper { sentences.append(lower..<upper) }
    }
}

/// The bytes the splitter stops at, `.` `!` `?` `:` and 0xE2 (the lead byte of `“` `”` `…`), found among sixteen
/// with one comparison of all sixteen per stop byte.
struct StopBytes {
    // Each byte in all sixteen lanes, as stored vectors of a named type: the compiler then makes every `.==` one
    // vector instruction (comparing with a scalar, or a vector built in place, it compared lane by lane).
    private let fullStop = SIMD16<UInt8>(repeating: UInt8(ascii: "."))
    private let exclamation = SIMD16<UInt8>(repeating: UInt8(ascii: "!"))
    private let question = SIMD16<UInt8>(repeating: UInt8(ascii: "?"))
    private let colon = SIMD16<UInt8>(repeating: UInt8(ascii: ":"))
    private let leadE2 = SIMD16<UInt8>(repeating: 0xE2)

    /// Where the first stop byte of `chunk` stands, 16 when none does.
    @inline(__always)
    func first(in chunk: SIMD16<UInt8>) -> Int {
        let stops = (chunk .== fullStop) .| (chunk .== exclamation) .| (chunk .== question) .| (chunk .== colon) .| (chunk .== leadE2)
        // A mask lane is all ones or all zeros, so read as two words (lanes in order) the lowest set bit is in the first
        // stop's lane. (`any(stops)` compiles to a loop over the lanes.)
        let lanes = unsafeBitCast(stops, to: SIMD2<UInt64>.self)
        return lanes[0] != 0 ? lanes[0].trailingZeroBitCount >> 3 : 8 + lanes[1].trailingZeroBitCount >> 3
    }
}
