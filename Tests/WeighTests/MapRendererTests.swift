import XCTest
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ClaimRender

final class MapRendererTests: XCTestCase {
    private let damascus = MapPlace(name: "Damascus", lat: 33.51, lon: 36.29, weight: 5)
    private let aleppo = MapPlace(name: "Aleppo", lat: 36.20, lon: 37.16, weight: 3)
    private let deirEzZor = MapPlace(name: "Deir ez-Zor", lat: 35.33, lon: 40.14, weight: 9)

    func testOutlinesHoldTheRegion() {
        let names = Set(CountryOutline.all.map(\.name))
        for country in ["Syria", "Iraq", "Turkey", "Jordan", "Lebanon", "Israel", "Palestine", "Saudi Arabia",
                        "Iran", "Kuwait", "Egypt", "Cyprus"] {
            XCTAssertTrue(names.contains(country), country)
        }
        let syria = CountryOutline.all.first { $0.name == "Syria" }!
        // Damascus and Aleppo are inside Syria's outline; Baghdad is not.
        XCTAssertTrue(CountryOutline.ringContains(syria.rings[0], damascus.point))
        XCTAssertTrue(CountryOutline.ringContains(syria.rings[0], aleppo.point))
        XCTAssertFalse(CountryOutline.ringContains(syria.rings[0], GeoPoint(lat: 33.31, lon: 44.36)))
    }

    func testMarkersLandInTheRightCellsRelativeToEachOther() {
        let renderer = MapRenderer(options: RenderOptions(width: 100, unicode: true), maxRows: 30)
        let layout = renderer.layout([damascus, aleppo, deirEzZor], framing: .region)
        let cells = Dictionary(uniqueKeysWithValues: layout.markers.map { ($0.place.name, $0) })
        let d = cells["Damascus"]!, a = cells["Aleppo"]!, z = cells["Deir ez-Zor"]!
        // Aleppo is north (a row above) and a little east of Damascus; Deir ez-Zor is far east of both.
        XCTAssertLessThan(a.row, d.row)
        XCTAssertGreaterThan(a.column, d.column)
        XCTAssertGreaterThan(z.column, a.column + 5)
        // The gaps match the projection: rows per degree of latitude, columns per degree of longitude.
        let projection = layout.projection
        let rowsPerDegree = Double(projection.rows) / projection.box.latSpan
        let columnsPerDegree = Double(projection.columns) / projection.box.lonSpan
        XCTAssertEqual(Double(d.row - a.row), (aleppo.point.lat - damascus.point.lat) * rowsPerDegree, accuracy: 1)
        XCTAssertEqual(Double(z.column - d.column), (deirEzZor.point.lon - damascus.point.lon) * columnsPerDegree, accuracy: 1)
        // The markers are drawn, and labelled.
        XCTAssertEqual(character(layout.lines, d.row, d.column), "●")
        XCTAssertTrue(layout.markers.allSatisfy(\.labelled))
        XCTAssertTrue(layout.lines[d.row].contains("Damascus"))
    }

    func testTheGridKeepsProportionsAndFitsTheTerminal() {
        let layout = MapRenderer(options: RenderOptions(width: 80, unicode: true), maxRows: 24).layout([], framing: .region)
        XCTAssertLessThanOrEqual(layout.projection.columns, 80)
        XCTAssertLessThanOrEqual(layout.projection.rows, 24)
        XCTAssertTrue(layout.lines.allSatisfy { $0.count <= 80 })
        // A cell is twice as tall as wide: km per column ≈ km per row / 2.
        let box = layout.projection.box
        let kmPerColumn = box.lonSpan / Double(layout.projection.columns) * cos(box.centre.lat * .pi / 180) * 111
        let kmPerRow = box.latSpan / Double(layout.projection.rows) * 111
        XCTAssertEqual(kmPerRow / kmPerColumn, 2, accuracy: 0.05)
    }

    func testSyriasBordersAreDrawn() {
        let layout = MapRenderer(options: RenderOptions(width: 100, unicode: true), maxRows: 30).layout([], framing: .region)
        let projection = layout.projection
        // Vertices of Syria's border with Iraq and Turkey carry line art; the open desert inside does not.
        for border in [GeoPoint(lat: 34.42, lon: 41.01), GeoPoint(lat: 37.07, lon: 40.67), GeoPoint(lat: 32.31, lon: 36.83)] {
            let cell = projection.cell(border)!
            let drawn = character(layout.lines, cell.row, cell.column)
            XCTAssertNotNil(drawn.flatMap { $0.unicodeScalars.first }.map { (0x2801...0x28FF).contains($0.value) }, "\(border)")
        }
        let inland = projection.cell(GeoPoint(lat: 34.0, lon: 39.5))!
        let blank = character(layout.lines, inland.row, inland.column) ?? " "
        XCTAssertFalse(blank.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "\(blank)")
        XCTAssertTrue(layout.lines.joined().contains("SYRIA"))
        XCTAssertTrue(layout.lines.joined().contains("IRAQ"))
    }

