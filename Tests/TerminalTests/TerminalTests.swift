import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// What a person at a terminal sees: the built claimsh in a pseudo-terminal, with private HOME and history.
/// `--echo` makes the shell print each statement it received, so a test can see exactly what editing produced.
final class TerminalTests: XCTestCase {
    override func tearDown() { ShellHarness.removeTemporaryDirectories() }

    func testTabCompletesKeywordFieldAndQuotedPlaceName() throws {
        let fixture = ShellFixture("complete")
        let shell = try fixture.start(["--echo"])
        shell.send("claims wh\t")
        shell.expect("claims where ")
        shell.send("pla\t")
        shell.expect("place")
        shell.send(" = \"Alep\t")
        shell.expect("= \"Aleppo\"")
        shell.send(" limit 1\r")
        shell.expect("\nclaims where place = \"Aleppo\" limit 1\n")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }

    func testSecondTabListsWholePlaceNamesInsideAQuotedValue() throws {
        let fixture = ShellFixture("complete-list")
        ShellHarness.write("""
        Shelling in the province

        Published: 2017-03-04

        Shelling hit villages across Deir ez-Zor province on Friday, residents said.

        """, to: fixture.corpus + "/province.txt")
        let shell = try fixture.start(["--echo"])
        shell.send("claims where place = \"Deir e\t")
        shell.expect("= \"Deir ez-Zor")
        let before = shell.raw.count
        shell.send("\t")
        // The list names whole places, not the last words of each ("ez-Zor Governorate"), and the line
        // comes back below it.
        shell.expect("Deir ez-Zor Governorate")
        shell.expect("claimsh> claims where place = \"Deir ez-Zor")
        let listed = String(decoding: shell.raw[before...], as: UTF8.self)
        XCTAssertTrue(listed.contains("\nDeir ez-Zor "), listed.debugDescription)
        shell.send("\" limit 1\r")
        shell.expect("\nclaims where place = \"Deir ez-Zor\" limit 1\n")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }

    func testTabOnAWrappedLineEditsTheRightPlace() throws {
        let fixture = ShellFixture("complete-wrapped")
        let shell = try fixture.start(["--echo"])
        shell.resize(columns: 40, rows: 20)
        shell.send("claims where year >= 2016 and year <= 2017 and place = \"Alep\t")
        shell.expect("Aleppo\"")
        shell.send(" lim\t")
        shell.expect("limit ")
        shell.send("2\r")
        shell.expect("\nclaims where year >= 2016 and year <= 2017 and place = \"Aleppo\" limit 2\n")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }

    func testResizeRedrawsTheLineBeingTypedWithoutAKey() throws {
        let fixture = ShellFixture("resize")
        let shell = try fixture.start(["--echo"])
        shell.send("count places")
        shell.expect("count places")
        _ = shell.settle()
        let before = shell.raw.count
        shell.resize(columns: 50, rows: 20)
        // No key is pressed: the line must come back by itself, drawn from the start of the row.
        shell.expect("claimsh> count places", timeout: 15)
        let redraw = String(decoding: shell.raw[before...], as: UTF8.self)
        XCTAssertTrue(redraw.contains("\r\u{1B}[Jclaimsh> count places"), redraw.debugDescription)
        shell.send("\r")
        shell.expect("\ncount places\n")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }

    func testMultiLineStatementRunsAsOneAndIsOneHistoryEntry() throws {
        let fixture = ShellFixture("multiline")
        let shell = try fixture.start(["--echo"])
        shell.send("count claims where\r")
        shell.expect("...> ")
        shell.send("  year = 2016\r")
        shell.expect("\ncount claims where year = 2016\n")
        shell.expect("claimsh> ")
        shell.send(".history\r")
        shell.expect("1  count claims where year = 2016\n")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }

