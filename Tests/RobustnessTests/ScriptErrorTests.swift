import XCTest

/// Scripts: errors point at FILE:LINE:COL, --bail stops at the first, and the documented exit codes hold
/// (0 ok, 1 a statement failed, 2 usage, 3 the corpus could not be loaded).
final class ScriptErrorTests: XCTestCase {
    private var run: ClaimshProcess!

    override func setUpWithError() throws { run = try ClaimshProcess("scripts") }
    override func tearDown() { run.remove() }

    func testErrorsNameFileLineAndColumn() throws {
        let script = try run.file("report.cq", "count documents\n\n  claims where yeer = 2017\ncount claims\n")
        let output = try run.run(["-f", script])
        XCTAssertEqual(output.status, 1, output.stderr)
        // `yeer` starts on line 3, column 16 (two spaces of indent, then "claims where ").
        XCTAssertTrue(output.stderr.contains("report.cq:3:16"), output.stderr)
        XCTAssertEqual(output.stdout.split(separator: "\n").count, 2, "both good statements still ran: \(output.stdout)")
    }

    func testBailStopsAtTheFirstFailure() throws {
        let script = try run.file("bail.cq", "count documents\nclaims where nonsense = 1\ncount claims\n")
        let kept = try run.run(["-f", script])
        let bailed = try run.run(["--bail", "-f", script])
        XCTAssertEqual(kept.status, 1)
        XCTAssertEqual(bailed.status, 1)
        XCTAssertEqual(kept.stdout.split(separator: "\n").count, 2, kept.stdout)
        XCTAssertEqual(bailed.stdout.split(separator: "\n").count, 1, "nothing after the failure runs: \(bailed.stdout)")
        XCTAssertTrue(bailed.stderr.contains("bail.cq:2:"), bailed.stderr)
        let piped = try run.run(["--bail"], stdin: "count documents\nclaims where nonsense = 1\ncount claims\n")
        XCTAssertEqual(piped.status, 1)
        XCTAssertEqual(piped.stdout.split(separator: "\n").count, 1, piped.stdout)
    }

    func testExitCodes() throws {
        XCTAssertEqual(try run.run(["-c", "count documents"]).status, 0)
        XCTAssertEqual(try run.run(["-c", "count nothing"]).status, 1)
        XCTAssertEqual(try run.run(["--mode", "sideways", "-c", "count claims"]).status, 2)
        XCTAssertEqual(try run.run(["-f"]).status, 2)
        let missing = try run.run(["--no-seeds", "--corpus", run.root.appendingPathComponent("nowhere").path, "-c", "count claims"])
        XCTAssertEqual(missing.status, 3, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("nowhere"), missing.stderr)
        let missingScript = try run.run(["-f", run.root.appendingPathComponent("absent.cq").path])
        XCTAssertEqual(missingScript.status, 1, missingScript.stderr)
        XCTAssertTrue(missingScript.stderr.contains("absent.cq"), missingScript.stderr)
        let help = try run.run(["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(help.contains("0 success, 1 a statement failed, 2 usage error, 3 no articles could be loaded"), help)
    }

    func testReadOfItselfAndTooDeepAreErrors() throws {
        let selfReading = try run.file("self.cq", ".read self.cq\ncount documents\n")
        let output = try run.run(["-f", selfReading])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("cannot read itself"), output.stderr)
        // A chain of distinct scripts, each reading the next, deeper than the limit (25).
        let depth = 30
        for level in 0..<depth {
            _ = try run.file("chain\(level).cq", level + 1 < depth ? ".read chain\(level + 1).cq\n" : "count documents\n")
        }
        let chained = try run.run(["-f", run.root.appendingPathComponent("chain0.cq").path])
        XCTAssertEqual(chained.status, 1)
        XCTAssertTrue(chained.stderr.contains("nested more than 25 deep"), chained.stderr)
        XCTAssertEqual(chained.stdout, "", "the script past the limit does not run")
    }

    func testDeepNestingThroughTheShellIsAnError() throws {
        let depth = 100_000
        let statement = "claims where " + String(repeating: "(", count: depth) + "year = 2017" + String(repeating: ")", count: depth)
        // Too long for one command-line argument (128 KB), so from a script file and from standard input.
        let viaScript = try run.run(["-f", try run.file("deep.cq", statement + "\n")])
        XCTAssertEqual(viaScript.status, 1)
        XCTAssertTrue(viaScript.stderr.contains("nested too deeply"), String(viaScript.stderr.prefix(500)))
        XCTAssertLessThan(viaScript.stderr.utf8.count, 20_000, "the error does not echo the whole statement back")
        let viaStdin = try run.run([], stdin: statement + "\ncount documents\n")
        XCTAssertEqual(viaStdin.status, 1)
        XCTAssertTrue(viaStdin.stderr.contains("nested too deeply"), String(viaStdin.stderr.prefix(500)))
        XCTAssertEqual(viaStdin.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "5", "the shell goes on after it")
    }
}
