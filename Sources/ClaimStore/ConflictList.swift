/// One conflict in 32 bytes: its claims, its strings as numbers into the list's table, its places and actors as the
/// number of a distinct pair of lists, and its gap. The documents are the claims' own.
struct PackedConflict: Sendable {
    /// Flags in the high bits of `refs`.
    static let hasGap: UInt32 = 1 << 31
    /// Both sides state a duration: such a pair ranks above a duration against a start year (see `ConflictCollector`).
    static let bothDurations: UInt32 = 1 << 30
    static let refsMask: UInt32 = (1 << 30) - 1

    var claimA: Int32
    var claimB: Int32
    var subject: UInt32
    var valueA: UInt32
    var valueB: UInt32
    var refs: UInt32
    var storedGap: Double

    var gap: Double? { refs & Self.hasGap != 0 ? storedGap : nil }
    var refsNumber: Int { Int(refs & Self.refsMask) }
}

/// The store's conflicts, packed (a large corpus has millions: 32 bytes each instead of a record with three strings
/// and two lists). Reads as a collection of `ConflictRecord`, rebuilt on access; `x1` is at position 0.
public struct ConflictList: RandomAccessCollection, Sendable {
    let items: [PackedConflict]
    /// Subjects and values, each distinct string once.
    let strings: [String]
    /// Distinct (places, actors) pairs.
    let refs: [(places: IDList, actors: IDList)]
    /// Each claim's document, by `id - 1`: a conflict's documents are its claims'.
    let claimDocs: [Int32]

    init(items: [PackedConflict], strings: [String], refs: [(places: IDList, actors: IDList)], claimDocs: [Int32]) {
        self.items = items
        self.strings = strings
        self.refs = refs
        self.claimDocs = claimDocs
    }

    init() { self.init(items: [], strings: [], refs: [], claimDocs: []) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { items.count }

    public subscript(position: Int) -> ConflictRecord {
        let item = items[position]
        let lists = refs[item.refsNumber]
        return ConflictRecord(id: position + 1, subject: strings[Int(item.subject)], claimA: Int(item.claimA),
                              claimB: Int(item.claimB), docA: doc(of: item.claimA), docB: doc(of: item.claimB),
                              valueA: strings[Int(item.valueA)], valueB: strings[Int(item.valueB)], gap: item.gap,
                              places: lists.places, actors: lists.actors)
    }

    // Single fields without building the whole record (scans read one field of every conflict).
    func subject(at position: Int) -> String { strings[Int(items[position].subject)] }
    func claimA(at position: Int) -> Int { Int(items[position].claimA) }
    func claimB(at position: Int) -> Int { Int(items[position].claimB) }
    func docA(at position: Int) -> Int { doc(of: items[position].claimA) }
    func docB(at position: Int) -> Int { doc(of: items[position].claimB) }
    func valueA(at position: Int) -> String { strings[Int(items[position].valueA)] }
    func valueB(at position: Int) -> String { strings[Int(items[position].valueB)] }
    func gap(at position: Int) -> Double? { items[position].gap }
    func places(at position: Int) -> IDList { refs[items[position].refsNumber].places }
    func actors(at position: Int) -> IDList { refs[items[position].refsNumber].actors }

    private func doc(of claim: Int32) -> Int { Int(claimDocs[Int(claim) - 1]) }

    /// Bytes of the packed items, the string table and the lists, for memory reports (strings of up to 15 UTF-8
    /// bytes are inline and counted in the table's slots).
    public var packedBytes: Int {
        items.capacity * MemoryLayout<PackedConflict>.stride
            + strings.reduce(strings.capacity * 16) { $0 + ($1.utf8.count > 15 ? 32 + $1.utf8.count + 1 : 0) }
            + refs.count * (MemoryLayout<(IDList, IDList)>.stride + 16) + claimDocs.capacity * 4
    }
}

/// Gathers conflicts as the detector finds them: strings and lists interned, and for each subject and pair of
/// documents only the best pair of claims kept, replaced in place when a better one comes. Each detector
/// (figures, durations, dates) keeps its own choice of best (`startSource`); a subject whose conflicts are all
/// found together can be closed (`closeSubjects`) so the lookup stays small.
struct ConflictCollector {
    private var items: [PackedConflict] = []
    private var strings = Interner<String>()
    private var refs: [(places: IDList, actors: IDList)] = []
    private var refNumbers: [RefKey: UInt32] = [:]
    /// Subject and document pair → position in `items` of the conflict kept for them.
    private var best: [PairKey: Int32] = [:]
    private let claimDocs: [Int32]

