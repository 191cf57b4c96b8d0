/// Text split once into words for the dictionary recognisers (places, actors, people), which can
/// share one: `PlaceRecognizer().recognize(in: NameText(sentence))`.
///
/// Words are letters and digits, with apostrophes inside a word kept (`Qa’im`) and a possessive
/// `’s` left outside (`Syria’s` → `Syria`). Each word carries its `Character` offsets (what
/// `EntityMatch.range` counts), its folded form (`Normalizer.folded`), hashes of that form and of its
/// first-word transliteration key, and the classes of its lowercase form (article, English word, …),
/// so the recognisers' hot loops compare integers, not strings.
public struct NameText: Sendable {
    public let text: String
    /// The text's UTF-8 bytes; token and gap ranges index into it.
    let bytes: [UInt8]
    var tokens: [NameToken] = []
    /// Every token's folded bytes, back to back (`NameToken.folded` indexes into it).
    var folded: [UInt8] = []
    /// Whether every `Character` is one scalar (CR LF aside), so scalar counts are character offsets.
    private(set) var scalarsAreCharacters = true
    /// UTF-8 offset of the first `.` (`bytes.count` when none): dotted aliases are looked for from there.
    private(set) var firstDot: Int

    public init(_ text: String) {
        self.init(text, characterByCharacter: false)
    }

    /// `characterByCharacter`: skip the fast scalar scan (tests compare the two).
    init(_ text: String, characterByCharacter: Bool) {
        self.init(text, utf8: Array(text.utf8), characterByCharacter: characterByCharacter)
    }

    /// `bytes`: the text's UTF-8, already copied out (`TokenizedSentence.utf8` shares its buffer).
    /// `byteKinds`: what the bytes hold, when the caller has classified them (else the ASCII scan finds out).
    init(_ text: String, utf8 bytes: [UInt8], byteKinds: SentenceBytes? = nil, characterByCharacter: Bool = false) {
        var buffers = NameTextBuffers()
        self.init(text, utf8: bytes, byteKinds: byteKinds, characterByCharacter: characterByCharacter, buffers: &buffers)
    }

    /// The same text, built in the arrays `buffers` holds (an earlier sentence's, given back with `recycle`): a
    /// sentence allocates none of its own. The words are those the other initialisers make.
    init(_ text: String, utf8 bytes: [UInt8], byteKinds: SentenceBytes?, characterByCharacter: Bool = false,
         buffers: inout NameTextBuffers) {
        self.text = text
        self.bytes = bytes
        firstDot = bytes.withUnsafeBufferPointer(NameText.firstDot)
        // The arrays moved out of `buffers`, so each is uniquely held and refills in place.
        var tokens: [NameToken] = []
        var folded: [UInt8] = []
        var raw: [RawWord] = []
        swap(&tokens, &buffers.tokens)
        swap(&folded, &buffers.folded)
        swap(&raw, &buffers.raw)
        defer { swap(&raw, &buffers.raw) }
        // A sentence known to hold non-ASCII skips the ASCII scan, which would give up at the first such byte.
        let mayBeASCII = !(byteKinds?.hasNonASCII ?? false)
        if !characterByCharacter, mayBeASCII, NameText.asciiTokens(bytes, tokens: &tokens, folded: &folded) {
            self.tokens = tokens
            self.folded = folded
            return
        }
        raw.removeAll(keepingCapacity: true)
        raw.reserveCapacity(bytes.count / 5)
        if characterByCharacter || !NameText.scanScalars(bytes, into: &raw) {
            raw.removeAll(keepingCapacity: true)
            scalarsAreCharacters = false
            NameText.scanCharacters(text, into: &raw)
        }
        // Built in locals over one buffer of the text, then stored: no per-token array access checks.
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(raw.count)
        folded.removeAll(keepingCapacity: true)
        folded.reserveCapacity(bytes.count)
        let classes = WordClass.table
        bytes.withUnsafeBufferPointer { source in
            var previousEnd = 0
            for word in raw {
                tokens.append(NameText.makeToken(word, gapStart: previousEnd, source: source, bytes: bytes,
                                                 folded: &folded, classes: classes))
                previousEnd = word.rawEnd
            }
        }
        self.tokens = tokens
        self.folded = folded
    }

