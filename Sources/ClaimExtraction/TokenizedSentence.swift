/// A sentence with its tokens and character boundaries, built once and shared by the grammars.
struct TokenizedSentence: Sendable {
    let text: String
    let utf8: [UInt8]
    /// The UTF-8 offset where each character starts in `text`, plus the end.
    let offsets: CharacterOffsets
    /// Handed back to `NameTextBuffers` once the sentence is done with (`giveBackTokens(to:)`), else never changed.
    private(set) var tokens: [WordToken]
    /// Whether the bytes hold non-ASCII or carriage returns (`NameText` reads it too).
    let byteKinds: SentenceBytes

    init(_ text: String) {
        self.text = text
        (utf8, byteKinds) = SentenceBytes.bytes(of: text)
        // ASCII without a carriage return (which joins a line feed): one character per byte, nothing to decode.
        if byteKinds.isPlainASCII {
            offsets = CharacterOffsets(identity: utf8.count)
            // The one scan there is; its name words are not wanted here (only the extractor's loop keeps them).
            var names: [NameToken] = []
            var folded: [UInt8] = []
            tokens = WordTokenizer.tokenizePlainASCII(utf8, names: &names, folded: &folded)
        } else if !byteKinds.hasCarriageReturn, let starts = WordTokenizer.simpleTextCharacterStarts(utf8) {
            offsets = CharacterOffsets(starts)
            var noNames = NoNameWords()
            var storage: [WordToken] = []
            tokens = WordTokenizer.tokenizeSimpleText(utf8, offsets: offsets, names: &noNames, reusing: &storage)
        } else {
            let (scalars, starts) = WordTokenizer.characterStarts(utf8)
            offsets = CharacterOffsets(starts)
            tokens = WordTokenizer.tokenize(utf8, characters: scalars, offsets: offsets)
        }
    }

    /// The sentence, and for plain ASCII text (`tokenizePlainASCII(_:names:folded:)`) and text with a character per
    /// scalar and no carriage return (`SimpleTextNames`) its name words too, found in the same pass and left in
    /// `nameBuffers` for `NameText(_:sentence:buffers:)` (other text leaves them to it to scan).
    init(_ text: String, nameBuffers: inout NameTextBuffers) {
        // Built in locals and stored once at the end: reading fields of a half-built `self` made the optimizer copy
        // the finished sentence out (each of its arrays retained, then released).
        let (utf8, byteKinds) = SentenceBytes.bytes(of: text)
        let offsets: CharacterOffsets, tokens: [WordToken]
        if byteKinds.isPlainASCII {
            offsets = CharacterOffsets(identity: utf8.count)
            var spare = nameBuffers.spareTokens.popLast() ?? []
            tokens = WordTokenizer.tokenizePlainASCII(utf8, names: &nameBuffers.tokens, folded: &nameBuffers.folded,
                                                      reusing: &spare)
            nameBuffers.scannedBytes = utf8
        } else if !byteKinds.hasCarriageReturn, let starts = WordTokenizer.simpleTextCharacterStarts(utf8) {
            // A character per scalar: the bytes are tokenized as they are, the name words found in the same pass.
            offsets = CharacterOffsets(starts)
            var spare = nameBuffers.spareTokens.popLast() ?? []
            var names = SimpleTextNames(utf8, offsets: offsets, buffers: &nameBuffers)
            tokens = WordTokenizer.tokenizeSimpleText(utf8, offsets: offsets, names: &names, reusing: &spare)
            names.giveBack(to: &nameBuffers)
            nameBuffers.scannedBytes = utf8
        } else {
            let (scalars, starts) = WordTokenizer.characterStarts(utf8)
            offsets = CharacterOffsets(starts)
            var spare = nameBuffers.spareTokens.popLast() ?? []
            var noNames = NoNameWords()
            tokens = WordTokenizer.tokenize(utf8, characters: scalars, offsets: offsets, names: &noNames,
                                            reusing: &spare)
            nameBuffers.scannedBytes = nil
        }
        self.text = text
        self.utf8 = utf8
        self.byteKinds = byteKinds
        self.offsets = offsets
        self.tokens = tokens
    }

    /// Puts the token array, emptied (its capacity kept), among `buffers`' spare arrays for a later sentence, and
    /// leaves this sentence without tokens. A copy of the sentence still alive keeps its own array (then the
    /// emptying allocates, and nothing is gained).
    mutating func giveBackTokens(to buffers: inout NameTextBuffers) {
        guard tokens.capacity > 0, buffers.spareTokens.count < NameTextBuffers.spareTokenLimit else { return }
        var spare: [WordToken] = []
        swap(&spare, &tokens)
        spare.removeAll(keepingCapacity: true)
        buffers.spareTokens.append(spare)
    }

