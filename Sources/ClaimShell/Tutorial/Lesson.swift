/// One tutorial lesson: what it teaches, what it asks for, and how an attempt is judged.
/// Attempts are judged by their RESULT against the result of `answer`, never by their text, so any
/// spelling of the same question passes (`place = "Raqqa"` or `place = "ar-Raqqah"`, clauses in any order).
public struct Lesson: Sendable, Equatable {
    /// How an attempt's result is compared with the answer's.
    public enum Check: Sendable, Equatable, CaseIterable {
        /// The same kind and the same set of record ids, in any order.
        case sameRecords
        /// The same record ids in the same order (lessons about `order by`).
        case sameRecordsInOrder
        /// A `count` with the same number.
        case sameCount
        /// The same set of (group value, count) pairs.
        case sameGroups
        /// The learner ran `.explain` on a query whose plan has an index step.
        case explainWithIndexStep
        /// A `timeline` of the same claims (a plain listing of them is not enough).
        case sameTimeline
        /// The learner grouped claims by a year field and then drew it with `.chart`.
        case yearChart
    }

    /// Stable name kept in the progress file (numbers may shift when lessons are added).
    public var id: String
    public var title: String
    /// What the lesson teaches, a few short lines.
    public var explanation: String
    /// What the learner is asked to find.
    public var task: String
    /// A query that gives the expected result (shown by the last hint and by `skip`).
    public var answer: String
    /// Shown one at a time by `hint`; the answer itself comes after the last.
    public var hints: [String]
    public var check: Check

    public init(id: String, title: String, explanation: String, task: String, answer: String,
                hints: [String], check: Check) {
        self.id = id
        self.title = title
        self.explanation = explanation
        self.task = task
        self.answer = answer
        self.hints = hints
        self.check = check
    }
}

/// The outcome of comparing an attempt with a lesson's answer.
public enum Verdict: Sendable, Equatable {
    case correct
    /// Not the answer; the text says how it differs, briefly.
    case incorrect(String)
}

extension Lesson {
    /// Compares what the learner's statement found with what the answer finds.
    public func judge(_ attempt: ResultSummary, expected: ResultSummary) -> Verdict {
        // Outside the timeline lesson a timeline is just a listing of claims.
        if check != .sameTimeline, case .timeline(let ids) = attempt {
            return judge(.records(kind: "claims", ids: ids), expected: expected)
        }
        switch (check, attempt, expected) {
        case (.sameTimeline, .timeline(let ids), .timeline(let expectedIds)):
            if Set(ids) == Set(expectedIds) { return .correct }
            return .incorrect(Self.sizeDifference(found: ids.count, expected: expectedIds.count, noun: "events"))
        case (.sameTimeline, .records("claims", let ids?), .timeline(let expectedIds)) where Set(ids) == Set(expectedIds):
            return .incorrect("the right claims; now put them on a timeline: start the statement with `timeline`")
        case (.sameTimeline, _, _):
            return .incorrect("this lesson wants a timeline: `timeline where …`")
        case (.yearChart, _, _):
            return .incorrect("this lesson wants claims counted by year (`count claims by year`), then `.chart`")
        case (.sameRecords, .records(let kind, let ids), .records(let expectedKind, let expectedIds?)),
             (.sameRecordsInOrder, .records(let kind, let ids), .records(let expectedKind, let expectedIds?)):
            guard kind == expectedKind else { return .incorrect("that lists \(kind); this lesson wants \(expectedKind)") }
            guard let ids else {
                return .incorrect("`select` left out the id column, and records are compared by id: add `id` to it or drop `select`")
            }
            if check == .sameRecordsInOrder {
                if ids == expectedIds { return .correct }
                if Set(ids) == Set(expectedIds) { return .incorrect("the right records, but not in the order asked for") }
            } else if Set(ids) == Set(expectedIds) {
                return .correct
            }
            return .incorrect(Self.sizeDifference(found: ids.count, expected: expectedIds.count, noun: kind))
        case (.sameCount, .count(let kind, let value), .count(let expectedKind, let expectedValue)):
            guard kind == expectedKind else { return .incorrect("that counts \(kind); this lesson counts \(expectedKind)") }
            if value == expectedValue { return .correct }
            return .incorrect("your count is \(value); the answer is \(value < expectedValue ? "larger" : "smaller")")
        case (.sameCount, .records(_, let ids), .count(_, let expectedValue)):
            if ids?.count == expectedValue {
                return .incorrect("the right number of records; now ask for just the number with `count`")
            }
            return .incorrect("this lesson wants one number: start the query with `count`")
        case (.sameGroups, .groups(let kind, _, let groups), .groups(let expectedKind, _, let expectedGroups)):
            guard kind == expectedKind else { return .incorrect("that groups \(kind); this lesson groups \(expectedKind)") }
            if Set(groups) == Set(expectedGroups) { return .correct }
            return .incorrect("your \(groups.count) groups differ from the answer's \(expectedGroups.count): check the field you group by")
        case (.sameGroups, _, _):
            return .incorrect("this lesson wants groups: add `group by FIELD` (or write `count KIND by FIELD`)")
        case (.explainWithIndexStep, _, _):
            return .incorrect("this lesson is done with `.explain QUERY`")
        case (_, .other, _):
            return .incorrect("that gives no records to compare; write a query")
        case (.sameCount, _, _):
            return .incorrect("this lesson wants one number: start the query with `count`")
        default:
            return .incorrect("this lesson wants a list of records, not a count or groups")
        }
    }

    /// Judges a `.explain` the learner ran: does its plan use an index?
    public func judgeExplain(planText: String) -> Verdict {
        guard check == .explainWithIndexStep else {
            return .incorrect("the plan is shown; this lesson wants a query, not `.explain`")
        }
        return ExplainText.hasIndexStep(planText)
            ? .correct
            : .incorrect("that plan only scans; try a condition such as place = \"...\" that an index serves")
    }

    /// Judges a `.chart` the learner drew from a grouped result on `field`.
    public func judgeChart(field: String) -> Verdict {
        guard check == .yearChart else { return .incorrect("the chart is drawn; this lesson wants a query") }
        return YearField.matches(field)
            ? .correct
            : .incorrect("that charts \(field); group by `year` (or `years`) for a year histogram")
    }

    static func sizeDifference(found: Int, expected: Int, noun: String) -> String {
        if found == expected { return "the same number of \(noun) (\(found)) but not the same ones" }
        return "yours found \(found) \(noun), the answer \(expected)"
    }
}

/// Reads the plan out of `.explain` output.
enum ExplainText {
    /// A line of the plan section that starts with `index`.
    static func hasIndexStep(_ text: String) -> Bool {
        var inPlan = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if line.hasPrefix("plan:") { inPlan = true; continue }
            if inPlan && trimmed.isEmpty { break }
            if inPlan && trimmed.hasPrefix("index ") { return true }
        }
        return false
    }
}
