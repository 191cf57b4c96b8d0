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
                return .prefilteredScan(predicate, candidates: found.ids, words: found.words)
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

    /// A lookup when the predicate is equality (or `in`, `!=`, `not in`) on an indexed field of the record itself.
    private func indexLookup(_ predicate: BoundPredicate) -> PlanNode? {
        guard predicate.path.steps.count == 1, predicate.path.steps[0].field.isIndexed,
              [.equal, .in, .notEqual].contains(predicate.op) else { return nil }
        let field = predicate.path.steps[0].field.name
        var lists: [[Int]] = []
        for operand in predicate.operands {
            if case .string = operand {
                // Stored text keeps its case; equality ignores it, so gather every stored spelling that is equal.
                guard let counts = store.valueCounts(kind, field: field) else { return nil }
                for (value, _) in counts where PredicateMatcher.equal(value, operand) {
                    lists.append(store.postings(kind, field: field, value: value) ?? [])
                }
            } else {
                guard let ids = store.postings(kind, field: field, value: operand) else { return nil }
                lists.append(ids)
            }
        }
        let complement = predicate.op == .notEqual || predicate.negated
        return .index(predicate, ids: SortedIDs.union(lists), complement: complement)
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
        var result: [Int] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { result.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
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
