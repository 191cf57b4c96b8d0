/// Numbers kept as 32 bits when they all fit (ids, years always do), else as `Int`.
enum PackedNumbers: Sendable {
    case narrow([Int32])
    case wide([Int])

    init(_ values: [Int]) {
        var narrow: [Int32] = []
        narrow.reserveCapacity(values.count)
        for value in values {
            guard let packed = Int32(exactly: value) else {
                self = .wide(values)
                return
            }
            narrow.append(packed)
        }
        self = .narrow(narrow)
    }

    subscript(index: Int) -> Int {
        switch self {
        case .narrow(let values): return Int(values[index])
        case .wide(let values): return values[index]
        }
    }

    var isEmpty: Bool {
        switch self {
        case .narrow(let values): return values.isEmpty
        case .wide(let values): return values.isEmpty
        }
    }
}

/// Several lists of numbers packed into a buffer, 32 bits per number when they fit. A claim keeps its places, actors,
/// people, years, figures, and its year and date as short lists, in a buffer its document's claims share (one
/// allocation per document instead of one per claim).
/// Layout from `base`: the number of lists, the end offset of each (relative to the values), then every list's
/// values in order. No values at all takes no room (`base` -1).
struct PackedLists: Sendable {
    private let numbers: PackedNumbers
    private let base: Int32

    /// Lists in a buffer of their own.
    init(_ lists: [[Int]]) {
        var pool: [Int] = []
        let base = Self.append(lists, to: &pool)
        self.init(pool: PackedNumbers(pool), base: base)
    }

    /// Lists laid out in `pool` from `base` (see `append`).
    init(pool: PackedNumbers, base: Int?) {
        numbers = base == nil ? .narrow([]) : pool
        self.base = base.map { Int32($0) } ?? -1
    }

    /// Lays `lists` out at the end of `pool` and returns where they start; nil, adding nothing, when all are empty.
    static func append(_ lists: [[Int]], to pool: inout [Int]) -> Int? {
        guard lists.contains(where: { !$0.isEmpty }) else { return nil }
        let base = pool.count
        precondition(base <= Int(Int32.max), "one buffer of lists past 32-bit offsets")
        pool.append(lists.count)
        var end = 0
        for list in lists {
            end += list.count
            pool.append(end)
        }
        for list in lists { pool += list }
        return base
    }

    func list(_ index: Int) -> IDList {
        guard base >= 0 else { return IDList() }
        let base = Int(self.base)
        let start = index == 0 ? 0 : numbers[base + index]
        return IDList(numbers, offset: base + 1 + numbers[base] + start, count: numbers[base + 1 + index] - start)
    }
}

/// A read-only list of ids (or years), a run of a shared buffer of numbers, optionally leaving one position out
/// (claims of one corroboration group share one list, each without its own document's entry). Reads as a
/// collection of `Int` indexed from 0.
public struct IDList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    private let numbers: PackedNumbers
    private let offset: Int32
    private let length: Int32
    /// Position within the run that is left out, or -1.
    private let skipped: Int32

    /// `count` numbers of `numbers` from `offset`, leaving out the one at `offset + skipping` when given.
    init(_ numbers: PackedNumbers, offset: Int, count: Int, skipping: Int? = nil) {
        self.numbers = numbers
        self.offset = Int32(offset)
        self.length = Int32(count)
        self.skipped = skipping.map { Int32($0) } ?? -1
    }

    init() { self.init(.narrow([]), offset: 0, count: 0) }

    public init(_ values: [Int]) { self.init(PackedNumbers(values), offset: 0, count: values.count) }

    public init(arrayLiteral values: Int...) { self.init(values) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(length) }
    public subscript(position: Int) -> Int {
        precondition(position >= 0 && position < Int(length), "IDList index out of range")
        let shifted = skipped >= 0 && position >= Int(skipped) ? position + 1 : position
        return numbers[Int(offset) + shifted]
    }

    public static func == (lhs: IDList, rhs: IDList) -> Bool { lhs.elementsEqual(rhs) }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for value in self { hasher.combine(value) }
    }

    public var description: String { Array(self).description }
}
