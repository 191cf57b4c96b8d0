import ClaimDiagnostics
import Foundation

/// Statements written in another shell's language, which people bring from sqlite3 and psql: SQL's
/// `SELECT … FROM kind WHERE …`, psql's backslash commands, a bare `help` or `exit`. Each gets a message in claimsh's
/// words and, where the meaning is plain, a fix-it with the claimsh statement that says the same.
enum ForeignSyntax {
    /// The diagnostic for a statement in SQL or psql form, nil for anything else. Called only once the statement has
    /// failed to lex or parse as claimsh, so valid statements never pay for it.
    static func diagnose(_ source: String) -> Diagnostic? {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        let start = source.utf8.count - source.drop { $0.isWhitespace }.utf8.count
        if trimmed.hasPrefix("\\") { return psqlCommand(trimmed, at: start) }
        return select(source)
    }

    /// Words that are meta-commands here, as a user of another shell types them without the dot.
    static let metaWords: [String: String] = [
        "help": ".help", "exit": ".quit", "quit": ".quit", "tables": ".schema", "schema": ".schema",
    ]

    /// `help`, `exit`: the meta-command with its dot (for a statement that is just that word).
    static func metaWord(_ name: String, at range: SourceRange) -> Diagnostic? {
        guard let command = metaWords[name.lowercased()] else { return nil }
        return QueryMessages.metaCommandWord(name, command: command, at: range)
    }

    // MARK: psql

    private static let psqlCommands: [String: String] = [
        "d": ".schema", "dt": ".schema", "d+": ".schema", "?": ".help", "h": ".help", "q": ".quit", "i": ".read FILE",
        "o": ".output FILE", "timing": ".timer on", "x": ".mode line", "s": ".history",
    ]

    private static func psqlCommand(_ text: String, at start: Int) -> Diagnostic {
        let word = String(text.dropFirst().prefix { !$0.isWhitespace })
        let range = SourceRange(start: start, end: start + 1 + word.utf8.count)
        guard let command = psqlCommands[word.lowercased()] else { return QueryMessages.psqlCommand(word, command: nil, at: range) }
        var replacement = command
        let rest = text.dropFirst(1 + word.count).trimmingCharacters(in: .whitespaces)
        if command == ".schema", !rest.isEmpty { replacement += " " + rest }
        let fixRange = command == ".schema" && !rest.isEmpty ? SourceRange(start: start, end: start + text.utf8.count) : range
        let fixIt = command.hasSuffix("FILE") ? nil : FixIt("write '\(replacement)'", range: fixRange, replacement: replacement)
        return QueryMessages.psqlCommand(word, command: command, at: range, fixIt: fixIt)
    }

    // MARK: SQL

    /// SELECT columns FROM kind [WHERE …] [GROUP BY …] [ORDER BY …] [LIMIT n] [OFFSET n].
    private static let selectPattern = try! NSRegularExpression(pattern: """
        ^\\s*select\\s+(.+?)\\s+from\\s+([A-Za-z_][A-Za-z0-9_]*)\
        (?:\\s+where\\s+(.+?))?(?:\\s+group\\s+by\\s+(.+?))?(?:\\s+order\\s+by\\s+(.+?))?\
        (?:\\s+limit\\s+(\\d+))?(?:\\s+offset\\s+(\\d+))?\\s*;?\\s*$
        """, options: [.caseInsensitive, .dotMatchesLineSeparators])

    private static func select(_ source: String) -> Diagnostic? {
        let whole = NSRange(source.startIndex..., in: source)
        guard source.utf8.count <= 2_000, let match = selectPattern.firstMatch(in: source, range: whole) else {
            return source.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("select ") ? selectWithoutFix(source) : nil
        }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: source).map { String(source[$0]).trimmingCharacters(in: .whitespaces) }
        }
        guard let columns = group(1), let kind = group(2) else { return nil }
        let selected = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let counts = selected.contains { $0.lowercased().replacingOccurrences(of: " ", with: "") == "count(*)" }
        let fields = selected.filter { $0 != "*" && $0.lowercased().replacingOccurrences(of: " ", with: "") != "count(*)" }
        var statement = (counts ? "count " : "") + kind.lowercased()
        if let condition = group(3) { statement += " where " + doubleQuoted(condition) }
        if let grouping = group(4) { statement += " group by " + grouping }
        if !counts {
            if let order = group(5) { statement += " order by " + order }
            if let limit = group(6) { statement += " limit " + limit }
            if let offset = group(7) { statement += " offset " + offset }
            if !fields.isEmpty { statement += " select " + fields.joined(separator: ", ") }
        }
        let range = SourceRange(start: 0, end: source.utf8.count)
        return QueryMessages.sqlSelect(at: keywordRange(source), rewrite: FixIt("write '\(statement)'", range: range, replacement: statement))
    }

    private static func selectWithoutFix(_ source: String) -> Diagnostic {
        QueryMessages.sqlSelect(at: keywordRange(source), rewrite: nil)
    }

    /// The range of the leading SELECT.
    private static func keywordRange(_ source: String) -> SourceRange {
        let start = source.utf8.count - source.drop { $0.isWhitespace }.utf8.count
        return SourceRange(start: start, end: start + 6)
    }

    /// SQL's 'text' as claimsh's "text" (a quote inside stays as it is: the lexer will say so).
    private static func doubleQuoted(_ condition: String) -> String {
        var result = ""
        var inSingle = false
        for character in condition {
            if character == "'" { inSingle.toggle(); result.append("\""); continue }
            if inSingle, character == "\"" { result += "\\\""; continue }
            result.append(character)
        }
        return result
    }
}
