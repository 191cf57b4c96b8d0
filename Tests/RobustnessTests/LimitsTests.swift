import XCTest
import ClaimCorpus
import ClaimDiagnostics
import ClaimRender
import ClaimStore
@testable import ClaimQuery

/// Every limit is a named constant, and going past it gives a clear error instead of a crash or a hang.
final class LimitsTests: XCTestCase {
    private static let engine = QueryFuzzCase.makeSeedEngine()

    private func firstError(_ statement: String, engine: QueryEngine = LimitsTests.engine) -> String? {
        engine.execute(statement).diagnostics.first { $0.severity == .error }?.id.rawValue
    }

    func testStatementLengthLimit() {
        let filler = String(repeating: " ", count: Parser.maximumStatementLength)
        XCTAssertEqual(firstError("count claims" + filler), "query.statement-too-long")
        let justUnder = "count claims" + String(repeating: " ", count: Parser.maximumStatementLength - 12)
        XCTAssertNil(firstError(justUnder))
    }

    func testHundredThousandDeepNestingIsAnErrorNotAStackOverflow() {
        for opener in ["(", "not "] {
            let depth = 100_000
            let statement = "claims where " + String(repeating: opener, count: depth) + "year = 2017"
                + (opener == "(" ? String(repeating: ")", count: depth) : "")
            let outcome = Self.engine.execute(statement)
            XCTAssertEqual(outcome.diagnostics.first?.id.rawValue, "query.nesting-too-deep", opener)
            XCTAssertTrue(outcome.diagnostics.first?.message.contains("\(Parser.maximumNesting)") == true)
        }
        let allowed = "claims where " + String(repeating: "(", count: Parser.maximumNesting - 1) + "year = 2017"
            + String(repeating: ")", count: Parser.maximumNesting - 1)
        XCTAssertNil(firstError(allowed))
    }

    /// The error for a 100,000-deep statement shows a window of the line around the caret, not 200 KB of it.
    func testLongLinesAreCutAroundTheCaret() throws {
        let depth = 100_000
        let statement = "claims where " + String(repeating: "(", count: depth) + "year = 2017" + String(repeating: ")", count: depth)
        let source = SourceFile(name: "deep.cq", text: statement)
        let diagnostic = try XCTUnwrap(Self.engine.execute(statement, source: source).diagnostics.first)
        let text = DiagnosticRenderer().render(diagnostic, in: source)
        XCTAssertLessThan(text.count, 3 * DiagnosticRenderer.maximumShownLineLength + diagnostic.message.count, text)
        let lines = text.split(separator: "\n").map(String.init)
        let shown = try XCTUnwrap(lines.first { $0.contains("| …") }, text)
        let carets = try XCTUnwrap(lines.first { $0.contains("^") }, text)
        let caretIndex = carets.distance(from: carets.startIndex, to: try XCTUnwrap(carets.firstIndex(of: "^")))
        XCTAssertEqual(Array(shown)[caretIndex], "(", "the caret sits under a parenthesis:\n\(text)")
        XCTAssertTrue(text.hasPrefix("deep.cq:1:\(13 + Parser.maximumNesting + 1): error"), text)
    }

    /// Did-you-mean over a huge unknown name or field must not cost length × length.
    func testHugeUnknownNamesGetAnErrorWithoutSuggestionsQuickly() {
        let huge = String(repeating: "Deir ez-Zor ", count: 20_000)
        let outcome = Self.engine.execute("claims where place = \"\(huge)\"")
        XCTAssertTrue(outcome.diagnostics.contains { $0.id.rawValue == "query.unknown-entity" },
                      "\(outcome.diagnostics.map(\.message).map { $0.prefix(120) })")
        XCTAssertEqual(Self.engine.store.nearestNames(.places, to: huge), [])
        XCTAssertEqual(nearestCandidates(to: String(repeating: "plac", count: 50_000), in: ["place", "places"]), [])
        XCTAssertEqual(firstError("claims where " + String(repeating: "plac", count: 50_000) + " = 1"), "query.unknown-field")
    }

    func testRegexLengthLimit() {
        let long = String(repeating: "a", count: Checker.maximumRegexLength + 1)
        XCTAssertEqual(firstError(#"claims where text matches ""# + long + #"""#), "query.regex-too-long")
        let fits = String(repeating: "a", count: Checker.maximumRegexLength)
        XCTAssertNil(firstError(#"claims where text matches ""# + fits + #"""#))
    }

    /// `^(\w+\s?)*$` backtracks exponentially on any sentence with punctuation; it must be stopped, with an error.
    func testCatastrophicRegexIsStoppedWithAnError() {
        let engine = QueryFuzzCase.makeSeedEngine()
        engine.regexTimeLimit = 0.3
        let started = Date()
        let outcome = engine.execute(#"claims where text matches "^(\w+\s?)*$""#)
        XCTAssertNil(outcome.result)
        let error = outcome.diagnostics.first { $0.severity == .error }
        XCTAssertEqual(error?.id.rawValue, "query.regex-too-slow")
        XCTAssertTrue(error?.message.contains(#"^(\w+\s?)*$"#) == true, error?.message ?? "")
        // A generous bound: without the guard this pattern runs for hours over the seed claims.
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        // The budget is per statement: an ordinary pattern on the same engine still works afterwards.
        XCTAssertNil(firstError(#"count claims where text matches "killed|died""#, engine: engine))
        XCTAssertGreaterThan(QueryEngine.defaultRegexTimeLimit, 0)
    }

    func testTableModeCutsRowsAndSaysHowMany() {
        let limit = 5
        let rows: [[[Value]]] = (1...12).map { [[.int($0)]] }
        let table = Table(columns: [.init(name: "n")], rows: rows)
        let text = Renderer(options: RenderOptions(mode: .table, maxTableRows: limit)).render(table)
        XCTAssertTrue(text.contains("7 more rows not shown"), text)
        let drawnRows = text.split(separator: "\n").filter { $0.hasPrefix("│") }
        XCTAssertEqual(drawnRows.count, limit + 1, "a header and \(limit) rows: \(text)")
        let csv = Renderer(options: RenderOptions(mode: .csv, maxTableRows: limit)).render(table)
        XCTAssertEqual(csv.split(whereSeparator: \.isNewline).count, 13, "other modes print every row")
        XCTAssertEqual(RenderOptions().maxTableRows, RenderOptions.defaultMaxTableRows)
    }

    func testOversizedArticleIsNamedAndSkipped() {
        let data = [UInt8](repeating: UInt8(ascii: "a"), count: ArticleReader.maximumBytes + 1)
        XCTAssertThrowsError(try ArticleReader.read(name: "huge.txt", data: data)) { error in
            let articleError = error as? ArticleError
            XCTAssertEqual(articleError?.file, "huge.txt")
            XCTAssertTrue(articleError?.message.contains("limit") == true, "\(error)")
        }
    }
}
