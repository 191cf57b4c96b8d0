import Foundation
import ClaimStore

extension QueryEngine {
    /// `.explain QUERY`: the tokens, the syntax tree, the plan with index-or-scan and rows in → out for each step,
    /// and the elapsed time. A `let` is explained without saving anything.
    public func explain(_ statement: String) -> StatementOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        let run = run(statement, saving: false)
        let elapsed = clock.now - started
        guard !run.outcome.hasErrors, let parsed = run.parse.statement else {
            return StatementOutcome(result: nil, diagnostics: run.outcome.diagnostics, notes: run.outcome.notes)
        }
        var lines = ["statement: \(SyntaxPrinter.text(of: parsed))", "", "tokens:"]
        for token in run.parse.tokens where token.kind != .endOfInput {
            let range = "\(token.range.start)..<\(token.range.end)".padding(toLength: 10, withPad: " ", startingAt: 0)
            lines.append("  \(range) \(token.categoryName.padding(toLength: 11, withPad: " ", startingAt: 0)) \(token.text)")
        }
        lines += ["", "syntax tree:"]
        lines += SyntaxPrinter.tree(of: parsed).split(separator: "\n").map { "  " + $0 }
        lines += ["", "plan:"]
        if let trace = run.trace {
            lines += Self.planLines(trace, depth: 1)
        } else {
            lines.append("  all \(run.candidates) rows (no filter)")
        }
        if let note = run.orderNote { lines.append("  " + note) }
        lines += ["", "result: " + Self.summary(of: run.outcome.result)]
        lines.append("time: " + String(format: "%.3f ms", Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000))
        return StatementOutcome(result: .text(lines.joined(separator: "\n")), diagnostics: run.outcome.diagnostics, notes: run.outcome.notes)
    }

    static func planLines(_ trace: PlanStepTrace, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        let head: String
        switch trace.method {
        case "index", "scan": head = "\(trace.method.padding(toLength: 6, withPad: " ", startingAt: 0))\(trace.label)"
        case "not": head = "not   \(trace.label)"
        case "tokens": head = "token index, candidates containing \(trace.label)"
        case "ascii": head = "whole-word token match: plain-ASCII candidates kept unchecked, the rest checked"
        default: head = trace.method
        }
        // The whole-word step keeps every candidate; what it counts is how many still needed the substring check.
        let counts = trace.method == "ascii" ? "[\(trace.rowsIn) candidate\(trace.rowsIn == 1 ? "" : "s"), \(trace.rowsOut) checked]" : "[rows \(trace.rowsIn) → \(trace.rowsOut)]"
        var lines = ["\(indent)\(head)  \(counts)"]
        for child in trace.children { lines += planLines(child, depth: depth + 1) }
        return lines
    }

    static func summary(of result: StatementResult?) -> String {
        switch result {
        case .rows(let set)?: return "\(EmptyResultExplainer.count(set.totalBeforeLimit, set.kind)), \(set.rows.count) shown"
        case .grouped(let set)?: return "\(set.totalBeforeLimit) groups of \(set.kind.rawValue), \(set.rows.count) shown"
        case .count(let kind, let value)?: return "count \(EmptyResultExplainer.count(value, kind))"
        case .assigned(let name, let count)?: return "\(count) rows would be saved as '\(name)'"
        case .text(let text)?: return text
        case .timeline(let set)?:
            let undated = set.rows.filter { $0[1].isEmpty }.count
            return "timeline of \(EmptyResultExplainer.count(set.totalBeforeLimit, set.kind)), \(set.rows.count - undated) dated and \(undated) undated shown"
        case nil: return "none"
        }
    }
}
