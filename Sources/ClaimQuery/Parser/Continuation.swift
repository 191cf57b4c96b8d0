extension QueryEngine {
    /// True when `text` cannot be a whole statement yet and the shell should read another line: an open string or
    /// parenthesis, a trailing `\`, or a last word that needs something after it (`and`, `where`, `=`, `,`, …).
    public static func needsContinuation(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\n" || last == "\r" { trimmed.removeLast() }
        if trimmed.hasSuffix("\\") { return true }
        let lexed = Lexer.tokenize(String(trimmed))
        if lexed.error?.id == "query.unterminated-string" { return true }
        // Any other lexing error ("select count(*)": the '*') is one more lines cannot mend, and the tokens stop at it,
        // so an open parenthesis before it means nothing.
        if lexed.error != nil { return false }
        // Only the statement after the last `;` matters.
        let tokens = lexed.tokens.split(omittingEmptySubsequences: false, whereSeparator: { $0.kind == .semicolon }).last ?? []
        var depth = 0
        for token in tokens {
            if token.kind == .leftParen { depth += 1 }
            if token.kind == .rightParen { depth -= 1 }
            // A ')' with no '(' is an error that more lines cannot mend.
            if depth < 0 { return false }
        }
        if depth > 0 { return true }
        guard let last = tokens.last(where: { $0.kind != .endOfInput }) else { return false }
        switch last.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .comma, .dot, .leftParen:
            return true
        case .keyword(let keyword):
            return Self.wordsNeedingMore.contains(keyword)
        default:
            return false
        }
    }

    private static let wordsNeedingMore: Set<Keyword> = [
        .and, .between, .by, .contains, .count, .group, .in, .is, .let, .limit, .matches, .not, .offset, .or, .order,
        .select, .starts, .where, .with,
    ]
}
