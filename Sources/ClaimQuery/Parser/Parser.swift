import ClaimDiagnostics

/// What parsing one statement gave: its tokens, and either a tree or the first error.
/// A statement of only blanks and comments gives neither.
public struct ParseResult: Sendable {
    public var tokens: [Token]
    public var statement: Statement?
    public var error: Diagnostic?
}

/// A recursive-descent parser, one function per grammar rule (the grammar is in docs/language.md).
/// It stops at the first error: later ones are mostly echoes of it.
public struct Parser {
    /// Deepest nesting of `(` and `not`; deeper input is refused rather than risking the stack.
    public static let maximumNesting = 256
    /// Longest statement accepted, in UTF-8 bytes.
    public static let maximumStatementLength = 1_000_000

    var tokens: [Token]
    var position = 0
    var nesting = 0

    public static func parse(_ source: String) -> ParseResult {
        let length = source.utf8.count
        guard length <= maximumStatementLength else {
            return ParseResult(tokens: [], statement: nil,
                               error: QueryMessages.statementTooLong(length: length, limit: maximumStatementLength))
        }
        let lexed = Lexer.tokenize(source)
        if let error = lexed.error {
            return ParseResult(tokens: lexed.tokens, statement: nil, error: ForeignSyntax.diagnose(source) ?? error)
        }
        var parser = Parser(tokens: lexed.tokens)
        if parser.current.kind == .endOfInput || parser.current.kind == .semicolon && parser.peek(1).kind == .endOfInput {
            return ParseResult(tokens: lexed.tokens, statement: nil, error: nil)
        }
        do {
            let statement = try parser.parseStatement()
            return ParseResult(tokens: lexed.tokens, statement: statement, error: nil)
        } catch let diagnostic as Diagnostic {
            return ParseResult(tokens: lexed.tokens, statement: nil, error: ForeignSyntax.diagnose(source) ?? diagnostic)
        } catch {
            fatalError("the parser throws only diagnostics")
        }
    }

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    // MARK: - Token access

    var current: Token { tokens[min(position, tokens.count - 1)] }
    var previous: Token { tokens[max(0, min(position - 1, tokens.count - 1))] }
    func peek(_ ahead: Int) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func consume(_ keyword: Keyword) -> Token? {
        current.isKeyword(keyword) ? advance() : nil
    }

    mutating func consume(_ kind: TokenKind) -> Token? {
        current.kind == kind ? advance() : nil
    }

    mutating func expect(_ keyword: Keyword, after: Token) throws -> Token {
        if let token = consume(keyword) { return token }
        throw QueryMessages.expected("'\(keyword.rawValue)'", after: after, found: current)
    }

    // MARK: - Statements

    /// statement = assignment | count | timeline | query ;
    mutating func parseStatement() throws -> Statement {
        let statement: Statement
        if current.isKeyword(.let) {
            statement = try parseAssignment()
        } else if current.isKeyword(.count) {
            statement = try parseCount()
        } else if current.isKeyword(.timeline) {
            statement = try parseTimeline()
        } else {
            statement = .query(try parseQuery())
        }
        try expectEnd(of: statement)
        return statement
    }

    /// assignment = "let" NAME "=" query ;
    mutating func parseAssignment() throws -> Statement {
        let letToken = advance()
        guard current.kind == .identifier else {
            if case .keyword(let keyword) = current.kind {
                throw QueryMessages.reservedName(keyword.rawValue, at: current.range)
            }
            throw QueryMessages.expected("a name", after: letToken, found: current)
        }
        let nameToken = advance()
        let name = Name(text: nameToken.text, range: nameToken.range)
        guard consume(.equal) != nil else {
            throw QueryMessages.expectedEqualsInLet(after: nameToken, found: current)
        }
        return .assignment(name: name, query: try parseQuery())
    }

    /// count = "count" source [ "where" expr ] [ ( "by" | "group" "by" ) path ] ;
    mutating func parseCount() throws -> Statement {
        let countToken = advance()
        let source = try parseSource(after: countToken)
        var query = Query(source: source, range: source.range)
        if let whereToken = consume(.where) {
            query.filter = try parseExpression(after: whereToken)
        }
        var by: FieldPath?
        if let byToken = consume(.by) {
            by = try parsePath(after: byToken)
        } else if let groupToken = consume(.group) {
            by = try parsePath(after: try expect(.by, after: groupToken))
        }
        query.range = SourceRange(start: countToken.range.start, end: previous.range.end)
        return .count(query, by: by)
    }

    /// timeline = "timeline" [ source ] { "where" expr | "limit" INTEGER } ;   (each clause at most once)
    mutating func parseTimeline() throws -> Statement {
        let timelineToken = advance()
        var source = Name(text: "claims", range: timelineToken.range)
        if current.kind == .identifier {
            // `timeline place = "Raqqa"`: the `where` is missing, not a source.
            if startsPredicate(peek(1)) { throw QueryMessages.expected("'where'", after: timelineToken, found: current) }
            source = try parseSource(after: timelineToken)
        }
        var query = Query(source: source, range: source.range)
        try parseClauses(into: &query, allowed: [.where, .limit])
        query.range = SourceRange(start: timelineToken.range.start, end: previous.range.end)
        return .timeline(query)
    }

