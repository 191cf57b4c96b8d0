import ClaimDiagnostics

extension Parser {
    /// expr = or_expr ;   after `where`
    mutating func parseExpression(after: Token) throws -> Expr {
        if current.kind == .endOfInput || current.kind == .semicolon {
            throw QueryMessages.expectedCondition(after: after, found: current)
        }
        return try parseOr()
    }

    /// or_expr = and_expr { "or" and_expr } ;
    mutating func parseOr() throws -> Expr {
        var children = [try parseAnd()]
        var progress = LoopProgress()
        while progress.advanced(to: position), let orToken = consume(.or) {
            children.append(try parseAnd(after: orToken))
        }
        return children.count == 1 ? children[0] : .or(children)
    }

    /// and_expr = not_expr { "and" not_expr } ;
    mutating func parseAnd(after: Token? = nil) throws -> Expr {
        var children = [try parseNot(after: after)]
        var progress = LoopProgress()
        while progress.advanced(to: position), let andToken = consume(.and) {
            children.append(try parseNot(after: andToken))
        }
        return children.count == 1 ? children[0] : .and(children)
    }

    /// not_expr = "not" not_expr | primary ;
    mutating func parseNot(after: Token?) throws -> Expr {
        guard let notToken = consume(.not) else { return try parsePrimary(after: after) }
        try enterNesting(at: notToken)
        defer { nesting -= 1 }
        return .not(try parseNot(after: notToken), keyword: notToken.range)
    }

    /// primary = "(" expr ")" | predicate ;
    mutating func parsePrimary(after: Token?) throws -> Expr {
        if let open = consume(.leftParen) {
            try enterNesting(at: open)
            defer { nesting -= 1 }
            if current.kind == .rightParen || current.kind == .endOfInput {
                throw QueryMessages.expectedCondition(after: open, found: current)
            }
            let inner = try parseOr()
            guard consume(.rightParen) != nil else {
                if current.kind == .endOfInput || current.kind == .semicolon {
                    throw QueryMessages.unclosedParen(at: open.range, insertAt: previous.range.end)
                }
                throw QueryMessages.expected("')' or 'and'/'or'", after: previous, found: current)
            }
            return inner
        }
        guard current.kind == .identifier else {
            throw QueryMessages.expectedCondition(after: after ?? previous, found: current)
        }
        return .predicate(try parsePredicate())
    }

    private mutating func enterNesting(at token: Token) throws {
        nesting += 1
        if nesting > Parser.maximumNesting {
            throw QueryMessages.nestingTooDeep(at: token.range, limit: Parser.maximumNesting)
        }
    }

    /// predicate = path [ "not" ] ( comparison value | "in" "(" value { "," value } ")"
    ///           | "between" value "and" value | "contains" value | "starts" "with" value | "matches" value )
    ///           | path "is" [ "not" ] "empty" ;
    /// comparison = "=" | "!=" | "<" | "<=" | ">" | ">=" ;
    mutating func parsePredicate() throws -> FieldPredicate {
        let path = try parsePath(after: previous)
        let pathEnd = previous
        if let isToken = consume(.is) {
            let negated = consume(.not) != nil
            guard let emptyToken = consume(.empty) else {
                throw QueryMessages.expected("'empty'", after: previous, found: current)
            }
            return FieldPredicate(path: path, op: .isEmpty, negated: negated, operands: [],
                             operatorRange: SourceRange(start: isToken.range.start, end: emptyToken.range.end),
                             range: SourceRange(start: path.range.start, end: emptyToken.range.end))
        }
        let notToken = consume(.not)
        let opToken = current
        let op: PredicateOperator
        switch current.kind {
        case .equal: op = .equal
        case .notEqual: op = .notEqual
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        case .keyword(.in): op = .in
        case .keyword(.between): op = .between
        case .keyword(.contains): op = .contains
        case .keyword(.starts): op = .startsWith
        case .keyword(.matches): op = .matches
        default:
            if current.kind == .identifier, ["like", "ilike", "glob"].contains(current.text.lowercased()) {
                throw QueryMessages.sqlPattern(current, pattern: peek(1))
            }
            throw QueryMessages.expectedOperator(after: notToken ?? pathEnd, found: current, field: path.text)
        }
        if let notToken, !([.in, .between, .contains, .startsWith, .matches] as [PredicateOperator]).contains(op) {
            throw QueryMessages.notBeforeComparison(not: notToken, op: opToken)
        }
        _ = advance()
        var operatorEnd = opToken
        if op == .startsWith { operatorEnd = try expect(.with, after: opToken) }
        let operatorRange = SourceRange(start: (notToken ?? opToken).range.start, end: operatorEnd.range.end)
        var operands: [Literal] = []
        switch op {
        case .in:
            guard let open = consume(.leftParen) else {
                throw QueryMessages.expected("'(' and a list of values", after: opToken, found: current)
            }
            var separator = open
            var progress = LoopProgress()
            repeat {
                guard progress.advanced(to: position) else { break }
                operands.append(try parseValue(after: separator))
                separator = current
            } while consume(.comma) != nil
            guard consume(.rightParen) != nil else {
                if current.kind == .endOfInput { throw QueryMessages.unclosedParen(at: open.range, insertAt: previous.range.end) }
                throw QueryMessages.expected("',' or ')'", after: previous, found: current)
            }
        case .between:
            operands.append(try parseValue(after: opToken))
            let andToken = try expect(.and, after: previous)
            operands.append(try parseValue(after: andToken))
        default:
            operands.append(try parseValue(after: operatorEnd))
        }
        return FieldPredicate(path: path, op: op, negated: notToken != nil, operands: operands, operatorRange: operatorRange,
                         range: SourceRange(start: path.range.start, end: previous.range.end))
    }

    /// value = STRING | INTEGER | DECIMAL | DATE | "true" | "false" ;
    mutating func parseValue(after: Token) throws -> Literal {
        let token = current
        let value: LiteralValue
        switch token.kind {
        case .string(let text): value = .string(text)
        case .integer(let number): value = .integer(number)
        case .decimal(let number): value = .decimal(number)
        case .date(let date): value = .date(date)
        case .keyword(.true): value = .bool(true)
        case .keyword(.false): value = .bool(false)
        case .identifier:
            throw QueryMessages.unquotedValue(token, phrase: unquotedPhrase())
        default:
            throw QueryMessages.missingValue(after: after, found: token)
        }
        _ = advance()
        return Literal(value: value, range: token.range)
    }

    /// The run of words starting at the current identifier (`Deir ez` of `Deir ez-Zor`), to suggest quoting it whole.
    private func unquotedPhrase() -> (text: String, range: SourceRange) {
        var end = position
        while end + 1 < tokens.count, tokens[end + 1].kind == .identifier {
            end += 1
        }
        let range = SourceRange(start: tokens[position].range.start, end: tokens[end].range.end)
        let words = tokens[position...end].map(\.text)
        return (words.joined(separator: " "), range)
    }
}