    /// Number of characters.
    var count: Int { offsets.count - 1 }

    /// Character range covered by the tokens `range` (half-open token indexes).
    func characterRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    /// The text as written covered by the tokens `range`.
    func text(ofTokens range: Range<Int>) -> String {
        text(of: characterRange(ofTokens: range))
    }

    func text(of range: Range<Int>) -> String {
        let lower = max(0, min(count, range.lowerBound))
        let upper = max(lower, min(count, range.upperBound))
        let (start, end) = (offsets[lower], offsets[upper])
        return utf8.withUnsafeBufferPointer { bytes in
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // A short stretch (most matched words): a small string made without a scan of ASCII bytes (other bytes
            // are checked as `String(decoding:as:)` checks them).
            if slice.count <= 15 { return CueLexicon.asciiString(slice) }
            return String(decoding: slice, as: UTF8.self)
        }
    }
}

/// The bytes of ASCII text as the scalars they are (what the tokenizer reads for plain ASCII text).
struct ASCIIScalars: RandomAccessCollection {
    let bytes: [UInt8]
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(index: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[index]) }
}

/// The UTF-8 offset where each character of a sentence starts, plus the end: a table, or for text where every
/// character is one byte, the offsets themselves (no table is made).
struct CharacterOffsets: RandomAccessCollection, Sendable {
    private let table: [Int]?
    let endIndex: Int
    var startIndex: Int { 0 }

    init(_ table: [Int]) {
        self.table = table
        endIndex = table.count
    }

    /// Offsets `0...byteCount`, one per byte.
    init(identity byteCount: Int) {
        table = nil
        endIndex = byteCount + 1
    }

    subscript(index: Int) -> Int {
        guard let table else {
            precondition(index >= 0 && index < endIndex, "character offset out of range")
            return index
        }
        return table[index]
    }
}

/// The name words (`NameText`) of a sentence whose every scalar is a character of its own (letters with diacritics,
/// curly quotes, dashes: most sentences that are not plain ASCII), found while the grammar tokenizer reads it. As in
/// `tokenizePlainASCII(_:names:folded:)`, a word of ASCII letters and digits that both views cut alike (no apostrophe,
/// nothing on either side a name word could hold) is folded and looked up once for both; the stretches between such
/// words are scanned as `NameText.scanScalars` scans a sentence and their words made by `NameText.makeToken`.
struct SimpleTextNames: NameWordSink {
    private let utf8: [UInt8]
    private let offsets: CharacterOffsets
    private var tokens: [NameToken] = []
    /// The folded words (`foldedCount` bytes), then room for the ASCII words' folded forms, written through a pointer:
    /// as many bytes as the sentence has past `cursor`, at least (an ASCII word folds to as many bytes).
    private var folded: [UInt8] = []
    private var foldedCount = 0
    private var raw: [RawWord] = []
    private let classes = WordClass.table
    /// `FoldedName.skeletonRoles`, read once for the sentence (a global's every read checks that it is made).
    private let skeletonRoles = FoldedName.skeletonRoles
    /// Name words are found up to this byte (and character): the end of the last shared word.
    private var cursor = 0
    private var cursorCharacter = 0
    /// Where the last name word ended as written (the next one's gap starts there).
    private var previousEnd = 0

    /// Fills the arrays `buffers` holds (emptied first, their capacity kept).
    init(_ utf8: [UInt8], offsets: CharacterOffsets, buffers: inout NameTextBuffers) {
        self.utf8 = utf8
        self.offsets = offsets
        swap(&tokens, &buffers.tokens)
        swap(&folded, &buffers.folded)
        swap(&raw, &buffers.raw)
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(utf8.count / 5 + 1)
        folded.removeAll(keepingCapacity: true)
        folded.append(contentsOf: utf8)
    }

    /// Puts the name words (and the scratch array) into `buffers`.
    mutating func giveBack(to buffers: inout NameTextBuffers) {
        swap(&tokens, &buffers.tokens)
        swap(&folded, &buffers.folded)
        swap(&raw, &buffers.raw)
    }

