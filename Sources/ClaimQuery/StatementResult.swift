import ClaimDiagnostics
import ClaimStore

public struct ResultColumn: Equatable, Sendable {
    public var name: String
    public var type: FieldType
    public var isMulti: Bool

    public init(name: String, type: FieldType, isMulti: Bool) {
        self.name = name
        self.type = type
        self.isMulti = isMulti
    }
}

/// Rows of one kind, ready for a renderer.
public struct ResultSet: Sendable {
    public var kind: EntityKind
    /// Every field of the kind for a plain listing; exactly the selected ones after `select`.
    public var columns: [ResultColumn]
    /// A listing's rows are built as they are read (`ResultRows`), so a large result costs its ids until shown.
    public var rows: ResultRows
    /// What table mode shows when no `select` was given.
    public var defaultColumns: [String]
    /// Rows that matched before `limit` and `offset` cut them.
    public var totalBeforeLimit: Int

    public init(kind: EntityKind, columns: [ResultColumn], rows: [[Cell]], defaultColumns: [String], totalBeforeLimit: Int) {
        self.init(kind: kind, columns: columns, rows: ResultRows(rows), defaultColumns: defaultColumns, totalBeforeLimit: totalBeforeLimit)
    }

    public init(kind: EntityKind, columns: [ResultColumn], rows: ResultRows, defaultColumns: [String], totalBeforeLimit: Int) {
        self.kind = kind
        self.columns = columns
        self.rows = rows
        self.defaultColumns = defaultColumns
        self.totalBeforeLimit = totalBeforeLimit
    }
}

public enum StatementResult: Sendable {
    /// A listing, with or without `select`.
    case rows(ResultSet)
    case count(kind: EntityKind, value: Int)
    /// `group by` (or `count … by`): columns FIELD and count.
    case grouped(ResultSet)
    /// `let NAME = QUERY` saved `count` records.
    case assigned(name: String, count: Int)
    /// `.explain` and other text answers.
    case text(String)
    /// `timeline`: claims with columns id, date, date_precision, type, text, doc — dated ones in date order
    /// (ties by id), then the undated ones by id.
    case timeline(ResultSet)
}

/// What running a statement gave: a result unless an error stopped it, diagnostics (errors and warnings, with
/// ranges into the statement), and notes (why a result is empty, what a `let` replaced).
public struct StatementOutcome: Sendable {
    public var result: StatementResult?
    public var diagnostics: [Diagnostic]
    public var notes: [String]

    public init(result: StatementResult?, diagnostics: [Diagnostic] = [], notes: [String] = []) {
        self.result = result
        self.diagnostics = diagnostics
        self.notes = notes
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
