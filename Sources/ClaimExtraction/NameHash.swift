/// A 64-bit FNV-1a hash of folded name bytes. The recognisers compare names by these hashes first and
/// build strings only for spans whose hash some alias has, so most words cost a few table probes.
/// A collision (about one in 2^64 per pair) only sends a span to the exact string comparison.
struct NameHash: Hashable, Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// The hash whose `value` is `value` (read back from a table that keeps raw values).
    init(value: UInt64) { self.value = value }

    init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        add(bytes)
    }

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { add(byte) }
    }

    /// Words joined by single spaces hash like the folded string `"w1 w2"`.
    mutating func addWord<Bytes: Sequence>(_ bytes: Bytes, first: Bool) where Bytes.Element == UInt8 {
        if !first { add(0x20) }
        add(bytes)
    }
}

/// An open-addressing map from name hashes to small values: the recognisers' hot lookups
/// (a few instructions each, where `Dictionary` would SipHash every key).
struct NameTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    /// Hash value 0 marks an empty slot, so a (vanishingly rare) real 0 is stored as 1.
    @inline(__always)
    private static func stored(_ hash: NameHash) -> UInt64 { hash.value == 0 ? 1 : hash.value }

    // Inlined (as are `contains` and the getter): the recognisers probe these tables for most words,
    // and a call costs as much as the probe.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        keys.withUnsafeBufferPointer { slot(of: key, in: $0) }
    }

    /// The probe over `keys`' buffer: `mask` keeps every index inside it (`keys.count` is `mask + 1`), so the
    /// array's bounds check at each step would only repeat that.
    @inline(__always)
    private func slot(of key: UInt64, in keys: UnsafeBufferPointer<UInt64>) -> Int {
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        return index
    }

    subscript(hash: NameHash) -> Value? {
        @inline(__always) get {
            let index = slot(of: NameTable.stored(hash))
            return values.withUnsafeBufferPointer { $0[index] }  // as many values as keys: `index` is inside
        }
        set {
            let key = NameTable.stored(hash)
            var index = slot(of: key)
            if keys[index] == 0 {
                guard let newValue else { return }
                if (count + 1) * 2 > keys.count {
                    grow()
                    index = slot(of: key)
                }
                keys[index] = key
                count += 1
                values[index] = newValue
            } else if let newValue {
                values[index] = newValue
            }
            // Removal is never needed: tables are built once.
        }
    }

    @inline(__always)
    func contains(_ hash: NameHash) -> Bool {
        let key = NameTable.stored(hash)
        return keys.withUnsafeBufferPointer { $0[slot(of: key, in: $0)] != 0 }
    }

    /// Grows the table (once built) to at least twice `minimumCapacity` slots. A filter's probes mostly miss, and a
    /// miss walks to the first empty slot: at a load of a quarter it is usually the first one tried.
    mutating func reserveCapacity(_ minimumCapacity: Int) {
        var capacity = keys.count
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        if capacity > keys.count { rehash(capacity: capacity) }
    }

    private mutating func grow() { rehash(capacity: keys.count * 2) }

    /// Moves every entry into `capacity` slots (a power of two).
    private mutating func rehash(capacity: Int) {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            let target = slot(of: key)
            keys[target] = key
            values[target] = oldValues[index]
        }
    }
}

/// Hash → list of indices, stored flat (one array for all lists) so building thousands of them
/// allocates nothing per key; built in two linear passes (count, then fill).
struct NamePostings: Sendable {
    /// Hash → list number.
    private var lists: NameTable<Int32>
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var postings: [Int32]

    /// `pairs`: (hash, index) in any order; each list keeps the indices' first-seen order and drops repeats.
    /// `minimumCapacity`: `NameTable`'s, for the hashes (at least as many as there are pairs).
    init(_ pairs: [(hash: NameHash, index: Int32)], minimumCapacity: Int = 0) {
        var lists = NameTable<Int32>(minimumCapacity: max(pairs.count, minimumCapacity))
        var listOfPair: [Int32] = []
        listOfPair.reserveCapacity(pairs.count)
        var counts: [Int32] = []
        for pair in pairs {
            if let list = lists[pair.hash] {
                listOfPair.append(list)
                counts[Int(list)] += 1
            } else {
                let list = Int32(counts.count)
                lists[pair.hash] = list
                listOfPair.append(list)
                counts.append(1)
            }
        }
        var starts: [Int32] = []
        starts.reserveCapacity(counts.count)
        var total: Int32 = 0
        for count in counts {
            starts.append(total)
            total += count
        }
        var ends = starts
        var postings = [Int32](repeating: 0, count: Int(total))
        for (position, pair) in pairs.enumerated() {
            let list = Int(listOfPair[position])
            let start = Int(starts[list]), end = Int(ends[list])
            if postings[start..<end].contains(pair.index) { continue }
            postings[end] = pair.index
            ends[list] += 1
        }
        self.lists = lists
        self.starts = starts
        self.ends = ends
        self.postings = postings
    }

    @inline(__always)
    func contains(_ hash: NameHash) -> Bool { lists.contains(hash) }

    subscript(hash: NameHash) -> ArraySlice<Int32> {
        postings[positions(of: hash)]
    }

    /// Where the list of `hash` is (`posting(at:)` reads it): a range, where the subscript's slice retains the
    /// postings on every look-up and releases them after. Empty for a hash with no list.
    @inline(__always)
    func positions(of hash: NameHash) -> Range<Int> {
        guard let list = lists[hash] else { return 0..<0 }
        return Int(starts[Int(list)])..<Int(ends[Int(list)])
    }

    @inline(__always)
    func posting(at position: Int) -> Int32 { postings[position] }

    /// Whether `index` is in the list at `positions` (`positions(of:)`).
    func contains(_ index: Int32, at positions: Range<Int>) -> Bool {
        for position in positions where postings[position] == index { return true }
        return false
    }
}
