/// A point on the globe in degrees (WGS84).
public struct GeoPoint: Sendable, Equatable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }
}

/// A latitude/longitude rectangle.
public struct GeoBox: Sendable, Equatable {
    public var south: Double
    public var west: Double
    public var north: Double
    public var east: Double

    public init(south: Double, west: Double, north: Double, east: Double) {
        self.south = south
        self.west = west
        self.north = north
        self.east = east
    }

    /// Syria, Iraq and their neighbours: the default view of `.map`.
    public static let region = GeoBox(south: 28.5, west: 33.5, north: 38.5, east: 49.0)

    public var latSpan: Double { north - south }
    public var lonSpan: Double { east - west }
    public var centre: GeoPoint { GeoPoint(lat: (south + north) / 2, lon: (west + east) / 2) }

    public func contains(_ point: GeoPoint) -> Bool {
        point.lat >= south && point.lat <= north && point.lon >= west && point.lon <= east
    }

    /// The smallest box holding `points`, widened by `margin` of its size (and to at least `minimumSpan` degrees),
    /// then kept inside `limit`. nil when there are no points.
    public static func fitted(to points: [GeoPoint], margin: Double = 0.15, minimumSpan: Double = 2,
                              limit: GeoBox = CountryOutline.dataBox) -> GeoBox? {
        guard let first = points.first else { return nil }
        var box = GeoBox(south: first.lat, west: first.lon, north: first.lat, east: first.lon)
        for point in points.dropFirst() {
            box.south = min(box.south, point.lat)
            box.north = max(box.north, point.lat)
            box.west = min(box.west, point.lon)
            box.east = max(box.east, point.lon)
        }
        let latPad = max(box.latSpan * margin, (minimumSpan - box.latSpan) / 2, 0)
        let lonPad = max(box.lonSpan * margin, (minimumSpan - box.lonSpan) / 2, 0)
        return GeoBox(south: max(limit.south, box.south - latPad), west: max(limit.west, box.west - lonPad),
                      north: min(limit.north, box.north + latPad), east: min(limit.east, box.east + lonPad))
    }
}

/// One country's outline: closed rings of points (an island or exclave is a ring of its own).
public struct CountryOutline: Sendable {
    public var name: String
    public var iso: String
    public var rings: [[GeoPoint]]

    /// Every outline in the embedded Natural Earth data (see `scripts/build-outlines.py`).
    public static var all: [CountryOutline] { embedded.outlines }

    /// The box the outlines were clipped to; edges lying on it are not coastlines or borders.
    public static var dataBox: GeoBox { embedded.box }

    private static let embedded = parse(countryOutlinesText)

    /// Whether the segment from `a` to `b` runs along the clip box (an artefact, not a border).
    static func isClipEdge(_ a: GeoPoint, _ b: GeoPoint) -> Bool {
        let box = dataBox
        let epsilon = 0.001
        func same(_ x: Double, _ y: Double, _ edge: Double) -> Bool { abs(x - edge) < epsilon && abs(y - edge) < epsilon }
        return same(a.lon, b.lon, box.west) || same(a.lon, b.lon, box.east)
            || same(a.lat, b.lat, box.south) || same(a.lat, b.lat, box.north)
    }

    /// Parses the `box` line and the `NAME<TAB>ISO<TAB>lon,lat …` ring lines; rings of one country are merged.
    static func parse(_ text: String) -> (box: GeoBox, outlines: [CountryOutline]) {
        var box = GeoBox(south: -90, west: -180, north: 90, east: 180)
        var outlines: [CountryOutline] = []
        var indexByName: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.first == "box", fields.count == 5 {
                let numbers = fields.dropFirst().compactMap { Double($0) }
                if numbers.count == 4 { box = GeoBox(south: numbers[0], west: numbers[1], north: numbers[2], east: numbers[3]) }
                continue
            }
            guard fields.count == 3 else { continue }
            let ring: [GeoPoint] = fields[2].split(separator: " ").compactMap { pair in
                let parts = pair.split(separator: ",")
                guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else { return nil }
                return GeoPoint(lat: lat, lon: lon)
            }
            guard ring.count >= 4 else { continue }
            let name = String(fields[0])
            if let index = indexByName[name] {
                outlines[index].rings.append(ring)
            } else {
                indexByName[name] = outlines.count
                outlines.append(CountryOutline(name: name, iso: String(fields[1]), rings: [ring]))
            }
        }
        return (box, outlines)
    }

    /// A point inside the largest ring, for the country's label: the centre of its bounding box when that is
    /// inside, else the ring's vertex average.
    var labelPoint: GeoPoint {
        let ring = rings.max { $0.count < $1.count } ?? []
        guard let first = ring.first else { return GeoPoint(lat: 0, lon: 0) }
        var box = GeoBox(south: first.lat, west: first.lon, north: first.lat, east: first.lon)
        for p in ring {
            box.south = min(box.south, p.lat); box.north = max(box.north, p.lat)
            box.west = min(box.west, p.lon); box.east = max(box.east, p.lon)
        }
        if CountryOutline.ringContains(ring, box.centre) { return box.centre }
        let count = Double(ring.count)
        return GeoPoint(lat: ring.reduce(0) { $0 + $1.lat } / count, lon: ring.reduce(0) { $0 + $1.lon } / count)
    }

    /// Even-odd point-in-polygon test.
    static func ringContains(_ ring: [GeoPoint], _ point: GeoPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.lat > point.lat) != (b.lat > point.lat),
               point.lon < (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}
