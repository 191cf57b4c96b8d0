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
        for (offset, text) in texts.enumerated() {
            for word in Set(StoreIndexes.words(in: text)) { index[word, default: []].append(offset + 1) }
            ascii.append(text.utf8.allSatisfy { $0 < 0x80 })
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
