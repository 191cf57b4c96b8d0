import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 8 through the binary on the seeds: conflicts, support, the timeline, the map and its SVG.
final class WeighAndDrawEndToEndTests: XCTestCase {
    private func json(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        let output = try BinaryRunner.run(["--mode", "json"] + arguments)
        XCTAssertEqual(output.status, 0, output.stderr, file: file, line: line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]], file: file, line: line)
    }

    /// `2017-03-23` → [2017, 3, 23]; a coarser date has zeros, so it sorts before the finer dates inside it.
    private func dateKey(_ iso: Substring) -> [Int] {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        return parts + Array(repeating: 0, count: 3 - parts.count)
    }

    func testConflictsAboutDeirEzzorReportTheSiegeLengthAcrossSeedsInAnySpelling() throws {
        let conflicts = try json(["-c", #"conflicts where place = "Deir Ezzor""#])
        XCTAssertGreaterThanOrEqual(conflicts.count, 1)
        XCTAssertTrue(conflicts.contains { ($0["subject"] as? String ?? "").contains("siege") }, "\(conflicts)")
        for conflict in conflicts {
            XCTAssertNotEqual(conflict["doc_a"] as? String, conflict["doc_b"] as? String, "a conflict is between documents")
            XCTAssertNotEqual(conflict["value_a"] as? String, conflict["value_b"] as? String)
        }
        let other = try json(["-c", #"conflicts where place = "Dayr az Zawr""#])
        XCTAssertEqual(other.compactMap { $0["id"] as? String }, conflicts.compactMap { $0["id"] as? String })
    }

    func testSupportCountsOtherDocumentsThatMakeAMatchingClaim() throws {
        let supported = try json(["-c", "claims where support >= 2 select id, doc, support, supported_by"])
        XCTAssertGreaterThan(supported.count, 0)
        var docOf: [String: String] = [:]
        for claim in try json(["-c", "claims select id, doc"]) {
            docOf[claim["id"] as? String ?? ""] = claim["doc"] as? String
        }
        for claim in supported {
            let support = try XCTUnwrap(claim["support"] as? Int)
            XCTAssertGreaterThanOrEqual(support, 2)
            let docs = Set((claim["supported_by"] as? [String] ?? []).compactMap { docOf[$0] })
            XCTAssertFalse(docs.contains(claim["doc"] as? String ?? ""), "support comes from other documents: \(claim)")
            XCTAssertGreaterThanOrEqual(docs.count, support, "\(claim)")
        }
    }

    func testRaqqaTimelineIsInDateOrderWithUndatedClaimsApart() throws {
        let output = try BinaryRunner.run(["-c", #"timeline where place = "Raqqa""#], environment: ["COLUMNS": "120"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let lines = output.stdout.split(separator: "\n")
        let dated = lines.filter { $0.hasPrefix("│ ● ") }.map { $0.dropFirst(4).prefix { $0 != " " } }
        let undated = lines.filter { $0.hasPrefix("  ○ ") }
        XCTAssertGreaterThanOrEqual(dated.count, 2, output.stdout)
        XCTAssertEqual(dated.map(dateKey), dated.map(dateKey).sorted { $0.lexicographicallyPrecedes($1) }, "dates ascend")
        XCTAssertGreaterThan(undated.count, 0)
        let undatedHeading = try XCTUnwrap(lines.firstIndex(of: "undated"))
        XCTAssertTrue(lines[..<undatedHeading].allSatisfy { !$0.hasPrefix("  ○ ") })
        XCTAssertEqual(lines.last, "(\(dated.count) dated, \(undated.count) undated)")
        // Year headings in order, each event under its own year.
        let years = lines.filter { $0.hasPrefix("┌ ") || $0.hasPrefix("├ ") }.map { Int($0.dropFirst(2))! }
        XCTAssertEqual(years, Array(Set(dated.map { dateKey($0)[0] })).sorted())
        XCTAssertTrue(lines.allSatisfy { $0.count <= 120 }, "fitted to COLUMNS")

        // Row modes print the same events as rows, dated first.
        let rows = try json(["-c", #"timeline where place = "Raqqa""#])
        XCTAssertEqual(rows.count, dated.count + undated.count)
        XCTAssertEqual(Set(rows.first?.keys.map { $0 } ?? []), ["id", "date", "date_precision", "type", "text", "doc"])
        let dates = rows.map { $0["date"] as? String }
        XCTAssertEqual(dates.prefix(dated.count).compactMap { $0 }.map { Substring($0) }, dated)
        XCTAssertTrue(dates.dropFirst(dated.count).allSatisfy { $0 == nil })
    }

    func testMapOfSyrianPlacesAndItsSVG() throws {
        let map = try BinaryRunner.run(["-c", #".map places where country = "Syria""#], environment: ["COLUMNS": "100", "LINES": "40"])
        XCTAssertEqual(map.status, 0, map.stderr)
        XCTAssertTrue(map.stdout.contains("Damascus"), map.stdout)
        XCTAssertTrue(map.stdout.contains("Aleppo"), map.stdout)
        XCTAssertTrue(map.stdout.contains("IRAQ"), "neighbours are outlined and named")

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("syria map.svg").path
        let written = try BinaryRunner.run(["-c", ".map --svg \"\(path)\" places where country = \"Syria\""])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertTrue(written.stdout.hasPrefix("wrote \(path): a map of "), written.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["syria map.svg"], "no temporary file left")

        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parser = XMLParser(data: data)
        let collector = ElementCollector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertEqual(collector.elements.first, "svg")
        XCTAssertGreaterThan(collector.elements.filter { $0 == "polygon" }.count, 3, "country outlines")
        XCTAssertGreaterThan(collector.elements.filter { $0 == "circle" }.count, 3, "place markers")
        XCTAssertTrue(collector.text.contains("Damascus") && collector.text.contains("Aleppo"))
    }
}

/// Element names in document order and all character data, from XMLParser.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var text = ""

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
