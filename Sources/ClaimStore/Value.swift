import Foundation
import ClaimCorpus

/// One value of a field. Multi-valued fields hold several; a missing value is an empty list, not `.null`.
public enum Value: Hashable, Sendable, Comparable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case decimal(Double)
    case string(String)
    case date(CalendarDate)
    /// A reference to a record: its kind and id.
    case ref(EntityKind, Int)

    /// A number as `.int` when it is whole, else `.decimal`.
    public static func number(_ value: Double) -> Value {
        value.rounded() == value && abs(value) < 1e15 ? .int(Int(value)) : .decimal(value)
    }

    public var numeric: Double? {
        switch self {
        case .int(let v): return Double(v)
        case .decimal(let v): return v
        default: return nil
        }
    }

    private var rank: Int {
        switch self {
        case .null: return 0
        case .bool: return 1
        case .int, .decimal: return 2
        case .date: return 3
        case .string: return 4
        case .ref: return 5
        }
    }

    /// Numbers compare by value whatever their case; otherwise by case, then by content.
    public static func < (lhs: Value, rhs: Value) -> Bool {
        if let a = lhs.numeric, let b = rhs.numeric { return a < b }
        switch (lhs, rhs) {
        case (.bool(let a), .bool(let b)): return !a && b
        case (.string(let a), .string(let b)): return a.lowercased() < b.lowercased()
        case (.date(let a), .date(let b)): return a < b
        case (.ref(let ka, let a), .ref(let kb, let b)): return (ka, a) < (kb, b)
        default: return lhs.rank < rhs.rank
        }
    }

    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let v): return v ? "true" : "false"
        case .int(let v): return String(v)
        case .decimal(let v): return Value.format(v)
        case .string(let v): return v
        case .date(let v): return v.iso
        case .ref(let kind, let id): return kind.idPrefix + String(id)
        }
    }

    /// Decimals without noise: `0.4`, `36.5`, `1e-05` stays readable.
    public static func format(_ v: Double) -> String {
        if v.rounded() == v && abs(v) < 1e15 { return String(Int(v)) }
        var text = String(format: "%.6f", v)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
