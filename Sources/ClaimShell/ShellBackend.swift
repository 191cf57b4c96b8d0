import ClaimDiagnostics
import ClaimRender

/// The output modes `.mode` accepts: ClaimRender's, under the shell's name.
public typealias OutputFormat = OutputMode

/// How results are to be rendered for one statement (width is read just before rendering).
public struct RenderSettings: Sendable, Equatable {
    public var format: OutputFormat
    public var headers: Bool
    public var width: Int
    /// Colour in results (stdout is a terminal, NO_COLOR unset).
    public var color: Bool
    /// Colour in diagnostics (stderr is a terminal, NO_COLOR unset).
    public var messageColor: Bool
    /// Block and line-drawing characters in timelines, charts and maps; ASCII when the locale is not UTF-8.
    public var unicode: Bool

    public init(format: OutputFormat, headers: Bool, width: Int, color: Bool, messageColor: Bool = false, unicode: Bool = true) {
        self.format = format
        self.headers = headers
        self.width = width
        self.color = color
        self.messageColor = messageColor
        self.unicode = unicode
    }
}

/// One complete statement as the shell hands it to the engine.
public struct ShellStatement: Sendable, Equatable {
    /// The statement text the engine parses (comments blanked, no trailing `;`).
    public var text: String
    /// The whole lines the statement spans, named and numbered as in its script, for carets.
    public var origin: SourceFile
    /// UTF-8 offset of `text` inside `origin.text`: add it to an engine range to point into `origin`.
    public var offsetInOrigin: Int
    /// The statement on one line, as history and `--echo` show it.
    public var displayText: String

    public init(text: String, origin: SourceFile, offsetInOrigin: Int, displayText: String) {
        self.text = text
        self.origin = origin
        self.offsetInOrigin = offsetInOrigin
        self.displayText = displayText
    }

    public static func == (lhs: ShellStatement, rhs: ShellStatement) -> Bool {
        lhs.text == rhs.text && lhs.offsetInOrigin == rhs.offsetInOrigin && lhs.displayText == rhs.displayText
            && lhs.origin.text == rhs.origin.text && lhs.origin.name == rhs.origin.name
            && lhs.origin.firstLine == rhs.origin.firstLine
    }

    /// A diagnostic whose range counts from the start of `text`, moved to count from `origin`.
    public func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
        var moved = diagnostic
        if let range = diagnostic.range {
            moved.range = SourceRange(start: range.start + offsetInOrigin, end: range.end + offsetInOrigin)
        }
        moved.notes = diagnostic.notes.map { note in
            var note = note
            if let range = note.range {
                note.range = SourceRange(start: range.start + offsetInOrigin, end: range.end + offsetInOrigin)
            }
            return note
        }
        moved.fixIts = diagnostic.fixIts.map { fix in
            var fix = fix
            fix.range = SourceRange(start: fix.range.start + offsetInOrigin, end: fix.range.end + offsetInOrigin)
            return fix
        }
        return moved
    }
}

/// What running one statement produced, already rendered.
public struct StatementReport: Sendable, Equatable {
    /// The rendered result, for the output sink (nil when there is none).
    public var output: String?
    /// Rendered diagnostics and notes, for stderr.
    public var messages: [String]
    public var failed: Bool
    /// The statement stopped because `isCancelled` returned true.
    public var cancelled: Bool
    /// What the result holds (ids, count, groups), for the tutorial to compare; nil without a result.
    public var summary: ResultSummary?

    public init(output: String? = nil, messages: [String] = [], failed: Bool = false, cancelled: Bool = false,
                summary: ResultSummary? = nil) {
        self.output = output
        self.messages = messages
        self.failed = failed
        self.cancelled = cancelled
        self.summary = summary
    }
}

/// Size of what is loaded, for the banner and `.load`.
public struct CorpusSummary: Sendable, Equatable {
    public var documents: Int
    public var claims: Int
    public var bytes: Int

    public init(documents: Int, claims: Int, bytes: Int) {
        self.documents = documents
        self.claims = claims
        self.bytes = bytes
    }
}

/// A finished (not yet installed) `.load`: built off the main thread, installed by `install`.
public protocol PreparedLoad: AnyObject {
    /// Warnings naming skipped files, rendered.
    var messages: [String] { get }
    /// Nothing could be loaded.
    var failed: Bool { get }
}

/// How values of a field are written in a query, for completion.
public enum ValueStyle: Sendable, Equatable {
    /// Entity names: inserted inside double quotes, the quote closed after a single match.
    case quoted
    /// Enumeration words and numbers: inserted bare.
    case bare
    /// Free text, dates, ids: nothing to offer.
    case none
}

/// The seam between the shell and the stages below (store, query, render).
/// `EngineBackend` is the real one; tests use small fakes.
public protocol ShellBackend: AnyObject {
    var summary: CorpusSummary { get }
    /// Runs one statement; long statements poll `isCancelled`.
    func execute(_ statement: ShellStatement, settings: RenderSettings,
                 isCancelled: @escaping @Sendable () -> Bool) -> StatementReport
    /// `.explain QUERY`.
    func explain(_ statement: ShellStatement, settings: RenderSettings) -> StatementReport
    /// `.show ID`: claim detail, or nil when there is no such claim.
    func showClaim(_ id: String, settings: RenderSettings) -> String?
    /// `.schema [KIND]` text, or nil when KIND is not a kind.
    func schemaDescription(kind: String?) -> String?
    /// `.vars`: saved names with a short description each.
    func variables() -> [(name: String, description: String)]
    /// The grammar says this text is unfinished (open quote or bracket, trailing operator, `\`).
    func needsContinuation(_ text: String) -> Bool

    /// Builds a store from everything loaded so far plus `paths` (called off the main thread).
    func prepareLoad(paths: [String], progress: @escaping @Sendable (_ done: Int, _ total: Int, _ bytes: Int) -> Void) -> PreparedLoad
    /// Installs a prepared store; saved names are replayed against it.
    func install(_ load: PreparedLoad)

    // Completion data.
    var kindNames: [String] { get }
    var statementKeywords: [String] { get }
    var savedNames: [String] { get }
    func fieldNames(kind: String) -> [String]
    func valueStyle(kind: String, field: String) -> ValueStyle
    func completionValues(kind: String, field: String) -> [CompletionValue]
    /// The transliteration key names are compared by (Normalizer.key).
    func matchKey(_ text: String) -> String

    /// `.map`: the places a result's records name, with coordinates and weights; nil when they name none.
    func mapPlaces(for result: ResultSummary) -> [MapPlace]?
}

extension ShellBackend {
    public func mapPlaces(for result: ResultSummary) -> [MapPlace]? { nil }
}
