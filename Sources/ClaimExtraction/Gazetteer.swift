/// The places extraction knows: GeoNames places (generated, `Resources/GazetteerData.swift`) plus a
/// curated supplement (`Resources/PlaceSupplement.swift`). Immutable after loading.
///
/// Names resolve in two steps: an exact alias (case, diacritics, apostrophes and separators folded;
/// `Deir al-Zour`), then the transliteration key (`Normalizer.key`; `Deir Al Zor`). Candidates are
/// ranked by kind (country, city, governorate and town, curated places, village), then by whether
/// their country is in the article's country context, then by population.
public final class Gazetteer: Sendable {
    /// Loads the embedded data on first use (parsing takes a few milliseconds).
    public static let shared = loadEmbedded()

    public let entries: [PlaceEntry]
    /// Where each entry came from (`GeoNames` or `supplement`), parallel to `entries`.
    let sources: [String]
    let index: GazetteerIndex
    private let indexByKey: [String: Int]
    /// `alias 'SPELLING' (SOURCE)` for every spelling (each entry's name, then its aliases: `index`'s spelling
    /// order), made once: a place match's rule is then shared, not written out per match.
    private let aliasRules: [String]

    /// Builds a gazetteer from TSV tables (columns: key, name, kind, country, admin1, lat, lon, population, aliases).
    /// `aliasAdditions`: lines of a place's key, a tab and aliases (|) to add to that place.
    public init(tables: [GazetteerTable], aliasAdditions: String = "") {
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
        indexByKey.reserveCapacity(entries.count)
        // Entries read in place (here and below): a copy of one would retain each of its strings.
        for position in entries.indices { indexByKey[entries[position].key] = position }
        for line in aliasAdditions.split(separator: "\n") {
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2, let position = indexByKey[String(columns[0])] else { continue }
            for alias in columns[1].split(separator: "|").map(String.init)
            where alias != entries[position].name && !entries[position].aliases.contains(alias) {
                entries[position].aliases.append(alias)
            }
        }
        self.entries = entries
        self.sources = sources
        var aliasRules: [String] = []
        aliasRules.reserveCapacity(entries.reduce(0) { $0 + 1 + $1.aliases.count })
        var closing: (source: String, bytes: [UInt8]) = ("", [])
        for position in entries.indices {
            if closing.source != sources[position] { closing = (sources[position], Array("' (\(sources[position]))".utf8)) }
            aliasRules.append(Gazetteer.aliasRule(entries[position].name, closing: closing.bytes))
            for alias in entries[position].aliases { aliasRules.append(Gazetteer.aliasRule(alias, closing: closing.bytes)) }
        }
        self.aliasRules = aliasRules
        self.indexByKey = indexByKey
        let index = GazetteerIndex(entries)
        self.index = index
        (proximityRoles, namesakeStarts, namesakeEntries) = Gazetteer.proximityRoles(of: entries, index: index)
    }

    /// What each entry is to `ClaimExtractor.preferNearbyNamesakes` (parallel to `entries`), worked out at load so
    /// that a place read costs one look-up there.
    enum ProximityRole: UInt8, Sendable {
        /// Neither: a country, governorate, region, river …
        case none
        /// A point place that pins the article: a settlement without namesakes or a large one, a base, a crossing …
        case anchor
        /// A village or town of under `namesakePopulationLimit` people that shares a spelling's transliteration key
        /// with another settlement: one of its namesakes may be meant.
        case replaceable
    }

    let proximityRoles: [ProximityRole]
    /// The other settlements sharing a transliteration key with each replaceable entry: `namesakes(of:)`.
    private let namesakeStarts: [Int32]
    private let namesakeEntries: [Int32]

    /// The settlements that share a spelling's transliteration key with entry `entry` (none unless it is
    /// `.replaceable`).
    func namesakes(of entry: Int) -> ArraySlice<Int32> {
        namesakeEntries[Int(namesakeStarts[entry])..<Int(namesakeStarts[entry + 1])]
    }

    /// Kinds of place that can be each other's namesakes.
    static let settlementKinds: Set<String> = ["village", "town", "city"]
    /// Kinds of place that pin an article to a point.
    static let anchorKinds: Set<String> = [
        "village", "town", "city", "neighbourhood", "base", "airport", "crossing", "dam", "oil field", "facility", "landmark",
    ]
    /// A town of this many people is meant where it is read, namesakes or not.
    static let namesakePopulationLimit = 50_000

