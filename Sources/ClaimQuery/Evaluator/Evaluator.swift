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

    func run(_ node: PlanNode, input: [Int]) throws -> (ids: [Int], trace: PlanStepTrace) {
        try checkCancellation()
        switch node {
        case .index(let predicate, let ids, let complement):
            let output = complement ? SortedIDs.subtract(input, ids) : SortedIDs.intersect(input, ids)
            return (output, PlanStepTrace(method: "index", label: predicate.text, rowsIn: input.count, rowsOut: output.count, children: []))
        case .scan(let predicate):
            let output = try scan(predicate, input)
            return (output, PlanStepTrace(method: "scan", label: predicate.text, rowsIn: input.count, rowsOut: output.count, children: []))
        case .prefilteredScan(let predicate, let candidates, let words):
            let narrowed = SortedIDs.intersect(input, candidates)
            var positive = predicate
            positive.negated = false
            let hits = try scan(positive, narrowed)
            let output = predicate.negated ? SortedIDs.subtract(input, hits) : hits
            // Its own method, not "index": the step narrows a scan rather than answering the predicate.
            let label = words.map { "\"\($0)\"" }.joined(separator: " ")
            let lookup = PlanStepTrace(method: "tokens", label: label, rowsIn: input.count, rowsOut: narrowed.count, children: [])
            return (output, PlanStepTrace(method: "scan", label: predicate.text, rowsIn: input.count, rowsOut: output.count, children: [lookup]))
        case .and(let children):
            var current = input
            var traces: [PlanStepTrace] = []
            for child in children {
                // Once nothing is left, later steps have nothing to test; they still show, with zero rows.
                let (output, trace) = try run(child, input: current)
                current = output
                traces.append(trace)
            }
            return (current, PlanStepTrace(method: "and", label: "and", rowsIn: input.count, rowsOut: current.count, children: traces))
        case .or(let children):
            var matched: [Int] = []
            var remaining = input
            var traces: [PlanStepTrace] = []
            for child in children {
                // Each branch tests only rows no earlier branch kept.
                let (output, trace) = try run(child, input: remaining)
                matched = SortedIDs.union([matched, output])
                remaining = SortedIDs.subtract(remaining, output)
                traces.append(trace)
            }
            return (matched, PlanStepTrace(method: "or", label: "or", rowsIn: input.count, rowsOut: matched.count, children: traces))
        case .not(let inner, let text):
            let (kept, trace) = try run(inner, input: input)
            let output = SortedIDs.subtract(input, kept)
            return (output, PlanStepTrace(method: "not", label: text, rowsIn: input.count, rowsOut: output.count, children: [trace]))
        }
    }

    /// The ids (ascending) that satisfy `predicate`, testing each record.
    private func scan(_ predicate: BoundPredicate, _ input: [Int]) throws -> [Int] {
        var output: [Int] = []
        let matcher = self.matcher
        let read = matcher.reader(for: predicate.path, kind: kind)
        for (position, id) in input.enumerated() {
            if position % Evaluator.cancellationInterval == 0 { try checkCancellation() }
            if matcher.anyValueMatches(predicate, read(id)) != predicate.negated { output.append(id) }
            if let pattern = regexBudget.stoppedPattern { throw RegexTooSlow(pattern: pattern) }
        }
        return output
    }

    private func checkCancellation() throws {
        if isCancelled?() == true { throw QueryCancelled() }
    }
}
