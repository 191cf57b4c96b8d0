/// A word, number or punctuation mark of a sentence, with its position in `Character`s.
///
/// The date, number, figure, attribution and modality grammars all read the same token stream,
/// so a sentence is scanned once.
struct WordToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation }

    // Stored widest first, so the one-byte fields share the word after `number`'s tag: 80 bytes a token, not 104.
    /// Lower-cased text (for numbers: the digits without separators plus any letter suffix).
    var lower: String
    /// For numbers: the letters glued after the digits ("19th" → "th", "10km" → "km").
    var suffix: String
    /// Character offsets into the sentence (`TokenizedSentence.text(of:)` gives the token as written).
    var start: Int
    var end: Int
    var digitCount: Int
    /// For numbers: the numeric value of the digit part ("1,500" → 1500).
    var number: Double?
    var kind: Kind
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// First letter is upper-case.
    var isCapitalized: Bool
    /// For numbers: digits only, no separators, no decimal point, no suffix (a year candidate).
    var isPlainInteger: Bool
    /// Which grammars care about this word (one dictionary look-up per token, shared by all).
    var classes: GrammarCue = []
    /// The word's position in `CueLexicon.shared.words` (an interned id: a grammar keyed by word reads a table at
    /// this index instead of hashing `lower`), or `noEntry` for other words, numbers and marks. A word of the
    /// lexicon whose hash another word holds (never seen) also has `noEntry`: readers fall back to `lower`.
    var entry: Int32 = WordToken.noEntry

    static let noEntry: Int32 = -1

    /// A punctuation mark's token (every tokenizer makes them alike).
    @inline(__always)
    static func mark(_ mark: String, start: Int, end: Int, spaceBefore: Bool) -> WordToken {
        WordToken(kind: .punctuation, lower: mark, start: start, end: end, spaceBefore: spaceBefore, isCapitalized: false,
                  number: nil, suffix: "", isPlainInteger: false, digitCount: 0)
    }

    init(kind: Kind, lower: String, start: Int, end: Int, spaceBefore: Bool, isCapitalized: Bool, number: Double?,
         suffix: String, isPlainInteger: Bool, digitCount: Int, classes: GrammarCue = [],
         entry: Int32 = WordToken.noEntry) {
        self.lower = lower
        self.suffix = suffix
        self.start = start
        self.end = end
        self.digitCount = digitCount
        self.number = number
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
        self.isPlainInteger = isPlainInteger
        self.classes = classes
        self.entry = entry
    }

    var range: Range<Int> { start..<end }
}

/// The grammars a word can start or cue, so each grammar skips the other words without hashing them.
struct GrammarCue: OptionSet, Hashable, Sendable {
    let rawValue: UInt32
    static let time = GrammarCue(rawValue: 1 << 0)
    static let modality = GrammarCue(rawValue: 1 << 1)
    static let attribution = GrammarCue(rawValue: 1 << 2)
    static let claimType = GrammarCue(rawValue: 1 << 3)
    static let number = GrammarCue(rawValue: 1 << 4)
    /// A common word that starts a time expression only before another time word ("the last …", "in the past …").
    static let timeLead = GrammarCue(rawValue: 1 << 5)
    /// The first word of a cue that announces what follows ("as follows", "the following").
    static let followLead = GrammarCue(rawValue: 1 << 6)
    /// "ago" or "back", which end a relative date.
    static let agoWord = GrammarCue(rawValue: 1 << 7)
    // Word classes the grammars test, so a word outside them costs a bit test, not a hashed look-up.
    static let month = GrammarCue(rawValue: 1 << 8)
    static let season = GrammarCue(rawValue: 1 << 9)
    static let weekday = GrammarCue(rawValue: 1 << 10)
    static let periodPart = GrammarCue(rawValue: 1 << 11)
    static let vagueWord = GrammarCue(rawValue: 1 << 12)
    static let hedge = GrammarCue(rawValue: 1 << 13)
    static let prediction = GrammarCue(rawValue: 1 << 14)
    static let reportWord = GrammarCue(rawValue: 1 << 15)
    static let speechVerb = GrammarCue(rawValue: 1 << 16)
    static let reportNoun = GrammarCue(rawValue: 1 << 17)
    static let passiveReportVerb = GrammarCue(rawValue: 1 << 18)
    static let auxiliary = GrammarCue(rawValue: 1 << 19)
    static let subjectBoundary = GrammarCue(rawValue: 1 << 20)
    static let pronoun = GrammarCue(rawValue: 1 << 21)
    static let sourceNoun = GrammarCue(rawValue: 1 << 22)
    /// Words the relative-word, vague and span rules of the time grammar can start with.
    static let relativeLead = GrammarCue(rawValue: 1 << 23)
    static let vagueLead = GrammarCue(rawValue: 1 << 24)
    static let spanLead = GrammarCue(rawValue: 1 << 25)
    /// A word that shows a dated text is being introduced (`QuoteBlockRules.writingWords`).
    static let writingWord = GrammarCue(rawValue: 1 << 26)

