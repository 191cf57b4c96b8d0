import Foundation
import ClaimDiagnostics
import ClaimStore

// The bound tree: names resolved against the schema and the store, literals turned into store values.

/// One hop of a path: the field read on records of `kind`.
struct BoundStep {
    var kind: EntityKind
    var field: FieldDescriptor
}

/// A field path bound to the schema: `doc.outlet` on claims is claims.doc then documents.outlet.
struct BoundPath {
    var steps: [BoundStep]

    /// Canonical field names joined by dots (`places.country`), the column name in results.
    var name: String { steps.map(\.field.name).joined(separator: ".") }
    var type: FieldType { steps.last!.field.type }
    var isMulti: Bool { steps.contains { $0.field.isMulti } }
}

struct BoundPredicate {
    var path: BoundPath
    var op: PredicateOperator
    var negated: Bool
    /// The operands as store values; an entity name may stand for several records, and an unknown one for none.
    var operands: [Value]
    var regex: NSRegularExpression?
    /// The predicate as the user wrote it, for plans and notes.
    var text: String
}

indirect enum BoundExpr {
    case predicate(BoundPredicate)
    case and([BoundExpr])
    case or([BoundExpr])
    case not(BoundExpr, text: String)
}

struct BoundOrder {
    /// nil orders a grouped result by its counts.
    var path: BoundPath?
    var descending: Bool
}

struct BoundQuery {
    var kind: EntityKind
    /// The saved result a query refines (`NAME where …`), in its saved order; nil means every record of the kind.
    var base: [Int]?
    var filter: BoundExpr?
    var groupBy: BoundPath?
    var orderBy: [BoundOrder]
    var limit: Int?
    var offset: Int?
    var select: [BoundPath]
}

enum BoundStatement {
    case query(BoundQuery)
    case count(BoundQuery, by: BoundPath?)
    case assignment(name: String, query: BoundQuery)
    /// Claims in date order (the source is claims or a saved result of claims).
    case timeline(BoundQuery)

    var query: BoundQuery {
        switch self {
        case .query(let query), .count(let query, _), .assignment(_, let query), .timeline(let query): return query
        }
    }
}

/// A result kept with `let NAME = …`.
struct SavedResult {
    var name: String
    var kind: EntityKind
    var ids: [Int]
    var text: String
}

extension FieldType {
    /// What a value of this type is, as a phrase for messages: "a whole number (like 2017)".
    var wants: String {
        switch self {
        case .int: return "a whole number (like 2017)"
        case .decimal: return "a number (like 36.5)"
        case .string: return "text in double quotes"
        case .date: return "a date (like 2017-09-05, 2017-09 or 2017)"
        case .bool: return "true or false"
        case .enumeration(let words): return "one of " + words.map { "\"\($0)\"" }.joined(separator: ", ")
        case .entity(let kind): return "a \(kind.singular) name in double quotes"
        case .id(let kind): return "an id like \"\(kind.idPrefix)17\""
        }
    }

    /// What a field of this type holds, for messages: "'year' holds a whole number".
    var holds: String {
        switch self {
        case .int: return "a whole number"
        case .decimal: return "a number"
        case .string: return "text"
        case .date: return "a date"
        case .bool: return "true or false"
        case .enumeration: return "one of a fixed set of words"
        case .entity(let kind): return "\(kind.rawValue) (by name)"
        case .id(let kind): return "\(kind.singular) ids"
        }
    }
}
