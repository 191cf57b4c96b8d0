import ClaimStore

/// Orders, cuts, groups and projects the ids a filter kept.
struct ResultBuilder {
    let store: EntityStore
    let kind: EntityKind
    var matcher: PredicateMatcher { PredicateMatcher(store: store) }

    /// Sorted by each key in turn; records with no value for a key go last whatever the direction; ties keep
    /// the incoming order. With `first`, only that many leading ids of the order (top-k selection, no full sort).
    func sorted(_ ids: [Int], by order: [BoundOrder], first: Int? = nil) -> [Int] {
        ordered(ids, by: order, first: first).ids
    }

    /// `sorted`, saying whether the store's date order gave the answer (for `.explain`).
    func ordered(_ ids: [Int], by order: [BoundOrder], first: Int? = nil) -> (ids: [Int], byDateOrder: Bool) {
        if let walked = byDateOrder(ids, order, first: first) { return (walked, true) }
        return (sortedByKeys(ids, order.filter { $0.path != nil }, first: first), false)
    }

    /// `sorted` of every record, when the store's date order serves it without listing them all first.
    func orderedEveryRecord(by order: [BoundOrder], first: Int?) -> [Int]? {
        byDateOrder(nil, order, first: first)
    }

    /// One key, claims' own date: the store's date order walked (ids nil for every claim); nil when it does not serve.
    private func byDateOrder(_ ids: [Int]?, _ order: [BoundOrder], first: Int?) -> [Int]? {
        let items = order.filter { $0.path != nil }
        guard items.count == 1, kind == .claims, let path = items[0].path, path.steps.count == 1,
              path.steps[0].field.name == "date" else { return nil }
        return DateOrderWalk(store: store).leading(ids, descending: items[0].descending, first: first)
    }

    /// `sorted` by reading every id's keys, whatever the field (also the oracle the date-order walk is tested against).
    func sortedByKeys(_ ids: [Int], _ items: [BoundOrder], first: Int?) -> [Int] {
        guard !items.isEmpty else { return first.map { Array(ids.prefix($0)) } ?? ids }
        let readers = items.map { matcher.reader(for: $0.path!, kind: kind) }
        // One flat array (row-major), not an array per id.
        let width = items.count
        var keys: [Value?] = []
        keys.reserveCapacity(ids.count * width)
        for id in ids { for read in readers { keys.append(sortKey(read(id))) } }
        // A strict total order (ties broken by position), so a selected prefix equals the full sort's prefix.
        let precedes = { (a: Int, b: Int) -> Bool in
            for (column, item) in items.enumerated() {
                switch (keys[a * width + column], keys[b * width + column]) {
                case (nil, nil): continue
                case (nil, _): return false
                case (_, nil): return true
                case let (x?, y?):
                    if x == y { continue }
                    return item.descending ? y < x : x < y
                }
            }
            return a < b
        }
        if let first, first < ids.count / 4 {
            return Self.smallest(first, of: ids.count, by: precedes).map { ids[$0] }
        }
        let positions = ids.indices.sorted(by: precedes)
        return Array(positions.prefix(first ?? positions.count)).map { ids[$0] }
    }

