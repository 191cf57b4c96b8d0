/// One pass over a plain ASCII sentence (no byte above 0x7F, no carriage return) giving both of its views: the
/// grammar tokens (what the separate grammar scan, kept in the tests as `tokenizePlainASCII(_:)`, made) and the name
/// words (`NameText.asciiTokens`). It is the only plain-ASCII grammar scan.
///
/// The two cut some words differently ("Syria's" is one grammar word but the name "Syria"; "1,500" one number
/// but two name words), so only a word both views see alike is shared: a grammar word of letters and digits with
/// no apostrophe and no letter, digit or apostrophe on either side. Its lowercase bytes, written once, are the
/// name word's folded bytes, and one hash of them finds both its grammar cues and its word classes. The name scan
/// reads the stretches between shared words as it reads a whole sentence. `PlainASCIISentenceTests` compares the
/// result with the two separate scans.
extension WordTokenizer {
    /// The sentence's grammar tokens, with `NameText.asciiTokens(_:tokens:folded:)` written into `names` and
    /// `folded` (emptied first, their capacity kept).
    static func tokenizePlainASCII(_ utf8: [UInt8], names: inout [NameToken], folded: inout [UInt8]) -> [WordToken] {
        var storage: [WordToken] = []
        return tokenizePlainASCII(utf8, names: &names, folded: &folded, reusing: &storage)
    }

