/// A sentence with its tokens and character boundaries, built once and shared by the grammars.
struct TokenizedSentence: Sendable {
    let text: String
    let utf8: [UInt8]
    /// The UTF-8 offset where each character starts in `text`, plus the end.
    let offsets: CharacterOffsets
    let tokens: [WordToken]
    /// Whether the bytes hold non-ASCII or carriage returns (`NameText` reads it too).
    let byteKinds: SentenceBytes

    init(_ text: String) {
        self.text = text
        utf8 = Array(text.utf8)
        byteKinds = utf8.withUnsafeBufferPointer(SentenceBytes.init)
        // ASCII without a carriage return (which joins a line feed): one character per byte, nothing to decode.
        if byteKinds.isPlainASCII {
            offsets = CharacterOffsets(identity: utf8.count)
            // The one scan there is; its name words are not wanted here (only the extractor's loop keeps them).
            var names: [NameToken] = []
            var folded: [UInt8] = []
            tokens = WordTokenizer.tokenizePlainASCII(utf8, names: &names, folded: &folded)
        } else {
            let (scalars, starts) = WordTokenizer.characterStarts(utf8)
            offsets = CharacterOffsets(starts)
            tokens = WordTokenizer.tokenize(utf8, characters: scalars, offsets: offsets)
        }
    }

    /// The sentence, and for plain ASCII text its name words too, found in the same pass and left in `nameBuffers`
    /// for `NameText(_:sentence:buffers:)` (other text leaves them to it to scan).
    init(_ text: String, nameBuffers: inout NameTextBuffers) {
        self.text = text
        utf8 = Array(text.utf8)
        byteKinds = utf8.withUnsafeBufferPointer(SentenceBytes.init)
        if byteKinds.isPlainASCII {
            offsets = CharacterOffsets(identity: utf8.count)
            tokens = WordTokenizer.tokenizePlainASCII(utf8, names: &nameBuffers.tokens, folded: &nameBuffers.folded)
            nameBuffers.scannedBytes = utf8
        } else {
            let (scalars, starts) = WordTokenizer.characterStarts(utf8)
            offsets = CharacterOffsets(starts)
            tokens = WordTokenizer.tokenize(utf8, characters: scalars, offsets: offsets)
            nameBuffers.scannedBytes = nil
        }
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
        return String(decoding: utf8[offsets[lower]..<offsets[upper]], as: UTF8.self)
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
