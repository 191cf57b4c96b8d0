import ClaimCorpus
import ClaimDiagnostics

// The parsed tree: what the user wrote, with ranges, before any name is bound to the schema
// (the Checker produces the bound tree, as DuckDB keeps parsed and bound expressions apart).

/// A name as written, with where it was written.
public struct Name: Equatable, Sendable {
    public var text: String
    public var range: SourceRange
}

/// `place`, `doc.outlet`: a field, possibly reached through references.
public struct FieldPath: Equatable, Sendable {
    public var components: [Name]
    public var range: SourceRange { SourceRange(start: components.first!.range.start, end: components.last!.range.end) }
    public var text: String { components.map(\.text).joined(separator: ".") }
}

public enum LiteralValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case decimal(Double)
    case date(CalendarDate)
    case bool(Bool)
}

public struct Literal: Equatable, Sendable {
    public var value: LiteralValue
    public var range: SourceRange
}

public enum PredicateOperator: String, Equatable, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in` = "in", between = "between", contains = "contains", startsWith = "starts with"
    case matches = "matches", isEmpty = "is empty"

    var isOrdering: Bool { [.less, .lessEqual, .greater, .greaterEqual, .between].contains(self) }
    var isTextual: Bool { [.contains, .startsWith, .matches].contains(self) }
}

/// `FIELD OP VALUE…`; `negated` records a written `not` (`not in`, `is not empty`, `not contains`).
public struct FieldPredicate: Equatable, Sendable {
    public var path: FieldPath
    public var op: PredicateOperator
    public var negated: Bool
    public var operands: [Literal]
    public var operatorRange: SourceRange
    public var range: SourceRange
}

/// A filter expression. `and` and `or` are n-ary so long chains stay flat (no deep recursion to evaluate them).
public indirect enum Expr: Equatable, Sendable {
    case predicate(FieldPredicate)
    case and([Expr])
    case or([Expr])
    case not(Expr, keyword: SourceRange)

    public var range: SourceRange {
        switch self {
        case .predicate(let predicate): return predicate.range
        case .and(let children), .or(let children):
            return SourceRange(start: children.first!.range.start, end: children.last!.range.end)
        case .not(let inner, let keyword): return SourceRange(start: keyword.start, end: inner.range.end)
        }
    }
}

public struct OrderItem: Equatable, Sendable {
    public var path: FieldPath
    public var descending: Bool
}

/// `SOURCE [where …] [group by …] [order by …] [limit N] [offset M] [select …]`.
public struct Query: Equatable, Sendable {
    /// A kind (`claims`) or a name saved with `let`.
    public var source: Name
    public var filter: Expr?
    public var groupBy: FieldPath?
    public var orderBy: [OrderItem] = []
    public var limit: Literal?
    public var offset: Literal?
    public var select: [FieldPath] = []
    public var range: SourceRange
}

public enum Statement: Equatable, Sendable {
    case query(Query)
    /// `count SOURCE [where …] [by FIELD]`.
    case count(Query, by: FieldPath?)
    /// `let NAME = QUERY`.
    case assignment(name: Name, query: Query)
    /// `timeline [SOURCE] [where …] [limit N]`: claims in date order; the source is `claims` when not written.
    case timeline(Query)

    public var query: Query {
        switch self {
        case .query(let query), .count(let query, _), .assignment(_, let query), .timeline(let query): return query
        }
    }
}