    /// Every word some grammar looks at, with the grammars that do.
    static let table: [String: GrammarCue] = {
        var table: [String: GrammarCue] = [:]
        func add<S: Sequence>(_ words: S, _ cls: GrammarCue) where S.Element == String {
            for word in words { table[word, default: []].insert(cls) }
        }
        add(TemporalScanner.triggers, .time)
        add(TemporalScanner.leadWords, .timeLead)
        add(ModalityClassifier.cueWords, .modality)
        add(AttributionScanner.cueWords, .attribution)
        add(ClaimTypeClassifier.firstWords, .claimType)
        add(NumberGrammar.startWords, .number)
        add(QuoteBlockRules.followCues.map { $0[0] }, .followLead)
        add(["ago", "back"], .agoWord)
        add(DateGrammar.months.keys, .month)
        add(DateGrammar.seasons.keys, .season)
        add(DateGrammar.weekdays.keys, .weekday)
        add(DateGrammar.periodParts, .periodPart)
        add(TemporalScanner.vagueWords.keys, .vagueWord)
        add(ModalityClassifier.hedges, .hedge)
        add(ModalityClassifier.predictions, .prediction)
        add(ModalityClassifier.reports, .reportWord)
        add(AttributionScanner.speechVerbs, .speechVerb)
        add(AttributionScanner.reportNouns, .reportNoun)
        add(AttributionScanner.passiveReportVerbs, .passiveReportVerb)
        add(AttributionScanner.auxiliaries, .auxiliary)
        add(AttributionScanner.subjectBoundaries, .subjectBoundary)
        add(AttributionScanner.pronouns, .pronoun)
        add(AttributionScanner.sourceNouns, .sourceNoun)
        add(TemporalScanner.relativeLeads, .relativeLead)
        add(TemporalScanner.vagueLeads, .vagueLead)
        add(TemporalScanner.spanLeads, .spanLead)
        add(QuoteBlockRules.writingWords, .writingWord)
        return table
    }()

    /// `table` by a hash of the word's bytes, each entry keeping its word to rule out collisions:
    /// one pass over a short word instead of hashing a `String`.
    static let hashed: NameTable<(word: String, cues: GrammarCue)> = {
        var hashed = NameTable<(word: String, cues: GrammarCue)>(minimumCapacity: table.count)
        for (word, cues) in table { hashed[NameHash(word.utf8)] = (word, cues) }
        return hashed
    }()

    /// The cues of a lower-cased word (none for a word no grammar looks at), as `table` gives them.
    static func cues(of lower: String) -> GrammarCue {
        var bytes = lower  // `withUTF8` reads a short string in place; iterating `utf8` would not
        guard let entry = hashed[bytes.withUTF8 { NameHash($0) }] else { return [] }
        // Another word with the same hash: ask the table itself.
        return entry.word == lower ? entry.cues : table[lower] ?? []
    }

    /// Whether a word's bytes as written may end in "’ll" or "'ll" once lowercased: "l" or "L" twice
    /// after an apostrophe's last byte.
    static func mayEndInLL(_ utf8: ArraySlice<UInt8>) -> Bool {
        utf8.withUnsafeBufferPointer(mayEndInLL)
    }

