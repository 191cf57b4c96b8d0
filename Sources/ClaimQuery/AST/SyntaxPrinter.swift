import ClaimCorpus
import Foundation

/// Prints a parsed statement back as query text (canonical spacing and clause order) and as an indented tree
/// for `.explain`. Parsing the printed text gives the same tree.
public enum SyntaxPrinter {
    public static func text(of statement: Statement) -> String {
        switch statement {
        case .query(let query):
            return text(of: query)
        case .count(let query, let by):
            var words = ["count", query.source.text]
            if let filter = query.filter { words += ["where", text(of: filter)] }
            if let by { words += ["by", by.text] }
            return words.joined(separator: " ")
        case .assignment(let name, let query):
            return "let \(name.text) = \(text(of: query))"
        case .timeline(let query):
            return "timeline " + text(of: query)
        }
    }

    public static func text(of query: Query) -> String {
        var words = [query.source.text]
        if let filter = query.filter { words += ["where", text(of: filter)] }
        if let groupBy = query.groupBy { words += ["group by", groupBy.text] }
        if !query.orderBy.isEmpty {
            words += ["order by", query.orderBy.map { $0.path.text + ($0.descending ? " desc" : "") }.joined(separator: ", ")]
        }
        if let limit = query.limit { words += ["limit", text(of: limit)] }
        if let offset = query.offset { words += ["offset", text(of: offset)] }
        if !query.select.isEmpty { words += ["select", query.select.map(\.text).joined(separator: ", ")] }
        return words.joined(separator: " ")
    }

    public static func text(of expr: Expr) -> String {
        switch expr {
        case .predicate(let predicate):
            return text(of: predicate)
        case .and(let children):
            return children.map { child in
                if case .predicate = child { return text(of: child) }
                if case .not = child { return text(of: child) }
                return "(" + text(of: child) + ")"
            }.joined(separator: " and ")
        case .or(let children):
            return children.map { child in
                if case .or = child { return "(" + text(of: child) + ")" }
                return text(of: child)
            }.joined(separator: " or ")
        case .not(let inner, _):
            switch inner {
            case .predicate, .not: return "not " + text(of: inner)
            default: return "not (" + text(of: inner) + ")"
            }
        }
    }

    public static func text(of predicate: FieldPredicate) -> String {
        let field = predicate.path.text
        let operands = predicate.operands.map(text(of:))
        let not = predicate.negated ? "not " : ""
        switch predicate.op {
        case .isEmpty: return "\(field) is \(not)empty"
        case .in: return "\(field) \(not)in (\(operands.joined(separator: ", ")))"
        case .between: return "\(field) \(not)between \(operands[0]) and \(operands[1])"
        default: return "\(field) \(not)\(predicate.op.rawValue) \(operands.first ?? "")"
        }
    }

    public static func text(of literal: Literal) -> String {
        switch literal.value {
        case .string(let value):
            return quoted(value)
        case .integer(let value): return String(value)
        case .decimal(let value):
            // The lexer reads no exponents, so very large or small values print positionally.
            let short = String(value)
            return short.contains("e") ? String(format: "%.17f", value) : short
        case .date(let value): return value.iso
        case .bool(let value): return value ? "true" : "false"
        }
    }

    /// A string literal that lexes back to `value`. A backslash is doubled only where the lexer would otherwise
    /// read it as an escape, so regular expressions print as written (`"\d+"`).
    static func quoted(_ value: String) -> String {
        // Scalars, not Characters, as the lexer reads them: a backslash or quote followed by a combining mark is one
        // Character, and escaping by Character let such a pair through unescaped (found by fuzzing).
        var out = String.UnicodeScalarView()
        out.append("\"")
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\\":
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                let doubled = next.map { "\"\\nt".unicodeScalars.contains($0) } ?? true
                out.append(contentsOf: (doubled ? "\\\\" : "\\").unicodeScalars)
            default: out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }

    /// The statement as an indented tree, two spaces a level; ranges left out so equal trees print alike.
    public static func tree(of statement: Statement) -> String {
        var lines: [String] = []
        switch statement {
        case .query(let query):
            lines.append("query")
            appendTree(of: query, depth: 1, to: &lines)
        case .count(let query, let by):
            lines.append("count")
            appendTree(of: query, depth: 1, to: &lines)
            if let by { lines.append("  by \(by.text)") }
        case .assignment(let name, let query):
            lines.append("let \(name.text)")
            lines.append("  query")
            appendTree(of: query, depth: 2, to: &lines)
        case .timeline(let query):
            lines.append("timeline")
            appendTree(of: query, depth: 1, to: &lines)
        }
        return lines.joined(separator: "\n")
    }

    private static func appendTree(of query: Query, depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        lines.append(indent + "source \(query.source.text)")
        if let filter = query.filter {
            lines.append(indent + "where")
            appendTree(of: filter, depth: depth + 1, to: &lines)
        }
        if let groupBy = query.groupBy { lines.append(indent + "group by \(groupBy.text)") }
        for item in query.orderBy { lines.append(indent + "order by \(item.path.text) \(item.descending ? "desc" : "asc")") }
        if let limit = query.limit { lines.append(indent + "limit \(text(of: limit))") }
        if let offset = query.offset { lines.append(indent + "offset \(text(of: offset))") }
        if !query.select.isEmpty { lines.append(indent + "select \(query.select.map(\.text).joined(separator: ", "))") }
    }

    private static func appendTree(of expr: Expr, depth: Int, to lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        switch expr {
        case .predicate(let predicate):
            lines.append(indent + "predicate " + text(of: predicate))
        case .and(let children):
            lines.append(indent + "and")
            for child in children { appendTree(of: child, depth: depth + 1, to: &lines) }
        case .or(let children):
            lines.append(indent + "or")
            for child in children { appendTree(of: child, depth: depth + 1, to: &lines) }
        case .not(let inner, _):
            lines.append(indent + "not")
            appendTree(of: inner, depth: depth + 1, to: &lines)
        }
    }
}
