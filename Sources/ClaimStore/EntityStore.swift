import ClaimCorpus
import ClaimDiagnostics
import ClaimExtraction
import Dispatch

/// Conflicts found on another thread while the store is indexed (read only after the wait).
private final class DetectedConflicts: @unchecked Sendable {
    var list = ConflictList()
}

/// The in-memory entity store: records of every kind, built once and then only read.
public final class EntityStore: @unchecked Sendable {
    public let schema: Schema
    public let documents: [DocumentRecord]
    public let claims: [ClaimRecord]
    public let places: [PlaceRecord]
    public let actors: [ActorRecord]
    public let people: [PersonRecord]
    public let figures: [FigureRecord]
    public private(set) var conflicts: ConflictList
    let indexes: StoreIndexes
    let suggestionCache = NameSuggestionCache()

    /// Builds a store from extracted documents, in the order given.
    public static func build(documents: [ExtractedDocument], catalog: any EntityCatalog) -> EntityStore {
        var builder = StoreBuilder(catalog: catalog)
        for document in documents { builder.add(document) }
        builder.finish()
        return EntityStore(builder: builder)
    }

    init(builder: StoreBuilder) {
        schema = .standard
        documents = builder.documents
        claims = builder.claims
        places = builder.places
        actors = builder.actors
        people = builder.people
        figures = builder.figures
        indexes = StoreIndexes()
        conflicts = ConflictList()
        // Support was weighed by the builder, on its own records; conflicts read the finished store. Only the
        // conflicts' own index needs them, so every other kind is indexed on this thread while they are found on
        // another (each is about a tenth of a large load), and the conflicts are indexed last.
        FreedPages.release()
        let detected = DetectedConflicts()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { [self] in detected.list = ConflictDetector.detect(in: self) }
        indexes.build(for: self, kinds: schema.kinds.map(\.kind).filter { $0 != .conflicts })
        done.wait()
        conflicts = detected.list
        indexes.build(for: self, kinds: [.conflicts])
        FreedPages.release()
    }

    public var documentCount: Int { documents.count }
    public var claimCount: Int { claims.count }
    /// Characters of article text held, a measure of corpus size.
    public var textSize: Int { documents.reduce(0) { $0 + $1.textBytes } }

    public func count(_ kind: EntityKind) -> Int {
        switch kind {
        case .documents: return documents.count
        case .claims: return claims.count
        case .places: return places.count
        case .actors: return actors.count
        case .people: return people.count
        case .figures: return figures.count
        case .conflicts: return conflicts.count
        }
    }

    /// The canonical name of a named record, or its id for the other kinds.
    public func name(_ kind: EntityKind, id: Int) -> String {
        guard id >= 1, id <= count(kind) else { return kind.idPrefix + String(id) }
        switch kind {
        case .places: return places[id - 1].entry.name
        case .actors: return actors[id - 1].entry.name
        case .people: return people[id - 1].entry.name
        default: return kind.idPrefix + String(id)
        }
    }

    /// Every spelling a named record is known by, canonical name first.
    public func aliases(_ kind: EntityKind, id: Int) -> [String] {
        guard id >= 1, id <= count(kind) else { return [] }
        switch kind {
        case .places: return [places[id - 1].entry.name] + places[id - 1].entry.aliases + places[id - 1].seenSpellings
        case .actors: return [actors[id - 1].entry.name] + actors[id - 1].entry.aliases + actors[id - 1].seenSpellings
        case .people: return [people[id - 1].entry.name] + people[id - 1].entry.aliases + people[id - 1].seenSpellings
        default: return []
        }
    }

    /// A value as users see it: references become canonical names or ids (`Deir ez-Zor`, `d3`).
    public func display(_ value: Value) -> Value {
        guard case .ref(let kind, let id) = value else { return value }
        switch kind {
        case .places, .actors, .people: return .string(name(kind, id: id))
        default: return .string(kind.idPrefix + String(id))
        }
    }

    /// Ids of `kind` records whose canonical name or any alias matches `name`, case-insensitively or by
    /// transliteration key (`Deir al-Zour` finds Deir ez-Zor).
    /// The two lookups are united, so every spelling of one name finds the same records.
    public func resolve(_ kind: EntityKind, name: String) -> [Int] {
        let byAlias = indexes.aliasIndex[kind]?[name.lowercased()] ?? []
        // A spelling of a place outside the region names that place alone, as in extraction ("Sochi" is not the
        // Syrian village As Sūsah, whose key it shares).
        if kind == .places, !byAlias.isEmpty, byAlias.allSatisfy({ !Gazetteer.isFoundByKey(places[$0 - 1].entry) }) {
            return byAlias.sorted()
        }
        let key = Normalizer.key(name)
        let byKey = key.isEmpty ? [] : indexes.keyIndex[kind]?[key] ?? []
        return Array(Set(byAlias).union(byKey)).sorted()
    }

