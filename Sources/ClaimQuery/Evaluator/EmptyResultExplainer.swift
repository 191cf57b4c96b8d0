import ClaimStore

/// Says which step of a filter emptied a result: `place = "Mosul" matched 9 claims; adding year = 2012 left 0`.
enum EmptyResultExplainer {
    static func explain(_ trace: PlanStepTrace, kind: EntityKind, total: Int) -> String {
        if total == 0 { return "there are no \(kind.rawValue) to search" }
        if trace.method == "index" || trace.method == "scan" { return "\(trace.label) matched no \(kind.rawValue)" }
        guard trace.method == "and", let firstEmpty = trace.children.firstIndex(where: { $0.rowsOut == 0 }) else {
            return "no \(kind.rawValue) match \(describe(trace))"
        }
        let first = trace.children[0]
        if firstEmpty == 0 { return "\(describe(first)) matched no \(kind.rawValue)" }
        var parts = ["\(describe(first)) matched \(count(first.rowsOut, kind))"]
        for step in trace.children[1...firstEmpty] {
            parts.append("adding \(describe(step)) left \(step.rowsOut)")
        }
        return parts.joined(separator: "; ")
    }

    static func explainEmptySource(kind: EntityKind, isSaved: Bool) -> String {
        isSaved ? "the saved result holds no \(kind.rawValue)" : "there are no \(kind.rawValue) to search"
    }

    /// A step as the user wrote it; a nested `or` in parentheses.
    static func describe(_ trace: PlanStepTrace) -> String {
        switch trace.method {
        case "and": return trace.children.map(describe).joined(separator: " and ")
        case "or": return "(" + trace.children.map(describe).joined(separator: " or ") + ")"
        default: return trace.label
        }
    }

    static func count(_ number: Int, _ kind: EntityKind) -> String {
        "\(number) \(number == 1 ? kind.singular : kind.rawValue)"
    }
}
