import XCTest
import ClaimCorpus
import ClaimExtraction
import ClaimStore
@testable import ClaimQuery

/// The shortcuts of issue 6 — the date order walk, whole-word token matches, the ASCII substring test, unlisted
/// "every record" rows — must give exactly what the plain way gives, on a store built from text written here.
final class IndexPathTests: XCTestCase {
    /// Claims with dates at day, month and year precision, many of them equal, some undated.
    private func datedStore(random: inout SeededRandom, claims: Int = 120) -> EntityStore {
        var texts: [String] = []
        var extracted: [ExtractedClaim] = []
        let words = ["Besieged", "siege", "heavy fighting", "the army", "Café", "naïve", "al-Bab", "don’t", "K\u{212A}", "Straße"]
        for index in 0..<claims {
            let text = (0..<Int.random(in: 1...4, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") + "."
            texts.append(text)
            let year = Int.random(in: 2014...2016, using: &random)
            let date: CalendarDate?
            switch Int.random(in: 0..<4, using: &random) {
            case 0: date = nil
            case 1: date = CalendarDate(year: year)
            case 2: date = CalendarDate(year: year, month: Int.random(in: 1...2, using: &random))
            default: date = CalendarDate(year: year, month: Int.random(in: 1...2, using: &random), day: Int.random(in: 1...2, using: &random))
            }
            extracted.append(TestStore.claim(text, index + 1, year: date?.year, date: date))
        }
        let article = TestStore.article("dated.txt", "Dated", outlet: nil, published: CalendarDate(year: 2016), texts)
        return EntityStore.build(documents: [ExtractedDocument(article: article, claims: extracted)], catalog: TestCatalog())
    }

    private func datePath(_ store: EntityStore) throws -> BoundPath {
        BoundPath(steps: [BoundStep(kind: .claims, field: try XCTUnwrap(store.schema[.claims].field(named: "date")))])
    }

    func testDateOrderWalkEqualsAFullSort() throws {
        var random = SeededRandom(seed: 11)
        let store = datedStore(random: &random)
        let builder = ResultBuilder(store: store, kind: .claims)
        let path = try datePath(store)
        let total = store.count(.claims)
        var walked = 0
        for _ in 0..<150 {
            // From every claim down to an eighth of them, where the walk still serves.
            let share = [1.0, 0.9, 0.5, 0.2, 0.125].randomElement(using: &random)!
            let ids = (1...total).filter { _ in share == 1 || Double.random(in: 0..<1, using: &random) < share }
            let descending = Bool.random(using: &random)
            let first: Int? = Bool.random(using: &random) ? Int.random(in: 0...(total + 5), using: &random) : nil
            let order = [BoundOrder(path: path, descending: descending)]
            let expected = builder.sortedByKeys(ids, order, first: first)
            let (got, byDateOrder) = builder.ordered(ids, by: order, first: first)
            XCTAssertEqual(got, expected, "descending \(descending) first \(String(describing: first)) of \(ids.count)")
            if byDateOrder { walked += 1 }
            if ids.count == total, let everything = builder.orderedEveryRecord(by: order, first: first) {
                XCTAssertEqual(everything, expected)
            }
        }
        XCTAssertGreaterThan(walked, 100, "the walk should serve most of these")
    }

    func testOrderByDateThroughTheEngineAgreesWithTheSortedRows() throws {
        var random = SeededRandom(seed: 12)
        let store = datedStore(random: &random, claims: 60)
        let engine = QueryEngine(store: store)
        let cases: [(filter: String, descending: Bool, limit: Int?, offset: Int)] = [
            ("", true, 7, 0), ("", false, 9, 3), ("where year >= 2015", true, 5, 0), ("", true, nil, 0), ("where year = 2014", false, 4, 1),
        ]
        for (filter, descending, limit, offset) in cases {
            var statement = "claims \(filter) order by date\(descending ? " desc" : "")"
            if let limit { statement += " limit \(limit) offset \(offset)" }
            guard case .rows(let set)? = engine.execute(statement + " select id, date").result,
                  case .rows(let unordered)? = engine.execute("claims \(filter) select id").result else { return XCTFail(statement) }
            let shown = set.rows.map { $0[0].first?.description ?? "" }
            // The oracle: the same claims sorted here by reading each claim's date.
            let ids = unordered.rows.compactMap { Int($0[0].first!.description.dropFirst()) }
            let sorted = ids.sorted { a, b in
                switch (store.claims[a - 1].date, store.claims[b - 1].date) {
                case (nil, nil): return a < b
                case (nil, _): return false
                case (_, nil): return true
                case let (x?, y?): return x == y ? a < b : (descending ? y < x : x < y)
                }
            }
            XCTAssertEqual(shown, sorted.dropFirst(offset).prefix(limit ?? sorted.count).map { "c\($0)" }, statement)
            XCTAssertEqual(set.totalBeforeLimit, ids.count, statement)
        }
        let explained = engine.explain("claims order by date desc limit 3")
        guard case .text(let text)? = explained.result else { return XCTFail("no explain text") }
        XCTAssertTrue(text.contains("date order index, walked from the latest date, stopped after 3 rows"), text)
    }

    func testWholeWordContainsAgreesWithFoundation() throws {
        var random = SeededRandom(seed: 13)
        let store = datedStore(random: &random)
        let engine = QueryEngine(store: store)
        for needle in ["besieged", "SIEGE", "siege", "heavy", "heavy fighting", "army", "al-Bab", "don", "don’t", "café", "cafe",
                       "naive", "k", "strasse", "straße", "e", "t", "bab", "Besieged siege"] {
            for form in ["contains", "starts with", "not contains"] {
                let statement = "claims where text \(form) \"\(needle)\" select id"
                guard case .rows(let set)? = engine.execute(statement).result else { return XCTFail(statement) }
                let got = set.rows.map { $0[0].first!.description }
                var options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
                if form == "starts with" { options.insert(.anchored) }
                let expected = store.claims.filter { claim in
                    (claim.text.range(of: needle, options: options) != nil) != (form == "not contains")
                }.map { "c\($0.id)" }
                XCTAssertEqual(got, expected, statement)
            }
        }
    }

    func testWholeWordNeedleSkipsTheCheckOnlyForASCIITexts() throws {
        var random = SeededRandom(seed: 14)
        let store = datedStore(random: &random)
        for (needle, exact) in [("besieged", true), ("al-Bab", true), ("heavy fighting", false), ("siege ", false), ("café", false), ("al-", false)] {
            let text = "claims where text contains \"\(needle)\""
            var checker = Checker(store: store, saved: [:], source: text)
            let filter = try XCTUnwrap(try checker.bind(XCTUnwrap(Parser.parse(text).statement)).query.filter)
            guard case .prefilteredScan(_, _, _, let isExact) = Planner(store: store, kind: .claims).plan(filter) else {
                return XCTFail("expected a prefiltered scan for \(needle)")
            }
            XCTAssertEqual(isExact, exact, needle)
        }
        let explained = QueryEngine(store: store).explain(#"claims where text contains "besieged""#)
        guard case .text(let plan)? = explained.result else { return XCTFail("no explain text") }
        XCTAssertTrue(plan.contains("whole-word token match: plain-ASCII candidates kept unchecked"), plan)
    }

    func testASCIISearchNeverContradictsFoundation() {
        var random = SeededRandom(seed: 15)
        let alphabet: [String] = ["a", "B", "c", "S", "s", "k", "K", " ", "-", "^", "`", "~", "'", "\r\n", "\n", "é", "e\u{301}", "ß",
                                  "\u{212A}", "’", "İ", "ı", "ﬁ", "fi", "\u{600}", "1", "Ａ"]
        var decided = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            for anchored in [false, true] {
                var options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
                if anchored { options.insert(.anchored) }
                let foundation = text.range(of: needle, options: options) != nil
                if let fast = ASCIISearch.find(needle, in: text, anchored: anchored) {
                    decided += 1
                    XCTAssertEqual(fast, foundation, "\(needle.debugDescription) in \(text.debugDescription) anchored \(anchored)")
                }
            }
        }
        XCTAssertGreaterThan(decided, 300)
    }

    func testEveryRecordRowsActAsTheListedRows() {
        var random = SeededRandom(seed: 16)
        for _ in 0..<200 {
            let count = Int.random(in: 0...40, using: &random)
            let other = Set((0..<Int.random(in: 0...30, using: &random)).map { _ in Int.random(in: 1...45, using: &random) }).sorted()
            let all = Evaluator.Rows.all(count), listed = Evaluator.Rows.list(Array(stride(from: 1, through: count, by: 1)))
            XCTAssertEqual(all.ids, listed.ids)
            XCTAssertEqual(all.intersect(other), listed.intersect(other), "\(count) \(other)")
            XCTAssertEqual(all.subtract(other), listed.subtract(other), "\(count) \(other)")
        }
    }

    func testLazyRowsEqualBuiltRowsAndOutliveTheEngine() throws {
        var random = SeededRandom(seed: 18)
        var engine: QueryEngine? = QueryEngine(store: datedStore(random: &random, claims: 40))
        guard case .rows(let set)? = engine?.execute("claims where year >= 2015 select id, date, text, places").result else {
            return XCTFail("expected rows")
        }
        let built: [[Cell]]
        do {
            let store = try XCTUnwrap(engine?.store)
            let ids = set.rows.map { Int($0[0][0].description.dropFirst())! }
            let paths = try ["id", "date", "text", "places"].map { name in
                BoundPath(steps: [BoundStep(kind: .claims, field: try XCTUnwrap(store.schema[.claims].field(named: name)))])
            }
            built = ResultBuilder(store: store, kind: .claims).rows(ids, columns: paths)
        }
        XCTAssertFalse(built.isEmpty)
        XCTAssertEqual(set.rows.map { Array($0) }, built)
        XCTAssertEqual(set.rows, ResultRows(built))
        XCTAssertNotEqual(set.rows, ResultRows(Array(built.dropLast())))
        // The rows read the store when read, so they keep it alive after the engine is gone.
        weak let weakStore = engine?.store
        engine = nil
        XCTAssertNotNil(weakStore)
        XCTAssertEqual(set.rows.map { Array($0) }, built)
    }

    func testRowsWriteIdsAsTheStoreShowsThem() throws {
        var random = SeededRandom(seed: 17)
        let store = datedStore(random: &random, claims: 30)
        let builder = ResultBuilder(store: store, kind: .claims)
        let id = BoundPath(steps: [BoundStep(kind: .claims, field: try XCTUnwrap(store.schema[.claims].field(named: "id")))])
        let rows = builder.rows(Array(1...30), columns: [id, try datePath(store), id])
        for (index, row) in rows.enumerated() {
            XCTAssertEqual(row[0], [.string("c\(index + 1)")])
            XCTAssertEqual(row[2], [store.display(.ref(.claims, index + 1))])
            XCTAssertEqual(row[1], store.claims[index].date.map { [.date($0)] } ?? [])
        }
        for number in [0, 7, 10, 99, 100, 123_456_789, Int.max] {
            XCTAssertEqual(IDText.make("c", number), "c" + String(number))
            XCTAssertEqual(IDText.make("doc", number), "doc" + String(number))
        }
    }
}
