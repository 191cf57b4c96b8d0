import ClaimExtraction
import ClaimStore

/// Transliteration key → records, per named kind, built on first use and kept with the engine (the store never changes).
/// It lets a name find every record sharing its key, not only the one whose alias it spells exactly.
final class EntityNameIndex {
    private let store: EntityStore
    private var keys: [EntityKind: [String: [Int]]] = [:]

    init(store: EntityStore) {
        self.store = store
    }

    /// Records called `name` by any spelling: the store's lookup (an alias ignoring case, else the key) together with
    /// every record whose aliases share the key, so `"deir ezzor"` finds what `"Deir al-Zour"` finds.
    func resolve(_ name: String, kind: EntityKind) -> [Int] {
        var ids = Set(store.resolve(kind, name: name))
        let key = Normalizer.key(name)
        if !key.isEmpty { ids.formUnion(index(for: kind)[key] ?? []) }
        return ids.sorted()
    }

    private func index(for kind: EntityKind) -> [String: [Int]] {
        if let built = keys[kind] { return built }
        var built: [String: [Int]] = [:]
        for id in stride(from: 1, through: store.count(kind), by: 1) {
            for alias in Set(store.aliases(kind, id: id).map(Normalizer.key)) where !alias.isEmpty {
                built[alias, default: []].append(id)
            }
        }
        keys[kind] = built
        return built
    }
}
