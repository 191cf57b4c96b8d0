import ClaimStore

/// Thrown when the engine's `isCancelled` turns true mid-evaluation.
struct QueryCancelled: Error {}

/// Runs a plan over candidate ids (ascending), recording rows in and out of every step.
struct Evaluator {
    /// Rows scanned between two looks at `isCancelled`.
    static let cancellationInterval = 256

    let store: EntityStore
    let kind: EntityKind
    let isCancelled: (() -> Bool)?
    /// Shared by every `matches` of the statement.
    var regexBudget = RegexBudget(seconds: QueryEngine.defaultRegexTimeLimit)
    var matcher: PredicateMatcher { PredicateMatcher(store: store, regexBudget: regexBudget) }

    /// The rows a step runs on: listed ids (ascending), or every record 1...count, listed only if a step needs it.
    enum Rows {
        case all(Int)
        case list([Int])

        var count: Int {
            switch self {
            case .all(let count): return count
            case .list(let ids): return ids.count
            }
        }

        var ids: [Int] {
            switch self {
            case .all(let count): return Array(stride(from: 1, through: count, by: 1))
            case .list(let ids): return ids
            }
        }

        /// The ids of ascending `other` that are rows.
        func intersect(_ other: [Int]) -> [Int] {
            switch self {
            case .all(let count):
                guard let first = other.first, let last = other.last else { return other }
                return first >= 1 && last <= count ? other : other.filter { $0 >= 1 && $0 <= count }
            case .list(let ids): return SortedIDs.intersect(ids, other)
            }
        }

        /// The rows not in ascending `other`.
        func subtract(_ other: [Int]) -> [Int] {
            switch self {
            case .all(let count):
                var result: [Int] = []
                result.reserveCapacity(max(0, count - other.count))
                var next = 1
                for id in other where id >= next && id <= count {
                    result.append(contentsOf: next..<id)
                    next = id + 1
                }
                if next <= count { result.append(contentsOf: next...count) }
                return result
            case .list(let ids): return SortedIDs.subtract(ids, other)
            }
        }
    }

    func run(_ node: PlanNode, input: [Int]) throws -> (ids: [Int], trace: PlanStepTrace) {
        try run(node, rows: .list(input))
    }

    func run(_ node: PlanNode, rows input: Rows) throws -> (ids: [Int], trace: PlanStepTrace) {
        try checkCancellation()
        switch node {
        case .index(let predicate, let ids, let complement):
            let output = complement ? input.subtract(ids) : input.intersect(ids)
            return (output, PlanStepTrace(method: "index", label: predicate.text, rowsIn: input.count, rowsOut: output.count, children: []))
        case .scan(let predicate):
            let output = try scan(predicate, input.ids)
            return (output, PlanStepTrace(method: "scan", label: predicate.text, rowsIn: input.count, rowsOut: output.count, children: []))
        case .prefilteredScan(let predicate, let candidates, let words, let exact):
            let narrowed = input.intersect(candidates)
            var positive = predicate
            positive.negated = false
            var hits: [Int]
            var checked = narrowed.count
            if exact {
                // Plain-ASCII texts among the candidates match already; only the others get the substring test.
                let ascii = store.claimTextIsASCII
                var unsure: [Int] = []
                hits = []
                hits.reserveCapacity(narrowed.count)
                for id in narrowed {
                    if id >= 1, id <= ascii.count, ascii[id - 1] { hits.append(id) } else { unsure.append(id) }
                }
                checked = unsure.count
                if !unsure.isEmpty { hits = SortedIDs.merge(hits, try scan(positive, unsure)) }
            } else {
                hits = try scan(positive, narrowed)
            }
            let output = predicate.negated ? input.subtract(hits) : hits
            // Its own method, not "index": the step narrows a scan rather than answering the predicate.
            let label = words.map { "\"\($0)\"" }.joined(separator: " ")
            var steps = [PlanStepTrace(method: "tokens", label: label, rowsIn: input.count, rowsOut: narrowed.count, children: [])]
            if exact {
                steps.append(PlanStepTrace(method: "ascii", label: "", rowsIn: narrowed.count, rowsOut: checked, children: []))
            }
            return (output, PlanStepTrace(method: "scan", label: predicate.text, rowsIn: input.count, rowsOut: output.count, children: steps))
        case .and(let children):
            var current = input
            var traces: [PlanStepTrace] = []
            for child in children {
                // Once nothing is left, later steps have nothing to test; they still show, with zero rows.
                let (output, trace) = try run(child, rows: current)
                current = .list(output)
                traces.append(trace)
            }
            return (current.ids, PlanStepTrace(method: "and", label: "and", rowsIn: input.count, rowsOut: current.count, children: traces))
        case .or(let children):
            var matched: [Int] = []
            var remaining = input
            var traces: [PlanStepTrace] = []
            for child in children {
                // Each branch tests only rows no earlier branch kept.
                let (output, trace) = try run(child, rows: remaining)
                matched = SortedIDs.union([matched, output])
                remaining = .list(remaining.subtract(output))
                traces.append(trace)
            }
            return (matched, PlanStepTrace(method: "or", label: "or", rowsIn: input.count, rowsOut: matched.count, children: traces))
        case .not(let inner, let text):
            let (kept, trace) = try run(inner, rows: input)
            let output = input.subtract(kept)
            return (output, PlanStepTrace(method: "not", label: text, rowsIn: input.count, rowsOut: output.count, children: [trace]))
        }
    }

    /// The ids (ascending) that satisfy `predicate`, testing each record.
    private func scan(_ predicate: BoundPredicate, _ input: [Int]) throws -> [Int] {
        var output: [Int] = []
        let matcher = self.matcher
        let read = matcher.reader(for: predicate.path, kind: kind)
        let test = matcher.claimTextTest(predicate, kind: kind) ?? { matcher.anyValueMatches(predicate, read($0)) }
        for (position, id) in input.enumerated() {
            if position % Evaluator.cancellationInterval == 0 { try checkCancellation() }
            if test(id) != predicate.negated { output.append(id) }
            if let pattern = regexBudget.stoppedPattern { throw RegexTooSlow(pattern: pattern) }
        }
        return output
    }

    private func checkCancellation() throws {
        if isCancelled?() == true { throw QueryCancelled() }
    }
}