    /// The `k` least of positions 0..<count under `precedes`, in order: one comparison with the worst kept per
    /// position, a binary-search insertion when it beats it.
    static func smallest(_ k: Int, of count: Int, by precedes: (Int, Int) -> Bool) -> [Int] {
        guard k > 0 else { return [] }
        var best: [Int] = []
        best.reserveCapacity(k + 1)
        for position in 0..<count {
            if best.count == k, !precedes(position, best[k - 1]) { continue }
            var low = 0, high = best.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(best[middle], position) { low = middle + 1 } else { high = middle }
            }
            best.insert(position, at: low)
            if best.count > k { best.removeLast() }
        }
        return best
    }

    /// The first value, as it sorts: entities by name rather than by id.
    private func sortKey(_ values: [Value]) -> Value? {
        guard let first = values.first else { return nil }
        if case .ref(let target, _) = first, [.places, .actors, .people].contains(target) { return store.display(first) }
        return first
    }

    static func cut<T>(_ items: [T], limit: Int?, offset: Int?) -> [T] {
        let start = min(items.count, offset ?? 0)
        let end = limit.map { min(items.count, start + $0) } ?? items.count
        return Array(items[start..<end])
    }

    /// `rows`, each cell built when it is read. The maker keeps the store alive: the readers hold it unowned.
    /// The record's own id, the commonest column, is written straight from the id (`c17`), without reading the record.
    func lazyRows(_ ids: [Int], columns: [BoundPath]) -> ResultRows {
        ResultRows(ids: ids, maker: RowMaker(columns: columns.map(cellMaker), ownIDPrefix: columns.map(ownIDPrefix),
                                             recordCount: store.count(kind), keeping: store))
    }

    /// Every row built at once, each cell through the field's reader (no shortcut for the own id).
    func rows(_ ids: [Int], columns: [BoundPath]) -> [[Cell]] {
        let makers = columns.map(cellMaker)
        return ids.map { id in makers.map { $0(id) } }
    }

    /// The id prefix when `path` is the record's own id, else nil.
    private func ownIDPrefix(_ path: BoundPath) -> String? {
        guard path.steps.count == 1, path.steps[0].field.name == "id", case .id(let target) = path.type, target == kind else { return nil }
        return kind.idPrefix
    }

    /// Builds one column's cell for a record id, through the field's reader.
    private func cellMaker(_ path: BoundPath) -> (Int) -> Cell {
        let read = matcher.reader(for: path, kind: kind)
        return { id in Cell(read(id).map { display($0, as: path.type) }) }
    }

    /// A value as shown: an id field prints its id (`p3`) even where the store would print a name.
    func display(_ value: Value, as type: FieldType) -> Value {
        if case .id = type, case .ref(let target, let id) = value { return .string(target.idPrefix + String(id)) }
        return store.display(value)
    }

    /// The counts `grouped` makes, from the posting lists of an indexed field: per stored value the ids kept,
    /// stored values that display alike counted once per record; nil when the field has no index.
    func indexedCounts(_ ids: [Int], by path: BoundPath) -> [Value?: Int]? {
        if path.steps.count == 1, path.steps[0].field.isIndexed, EntityStore.isRecordID(kind, field: path.steps[0].field.name) {
            // Each record is its own group of one.
            var counts: [Value?: Int] = [:]
            for id in store.recordIDs(kind, among: ids.map { .ref(kind, $0) }) { counts[display(.ref(kind, id), as: path.type)] = 1 }
            return ids.isEmpty ? nil : counts
        }
        guard path.steps.count == 1, path.steps[0].field.isIndexed, !ids.isEmpty,
              let lists = store.postingLists(kind, field: path.steps[0].field.name) else { return nil }
        let total = store.count(kind)
        // Ids are distinct and within 1...total, so as many ids as records means every record.
        var kept: [Bool]?
        if ids.count < total {
            var marks = [Bool](repeating: false, count: total + 1)
            for id in ids where id >= 1 && id <= total { marks[id] = true }
            kept = marks
        }
        var byDisplay: [Value: [[Int]]] = [:]
        for (value, list) in lists { byDisplay[display(value, as: path.type), default: []].append(list) }
        var counts: [Value?: Int] = [:]
        var withValue = [Bool](repeating: false, count: total + 1)
        for (shown, group) in byDisplay {
            let list = group.count == 1 ? group[0] : SortedIDs.union(group)
            var count = 0
            for id in list where kept?[id] ?? true {
                count += 1
                withValue[id] = true
            }
            if count > 0 { counts[shown] = count }
        }
        let without = ids.reduce(0) { $0 + (withValue[$1] ? 0 : 1) }
        if without > 0 { counts[nil] = without }
        return counts
    }

    /// The counts `grouped` makes, reading each record's values.
    func scannedCounts(_ ids: [Int], by path: BoundPath) -> [Value?: Int] {
        var counts: [Value?: Int] = [:]
        let read = matcher.reader(for: path, kind: kind)
        for id in ids {
            let values = Set(read(id).map { display($0, as: path.type) })
            if values.isEmpty { counts[nil, default: 0] += 1 }
            for value in values { counts[value, default: 0] += 1 }
        }
        return counts
    }

    /// Counts per display value of `path`; a record counts once per distinct value, and records with no value
    /// form one group with an empty cell. Most frequent first unless `order` says otherwise.
    func grouped(_ ids: [Int], by path: BoundPath, order: [BoundOrder]) -> [(value: Value?, count: Int)] {
        let counts = indexedCounts(ids, by: path) ?? scannedCounts(ids, by: path)
        let byValue: (Value?, Value?) -> Bool = { a, b in
            switch (a, b) {
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?): return x < y
            }
        }
        let groups = counts.map { (value: $0.key, count: $0.value) }
        let keys = order.isEmpty ? [BoundOrder(path: nil, descending: true)] : order
        return groups.sorted { a, b in
            for key in keys {
                if key.path == nil {
                    if a.count != b.count { return key.descending ? a.count > b.count : a.count < b.count }
                } else if a.value != b.value {
                    if a.value == nil || b.value == nil { return b.value == nil }
                    return key.descending ? byValue(b.value, a.value) : byValue(a.value, b.value)
                }
            }
            return byValue(a.value, b.value)
        }
    }
}
