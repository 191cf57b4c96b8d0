/// Tab completion as a pure function of the line, the cursor and what the store knows.
///
///     complete(line: "claims wh", cursor: 9, context: context)
///     // [Candidate("where", start: 7)]
public enum Completion {
    /// Words that may start a statement, besides kinds and saved names.
    static let statementStarters = ["count", "let", "timeline"]
    /// What may follow a kind or a saved set.
    static let clauses = ["where", "order by", "group by", "limit", "select"]
    /// What may follow `timeline` (or its source).
    static let timelineClauses = ["where", "limit"]
    /// What may follow a complete condition.
    static let connectors = ["and", "or", "order by", "group by", "limit", "select"]
    /// After these a field name comes.
    static let fieldIntroducers: Set<String> = ["where", "and", "or", "not", "("]

    public static func complete(line: String, cursor: Int, context: CompletionContext) -> [Candidate] {
        let scalars = Array(line.unicodeScalars)
        let cursor = max(0, min(cursor, scalars.count))
        let before = Array(scalars[..<cursor])
        if let first = before.firstIndex(where: { $0 != " " && $0 != "\t" }), before[first] == "." {
            return completeMetaCommand(before, dotAt: first, context: context)
        }
        return completeStatement(before, context: context)
    }

    // MARK: Statements

    static func completeStatement(_ before: [Unicode.Scalar], context: CompletionContext) -> [Candidate] {
        var tokens = CompletionTokenizer.tokenize(before)
        if let semicolon = tokens.lastIndex(where: { $0.kind == .semicolon }) {
            tokens = Array(tokens[(semicolon + 1)...])
        }
        let cursor = before.count
        // Inside an unfinished quoted value.
        if let last = tokens.last, last.kind == .string(terminated: false) {
            let prior = Array(tokens.dropLast())
            guard let field = fieldBeforeValue(prior) else { return [] }
            let kind = statementKind(prior, context: context)
            guard context.valueStyle(kind, field) != .none else { return [] }
            let typed = String(String.UnicodeScalarView(before[(last.start + 1)...]))
            return matchingValues(typed, kind: kind, field: field, context: context)
                .map { Candidate($0, start: last.start + 1, append: "\"") }
        }
        // The word being typed (empty right after a space or a symbol).
        var prior = tokens
        var partial = ""
        var start = cursor
        if let last = tokens.last, last.kind == .word, last.end == cursor {
            partial = last.text
            start = last.start
            prior.removeLast()
        }
        let kind = statementKind(prior, context: context)
        var words: [String] = []
        var valueField: String?
        if prior.isEmpty {
            words = context.kinds + statementStarters + context.savedNames
        } else if let last = prior.last {
            let lowered = last.lowered
            let isKindOrSet = last.kind == .word && (context.kinds.contains(lowered) || context.savedNames.contains(last.text))
            if last.kind == .comparison && prior.count == 3 && prior[0].lowered == "let" {
                words = context.kinds + context.savedNames
            } else if last.kind == .comparison, let field = fieldBeforeValue(prior) {
                valueField = field
            } else if last.kind == .word && lowered == "timeline" && prior.count == 1 {
                words = timelineClauses + ["claims"] + context.savedNames
            } else if last.kind == .word && lowered == "count" && prior.count == 1 {
                words = context.kinds + context.savedNames
            } else if isKindOrSet && !(prior.count >= 2 && prior[prior.count - 2].kind == .comparison && prior.first?.lowered != "let") {
                words = clauses
            } else if last.kind == .openParen || (last.kind == .word && fieldIntroducers.contains(lowered)) {
                words = context.fields(kind) + (lowered == "not" ? [] : ["not"])
            } else if last.kind == .word && (lowered == "order" || lowered == "group") {
                words = ["by"]
            } else if last.kind == .word && (lowered == "by" || lowered == "select") {
                words = context.fields(kind)
            } else if last.kind == .comma && isInFieldList(prior) {
                words = context.fields(kind)
            } else if isAfterCompleteValue(prior) {
                words = connectors
            } else if last.kind == .word && prior.count >= 2 && prior[prior.count - 2].lowered == "by" {
                words = ["asc", "desc", "limit"]
            }
        }
        if let field = valueField {
            switch context.valueStyle(kind, field) {
            case .none:
                return []
            case .bare:
                return matchingValues(partial, kind: kind, field: field, context: context).map { Candidate($0, start: start) }
            case .quoted:
                // No quote typed yet: insert it; the single match closes it.
                let typed = partial.hasPrefix("\"") ? String(partial.dropFirst()) : partial
                return matchingValues(typed, kind: kind, field: field, context: context)
                    .map { Candidate("\"" + $0, start: start, append: "\"") }
            }
        }
        // A timeline takes only `where` and `limit`.
        if prior.first?.lowered == "timeline" {
            if words == clauses { words = timelineClauses }
            if words == connectors { words = ["and", "or", "limit"] }
        }
        return prefixMatches(partial, in: words).map { Candidate($0, start: start) }
    }

    /// The kind the statement queries: its first kind word, or nil (a saved set, or not yet typed).
    static func statementKind(_ tokens: [CompletionToken], context: CompletionContext) -> String? {
        if let kind = tokens.first(where: { $0.kind == .word && context.kinds.contains($0.lowered) })?.lowered { return kind }
        // `timeline where …` lists claims without naming them.
        return tokens.first?.lowered == "timeline" && context.kinds.contains("claims") ? "claims" : nil
    }