    @inline(__always)
    static func mayEndInLL(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = utf8.count
        guard end >= 3, utf8[end - 1] | 0x20 == UInt8(ascii: "l"), utf8[end - 2] | 0x20 == UInt8(ascii: "l") else { return false }
        let mark = utf8[end - 3]
        return mark == UInt8(ascii: "'") || mark == 0x99  // the last byte of "’" (E2 80 99)
    }
}

enum WordTokenizer {
    /// Splits a sentence into words (letters with inner apostrophes), numbers (digits with
    /// thousands separators or a decimal point, plus glued letters) and single punctuation marks.
    static func tokenize(_ text: String) -> [WordToken] {
        let utf8 = Array(text.utf8)
        let (scalars, offsets) = characterStarts(utf8)
        return tokenize(utf8, scalars: scalars, offsets: offsets)
    }

    /// The first scalar of every character and the UTF-8 offset where each character starts, plus the end.
    ///
    /// Decoding the bytes is much faster than grapheme breaking; a scalar starts a new character unless
    /// it extends the previous one (combining marks, variation selectors, after a zero-width joiner,
    /// LF after CR), which matches `Character` boundaries for news text.
    static func characterStarts(_ utf8: [UInt8]) -> (scalars: [Unicode.Scalar], offsets: [Int]) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count + 1)
        var index = 0
        var previous: UInt32 = .max  // none yet
        while index < utf8.count {
            let (scalar, length) = NameText.decode(utf8, at: index)
            let extends: Bool
            if scalar.value < 0x300 {
                extends = scalar.value == 10 && previous == 13
            } else if isGeneralPunctuationMark(scalar.value) {
                // Dashes, curly quotes, bullets, ellipses: never extending a character (their properties read once in
                // `GeneralPunctuationMarkTests`).
                extends = previous == 0x200D
            } else {
                extends = scalar.properties.isGraphemeExtend || scalar.value == 0x200D || previous == 0x200D
                    || (0xFE00...0xFE0F).contains(scalar.value) || (0x1F3FB...0x1F3FF).contains(scalar.value)
            }
            if !extends || scalars.isEmpty {
                scalars.append(scalar)
                offsets.append(index)
            }
            previous = scalar.value
            index += length
        }
        offsets.append(utf8.count)
        return (scalars, offsets)
    }

    /// `utf8` is the sentence's text; `chars` and `offsets` are its `characterStarts`.
    static func tokenize(_ utf8: [UInt8], scalars chars: [Unicode.Scalar], offsets: [Int]) -> [WordToken] {
        tokenize(utf8, characters: chars, offsets: CharacterOffsets(offsets))
    }

    /// `tokenize` for a sentence known to be ASCII: every word is looked up on its bytes as they are.
    static func tokenizeASCII(_ utf8: [UInt8]) -> [WordToken] {
        tokenize(utf8, characters: ASCIIScalars(bytes: utf8), offsets: CharacterOffsets(identity: utf8.count), allASCII: true)
    }

    /// `characters`: the first scalar of each character (for plain ASCII, the bytes themselves).
    /// `allASCII`: every byte is ASCII, so no word needs the test.
    static func tokenize<Characters: RandomAccessCollection>(_ utf8: [UInt8], characters chars: Characters,
                                                            offsets: CharacterOffsets, allASCII: Bool = false) -> [WordToken]
    where Characters.Element == Unicode.Scalar, Characters.Index == Int {
        var noNames = NoNameWords()
        var storage: [WordToken] = []
        return tokenize(utf8, characters: chars, offsets: offsets, allASCII: allASCII, names: &noNames, reusing: &storage)
    }

    /// `tokenize(_:characters:offsets:allASCII:)`, showing `names` every word of ASCII bytes (it may look the word up
    /// for the grammar too) and calling its `finish` at the end, and building the tokens in `storage`'s buffer (taken,
    /// left empty) as `tokenizePlainASCII(_:names:folded:reusing:)` does.
    static func tokenize<Characters: RandomAccessCollection, Names: NameWordSink>(
        _ utf8: [UInt8], characters chars: Characters, offsets: CharacterOffsets, allASCII: Bool = false,
        names: inout Names, reusing storage: inout [WordToken]) -> [WordToken]
    where Characters.Element == Unicode.Scalar, Characters.Index == Int {
        // About one token per four characters in news text (words, spaces, punctuation): room for more, so the
        // array is not copied as it grows.
        var tokens = emptyTokens(reusing: &storage, room: chars.count / 3 + 2)
        let lexicon = CueLexicon.shared
        func slice(_ a: Int, _ b: Int) -> String { String(decoding: utf8[offsets[a]..<offsets[b]], as: UTF8.self) }
        var i = 0
        var sawSpace = true
        while i < chars.count {
            let c = chars[i]
            if isSpace(c) {
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            if isDigit(c) {
                var value = 0.0
                var plain = true
                var digitCount = 0
                var fraction = false
                var scale = 0.1
                while i < chars.count {
                    let d = chars[i]
                    if isDigit(d) {
                        let v = Double(d.value - 48)
                        digitCount += 1
                        if fraction { value += v * scale; scale /= 10 } else { value = value * 10 + v }
                        i += 1
                    } else if d == ",", !fraction, isThousandsGroup(chars, from: i + 1) {
                        plain = false
                        i += 1
                    } else if d == ".", !fraction, i + 1 < chars.count, isDigit(chars[i + 1]) {
                        plain = false
                        fraction = true
                        i += 1
                    } else {
                        break
                    }
                }
                // The digits and decimal point as read: the number's characters but its thousands separators.
                let digitText = String(unsafeUninitializedCapacity: i - start) { out in
                    var written = 0
                    for index in start..<i where chars[index] != "," {
                        out[written] = UInt8(truncatingIfNeeded: chars[index].value)
                        written += 1
                    }
                    return written
                }
                let suffixStart = i
                var suffixIsASCII = true
                while i < chars.count, isLetter(chars[i]) {
                    if !chars[i].isASCII { suffixIsASCII = false }
                    i += 1
                }
                let suffix = suffixIsASCII ? asciiLowercased(chars, suffixStart..<i) : {
                    var suffix = ""
                    for index in suffixStart..<i { suffix.append(lowered(chars[index])) }
                    return suffix
                }()
                tokens.append(WordToken(kind: .number, lower: suffix.isEmpty ? digitText : digitText + suffix,
                                        start: start, end: i, spaceBefore: sawSpace, isCapitalized: false,
                                        number: value, suffix: suffix, isPlainInteger: plain && suffix.isEmpty,
                                        digitCount: digitCount, classes: [.time, .number]))
            } else if isLetter(c) {
                var hasApostrophe = false
                while i < chars.count {
                    let d = chars[i]
                    if isLetter(d) || isDigit(d) {
                        i += 1
                    } else if d == "’" || d == "'", i + 1 < chars.count, isLetter(chars[i + 1]) {
                        hasApostrophe = true
                        i += 1
                    } else {
                        break
                    }
                }
                // The word's bytes as written, read in place (no slice of the sentence's array is kept).
                let (lower, classes, entry) = utf8.withUnsafeBufferPointer { sentence in
                    let word = UnsafeBufferPointer(rebasing: sentence[offsets[start]..<offsets[i]])
                    return readWord(word, isASCII: allASCII || isASCII(word), characters: start..<i,
                                    hasApostrophe: hasApostrophe, sentence: sentence, names: &names, lexicon: lexicon)
                }
                tokens.append(WordToken(kind: .word, lower: lower, start: start, end: i,
                                        spaceBefore: sawSpace, isCapitalized: isUpper(c), number: nil,
                                        suffix: "", isPlainInteger: false, digitCount: 0, classes: classes, entry: entry))
            } else {
                i += 1
                // A one-byte mark (nearly every one) is a copy of a ready string, not a decoded one.
                let mark = offsets[i] - offsets[start] == 1 && utf8[offsets[start]] < 0x80
                    ? asciiCharacters[Int(utf8[offsets[start]])] : slice(start, i)
                tokens.append(.mark(mark, start: start, end: i, spaceBefore: sawSpace))
            }
            sawSpace = false
        }
        names.finish()
        return tokens
    }

    /// A word's lowercase form, grammar cues and lexicon entry, from its bytes as written (both tokenizers' words). An
    /// ASCII word is handed to the name view, which looks it up once for both when it cuts it alike.
    @inline(__always)
    static func readWord<Names: NameWordSink>(_ word: UnsafeBufferPointer<UInt8>, isASCII isASCIIWord: Bool,
                                              characters: Range<Int>, hasApostrophe: Bool,
                                              sentence: UnsafeBufferPointer<UInt8>, names: inout Names,
                                              lexicon: CueLexicon) -> (lower: String, classes: GrammarCue, entry: Int32) {
        let shown = isASCIIWord
            ? names.asciiWord(word, characters: characters, hasApostrophe: hasApostrophe, sentence: sentence, lexicon: lexicon)
            : nil
        let (lower, cues, entry) = isASCIIWord ? shown ?? lexicon.lowercaseCuesAndEntry(ofASCII: word) : {
            let lower = lowercased(word)
            let (cues, entry) = lexicon.cuesAndEntry(ofLower: lower)
            return (lower, cues, entry)
        }()
        var classes = cues
        // Lowercasing keeps the apostrophes and makes "l" only of "L": the bytes as written tell whether the
        // lowercase word may end in "’ll" or "'ll".
        if GrammarCue.mayEndInLL(word), lower.hasSuffix("’ll") || lower.hasSuffix("'ll") {
            classes.insert(.modality)
        }
        return (lower, classes, entry)
    }

    /// `word.lowercased()`: the standard library lowercases scalar by scalar through each one's lowercase
    /// mapping; an ASCII scalar's mapping is its ASCII lowercase, so only the others need the look-up.
    static func lowercased(_ word: String) -> String {
        var word = word
        return word.withUTF8(lowercased)
    }

    /// `lowercased(_:)` of a word's UTF-8 bytes, written into a stack buffer and made a string once (a short
    /// word stays a small string: a buffer the size of the longest possible result would be allocated).
    static func lowercased(_ word: UnsafeBufferPointer<UInt8>) -> String {
        // A scalar's lowercase form takes at most half as many bytes again as the scalar ("İ" → "i̇");
        // twice the bytes is room enough, and running out (never expected) takes the scalar-by-scalar path.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count * 2 + 1) { out in
            var written = 0
            var index = 0
            while index < word.count {
                // ASCII bytes (most of a word) lowercased as they are; the decoder reads only the other scalars.
                let byte = word[index]
                if byte < 0x80 {
                    guard written < out.count else { return lowercasedByScalar(String(decoding: word, as: UTF8.self)) }
                    out[written] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                    written += 1
                    index += 1
                    continue
                }
                var bytes = UnsafeBufferPointer(rebasing: word[index...]).makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { break }
                index += UTF8.width(scalar)
                if LatinScalarTable.range.contains(scalar.value), let lower = LatinScalarTable.shared.lowercase(scalar.value) {
                    // A letter with a diacritic (most of these): its lowercase scalar from the table.
                    for byte in UTF8.encode(lower)! {
                        guard written < out.count else { return lowercasedByScalar(String(decoding: word, as: UTF8.self)) }
                        out[written] = byte
                        written += 1
                    }
                } else if isGeneralPunctuationMark(scalar.value) || !scalar.properties.changesWhenLowercased {
                    // Its own lowercase mapping (`ChangesWhenLowercasedTests` checks every scalar): copied, no string made.
                    for byte in UTF8.encode(scalar)! {
                        guard written < out.count else { return lowercasedByScalar(String(decoding: word, as: UTF8.self)) }
                        out[written] = byte
                        written += 1
                    }
                } else {
                    for byte in scalar.properties.lowercaseMapping.utf8 {
                        guard written < out.count else { return lowercasedByScalar(String(decoding: word, as: UTF8.self)) }
                        out[written] = byte
                        written += 1
                    }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<written]), as: UTF8.self)
        }
    }

    private static func lowercasedByScalar(_ word: String) -> String {
        var lower = ""
        lower.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                lower.unicodeScalars.append(scalar.value &- 0x41 < 26 ? Unicode.Scalar(UInt8(scalar.value) + 0x20) : scalar)
            } else {
                lower += scalar.properties.lowercaseMapping
            }
        }
        return lower
    }

    /// The ASCII `characters` in `range`, lowercased.
    private static func asciiLowercased<Characters: RandomAccessCollection>(_ characters: Characters, _ range: Range<Int>) -> String
    where Characters.Element == Unicode.Scalar, Characters.Index == Int {
        guard !range.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: range.count) { out in
            for index in range {
                let byte = UInt8(truncatingIfNeeded: characters[index].value)
                out[index - range.lowerBound] = byte &- 0x41 < 26 ? byte + 0x20 : byte
            }
            return range.count
        }
    }

    /// Every ASCII character as a one-character string.
    static let asciiCharacters: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Whether every byte is ASCII (then lowercasing is per byte, as `String.lowercased()` does it).
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value == 32 || (9...13).contains(s.value) }
        if LatinScalarTable.range.contains(s.value) { return LatinScalarTable.shared.isWhitespace(s.value) }
        return !isGeneralPunctuationMark(s.value) && s.properties.isWhitespace
    }

    /// U+2010–U+2027 (dashes, curly quotes, daggers, bullets, ellipses; news text is full of them): no white space,
    /// no letter, no grapheme extender, each a character of its own, so their properties need not be read.
    @inline(__always)
    static func isGeneralPunctuationMark(_ value: UInt32) -> Bool { value &- 0x2010 <= 0x17 }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) }
        if LatinScalarTable.range.contains(s.value) { return LatinScalarTable.shared.isAlphabetic(s.value) }
        return !isGeneralPunctuationMark(s.value) && s.properties.isAlphabetic
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        if LatinScalarTable.range.contains(s.value) { return LatinScalarTable.shared.isUppercase(s.value) }
        return s.properties.isUppercase
    }

    static func lowered(_ s: Unicode.Scalar) -> String {
        if s.value < 128 { return String(Unicode.Scalar(s.value >= 65 && s.value <= 90 ? s.value + 32 : s.value)!) }
        return s.properties.lowercaseMapping
    }

    /// Whether exactly three digits follow (then a non-digit): a thousands group, not a decimal.
    private static func isThousandsGroup<Characters: RandomAccessCollection>(_ chars: Characters, from index: Int) -> Bool
    where Characters.Element == Unicode.Scalar, Characters.Index == Int {
        var n = 0
        var j = index
        while j < chars.count, isDigit(chars[j]) { n += 1; j += 1 }
        return n == 3
    }
}