    // Kept out of the tokenizer's loop: inlined there, it cost more (its arrays checked for uniqueness again, its
    // state copied in and out: about 2.5 M instructions over the benchmark).
    @inline(never)
    mutating func asciiWord(_ word: UnsafeBufferPointer<UInt8>, characters: Range<Int>, hasApostrophe: Bool,
                            sentence: UnsafeBufferPointer<UInt8>, lexicon: CueLexicon)
        -> (lower: String, cues: GrammarCue, entry: Int32)? {
        let start = offsets[characters.lowerBound], end = offsets[characters.upperBound]
        guard !hasApostrophe,
              start == 0 || !mayBeInName(characters.lowerBound - 1, byte: sentence[start - 1]),
              end == sentence.count || !mayBeInName(characters.upperBound, byte: sentence[end])
        else { return nil }
        // Most stretches since the last shared word are a space or a mark or two: no name word in them, and nothing
        // to count (the grammar's character offsets say where this word starts).
        if mayHoldWords(sentence, upTo: start) { scanStretch(upTo: start) }
        let first = word[0]
        let raw = RawWord(start: start, end: end, rawEnd: end, characterStart: characters.lowerBound,
                          characterCount: characters.count, firstIsUppercase: first &- 0x41 < 26,
                          firstIsLowercase: first &- 0x61 < 26, firstIsNumber: false)
        let (utf8, previousEnd, skeletonRoles) = (self.utf8, self.previousEnd, self.skeletonRoles)
        // Its lowercase bytes are its folded form (it has no apostrophe).
        let foldedStart = foldedCount
        let (found, token) = folded.withUnsafeMutableBufferPointer { out in
            let lowered = WordTokenizer.lowercaseASCII(sentence, start..<end, into: out, at: foldedStart)
            let found = lexicon.lookUp(lowercase: out, at: foldedStart, count: word.count, hash: lowered.hash,
                                       hasUpper: lowered.hasUpper)
            let token = skeletonRoles.withUnsafeBufferPointer { skeletonRoles in
                NameText.asciiToken(sentence, raw, folded: out, foldedRange: foldedStart..<foldedStart + word.count,
                                    foldedHash: found.hash, wordClass: found.wordClass, hasUpper: found.hasUpper,
                                    bytes: utf8, previousEnd: previousEnd, skeletonRoles: skeletonRoles,
                                    knownKey: found.wordKey)
            }
            return (found, token)
        }
        tokens.append(token)
        foldedCount += word.count
        self.previousEnd = end
        cursor = end
        cursorCharacter = characters.upperBound
        return (found.lower, found.cues, found.entry)
    }

    mutating func finish() {
        let utf8 = self.utf8
        if utf8.withUnsafeBufferPointer({ mayHoldWords($0, upTo: $0.count) }) { scanStretch(upTo: utf8.count) }
        // The room past the folded words is cut: `giveBack(to:)` hands over the name view's folded bytes only.
        folded.removeLast(folded.count - foldedCount)
    }

    /// Whether the bytes from `cursor` to `end` hold more than spaces and marks (curly quotes and dashes among them),
    /// in which no name word starts.
    @inline(__always)
    private func mayHoldWords(_ sentence: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Bool {
        var index = cursor
        while index < end {
            let byte = sentence[index]
            if byte < 0x80, !NameText.isASCIILetterOrDigit(byte) {
                index += 1
            } else if byte == 0xE2, sentence[index + 1] == 0x80, sentence[index + 2] &- 0x90 <= 0x17 {
                // U+2010–U+2027 (E2 80 90–A7): neither letter nor digit.
                index += 3
            } else {
                return true
            }
        }
        return false
    }

    /// The name words from `cursor` to `end`, as the scalar scan and `NameText` make them.
    private mutating func scanStretch(upTo end: Int) {
        guard cursor < end else { return }
        let utf8 = self.utf8
        raw.removeAll(keepingCapacity: true)
        _ = NameText.scanScalars(utf8, cursor..<end, firstCharacter: cursorCharacter, into: &raw)
        let words = raw, classes = self.classes
        var previousEnd = self.previousEnd
        // `makeToken` appends the folded words (a word with diacritics may not fold to as many bytes): the room is
        // cut, and made again after them.
        folded.removeLast(folded.count - foldedCount)
        utf8.withUnsafeBufferPointer { source in
            for word in words {
                tokens.append(NameText.makeToken(word, gapStart: previousEnd, source: source, bytes: utf8,
                                                 folded: &folded, classes: classes))
                previousEnd = word.rawEnd
            }
        }
        foldedCount = folded.count
        folded.append(contentsOf: utf8[end...])
        self.previousEnd = previousEnd
    }

    /// Whether a name word could hold character `character` (a letter, a digit, a number sign or an apostrophe), one
    /// of whose bytes is `byte`: a word next to one may be cut otherwise by the name scan.
    @inline(__always)
    private func mayBeInName(_ character: Int, byte: UInt8) -> Bool {
        if byte < 0x80 { return NameText.isASCIILetterOrDigit(byte) || byte == 0x27 || byte == 0x60 }
        return Self.mayBeInName(NameText.decode(utf8, at: offsets[character]).0)
    }

    private static func mayBeInName(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return NameText.isApostrophe(value) || NameText.isLetterOrNumber(scalar)
    }
}
