import ClaimExtraction
import Foundation

/// Posting lists built once when the store is: per indexed field a sorted id list per value,
/// a token index over claim text, and alias lookups for named entities.
final class StoreIndexes: @unchecked Sendable {
    /// kind → field → value → sorted ids.
    var postings: [EntityKind: [String: [Value: [Int]]]] = [:]
    /// The claim-text token index; built on first use, since start-up rarely needs it.
    var text: ClaimTextIndex {
        tokenLock.lock()
        defer { tokenLock.unlock() }
        if let built = builtText { return built }
        let index = ClaimTextIndex(texts: claimTexts?() ?? [])
        builtText = index
        claimTexts = nil
        return index
    }
    private var builtText: ClaimTextIndex?
    /// The claims' texts, read when the text index is first needed (not held until then: a million claims).
    private var claimTexts: (() -> [String])?
    private let tokenLock = NSLock()
    /// Claims by date, built on first `order by date`; `.some(nil)` when it could not be built.
    var builtDateOrder: ClaimDateOrder??
    let orderLock = NSLock()
    /// kind → lowercased alias → ids.
    var aliasIndex: [EntityKind: [String: [Int]]] = [:]
    /// kind → transliteration key → ids.
    var keyIndex: [EntityKind: [String: [Int]]] = [:]

    /// Builds the posting lists of `kinds` (the alias and key look-ups come with the first call that names places).
    func build(for store: EntityStore, kinds: [EntityKind]) {
        for kindSchema in store.schema.kinds where kinds.contains(kindSchema.kind) {
            let kind = kindSchema.kind
            let count = store.count(kind)
            var byField: [String: [Value: [Int]]] = [:]
            // A record's own id needs no list: the id is its position (`EntityStore.postings` answers it directly).
            for field in kindSchema.fields where field.isIndexed && !EntityStore.isRecordID(kind, field: field.name) {
                let read = store.accessor(kind, field: field.name)
                var lists: [Value: [Int]] = [:]
                for id in stride(from: 1, through: count, by: 1) {
                    // Ids come in order, so a value the record repeats is the list's last id.
                    for value in read(id) { lists[value, default: []].appendUnique(id) }
                }
                byField[field.name] = lists.mapValues { $0.trimmed() }
            }
            postings[kind] = byField
        }
        guard kinds.contains(.places) else { return }
        claimTexts = { [unowned store] in store.claims.map(\.text) }
        for kind in [EntityKind.places, .actors, .people] {
            var aliases: [String: [Int]] = [:]
            var keys: [String: [Int]] = [:]
            for id in stride(from: 1, through: store.count(kind), by: 1) {
                // A place outside the region is found by its spellings only, as in extraction ("Sochi" is not the
                // Iraqi As Sūsah that shares its key).
                let byKey = kind != .places || Gazetteer.isFoundByKey(store.places[id - 1].entry)
                for alias in store.aliases(kind, id: id) {
                    aliases[alias.lowercased(), default: []].appendUnique(id)
                    guard byKey else { continue }
                    let key = Normalizer.key(alias)
                    if !key.isEmpty { keys[key, default: []].appendUnique(id) }
                }
            }
            aliasIndex[kind] = aliases
            keyIndex[kind] = keys
        }
    }

    /// Lowercased word tokens: letters and digits, with inner apostrophes and hyphens kept.
    /// Scans Unicode scalars; Character iteration cost more than the rest of indexing.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            while let last = current.last, isJoiner(last) { current.removeLast() }
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || (properties.generalCategory == .nonspacingMark && !current.isEmpty) {
                current.append(scalar)
            } else if isJoiner(scalar), !current.isEmpty {
                current.append(scalar)
            } else if !current.isEmpty {
                flush()
            }
        }
        flush()
        return words
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "’"
    }
}

extension Array where Element == Int {
    fileprivate mutating func appendUnique(_ id: Int) {
        if last != id { append(id) }
    }
}
