import XCTest
import ClaimDiagnostics
@testable import ClaimShell

final class StatementAccumulatorTests: XCTestCase {
    private func accumulator(name: String? = "script.cq") -> StatementAccumulator {
        let backend = RecordingBackend()
        return StatementAccumulator(sourceName: name) { backend.needsContinuation($0) }
    }

    private func feed(_ lines: [String], into accumulator: inout StatementAccumulator) -> [ShellStatement] {
        var statements: [ShellStatement] = []
        for (index, line) in lines.enumerated() {
            statements += accumulator.add(line: line, number: index + 1)
        }
        if let last = accumulator.finish() { statements.append(last) }
        return statements
    }

    func testOneStatementPerLine() {
        var accumulator = accumulator()
        let statements = feed(["claims", "places"], into: &accumulator)
        XCTAssertEqual(statements.map(\.text), ["claims", "places"])
        XCTAssertEqual(statements.map(\.origin.firstLine), [1, 2])
    }

    func testAtThePromptEachStatementCountsItsLinesFromOne() {
        var accumulator = accumulator(name: nil)
        let statements = feed(["claims", "clams where year = 2017"], into: &accumulator)
        XCTAssertEqual(statements.map(\.origin.firstLine), [1, 1])
    }

    func testSemicolonsSplitAndPositionsStayTrue() {
        var accumulator = accumulator()
        let statements = feed(["claims;  count places ;"], into: &accumulator)
        XCTAssertEqual(statements.map(\.text), ["claims", "count places"])
        let second = statements[1]
        XCTAssertEqual(second.origin.text, "claims;  count places ;")
        XCTAssertEqual(second.offsetInOrigin, 9, "the statement starts after the first ';' and the blanks")
        XCTAssertEqual(second.origin.location(of: second.offsetInOrigin).column, 10)
    }

    func testCommentsAreDroppedButNotInsideStrings() {
        var accumulator = accumulator()
        let statements = feed(["-- a heading", #"claims where text = "a -- b; c" -- trailing"#], into: &accumulator)
        XCTAssertEqual(statements.map(\.text), [#"claims where text = "a -- b; c""#])
        XCTAssertEqual(statements[0].origin.firstLine, 2)
    }

    func testContinuationJoinsLinesIntoOneStatement() {
        var accumulator = accumulator()
        XCTAssertEqual(accumulator.add(line: "claims where year = 2017 and", number: 1), [])
        XCTAssertTrue(accumulator.hasPending)
        let statements = accumulator.add(line: #"  place = "Raqqa""#, number: 2)
        XCTAssertEqual(statements.count, 1)
        XCTAssertEqual(statements[0].text, "claims where year = 2017 and\n  place = \"Raqqa\"")
        XCTAssertEqual(statements[0].displayText, #"claims where year = 2017 and place = "Raqqa""#)
        XCTAssertEqual(statements[0].origin.firstLine, 1)
        XCTAssertFalse(accumulator.hasPending)
    }

    func testOpenQuoteAndBracketContinue() {
        var accumulator = accumulator()
        XCTAssertEqual(accumulator.add(line: #"claims where text = "two"#, number: 1), [])
        XCTAssertEqual(accumulator.add(line: #"lines" and (year = 2017 or"#, number: 2), [])
        let statements = accumulator.add(line: "year = 2018)", number: 3)
        XCTAssertEqual(statements.count, 1)
        XCTAssertEqual(statements[0].origin.text.split(separator: "\n").count, 3)
    }

    func testTrailingBackslashContinuesAndIsBlanked() {
        var accumulator = accumulator()
        XCTAssertEqual(accumulator.add(line: #"claims \"#, number: 1), [])
        let statements = accumulator.add(line: "limit 3", number: 2)
        XCTAssertEqual(statements.map(\.displayText), ["claims limit 3"])
        XCTAssertFalse(statements[0].text.contains("\\"))
    }

    func testRangesRelocateIntoTheScript() {
        var accumulator = accumulator()
        let split = accumulator.add(line: "claims; claims where plac = 1", number: 7)
        XCTAssertEqual(split.count, 2)
        // 'plac' is bytes 13..<17 of the second statement, which starts 8 bytes into the line.
        let diagnostic = Diagnostic.error("query.unknown-field", "unknown field 'plac'", at: SourceRange(start: 13, end: 17))
        let moved = split[1].relocated(diagnostic)
        let location = split[1].origin.location(of: moved.range!.start)
        XCTAssertEqual(location.line, 7)
        XCTAssertEqual(location.column, 22)
        let rendered = DiagnosticRenderer().render(moved, in: split[1].origin)
        XCTAssertTrue(rendered.hasPrefix("script.cq:7:22: error: unknown field 'plac'"), rendered)
    }

    func testFinishTurnsAnUnfinishedStatementIntoOne() {
        var accumulator = accumulator()
        _ = accumulator.add(line: "claims where year =", number: 1)
        XCTAssertEqual(accumulator.finish()?.text, "claims where year =")
        XCTAssertNil(accumulator.finish())
    }

    func testResetForgetsThePendingStatement() {
        var accumulator = accumulator()
        _ = accumulator.add(line: #"claims where text = "open"#, number: 1)
        accumulator.reset()
        XCTAssertFalse(accumulator.hasPending)
        XCTAssertEqual(accumulator.add(line: "places", number: 2).map(\.text), ["places"])
    }

    func testBlankLinesAndLoneSemicolonsMakeNothing() {
        var accumulator = accumulator()
        XCTAssertEqual(feed(["", "   ", ";", " ; ;"], into: &accumulator), [])
    }

    func testMultibyteTextKeepsByteOffsets() {
        var accumulator = accumulator()
        let statements = feed([#"claims where place = "Ḩalab" -- ḩ comment"#], into: &accumulator)
        XCTAssertEqual(statements.map(\.text), [#"claims where place = "Ḩalab""#])
        XCTAssertEqual(statements[0].offsetInOrigin, 0)
    }
}
