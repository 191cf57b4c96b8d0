/// The places extraction knows: GeoNames places (generated, `Resources/GazetteerData.swift`) plus a
/// curated supplement (`Resources/PlaceSupplement.swift`). Immutable after loading.
///
/// Names resolve in two steps: an exact alias (case, diacritics, apostrophes and separators folded;
/// `Deir al-Zour`), then the transliteration key (`Normalizer.key`; `Deir Al Zor`). Candidates are
/// ranked by kind (country, city, governorate and town, curated places, village), then by whether
/// their country is in the article's country context, then by population.
public final class Gazetteer: Sendable {
    /// Loads the embedded data on first use (parsing takes a few milliseconds).
    public static let shared = Gazetteer(tables: [
        GazetteerTable(tsv: gazetteerTSV, source: "GeoNames"),
        GazetteerTable(tsv: placeSupplementTSV, source: "supplement"),
    ])

    public let entries: [PlaceEntry]
    /// Where each entry came from (`GeoNames` or `supplement`), parallel to `entries`.
    let sources: [String]
    private let indexByKey: [String: Int]
    /// `Normalizer.folded` alias → entry indices.
    private let aliasIndex: [String: [Int]]
    /// `Normalizer.key` of every alias → entry indices.
    private let keyIndex: [String: [Int]]
    /// The most words any alias has: recognisers need not try longer spans.
    let longestAliasWords: Int

    /// Builds a gazetteer from TSV tables (columns: key, name, kind, country, admin1, lat, lon, population, aliases).
    public init(tables: [GazetteerTable]) {
        var entries: [PlaceEntry] = []
        var sources: [String] = []
        for table in tables {
            var tsv = table.tsv
            tsv.withUTF8 { buffer in
                var lineStart = 0
                for index in 0...buffer.count where index == buffer.count || buffer[index] == UInt8(ascii: "\n") {
                    if index > lineStart, let entry = Gazetteer.parse(UnsafeBufferPointer(rebasing: buffer[lineStart..<index])) {
                        entries.append(entry)
                        sources.append(table.source)
                    }
                    lineStart = index + 1
                }
            }
        }
        var indexByKey: [String: Int] = [:]
        var aliasIndex: [String: [Int]] = [:]
        var keyIndex: [String: [Int]] = [:]
        indexByKey.reserveCapacity(entries.count)
        aliasIndex.reserveCapacity(entries.count * 6)
        keyIndex.reserveCapacity(entries.count * 5)
        var longest = 1
        for (index, entry) in entries.enumerated() {
            indexByKey[entry.key] = index
            var seenFolded: [String] = []
            var seenKeys: [String] = []
            for aliasIndexInEntry in -1..<entry.aliases.count {
                let name = FoldedName(aliasIndexInEntry < 0 ? entry.name : entry.aliases[aliasIndexInEntry])
                longest = max(longest, name.words.count)
                let folded = name.folded
                if !seenFolded.contains(folded) {
                    seenFolded.append(folded)
                    aliasIndex[folded, default: []].append(index)
                }
                let key = name.key
                if !key.isEmpty && !seenKeys.contains(key) {
                    seenKeys.append(key)
                    keyIndex[key, default: []].append(index)
                }
            }
        }
        self.entries = entries
        self.sources = sources
        self.indexByKey = indexByKey
        self.aliasIndex = aliasIndex
        self.keyIndex = keyIndex
        self.longestAliasWords = longest
    }

    public func entry(forKey key: String) -> PlaceEntry? {
        indexByKey[key].map { entries[$0] }
    }

    /// Candidates for a written name (exact alias, then transliteration key), best first
    /// (kind, country context, population).
    public func lookup(_ name: String, countryContext: [String] = []) -> [PlaceEntry] {
        let context = Set(countryContext.map(Normalizer.folded))
        let exact = ranked(aliasIndex[Normalizer.folded(name)] ?? [], context: context)
        let byKey = ranked(keyIndex[Normalizer.key(name)] ?? [], context: context).filter { !exact.contains($0) }
        return (exact + byKey).map { entries[$0] }
    }

    /// Entry indices whose alias folds to `folded` exactly.
    func exactMatches(folded: String) -> [Int] {
        aliasIndex[folded] ?? []
    }

    /// Entry indices sharing the transliteration key.
    func keyMatches(key: String) -> [Int] {
        keyIndex[key] ?? []
    }

    /// The alias of entry `index` that folds to `folded`, as the data spells it.
    func alias(of index: Int, folded: String) -> String {
        let entry = entries[index]
        return ([entry.name] + entry.aliases).first { Normalizer.folded($0) == folded } ?? entry.name
    }

    /// Orders entry indices best first.
    func ranked(_ indices: [Int], context: Set<String>) -> [Int] {
        indices.sorted { lhs, rhs in
            let left = entries[lhs], right = entries[rhs]
            let leftTier = Gazetteer.tier(of: left.kind), rightTier = Gazetteer.tier(of: right.kind)
            if leftTier != rightTier { return leftTier > rightTier }
            let leftInContext = context.contains(Normalizer.folded(left.country))
            let rightInContext = context.contains(Normalizer.folded(right.country))
            if leftInContext != rightInContext { return leftInContext }
            if (left.population ?? 0) != (right.population ?? 0) { return (left.population ?? 0) > (right.population ?? 0) }
            return lhs < rhs
        }
    }

    /// How strongly a bare name means a place of this kind: `Raqqa` is the city before the governorate.
    static func tier(of kind: String) -> Int {
        switch kind {
        case "country": return 6
        case "city": return 5
        case "governorate", "town": return 4
        case "village": return 1
        default: return 3
        }
    }

    /// One TSV line, split on bytes (Character-level splitting of a large literal is slow).
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> PlaceEntry? {
        let rawFields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard rawFields.count >= 8 else { return nil }
        let fields = rawFields.prefix(8).map { String(decoding: $0, as: UTF8.self) }
        guard let lat = Double(fields[5]), let lon = Double(fields[6]) else { return nil }
        let aliases = rawFields.count > 8
            ? rawFields[8].split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
            : []
        return PlaceEntry(key: fields[0], name: fields[1], aliases: aliases, kind: fields[2],
                          country: fields[3], admin1: fields[4].isEmpty ? nil : fields[4],
                          lat: lat, lon: lon, population: Int(fields[7]))
    }
}

/// One TSV table of places and where it came from (shown in match rules).
public struct GazetteerTable: Sendable {
    public var tsv: String
    public var source: String

    public init(tsv: String, source: String) {
        self.tsv = tsv
        self.source = source
    }
}
