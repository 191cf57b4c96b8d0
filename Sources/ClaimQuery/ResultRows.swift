/// The rows of a result as a random-access collection of `ResultRow`s: either rows already built, or record ids
/// with a way to build each cell when it is read, so a listing of a million ids does not allocate a million rows
/// that a count, a `limit`ed table or a `let` never look at. Reading a cell twice builds it twice; `Array(rows)`
/// keeps the ids and builds nothing.
public struct ResultRows: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable, Sendable, CustomStringConvertible {
    // Separate properties rather than an enum with payloads: reading a row must not copy (retain and release)
    // the id list, which was a third of the time of listing a quarter of a million ids.
    private let built: [[Cell]]
    private let ids: [Int]
    private let maker: RowMaker?

    public init(_ rows: [[Cell]]) {
        built = rows
        ids = []
        maker = nil
    }

    public init(arrayLiteral rows: [Cell]...) { self.init(rows) }

    /// Rows for `ids`, each cell built by `maker` when read.
    init(ids: [Int], maker: RowMaker) {
        built = []
        self.ids = ids
        self.maker = maker
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int { maker == nil ? built.count : ids.count }

    public subscript(position: Int) -> ResultRow {
        guard let maker else { return ResultRow(built[position]) }
        return ResultRow(id: ids[position], maker: maker)
    }

    public static func == (lhs: ResultRows, rhs: ResultRows) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0 == $1 }
    }

    public var description: String { map { Array($0) }.description }
}

/// Builds a record's cells, one maker per column; holds the store, which is only read once built.
final class RowMaker: @unchecked Sendable {
    let columns: [(Int) -> Cell]
    /// Per column, the id prefix when the column is the record's own id (`c17`), written without a call through
    /// the column's closure: listing ids is the commonest large result.
    let ownIDPrefix: [String?]
    let recordCount: Int
    let store: AnyObject

    init(columns: [(Int) -> Cell], ownIDPrefix: [String?], recordCount: Int, keeping store: AnyObject) {
        self.columns = columns
        self.ownIDPrefix = ownIDPrefix
        self.recordCount = recordCount
        self.store = store
    }

    func cell(_ column: Int, _ id: Int) -> Cell {
        if let prefix = ownIDPrefix[column], id >= 1, id <= recordCount { return Cell(.string(IDText.make(prefix, id))) }
        return columns[column](id)
    }
}

/// One row of a result: its cells, read like `[Cell]`. A listing's row is a record id and the makers of its
/// cells, so reading a row allocates nothing until a cell with several values is built.
public struct ResultRow: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    // One reference either way, so passing a row around retains one object.
    private enum Source: Sendable {
        case built([Cell])
        case record(RowMaker)
    }

    private let source: Source
    private let id: Int

    public init(_ cells: [Cell]) {
        source = .built(cells)
        id = 0
    }

    public init(arrayLiteral cells: Cell...) { self.init(cells) }

    init(id: Int, maker: RowMaker) {
        source = .record(maker)
        self.id = id
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch source {
        case .built(let cells): return cells.count
        case .record(let maker): return maker.columns.count
        }
    }

    public subscript(column: Int) -> Cell {
        switch source {
        case .built(let cells): return cells[column]
        case .record(let maker): return maker.cell(column, id)
        }
    }

    public static func == (lhs: ResultRow, rhs: ResultRow) -> Bool { lhs.elementsEqual(rhs) }

    public var description: String { Array(self).description }
}
