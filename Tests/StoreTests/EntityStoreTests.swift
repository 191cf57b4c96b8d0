import XCTest
import ClaimCorpus
import ClaimExtraction
@testable import ClaimStore

/// A tiny catalog so store tests do not depend on the real gazetteer.
struct TestCatalog: EntityCatalog {
    let places: [String: PlaceEntry] = [
        "gn:1": PlaceEntry(key: "gn:1", name: "Deir ez-Zor", aliases: ["Deir Ezzor", "Dayr az Zawr"], kind: "city",
                           country: "Syria", admin1: "Deir ez-Zor", lat: 35.33, lon: 40.14, population: 242_565),
        "gn:2": PlaceEntry(key: "gn:2", name: "Mosul", aliases: ["Al Mawsil"], kind: "city",
                           country: "Iraq", admin1: "Nineveh", lat: 36.34, lon: 43.13, population: 1_739_800),
    ]
    let actors: [String: ActorEntry] = [
        "isis": ActorEntry(key: "isis", name: "ISIS", aliases: ["Islamic State", "Daesh"], kind: "jihadist group", country: nil, partOf: nil),
        "saa": ActorEntry(key: "saa", name: "Syrian Army", aliases: ["SAA"], kind: "armed force", country: "Syria", partOf: nil),
        "tiger": ActorEntry(key: "tiger", name: "Tiger Forces", aliases: [], kind: "armed force", country: "Syria", partOf: "saa"),
    ]
    func place(forKey key: String) -> PlaceEntry? { places[key] }
    func actor(forKey key: String) -> ActorEntry? { actors[key] }
    func person(forKey key: String) -> PersonEntry? { nil }
}

func makeDocuments() -> [ExtractedDocument] {
    let first = Article(file: "one.txt", title: "One", outlet: "Wire", published: CalendarDate(year: 2017, month: 11, day: 3),
                        dateBasis: .metadata, paragraphs: [])
    let second = Article(file: "two.txt", title: "Two", paragraphs: [])
    return [
        ExtractedDocument(article: first, claims: [
            ExtractedClaim(text: "Tiger Forces took Deir Ezzor.", paragraph: 1, sentence: 1, placeKeys: ["gn:1"],
                           actorKeys: ["tiger", "isis"], years: [2017], year: 2017, yearBasis: .publication, type: .capture),
            ExtractedClaim(text: "ISIS held Mosul in 2014.", paragraph: 1, sentence: 2, placeKeys: ["gn:2"], actorKeys: ["isis"],
                           years: [2014], year: 2014, yearBasis: .explicit, type: .other,
                           figures: [ExtractedFigure(low: 8000, high: 11000, unit: "fighters", actorKey: "isis", text: "8,000 to 11,000 fighters")]),
        ]),
        ExtractedDocument(article: second, claims: [
            ExtractedClaim(text: "The siege of Dayr az Zawr went on.", paragraph: 1, sentence: 1, placeKeys: ["gn:1", "gn:404"],
                           years: [2016, 2017], year: 2017, yearBasis: .explicit, type: .siege),
        ]),
    ]
}

final class EntityStoreTests: XCTestCase {
    let store = EntityStore.build(documents: makeDocuments(), catalog: TestCatalog())

    func testIdsFollowDocumentOrderAndFirstMention() {
        XCTAssertEqual(store.count(.documents), 2)
        XCTAssertEqual(store.count(.claims), 3)
        XCTAssertEqual(store.places.map(\.entry.name), ["Deir ez-Zor", "Mosul"])
        XCTAssertEqual(store.actors.map(\.entry.name), ["Tiger Forces", "ISIS", "Syrian Army"])
        XCTAssertEqual(store.claims[2].doc, 2)
        XCTAssertEqual(store.places[0].claimIDs, [1, 3])
    }

    func testSameCorpusGivesSameIds() {
        let again = EntityStore.build(documents: makeDocuments(), catalog: TestCatalog())
        XCTAssertEqual(again.places.map(\.entry.key), store.places.map(\.entry.key))
        XCTAssertEqual(again.actors.map(\.entry.key), store.actors.map(\.entry.key))
    }

    func testUnknownKeysAreDropped() {
        XCTAssertEqual(store.claims[2].places, [1])
    }

    func testPartOfResolvesEvenWhenTheParentIsNeverMentioned() {
        let tiger = store.actors[0]
        XCTAssertEqual(tiger.partOf.map { store.name(.actors, id: $0) }, "Syrian Army")
        XCTAssertEqual(store.values(.actors, id: 1, field: "part_of").map(store.display), [.string("Syrian Army")])
    }

    func testResolveThroughAliasesCaseAndTransliteration() {
        XCTAssertEqual(store.resolve(.places, name: "deir ezzor"), [1])
        XCTAssertEqual(store.resolve(.places, name: "DAYR AZ ZAWR"), [1])
        XCTAssertEqual(store.resolve(.actors, name: "daesh"), [2])
        XCTAssertEqual(store.resolve(.places, name: "Raqqa"), [])
    }

