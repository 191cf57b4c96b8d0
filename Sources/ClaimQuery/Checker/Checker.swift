import Foundation
import ClaimDiagnostics
import ClaimStore

/// Binds a parsed statement to the schema and the store: kinds, fields and paths by name (with did-you-mean),
/// literals to typed values, entity names to records. Throws the first error; collects warnings.
struct Checker {
    /// Longest regular expression accepted after `matches`, in characters.
    static let maximumRegexLength = 500

    let store: EntityStore
    let saved: [String: SavedResult]
    /// The statement's text, to quote predicates as written.
    let source: String
    private let sourceBytes: [UInt8]
    var warnings: [Diagnostic] = []

    init(store: EntityStore, saved: [String: SavedResult], source: String) {
        self.store = store
        self.saved = saved
        self.source = source
        self.sourceBytes = Array(source.utf8)
    }

    var schema: Schema { store.schema }

    mutating func bind(_ statement: Statement) throws -> BoundStatement {
        switch statement {
        case .query(let query):
            return .query(try bind(query))
        case .count(let query, let by):
            let bound = try bind(query)
            return .count(bound, by: try by.map { try bindPath($0, in: bound.kind) })
        case .assignment(let name, let query):
            if schema.kind(named: name.text) != nil { throw QueryMessages.nameIsKind(name.text, at: name.range) }
            return .assignment(name: name.text, query: try bind(query))
        case .timeline(let query):
            let bound = try bind(query)
            guard bound.kind == .claims else {
                throw QueryMessages.timelineNeedsClaims(query.source.text, kind: bound.kind, at: query.source.range)
            }
            return .timeline(bound)
        }
    }

    mutating func bind(_ query: Query) throws -> BoundQuery {
        let (kind, base) = try bindSource(query.source)
        let filter = try query.filter.map { try bind($0, in: kind) }
        let groupBy = try query.groupBy.map { try bindPath($0, in: kind) }
        if groupBy != nil, let first = query.select.first {
            throw QueryMessages.groupWithSelect(at: first.range)
        }
        var orderBy: [BoundOrder] = []
        for item in query.orderBy {
            if let groupBy, let groupPath = query.groupBy {
                if item.path.text.lowercased() == "count" {
                    orderBy.append(BoundOrder(path: nil, descending: item.descending))
                    continue
                }
                let path = try bindPath(item.path, in: kind)
                guard path.name == groupBy.name else {
                    throw QueryMessages.orderByInGroup(item.path.text, group: groupPath.text, at: item.path.range)
                }
                orderBy.append(BoundOrder(path: path, descending: item.descending))
            } else {
                orderBy.append(BoundOrder(path: try bindPath(item.path, in: kind), descending: item.descending))
            }
        }
        return BoundQuery(kind: kind, base: base, filter: filter, groupBy: groupBy, orderBy: orderBy,
                          limit: query.limit.flatMap(integer), offset: query.offset.flatMap(integer),
                          select: try query.select.map { try bindPath($0, in: kind) })
    }

    private func integer(_ literal: Literal) -> Int? {
        if case .integer(let value) = literal.value { return value }
        return nil
    }

    private func bindSource(_ name: Name) throws -> (EntityKind, [Int]?) {
        if let kind = schema.kind(named: name.text) { return (kind, nil) }
        if let result = saved[name.text.lowercased()] { return (result.kind, result.ids) }
        let candidates = EntityKind.allCases.map(\.rawValue) + saved.values.map(\.name).sorted()
        let suggestion = Suggestions.nearest(to: name.text, in: candidates)
        // "help", "exit": another shell's command word, unless it is close to a kind ("schema" is no "places").
        if suggestion == nil, let word = ForeignSyntax.metaWord(name.text, at: name.range) { throw word }
        throw QueryMessages.unknownSource(name.text, suggestion: suggestion, at: name.range)
    }

    // MARK: - Paths

