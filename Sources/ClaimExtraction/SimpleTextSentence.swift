/// The grammar tokenizer for a sentence that is not plain ASCII but has no carriage return and a character per scalar
/// (a few letters with diacritics, curly quotes or dashes: nearly every such sentence). It reads the UTF-8 bytes as
/// `tokenizePlainASCII(_:names:folded:)` does, decoding only the non-ASCII scalars and counting characters beside
/// bytes, so no array of scalars is made; it cuts, lowercases and looks up the tokens exactly as the general
/// `tokenize(_:characters:offsets:allASCII:names:reusing:)` does (`SimpleTextNamesTests` compares the two).
extension WordTokenizer {
    /// The UTF-8 offset where each character starts, plus the end, for text without a carriage return whose every
    /// scalar is a character of its own (`characterStarts(_:)` then joins none); nil for other text.
    static func simpleTextCharacterStarts(_ utf8: [UInt8]) -> [Int]? {
        var isSimple = true
        let starts = [Int](unsafeUninitializedCapacity: utf8.count + 1) { out, written in
            utf8.withUnsafeBufferPointer { bytes in
                var index = 0
                while index < bytes.count {
                    out[written] = index
                    written += 1
                    if bytes[index] < 0x80 {
                        index += 1
                        continue
                    }
                    let (scalar, length) = NameText.decode(utf8, at: index)
                    // A scalar `isSingleCharacterScalar` accepts never extends the one before it
                    // (`testAcceptedScalarsNeverExtendACharacter`), and the joiners are not among them.
                    guard NameText.isSingleCharacterScalar(scalar.value) else {
                        isSimple = false
                        break
                    }
                    index += length
                }
                out[written] = bytes.count
                written += 1
            }
        }
        return isSimple ? starts : nil
    }

    /// The tokens of a sentence `simpleTextCharacterStarts(_:)` accepts (`offsets` made from its table), showing
    /// `names` every word of ASCII bytes and building them in `storage`'s buffer, as the general tokenizer does.
    static func tokenizeSimpleText<Names: NameWordSink>(_ utf8: [UInt8], offsets: CharacterOffsets, names: inout Names,
                                                       reusing storage: inout [WordToken]) -> [WordToken] {
        var tokens = emptyTokens(reusing: &storage, room: (offsets.count - 1) / 3 + 2)
        let lexicon = CueLexicon.shared
        let count = utf8.count
        /// The scalar starting at byte `index`, and its length in bytes.
        @inline(__always) func scalar(at index: Int) -> (Unicode.Scalar, Int) {
            let byte = utf8[index]
            return byte < 0x80 ? (Unicode.Scalar(byte), 1) : NameText.decode(utf8, at: index)
        }
        var i = 0          // a byte offset
        var character = 0  // the character starting there
        var sawSpace = true
        while i < count {
            // Most characters are ASCII: a space is skipped without making a scalar.
            if isASCIISpace(utf8[i]) {
                sawSpace = true
                i += 1
                character += 1
                continue
            }
            let (c, length) = scalar(at: i)
            if length > 1, isSpace(c) {
                sawSpace = true
                i += length
                character += 1
                continue
            }
            let start = i, startCharacter = character
            if length == 1, isASCIIDigit(utf8[i]) {
                // Digits, separators and the decimal point are ASCII, a character a byte; glued letters may not be.
                var token = utf8.withUnsafeBufferPointer { number(in: $0, at: &i, spaceBefore: sawSpace) }
                character += i - start
                if i < count, utf8[i] >= 0x80, isLetter(scalar(at: i).0) {
                    // A non-ASCII letter in the suffix: the rest is lowercased scalar by scalar, as the general
                    // tokenizer lowercases such a suffix.
                    var rest = ""
                    while i < count {
                        let (d, length) = scalar(at: i)
                        guard isLetter(d) else { break }
                        rest += lowered(d)
                        i += length
                        character += 1
                    }
                    token.lower += rest
                    token.suffix += rest
                    token.isPlainInteger = false
                }
                token.start = startCharacter
                token.end = character
                tokens.append(token)
            } else if isLetter(c) {
                var hasApostrophe = false
                var isASCIIWord = length == 1
                i += length
                character += 1
                while i < count {
                    let byte = utf8[i]
                    if isASCIILetter(byte) || isASCIIDigit(byte) {
                        i += 1
                        character += 1
                        continue
                    }
                    let (d, length) = scalar(at: i)
                    if isLetter(d) || isDigit(d) {
                    } else if d == "’" || d == "'", i + length < count, isLetter(scalar(at: i + length).0) {
                        hasApostrophe = true
                    } else {
                        break
                    }
                    if length > 1 { isASCIIWord = false }
                    i += length
                    character += 1
                }
                let (lower, classes, entry) = utf8.withUnsafeBufferPointer { sentence in
                    readWord(UnsafeBufferPointer(rebasing: sentence[start..<i]), isASCII: isASCIIWord,
                             characters: startCharacter..<character, hasApostrophe: hasApostrophe, sentence: sentence,
                             names: &names, lexicon: lexicon)
                }
                tokens.append(WordToken(kind: .word, lower: lower, start: startCharacter, end: character,
                                        spaceBefore: sawSpace, isCapitalized: isUpper(c), number: nil,
                                        suffix: "", isPlainInteger: false, digitCount: 0, classes: classes,
                                        entry: entry))
            } else {
                i += length
                character += 1
                let mark = length == 1
                    ? asciiCharacters[Int(utf8[start])]
                    : String(decoding: utf8[start..<i], as: UTF8.self)
                tokens.append(.mark(mark, start: startCharacter, end: character, spaceBefore: sawSpace))
            }
            sawSpace = false
        }
        names.finish()
        return tokens
    }
}
