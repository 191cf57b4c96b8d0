import XCTest
@testable import ClaimShell
#if canImport(Glibc)
import Glibc
#endif

/// The progress file, and the tutorial driven through the input loop with the seeds, saving as it goes.
final class TutorialProgressTests: XCTestCase {
    private var directory = ""

    override func setUp() {
        directory = NSTemporaryDirectoryPath() + "/claimsh-tutorial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(directory, 0o700)
    }

    override func tearDown() {
        _ = try? FileManager.default.removeItem(atPath: directory)
    }

    func testLocationFollowsXDGStateHomeElseHome() {
        XCTAssertEqual(TutorialProgressFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path, "/s/claimsh/tutorial.json")
        XCTAssertEqual(TutorialProgressFile(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]).path,
                       "/h/.local/state/claimsh/tutorial.json")
        XCTAssertNil(TutorialProgressFile(environment: [:]).path)
    }

    func testRoundTripCreatesFoldersAndAMissingFileIsAFreshStart() throws {
        let file = TutorialProgressFile(environment: ["XDG_STATE_HOME": directory + "/state"])
        XCTAssertEqual(try file.load().get(), TutorialProgress())
        let progress = TutorialProgress(completed: ["find-place", "count"], skipped: ["group"], current: "order")
        XCTAssertNil(file.save(progress))
        XCTAssertEqual(try file.load().get(), progress)
    }

    func testACorruptFileIsReportedNotFatal() throws {
        let path = directory + "/tutorial.json"
        try "{not json".write(toFile: path, atomically: true, encoding: .utf8)
        guard case .failure(let error) = TutorialProgressFile(path: path).load() else { return XCTFail("corrupt file loaded") }
        XCTAssertTrue(error.message.contains(path), error.message)
    }

    func testAnUnwritableLocationIsAnErrorNotACrash() throws {
        let blocker = directory + "/file"
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        XCTAssertNotNil(TutorialProgressFile(path: blocker + "/claimsh/tutorial.json").save(TutorialProgress()))
    }

    // MARK: Through the input loop

    private static let seedBackend: ShellBackend? =
        EngineBackend.load(includeSeeds: true, paths: [], progress: { _, _, _ in }).backend

    private func run(_ script: String) throws -> (session: ShellSession, output: String) {
        let terminal = TerminalInfo(stdinIsTerminal: false, stdoutIsTerminal: false, stderrIsTerminal: false, noColorRequested: true)
        let session = ShellSession(backend: try XCTUnwrap(Self.seedBackend), output: OutputSink(onBrokenPipe: { fatalError() }),
                                   interrupt: InterruptSignal(), environment: ["XDG_STATE_HOME": directory], terminal: terminal)
        let outputPath = directory + "/out-\(UInt32.random(in: 0...UInt32.max)).txt"
        XCTAssertNil(session.output.redirect(to: outputPath))
        _ = session.process(StringLineSource(script), name: "lessons.cq")
        session.output.finish()
        return (session, try String(contentsOfFile: outputPath, encoding: .utf8))
    }

    func testLessonWordsAndAnswersThroughTheLoopAreSavedAfterEachLesson() throws {
        let first = try run("""
            .tutorial
            documents
            hint
            claims where place = "Raqqah"
            claims where year = 2016
            skip
            quit
            claims
            """)
        XCTAssertTrue(first.output.contains("Hint: "), first.output)
        XCTAssertTrue(first.output.contains("Not yet: "), first.output)
        XCTAssertEqual(first.output.components(separatedBy: "Correct!").count - 1, 2, first.output)
        XCTAssertTrue(first.output.contains("Tutorial paused"), first.output)
        XCTAssertFalse(first.session.state.tutorial?.isActive ?? true, "quit closes the lesson")
        let afterQuit = first.output.components(separatedBy: "Tutorial paused").last ?? ""
        XCTAssertTrue(afterQuit.contains("rows)"), "statements after quit still run: \(afterQuit)")
        XCTAssertFalse(afterQuit.contains("Not yet") || afterQuit.contains("Correct"), "and are not judged")
        let saved = try TutorialProgressFile(path: directory + "/claimsh/tutorial.json").load().get()
        XCTAssertEqual(saved.completed, ["find-documents", "find-place"])
        XCTAssertEqual(saved.skipped, ["filter-place-year"])
        XCTAssertEqual(saved.current, "multi-valued")

        let second = try run(".tutorial\n")
        XCTAssertTrue(second.output.contains("Welcome back.\nLesson 4 of"), second.output)
        XCTAssertEqual(second.session.state.tutorial?.prompt, "lesson 4> ")
    }

    func testExplainLessonPassesOnAnIndexedPlanAndMetaCommandsStillWork() throws {
        let number = try XCTUnwrap(LessonCatalog.lessons.firstIndex { $0.check == .explainWithIndexStep }) + 1
        let result = try run("""
            .tutorial \(number)
            .schema places
            .explain claims where text contains "army"
            .explain claims where year = 2017
            .tutorial list
            """)
        XCTAssertTrue(result.output.contains("Not yet: that plan only scans"), result.output)
        XCTAssertTrue(result.output.contains("population"), "`.schema` ran during the lesson")
        XCTAssertTrue(result.output.contains("Correct!"), result.output)
        XCTAssertTrue(result.output.contains("✓ \(number < 10 ? " " : "")\(number)."), result.output)
    }

    func testTutorialCommandErrors() throws {
        let result = try run(".tutorial 99\n.tutorial a b\n")
        XCTAssertEqual(result.session.state.failures, 2)
        XCTAssertNil(result.session.state.tutorial?.openLesson)
    }
}
