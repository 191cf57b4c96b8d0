import ClaimCorpus
import ClaimExtraction

/// Turns extracted documents into records with stable ids: documents in the order given, claims in document
/// order, and places, actors, people numbered by first mention. The same corpus always gives the same ids.
struct StoreBuilder {
    let catalog: any EntityCatalog

    var documents: [DocumentRecord] = []
    var claims: [ClaimRecord] = []
    var places: [PlaceRecord] = []
    var actors: [ActorRecord] = []
    var people: [PersonRecord] = []
    var figures: [FigureRecord] = []

    private var placeIDs: [String: Int] = [:]
    private var actorIDs: [String: Int] = [:]
    private var personIDs: [String: Int] = [:]
    /// The claims naming each place, actor and person (by `id - 1`), growing while documents are added; the records
    /// get them packed when the build finishes.
    private var placeClaims: [[Int]] = []
    private var actorClaims: [[Int]] = []
    private var personClaims: [[Int]] = []
    /// This build's evidence, packed.
    private let evidenceTable = EvidenceTable()

    init(catalog: any EntityCatalog) {
        self.catalog = catalog
    }

    /// A builder holding `store`'s records, so documents added next get the ids a build from scratch would give them.
    init(catalog: any EntityCatalog, continuing store: EntityStore) {
        self.catalog = catalog
        documents = store.documents
        claims = store.claims
        places = store.places
        actors = store.actors
        people = store.people
        figures = store.figures
        for place in places { placeIDs[place.entry.key] = place.id }
        for actor in actors { actorIDs[actor.entry.key] = actor.id }
        for person in people { personIDs[person.entry.key] = person.id }
        placeClaims = places.map { Array($0.claimIDs) }
        actorClaims = actors.map { Array($0.claimIDs) }
        personClaims = people.map { Array($0.claimIDs) }
    }

    mutating func add(_ document: ExtractedDocument) {
        let docID = documents.count + 1
        let article = document.article
        var body = DocumentBody(article)
        // The claims' lists go into one buffer for the document; records are made once it and the body are complete.
        var pool: [Int] = []
        var pending: [(extracted: ExtractedClaim, text: SentenceSpan, base: Int?, evidence: EvidenceList)] = []
        let firstClaimID = claims.count + 1
        for (offset, extracted) in document.claims.enumerated() {
            let claimID = firstClaimID + offset
            let placeRefs = extracted.placeKeys.compactMap { placeID(for: $0, claim: claimID) }
            let actorRefs = extracted.actorKeys.compactMap { actorID(for: $0, claim: claimID) }
            let personRefs = extracted.personKeys.compactMap { personID(for: $0, claim: claimID) }
            var figureIDs: [Int] = []
            for figure in extracted.figures {
                let figureID = figures.count + 1
                figureIDs.append(figureID)
                figures.append(FigureRecord(
                    id: figureID, claim: claimID, doc: docID, value: figure.value, low: figure.low, high: figure.high,
                    unit: figure.unit, qualifier: figure.qualifier,
                    place: figure.placeKey.flatMap { placeID(for: $0, claim: nil) },
                    actor: figure.actorKey.flatMap { actorID(for: $0, claim: nil) },
                    text: figure.text))
            }
            recordSpellings(extracted.evidence, places: placeRefs, actors: actorRefs, people: personRefs)
            let lists = ClaimRecord.lists(places: placeRefs.uniqued(), actors: actorRefs.uniqued(), people: personRefs.uniqued(),
                                          years: extracted.years, figures: figureIDs, year: extracted.year, date: extracted.date)
            pending.append((extracted, body.span(of: extracted.text, sentence: extracted.sentence),
                            PackedLists.append(lists, to: &pool), EvidenceList(extracted.evidence, table: evidenceTable)))
        }
        let numbers = PackedNumbers(pool)
        var claimIDs: [Int] = []
        for (offset, claim) in pending.enumerated() {
            let extracted = claim.extracted
            claimIDs.append(firstClaimID + offset)
            claims.append(ClaimRecord(
                id: firstClaimID + offset, doc: docID, body: body.text, text: claim.text, paragraph: extracted.paragraph,
                sentence: extracted.sentence, lists: PackedLists(pool: numbers, base: claim.base), yearBasis: extracted.yearBasis,
                type: extracted.type, source: extracted.source, modality: extracted.modality, evidence: claim.evidence))
        }
        documents.append(DocumentRecord(
            id: docID, file: article.file, title: article.title, outlet: article.outlet, author: article.author,
            published: article.published, dateBasis: article.dateBasis, words: article.wordCount,
            claimIDs: claimIDs, body: body.text, spans: body.sentences,
            textBytes: article.paragraphs.reduce(0) { $0 + $1.text.utf8.count }))
    }