/// What the grammar tokenizer shows the words of ASCII bytes to, for a tokenizer that finds a second view of the
/// sentence in the same pass (`SimpleTextNames`).
protocol NameWordSink {
    /// The word `word` (ASCII bytes, characters `characters`; `hasApostrophe`: it holds an inner apostrophe) of
    /// `sentence` (the bytes tokenized); the lexicon's `lowercaseCuesAndEntry(ofASCII:)` for it when the sink looked it
    /// up, else nil.
    mutating func asciiWord(_ word: UnsafeBufferPointer<UInt8>, characters: Range<Int>, hasApostrophe: Bool,
                            sentence: UnsafeBufferPointer<UInt8>, lexicon: CueLexicon)
        -> (lower: String, cues: GrammarCue, entry: Int32)?
    /// The sentence is read to its end.
    mutating func finish()
}

/// No second view: the grammar tokens alone.
struct NoNameWords: NameWordSink {
    @inline(__always)
    mutating func asciiWord(_ word: UnsafeBufferPointer<UInt8>, characters: Range<Int>, hasApostrophe: Bool,
                            sentence: UnsafeBufferPointer<UInt8>, lexicon: CueLexicon)
        -> (lower: String, cues: GrammarCue, entry: Int32)? { nil }
    @inline(__always) mutating func finish() {}
}

extension Array where Element == WordToken {
    /// Whether the lower-cased words starting at `index` are exactly `words`.
    func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= count else { return false }
        for (offset, word) in words.enumerated() where self[index + offset].lower != word { return false }
        return true
    }

    func lower(at index: Int) -> String? {
        index >= 0 && index < count ? self[index].lower : nil
    }

    /// Whether the token at `index` exists and has `cue` (a word class: its lower-case word is in that class's set).
    func has(_ cue: GrammarCue, at index: Int) -> Bool {
        index >= 0 && index < count && self[index].classes.contains(cue)
    }
}
