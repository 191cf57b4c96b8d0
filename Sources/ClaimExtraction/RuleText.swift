/// Match rules and matched text built with one allocation each: the recognisers make one of each per
/// match, and interpolation grows a string piece by piece.
enum RuleText {
    /// `a + b + c + d + e`, copied once into a string of exactly that size.
    static func concatenated(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
        let total = a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count
        return String(unsafeUninitializedCapacity: total) { buffer in
            var offset = copy(a, into: buffer, at: 0)
            offset = copy(b, into: buffer, at: offset)
            offset = copy(c, into: buffer, at: offset)
            offset = copy(d, into: buffer, at: offset)
            return copy(e, into: buffer, at: offset)
        }
    }

    /// `a + b + c`, copied once into a string of exactly that size.
    static func concatenated(_ a: String, _ b: String, _ c: String) -> String { concatenated(a, b, c, "", "") }

    /// Copies `part`'s bytes into `buffer` from `offset` in one block (the view's iterator would copy byte by byte); the
    /// offset after them. A native or small string is read in place without a copy of it (`withUTF8`, mutating, needs
    /// one, retained and released); only a string of another kind is made contiguous first.
    @inline(__always)
    private static func copy(_ part: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        func copy(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            guard let source = bytes.baseAddress, let target = buffer.baseAddress, !bytes.isEmpty else { return offset }
            (target + offset).initialize(from: source, count: bytes.count)
            return offset + bytes.count
        }
        if let end = part.utf8.withContiguousStorageIfAvailable(copy) { return end }
        var part = part
        return part.withUTF8(copy)
    }
}

extension NameText {
    /// The text's bytes `range` as a string. A run of up to 15 bytes (most words and many names) becomes a small
    /// string through `CueLexicon.asciiString`, with no scan of its bytes when they are ASCII (and, when they are not,
    /// the same check `String(decoding:as:)` makes, with the same result).
    func string(ofBytes range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            let run = UnsafeBufferPointer(rebasing: bytes[range])
            return run.count <= 15 ? CueLexicon.asciiString(run) : String(decoding: run, as: UTF8.self)
        }
    }

    /// The words `first...last` and the gaps between them as one string (one allocation): the text's bytes from the
    /// first word to the last when no word in between had a possessive cut off, else those pieces copied in order.
    func string(joining first: Int, _ last: Int) -> String {
        var isContiguous = true
        if last > first {
            for index in first + 1...last where tokens[index].gapStart != tokens[index - 1].bytes.upperBound {
                isContiguous = false
                break
            }
        }
        // One copy of one run of bytes: each piece copied on its own costs a call apiece.
        if isContiguous { return string(ofBytes: tokens[first].bytes.lowerBound..<tokens[last].bytes.upperBound) }
        var total = tokens[first].bytes.count
        if last > first {
            for index in first + 1...last { total += tokens[index].bytes.upperBound - tokens[index].gapStart }
        }
        return String(unsafeUninitializedCapacity: total) { buffer in
            bytes.withUnsafeBufferPointer { source in
                var offset = 0
                func copy(_ range: Range<Int>) {
                    guard !range.isEmpty else { return }
                    (buffer.baseAddress! + offset).initialize(from: source.baseAddress! + range.lowerBound, count: range.count)
                    offset += range.count
                }
                copy(tokens[first].bytes)
                if last > first {
                    for index in first + 1...last {
                        copy(tokens[index].gapStart..<tokens[index].bytes.lowerBound)
                        copy(tokens[index].bytes)
                    }
                }
                return offset
            }
        }
    }
}