    /// Keeps each written name a claim matched that is a true spelling variant of its entity (same transliteration
    /// key as the name or an alias), so queries may use the article's own spelling ("Deir Ezzor").
    private mutating func recordSpellings(_ evidence: [Evidence], places placeIDs: [Int], actors actorIDs: [Int], people personIDs: [Int]) {
        for item in evidence {
            switch item.field {
            case "places":
                if let (id, spelling) = StoreBuilder.spelling(item, among: placeIDs, entry: { self.places[$0 - 1].entry.name },
                                                              known: { self.places[$0 - 1].entry.aliases + self.places[$0 - 1].seenSpellings }) {
                    places[id - 1].seenSpellings.append(spelling)
                }
            case "actors":
                if let (id, spelling) = StoreBuilder.spelling(item, among: actorIDs, entry: { self.actors[$0 - 1].entry.name },
                                                              known: { self.actors[$0 - 1].entry.aliases + self.actors[$0 - 1].seenSpellings }) {
                    actors[id - 1].seenSpellings.append(spelling)
                }
            case "people":
                if let (id, spelling) = StoreBuilder.spelling(item, among: personIDs, entry: { self.people[$0 - 1].entry.name },
                                                              known: { self.people[$0 - 1].entry.aliases + self.people[$0 - 1].seenSpellings }) {
                    people[id - 1].seenSpellings.append(spelling)
                }
            default:
                continue
            }
        }
    }

    /// The record among `ids` that `item` names, and the new spelling it adds, if any.
    private static func spelling(_ item: Evidence, among ids: [Int], entry name: (Int) -> String,
                                 known aliases: (Int) -> [String]) -> (Int, String)? {
        guard let id = ids.first(where: { name($0) == item.value }),
              let spelling = newSpelling(item.matched, name: name(id), aliases: aliases(id)) else { return nil }
        return (id, spelling)
    }

    /// `written` when it is a spelling of `name` not yet listed (ignoring case); nil otherwise.
    static func newSpelling(_ written: String, name: String, aliases: [String]) -> String? {
        let lowered = written.lowercased()
        guard lowered != name.lowercased(), !aliases.contains(where: { $0.lowercased() == lowered }) else { return nil }
        let key = Normalizer.key(written)
        // The name's key settles most cases; the aliases' keys are computed only when it does not.
        guard !key.isEmpty, key == Normalizer.key(name) || aliases.contains(where: { Normalizer.key($0) == key }) else { return nil }
        return written
    }

    /// Resolves `part_of` links once every actor is known, and weighs each claim's support (in place: the records
    /// are not copied).
    mutating func finish() {
        Corroboration.apply(to: &claims)
        for index in places.indices { places[index].claimIDs = IDList(placeClaims[index]) }
        for index in actors.indices { actors[index].claimIDs = IDList(actorClaims[index]) }
        for index in people.indices { people[index].claimIDs = IDList(personClaims[index]) }
        for index in actors.indices {
            if let parentKey = actors[index].entry.partOf {
                actors[index].partOf = actorID(for: parentKey, claim: nil)
            }
        }
        evidenceTable.seal()
    }

    private mutating func placeID(for key: String, claim: Int?) -> Int? {
        if let id = placeIDs[key] {
            if let claim, placeClaims[id - 1].last != claim { placeClaims[id - 1].append(claim) }
            return id
        }
        guard let entry = catalog.place(forKey: key) else { return nil }
        let id = places.count + 1
        places.append(PlaceRecord(id: id, entry: entry, claimIDs: []))
        placeClaims.append(claim.map { [$0] } ?? [])
        placeIDs[key] = id
        return id
    }

    private mutating func actorID(for key: String, claim: Int?) -> Int? {
        if let id = actorIDs[key] {
            if let claim, actorClaims[id - 1].last != claim { actorClaims[id - 1].append(claim) }
            return id
        }
        guard let entry = catalog.actor(forKey: key) else { return nil }
        let id = actors.count + 1
        actors.append(ActorRecord(id: id, entry: entry, partOf: nil, claimIDs: []))
        actorClaims.append(claim.map { [$0] } ?? [])
        actorIDs[key] = id
        return id
    }

    private mutating func personID(for key: String, claim: Int?) -> Int? {
        if let id = personIDs[key] {
            if let claim, personClaims[id - 1].last != claim { personClaims[id - 1].append(claim) }
            return id
        }
        guard let entry = catalog.person(forKey: key) else { return nil }
        let id = people.count + 1
        people.append(PersonRecord(id: id, entry: entry, claimIDs: []))
        personClaims.append(claim.map { [$0] } ?? [])
        personIDs[key] = id
        return id
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each kept only the first time it appears.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
