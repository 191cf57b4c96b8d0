import ClaimStore

/// What every renderer draws: named columns and rows of cells, each cell a list of display values
/// (a single-valued field holds zero or one).
public struct Table: Sendable {
    public struct Column: Sendable {
        public var name: String
        public var isMulti: Bool
        public init(name: String, isMulti: Bool = false) {
            self.name = name
            self.isMulti = isMulti
        }
    }

    public var columns: [Column]
    public var rows: [[[Value]]]
    /// Rows of the whole result: table mode is given only the rows it shows, and says how many it left out.
    public var totalRows: Int
    /// Columns a table shows (indexes into `columns`); the structured modes print all of them.
    public var visibleColumns: [Int]
    /// Draw a bar after the last (count) column, for grouped results.
    public var showsBars: Bool

    public init(columns: [Column], rows: [[[Value]]], totalRows: Int? = nil, visibleColumns: [Int]? = nil, showsBars: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.totalRows = max(totalRows ?? rows.count, rows.count)
        self.visibleColumns = visibleColumns ?? Array(columns.indices)
        self.showsBars = showsBars
    }
}

enum CellText {
    /// A cell as plain text: values joined with ", ".
    static func text(_ cell: [Value]) -> String {
        cell.map { value -> String in
            if case .null = value { return "" }
            return value.description
        }.joined(separator: ", ")
    }

    static func isNumeric(_ cell: [Value]) -> Bool {
        cell.count == 1 && cell[0].numeric != nil
    }
}
