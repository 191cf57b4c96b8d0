import ClaimCorpus
import ClaimDiagnostics

/// The words the language reserves; matched case-insensitively, so `WHERE` and `where` are one keyword.
public enum Keyword: String, CaseIterable, Sendable {
    case and, asc, between, by, contains, count, desc, empty
    case `false`, group, `in`, `is`, `let`, limit, matches, not
    case offset, or, order, select, starts, timeline, `true`, `where`, with
}

public enum TokenKind: Equatable, Sendable {
    case identifier
    case keyword(Keyword)
    /// A double-quoted string, escapes already resolved.
    case string(String)
    case integer(Int)
    case decimal(Double)
    /// `2017-09-05` or `2017-09` written without quotes.
    case date(CalendarDate)
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case leftParen, rightParen, comma, dot, semicolon
    case endOfInput
}

/// One token: what it is, where it is (UTF-8 offsets into the statement) and how it was written.
public struct Token: Equatable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    public var text: String

    public init(kind: TokenKind, range: SourceRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    public func isKeyword(_ keyword: Keyword) -> Bool {
        kind == .keyword(keyword)
    }

    /// How the token reads in a message: `'where'`, `"Raqqa"`, or `the end of the statement`.
    var quoted: String {
        switch kind {
        case .endOfInput: return "the end of the statement"
        case .string: return text
        default: return "'\(text)'"
        }
    }

    /// A short name of the token's category, for `.explain`.
    var categoryName: String {
        switch kind {
        case .identifier: return "identifier"
        case .keyword: return "keyword"
        case .string: return "string"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .date: return "date"
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return "operator"
        case .leftParen, .rightParen, .comma, .dot, .semicolon: return "punctuation"
        case .endOfInput: return "end"
        }
    }
}