    func testUpRecallsAStatementFromAnEarlierRun() throws {
        let fixture = ShellFixture("recall")
        let first = try fixture.start()
        first.send("count places\r")
        first.expect("\n2\n")
        first.expect("claimsh> ")
        first.send("\u{04}")
        XCTAssertEqual(first.waitForExit(), 0)
        var status = stat()
        XCTAssertEqual(stat(fixture.historyPath, &status), 0, "history file written")
        XCTAssertEqual(status.st_mode & 0o777, 0o600)

        let second = try fixture.start(["--echo"])
        second.send("\u{1B}[A")
        second.expect("count places")
        second.send("\r")
        second.expect("\ncount places\n")
        second.expect("claimsh> ")
        second.send("\u{04}")
        XCTAssertEqual(second.waitForExit(), 0)
    }

    func testCtrlCCancelsASlowStatementAndTheShellStillAnswers() throws {
        let fixture = ShellFixture("interrupt")
        let shell = try fixture.start()
        shell.send(".sleep 30000\r")
        _ = shell.settle(0.5)
        shell.send("\u{03}", waitForEditor: false)
        shell.expect("interrupted")
        shell.expect("claimsh> ")
        shell.send(".mode\r")
        shell.expect("table")
        shell.expect("claimsh> ")
        // Ctrl-C at the prompt drops the line and prompts again.
        shell.send("claims wher")
        _ = shell.settle(0.2)
        shell.send("\u{03}")
        shell.expect("claimsh> ")
        shell.send(".headers\r")
        shell.expect("on")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }

    func testCtrlDOnAnEmptyLineExitsZero() throws {
        let fixture = ShellFixture("eof")
        let shell = try fixture.start()
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }

    func testHistoryFileLongerThanTheCapStillLoads() throws {
        let fixture = ShellFixture("longhistory")
        mkdir(fixture.state + "/claimsh", 0o700)
        // libedit's format: a header, then one strvis-encoded entry per line (a space is \040).
        var text = "_HiStOrY_V2_\n"
        for index in 0..<6_000 { text += "count\\040claims\\040limit\\040\(index)\n" }
        text += "count\\040places\n"
        ShellHarness.write(text, to: fixture.historyPath)

        let shell = try fixture.start(["--echo"])
        shell.send("\u{1B}[A\r")
        shell.expect("\ncount places\n")
        shell.expect("claimsh> ")
        // A new entry makes the shell write the file back, capped.
        shell.send("count claims\r")
        shell.expect("\ncount claims\n")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
        let lines = ShellHarness.read(fixture.historyPath)?.split(separator: "\n") ?? []
        XCTAssertEqual(lines.first, "_HiStOrY_V2_")
        XCTAssertLessThanOrEqual(lines.count, 5_001, "capped at 5000 entries plus the header")
        XCTAssertEqual(lines.last, "count\\040claims")
    }

    func testUTF8PlaceNameSurvivesEditingAndHistoryWithLANGUnset() throws {
        let fixture = ShellFixture("utf8")
        let shell = try fixture.start(["--echo"], lang: nil)
        // Type a wrong last letter, rub it out, finish the name: the line must keep every byte.
        shell.send("claims where place = \"Deyr əz-Zoq")
        _ = shell.settle(0.2)
        shell.send("\u{7F}r\" limit 1\r")
        shell.expect("\nclaims where place = \"Deyr əz-Zor\" limit 1\n")
        shell.expect("claimsh> ")
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)

        let again = try fixture.start(["--echo"], lang: nil)
        again.send("\u{1B}[A\r")
        again.expect("\nclaims where place = \"Deyr əz-Zor\" limit 1\n")
        again.expect("claimsh> ")
        again.send("\u{04}")
        XCTAssertEqual(again.waitForExit(), 0)
    }

    func testUnwritableHistoryWarnsOnceAndTheShellGoesOn() throws {
        let fixture = ShellFixture("readonly")
        ShellHarness.write("not a directory", to: fixture.state + "/claimsh")
        let shell = try fixture.start()
        shell.send("count claims\r")
        shell.expect("warning: cannot")
        shell.expect("claimsh> ")
        shell.send("count places\r")
        let after = shell.settle(0.5)
        XCTAssertFalse(after.contains("warning"), after)
        XCTAssertTrue(after.contains("2"), after)
        shell.send("\u{04}")
        XCTAssertEqual(shell.waitForExit(), 0)
    }
}
