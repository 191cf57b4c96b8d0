import XCTest
@testable import ClaimShell
import ClaimQuery
import ClaimRender
import ClaimStore
#if canImport(Glibc)
import Glibc
#endif

/// The real backend on a corpus written here: completion data and rendering reach the store and engine.
final class EngineBackendTests: XCTestCase {
    private static let corpus: String = {
        let directory = NSTemporaryDirectoryPath() + "/claimsh-engine-\(getpid())"
        mkdir(directory, 0o700)
        let descriptor = open(directory + "/fighting.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = OutputSink.writeAll(descriptor, """
        Fighting around Aleppo and Deir ez-Zor

        Published: 2017-03-02

        Government forces captured three villages east of Aleppo on Tuesday, the army said.

        In Deir ez-Zor, at least 40 civilians were killed in airstrikes in 2016, according to a monitoring group.

        """)
        close(descriptor)
        return directory
    }()

    override class func tearDown() { _ = try? FileManager.default.removeItem(atPath: corpus) }

    private func backend() throws -> ShellBackend {
        let loaded = EngineBackend.load(includeSeeds: false, paths: [Self.corpus], progress: { _, _, _ in })
        XCTAssertFalse(loaded.failed, loaded.messages.joined())
        return try XCTUnwrap(loaded.backend)
    }

    private func session(_ backend: ShellBackend) -> ShellSession {
        let terminal = TerminalInfo(stdinIsTerminal: false, stdoutIsTerminal: false, stderrIsTerminal: false, noColorRequested: true)
        return ShellSession(backend: backend, output: OutputSink(onBrokenPipe: { fatalError() }),
                            interrupt: InterruptSignal(), environment: [:], terminal: terminal)
    }

    func testPlaceNamesCompleteInsideQuotes() throws {
        let session = session(try backend())
        let line = #"claims where place = "Alep"#
        let candidates = session.completions(line: line, cursor: line.unicodeScalars.count)
        XCTAssertEqual(candidates.map(\.replacement), ["Aleppo"])
        XCTAssertEqual(candidates.first?.appendCharacter, "\"")
    }

    func testFieldsComeFromTheSchema() throws {
        let session = session(try backend())
        let names = session.completions(line: "claims where pla", cursor: 16).map(\.replacement)
        XCTAssertTrue(names.contains("place"), "\(names)")
        XCTAssertTrue(names.contains("places"), "\(names)")
    }

    func testStatementsRunAndErrorsPointIntoTheScript() throws {
        let backend = try backend()
        var accumulator = StatementAccumulator(sourceName: "t.cq") { backend.needsContinuation($0) }
        let statements = accumulator.add(line: "count places; claims where plac = 1", number: 4)
        XCTAssertEqual(statements.count, 2)
        let settings = RenderSettings(format: .table, headers: true, width: 80, color: false)
        let count = backend.execute(statements[0], settings: settings, isCancelled: { false })
        XCTAssertFalse(count.failed)
        XCTAssertEqual(count.output, "2\n")
        let wrong = backend.execute(statements[1], settings: settings, isCancelled: { false })
        XCTAssertTrue(wrong.failed)
        XCTAssertTrue(wrong.messages.first?.hasPrefix("t.cq:4:28: error:") == true, wrong.messages.joined())
    }

    func testCancellationIsReported() throws {
        let backend = try backend()
        let statement = ShellStatement(text: "claims where year = 2016", origin: .init(text: "claims where year = 2016"),
                                       offsetInOrigin: 0, displayText: "claims where year = 2016")
        let report = backend.execute(statement, settings: RenderSettings(format: .table, headers: true, width: 80, color: false),
                                     isCancelled: { true })
        XCTAssertTrue(report.cancelled || !report.failed, "either the engine polled and stopped, or it finished first")
    }
}

/// Table mode is handed only the rows it draws; the other modes every row.
final class BackendTableTests: XCTestCase {
    func testTableModeBuildsOnlyTheRowsItShows() {
        let rows: [[Cell]] = (1...50).map { [Cell(.string("c\($0)")), Cell(.int($0))] }
        let set = ResultSet(kind: .claims, columns: [ResultColumn(name: "id", type: .string, isMulti: false),
                                                     ResultColumn(name: "n", type: .int, isMulti: false)],
                            rows: rows, defaultColumns: ["id", "n"], totalBeforeLimit: 50)
        let table = ResultText.table(set, grouped: false, options: RenderOptions(mode: .table, maxTableRows: 7))
        XCTAssertEqual(table.rows.count, 7)
        XCTAssertEqual(table.totalRows, 50)
        XCTAssertEqual(table.rows.last, [[Value.string("c7")], [Value.int(7)]])
        let text = Renderer(options: RenderOptions(mode: .table, maxTableRows: 7)).render(table)
        XCTAssertTrue(text.contains("43 more rows not shown"), text)
        XCTAssertTrue(text.contains("(50 rows)"), text)
        let csv = ResultText.table(set, grouped: false, options: RenderOptions(mode: .csv, maxTableRows: 7))
        XCTAssertEqual(csv.rows.count, 50)
        XCTAssertEqual(csv.totalRows, 50)
    }
}