    /// query = source { clause } ;
    /// clause = "where" expr | "group" "by" path | "order" "by" order_item { "," order_item }
    ///        | "limit" INTEGER | "offset" INTEGER | "select" path { "," path } ;
    mutating func parseQuery() throws -> Query {
        let start = current.range.start
        let source = try parseSource(after: previous)
        var query = Query(source: source, range: source.range)
        try parseClauses(into: &query, allowed: [.where, .group, .order, .limit, .offset, .select])
        query.range = SourceRange(start: start, end: previous.range.end)
        return query
    }

    /// The clauses of a query (or of a timeline, which allows fewer), in any order, each at most once.
    private mutating func parseClauses(into query: inout Query, allowed: Set<Keyword>) throws {
        var seen: [Keyword: Token] = [:]
        var progress = LoopProgress()
        while progress.advanced(to: position), case .keyword(let keyword) = current.kind, allowed.contains(keyword) {
            let clauseToken = advance()
            if let first = seen[keyword] {
                throw QueryMessages.duplicateClause(clauseToken.text, at: clauseToken.range, first: first.range)
            }
            seen[keyword] = clauseToken
            switch keyword {
            case .where:
                query.filter = try parseExpression(after: clauseToken)
            case .group:
                query.groupBy = try parsePath(after: try expect(.by, after: clauseToken))
            case .order:
                query.orderBy = try parseOrderItems(after: try expect(.by, after: clauseToken))
            case .limit:
                query.limit = try parseCount(after: clauseToken)
            case .offset:
                query.offset = try parseCount(after: clauseToken)
            default:
                query.select = try parsePathList(after: clauseToken)
            }
        }
    }

    /// source = NAME ;   (a kind, or a name saved with `let`)
    mutating func parseSource(after: Token) throws -> Name {
        guard current.kind == .identifier else {
            throw QueryMessages.expectedSource(after: position == 0 ? nil : after, found: current)
        }
        let token = advance()
        return Name(text: token.text, range: token.range)
    }

    private mutating func parseCount(after clause: Token) throws -> Literal {
        guard case .integer(let value) = current.kind, value >= 0 else {
            throw QueryMessages.expected("a whole number", after: clause, found: current)
        }
        let token = advance()
        return Literal(value: .integer(value), range: token.range)
    }

    /// order_item = path [ "asc" | "desc" ] ;   (`count` names the group size after `group by`)
    mutating func parseOrderItems(after: Token) throws -> [OrderItem] {
        var items: [OrderItem] = []
        var separator = after
        var progress = LoopProgress()
        repeat {
            guard progress.advanced(to: position) else { break }
            let path: FieldPath
            if current.isKeyword(.count) {
                let token = advance()
                path = FieldPath(components: [Name(text: "count", range: token.range)])
            } else {
                path = try parsePath(after: separator)
            }
            var descending = false
            if consume(.desc) != nil { descending = true } else { _ = consume(.asc) }
            items.append(OrderItem(path: path, descending: descending))
            separator = current
        } while consume(.comma) != nil
        return items
    }

    mutating func parsePathList(after: Token) throws -> [FieldPath] {
        var paths: [FieldPath] = []
        var separator = after
        var progress = LoopProgress()
        repeat {
            guard progress.advanced(to: position) else { break }
            paths.append(try parsePath(after: separator))
            separator = previous
        } while consume(.comma) != nil
        return paths
    }

    /// path = NAME { "." NAME } ;
    mutating func parsePath(after: Token) throws -> FieldPath {
        var components: [Name] = []
        var separator = after
        var progress = LoopProgress()
        repeat {
            guard progress.advanced(to: position) else { break }
            guard current.kind == .identifier else {
                throw QueryMessages.expectedField(after: separator, found: current)
            }
            let token = advance()
            components.append(Name(text: token.text, range: token.range))
            separator = token
        } while consume(.dot) != nil
        return FieldPath(components: components)
    }

    /// After the statement: an optional `;`, then nothing.
    private mutating func expectEnd(of statement: Statement) throws {
        _ = consume(.semicolon)
        guard current.kind != .endOfInput else { return }
        if current.kind == .rightParen { throw QueryMessages.unmatchedParen(at: current.range) }
        if previous.kind == .semicolon { throw QueryMessages.secondStatement(at: current.range) }
        if current.kind == .identifier, statement.query.filter != nil, startsPredicate(peek(1)) {
            throw QueryMessages.missingConnective(before: current)
        }
        let expected: [String]
        switch statement {
        case .count: expected = ["'where'", "'by'"]
        case .timeline: expected = ["'where'", "'limit'"]
        default: expected = ["'where'", "'group by'", "'order by'", "'limit'", "'offset'", "'select'"]
        }
        throw QueryMessages.trailingText(current, expected: expected)
    }

    func startsPredicate(_ token: Token) -> Bool {
        switch token.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .dot: return true
        case .keyword(let keyword): return [.in, .between, .contains, .starts, .matches, .is, .not].contains(keyword)
        default: return false
        }
    }
}
