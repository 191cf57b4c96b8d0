/// The rows of a result as a random-access collection of rows (`[Cell]`): either rows already built, or record ids
/// with a way to build each row when it is read, so a listing of a million ids does not allocate a million rows
/// that a count, a `limit`ed table or a `let` never look at. Reading a row twice builds it twice; `Array(rows)`
/// builds them all once.
public struct ResultRows: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable, Sendable, CustomStringConvertible {
    /// Builds row `id`'s cells; holds the store, which is only read once built.
    final class RowMaker: @unchecked Sendable {
        let make: (Int) -> [Cell]
        init(_ make: @escaping (Int) -> [Cell]) { self.make = make }
    }

    private enum Storage: Sendable {
        case built([[Cell]])
        case ids([Int], RowMaker)
    }

    private let storage: Storage

    public init(_ rows: [[Cell]]) { storage = .built(rows) }

    public init(arrayLiteral rows: [Cell]...) { storage = .built(rows) }

    /// Rows for `ids`, each built by `make` when read.
    init(ids: [Int], make: @escaping (Int) -> [Cell]) { storage = .ids(ids, RowMaker(make)) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .built(let rows): return rows.count
        case .ids(let ids, _): return ids.count
        }
    }

    public subscript(position: Int) -> [Cell] {
        switch storage {
        case .built(let rows): return rows[position]
        case .ids(let ids, let maker): return maker.make(ids[position])
        }
    }

    public static func == (lhs: ResultRows, rhs: ResultRows) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0 == $1 }
    }

    public var description: String { Array(self).description }
}