    func testAWorldPlaceIsResolvedByItsSpellingsOnly() {
        // Sochi and the Syrian village As Sūsah share a transliteration key; only the region's places answer to it.
        let article = Article(file: "w.txt", title: "W", paragraphs: [])
        let claims = [
            ExtractedClaim(text: "Talks in Sochi.", paragraph: 1, sentence: 1, placeKeys: ["gn:491422"], years: [2018], year: 2018,
                           yearBasis: .explicit, type: .other),
            ExtractedClaim(text: "Fighting in As Susah.", paragraph: 1, sentence: 2, placeKeys: ["gn:172415"], years: [2018],
                           year: 2018, yearBasis: .explicit, type: .other),
        ]
        let world = EntityStore.build(documents: [ExtractedDocument(article: article, claims: claims)], catalog: StandardCatalog.shared)
        let sochi = world.resolve(.places, name: "Sochi")
        XCTAssertEqual(sochi.map { world.name(.places, id: $0) }, ["Sochi"])
        XCTAssertEqual(world.resolve(.places, name: "Susah").map { world.name(.places, id: $0) }, ["As Sūsah"])
        XCTAssertEqual(world.resolve(.places, name: "Sousa").map { world.name(.places, id: $0) }, ["As Sūsah"], "a regional spelling by key")
    }

    func testNearestNamesForDidYouMean() {
        XCTAssertEqual(store.nearestNames(.places, to: "Deir Ezor").first, "Deir ez-Zor")
        XCTAssertEqual(store.nearestNames(.places, to: "Mosl").first, "Mosul")
    }

    func testPostingListsAndCounts() {
        XCTAssertEqual(store.postings(.claims, field: "places", value: .ref(.places, 1)), [1, 3])
        XCTAssertEqual(store.postings(.claims, field: "years", value: .int(2017)), [1, 3])
        XCTAssertEqual(store.postings(.claims, field: "type", value: .string("siege")), [3])
        XCTAssertNil(store.postings(.claims, field: "text", value: .string("x")))
        let counts = store.valueCounts(.claims, field: "year") ?? []
        XCTAssertEqual(counts.first?.0, .int(2017))
        XCTAssertEqual(counts.first?.1, 2)
    }

    func testOwnIDsNeedNoPostingList() {
        XCTAssertNil(store.postingLists(.claims, field: "id"))
        XCTAssertEqual(store.postings(.claims, field: "id", value: .ref(.claims, 2)), [2])
        XCTAssertEqual(store.postings(.claims, field: "id", value: .ref(.claims, store.claimCount + 1)), [])
        XCTAssertEqual(store.postings(.claims, field: "id", value: .ref(.documents, 1)), [])
        XCTAssertEqual(store.recordIDs(.places, among: [.ref(.places, 2), .ref(.places, 1), .ref(.places, 2), .int(1)]), [1, 2])
    }

    func testTokenIndex() {
        XCTAssertEqual(store.textPostings(word: "Siege"), [3])
        XCTAssertEqual(store.textPostings(word: "isis"), [2])
    }

    func testFieldValuesAndDisplay() {
        XCTAssertEqual(store.values(.claims, id: 2, field: "doc").map(store.display), [.string("d1")])
        XCTAssertEqual(store.values(.claims, id: 1, field: "year"), [.int(2017)])
        XCTAssertEqual(store.values(.documents, id: 2, field: "published"), [])
        XCTAssertEqual(store.values(.documents, id: 1, field: "published_precision"), [.string("day")])
        XCTAssertEqual(store.values(.figures, id: 1, field: "low"), [.int(8000)])
        XCTAssertEqual(store.values(.figures, id: 1, field: "actor").map(store.display), [.string("ISIS")])
        XCTAssertEqual(store.values(.places, id: 1, field: "claims"), [.int(2)])
    }

    func testCompletionValuesIncludeAliases() {
        let values = store.completionValues(kind: .claims, field: "place")
        XCTAssertTrue(values.contains("Deir ez-Zor"))
        XCTAssertTrue(values.contains("Dayr az Zawr"))
        XCTAssertEqual(store.completionValues(kind: .claims, field: "modality").first, "asserted")
    }

    func testSchemaLookupIsCaseInsensitiveWithAliases() {
        XCTAssertEqual(store.schema.kind(named: "Claims"), .claims)
        XCTAssertEqual(store.schema.kind(named: "person"), .people)
        XCTAssertEqual(store.schema[.claims].field(named: "PLACE")?.name, "places")
        XCTAssertNil(store.schema[.claims].field(named: "plac"))
    }

    func testParseID() {
        XCTAssertTrue(EntityKind.parseID("c17")! == (.claims, 17))
        XCTAssertNil(EntityKind.parseID("q1"))
        XCTAssertNil(EntityKind.parseID("c0"))
    }
}

final class SeenSpellingTests: XCTestCase {
    func testArticleSpellingsSharingTheKeyBecomeAliases() {
        let article = Article(file: "x.txt", title: "X", paragraphs: [])
        let evidence = [
            Evidence(field: "places", matched: "Deir Ez Zor", range: 0..<11, rule: "translit key", value: "Deir ez-Zor"),
            Evidence(field: "places", matched: "eastern Deir Ezzor desert", range: 0..<25, rule: "direction", value: "Deir ez-Zor"),
        ]
        let claim = ExtractedClaim(text: "Deir Ezzor held.", paragraph: 1, sentence: 1, placeKeys: ["gn:1"], evidence: evidence)
        let store = EntityStore.build(documents: [ExtractedDocument(article: article, claims: [claim])], catalog: TestCatalog())
        XCTAssertEqual(store.places[0].seenSpellings, ["Deir Ez Zor"], "only true spelling variants are kept")
        XCTAssertEqual(store.resolveExactly(.places, name: "deir ez zor"), [1])
        XCTAssertEqual(store.resolveExactly(.places, name: "Dair Zor"), [])
    }
}
