import XCTest
@testable import ClaimShell
import ClaimRender
#if canImport(Glibc)
import Glibc
#endif

/// `.chart` and `.map` on the real engine and the embedded seeds, output read back from a `.output` file.
final class GraphicsCommandTests: XCTestCase {
    private static let seedBackend: ShellBackend? =
        EngineBackend.load(includeSeeds: true, paths: [], progress: { _, _, _ in }).backend
    private var directory = ""

    override func setUp() {
        directory = NSTemporaryDirectoryPath() + "/claimsh-graphics-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkdir(directory, 0o700)
    }

    override func tearDown() {
        for name in ["out.txt", "map.svg"] { unlink(directory + "/" + name) }
        rmdir(directory)
    }

    private func run(_ script: String, environment: [String: String] = ["LANG": "C.UTF-8", "COLUMNS": "100"]) throws
        -> (session: ShellSession, output: String) {
        let backend = try XCTUnwrap(Self.seedBackend, "the seeds did not load")
        let terminal = TerminalInfo(stdinIsTerminal: false, stdoutIsTerminal: false, stderrIsTerminal: false, noColorRequested: true)
        let session = ShellSession(backend: backend, output: OutputSink(onBrokenPipe: { fatalError("broken pipe") }),
                                   interrupt: InterruptSignal(), environment: environment, terminal: terminal)
        XCTAssertNil(session.output.redirect(to: directory + "/out.txt"))
        _ = session.process(StringLineSource(script), name: "graphics.cq")
        session.output.finish()
        return (session, read(directory + "/out.txt"))
    }

    private func read(_ path: String) -> String {
        guard case .success(let source) = DescriptorLineSource.open(path: path) else { return "<missing>" }
        var lines: [String] = []
        while let line = source.nextLine(continuation: false) { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// The lines after the line `title` (what `.chart` printed, once the table before it is skipped).
    private func lines(after title: String, in output: String) -> [Substring] {
        let all = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = all.firstIndex(of: Substring(title)) else { return [] }
        return Array(all[(start + 1)...])
    }

    func testChartWithoutAGroupedResultFails() throws {
        let result = try run("claims where year = 2017\n.chart\n")
        XCTAssertEqual(result.session.state.failures, 1)
        XCTAssertFalse(result.output.contains("claims by "), result.output)
    }

    func testChartDrawsBarsForTheLastGroupedResultLongestForTheLargestGroup() throws {
        let result = try run("claims group by type\ncount claims where year = 2017\n.chart\n")
        XCTAssertEqual(result.session.state.failures, 0)
        let bars = lines(after: "claims by type", in: result.output).filter { !$0.isEmpty }
        XCTAssertGreaterThan(bars.count, 3, result.output)
        // Most frequent first, so the first bar is the longest; each line ends with its count.
        let lengths = bars.map { line in line.filter { "█▏▎▍▌▋▊▉".contains($0) }.count }
        XCTAssertEqual(lengths.first, lengths.max(), result.output)
        XCTAssertTrue(lengths.allSatisfy { $0 > 0 }, result.output)
        XCTAssertTrue(bars.allSatisfy { $0.split(separator: " ").last.flatMap { Int($0) } != nil }, result.output)
    }

    func testYearGroupsDrawAHistogramWithEveryYearOnTheAxis() throws {
        let result = try run("count claims where year >= 2014 by year\n.chart\n")
        let chart = lines(after: "claims by year", in: result.output)
        let axis = try XCTUnwrap(chart.last { !$0.isEmpty })
        XCTAssertEqual(axis.split(separator: " ").map(String.init), ["2014", "2015", "2016", "2017", "2018"], result.output)
        XCTAssertTrue(chart.contains { $0.contains("└─") }, result.output)
        XCTAssertTrue(chart.contains { $0.contains("██") }, result.output)
    }

    func testChartFallsBackToASCIIWhenTheLocaleIsNotUTF8() throws {
        let result = try run("count claims where year >= 2014 by year\n.chart\n", environment: ["LANG": "C", "COLUMNS": "100"])
        let chart = lines(after: "claims by year", in: result.output).joined(separator: "\n")
        XCTAssertTrue(chart.contains("##"), chart)
        XCTAssertTrue(chart.unicodeScalars.allSatisfy(\.isASCII), chart)
    }

    func testMapOfSyrianPlacesLabelsDamascusAndAleppoInsideTheGrid() throws {
        let result = try run(".map places where country = \"Syria\"\n", environment: ["LANG": "C.UTF-8", "COLUMNS": "100", "LINES": "40"])
        XCTAssertEqual(result.session.state.failures, 0, result.output)
        let lines = result.output.split(separator: "\n")
        for name in ["Damascus", "Aleppo"] {
            XCTAssertTrue(lines.contains { $0.contains(name + " ") || $0.hasSuffix(name) }, "\(name) is not labelled:\n\(result.output)")
        }
        XCTAssertTrue(result.output.contains("●"))
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 }, "wider than COLUMNS")
        XCTAssertLessThanOrEqual(lines.count, 40, "taller than LINES")
        XCTAssertTrue(lines.last?.hasPrefix("(lat ") == true, result.output)
    }

