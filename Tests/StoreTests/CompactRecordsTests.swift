import XCTest
import ClaimCorpus
import ClaimExtraction
@testable import ClaimStore

/// The packed forms the store keeps (evidence, id lists, shared supported-by lists) must read back exactly what
/// was put in, and a store continued with more documents must equal one built from all of them at once.
final class CompactRecordsTests: XCTestCase {
    func testEvidenceListReadsBackEveryItem() {
        let items = [
            Evidence(field: "places", matched: "Dayr az Zawr", range: 13..<25, rule: "alias 'Dayr az Zawr' (GeoNames)", value: "Deir ez-Zor"),
            Evidence(field: "years", matched: "", range: nil, rule: "no time expression: reference year", value: "2017"),
            Evidence(field: "places", matched: "Dayr az Zawr", range: 40..<52, rule: "alias 'Dayr az Zawr' (GeoNames)", value: "Deir ez-Zor"),
            Evidence(field: "type", matched: "pris", range: 0..<4, rule: "verbe « prendre »", value: "capture"),
        ]
        let table = EvidenceTable()
        let list = EvidenceList(items, table: table)
        XCTAssertEqual(Array(list), items)
        XCTAssertEqual(list.filter { $0.field == "places" }.count, 2)
        XCTAssertTrue(EvidenceList([], table: table).isEmpty)
        XCTAssertEqual(table.strings.count, Set(items.flatMap { [$0.field, $0.matched, $0.rule, $0.value] }).count,
                       "each distinct string is stored once")
        XCTAssertEqual(table.tuples.count, 3, "the repeated place item is stored once, with two ranges")
    }

    func testEvidenceRangesPastSixteenBitsAndRunsSharingATableReadBack() {
        let table = EvidenceTable()
        let wide = [
            Evidence(field: "places", matched: "Raqqa", range: 70_000..<70_005, rule: "name", value: "Raqqa"),
            Evidence(field: "places", matched: "Raqqa", range: 12..<70_012, rule: "name", value: "Raqqa"),
            Evidence(field: "years", matched: "", range: nil, rule: "reference year", value: "2017"),
            Evidence(field: "places", matched: "Raqqa", range: 65_534..<65_535, rule: "name", value: "Raqqa"),
            Evidence(field: "places", matched: "Raqqa", range: 0..<0, rule: "name", value: "Raqqa"),
        ]
        let narrow = [Evidence(field: "places", matched: "Raqqa", range: 3..<8, rule: "name", value: "Raqqa")]
        let first = EvidenceList(wide, table: table)
        let second = EvidenceList(narrow, table: table)
        XCTAssertEqual(Array(first), wide)
        XCTAssertEqual(Array(second), narrow)
        XCTAssertEqual(table.items.count, wide.count + narrow.count, "both runs are in one buffer")
    }

    func testPackedListsKeepEachListApart() {
        let lists = [[3, 1, 2], [], [7], [2016, 2017], [9, 10], [2017], []]
        let packed = PackedLists(lists)
        XCTAssertEqual((0..<7).map { Array(packed.list($0)) }, lists)
        XCTAssertEqual(packed.list(3), [2016, 2017])
        let empty = PackedLists([[], [], [], [], [], [], []])
        XCTAssertTrue((0..<7).allSatisfy { empty.list($0).isEmpty })
        let wide = PackedLists([[1], [Int.max], [], [Int.min], [], [], [5]])
        XCTAssertEqual((0..<7).map { Array(wide.list($0)) }, [[1], [Int.max], [], [Int.min], [], [], [5]],
                       "numbers past 32 bits are kept whole")
    }

    func testClaimReadsBackItsYearAndDate() {
        let table = EvidenceTable()
        for date in [CalendarDate(year: 2017, month: 10, day: 17), CalendarDate(year: 2016, month: 3), CalendarDate(year: 2015), nil] {
            let claim = ClaimRecord(id: 3, doc: 2, text: "t", paragraph: 4, sentence: 5, places: [1], actors: [], people: [],
                                    years: [2015, 2016], year: date?.year, date: date, yearBasis: .explicit, type: .capture,
                                    figures: [], source: "author", modality: .asserted, evidence: EvidenceList([], table: table))
            XCTAssertEqual(claim.date, date)
            XCTAssertEqual(claim.year, date?.year)
            XCTAssertEqual([claim.id, claim.doc, claim.paragraph, claim.sentence], [3, 2, 4, 5])
            XCTAssertEqual(claim.years, [2015, 2016])
        }
    }