    /// The name words of `sentence` (whose text is `text`): those its tokenizer found in `buffers` in the same pass,
    /// or else scanned here as `init(_:utf8:byteKinds:characterByCharacter:buffers:)` scans them. `sentence` is
    /// borrowed: the caller keeps using it, and an owned argument would be copied (each of its arrays retained).
    init(_ text: String, sentence: borrowing TokenizedSentence, buffers: inout NameTextBuffers) {
        // The same array is recognised at once; equal bytes elsewhere would have the same words too.
        guard let scanned = buffers.scannedBytes, scanned == sentence.utf8 else {
            self.init(text, utf8: sentence.utf8, byteKinds: sentence.byteKinds, buffers: &buffers)
            return
        }
        buffers.scannedBytes = nil
        var tokens: [NameToken] = [], folded: [UInt8] = []
        swap(&tokens, &buffers.tokens)
        swap(&folded, &buffers.folded)
        self.init(text, utf8: sentence.utf8, scannedTokens: tokens, folded: folded)
    }

    /// Words already found (in ASCII text: scalars are characters).
    private init(_ text: String, utf8 bytes: [UInt8], scannedTokens tokens: [NameToken], folded: [UInt8]) {
        self.text = text
        self.bytes = bytes
        firstDot = bytes.withUnsafeBufferPointer(NameText.firstDot)
        self.tokens = tokens
        self.folded = folded
    }

    // MARK: Access

    func text(of index: Int) -> String {
        string(ofBytes: tokens[index].bytes)
    }

    /// The words `first...last` as written, separators included, possessives left out.
    func written(_ first: Int, _ last: Int) -> String {
        if first == last { return text(of: first) }
        return string(joining: first, last)
    }

    /// The text between the start of token `first` and the end of token `last`, as written.
    func slice(_ first: Int, _ last: Int) -> String {
        string(ofBytes: tokens[first].bytes.lowerBound..<tokens[last].bytes.upperBound)
    }

    func foldedBytes(of index: Int) -> ArraySlice<UInt8> {
        folded[tokens[index].folded]
    }

    /// Hash of `FoldedName.firstWordKey` of word `index` alone: where a name can begin.
    func wordKeyHash(of index: Int) -> NameHash {
        let token = tokens[index]
        if token.isCapitalised { return token.capitalisedWordKeyHash }
        return folded.withUnsafeBufferPointer { FoldedName.wordKeyHash(UnsafeBufferPointer(rebasing: $0[token.folded])) }
    }

    /// The character offset of a UTF-8 offset that starts a character.
    func characterOffset(ofByte offset: Int) -> Int {
        if scalarsAreCharacters {
            var count = 0
            var index = 0
            while index < offset {
                let byte = bytes[index]
                let isLineFeedAfterReturn = byte == 0x0A && index > 0 && bytes[index - 1] == 0x0D
                if byte & 0xC0 != 0x80 && !isLineFeedAfterReturn { count += 1 }
                index += 1
            }
            return count
        }
        let target = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return text.distance(from: text.startIndex, to: target)
    }

    /// Whether a UTF-8 offset starts a `Character` (always, when scalars are characters).
    func isCharacterBoundary(_ offset: Int) -> Bool {
        if offset == 0 || offset == bytes.count { return true }
        guard bytes[offset] & 0xC0 != 0x80 else { return false }
        if scalarsAreCharacters { return !(bytes[offset] == 0x0A && bytes[offset - 1] == 0x0D) }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return index.samePosition(in: text) != nil
    }
}

/// One word of a `NameText`.
struct NameToken: Sendable, Equatable {
    /// UTF-8 offsets of the word (a possessive `’s` left outside).
    var bytes: Range<Int>
    /// UTF-8 offset where the separator before this word begins (the end of the previous word as written).
    var gapStart: Int
    /// Character offsets (`String.count` units) of the word.
    var range: Range<Int>
    /// Offsets of the folded word in `NameText.folded`.
    var folded: Range<Int>
    /// Classes of the lowercase word (none unless the word is ASCII).
    var classes: WordClass
    var flags: TokenFlags
    /// Hash of the folded word.
    var foldedHash: NameHash
    /// Hash of `FoldedName.firstWordKey` of the word alone, made with the token only for a capitalised word
    /// (the recognisers ask for most others never; `NameText.wordKeyHash(of:)` works any word's out).
    var capitalisedWordKeyHash: NameHash
    /// For a capitalised word: the length of its key as a one-word span (`NameText.spanKeyHash(i, i)`) when that
    /// key's hash is `capitalisedWordKeyHash` (no final vowel-h or -ine trimmed there), else 0 (worked out when asked).
    /// The recognisers ask for one-word keys most.
    var singleWordKeyLength: UInt16

