import ClaimDiagnostics
import ClaimExtraction
import Foundation

/// Every alias of the named kinds in the two forms did-you-mean compares (lower-cased scalars and transliteration
/// key), built on the first suggestion a session asks for rather than once per suggestion.
final class NameSuggestionCache: @unchecked Sendable {
    struct Key: Hashable {
        /// The key's length before lower-casing, which the reach test uses.
        var length: Int
        var scalars: [Unicode.Scalar]
    }

    /// One named record's distinct spellings and keys (GeoNames lists the same spelling under several languages).
    struct Entry {
        var name: String
        var spellings: [[Unicode.Scalar]]
        var keys: [Key]
    }

    private var entries: [EntityKind: [Entry]] = [:]
    private let lock = NSLock()

    func entries(_ kind: EntityKind, in store: EntityStore) -> [Entry] {
        lock.lock()
        defer { lock.unlock() }
        if let built = entries[kind] { return built }
        var built: [Entry] = []
        let count = store.count(kind)
        built.reserveCapacity(count)
        for id in stride(from: 1, through: count, by: 1) {
            var spellings: [[Unicode.Scalar]] = [], keys: [Key] = []
            var seenSpellings: Set<[Unicode.Scalar]> = [], seenKeys: Set<Key> = []
            for alias in store.aliases(kind, id: id) {
                let spelling = Array(alias.lowercased().unicodeScalars)
                if seenSpellings.insert(spelling).inserted { spellings.append(spelling) }
                let key = Normalizer.key(alias)
                let folded = Key(length: key.unicodeScalars.count, scalars: Array(key.lowercased().unicodeScalars))
                if seenKeys.insert(folded).inserted { keys.append(folded) }
            }
            built.append(Entry(name: store.name(kind, id: id), spellings: spellings, keys: keys))
        }
        entries[kind] = built
        return built
    }
}

extension EntityStore {
    /// The store's names nearest to `text`, for did-you-mean on values: same transliteration key first,
    /// then by edit distance over every alias.
    public func nearestNames(_ kind: EntityKind, to text: String, limit: Int = 3) -> [String] {
        guard [.places, .actors, .people].contains(kind), text.unicodeScalars.count <= Self.maximumSuggestionInput else { return [] }
        let key = Normalizer.key(text)
        // Scores are doubled distances; a key match scores one more than the same distance on the spelling.
        let threshold = max(2, text.count / 3) * 2 + 1
        let limitOnSpelling = threshold / 2, limitOnKey = (threshold - 1) / 2
        // The length difference is a lower bound on the edit distance: skip aliases that cannot come within reach.
        let reach = threshold / 2 + 1
        let lowered = Array(text.lowercased().unicodeScalars)
        let keyLength = key.unicodeScalars.count, loweredKey = Array(key.lowercased().unicodeScalars)
        var scored: [(name: String, score: Int)] = []
        for entry in suggestionCache.entries(kind, in: self) {
            var best = Int.max
            for spelling in entry.spellings where abs(spelling.count - lowered.count) <= reach {
                if let distance = editDistance(lowered, spelling, atMost: limitOnSpelling) { best = min(best, distance * 2) }
            }
            if !key.isEmpty {
                for aliasKey in entry.keys where abs(aliasKey.length - keyLength) <= reach {
                    if let distance = editDistance(loweredKey, aliasKey.scalars, atMost: limitOnKey) {
                        best = min(best, distance * 2 + 1)
                    }
                }
            }
            if best <= threshold { scored.append((entry.name, best)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score < $1.score : $0.name < $1.name }
            .prefix(limit).map(\.name)
    }
}