    /// `tokenizePlainASCII(_:names:folded:)` building the tokens in `storage`'s buffer (taken, left empty): an
    /// earlier sentence's array, emptied, so that a sentence does not allocate its own (`NameTextBuffers.spareTokens`).
    static func tokenizePlainASCII(_ utf8: [UInt8], names: inout [NameToken], folded: inout [UInt8],
                                   reusing storage: inout [WordToken]) -> [WordToken] {
        let wordClasses = WordClass.table
        names.removeAll(keepingCapacity: true)
        names.reserveCapacity(utf8.count / 4 + 1)
        // Room for every byte, cut to what was folded (as `asciiTokens` does).
        folded.removeAll(keepingCapacity: true)
        folded.append(contentsOf: utf8)
        var scan = ASCIINameScan()
        let tokens = utf8.withUnsafeBufferPointer { bytes in
            folded.withUnsafeMutableBufferPointer { out in
                // The skeleton roles' buffer for every capitalised word's key (`asciiToken`), read once.
                FoldedName.skeletonRoles.withUnsafeBufferPointer { skeletonRoles in
                    var tokens = emptyTokens(reusing: &storage, room: bytes.count / 3 + 2)
                    // Read once, not at every word or mark (each read of a global checks that it is made).
                    let lexicon = CueLexicon.shared, marks = asciiCharacters
                    let count = bytes.count
                    // Name words are found up to here; the stretch from here to a shared word is scanned before it.
                    var nameCursor = 0
                    // Whether a number or a word not shared lies past `nameCursor`: else the stretch up to the next
                    // shared word holds no name word (only spaces and marks), and as every character is one byte, the
                    // scan only moves on.
                    var stretchHasWords = false
                    var i = 0
                    var sawSpace = true
                    while i < count {
                        let c = bytes[i]
                        if isASCIISpace(c) {
                            sawSpace = true
                            i += 1
                            continue
                        }
                        let start = i
                        if isASCIIDigit(c) {
                            tokens.append(number(in: bytes, at: &i, spaceBefore: sawSpace))
                            stretchHasWords = true
                        } else if isASCIILetter(c) {
                            // With no byte a name word holds before it, no name word runs into this one: the name words
                            // before it are found now, and its folded form, if the name view shares it, goes next.
                            let startsFree = start == 0 || !isNameByte(bytes[start - 1])
                            if startsFree {
                                if stretchHasWords {
                                    _ = NameText.appendASCIIWords(bytes, nameCursor..<start, bytes: utf8, folded: out,
                                                                  tokens: &names, scan: &scan, classes: wordClasses,
                                                                  skeletonRoles: skeletonRoles)
                                    stretchHasWords = false
                                } else {
                                    scan.character = start
                                    scan.previousWasReturn = false
                                }
                                nameCursor = start
                            }
                            // Lowercased where its folded form goes (kept if the word is shared, else overwritten by the
                            // name scan), and hashed, as it is read.
                            let foldedStart = scan.foldedCount
                            let read = lowercaseASCIIWord(bytes, from: start, into: out, at: foldedStart)
                            i = read.end
                            let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                            let found = lexicon.lookUp(lowercase: out, at: foldedStart, count: word.count, hash: read.hash,
                                                       hasUpper: read.hasUpper)
                            let (lower, cues, entry) = (found.lower, found.cues, found.entry)
                            if startsFree && !read.hasApostrophe && (i == count || !isNameByte(bytes[i])) {
                                // Shared: this word's name word from the grammar's lowercase bytes.
                                let foldedRange = foldedStart..<foldedStart + word.count
                                let raw = RawWord(start: start, end: i, rawEnd: i, characterStart: scan.character,
                                                  characterCount: i - start, firstIsUppercase: c &- 0x41 < 26,
                                                  firstIsLowercase: c &- 0x61 < 26, firstIsNumber: false)
                                names.append(NameText.asciiToken(bytes, raw, folded: out, foldedRange: foldedRange,
                                                                 foldedHash: found.hash, wordClass: found.wordClass,
                                                                 hasUpper: found.hasUpper, bytes: utf8,
                                                                 previousEnd: scan.previousEnd, skeletonRoles: skeletonRoles,
                                                                 knownKey: found.wordKey))
                                scan.foldedCount = foldedRange.upperBound
                                scan.character += i - start
                                scan.previousWasReturn = false
                                scan.previousEnd = i
                                nameCursor = i
                            } else {
                                stretchHasWords = true
                            }
                            var classes = cues
                            // In ASCII the lowercase word ends in "'ll" exactly when its bytes end in "'" and two "l" or
                            // "L".
                            if GrammarCue.mayEndInLL(word) { classes.insert(.modality) }
                            tokens.append(WordToken(kind: .word, lower: lower, start: start, end: i,
                                                    spaceBefore: sawSpace, isCapitalized: c &- 0x41 < 26, number: nil,
                                                    suffix: "", isPlainInteger: false, digitCount: 0, classes: classes,
                                                    entry: entry))
                        } else {
                            i += 1
                            tokens.append(.mark(marks[Int(c)], start: start, end: i, spaceBefore: sawSpace))
                        }
                        sawSpace = false
                    }
                    if stretchHasWords {
                        _ = NameText.appendASCIIWords(bytes, nameCursor..<count, bytes: utf8, folded: out, tokens: &names,
                                                      scan: &scan, classes: wordClasses, skeletonRoles: skeletonRoles)
                    }
                    return tokens
                }
            }
        }
        folded.removeLast(folded.count - scan.foldedCount)
        return tokens
    }

    /// `storage`'s array (taken, left empty) emptied, with room for `count` tokens at least. The room is rounded up
    /// to a power of two (64 at the least), so that the arrays handed from sentence to sentence settle at a few sizes
    /// and a longer sentence seldom has to grow the one it is given.
    static func emptyTokens(reusing storage: inout [WordToken], room count: Int) -> [WordToken] {
        var tokens: [WordToken] = []
        swap(&tokens, &storage)
        if !tokens.isEmpty { tokens.removeAll(keepingCapacity: true) }
        if tokens.capacity < count {
            tokens.reserveCapacity(max(64, 1 << (Int.bitWidth - (count - 1).leadingZeroBitCount)))
        }
        return tokens
    }

    /// A byte a name word can hold (letters, digits, apostrophes): a word next to one is not cut alike.
    @inline(__always) private static func isNameByte(_ byte: UInt8) -> Bool {
        NameText.isASCIILetterOrDigit(byte) || byte == 0x27 || byte == 0x60
    }
}