    private struct RefKey: Hashable {
        var places: [Int]
        var actors: [Int]
    }

    private struct PairKey: Hashable {
        var subject: UInt32
        var docA: Int32
        var docB: Int32
    }

    init(claimDocs: [Int32]) {
        self.claimDocs = claimDocs
    }

    /// The number of `text` in the table, added on first use.
    mutating func intern(_ text: String) -> UInt32 { strings.number(for: text) }

    /// Offers a conflict; it is kept when it is the first for its subject and documents, or ranks above the one kept
    /// (a larger `rank`, else on a tie the earlier pair of claims). `rank` is the gap, plus 1000 for `bothDurations`.
    mutating func offer(subject: UInt32, claimA: Int, claimB: Int, valueA: UInt32, valueB: UInt32, gap: Double?,
                        places: [Int], actors: [Int], bothDurations: Bool = false) {
        let docA = claimDocs[claimA - 1], docB = claimDocs[claimB - 1]
        let key = PairKey(subject: subject, docA: min(docA, docB), docB: max(docA, docB))
        let rank = Self.rank(gap: gap, bothDurations: bothDurations)
        let kept = best[key]
        if let kept {
            let existing = items[Int(kept)]
            let existingRank = Self.rank(gap: existing.gap, bothDurations: existing.refs & PackedConflict.bothDurations != 0)
            let older = (Int(existing.claimA), Int(existing.claimB)) <= (claimA, claimB)
            if existingRank > rank || (existingRank == rank && older) { return }
        }
        var refs = refsNumber(places: places, actors: actors)
        if gap != nil { refs |= PackedConflict.hasGap }
        if bothDurations { refs |= PackedConflict.bothDurations }
        let item = PackedConflict(claimA: Int32(claimA), claimB: Int32(claimB), subject: subject, valueA: valueA,
                                  valueB: valueB, refs: refs, storedGap: gap ?? 0)
        if let kept {
            items[Int(kept)] = item
        } else {
            best[key] = Int32(items.count)
            items.append(item)
        }
    }

    private static func rank(gap: Double?, bothDurations: Bool) -> Double {
        (bothDurations ? 1000 : 0) + (gap ?? 0)
    }

    private mutating func refsNumber(places: [Int], actors: [Int]) -> UInt32 {
        let key = RefKey(places: places, actors: actors)
        if let number = refNumbers[key] { return number }
        let number = UInt32(refs.count)
        precondition(number <= PackedConflict.refsMask, "too many distinct place and actor lists in conflicts")
        refs.append((IDList(places), IDList(actors)))
        refNumbers[key] = number
        return number
    }

    /// The next conflicts come from another detector: its best choices are its own.
    mutating func startSource() { best.removeAll() }

    /// No conflict offered from now on has a subject offered before.
    mutating func closeSubjects() { best.removeAll(keepingCapacity: true) }

    /// The conflicts in order of their claims, then subject, numbered from 1 in that order.
    mutating func finish() -> ConflictList {
        best = [:]
        strings.seal()
        refNumbers = [:]
        let strings = self.strings.values
        items.sort { a, b in
            if a.claimA != b.claimA { return a.claimA < b.claimA }
            if a.claimB != b.claimB { return a.claimB < b.claimB }
            return strings[Int(a.subject)] < strings[Int(b.subject)]
        }
        return ConflictList(items: items.trimmed(), strings: strings, refs: refs, claimDocs: claimDocs)
    }
}
