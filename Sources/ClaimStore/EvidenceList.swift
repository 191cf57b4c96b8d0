import ClaimExtraction

/// Strings many claims repeat (field names, rules, matched words, entity names), each stored once and named by a
/// 32-bit id. Filled while a store is built, then only read: a later build (`.load`) starts a table of its own.
final class StringTable: @unchecked Sendable {
    private(set) var strings: [String] = []
    private var ids: [String: UInt32] = [:]

    func id(for text: String) -> UInt32 {
        if let id = ids[text] { return id }
        let id = UInt32(strings.count)
        strings.append(text)
        ids[text] = id
        return id
    }

    subscript(id: UInt32) -> String { strings[Int(id)] }

    /// Drops the lookup used while building; ids already handed out stay valid.
    func seal() { ids = [:] }
}

/// One `Evidence` in 24 bytes: its strings as ids into the store's table, its range as two 32-bit offsets.
struct PackedEvidence: Sendable {
    static let noRange: Int32 = -1

    var field: UInt32
    var matched: UInt32
    var rule: UInt32
    var value: UInt32
    var lower: Int32
    var upper: Int32
}

/// A claim's evidence, packed: reads as a collection of `Evidence` rebuilt on access (`.show`, weighing), while the
/// store keeps a few ids per item instead of five strings.
public struct EvidenceList: RandomAccessCollection, Sendable {
    private let table: StringTable?
    private let items: [PackedEvidence]

    init(_ evidence: [Evidence], table: StringTable) {
        guard !evidence.isEmpty else {
            self.table = nil
            self.items = []
            return
        }
        self.table = table
        self.items = evidence.map { item in
            let range = item.range.flatMap { range -> (Int32, Int32)? in
                guard let lower = Int32(exactly: range.lowerBound), let upper = Int32(exactly: range.upperBound) else { return nil }
                return (lower, upper)
            }
            return PackedEvidence(field: table.id(for: item.field), matched: table.id(for: item.matched), rule: table.id(for: item.rule),
                                  value: table.id(for: item.value), lower: range?.0 ?? PackedEvidence.noRange,
                                  upper: range?.1 ?? PackedEvidence.noRange)
        }
    }

    /// Bytes one item takes in the store, for memory reports.
    public static let packedItemBytes = MemoryLayout<PackedEvidence>.stride

    public var startIndex: Int { 0 }
    public var endIndex: Int { items.count }

    public subscript(position: Int) -> Evidence {
        let item = items[position]
        let table = table!
        let range = item.lower == PackedEvidence.noRange ? nil : Int(item.lower)..<Int(item.upper)
        return Evidence(field: table[item.field], matched: table[item.matched], range: range, rule: table[item.rule],
                        value: table[item.value])
    }
}