    func bindPath(_ path: FieldPath, in kind: EntityKind) throws -> BoundPath {
        var steps: [BoundStep] = []
        var currentKind = kind
        for (index, component) in path.components.enumerated() {
            if index > 0 {
                let previous = steps[index - 1].field
                switch previous.type {
                case .id(let target), .entity(let target): currentKind = target
                default:
                    throw QueryMessages.notAReference(path.components[index - 1].text, typeDescription: previous.type.holds,
                                                      at: path.components[index - 1].range)
                }
            }
            guard let field = schema[currentKind].field(named: component.text) else {
                throw QueryMessages.unknownField(component.text, kind: currentKind.rawValue,
                                                 suggestion: suggestField(component.text, in: currentKind), at: component.range)
            }
            steps.append(BoundStep(kind: currentKind, field: field))
        }
        return BoundPath(steps: steps)
    }

    /// A near spelling of a field of `kind`, or else the same field reached through a link (`outlet` → `doc.outlet`).
    private func suggestField(_ typed: String, in kind: EntityKind) -> String? {
        let fields = schema[kind].fields
        let names = fields.flatMap { $0.aliases.reversed() + [$0.name] }
        if let near = Suggestions.nearest(to: typed, in: names) { return near }
        for field in fields {
            switch field.type {
            case .id(let target) where target != kind, .entity(let target) where target != kind:
                if let remote = schema[target].field(named: typed) {
                    return (field.aliases.first ?? field.name) + "." + remote.name
                }
            default: continue
            }
        }
        return nil
    }

    // MARK: - Expressions

    mutating func bind(_ expr: Expr, in kind: EntityKind) throws -> BoundExpr {
        switch expr {
        case .predicate(let predicate): return .predicate(try bind(predicate, in: kind))
        case .and(let children): return .and(try children.map { try bind($0, in: kind) })
        case .or(let children): return .or(try children.map { try bind($0, in: kind) })
        case .not(let inner, _): return .not(try bind(inner, in: kind), text: slice(expr.range))
        }
    }

    func slice(_ range: SourceRange) -> String {
        guard range.start >= 0, range.end <= sourceBytes.count else { return "" }
        return String(decoding: sourceBytes[range.start..<range.end], as: UTF8.self)
    }

    mutating func bind(_ predicate: FieldPredicate, in kind: EntityKind) throws -> BoundPredicate {
        let path = try bindPath(predicate.path, in: kind)
        let fieldName = predicate.path.text
        try checkOperator(predicate, path: path)
        var operands: [Value] = []
        for literal in predicate.operands {
            operands += try bindOperand(literal, for: path, op: predicate.op, fieldName: fieldName)
        }
        var regex: NSRegularExpression?
        if predicate.op == .matches, case .string(let pattern)? = predicate.operands.first?.value {
            let range = predicate.operands[0].range
            guard pattern.count <= Checker.maximumRegexLength else {
                throw QueryMessages.regexTooLong(length: pattern.count, limit: Checker.maximumRegexLength, at: range)
            }
            do {
                regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            } catch {
                throw QueryMessages.invalidRegex(pattern, at: range)
            }
        }
        if predicate.op == .between, operands.count == 2, operands[1] < operands[0] {
            let low = predicate.operands[0], high = predicate.operands[1]
            warnings.append(QueryMessages.betweenReversed(low: low, high: high, lowText: slice(low.range), highText: slice(high.range)))
        }
        return BoundPredicate(path: path, op: predicate.op, negated: predicate.negated, operands: operands, regex: regex,
                              text: slice(predicate.range))
    }

    private func checkOperator(_ predicate: FieldPredicate, path: BoundPath) throws {
        let type = path.type
        let op = predicate.op
        let written = slice(predicate.operatorRange)
        if op.isTextual {
            switch type {
            case .string, .enumeration, .entity: break
            default:
                throw QueryMessages.operatorNotSupported(written, field: predicate.path.text, typeDescription: type.holds,
                                                         wants: "text, a name or a word", at: predicate.operatorRange)
            }
        }
        if op.isOrdering {
            switch type {
            case .int, .decimal, .date, .string, .id: break
            default:
                throw QueryMessages.operatorNotSupported(written, field: predicate.path.text, typeDescription: type.holds,
                                                         wants: "numbers, dates or text (compare names with = or contains)",
                                                         at: predicate.operatorRange)
            }
        }
    }
}
