import Foundation

/// Writes the same map as `MapRenderer` as a standalone SVG document: the same box and projection (scaled to
/// `width` pixels, a terminal cell being `width / columns` wide and twice as tall), country outlines as polygons,
/// places as circles with their names.
///
///     let svg = SVGMapWriter().svg(places)          // then write it to a file
public struct SVGMapWriter: Sendable {
    public var width: Double
    /// The character grid the box is fitted to, as in the terminal map (it fixes the box and the aspect).
    public var gridColumns: Int
    public var gridRows: Int

    public init(width: Double = 800, gridColumns: Int = 100, gridRows: Int = 32) {
        self.width = width
        self.gridColumns = gridColumns
        self.gridRows = gridRows
    }

    public func svg(_ places: [MapPlace], framing: MapFraming = .automatic) -> String {
        let projection = MapProjection(box: MapRenderer.box(for: places, framing: framing),
                                       maxColumns: gridColumns, maxRows: gridRows)
        let cell = width / Double(projection.columns)
        let height = Double(projection.rows) * cell * MapProjection.cellAspect
        func xy(_ point: GeoPoint) -> (Double, Double) {
            let (x, y) = projection.position(point)
            return (x * cell, y * cell * MapProjection.cellAspect)
        }
        let box = projection.box
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" "
        out += "viewBox=\"0 0 \(number(width)) \(number(height))\">\n"
        out += "<title>claimsh map: lat \(number(box.south)) to \(number(box.north)), lon \(number(box.west)) to \(number(box.east))</title>\n"
        out += "<desc>Country outlines: Natural Earth 1:110m (public domain).</desc>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#eef4f8\"/>\n"
        out += "<g id=\"countries\" fill=\"#fbfaf5\" stroke=\"#8a8a80\" stroke-width=\"1\" stroke-linejoin=\"round\">\n"
        for outline in CountryOutline.all {
            for ring in outline.rings where ring.contains(where: box.contains) || ringMeets(ring, box) {
                let points = ring.map { point -> String in
                    let (x, y) = xy(point)
                    return number(x) + "," + number(y)
                }.joined(separator: " ")
                out += "<polygon data-country=\"\(escaped(outline.name))\" points=\"\(points)\"/>\n"
            }
        }
        out += "</g>\n<g id=\"country-names\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#9a9a90\" text-anchor=\"middle\">\n"
        for outline in CountryOutline.all where box.contains(outline.labelPoint) {
            let (x, y) = xy(outline.labelPoint)
            out += "<text x=\"\(number(x))\" y=\"\(number(y))\">\(escaped(outline.name.uppercased()))</text>\n"
        }
        out += "</g>\n<g id=\"places\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#b0302a\">\n"
        let ordered = places.sorted { ($1.weight, $0.name) < ($0.weight, $1.name) }
        for place in ordered where box.contains(place.point) {
            let (x, y) = xy(place.point)
            let radius = 3 + min(5, log2(Double(max(1, place.weight))))
            out += "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(number(radius))\"><title>\(escaped(place.name))</title></circle>\n"
            out += "<text x=\"\(number(x + radius + 3))\" y=\"\(number(y + 4))\" fill=\"#222\">\(escaped(place.name))</text>\n"
        }
        out += "</g>\n</svg>\n"
        return out
    }

    /// Whether a ring's bounding box meets the box (a country surrounding the whole view has no vertex inside it).
    private func ringMeets(_ ring: [GeoPoint], _ box: GeoBox) -> Bool {
        guard let fitted = GeoBox.fitted(to: ring, margin: 0, minimumSpan: 0,
                                         limit: GeoBox(south: -90, west: -180, north: 90, east: 180)) else { return false }
        return fitted.south <= box.north && fitted.north >= box.south && fitted.west <= box.east && fitted.east >= box.west
    }

    private func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
