public enum Severity: String, Sendable {
    case error, warning, note
}

/// A stable identifier for a kind of message, so tests and docs can refer to it.
public struct DiagnosticID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
}

public struct Note: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?
    public init(_ message: String, range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// A suggested edit: replace `range` with `replacement`.
public struct FixIt: Hashable, Sendable {
    public var message: String
    public var range: SourceRange
    public var replacement: String
    public init(_ message: String, range: SourceRange, replacement: String) {
        self.message = message
        self.range = range
        self.replacement = replacement
    }
}

/// A problem found in a statement or a file. Stages return these; only Render and Shell print them.
public struct Diagnostic: Error, Hashable, Sendable {
    public var id: DiagnosticID
    public var severity: Severity
    public var message: String
    public var range: SourceRange?
    public var notes: [Note]
    public var fixIts: [FixIt]

    public init(id: DiagnosticID, severity: Severity = .error, message: String,
                range: SourceRange? = nil, notes: [Note] = [], fixIts: [FixIt] = []) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    public static func error(_ id: DiagnosticID, _ message: String, at range: SourceRange? = nil,
                             notes: [Note] = [], fixIts: [FixIt] = []) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, range: range, notes: notes, fixIts: fixIts)
    }

    public static func warning(_ id: DiagnosticID, _ message: String, at range: SourceRange? = nil,
                               notes: [Note] = [], fixIts: [FixIt] = []) -> Diagnostic {
        Diagnostic(id: id, severity: .warning, message: message, range: range, notes: notes, fixIts: fixIts)
    }
}
