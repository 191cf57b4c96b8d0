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
    /// `FoldedName.firstWordKey` of every alias: where a name can begin.
    let firstWordKeys: Set<String>
    /// Folded first words of every alias: where a name written in lowercase can begin (`middle Euphrates valley`).
    let firstWordsFolded: Set<String>
    /// `Normalizer.key` of each entry's name and aliases, in that order, parallel to `entries`.
    private let spellingKeys: [[String]]

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
        var firstWordKeys: Set<String> = []
        var firstWordsFolded: Set<String> = []
        var spellingKeys: [[String]] = []
        spellingKeys.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            indexByKey[entry.key] = index
            var seenFolded: [String] = []
            var seenKeys: [String] = []
            var keysOfEntry: [String] = []
            for aliasIndexInEntry in -1..<entry.aliases.count {
                let name = FoldedName(aliasIndexInEntry < 0 ? entry.name : entry.aliases[aliasIndexInEntry])
                longest = max(longest, name.words.count)
                let folded = name.folded
                if !seenFolded.contains(folded) {
                    seenFolded.append(folded)
                    aliasIndex[folded, default: []].append(index)
                }
                firstWordKeys.insert(name.firstWordKey)
                if let firstWord = name.words.first { firstWordsFolded.insert(String(decoding: name.bytes[firstWord], as: UTF8.self)) }
                let key = name.key
                keysOfEntry.append(key)
                if !key.isEmpty && !seenKeys.contains(key) {
                    seenKeys.append(key)
                    keyIndex[key, default: []].append(index)
                }
            }
            spellingKeys.append(keysOfEntry)
        }
        self.entries = entries
        self.sources = sources
        self.spellingKeys = spellingKeys
        self.firstWordsFolded = firstWordsFolded
        self.indexByKey = indexByKey
        self.aliasIndex = aliasIndex
        self.keyIndex = keyIndex
        self.longestAliasWords = longest
        self.firstWordKeys = firstWordKeys
    }

    public func entry(forKey key: String) -> PlaceEntry? {
        indexByKey[key].map { entries[$0] }
    }

    /// Candidates for a written name (exact alias, then transliteration key), best first
    /// (closest spelling, country context, kind, population; governorates only after every other kind,
    /// since a bare `Raqqa` is the city).
    public func lookup(_ name: String, countryContext: [String] = []) -> [PlaceEntry] {
        candidates(for: name, countryContext: Set(countryContext.map(Normalizer.folded))).map { entries[$0.index] }
    }

    /// One way a written name can resolve.
    struct Candidate {
        var index: Int
        /// The alias as the data spells it that matched (exactly, or by key).
        var alias: String
        var isExact: Bool
        /// Edit distance between the written name and `alias`, both folded without articles.
        var distance: Int
    }

    /// Every entry the name can mean, best first; `kinds` keeps only those kinds (nil: all).
    func candidates(for name: String, countryContext: Set<String>, kinds: Set<String>? = nil) -> [Candidate] {
        let written = FoldedName(name)
        let folded = written.folded
        var found: [Candidate] = []
        for index in aliasIndex[folded] ?? [] {
            found.append(Candidate(index: index, alias: alias(of: index, folded: folded), isExact: true, distance: 0))
        }
        let key = written.key
        let bare = written.withoutArticles
        for index in keyIndex[key] ?? [] where !found.contains(where: { $0.index == index }) {
            let entry = entries[index]
            var best: (alias: String, distance: Int)? = nil
            for (position, spellingKey) in spellingKeys[index].enumerated() where spellingKey == key {
                let spelling = position == 0 ? entry.name : entry.aliases[position - 1]
                let candidate = FoldedName(spelling)
                let distance = FoldedName.editDistance(bare, candidate.withoutArticles)
                if best == nil || distance < best!.distance { best = (spelling, distance) }
            }
            found.append(Candidate(index: index, alias: best?.alias ?? entry.name, isExact: false,
                                   distance: best?.distance ?? 99))
        }
        if let kinds { found.removeAll { !kinds.contains(entries[$0.index].kind) } }
        return found.sorted { lhs, rhs in
            let left = entries[lhs.index], right = entries[rhs.index]
            let leftGovernorate = left.kind == "governorate", rightGovernorate = right.kind == "governorate"
            if leftGovernorate != rightGovernorate { return rightGovernorate }
            if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
            let leftInContext = countryContext.contains(Normalizer.folded(left.country))
            let rightInContext = countryContext.contains(Normalizer.folded(right.country))
            if leftInContext != rightInContext { return leftInContext }
            let leftTier = Gazetteer.tier(of: left.kind), rightTier = Gazetteer.tier(of: right.kind)
            if leftTier != rightTier { return leftTier > rightTier }
            if (left.population ?? 0) != (right.population ?? 0) { return (left.population ?? 0) > (right.population ?? 0) }
            return lhs.index < rhs.index
        }
    }

    /// Entries with an alias spelled like `name` (case, diacritics and separators aside); no key matching.
    func exactEntries(for name: String) -> [PlaceEntry] {
        (aliasIndex[Normalizer.folded(name)] ?? []).map { entries[$0] }
    }

    /// The alias of entry `index` that folds to `folded`, as the data spells it.
    func alias(of index: Int, folded: String) -> String {
        let entry = entries[index]
        return ([entry.name] + entry.aliases).first { Normalizer.folded($0) == folded } ?? entry.name
    }

    /// Where entry `index` came from, for match rules: `GeoNames` or `supplement`.
    func source(of index: Int) -> String {
        sources[index]
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
