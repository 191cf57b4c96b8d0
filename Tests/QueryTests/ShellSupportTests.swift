import XCTest
@testable import ClaimQuery

/// What the shell relies on: continuation, keywords, `.explain`.
final class ShellSupportTests: XCTestCase {
    func testContinuationIsNeededForUnfinishedStatements() {
        let unfinished = [
            #"claims where place = "Deir"#, "claims where (year = 2017", "claims where year =", "claims where year = 2017 and",
            "claims where", "claims where year = 2017 or", "claims where not", "claims order by", "claims select id,",
            "claims where year = 2017 \\", "let x =", "claims where year in (2014,", "count", "claims where place.",
            "claims; claims where",
        ]
        for text in unfinished { XCTAssertTrue(QueryEngine.needsContinuation(text), text) }
        let complete = [
            "", "claims", "claims where year = 2017", #"claims where place = "Raqqa""#, "claims where (year = 2017)",
            "claims where year = 2017 -- and", "claims where year = 2017;", "claims where ) (", "claims where year == 2017 and",
            // An error more lines cannot mend ends the statement, even after an open parenthesis: SQL's count(*).
            "select count(*) from claims", "claims where (year = 2017 *",
        ]
        for text in complete { XCTAssertFalse(QueryEngine.needsContinuation(text), text) }
    }

    func testKeywordsListEveryReservedWord() {
        XCTAssertTrue(Set(["where", "and", "or", "not", "order", "by", "limit", "select", "let", "count", "between", "matches"])
            .isSubset(of: Set(QueryEngine.keywords)))
    }

    func testExplainShowsTokensTreePlanRowsAndTime() throws {
        let engine = QueryEngine(store: TestStore.make())
        let outcome = engine.explain(#"claims where text contains "the" and place = "Deir al-Zour" and year = 2017"#)
        guard case .text(let text)? = outcome.result else { return XCTFail("expected text: \(outcome.diagnostics)") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let timeLine = try XCTUnwrap(lines.last)
        XCTAssertNotNil(timeLine.range(of: #"^time: \d+\.\d{3} ms$"#, options: .regularExpression), timeLine)
        XCTAssertEqual(lines.dropLast().joined(separator: "\n"), """
            statement: claims where text contains "the" and place = "Deir al-Zour" and year = 2017

            tokens:
              0..<6      identifier  claims
              7..<12     keyword     where
              13..<17    identifier  text
              18..<26    keyword     contains
              27..<32    string      "the"
              33..<36    keyword     and
              37..<42    identifier  place
              43..<44    operator    =
              45..<59    string      "Deir al-Zour"
              60..<63    keyword     and
              64..<68    identifier  year
              69..<70    operator    =
              71..<75    integer     2017

            syntax tree:
              query
                source claims
                where
                  and
                    predicate text contains "the"
                    predicate place = "Deir al-Zour"
                    predicate year = 2017

            plan:
              and  [rows 7 → 1]
                index place = "Deir al-Zour"  [rows 7 → 2]
                index year = 2017  [rows 2 → 1]
                scan  text contains "the"  [rows 1 → 1]
                  token index, candidates containing "the"  [rows 1 → 1]
                  whole-word token match: plain-ASCII candidates kept unchecked, the rest checked  [1 candidate, 0 checked]

            result: 1 claim, 1 shown
            """)
    }

    func testExplainReportsErrorsAsDiagnostics() {
        let engine = QueryEngine(store: TestStore.make())
        let outcome = engine.explain("claims where plac = 1")
        XCTAssertNil(outcome.result)
        XCTAssertEqual(outcome.diagnostics.map(\.id), ["query.unknown-field"])
    }

    func testExplainOfLetSavesNothing() {
        let engine = QueryEngine(store: TestStore.make())
        _ = engine.explain("let x = claims where year = 2017")
        XCTAssertEqual(engine.savedNames, [])
    }
}
