import Dispatch
import Foundation

/// How long `matches` may run over one statement. A pattern with nested repetition (`^(\w+\s?)*$`) backtracks
/// exponentially on a sentence it does not match; ICU's progress callback lets the matcher stop it when the
/// budget is spent, and the statement then fails with `query.regex-too-slow` instead of hanging the shell.
final class RegexBudget {
    private let deadline: UInt64
    /// The pattern that was stopped, once the budget ran out.
    private(set) var stoppedPattern: String?

    init(seconds: Double) {
        deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, seconds) * 1_000_000_000)
    }

    /// Whether `regex` matches anywhere in `text`; false (and `stoppedPattern` set) when the budget runs out.
    func firstMatch(_ regex: NSRegularExpression, in text: String) -> Bool {
        guard stoppedPattern == nil else { return false }
        var found = false
        var stopped = false
        let deadline = self.deadline
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) { result, _, stop in
            if result != nil {
                found = true
                stop.pointee = true
            } else if DispatchTime.now().uptimeNanoseconds > deadline {
                stopped = true
                stop.pointee = true
            }
        }
        if stopped || (!found && DispatchTime.now().uptimeNanoseconds > deadline) { stoppedPattern = regex.pattern }
        return found
    }
}

/// Thrown when a statement's `matches` ran past `QueryEngine.regexTimeLimit`.
struct RegexTooSlow: Error {
    var pattern: String
}