    /// The field a value is being given for: `field OP value` or `field in (value, value`.
    static func fieldBeforeValue(_ prior: [CompletionToken]) -> String? {
        guard let last = prior.last else { return nil }
        if last.kind == .comparison {
            guard prior.count >= 2, prior[prior.count - 2].kind == .word else { return nil }
            return prior[prior.count - 2].lowered
        }
        // Inside an `in (…)` list: walk back over values and commas to `in (`.
        var index = prior.count - 1
        while index >= 0, prior[index].kind == .comma || prior[index].kind == .string(terminated: true) || prior[index].kind == .word {
            if prior[index].kind == .word, index > 0, prior[index - 1].kind != .comma, prior[index - 1].kind != .openParen { break }
            index -= 1
        }
        guard index >= 2, prior[index].kind == .openParen, prior[index - 1].lowered == "in",
              prior[index - 2].kind == .word else { return nil }
        return prior[index - 2].lowered
    }

    /// `select a, b,` or `order by a,`: a comma-separated list of fields is going on.
    static func isInFieldList(_ prior: [CompletionToken]) -> Bool {
        var index = prior.count - 1
        while index >= 0 {
            let token = prior[index]
            if token.kind == .word && (token.lowered == "select" || token.lowered == "by") { return true }
            guard token.kind == .comma || token.kind == .word else { return false }
            index -= 1
        }
        return false
    }

    /// `field OP value` just finished, so a connector or clause may follow.
    static func isAfterCompleteValue(_ prior: [CompletionToken]) -> Bool {
        guard prior.count >= 3, let last = prior.last else { return false }
        let valueDone = last.kind == .string(terminated: true) || last.kind == .word || last.kind == .closeParen
        return valueDone && (prior[prior.count - 2].kind == .comparison || last.kind == .closeParen)
    }

    /// Values of `field` matching what was typed, one spelling per value. A value matches by its
    /// name or any alias, by case-insensitive prefix or by transliteration key (`dayr az` finds
    /// Deir ez-Zor). The canonical name is offered when what was typed begins it; otherwise the
    /// alias that was being typed, so completion extends the text rather than rewriting it.
    static func matchingValues(_ typed: String, kind: String?, field: String, context: CompletionContext) -> [String] {
        let lowered = typed.lowercased()
        let typedKey = context.key(typed)
        var seen = Set<String>()
        var written: [String] = []
        var byKey: [String] = []
        for value in context.values(kind, field) {
            let spellings = [value.name] + value.aliases
            if let chosen = spellings.first(where: { lowered.isEmpty || $0.lowercased().hasPrefix(lowered) }) {
                if seen.insert(chosen.lowercased()).inserted { written.append(chosen) }
            } else if let chosen = spellings.first(where: { !typedKey.isEmpty && context.key($0).hasPrefix(typedKey) }) {
                byKey.append(chosen)
            }
        }
        // Spellings that start with what was typed come first; transliteration keys ("Deir Ezz" for
        // "Deir ez-Zor") only when none does, since a key is loose ("Syrian A" has the key of every "Syrian …").
        guard written.isEmpty else { return written }
        return byKey.filter { seen.insert($0.lowercased()).inserted }
    }

    static func prefixMatches(_ partial: String, in words: [String]) -> [String] {
        let lowered = partial.lowercased()
        var seen = Set<String>()
        return words.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
    }

    // MARK: Meta-commands

    static func completeMetaCommand(_ before: [Unicode.Scalar], dotAt dot: Int, context: CompletionContext) -> [Candidate] {
        guard let space = before[dot...].firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            let typed = String(String.UnicodeScalarView(before[dot...]))
            return prefixMatches(typed, in: context.metaCommands.map(\.name)).map { Candidate($0, start: dot) }
        }
        let name = String(String.UnicodeScalarView(before[dot..<space])).lowercased()
        guard let command = context.metaCommands.first(where: { $0.name == name }) else { return [] }
        var argumentStart = space
        while argumentStart < before.count, before[argumentStart] == " " || before[argumentStart] == "\t" { argumentStart += 1 }
        let wordStart = (before[argumentStart...].lastIndex(where: { $0 == " " || $0 == "\t" }).map { $0 + 1 }) ?? argumentStart
        let word = String(String.UnicodeScalarView(before[wordStart...]))
        let isFirstArgument = wordStart == argumentStart
        switch command.arguments {
        case .nothing:
            return []
        case .files:
            return completePath(word, start: wordStart, context: context)
        case .words(let words):
            return isFirstArgument ? prefixMatches(word, in: words).map { Candidate($0, start: wordStart) } : []
        case .kinds:
            return isFirstArgument ? prefixMatches(word, in: context.kinds).map { Candidate($0, start: wordStart) } : []
        case .helpTopics:
            let topics = context.metaCommands.map { String($0.name.dropFirst()) } + context.kinds
            return isFirstArgument ? prefixMatches(word, in: topics).map { Candidate($0, start: wordStart) } : []
        case .query:
            return completeStatement(Array(before[argumentStart...]), context: context).map {
                Candidate($0.replacement, start: $0.start + argumentStart, append: $0.appendCharacter)
            }
        }
    }

    /// File names in the typed directory; directories end in `/` and take no space after them.
    static func completePath(_ typed: String, start: Int, context: CompletionContext) -> [Candidate] {
        let directoryPart: String
        let namePrefix: String
        if let slash = typed.lastIndex(of: "/") {
            directoryPart = String(typed[...slash])
            namePrefix = String(typed[typed.index(after: slash)...])
        } else {
            directoryPart = ""
            namePrefix = typed
        }
        let entries = context.listDirectory(directoryPart.isEmpty ? "." : directoryPart)
        return entries
            .filter { $0.name.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.name.hasPrefix(".")) }
            .sorted { $0.name < $1.name }
            .map { entry in
                entry.isDirectory
                    ? Candidate(directoryPart + entry.name + "/", start: start, append: nil)
                    : Candidate(directoryPart + entry.name, start: start)
            }
    }
}
