import ClaimExtraction

/// The evidence of every claim of one build, packed: each distinct string once, each distinct (field, matched, rule,
/// value) once, and every item in one buffer as that tuple's number and its range, 8 bytes. Claims hold a run of
/// the buffer (`EvidenceList`). Filled while a store is built, then only read: a later build (`.load`) starts a
/// table of its own, and the claims it keeps still read theirs.
final class EvidenceTable: @unchecked Sendable {
    private var stringTable = Interner<String>()
    private var tupleTable = Interner<EvidenceTuple>()
    private(set) var items: [PackedEvidence] = []
    /// Ranges that do not fit an item (offsets past 16 bits), by item position.
    private var wideRanges: [Int: Range<Int>] = [:]

    var strings: [String] { stringTable.values }
    var tuples: [EvidenceTuple] { tupleTable.values }

    private func number(for text: String) -> UInt32 { stringTable.number(for: text) }

    private func number(for tuple: EvidenceTuple) -> UInt32 { tupleTable.number(for: tuple) }

    /// Appends `evidence` and returns where its run starts.
    func append(_ evidence: [Evidence]) -> Int {
        let start = items.count
        precondition(start + evidence.count <= Int(UInt32.max), "more evidence than one table holds")
        for item in evidence {
            let tuple = EvidenceTuple(field: number(for: item.field), matched: number(for: item.matched),
                                      rule: number(for: item.rule), value: number(for: item.value))
            items.append(PackedEvidence(tuple: number(for: tuple), range: item.range, position: items.count,
                                        wide: &wideRanges))
        }
        return start
    }

    func evidence(at position: Int) -> Evidence {
        let item = items[position]
        let tuple = tuples[Int(item.tuple)]
        let range = item.isWide ? wideRanges[position] : item.range
        return Evidence(field: strings[Int(tuple.field)], matched: strings[Int(tuple.matched)], range: range,
                        rule: strings[Int(tuple.rule)], value: strings[Int(tuple.value)])
    }

    /// Drops the lookups used while building; numbers already handed out stay valid.
    func seal() {
        stringTable.seal()
        tupleTable.seal()
        items = items.trimmed()
    }

    /// Bytes held (items, tuples and the strings' storage), for memory reports.
    var packedBytes: Int {
        items.capacity * MemoryLayout<PackedEvidence>.stride + tuples.capacity * MemoryLayout<EvidenceTuple>.stride
            + strings.reduce(strings.capacity * 16) { $0 + ($1.utf8.count > 15 ? 32 + $1.utf8.count + 1 : 0) }
    }
}

/// The strings of one evidence item, as numbers into the table.
struct EvidenceTuple: Hashable, Sendable {
    var field: UInt32
    var matched: UInt32
    var rule: UInt32
    var value: UInt32
}

/// One evidence item in 8 bytes: its tuple and its range as a 16-bit start and length. A range that does not fit
/// is kept aside by the table (`isWide`); the offsets of a sentence's words nearly always fit.
struct PackedEvidence: Sendable {
    private static let marker = UInt16.max

    var tuple: UInt32
    private var lower: UInt16
    private var length: UInt16

    /// Packs `range`; one that does not fit goes to `wide` under `position`.
    init(tuple: UInt32, range: Range<Int>?, position: Int, wide: inout [Int: Range<Int>]) {
        self.tuple = tuple
        guard let range else {
            (lower, length) = (Self.marker, Self.marker)
            return
        }
        if range.lowerBound >= 0, range.lowerBound < Int(Self.marker), range.count < Int(Self.marker) {
            (lower, length) = (UInt16(range.lowerBound), UInt16(range.count))
        } else {
            (lower, length) = (Self.marker, 0)
            wide[position] = range
        }
    }

    var isWide: Bool { lower == Self.marker && length != Self.marker }
    /// The range when it is packed here (nil for none).
    var range: Range<Int>? { lower == Self.marker ? nil : Int(lower)..<(Int(lower) + Int(length)) }
}

/// A claim's evidence: a run of its build's table. Reads as a collection of `Evidence` rebuilt on access (`.show`,
/// weighing), while the claim holds a reference and two numbers.
public struct EvidenceList: RandomAccessCollection, Sendable {
    private let table: EvidenceTable?
    private let start: UInt32
    private let length: UInt32

    /// Appends `evidence` to `table` and names the run.
    init(_ evidence: [Evidence], table: EvidenceTable) {
        guard !evidence.isEmpty else {
            self.table = nil
            start = 0
            length = 0
            return
        }
        self.table = table
        start = UInt32(table.append(evidence))
        length = UInt32(evidence.count)
    }

    /// Bytes one item takes in the store, for memory reports.
    public static let packedItemBytes = MemoryLayout<PackedEvidence>.stride

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(length) }

    public subscript(position: Int) -> Evidence {
        precondition(position >= 0 && position < Int(length), "EvidenceList index out of range")
        return table!.evidence(at: Int(start) + position)
    }
}

extension EvidenceList {
    /// The table the run is in (none when empty).
    var storage: EvidenceTable? { table }
}