    func testASCIIMapAndLabelsThatDoNotOverlap() {
        let names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima"]
        let crowd = names.enumerated().map { MapPlace(name: $1, lat: 35.0 + Double($0) * 0.05, lon: 38.0, weight: 12 - $0) }
        let renderer = MapRenderer(options: RenderOptions(width: 60, unicode: false), maxRows: 20)
        let layout = renderer.layout(crowd, framing: .region)
        XCTAssertTrue(layout.lines.joined().unicodeScalars.allSatisfy(\.isASCII))
        // Every label drawn appears whole, once; the heaviest place is labelled; some are left out.
        let text = layout.lines.joined(separator: "\n")
        for marker in layout.markers where marker.labelled {
            XCTAssertEqual(text.components(separatedBy: marker.place.name).count - 1, 1, marker.place.name)
        }
        XCTAssertTrue(layout.markers.first { $0.place.name == "Alpha" }!.labelled)
        XCTAssertTrue(layout.markers.contains { !$0.labelled })
        let rendered = renderer.render(crowd, framing: .region)
        XCTAssertTrue(rendered.contains("unlabelled"), rendered)
    }

    func testFramingFitsPlacesOutsideTheRegion() {
        let istanbul = MapPlace(name: "Istanbul", lat: 41.01, lon: 28.98)
        XCTAssertEqual(MapRenderer.box(for: [damascus], framing: .automatic), .region)
        let box = MapRenderer.box(for: [damascus, istanbul], framing: .automatic)
        XCTAssertTrue(box.contains(istanbul.point) && box.contains(damascus.point))
        let layout = MapRenderer(options: RenderOptions(width: 80), maxRows: 24).layout([damascus, istanbul], framing: .region)
        XCTAssertEqual(layout.outside.map(\.name), ["Istanbul"])
        XCTAssertTrue(MapRenderer(options: RenderOptions(width: 80), maxRows: 24)
            .render([damascus, istanbul], framing: .region).contains("not shown: Istanbul"))
    }

    func testAPlaceBeyondTheOutlinesWidensNothing() {
        let berlin = MapPlace(name: "Berlin", lat: 52.52, lon: 13.41)
        XCTAssertFalse(CountryOutline.dataBox.contains(berlin.point))
        XCTAssertEqual(MapRenderer.box(for: [damascus, aleppo, berlin], framing: .automatic), .region)
        let rendered = MapRenderer(options: RenderOptions(width: 80), maxRows: 24).render([damascus, berlin], framing: .automatic)
        XCTAssertTrue(rendered.contains("not shown: Berlin"))
    }

    func testSVGIsWellFormedWithCountryPolygonsAndPlaces() throws {
        let svg = SVGMapWriter().svg([damascus, aleppo, MapPlace(name: "Tom & Jerry's <town>", lat: 34, lon: 38)], framing: .region)
        let collector = SVGCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        XCTAssertEqual(collector.root, "svg")
        let countries = Set(collector.polygonCountries)
        for country in ["Syria", "Iraq", "Turkey", "Jordan", "Lebanon"] { XCTAssertTrue(countries.contains(country), country) }
        XCTAssertFalse(countries.contains("Greece"))
        XCTAssertEqual(collector.circles, 3)
        XCTAssertTrue(collector.texts.contains("Tom & Jerry's <town>"))
        XCTAssertTrue(collector.texts.contains("SYRIA"))
        // Points of Syria's polygon fall inside the picture.
        let syria = try XCTUnwrap(collector.polygonPoints["Syria"])
        XCTAssertTrue(syria.allSatisfy { $0.0 >= 0 && $0.0 <= 800 && $0.1 >= 0 })
    }

    private func character(_ lines: [String], _ row: Int, _ column: Int) -> Character? {
        guard row < lines.count else { return nil }
        let line = Array(lines[row])
        return column < line.count ? line[column] : nil
    }
}

/// Collects what the SVG tests check.
private final class SVGCollector: NSObject, XMLParserDelegate {
    var root: String?
    var polygonCountries: [String] = []
    var polygonPoints: [String: [(Double, Double)]] = [:]
    var circles = 0
    var texts: [String] = []
    private var text: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = name }
        switch name {
        case "polygon":
            let country = attributes["data-country"] ?? ""
            polygonCountries.append(country)
            polygonPoints[country] = (attributes["points"] ?? "").split(separator: " ").compactMap { pair in
                let parts = pair.split(separator: ",").compactMap { Double($0) }
                return parts.count == 2 ? (parts[0], parts[1]) : nil
            }
        case "circle": circles += 1
        case "text": text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let text { texts.append(text) }
        if name == "text" { text = nil }
    }
}