    /// Text longer than this gets no suggestions: no name is that long, and edit distance grows with the product of
    /// the lengths (a fuzzed 1 MB name against every alias ran for minutes).
    public static let maximumSuggestionInput = 200

    /// Ids whose canonical name or an alias is `name` exactly, ignoring case (no transliteration).
    public func resolveExactly(_ kind: EntityKind, name: String) -> [Int] {
        indexes.aliasIndex[kind]?[name.lowercased()] ?? []
    }

    /// Whether `field` is the record's own id (`c17` of a claim), which the store answers from the id itself
    /// rather than from a posting list (one list per record would cost more than the records).
    public static func isRecordID(_ kind: EntityKind, field: String) -> Bool {
        field == "id"
    }

    /// Ids among `values` that name an existing record of `kind`, sorted and distinct: what `id = …` and
    /// `id in (…)` select.
    public func recordIDs(_ kind: EntityKind, among values: [Value]) -> [Int] {
        let total = count(kind)
        let ids = values.compactMap { value -> Int? in
            guard case .ref(let valueKind, let id) = value, valueKind == kind, id >= 1, id <= total else { return nil }
            return id
        }
        return Array(Set(ids)).sorted()
    }

    /// Sorted ids of `kind` whose `field` holds `value`; nil when the field has no index.
    public func postings(_ kind: EntityKind, field: String, value: Value) -> [Int]? {
        if Self.isRecordID(kind, field: field), schema[kind].field(named: field)?.isIndexed == true {
            return recordIDs(kind, among: [value])
        }
        guard let fieldIndex = indexes.postings[kind]?[field] else { return nil }
        return fieldIndex[value] ?? []
    }

    /// Each value of an indexed field with the number of records holding it, most frequent first.
    public func valueCounts(_ kind: EntityKind, field: String) -> [(Value, Int)]? {
        guard let fieldIndex = indexes.postings[kind]?[field] else { return nil }
        return fieldIndex.map { ($0.key, $0.value.count) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// Claims whose text contains `word` as a token (case-insensitive).
    public func textPostings(word: String) -> [Int] {
        indexes.text.postings[word.lowercased()] ?? []
    }

    /// Every token of the claim-text index with its sorted claim ids.
    public var textVocabulary: [String: [Int]] { indexes.text.postings }

    /// The sorted claim-id lists of every token that contains `word` once both are folded (`foldForTextSearch`):
    /// a claim whose text contains `word` ignoring case and diacritics is in one of them.
    public func textPostings(ofTokensContaining word: String) -> [[Int]] {
        indexes.text.lists(ofTokensContaining: Array(Self.foldForTextSearch(word).utf8))
    }

    /// Per claim (`[id - 1]`), whether its text is plain ASCII, where a token match is already a case-insensitive
    /// substring match.
    public var claimTextIsASCII: [Bool] { indexes.text.asciiTexts }

    /// Case and diacritics folded as text search ignores them (ASCII is only lowercased).
    public static func foldForTextSearch(_ text: String) -> String { ClaimTextIndex.fold(text) }

    /// The tokens the claim-text index splits `text` into: lowercased letter/digit runs, inner hyphens and apostrophes kept.
    public static func textTokens(in text: String) -> [String] { StoreIndexes.words(in: text) }

    /// The whole posting dictionary of an indexed field (value → sorted ids); nil when the field has no index.
    public func postingLists(_ kind: EntityKind, field: String) -> [Value: [Int]]? {
        indexes.postings[kind]?[field]
    }

    /// Words offered by completion after `FIELD =`: names and aliases of entities, or the distinct values of the field.
    public func completionValues(kind: EntityKind, field: String) -> [String] {
        guard let descriptor = schema[kind].field(named: field) else { return [] }
        switch descriptor.type {
        case .entity(let target):
            return (1...max(1, count(target))).filter { $0 <= count(target) }
                .flatMap { aliases(target, id: $0) }.uniqued()
        case .enumeration(let words):
            return words
        default:
            guard let counts = valueCounts(kind, field: descriptor.name) else { return [] }
            return counts.map { display($0.0).description }
        }
    }
}
