/// The name words of ASCII text, scanned and folded in one pass. `asciiTokens` scans a whole sentence;
/// `appendASCIIWords` scans one stretch of it, so the grammar tokenizer (`tokenizePlainASCII(_:names:)`) can hand
/// over the stretches between the words it shares with the name view.
extension NameText {
    /// Scan and fold in one pass for ASCII text (most sentences), writing folded words straight into
    /// their buffer; nil at the first byte that is not ASCII (the general path takes over). Gives the
    /// tokens `scanScalars` and `makeToken` give (`NameTextTests` compares them).
    static func asciiTokens(_ bytes: [UInt8]) -> (tokens: [NameToken], folded: [UInt8])? {
        var tokens: [NameToken] = [], folded: [UInt8] = []
        return asciiTokens(bytes, tokens: &tokens, folded: &folded) ? (tokens, folded) : nil
    }

    /// `asciiTokens(_:)` written into `tokens` and `folded` (emptied first, their capacity kept); false (and
    /// nothing reliable in them) when some byte is not ASCII.
    static func asciiTokens(_ bytes: [UInt8], tokens: inout [NameToken], folded: inout [UInt8]) -> Bool {
        let classes = WordClass.table
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(bytes.count / 4 + 1)
        // Room for every byte, written through a pointer and cut to what was folded (filled with the bytes
        // themselves: one copy, each overwritten before it is read).
        folded.removeAll(keepingCapacity: true)
        folded.append(contentsOf: bytes)
        var scan = ASCIINameScan()
        let isASCII = bytes.withUnsafeBufferPointer { source in
            folded.withUnsafeMutableBufferPointer { out in
                FoldedName.skeletonRoles.withUnsafeBufferPointer { skeletonRoles in
                    appendASCIIWords(source, 0..<source.count, bytes: bytes, folded: out, tokens: &tokens, scan: &scan,
                                     classes: classes, skeletonRoles: skeletonRoles)
                }
            }
        }
        folded.removeLast(folded.count - scan.foldedCount)
        return isASCII
    }

    /// The name words in `range` of `source` (`bytes`' buffer) appended to `tokens`, their folded forms written
    /// into `folded` from `scan.foldedCount`; false at a byte that is not ASCII. No word may cross the range's
    /// ends (the byte before and the byte at its end are neither letters, digits nor apostrophes). `classes` and
    /// `skeletonRoles`: `WordClass.table` and `FoldedName.skeletonRoles`'s buffer, read once by the caller.
    @inline(__always)
    static func appendASCIIWords(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, bytes: [UInt8],
                                 folded out: UnsafeMutableBufferPointer<UInt8>, tokens: inout [NameToken],
                                 scan: inout ASCIINameScan, classes: NameTable<WordClass>,
                                 skeletonRoles: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = range.upperBound
        var index = range.lowerBound
        while index < count {
            let byte = source[index]
            guard byte < 0x80 else { return false }
            guard isASCIILetterOrDigit(byte) else {
                if !(byte == 0x0A && scan.previousWasReturn) { scan.character += 1 }
                scan.previousWasReturn = byte == 0x0D
                index += 1
                continue
            }
            // A word: letters, digits and apostrophes after its first letter or digit.
            var end = index + 1
            while end < count {
                let next = source[end]
                guard isASCIILetterOrDigit(next) || next == 0x27 || next == 0x60 else { break }
                end += 1
            }
            let start = index
            var word = RawWord(start: start, end: end, rawEnd: end, characterStart: scan.character,
                               characterCount: end - start,
                               firstIsUppercase: byte &- 0x41 < 26, firstIsLowercase: byte &- 0x61 < 26,
                               firstIsNumber: byte &- 0x30 < 10)
            word = finishedScalars(word, rawEnd: end, in: bytes)
            scan.character += end - start
            scan.previousWasReturn = false
            index = end
            // Fold: lowercase, apostrophes dropped.
            let foldedStart = scan.foldedCount
            var foldedCount = foldedStart
            var hasUpper = false, hasApostrophe = false
            var foldedHash = NameHash()
            for position in word.start..<word.end {
                var letter = source[position]
                if letter &- 0x41 < 26 { letter += 0x20; hasUpper = true }
                if letter == 0x27 || letter == 0x60 {
                    hasApostrophe = true
                } else {
                    out[foldedCount] = letter
                    foldedCount += 1
                    foldedHash.add(letter)
                }
            }
            scan.foldedCount = foldedCount
            var lowerHash = foldedHash
            if hasApostrophe {
                lowerHash = NameHash()
                for position in word.start..<word.end {
                    let letter = source[position]
                    lowerHash.add(letter &- 0x41 < 26 ? letter + 0x20 : letter)
                }
            }
            tokens.append(asciiToken(source, word, folded: out, foldedRange: foldedStart..<foldedCount, foldedHash: foldedHash,
                                     wordClass: classes[lowerHash] ?? [], hasUpper: hasUpper, bytes: bytes,
                                     previousEnd: scan.previousEnd, skeletonRoles: skeletonRoles))
            scan.previousEnd = word.rawEnd
        }
        return true
    }

    /// The token of an ASCII word whose folded form is `folded[foldedRange]` (hashed: `foldedHash`). `knownKey`: the
    /// folded form's `FoldedName.capitalisedWordKey`, when the caller has it (`CueLexicon` keeps its words' keys);
    /// `skeletonRoles`: `FoldedName.skeletonRoles`'s buffer, read by the caller once for many words, for the others.
    @inline(__always)
    static func asciiToken(_ source: UnsafeBufferPointer<UInt8>, _ word: RawWord,
                           folded out: UnsafeMutableBufferPointer<UInt8>, foldedRange: Range<Int>,
                           foldedHash: NameHash, wordClass: WordClass, hasUpper: Bool, bytes: [UInt8],
                           previousEnd: Int, skeletonRoles: UnsafeBufferPointer<UInt8>,
                           knownKey: (hash: NameHash, singleWordKeyLength: UInt16)? = nil) -> NameToken {
        var flags: TokenFlags = []
        if word.characterCount > 0 {
            if word.firstIsUppercase || word.firstIsNumber { flags.insert(.capitalised) }
            if word.firstIsLowercase { flags.insert(.lowercaseStart) }
        }
        if !hasUpper { flags.insert(.lowercaseASCII) }
        if word.start - previousEnd == 1 && source[previousEnd] == 0x20 {
            flags.formUnion([.gapIsSpace, .joinsPrevious])
        } else {
            flags.formUnion(gapFlags(previousEnd..<word.start, in: bytes))
        }
        let wordKey: (hash: NameHash, singleWordKeyLength: UInt16) = !flags.contains(.capitalised) ? (NameHash(), 0)
            : knownKey
                ?? FoldedName.capitalisedWordKey(UnsafeBufferPointer(rebasing: out[foldedRange]), roles: skeletonRoles)
        return NameToken(bytes: word.start..<word.end, gapStart: previousEnd,
                         range: word.characterStart..<word.characterStart + word.characterCount,
                         folded: foldedRange, classes: wordClass, flags: flags, foldedHash: foldedHash,
                         capitalisedWordKeyHash: wordKey.hash, singleWordKeyLength: wordKey.singleWordKeyLength)
    }

    @inline(__always) static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }
}

/// Where an ASCII name scan stands: what the next word needs from the text before it.
struct ASCIINameScan {
    /// Folded bytes written so far.
    var foldedCount = 0
    /// Where the last word ended as written (the next word's gap starts there).
    var previousEnd = 0
    /// Characters before the scan's position (a CR LF counts once).
    var character = 0
    var previousWasReturn = false
}
