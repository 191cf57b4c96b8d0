/// The two ways `NameText` finds words: a fast scan over UTF-8 scalars for the usual text (every
/// scalar its own `Character`), and a `Character` scan for text with combining marks, emoji
/// sequences and other scripts, where offsets must count grapheme clusters. Both give the same words.
extension NameText {
    /// Scans scalar by scalar; false (and nothing reliable in `words`) when some scalar might join the
    /// one before it into one `Character`.
    static func scanScalars(_ bytes: [UInt8], into words: inout [RawWord]) -> Bool {
        scanScalars(bytes, 0..<bytes.count, firstCharacter: 0, into: &words)
    }

    /// `scanScalars(_:into:)` over `range` of `bytes` only, whose first character is character `firstCharacter` of
    /// the text. No word may cross the range's ends (the scalars either side of it are not part of a word).
    static func scanScalars(_ bytes: [UInt8], _ range: Range<Int>, firstCharacter: Int, into words: inout [RawWord]) -> Bool {
        let count = range.upperBound
        var index = range.lowerBound, character = firstCharacter
        var word = RawWord(start: -1, end: 0, rawEnd: 0, characterStart: 0, characterCount: 0,
                           firstIsUppercase: false, firstIsLowercase: false, firstIsNumber: false)
        var previousWasReturn = false
        while index < count {
            let byte = bytes[index]
            var length = 1
            var value = UInt32(byte)
            let isWord: Bool
            var scalar = Unicode.Scalar(byte)
            if byte < 0x80 {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: isWord = true
                case 0x27, 0x60: isWord = word.start >= 0
                default: isWord = false
                }
            } else {
                (scalar, length) = decode(bytes, at: index)
                value = scalar.value
                guard isSingleCharacterScalar(value) else { return false }
                isWord = isLetterOrNumber(scalar) || (word.start >= 0 && isApostrophe(value))
            }
            if isWord {
                if word.start < 0 {
                    word.start = index
                    word.characterStart = character
                    word.characterCount = 0
                    if byte < 0x80 {
                        word.firstIsUppercase = byte >= 0x41 && byte <= 0x5A
                        word.firstIsLowercase = byte >= 0x61 && byte <= 0x7A
                        word.firstIsNumber = byte >= 0x30 && byte <= 0x39
                    } else {
                        let first = Character(scalar)
                        word.firstIsUppercase = first.isUppercase
                        word.firstIsLowercase = first.isLowercase
                        word.firstIsNumber = first.isNumber
                    }
                }
                word.characterCount += 1
            } else if word.start >= 0 {
                words.append(finishedScalars(word, rawEnd: index, in: bytes))
                word.start = -1
            }
            if !(value == 0x0A && previousWasReturn) { character += 1 }
            previousWasReturn = value == 0x0D
            index += length
        }
        if word.start >= 0 { words.append(finishedScalars(word, rawEnd: count, in: bytes)) }
        return true
    }

    /// Scans `Character` by `Character` (the definition the fast scan reproduces).
    static func scanCharacters(_ text: String, into words: inout [RawWord]) {
        let bytes = Array(text.utf8)
        var byteOffset = 0, character = 0
        var starts: [Int] = []  // UTF-8 offsets of the current word's characters
        var word = RawWord(start: -1, end: 0, rawEnd: 0, characterStart: 0, characterCount: 0,
                           firstIsUppercase: false, firstIsLowercase: false, firstIsNumber: false)
        func finish(at rawEnd: Int) {
            word.start = starts[0]
            word.characterCount = starts.count
            words.append(finished(word, rawEnd: rawEnd, in: bytes) { end in starts.last { $0 < end } ?? 0 })
            starts.removeAll(keepingCapacity: true)
        }
        for current in text {
            let inWord = !starts.isEmpty
            let isWord = current.isLetter || current.isNumber || (inWord && Normalizer.apostropheCharacters.contains(current))
            if isWord {
                if !inWord {
                    word.characterStart = character
                    word.firstIsUppercase = current.isUppercase
                    word.firstIsLowercase = current.isLowercase
                    word.firstIsNumber = current.isNumber
                }
                starts.append(byteOffset)
            } else if inWord {
                finish(at: byteOffset)
            }
            byteOffset += current.utf8.count
            character += 1
        }
        if !starts.isEmpty { finish(at: byteOffset) }
    }

    /// `finished` for the scalar scan, returning at once for the usual word (no final `s` after an
    /// apostrophe, no final apostrophe).
    @inline(__always)
    static func finishedScalars(_ word: RawWord, rawEnd: Int, in bytes: [UInt8]) -> RawWord {
        let last = bytes[rawEnd - 1]
        let mayTrim: Bool
        switch last {
        case 0x73: mayTrim = rawEnd - 2 >= word.start && (bytes[rawEnd - 2] == 0x27 || bytes[rawEnd - 2] == 0x99)
        case 0x27, 0x60, 0x98, 0x99, 0xBC, 0xBE, 0xBF: mayTrim = true
        default: mayTrim = false
        }
        guard mayTrim else {
            var word = word
            word.rawEnd = rawEnd
            word.end = rawEnd
            return word
        }
        return finished(word, rawEnd: rawEnd, in: bytes) { end in
            var start = end - 1
            while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return start
        }
    }

    /// The word without a possessive (`Syria’s`, `ISIS's`; only when a longer name remains) and
    /// without trailing apostrophes. `previousStart(end)`: where the character ending at `end` starts.
    private static func finished(_ word: RawWord, rawEnd: Int, in bytes: [UInt8],
                                 previousStart: (Int) -> Int) -> RawWord {
        var word = word
        word.rawEnd = rawEnd
        var end = rawEnd
        func lastCharacter(is pattern: [UInt8]) -> Bool {
            let start = previousStart(end)
            return end - start == pattern.count && bytes[start..<end].elementsEqual(pattern)
        }
        for (apostrophe, withS) in possessives {
            let length = withS ? 2 : 1
            guard word.characterCount > length + 1 else { continue }
            var probe = end
            if withS {
                guard lastCharacter(is: [0x73]) else { continue }
                probe = previousStart(end)
            }
            let start = previousStart(probe)
            guard probe - start == apostrophe.count, bytes[start..<probe].elementsEqual(apostrophe) else { continue }
            end = start
            word.characterCount -= length
            break
        }
        while word.characterCount > 0 && apostropheCharacterBytes.contains(where: { lastCharacter(is: $0) }) {
            end = previousStart(end)
            word.characterCount -= 1
        }
        word.end = max(end, word.start)
        return word
    }

    private static let curlyApostrophe: [UInt8] = [0xE2, 0x80, 0x99]

    /// ’s, 's, ’, ' in the order they are tried.
    private static let possessives: [([UInt8], Bool)] = [(curlyApostrophe, true), ([0x27], true), (curlyApostrophe, false), ([0x27], false)]

    /// `Normalizer.apostropheCharacters` as UTF-8.
    private static let apostropheCharacterBytes: [[UInt8]] = Normalizer.apostropheCharacters.map { Array(String($0).utf8) }

    /// `properties.isAlphabetic || properties.numericType != nil` for a scalar that is not ASCII: a Latin letter's
    /// answer read from `LatinScalarTable`, and a dash's or quote's (neither) given at once, as both are most of
    /// the scalars met.
    @inline(__always)
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if LatinScalarTable.range.contains(value), LatinScalarTable.shared.isAlphabetic(value) { return true }
        if WordTokenizer.isGeneralPunctuationMark(value) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    @inline(__always)
    static func isApostrophe(_ value: UInt32) -> Bool {
        switch value {
        case 0x2019, 0x2018, 0x27, 0x60, 0x2BF, 0x2BE, 0x2BC: return true
        default: return false
        }
    }

    /// Scalars that always begin a `Character` of their own (when the one before does too): ASCII
    /// and Latin, Greek and Cyrillic letters, general punctuation (not the zero-width joiners),
    /// currency signs, letterlike symbols, arrows and other symbols. Anything else (combining marks,
    /// Arabic, emoji and their modifiers, regional indicators, Hangul) takes the `Character` scan.
    @inline(__always)
    static func isSingleCharacterScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x370..<0x483, 0x1E00..<0x200C, 0x200E..<0x2070, 0x20A0..<0x20D0, 0x2100..<0x2C00: return true
        default: return false
        }
    }
}

extension Normalizer {
    /// Apostrophe-like characters that may sit inside a transliterated name.
    static let apostropheCharacters: Set<Character> = ["’", "‘", "'", "`", "ʿ", "ʾ", "ʼ"]
}
