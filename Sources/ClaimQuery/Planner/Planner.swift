import ClaimStore

/// Chooses, for each predicate, between a posting-list lookup and a scan, and orders the steps of an `and`
/// by how few rows they keep, so scans test as few records as possible.
struct Planner {
    let store: EntityStore
    let kind: EntityKind

    func plan(_ expr: BoundExpr) -> PlanNode {
        switch expr {
        case .predicate(let predicate):
            if let found = TextPrefilter(store: store).candidates(for: predicate, kind: kind) {
                return .prefilteredScan(predicate, candidates: found.ids, words: found.words, exact: found.tokenMatchIsExact)
            }
            return indexLookup(predicate) ?? .scan(predicate)
        case .and(let children):
            let planned = children.map(plan)
            // Known-small steps first (smallest first), then the rest in the order written; sorting is stable.
            let ordered = planned.enumerated().sorted { lhs, rhs in
                switch (lhs.element.estimate, rhs.element.estimate) {
                case let (a?, b?):
                    if a != b { return a < b }
                    // Equal estimates: a pure lookup before a prefiltered scan, which still tests each row.
                    return cost(lhs.element) != cost(rhs.element) ? cost(lhs.element) < cost(rhs.element) : lhs.offset < rhs.offset
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return cost(lhs.element) != cost(rhs.element) ? cost(lhs.element) < cost(rhs.element) : lhs.offset < rhs.offset
                }
            }.map(\.element)
            return .and(ordered)
        case .or(let children):
            return .or(children.map(plan))
        case .not(let inner, let text):
            return .not(plan(inner), text: text)
        }
    }

    /// Among steps with no estimate: index complements are cheap, scans of regular expressions dearest.
    private func cost(_ node: PlanNode) -> Int {
        switch node {
        case .index: return 0
        case .prefilteredScan: return 1
        case .scan(let predicate): return predicate.op == .matches ? 3 : (predicate.path.steps.count > 1 ? 2 : 1)
        default: return 2
        }
    }

    /// A lookup when an indexed field of the record itself answers the predicate: equality (`=`, `in`, `!=`,
    /// `not in`) by the operands' posting lists, comparisons and `between` (and `contains` / `starts with` on
    /// indexed text) by testing each distinct indexed value once and uniting the lists of those that pass.
    ///
    /// A path `REL.FIELD` (REL an entity or id field, FIELD indexed on the kind it points to) takes two steps:
    /// the target records that match, then the records whose REL postings name one of them.
    private func indexLookup(_ predicate: BoundPredicate) -> PlanNode? {
        let steps = predicate.path.steps
        let complement = predicate.op == .notEqual || predicate.negated
        switch steps.count {
        case 1:
            guard let ids = positiveMatches(predicate, kind: kind, field: steps[0].field) else { return nil }
            return .index(predicate, ids: ids, complement: complement)
        case 2:
            let link = steps[0].field, target = steps[1].kind
            switch link.type {
            case .entity(let pointed), .id(let pointed): guard pointed == target else { return nil }
            default: return nil
            }
            guard link.isIndexed, let byTarget = store.postingLists(kind, field: link.name),
                  let targets = positiveMatches(predicate, kind: target, field: steps[1].field) else { return nil }
            let ids = SortedIDs.union(targets.map { byTarget[.ref(target, $0)] ?? [] })
            return .index(predicate, ids: ids, complement: complement)
        default:
            return nil
        }
    }

    /// Sorted ids of `kind` whose `field` has a value satisfying the predicate without its `not` (and, for `!=`,
    /// with `=`); nil when no index serves it.
    private func positiveMatches(_ predicate: BoundPredicate, kind: EntityKind, field: FieldDescriptor) -> [Int]? {
        if field.isIndexed, EntityStore.isRecordID(kind, field: field.name) {
            switch predicate.op {
            case .equal, .in, .notEqual: return store.recordIDs(kind, among: predicate.operands)
            default: return nil // testing every record's own id is a scan by another name
            }
        }
        guard field.isIndexed, let lists = store.postingLists(kind, field: field.name) else { return nil }
        switch predicate.op {
        case .equal, .in, .notEqual:
            var found: [[Int]] = []
            for operand in predicate.operands {
                if case .string = operand {
                    // Stored text keeps its case; equality ignores it, so gather every stored spelling that is equal.
                    for (value, ids) in lists where PredicateMatcher.equal(value, operand) { found.append(ids) }
                } else {
                    found.append(lists[operand] ?? [])
                }
            }
            return SortedIDs.union(found)
        case .less, .lessEqual, .greater, .greaterEqual, .between, .contains, .startsWith:
            // An id field has a value per record: testing its values is a scan by another name.
            if case .id = field.type { return nil }
            var positive = predicate
            positive.negated = false
            let matcher = PredicateMatcher(store: store)
            // A record matches when any of its values does, so the lists of the passing values are the answer.
            return SortedIDs.union(lists.compactMap { value, ids in matcher.anyValueMatches(positive, [value]) ? ids : nil })
        case .matches, .isEmpty:
            return nil
        }
    }
}

/// Set operations on ascending id lists.
enum SortedIDs {
    /// Merged pairwise, so k lists of n ids in all cost about n·log k.
    static func union(_ lists: [[Int]]) -> [Int] {
        var level = lists.filter { !$0.isEmpty }
        guard !level.isEmpty else { return [] }
        while level.count > 1 {
            var next: [[Int]] = []
            next.reserveCapacity(level.count / 2 + 1)
            var index = 0
            while index + 1 < level.count {
                next.append(merge(level[index], level[index + 1]))
                index += 2
            }
            if index < level.count { next.append(level[index]) }
            level = next
        }
        return level[0]
    }

    /// Both ascending lists merged, each id once.
    static func merge(_ a: [Int], _ b: [Int]) -> [Int] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            let x = a[i], y = b[j]
            if x == y { result.append(x); i += 1; j += 1 } else if x < y { result.append(x); i += 1 } else { result.append(y); j += 1 }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }

    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        // Against a run of consecutive ids (every record, typically) the answer is the other list cut to its range.
        if let first = a.first, let last = a.last, last - first + 1 == a.count { return within(first...last, b) }
        if let first = b.first, let last = b.last, last - first + 1 == b.count { return within(first...last, a) }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        if small.count * 16 < large.count { return gallop(small, in: large) }
        var result: [Int] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { result.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return result
    }

    /// The ids of ascending `list` in `range`: the list itself when all are (no copy).
    private static func within(_ range: ClosedRange<Int>, _ list: [Int]) -> [Int] {
        guard let first = list.first, let last = list.last else { return list }
        return range.contains(first) && range.contains(last) ? list : list.filter { range.contains($0) }
    }

    /// The ids of `small` found in `large` by binary search from where the previous one was found.
    private static func gallop(_ small: [Int], in large: [Int]) -> [Int] {
        var result: [Int] = []
        var low = 0
        for id in small {
            var high = large.count
            while low < high {
                let middle = (low + high) / 2
                if large[middle] < id { low = middle + 1 } else { high = middle }
            }
            if low == large.count { break }
            if large[low] == id { result.append(id); low += 1 }
        }
        return result
    }

    static func subtract(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var j = 0
        for id in a {
            while j < b.count, b[j] < id { j += 1 }
            if j >= b.count || b[j] != id { result.append(id) }
        }
        return result
    }
}
