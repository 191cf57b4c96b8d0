import Foundation

/// Equirectangular projection of a box onto a grid of terminal cells: longitude scaled by the cosine of the
/// box's middle latitude, and a cell taken to be twice as tall as it is wide, so shapes keep their proportions.
/// The box is widened (about its centre) to fill the grid exactly.
public struct MapProjection: Sendable, Equatable {
    /// The box the grid covers (the requested one, widened to the grid's aspect).
    public let box: GeoBox
    public let columns: Int
    public let rows: Int

    /// Height of a terminal cell over its width.
    public static let cellAspect = 2.0

    /// The grid for `box` at most `maxColumns` wide and `maxRows` tall.
    public init(box requested: GeoBox, maxColumns: Int, maxRows: Int) {
        let shrink = cos(requested.centre.lat * .pi / 180)
        let width = requested.lonSpan * shrink        // projected degrees
        let height = requested.latSpan
        let columnsWanted = Double(max(10, maxColumns))
        let rowsWanted = Double(max(5, maxRows))
        // Projected degrees per column, the larger of what width and height need.
        let perColumn = max(width / columnsWanted, height / (rowsWanted * MapProjection.cellAspect))
        let columns = max(1, Int((width / perColumn).rounded(.down)))
        let rows = max(1, Int((height / (perColumn * MapProjection.cellAspect)).rounded(.down)))
        let fullWidth = Double(columns) * perColumn / shrink
        let fullHeight = Double(rows) * perColumn * MapProjection.cellAspect
        let centre = requested.centre
        box = GeoBox(south: centre.lat - fullHeight / 2, west: centre.lon - fullWidth / 2,
                     north: centre.lat + fullHeight / 2, east: centre.lon + fullWidth / 2)
        self.columns = columns
        self.rows = rows
    }

    /// Position in cell units (column, row from the top-left), fractional.
    public func position(_ point: GeoPoint) -> (x: Double, y: Double) {
        ((point.lon - box.west) / box.lonSpan * Double(columns), (box.north - point.lat) / box.latSpan * Double(rows))
    }

    /// The cell a point falls in; nil outside the grid.
    public func cell(_ point: GeoPoint) -> (column: Int, row: Int)? {
        let (x, y) = position(point)
        let column = Int(x.rounded(.down))
        let row = Int(y.rounded(.down))
        guard column >= 0, column < columns, row >= 0, row < rows else { return nil }
        return (column, row)
    }
}