    func testMapWithoutAQueryUsesTheLastResultAndGroupsOnPlaces() throws {
        let empty = try run(".map\n")
        XCTAssertEqual(empty.session.state.failures, 1)
        let raqqa = try run("claims where place = \"Raqqa\"\ncount claims\n.map\n")
        XCTAssertEqual(raqqa.session.state.failures, 0)
        XCTAssertTrue(raqqa.output.contains("Ar Raqqah"), raqqa.output)
        let grouped = try run("claims where year = 2017 group by place\n.map\n")
        XCTAssertTrue(grouped.output.contains("Deir ez-Zor"), grouped.output)
        let unmappable = try run("documents group by outlet\n.map\n")
        XCTAssertEqual(unmappable.session.state.failures, 1)
    }

    func testMapPlacesWeighClaimsByHowManyNameEachPlace() throws {
        let backend = try XCTUnwrap(Self.seedBackend as? EngineBackend)
        let ids = (1...backend.store.claimCount).map { "c\($0)" }
        let places = try XCTUnwrap(backend.mapPlaces(for: .records(kind: "claims", ids: ids)))
        let deir = try XCTUnwrap(places.first { $0.name == "Deir ez-Zor" })
        let settings = RenderSettings(format: .table, headers: true, width: 100, color: false)
        let text = #"count claims where place = "Deir ez-Zor""#
        let count = backend.execute(ShellStatement(text: text, origin: .init(text: text), offsetInOrigin: 0, displayText: text),
                                    settings: settings, isCancelled: { false })
        XCTAssertEqual(count.output, "\(deir.weight)\n")
        XCTAssertFalse(places.contains { $0.name == "Syria" }, "countries are drawn as outlines, not markers")
        XCTAssertNil(backend.mapPlaces(for: .count(kind: "claims", value: 3)))
    }

    func testMapSVGWritesAWholeFileAndSaysSo() throws {
        let path = directory + "/map.svg"
        let result = try run(".map --svg \(path) places where country = \"Syria\"\n")
        XCTAssertEqual(result.session.state.failures, 0)
        XCTAssertTrue(result.output.contains("wrote \(path): a map of "), result.output)
        let svg = read(path)
        XCTAssertTrue(svg.hasPrefix("<?xml"), svg)
        XCTAssertTrue(svg.hasSuffix("</svg>"), svg)
        XCTAssertTrue(svg.contains(">Damascus</text>"), svg)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".tmp-\(getpid())"))
        let missing = try run(".map --svg \(directory)/no/such/dir/map.svg places\n")
        XCTAssertEqual(missing.session.state.failures, 1)
    }

    func testMapRequestSplitsTheSVGFileFromTheQuery() {
        XCTAssertEqual(MapRequest.parse(""), MapRequest(svgPath: nil, query: nil))
        XCTAssertEqual(MapRequest.parse(#"places where country = "Syria""#),
                       MapRequest(svgPath: nil, query: #"places where country = "Syria""#))
        XCTAssertEqual(MapRequest.parse(#"--svg out.svg claims where place = "Raqqa""#),
                       MapRequest(svgPath: "out.svg", query: #"claims where place = "Raqqa""#))
        XCTAssertEqual(MapRequest.parse(#"--svg "my map.svg""#), MapRequest(svgPath: "my map.svg", query: nil))
        XCTAssertNil(MapRequest.parse("--svg"))
        XCTAssertNil(MapRequest.parse(#"--svg "unclosed"#))
    }

    func testLocaleDecidesUnicode() {
        XCTAssertTrue(TerminalInfo.localeIsUTF8(environment: ["LANG": "en_GB.UTF-8"]))
        XCTAssertTrue(TerminalInfo.localeIsUTF8(environment: ["LANG": "C", "LC_CTYPE": "C.utf8"]))
        XCTAssertFalse(TerminalInfo.localeIsUTF8(environment: ["LANG": "en_US.UTF-8", "LC_ALL": "C"]))
        XCTAssertFalse(TerminalInfo.localeIsUTF8(environment: ["LANG": "POSIX"]))
        XCTAssertFalse(TerminalInfo.localeIsUTF8(environment: [:]))
    }

    func testChartTextListsYearsWithClaimsWhenTheSpanIsTooWide() {
        let groups = [ResultSummary.GroupCount(value: "1945", count: 1), .init(value: "2017", count: 9), .init(value: "", count: 4)]
        let text = ChartText.render(kind: "claims", field: "year", groups: groups, options: RenderOptions(width: 80))
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.first, "claims by year")
        XCTAssertEqual(lines.count, 4, text)
        XCTAssertTrue(lines[1].hasPrefix("1945 ") && lines[2].hasPrefix("2017 "), text)
        XCTAssertEqual(lines.last, "(4 with no year)")
    }

    func testChartAndMapAreInTheTableAndCompletion() {
        XCTAssertTrue(MetaCommands.helpText.contains(".chart"))
        XCTAssertTrue(MetaCommands.helpText.contains(".map [--svg FILE] [QUERY]"))
        XCTAssertTrue(MetaCommands.completionEntries.contains { $0.name == ".map" && $0.arguments == .query })
        XCTAssertTrue(MetaCommands.completionEntries.contains { $0.name == ".chart" })
    }
}