    func testSupportedByMatchesAPlainRecount() {
        // More documents than `maxListed` state the same capture, so lists are cut and shared; some state it twice.
        let documents = (1...(Corroboration.maxListed + 8)).map { number -> ExtractedDocument in
            let article = Article(file: "doc\(number).txt", title: "Doc \(number)", paragraphs: [])
            var claims = [ExtractedClaim(text: "Tiger Forces took Deir Ezzor.", paragraph: 1, sentence: 1, placeKeys: ["gn:1"],
                                         actorKeys: ["tiger"], years: [2017], year: 2017, yearBasis: .explicit, type: .capture)]
            if number % 7 == 0 {
                claims.insert(ExtractedClaim(text: "ISIS lost Deir ez-Zor to the army.", paragraph: 1, sentence: 1, placeKeys: ["gn:1"],
                                             actorKeys: ["isis", "tiger"], years: [2017], year: 2017, yearBasis: .explicit,
                                             type: .capture), at: 0)
            }
            if number % 5 == 0 {
                claims.append(ExtractedClaim(text: "ISIS held Mosul.", paragraph: 1, sentence: 2, placeKeys: ["gn:2"],
                                             actorKeys: ["isis"], type: .capture))
            }
            return ExtractedDocument(article: article, claims: claims)
        }
        let store = EntityStore.build(documents: documents, catalog: TestCatalog())
        let keys = store.claims.map { Set(Corroboration.keys(of: $0)) }
        for claim in store.claims {
            var firstByDoc: [Int: Int] = [:]
            for other in store.claims where other.doc != claim.doc && !keys[other.id - 1].isDisjoint(with: keys[claim.id - 1]) {
                firstByDoc[other.doc] = min(firstByDoc[other.doc] ?? Int.max, other.id)
            }
            let expected = firstByDoc.values.sorted()
            XCTAssertEqual(claim.support, expected.count, "c\(claim.id)")
            XCTAssertEqual(Array(claim.supportedBy), Array(expected.prefix(Corroboration.maxListed)), "c\(claim.id)")
        }
        XCTAssertTrue(store.claims.contains { $0.supportedBy.count == Corroboration.maxListed }, "some lists are cut")
    }

    func testStoreContinuedWithMoreDocumentsEqualsOneBuild() {
        var documents = makeDocuments()
        let article = Article(file: "three.txt", title: "Three", paragraphs: [
            Paragraph(index: 1, text: "ISIS left Mosul. Dayr az Zawr fell.", isListItem: false, sentences: [
                Sentence(text: "ISIS left Mosul.", paragraph: 1, index: 1), Sentence(text: "Dayr az Zawr fell.", paragraph: 1, index: 2),
            ]),
        ])
        documents.append(ExtractedDocument(article: article, claims: [
            ExtractedClaim(text: "ISIS left Mosul.", paragraph: 1, sentence: 1, placeKeys: ["gn:2"], actorKeys: ["saa", "isis"],
                           type: .withdrawal),
            ExtractedClaim(text: "Dayr az Zawr fell.", paragraph: 1, sentence: 2, placeKeys: ["gn:1"], actorKeys: ["tiger"],
                           years: [2017], year: 2017, yearBasis: .explicit, type: .capture,
                           evidence: [Evidence(field: "places", matched: "Dayr az Zawr", range: 0..<12, rule: "alias", value: "Deir ez-Zor")]),
        ]))
        let whole = EntityStore.build(documents: documents, catalog: TestCatalog())
        let first = EntityStore.build(documents: Array(documents.prefix(2)), catalog: TestCatalog())
        var builder = StoreBuilder(catalog: TestCatalog(), continuing: first)
        builder.add(documents[2])
        builder.finish()
        let continued = EntityStore(builder: builder)
        for kind in EntityKind.allCases {
            XCTAssertEqual(continued.count(kind), whole.count(kind), "\(kind)")
            for id in stride(from: 1, through: whole.count(kind), by: 1) {
                for field in whole.schema[kind].fields {
                    XCTAssertEqual(continued.values(kind, id: id, field: field.name), whole.values(kind, id: id, field: field.name),
                                   "\(kind) \(id) \(field.name)")
                }
            }
        }
        XCTAssertEqual(continued.aliases(.places, id: 1), whole.aliases(.places, id: 1))
        XCTAssertEqual(Array(continued.claims[4].evidence), Array(whole.claims[4].evidence))
        XCTAssertEqual(continued.documents[2].sentences(inParagraph: 1).map(\.text), ["ISIS left Mosul.", "Dayr az Zawr fell."])
        XCTAssertEqual(continued.textSize, whole.textSize)
    }
}

final class CompactConflictTests: XCTestCase {
    func testConflictReadsBackWhatItWasGiven() {
        let cases: [(places: [Int], actors: [Int], gap: Double?)] = [
            ([], [], nil), ([4], [], 2.5), ([], [7], 0), ([4], [7], 11), ([1, 2], [7], 3), ([3], [5, 6, 8], nil),
        ]
        for (places, actors, gap) in cases {
            var record = ConflictRecord(id: 0, subject: "fighters in Raqqa", claimA: 3, claimB: 9, docA: 1, docB: 2,
                                        valueA: "about 300 fighters", valueB: "2,000 fighters", gap: gap, places: places, actors: actors)
            record.id = 12
            XCTAssertEqual(Array(record.places), places)
            XCTAssertEqual(Array(record.actors), actors)
            XCTAssertEqual(record.gap, gap)
            XCTAssertEqual([record.id, record.claimA, record.claimB, record.docA, record.docB], [12, 3, 9, 1, 2])
            XCTAssertEqual([record.subject, record.valueA, record.valueB], ["fighters in Raqqa", "about 300 fighters", "2,000 fighters"])
        }
    }
}
