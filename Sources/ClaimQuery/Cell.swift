import ClaimStore

/// One cell: the display values of a field for one row (entity refs as canonical names, ids as `d3`).
/// A single-valued field gives zero or one element. It reads like `[Value]`; zero or one value is kept inline, so
/// the commonest cell costs no allocation (listing a quarter of a million ids allocated that many arrays).
public struct Cell: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    private enum Storage: Hashable, Sendable {
        case empty
        case one(Value)
        case many([Value])
    }

    private let storage: Storage

    public init<Values: Sequence>(_ values: Values) where Values.Element == Value {
        let array = Array(values)
        switch array.count {
        case 0: storage = .empty
        case 1: storage = .one(array[0])
        default: storage = .many(array)
        }
    }

    public init(_ value: Value) { storage = .one(value) }

    public init() { storage = .empty }

    public init(arrayLiteral values: Value...) { self.init(values) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .empty: return 0
        case .one: return 1
        case .many(let values): return values.count
        }
    }

    public subscript(position: Int) -> Value {
        switch storage {
        case .one(let value):
            precondition(position == 0, "cell index out of range")
            return value
        case .many(let values):
            return values[position]
        case .empty:
            preconditionFailure("cell index out of range")
        }
    }

    /// Equal when the values are, however they are held.
    public static func == (lhs: Cell, rhs: Cell) -> Bool { lhs.elementsEqual(rhs) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for value in self { hasher.combine(value) }
    }

    public var description: String { Array(self).description }
}
