/// The arrays a `NameText` is built in, kept between the sentences of one article so that each sentence refills
/// the last one's instead of allocating its own (`NameText.init(_:utf8:byteKinds:characterByCharacter:buffers:)`
/// takes them, `recycle(_:)` gives them back). Only capacity carries over, never a word.
struct NameTextBuffers {
    var tokens: [NameToken] = []
    var folded: [UInt8] = []
    /// The general scan's words before folding (sentences that are not ASCII).
    var raw: [RawWord] = []
    /// Set when `tokens` and `folded` hold the words of the sentence just tokenized (`TokenizedSentence(_:nameBuffers:)`
    /// scanned them with its own words): that sentence's bytes (its array, shared), for `NameText(_:sentence:buffers:)`
    /// to take them only for those bytes.
    var scannedBytes: [UInt8]?
    /// Emptied token arrays of sentences done with (`TokenizedSentence.giveBackTokens(to:)`), for the next sentences'
    /// tokens to be written in (`TokenizedSentence(_:nameBuffers:)`). A paragraph's sentences are all tokenized
    /// before any is read, so there are up to a paragraph's worth.
    var spareTokens: [[WordToken]] = []
    static let spareTokenLimit = 16

    init() {}

    /// Takes back the arrays of a `NameText` no longer needed (left empty). If something still shares an array,
    /// the next sentence simply allocates its own.
    mutating func recycle(_ text: inout NameText) {
        swap(&tokens, &text.tokens)
        swap(&folded, &text.folded)
        text.tokens.removeAll()
        text.folded.removeAll()
    }
}