    private static func proximityRoles(of entries: [PlaceEntry], index: GazetteerIndex)
        -> ([ProximityRole], starts: [Int32], namesakes: [Int32]) {
        var roles = [ProximityRole](repeating: .none, count: entries.count)
        var starts: [Int32] = [0], namesakes: [Int32] = []
        starts.reserveCapacity(entries.count + 1)
        for entry in entries.indices {
            defer { starts.append(Int32(namesakes.count)) }
            guard anchorKinds.contains(entries[entry].kind) else { continue }
            roles[entry] = .anchor
            guard entries[entry].kind == "village" || entries[entry].kind == "town",
                  (entries[entry].population ?? 0) < namesakePopulationLimit else { continue }
            let first = namesakes.count
            for spelling in index.spellings(of: entry) {
                for at in index.keyEntries.positions(of: index.keyHash(ofSpelling: spelling)) {
                    let other = index.keyEntries.posting(at: at)
                    if Int(other) != entry, settlementKinds.contains(entries[Int(other)].kind),
                       !namesakes[first...].contains(other) {
                        namesakes.append(other)
                    }
                }
            }
            if namesakes.count > first { roles[entry] = .replaceable }
        }
        return (roles, starts, namesakes)
    }

    /// The index of the entry of `key`.
    func entryIndex(forKey key: String) -> Int? { indexByKey[key] }

    /// The most words any alias has: recognisers need not try longer spans.
    var longestAliasWords: Int { index.longestAliasWords }

    public func entry(forKey key: String) -> PlaceEntry? {
        indexByKey[key].map { entries[$0] }
    }

    /// The key of entry `index`, read in place: a copy of the entry (what `entries[index].key` makes) would retain
    /// each of its strings.
    func key(ofEntry index: Int) -> String {
        precondition(entries.indices.contains(index))
        return entries.withUnsafeBufferPointer { $0[index].key }
    }

    /// Candidates for a written name (exact alias, then transliteration key), best first
    /// (closest spelling, country context, a Syrian or Iraqi town before a neighbour's place, kind, population;
    /// governorates only after every other kind, since a bare `Raqqa` is the city).
    public func lookup(_ name: String, countryContext: [String] = []) -> [PlaceEntry] {
        candidates(for: name, context: CountryContext(countryContext)).map { entries[$0.index] }
    }

    /// One way a written name can resolve.
    struct Candidate {
        var index: Int
        /// The alias as the data spells it that matched (exactly, or by key).
        var alias: String
        /// Where that spelling is among all entries' spellings (`aliasRule(of:)`).
        var spelling: Int
        var isExact: Bool
        /// Edit distance between the written name and `alias`, both folded without articles.
        var distance: Int
    }

    /// Every entry the name can mean, best first; `kinds` keeps only those kinds (nil: all).
    func candidates(for name: String, countryContext: Set<String>, kinds: Set<String>? = nil) -> [Candidate] {
        candidates(for: name, context: CountryContext(countryContext), kinds: kinds)
    }

    func candidates(for name: String, context: CountryContext, kinds: Set<String>? = nil, ranked: Bool = true) -> [Candidate] {
        let written = FoldedName(name)
        var key: [UInt8] = [], scratch: [UInt8] = []
        written.writeKey(into: &key, joined: &scratch)
        var bare: [UInt8] = []
        written.appendWithoutArticles(to: &bare)
        return candidates(foldedHash: written.foldedHash, keyHash: NameHash(key), bare: bare, context: context, kinds: kinds,
                          ranked: ranked)
    }

