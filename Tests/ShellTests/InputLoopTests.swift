import XCTest
@testable import ClaimShell
#if canImport(Glibc)
import Glibc
#endif

/// The process-input loop with a recording backend; results go to a `.output` file we read back.
final class InputLoopTests: XCTestCase {
    private var directory = ""
    private var backend = RecordingBackend()

    override func setUp() {
        directory = NSTemporaryDirectoryPath() + "/claimsh-loop-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(directory, 0o700)
        backend = RecordingBackend()
    }

    override func tearDown() { _ = try? FileManager.default.removeItem(atPath: directory) }

    private func makeSession() -> ShellSession {
        let terminal = TerminalInfo(stdinIsTerminal: false, stdoutIsTerminal: false, stderrIsTerminal: false, noColorRequested: true)
        let session = ShellSession(backend: backend, output: OutputSink(onBrokenPipe: { fatalError("broken pipe") }),
                                   interrupt: InterruptSignal(), environment: [:], terminal: terminal)
        XCTAssertNil(session.output.redirect(to: directory + "/out.txt"))
        return session
    }

    private func run(_ script: String, in session: ShellSession? = nil) -> (session: ShellSession, end: InputEnd, output: String) {
        let session = session ?? makeSession()
        let end = session.process(StringLineSource(script), name: "test.cq")
        session.output.finish()
        return (session, end, read(directory + "/out.txt"))
    }

    private func read(_ path: String) -> String {
        guard case .success(let source) = DescriptorLineSource.open(path: path) else { return "<missing>" }
        var lines: [String] = []
        while let line = source.nextLine(continuation: false) { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private func write(_ text: String, to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = OutputSink.writeAll(descriptor, text)
        close(descriptor)
    }

    func testStatementsRunInOrderAndMultiLineIsOne() {
        let result = run("claims; places\ncount claims where year = 2017 and\n  type = siege\n")
        XCTAssertEqual(backend.executed.map(\.displayText), ["claims", "places", "count claims where year = 2017 and type = siege"])
        XCTAssertEqual(backend.executed[2].origin.firstLine, 2)
        XCTAssertEqual(result.end, .endOfInput)
        XCTAssertEqual(result.session.state.failures, 0)
    }

    func testFailuresAreCountedAndTheScriptGoesOn() {
        let result = run("bad one\nclaims\n.frobnicate\n")
        XCTAssertEqual(backend.executed.count, 2)
        XCTAssertEqual(result.session.state.failures, 2)
    }

    func testBailStopsAtTheFirstFailure() {
        let session = makeSession()
        session.state.bail = true
        let result = run("bad one\nclaims\n", in: session)
        XCTAssertEqual(result.end, .bailed)
        XCTAssertEqual(backend.executed.count, 1)
    }

    func testMetaCommandsChangeSettingsOnlyBetweenStatements() {
        let result = run(".mode csv\n.headers off\nclaims where year = 2017 and\n.5 = year\n")
        XCTAssertEqual(result.session.state.format, .csv)
        XCTAssertFalse(result.session.state.headers)
        XCTAssertEqual(backend.rendered.first?.format, .csv)
        XCTAssertEqual(backend.executed.count, 1, "a '.' line inside a pending statement is statement text")
    }

    func testEchoPrintsEachStatementBeforeItsResult() {
        let session = makeSession()
        session.state.echo = true
        let result = run("claims -- all of them\n", in: session)
        XCTAssertEqual(result.output, "claims\nran: claims")
    }

    func testQuitStopsEverything() {
        let result = run("claims\n.exit\nplaces\n")
        XCTAssertEqual(result.end, .quit)
        XCTAssertEqual(backend.executed.map(\.text), ["claims"])
    }

    func testReadRunsAScriptAndRefusesToReadItself() {
        let inner = directory + "/inner.cq"
        write("places\n.read \(inner)\n", to: inner)
        let result = run("claims\n.read \(inner)\ncount claims\n")
        XCTAssertEqual(backend.executed.map(\.text), ["claims", "places", "count claims"])
        XCTAssertEqual(result.session.state.failures, 1, "the nested self-read fails")
        XCTAssertEqual(backend.executed[1].origin.name, inner)
    }

    func testReadOfAMissingFileFails() {
        let result = run(".read \(directory)/none.cq\n")
        XCTAssertEqual(result.session.state.failures, 1)
    }

    func testOnceSendsOneResultToAFile() {
        let once = directory + "/once.txt"
        let result = run(".once \(once)\nclaims\nplaces\n")
        XCTAssertEqual(read(once), "ran: claims")
        XCTAssertEqual(result.output, "ran: places")
    }

    func testOutputFileAppearsOnlyWhenComplete() {
        let session = makeSession()
        let target = directory + "/later.txt"
        _ = session.process(StringLineSource(".output \(target)\nclaims\n"), name: "t.cq")
        XCTAssertEqual(access(target, F_OK), -1, "nothing at the final name while still writing")
        _ = session.process(StringLineSource(".output\n"), name: "t.cq")
        XCTAssertEqual(read(target), "ran: claims")
    }

    func testLoadPassesPathsAndReportsFailure() {
        let result = run(".load a.txt folder\n.load missing\n")
        XCTAssertEqual(backend.loads, [["a.txt", "folder"], ["missing"]])
        XCTAssertEqual(result.session.state.failures, 1)
    }

    func testShowAndSchemaAndHelp() {
        let result = run("show c1\n.show c99\n.schema claims\n.schema nonsense\n.help mode\n")
        XCTAssertEqual(result.session.state.failures, 2)
        XCTAssertTrue(result.output.contains("claim c1"))
        XCTAssertTrue(result.output.contains("fields of claims"))
        XCTAssertTrue(result.output.contains(".mode table|line|json|jsonl|csv|markdown"))
    }

    func testSleepIsCancelledByTheInterruptFlag() {
        let session = makeSession()
        let signal = InterruptSignal()
        signal.clear()
        // Mark the flag from another thread shortly after the sleep starts.
        let marker = BackgroundTask<Bool> { usleep(100_000); signal.mark(); return true }
        let outcome = session.sleep(["5000"])
        XCTAssertEqual(outcome, .failed)
        while !marker.isFinished { usleep(1000) }
        signal.clear()
    }
}
