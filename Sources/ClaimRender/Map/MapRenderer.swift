import Foundation

/// A place to put on a map.
public struct MapPlace: Sendable, Equatable {
    public var name: String
    public var point: GeoPoint
    /// Importance (e.g. how many claims name it): heavier places get their labels first.
    public var weight: Int

    public init(name: String, lat: Double, lon: Double, weight: Int = 1) {
        self.name = name
        self.point = GeoPoint(lat: lat, lon: lon)
        self.weight = weight
    }
}

/// Which part of the world a map shows.
public enum MapFraming: Sendable, Equatable {
    /// Syria, Iraq and neighbours when every place is inside that box; otherwise fitted to the places and the region.
    case automatic
    /// Syria, Iraq and neighbours (`GeoBox.region`).
    case region
    /// The places' own extent, with a margin.
    case fitted
    case box(GeoBox)
}

/// A marker as placed on the grid, for tests and the SVG writer.
public struct PlacedMarker: Sendable, Equatable {
    public var place: MapPlace
    public var column: Int
    public var row: Int
    /// Whether its name fitted beside it.
    public var labelled: Bool
}

/// What `MapRenderer.layout` decided: the projection, the markers and the grid's lines.
public struct MapLayout: Sendable {
    public var projection: MapProjection
    public var markers: [PlacedMarker]
    /// Places outside the map.
    public var outside: [MapPlace]
    public var lines: [String]
}

/// Draws places on a latitude/longitude grid of the region with Natural Earth country outlines, sized to the
/// terminal: Braille line art and `●` markers, or `- | / \` and `*` in ASCII. Heavier places are labelled first;
/// a label goes right of its marker, else left, above or below, and is left out rather than cover another.
///
///     MapRenderer(options: options, maxRows: 30).render([MapPlace(name: "Aleppo", lat: 36.2, lon: 37.16)])
public struct MapRenderer: Sendable {
    public var options: RenderOptions
    public var maxRows: Int

    public init(options: RenderOptions, maxRows: Int = 32) {
        self.options = options
        self.maxRows = maxRows
    }

    public func render(_ places: [MapPlace], framing: MapFraming = .automatic) -> String {
        let layout = self.layout(places, framing: framing)
        var out = layout.lines.joined(separator: "\n") + "\n"
        let box = layout.projection.box
        out += String(format: "(lat %.1f to %.1f, lon %.1f to %.1f; %d place%@",
                      box.south, box.north, box.west, box.east, layout.markers.count, layout.markers.count == 1 ? "" : "s")
        let unlabelled = layout.markers.filter { !$0.labelled }.count
        if unlabelled > 0 { out += ", \(unlabelled) unlabelled" }
        if !layout.outside.isEmpty {
            out += "; not shown: " + layout.outside.prefix(5).map(\.name).joined(separator: ", ")
            if layout.outside.count > 5 { out += " and \(layout.outside.count - 5) more" }
        }
        return out + ")\n"
    }

    /// The box a framing gives for `places`.
    public static func box(for places: [MapPlace], framing: MapFraming) -> GeoBox {
        let points = places.map(\.point)
        switch framing {
        case .region:
            return .region
        case .box(let box):
            return box
        case .fitted:
            return GeoBox.fitted(to: points) ?? .region
        case .automatic:
            // A place beyond the outlines (Berlin, Washington) cannot be drawn: it is listed as not shown and widens
            // nothing.
            let drawable = points.filter(CountryOutline.dataBox.contains)
            if drawable.allSatisfy(GeoBox.region.contains) { return .region }
            let corners = [GeoPoint(lat: GeoBox.region.south, lon: GeoBox.region.west),
                           GeoPoint(lat: GeoBox.region.north, lon: GeoBox.region.east)]
            return GeoBox.fitted(to: drawable + corners, margin: 0.05) ?? .region
        }
    }

    public func layout(_ places: [MapPlace], framing: MapFraming = .automatic) -> MapLayout {
        let projection = MapProjection(box: MapRenderer.box(for: places, framing: framing),
                                       maxColumns: options.width, maxRows: maxRows)
        var canvas = MapCanvas(columns: projection.columns, rows: projection.rows, unicode: options.unicode)
        for outline in CountryOutline.all {
            for ring in outline.rings {
                for (a, b) in zip(ring, ring.dropFirst()) where !CountryOutline.isClipEdge(a, b) {
                    canvas.line(from: projection.position(a), to: projection.position(b))
                }
            }
        }
        // Heaviest first, then by name, so the same places always get the same labels.
        let ordered = places.sorted { ($1.weight, $0.name) < ($0.weight, $1.name) }
        let marker: Character = options.unicode ? "●" : "*"
        var markers: [PlacedMarker] = []
        var outside: [MapPlace] = []
        for place in ordered {
            guard let cell = projection.cell(place.point) else {
                outside.append(place)
                continue
            }
            if canvas.character(row: cell.row, column: cell.column) != marker {
                canvas.put(String(marker), row: cell.row, column: cell.column)
            }
            markers.append(PlacedMarker(place: place, column: cell.column, row: cell.row, labelled: false))
        }
        for index in markers.indices {
            markers[index].labelled = placeLabel(markers[index].place.name, at: markers[index], on: &canvas)
        }
        for outline in CountryOutline.all {
            let label = outline.name.uppercased()
            guard let cell = projection.cell(outline.labelPoint) else { continue }
            let column = cell.column - label.count / 2
            // A blank cell on each side keeps country names apart from place labels.
            if canvas.isFree(row: cell.row, column: column - 1, width: label.count + 2) {
                canvas.put(label, row: cell.row, column: column)
            }
        }
        return MapLayout(projection: projection, markers: markers, outside: outside, lines: canvas.lines())
    }

    /// Puts a marker's label right, left, above or below it; false when none fits.
    private func placeLabel(_ name: String, at marker: PlacedMarker, on canvas: inout MapCanvas) -> Bool {
        let width = name.count
        let candidates = [
            (marker.row, marker.column + 2), (marker.row, marker.column - width - 1),
            (marker.row - 1, marker.column - width / 2), (marker.row + 1, marker.column - width / 2),
        ]
        for (row, column) in candidates {
            // Keep a blank between a label and anything else on its row.
            let left = max(0, column - 1), right = min(canvas.columns, column + width + 1)
            guard canvas.isFree(row: row, column: column, width: width),
                  canvas.isFree(row: row, column: left, width: right - left) else { continue }
            canvas.put(name, row: row, column: column)
            // Clear the cell between a marker and a label beside it, so line art does not run into the name.
            if row == marker.row {
                let gap = column > marker.column ? marker.column + 1 : column + width
                if gap >= 0, gap < canvas.columns, canvas.character(row: row, column: gap) == nil { canvas.put(" ", row: row, column: gap) }
            }
            return true
        }
        return false
    }
}