    /// Candidates for a name given as the hashes of its folded form and key, and its folded letters
    /// without articles (for edit distances).
    /// `ranked: false` leaves them unordered, for callers that want only the best (`best(of:context:)`) or
    /// a membership test.
    func candidates(foldedHash: NameHash, keyHash: NameHash, bare: [UInt8], context: CountryContext,
                    kinds: Set<String>? = nil, ranked: Bool = true) -> [Candidate] {
        let exact = index.aliasEntries.positions(of: foldedHash), keyed = index.keyEntries.positions(of: keyHash)
        var found: [Candidate] = []
        found.reserveCapacity(exact.count + keyed.count)  // one allocation, not one per doubling
        for at in exact {
            let entryIndex = Int(index.aliasEntries.posting(at: at))
            guard let spelling = spelling(of: entryIndex, foldedHash: foldedHash) else { continue }  // a hash collision
            found.append(Candidate(index: entryIndex, alias: alias(of: entryIndex, spelling: spelling), spelling: spelling,
                                   isExact: true, distance: 0))
        }
        for at in keyed {
            let entryIndex = Int(index.keyEntries.posting(at: at))
            if found.contains(where: { $0.index == entryIndex }) { continue }
            var best: (spelling: Int, distance: Int)? = nil
            let spellings = index.spellings(of: entryIndex)
            for position in spellings where index.keyHash(ofSpelling: position) == keyHash {
                let spelling = position - spellings.lowerBound
                let other = index.bare(of: entryIndex, spelling: spelling)
                // The length difference bounds the distance from below: skip spellings that cannot do better.
                if let best, abs(other.count - bare.count) >= best.distance { continue }
                let distance = FoldedName.editDistance(bare, other)
                if best == nil || distance < best!.distance { best = (spelling, distance) }
            }
            guard let best else { continue }  // a hash collision
            // Read in place: a copy of the entry would retain each of its strings.
            let alias = best.spelling == 0 ? entries[entryIndex].name : entries[entryIndex].aliases[best.spelling - 1]
            found.append(Candidate(index: entryIndex, alias: alias, spelling: spellings.lowerBound + best.spelling,
                                   isExact: false, distance: best.distance))
        }
        if let kinds { found.removeAll { !kinds.contains(entries[$0.index].kind) } }
        guard ranked, found.count > 1 else { return found }
        // Sorted in place: `sorted` would copy the candidates into a new array first.
        found.sort { ranksBefore($0, $1, context: context) }
        return found
    }

    /// Whether `lhs` ranks before `rhs` among a name's candidates: a strict total order (the entry index
    /// decides last), so the first of the ranked candidates is the one no other ranks before.
    func ranksBefore(_ lhs: Candidate, _ rhs: Candidate, context: CountryContext) -> Bool {
        let left = index.ranks[lhs.index], right = index.ranks[rhs.index]
        if left.isGovernorate != right.isGovernorate {
            // A governorate's own name, written as listed, before a settlement's other spelling found only by key
            // ("in Salahuddin" is the province, not the town once called Selahedin); a settlement before it otherwise.
            let (governorate, settlement) = left.isGovernorate ? (lhs, rhs) : (rhs, lhs)
            if governorate.isExact, !settlement.isExact, settlement.distance > 0 { return left.isGovernorate }
            return right.isGovernorate
        }
        if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
        let leftInContext = context.contains(index.countryHashes[lhs.index])
        let rightInContext = context.contains(index.countryHashes[rhs.index])
        if leftInContext != rightInContext { return leftInContext }
        if left.isMillionCity != right.isMillionCity { return left.isMillionCity }
        if left.isHomePlace != right.isHomePlace, !left.isCountry, !right.isCountry { return left.isHomePlace }
        if left.tier != right.tier { return left.tier > right.tier }
        if left.population != right.population { return left.population > right.population }
        return lhs.index < rhs.index
    }

    /// The first of `candidates` once ranked, found in one pass without sorting; `isUsable` keeps only
    /// some (the first usable one of the ranked candidates).
    func best(of candidates: [Candidate], context: CountryContext,
              where isUsable: (Candidate) -> Bool = { _ in true }) -> Candidate? {
        var best: Candidate? = nil
        for candidate in candidates where isUsable(candidate) {
            if let current = best, !ranksBefore(candidate, current, context: context) { continue }
            best = candidate
        }
        return best
    }

