import XCTest
import ClaimStore
@testable import ClaimRender

final class RendererTests: XCTestCase {
    let table = Table(columns: [.init(name: "id"), .init(name: "places", isMulti: true), .init(name: "text")], rows: [
        [[.string("c1")], [.string("Deir ez-Zor"), .string("Raqqa")], [.string("He said, \"hold\", then left")]],
        [[.string("c2")], [], [.string("Line one\nline two")]],
    ])

    func testJSONIsOneArrayWithArraysForMultiValuedFields() {
        let out = Renderer(options: RenderOptions(mode: .json)).render(table)
        XCTAssertEqual(out, """
        [
          {"id":"c1","places":["Deir ez-Zor","Raqqa"],"text":"He said, \\"hold\\", then left"},
          {"id":"c2","places":[],"text":"Line one\\nline two"}
        ]

        """)
        XCTAssertEqual(Renderer(options: RenderOptions(mode: .json)).render(Table(columns: table.columns, rows: [])), "[]\n")
    }

    func testJSONLinesAndNullForMissingScalars() {
        let t = Table(columns: [.init(name: "year")], rows: [[[]], [[.int(2017)]]])
        XCTAssertEqual(Renderer(options: RenderOptions(mode: .jsonl)).render(t), "{\"year\":null}\n{\"year\":2017}\n")
    }

    func testCSVFollowsRFC4180() {
        let out = Renderer(options: RenderOptions(mode: .csv)).render(table)
        XCTAssertEqual(out, "id,places,text\r\nc1,\"Deir ez-Zor, Raqqa\",\"He said, \"\"hold\"\", then left\"\r\nc2,,\"Line one\nline two\"\r\n")
        let noHeaders = Renderer(options: RenderOptions(mode: .csv, headers: false)).render(table)
        XCTAssertTrue(noHeaders.hasPrefix("c1,"))
    }

    func testMarkdownEscapesPipes() {
        let t = Table(columns: [.init(name: "a|b")], rows: [[[.string("x|y")]]])
        XCTAssertEqual(Renderer(options: RenderOptions(mode: .markdown)).render(t), "| a\\|b |\n| --- |\n| x\\|y |\n")
    }

    func testLineMode() {
        let out = Renderer(options: RenderOptions(mode: .line)).render(table)
        XCTAssertTrue(out.hasPrefix("    id = c1\nplaces = Deir ez-Zor, Raqqa\n"))
    }

    func testTableFitsWidthAndCutsWithEllipsis() {
        let long = Table(columns: [.init(name: "id"), .init(name: "text")],
                         rows: [[[.string("c1")], [.string(String(repeating: "word ", count: 40))]]])
        let out = Renderer(options: RenderOptions(mode: .table, width: 40)).render(long)
        let lines = out.split(separator: "\n")
        XCTAssertTrue(lines.dropLast().allSatisfy { $0.count <= 40 }, out)
        XCTAssertTrue(out.contains("…"))
        XCTAssertTrue(out.hasSuffix("(1 row)\n"))
    }

    func testTableRightAlignsNumbersAndCapsRows() {
        let numbers = Table(columns: [.init(name: "n")], rows: (1...5).map { [[.int($0 * 100)]] })
        let out = Renderer(options: RenderOptions(mode: .table, maxTableRows: 3)).render(numbers)
        XCTAssertTrue(out.contains("│ 100 │"))
        XCTAssertTrue(out.contains("2 more rows not shown"))
        XCTAssertTrue(out.contains("(5 rows)"))
    }

    func testGroupedTablesDrawBars() {
        let grouped = Table(columns: [.init(name: "place"), .init(name: "count")],
                            rows: [[[.string("Raqqa")], [.int(10)]], [[.string("Mosul")], [.int(5)]]], showsBars: true)
        let out = Renderer(options: RenderOptions(mode: .table, width: 60)).render(grouped)
        let raqqaBar = out.split(separator: "\n").first { $0.contains("Raqqa") }!.filter { $0 == "█" }.count
        let mosulBar = out.split(separator: "\n").first { $0.contains("Mosul") }!.filter { $0 == "█" }.count
        XCTAssertEqual(raqqaBar, 2 * mosulBar)
        let ascii = Renderer(options: RenderOptions(mode: .table, width: 60, unicode: false)).render(grouped)
        XCTAssertFalse(ascii.contains("█"))
        XCTAssertTrue(ascii.contains("#"))
    }

    func testCountRendering() {
        XCTAssertEqual(Renderer(options: RenderOptions(mode: .table)).render(count: 12), "12\n")
        XCTAssertEqual(Renderer(options: RenderOptions(mode: .json)).render(count: 12), "[\n  {\"count\":12}\n]\n")
    }
}
