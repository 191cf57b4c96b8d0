/// The first letters of a transliteration key that its first word alone decides, so the recognisers
/// can tell that no key starting with a word is any alias's key before computing keys of spans.
///
/// A span's key (`FoldedName.writeKey`) is the skeleton of its words joined, articles dropped: it
/// begins with the skeleton of the first word that is not an article (that word gets no glued-article
/// stripping: it is first, or follows a written article). The skeleton reads at most two letters
/// ahead, so what it writes for all but the word's last two letters cannot change whatever follows.
enum KeyLead {
    /// The most leading key letters compared.
    static let length = 4

    /// Hash and length (≤ `length`; 0 when the word decides nothing) of the key letters `word` fixes.
    static func of(_ word: ArraySlice<UInt8>) -> (hash: NameHash, length: Int) {
        guard word.count >= 3, !FoldedName.isAbu(word) else { return (NameHash(), 0) }
        var end = word.endIndex
        let count = word.count
        if count > 2, word[end - 1] == UInt8(ascii: "h"), FoldedName.isVowel(word[end - 2]) {
            end -= 1
        } else if count > 4, word[end - 3] == UInt8(ascii: "i"), word[end - 2] == UInt8(ascii: "n"),
                  word[end - 1] == UInt8(ascii: "e") {
            end -= 1
        }
        var sink = LeadSink(limit: length)
        FoldedName.skeleton(word[word.startIndex..<end], into: &sink, stoppingAfter: end - 3)
        return (sink.hash, sink.count)
    }

    /// Hashes of the first 1…`length` letters of `key`, for the table `of(_:)` results are looked up in.
    static func prefixes(of key: [UInt8]) -> [NameHash] {
        var hash = NameHash()
        var out: [NameHash] = []
        for byte in key.prefix(length) {
            hash.add(byte)
            out.append(hash)
        }
        return out
    }
}

/// Collects the first `limit` skeleton letters as a hash.
struct LeadSink: SkeletonSink {
    let limit: Int
    var hash = NameHash()
    private(set) var count = 0
    private(set) var last: UInt8 = 0

    init(limit: Int) { self.limit = limit }

    mutating func emit(_ byte: UInt8) {
        last = byte
        guard count < limit else { return }
        hash.add(byte)
        count += 1
    }
}