    /// The first of `candidates(foldedHash:keyHash:bare:context:)` when it is sure to be an exact
    /// alias, found without edit distances or sorting: the best exact entry, unless some entry known
    /// only by key would rank before it (a non-governorate before a governorate, or a spelling equal
    /// without articles that wins on context, kind or population). Nil: ask `candidates`.
    /// The name is the words `span` of `text`; their bare letters (`NameText.bareLetters`) are compared only with
    /// the spellings of their length of the entries known by key.
    func leadingExactCandidate(foldedHash: NameHash, keyHash: NameHash, text: NameText, span: ClosedRange<Int>,
                               context: CountryContext) -> Candidate? {
        // The order `candidates` sorts by, for two candidates at the same distance (ranks read in place: a copy of
        // the array would be retained and released per call).
        func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
            let left = index.ranks[lhs], right = index.ranks[rhs]
            if left.isGovernorate != right.isGovernorate { return right.isGovernorate }
            let leftInContext = context.contains(index.countryHashes[lhs])
            let rightInContext = context.contains(index.countryHashes[rhs])
            if leftInContext != rightInContext { return leftInContext }
            if left.isMillionCity != right.isMillionCity { return left.isMillionCity }
            if left.isHomePlace != right.isHomePlace, !left.isCountry, !right.isCountry { return left.isHomePlace }
            if left.tier != right.tier { return left.tier > right.tier }
            if left.population != right.population { return left.population > right.population }
            return lhs < rhs
        }
        let exactPostings = index.aliasEntries.positions(of: foldedHash)
        // Exact candidates are the postings with a spelling of that hash (others are collisions).
        func isExact(_ entryIndex: Int) -> Bool { index.spelling(of: entryIndex, foldedHash: foldedHash) != nil }
        // The best entry and where its spelling is, kept for the candidate (not looked for again).
        var bestExact: (entry: Int, spelling: Int)? = nil
        for at in exactPostings {
            let position = Int(index.aliasEntries.posting(at: at))
            guard let spelling = index.spelling(of: position, foldedHash: foldedHash) else { continue }
            if bestExact == nil || precedes(position, bestExact!.entry) { bestExact = (position, spelling) }
        }
        guard let (best, bestSpelling) = bestExact else { return nil }
        // The span's bare letters are counted only for an entry known by key, and compared only with a spelling of
        // their length.
        var bareCount: Int? = nil
        for at in index.keyEntries.positions(of: keyHash) {
            let position = index.keyEntries.posting(at: at)
            let entryIndex = Int(position)
            if entryIndex == best || (index.aliasEntries.contains(position, at: exactPostings) && isExact(entryIndex)) { continue }
            var hasKey = false, sameBare = false
            for spelling in index.spellings(of: entryIndex) where index.keyHash(ofSpelling: spelling) == keyHash {
                hasKey = true
                if bareCount == nil { bareCount = text.bareLetterCount(span.lowerBound, span.upperBound) }
                guard index.bareCount(ofSpelling: spelling) == bareCount else { continue }
                if index.bare(ofSpelling: spelling, equalsBareLettersOf: text, span.lowerBound, span.upperBound) {
                    sameBare = true
                    break
                }
            }
            guard hasKey else { continue }  // a hash collision: `candidates` skips it too
            if index.ranks[entryIndex].isGovernorate != index.ranks[best].isGovernorate {
                // A settlement known by key ranks before an exact governorate only when spelled the same without
                // articles (`ranksBefore`).
                if index.ranks[best].isGovernorate && sameBare { return nil }
                continue
            }
            // At a distance above 0 it ranks after every exact alias; at 0 the rest decides.
            if sameBare && precedes(entryIndex, best) { return nil }
        }
        return Candidate(index: best, alias: alias(of: best, spelling: bestSpelling), spelling: bestSpelling, isExact: true,
                         distance: 0)
    }

    /// Entries with an alias spelled like `name` (case, diacritics and separators aside); no key matching.
    func exactEntries(for name: String) -> [PlaceEntry] {
        exactEntries(foldedHash: FoldedName(name).foldedHash).map { entries[$0] }
    }

    /// Indices of the entries with an alias whose folded form hashes to `foldedHash`.
    func exactEntries(foldedHash: NameHash) -> [Int] {
        index.aliasEntries[foldedHash].compactMap { position in
            alias(of: Int(position), foldedHash: foldedHash) == nil ? nil : Int(position)
        }
    }

    /// The alias of entry `index` that folds to `folded`, as the data spells it.
    func alias(of index: Int, folded: String) -> String {
        alias(of: index, foldedHash: FoldedName(folded).foldedHash) ?? entries[index].name
    }

    /// The spelling of entry `entryIndex` whose folded form hashes to `foldedHash`, as the data spells it.
    func alias(of entryIndex: Int, foldedHash: NameHash) -> String? {
        spelling(of: entryIndex, foldedHash: foldedHash).map { alias(of: entryIndex, spelling: $0) }
    }

    /// Where the first spelling of entry `entryIndex` whose folded form hashes to `foldedHash` is among all spellings.
    private func spelling(of entryIndex: Int, foldedHash: NameHash) -> Int? {
        index.spelling(of: entryIndex, foldedHash: foldedHash)
    }

    /// Spelling `spelling` (a place among all spellings) of entry `entryIndex`, as the data spells it.
    private func alias(of entryIndex: Int, spelling: Int) -> String {
        let number = spelling - index.spellings(of: entryIndex).lowerBound
        // Read in place: a copy of the entry would retain each of its strings.
        return number == 0 ? entries[entryIndex].name : entries[entryIndex].aliases[number - 1]
    }

    /// `alias 'SPELLING` and then `closing` (`' (SOURCE)`, the same for a whole table), copied straight into the
    /// string's storage: one of these is made for each of the thirteen thousand spellings at every load.
    private static func aliasRule(_ spelling: String, closing: [UInt8]) -> String {
        let opening = "alias '"
        return String(unsafeUninitializedCapacity: opening.utf8.count + spelling.utf8.count + closing.count) { buffer in
            var written = buffer.initialize(from: opening.utf8).1
            written += UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: spelling.utf8).1
            written += UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: closing).1
            return written
        }
    }

    /// `alias 'ALIAS' (SOURCE)` for a candidate's spelling and entry.
    func aliasRule(of candidate: Candidate) -> String {
        aliasRules[candidate.spelling]
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
        var tabs: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
        var found = 0
        for (offset, byte) in line.enumerated() where byte == UInt8(ascii: "\t") {
            switch found {
            case 0: tabs.0 = offset
            case 1: tabs.1 = offset
            case 2: tabs.2 = offset
            case 3: tabs.3 = offset
            case 4: tabs.4 = offset
            case 5: tabs.5 = offset
            case 6: tabs.6 = offset
            case 7: tabs.7 = offset
            default: break
            }
            found += 1
            if found == 8 { break }
        }
        guard found >= 7 else { return nil }
        let ends = [tabs.0, tabs.1, tabs.2, tabs.3, tabs.4, tabs.5, tabs.6, found >= 8 ? tabs.7 : line.count]
        func field(_ number: Int) -> UnsafeBufferPointer<UInt8> {
            let start = number == 0 ? 0 : ends[number - 1] + 1
            return UnsafeBufferPointer(rebasing: line[start..<ends[number]])
        }
        func text(_ number: Int) -> String { String(decoding: field(number), as: UTF8.self) }
        guard let lat = decimal(field(5)), let lon = decimal(field(6)) else { return nil }
        var aliases: [String] = []
        if found >= 8 {
            var start = tabs.7 + 1
            // Sized first: grown one alias at a time, the array would be copied up to five times a line.
            var count = 1
            for index in start..<line.count where line[index] == UInt8(ascii: "|") { count += 1 }
            aliases.reserveCapacity(count)
            for index in start...line.count where index == line.count || line[index] == UInt8(ascii: "|") {
                if index > start { aliases.append(String(decoding: UnsafeBufferPointer(rebasing: line[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
        }
        let admin1 = field(4)
        return PlaceEntry(key: text(0), name: text(1), aliases: aliases, kind: text(2), country: text(3),
                          admin1: admin1.isEmpty ? nil : String(decoding: admin1, as: UTF8.self),
                          lat: lat, lon: lon, population: integer(field(7)))
    }

    /// The value of a field of decimal digits like `29774`, as `Int(String)` reads it, without making a string;
    /// anything else (empty, signed, too long) goes to `Int(String)`.
    static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !text.isEmpty, text.count <= 18 else { return Int(String(decoding: text, as: UTF8.self)) }
        var value = 0
        for byte in text {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return Int(String(decoding: text, as: UTF8.self)) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The value of a decimal like `35.75936` or `-75.69812`, as `Double(String)` reads it, without
    /// making a string. Up to 15 digits (every coordinate in the tables) are an integer and a power of ten
    /// both exact in a `Double`, so their quotient rounds once, to the correctly rounded value
    /// `Double(String)` gives too. Anything else goes to `Double(String)`.
    static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var digits: UInt64 = 0, digitCount = 0, decimals = 0, seenPoint = false
        for (offset, byte) in text.enumerated() {
            if byte == UInt8(ascii: "-") && offset == 0 { continue }
            if byte == UInt8(ascii: ".") && !seenPoint { seenPoint = true; continue }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digitCount < 15 else {
                return Double(String(decoding: text, as: UTF8.self))
            }
            digits = digits * 10 + UInt64(byte - UInt8(ascii: "0"))
            digitCount += 1
            if seenPoint { decimals += 1 }
        }
        guard digitCount > 0 else { return Double(String(decoding: text, as: UTF8.self)) }
        let value = Double(digits) / powersOfTen[decimals]
        return text.first == UInt8(ascii: "-") ? -value : value
    }

    /// 10^0 through 10^15, each exact in a `Double`.
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
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