    /// First character uppercase or a digit.
    var isCapitalised: Bool { flags.contains(.capitalised) }
    /// Only spaces or one hyphen before it (`Deir ez-Zor`, `Abu Kamal`): continues a name.
    var joinsPrevious: Bool { flags.contains(.joinsPrevious) }
}

struct TokenFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let capitalised = TokenFlags(rawValue: 1 << 0)
    static let lowercaseStart = TokenFlags(rawValue: 1 << 1)
    /// ASCII with no capital letter: the text equals its lowercase form.
    static let lowercaseASCII = TokenFlags(rawValue: 1 << 2)
    static let joinsPrevious = TokenFlags(rawValue: 1 << 3)
    /// The separator before is exactly `-`, `–`, one space; or contains `-`.
    static let gapIsHyphen = TokenFlags(rawValue: 1 << 4)
    static let gapIsEnDash = TokenFlags(rawValue: 1 << 5)
    static let gapIsSpace = TokenFlags(rawValue: 1 << 6)
    static let gapHasHyphen = TokenFlags(rawValue: 1 << 7)
    /// Some scalar of the word separates words for `FoldedName` (folded here into nothing): the
    /// word refolded from its text is not the word's folded form.
    static let foldSplits = TokenFlags(rawValue: 1 << 8)
}

/// A word found by the scan, before folding.
struct RawWord {
    var start: Int
    /// Where the word ends without a possessive or trailing apostrophes.
    var end: Int
    /// Where the word ends as written (the next separator starts here).
    var rawEnd: Int
    var characterStart: Int
    var characterCount: Int
    var firstIsUppercase: Bool
    var firstIsLowercase: Bool
    var firstIsNumber: Bool
}

extension NameText {
    static func makeToken(_ word: RawWord, gapStart: Int, source: UnsafeBufferPointer<UInt8>, bytes: [UInt8],
                                  folded: inout [UInt8], classes: NameTable<WordClass>) -> NameToken {
        let foldedStart = folded.count
        var isASCII = true
        var scan = word.start
        while scan < word.end {
            if source[scan] >= 0x80 { isASCII = false; break }
            scan += 1
        }
        var hasUpper = false
        var splits = false
        var lowerHash = NameHash(), foldedHash = NameHash()
        // Only a capitalised word's key is made here (`wordKeyHash(of:)`).
        let wantsKey = word.characterCount > 0 && (word.firstIsUppercase || word.firstIsNumber)
        var wordKey: (hash: NameHash, singleWordKeyLength: UInt16) = (NameHash(), 0)
        if isASCII {
            // The word copied once, then lowercased in place without apostrophes (the folded word).
            folded.append(contentsOf: UnsafeBufferPointer(rebasing: source[word.start..<word.end]))
            var foldedEnd = foldedStart
            folded.withUnsafeMutableBufferPointer { out in
                for index in foldedStart..<out.count {
                    var byte = out[index]
                    if byte &- 0x41 < 26 { byte += 0x20; hasUpper = true }
                    lowerHash.add(byte)
                    if byte != 0x27 && byte != 0x60 {
                        out[foldedEnd] = byte
                        foldedEnd += 1
                        foldedHash.add(byte)
                    }
                }
                if wantsKey { wordKey = FoldedName.capitalisedWordKey(UnsafeBufferPointer(rebasing: out[foldedStart..<foldedEnd])) }
            }
            folded.removeLast(folded.count - foldedEnd)
        } else {
            var index = word.start
            while index < word.end {
                let (scalar, length) = NameText.decode(bytes, at: index)
                index += length
                // A Latin letter with diacritics (most scalars here that are not ASCII) folds by its table entry, as
                // `appendFolded` folds it, without first asking whether it is an apostrophe (none is).
                if scalar.value >= 0x80, case var fold = Normalizer.latinFold(scalar.value), fold != 0 {
                    while fold != 0 {
                        folded.append(UInt8(truncatingIfNeeded: fold))
                        fold >>= 8
                    }
                    continue
                }
                // A scalar `FoldedName` would break the word at (folded here into nothing).
                if !FoldedName.appendFolded(scalar, to: &folded) { splits = true }
            }
            foldedHash = NameHash(folded[foldedStart...])
            if wantsKey {
                wordKey = folded[foldedStart...].withUnsafeBufferPointer(FoldedName.capitalisedWordKey)
            }
        }
        let foldedRange = foldedStart..<folded.count
        var flags: TokenFlags = []
        if word.characterCount > 0 {
            if word.firstIsUppercase || word.firstIsNumber { flags.insert(.capitalised) }
            if word.firstIsLowercase { flags.insert(.lowercaseStart) }
        }
        if isASCII && !hasUpper { flags.insert(.lowercaseASCII) }
        if splits { flags.insert(.foldSplits) }
        if word.start - gapStart == 1 && source[gapStart] == 0x20 {
            flags.formUnion([.gapIsSpace, .joinsPrevious])
        } else {
            flags.formUnion(gapFlags(gapStart..<word.start, in: bytes))
        }
        return NameToken(bytes: word.start..<word.end, gapStart: gapStart,
                         range: word.characterStart..<word.characterStart + word.characterCount,
                         folded: foldedRange, classes: isASCII ? (classes[lowerHash] ?? []) : [], flags: flags,
                         foldedHash: foldedHash, capitalisedWordKeyHash: wordKey.hash,
                         singleWordKeyLength: wordKey.singleWordKeyLength)
    }

