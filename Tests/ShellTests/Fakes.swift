import ClaimDiagnostics
@testable import ClaimShell

/// A backend that records what it is asked, for loop and meta-command tests.
final class RecordingBackend: ShellBackend {
    var executed: [ShellStatement] = []
    var rendered: [RenderSettings] = []
    var loads: [[String]] = []
    var saved: [String] = []

    var summary: CorpusSummary { CorpusSummary(documents: 2, claims: 5, bytes: 100) }

    func execute(_ statement: ShellStatement, settings: RenderSettings, isCancelled: @escaping @Sendable () -> Bool) -> StatementReport {
        executed.append(statement)
        rendered.append(settings)
        if statement.text.contains("bad") {
            return StatementReport(messages: ["error: bad statement"], failed: true)
        }
        return StatementReport(output: "ran: \(statement.displayText)\n")
    }

    func explain(_ statement: ShellStatement, settings: RenderSettings) -> StatementReport {
        StatementReport(output: "plan for \(statement.text)")
    }

    func showClaim(_ id: String, settings: RenderSettings) -> String? { id == "c1" ? "claim c1" : nil }

    func schemaDescription(kind: String?) -> String? {
        guard let kind else { return "all kinds" }
        return kindNames.contains(kind) ? "fields of \(kind)" : nil
    }

    func variables() -> [(name: String, description: String)] { saved.map { ($0, "saved") } }

    func needsContinuation(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters()
        let opens = trimmed.filter { $0 == "(" }.count, closes = trimmed.filter { $0 == ")" }.count
        return trimmed.hasSuffix(" and") || trimmed.hasSuffix("=") || opens > closes
    }

    final class Prepared: PreparedLoad {
        var messages: [String] = []
        var failed = false
    }

    func prepareLoad(paths: [String], progress: @escaping @Sendable (Int, Int, Int) -> Void) -> PreparedLoad {
        loads.append(paths)
        let prepared = Prepared()
        prepared.failed = paths.contains("missing")
        return prepared
    }

    func install(_ load: PreparedLoad) {}

    var kindNames: [String] { ["documents", "claims", "places"] }
    var statementKeywords: [String] { ["count", "let", "timeline"] }
    var savedNames: [String] { saved }
    func fieldNames(kind: String) -> [String] { kind == "claims" ? ["id", "place", "type", "year"] : ["id", "name"] }
    func valueStyle(kind: String, field: String) -> ValueStyle {
        switch field {
        case "place": return .quoted
        case "type": return .bare
        default: return .none
        }
    }
    func completionValues(kind: String, field: String) -> [CompletionValue] {
        field == "place"
            ? [CompletionValue("Deir ez-Zor", aliases: ["Deir al-Zour", "Dayr az Zawr"]), CompletionValue("Raqqa", aliases: ["Ar Raqqah"]),
               CompletionValue("Aleppo", aliases: ["Alep", "Alepo", "Ḩalab"])]
            : ["capture", "casualties", "siege"].map { CompletionValue($0) }
    }
    func matchKey(_ text: String) -> String { Self.key(text) }

    /// A stand-in transliteration key: lowercase letters and digits, diacritics folded.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            switch scalar {
            case "ḩ": return "h"
            case "a"..."z", "0"..."9": return Character(scalar)
            default: return nil
            }
        })
    }
}
