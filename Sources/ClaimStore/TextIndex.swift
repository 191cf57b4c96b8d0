import Foundation

/// The claim-text token index: each lowercased word with the sorted ids of the claims whose text has it; the
/// vocabulary folded into one byte buffer, so the tokens holding a fragment are found in one pass over it rather
/// than by folding and searching every token per query; and which claim texts are plain ASCII.
final class ClaimTextIndex: @unchecked Sendable {
    /// Lowercased word → ascending claim ids.
    let postings: [String: [Int]]
    /// Every token folded as `fold` does, each followed by a 0 byte (no token holds one).
    private let folded: [UInt8]
    /// Where each token starts in `folded`, ascending; `lists[i]` are that token's claims.
    private let starts: [Int]
    private let lists: [[Int]]
    /// `asciiTexts[id - 1]`: claim `id`'s text has only ASCII bytes.
    let asciiTexts: [Bool]

    init(texts: [String]) {
        var index: [String: [Int]] = [:]
        var ascii: [Bool] = []
        ascii.reserveCapacity(texts.count)
        var seen = Set<String>()
        for (offset, text) in texts.enumerated() {
            let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
            seen.removeAll(keepingCapacity: true)
            for word in isASCII ? Self.asciiWords(in: text) : StoreIndexes.words(in: text) where seen.insert(word).inserted {
                index[word, default: []].append(offset + 1)
            }
            ascii.append(isASCII)
        }
        var folded: [UInt8] = []
        var starts: [Int] = []
        var lists: [[Int]] = []
        starts.reserveCapacity(index.count)
        lists.reserveCapacity(index.count)
        for (token, ids) in index {
            starts.append(folded.count)
            folded.append(contentsOf: Self.fold(token).utf8)
            folded.append(0)
            lists.append(ids)
        }
        postings = index
        self.folded = folded
        self.starts = starts
        self.lists = lists
        asciiTexts = ascii
    }

    /// `StoreIndexes.words(in:)` for a text of ASCII only, read as bytes: there, the letters and digits it keeps
    /// are exactly A–Z, a–z and 0–9, and no byte is a combining mark. Indexing a million claims by Unicode scalar
    /// properties took tens of seconds on the first `contains`.
    static func asciiWords(in text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = -1, end = -1 // the current word, without trailing joiners
            func flush() {
                if start >= 0, end > start {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased())
                }
                start = -1
                end = -1
            }
            for (position, byte) in bytes.enumerated() {
                let lower = byte | 0x20
                if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    if start < 0 { start = position }
                    end = position + 1
                } else if byte == 0x2D || byte == 0x27 {
                    // A joiner inside a word is kept; one that starts a word is not, and trailing ones are dropped.
                    if start < 0 { continue }
                } else if start >= 0 {
                    flush()
                }
            }
            flush()
        }
        return words
    }

    /// Case and diacritics folded as `contains` ignores them; ASCII is only lowercased.
    static func fold(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The claim lists of every token whose folded form contains `needle` (folded, non-empty, no 0 byte).
    func lists(ofTokensContaining needle: [UInt8]) -> [[Int]] {
        guard let first = needle.first, !needle.contains(0) else { return [] }
        var found: [[Int]] = []
        folded.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { pattern in
                guard let base = buffer.baseAddress, let wanted = pattern.baseAddress else { return }
                let count = buffer.count, length = pattern.count
                var position = 0
                while position + length <= count {
                    guard let hit = memchr(base + position, Int32(first), count - length + 1 - position) else { break }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, wanted, length) != 0 { position = at + 1; continue }
                    // The token holding the hit; later hits in the same token add nothing.
                    var low = 0, high = starts.count
                    while low < high {
                        let middle = (low + high) / 2
                        if starts[middle] <= at { low = middle + 1 } else { high = middle }
                    }
                    let token = low - 1
                    found.append(lists[token])
                    position = token + 1 < starts.count ? starts[token + 1] : count
                }
            }
        }
        return found
    }
}