    /// What the separator before a word allows: joining a name (only spaces, no-break spaces, at most one hyphen and
    /// an apostrophe right before the word, three characters at most), and the exact separators phrases test.
    static func gapFlags(_ gap: Range<Int>, in bytes: [UInt8]) -> TokenFlags {
        var flags: TokenFlags = []
        if gap.count == 1 && bytes[gap.lowerBound] == 0x2D { flags.insert(.gapIsHyphen) }
        if gap.count == 1 && bytes[gap.lowerBound] == 0x20 { flags.insert(.gapIsSpace) }
        if gap.count == 3 && bytes[gap].elementsEqual([0xE2, 0x80, 0x93]) { flags.insert(.gapIsEnDash) }
        guard !gap.isEmpty else { return flags }
        var characters = 0, hyphens = 0
        var joins = true
        var index = gap.lowerBound
        while index < gap.upperBound {
            let (scalar, length) = NameText.decode(bytes, at: index)
            index += length
            characters += 1
            switch scalar.value {
            case 0x2D: hyphens += 1; flags.insert(.gapHasHyphen)
            case 0x2010, 0x2011: hyphens += 1
            case 0x20, 0xA0: break
            // "Hammam al-'Alil", "Ma'arrat al-‘Alil": an apostrophe marking the ayn that starts the word.
            case 0x27, 0x60, 0x2018, 0x2019, 0x2BC, 0x2BE, 0x2BF: if index < gap.upperBound { joins = false }
            default: joins = false
            }
        }
        if joins && characters <= 3 && hyphens <= 1 { flags.insert(.joinsPrevious) }
        return flags
    }

    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        if lead < 0xE0 {
            let value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
    }
}

extension NameText {
    /// The `Character` that starts at UTF-8 offset `offset` (a character boundary), if any.
    func character(at offset: Int) -> Character? {
        guard offset < bytes.count else { return nil }
        if scalarsAreCharacters { return Character(NameText.decode(bytes, at: offset).0) }
        return text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
    }

    /// The `Character` that ends at UTF-8 offset `offset` (a character boundary), if any.
    func character(before offset: Int) -> Character? {
        guard offset > 0 else { return nil }
        if scalarsAreCharacters {
            var start = offset - 1
            while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            if bytes[start] == 0x0A && start > 0 && bytes[start - 1] == 0x0D { return "\r\n" }
            return Character(NameText.decode(bytes, at: start).0)
        }
        return text[text.index(before: text.utf8.index(text.utf8.startIndex, offsetBy: offset))]
    }
}

extension NameText {
    /// Offset of the first `.` in `bytes` (their count when none), eight bytes at a time.
    static func firstDot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x2E2E_2E2E_2E2E_2E2E
                // Some byte of `word` is zero (a dot) exactly when this is non-zero.
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        while index < count && bytes[index] != UInt8(ascii: ".") { index += 1 }
        return index
    }
}
