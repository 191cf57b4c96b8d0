import XCTest
import ClaimCorpus
import ClaimDiagnostics
import ClaimExtraction
import ClaimStore
@testable import ClaimQuery

/// `timeline [SOURCE] [where …] [limit N]`: parsing, checking, and date order on the hand-built store of TestStore.
final class TimelineTests: XCTestCase {
    var engine: QueryEngine!

    override func setUp() {
        engine = QueryEngine(store: TestStore.make())
    }

    private func tree(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let result = Parser.parse(text)
        XCTAssertNil(result.error, "\(text): \(result.error?.message ?? "")", file: file, line: line)
        return result.statement.map(SyntaxPrinter.tree(of:)) ?? ""
    }

    /// The timeline's rows as (id, date, precision), in the order returned.
    private func events(_ statement: String, file: StaticString = #filePath, line: UInt = #line) -> [[String]] {
        let outcome = engine.execute(statement)
        XCTAssertFalse(outcome.hasErrors, "\(statement): \(outcome.diagnostics.map(\.message))", file: file, line: line)
        guard case .timeline(let set)? = outcome.result else {
            XCTFail("no timeline for \(statement)", file: file, line: line)
            return []
        }
        XCTAssertEqual(set.columns.map(\.name), ["id", "date", "date_precision", "type", "text", "doc"], file: file, line: line)
        return set.rows.map { row in [row[0], row[1], row[2]].map { $0.first?.description ?? "" } }
    }

    func testTimelineParsesWithAnImplicitOrAWrittenSourceAndPrintsCanonically() {
        XCTAssertEqual(tree(#"timeline where place = "Raqqa" limit 3"#), """
            timeline
              source claims
              where
                predicate place = "Raqqa"
              limit 3
            """)
        XCTAssertEqual(tree("timeline"), "timeline\n  source claims")
        XCTAssertEqual(tree("TIMELINE recent limit 2 where year = 2017"), """
            timeline
              source recent
              where
                predicate year = 2017
              limit 2
            """)
        let statement = Parser.parse(#"timeline limit 2 where place = "Raqqa""#).statement
        XCTAssertEqual(statement.map(SyntaxPrinter.text(of:)), #"timeline claims where place = "Raqqa" limit 2"#)
        XCTAssertFalse(QueryEngine.needsContinuation("timeline"))
        XCTAssertTrue(QueryEngine.needsContinuation("timeline where"))
        XCTAssertTrue(QueryEngine.keywords.contains("timeline"))
    }

    func testTimelineRefusesOtherClausesAMissingWhereAndOtherKinds() {
        let cases: [(String, String, SourceRange)] = [
            ("timeline where year = 2017 order by id", "query.trailing-text", SourceRange(start: 27, end: 32)),
            (#"timeline place = "Raqqa""#, "query.expected", SourceRange(start: 9, end: 14)),
            ("timeline limit 1 limit 2", "query.duplicate-clause", SourceRange(start: 17, end: 22)),
            ("timeline places", "query.timeline-needs-claims", SourceRange(start: 9, end: 15)),
            ("let timeline = claims", "query.reserved-name", SourceRange(start: 4, end: 12)),
        ]
        for (text, id, range) in cases {
            let diagnostics = engine.execute(text).diagnostics
            XCTAssertEqual(diagnostics.first?.id.description, id, text)
            XCTAssertEqual(diagnostics.first?.range, range, text)
        }
        XCTAssertEqual(engine.execute("timeline where year = 2017 order by id").diagnostics.first?.message,
                       "unexpected 'order' after the query; expected 'where', 'limit' or the end of the statement")
    }

    func testDatedClaimsComeInDateOrderCoarseBeforeFineThenUndated() {
        // TestStore: c1 2017-09, c4 2017-07 (dates); c2, c5 explicit 2014; c3, c6 explicit 2017; c7 no year.
        XCTAssertEqual(events("timeline"), [
            ["c2", "2014", "year"], ["c5", "2014", "year"], ["c3", "2017", "year"], ["c6", "2017", "year"],
            ["c4", "2017-07", "month"], ["c1", "2017-09", "month"], ["c7", "", ""],
        ])
        XCTAssertEqual(events(#"timeline where place = "Deir al-Zour""#).map { $0[0] }, ["c2", "c1"])
        XCTAssertEqual(events("timeline where year = 2017 limit 2").map { $0[0] }, ["c3", "c6"])
    }

    func testTimelineOfASavedResultKeepsOnlyItsClaims() {
        _ = engine.execute(#"let isis = claims where actor = "ISIS""#)
        XCTAssertEqual(events("timeline isis").map { $0[0] }, ["c2", "c5", "c4"])
        XCTAssertEqual(engine.execute("timeline isis where year = 2016").notes.count, 1, "an empty timeline explains itself")
    }

    func testUndatedClaimsFollowTheirDocumentsPublicationOrder() throws {
        // Claims whose year is only the publication's are undated; their documents were published in the order
        // second (2016), first (2017-06) — the reverse of id order.
        let documents = [
            ExtractedDocument(article: TestStore.article("a.txt", "A", outlet: nil, published: CalendarDate(year: 2017, month: 6),
                                                         ["Raqqa is quiet."]),
                              claims: [TestStore.claim("Raqqa is quiet.", 1, places: ["raqqa"])]),
            ExtractedDocument(article: TestStore.article("b.txt", "B", outlet: nil, published: CalendarDate(year: 2016),
                                                         ["Mosul is tense.", "Raqqa fell in 2014."]),
                              claims: [TestStore.claim("Mosul is tense.", 1, places: ["mosul"]),
                                       TestStore.claim("Raqqa fell in 2014.", 2, places: ["raqqa"], years: [2014], year: 2014,
                                                       type: .capture)]),
        ]
        engine = QueryEngine(store: EntityStore.build(documents: documents, catalog: TestCatalog()))
        XCTAssertEqual(events("timeline"), [["c3", "2014", "year"], ["c2", "", ""], ["c1", "", ""]])
    }

    func testExplainShowsTheTimelineStatementAndItsPlan() throws {
        guard case .text(let text)? = engine.explain(#"timeline where place = "Raqqa""#).result else { return XCTFail("no explain") }
        XCTAssertTrue(text.contains(#"statement: timeline claims where place = "Raqqa""#), text)
        XCTAssertTrue(text.contains("syntax tree:\n  timeline\n    source claims"), text)
        XCTAssertTrue(text.contains("result: timeline of 1 claim, 1 dated and 0 undated shown"), text)
    }
}
