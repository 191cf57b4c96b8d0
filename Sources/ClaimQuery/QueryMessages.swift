import ClaimDiagnostics
import ClaimStore

/// Every message the query language shows, in one place, alphabetised by id (after swift-syntax's
/// ParserDiagnosticMessages). Ids are stable: tests and docs/language.md refer to them.
/// Messages are lowercase, quote what was written, and say what was expected.
enum QueryMessages {
    static func bangWithoutEquals(at range: SourceRange) -> Diagnostic {
        .error("query.bang-without-equals", "'!' on its own is not an operator; write 'not' before a condition, or '!=' to compare",
               at: range, fixIts: [FixIt("write '!='", range: range, replacement: "!=")])
    }

    static func betweenReversed(low: Literal, high: Literal, lowText: String, highText: String) -> Diagnostic {
        let range = SourceRange(start: low.range.start, end: high.range.end)
        return .warning("query.between-reversed", "'between \(lowText) and \(highText)' matches nothing: the low end comes first",
                        at: range, fixIts: [FixIt("did you mean 'between \(highText) and \(lowText)'?", range: range,
                                                  replacement: "\(highText) and \(lowText)")])
    }

    static func cancelled() -> Diagnostic {
        .error("query.cancelled", "query cancelled")
    }

    static func doubleEquals(at range: SourceRange) -> Diagnostic {
        .error("query.double-equals", "'==' is not an operator; equality is a single '='",
               at: range, fixIts: [FixIt("write '='", range: range, replacement: "=")])
    }

    static func duplicateClause(_ word: String, at range: SourceRange, first: SourceRange) -> Diagnostic {
        .error("query.duplicate-clause", "'\(word.lowercased())' appears twice; a query takes each clause once",
               at: range, notes: [Note("the first '\(word.lowercased())' is here", range: first)])
    }

    static func expected(_ what: String, after: Token, found: Token) -> Diagnostic {
        .error("query.expected", "expected \(what) after \(after.quoted), found \(found.quoted)", at: found.range)
    }

    static func expectedCondition(after: Token, found: Token) -> Diagnostic {
        .error("query.expected-condition", "expected a condition after \(after.quoted) (like place = \"Raqqa\"), found \(found.quoted)",
               at: found.range)
    }

    static func expectedEqualsInLet(after name: Token, found: Token) -> Diagnostic {
        .error("query.expected-equals", "expected '=' after 'let \(name.text)', found \(found.quoted)", at: found.range,
               fixIts: [FixIt("insert '='", range: SourceRange(start: name.range.end, end: name.range.end), replacement: " =")])
    }

    static func expectedField(after: Token, found: Token) -> Diagnostic {
        if case .keyword(let keyword) = found.kind {
            return .error("query.expected-field", "expected a field name after \(after.quoted), found the keyword '\(keyword.rawValue)'",
                          at: found.range)
        }
        return .error("query.expected-field", "expected a field name after \(after.quoted), found \(found.quoted)", at: found.range)
    }

    static func expectedOperator(after: Token, found: Token, field: String) -> Diagnostic {
        let operators = "=, !=, <, <=, >, >=, in, between, contains, starts with, matches or is empty"
        var fixIts: [FixIt] = []
        switch found.kind {
        case .string, .integer, .decimal, .date:
            fixIts.append(FixIt("insert '='", range: SourceRange(start: found.range.start, end: found.range.start), replacement: "= "))
        default: break
        }
        return .error("query.expected-operator", "expected an operator after '\(field)' (\(operators)), found \(found.quoted)",
                      at: found.range, fixIts: fixIts)
    }

    /// SQL's `LIKE "%x%"` (and `GLOB`): the same test written the claimsh way, with a fix-it when the pattern allows.
    static func sqlPattern(_ word: Token, pattern: Token) -> Diagnostic {
        let message = "'\(word.text)' is SQL: here write contains \"text\", starts with \"text\" or matches \"regex\" (all ignore case)"
        guard case .string(let value) = pattern.kind else {
            return .error("query.sql-pattern", message, at: word.range)
        }
        let any: Character = word.text.lowercased() == "glob" ? "*" : "%"
        let one: Character = word.text.lowercased() == "glob" ? "?" : "_"
        let core = value.dropFirst(value.first == any ? 1 : 0).dropLast(value.count > 1 && value.last == any ? 1 : 0)
        let replacement: String
        if !core.contains(any), !core.contains(one), value.count > 1, value.first == any, value.last == any {
            replacement = "contains " + Self.quoted(String(core))
        } else if !core.contains(any), !core.contains(one), value.first != any, value.last == any {
            replacement = "starts with " + Self.quoted(String(core))
        } else {
            var regex = "^"
            for character in value {
                if character == any { regex += ".*" } else if character == one { regex += "." }
                else if "\\^$.|?*+()[]{}".contains(character) { regex += "\\" + String(character) } else { regex.append(character) }
            }
            replacement = "matches " + Self.quoted(regex + "$")
        }
        let range = SourceRange(start: word.range.start, end: pattern.range.end)
        return .error("query.sql-pattern", message, at: word.range, fixIts: [FixIt("write '\(replacement)'", range: range, replacement: replacement)])
    }

    /// SQL's SELECT … FROM: the claimsh statement that says the same, when `ForeignSyntax` could write it.
    static func sqlSelect(at range: SourceRange, rewrite: FixIt?) -> Diagnostic {
        guard let rewrite else {
            return .error("query.sql-select", "claimsh is not SQL: a statement starts with the kind it lists, e.g. claims where year = 2017",
                          at: range)
        }
        return .error("query.sql-select", "claimsh is not SQL: a statement starts with the kind it lists (count KIND for a count)",
                      at: range, fixIts: [rewrite])
    }

    /// psql's `\d`, `\q`: the meta-command here, if there is one.
    static func psqlCommand(_ word: String, command: String?, at range: SourceRange, fixIt: FixIt? = nil) -> Diagnostic {
        guard let command else {
            return .error("query.psql-command", "backslash commands are psql's; here meta-commands start with a dot (try .help)", at: range)
        }
        return .error("query.psql-command", "'\\\(word)' is psql's; here it is \(command)", at: range, fixIts: fixIt.map { [$0] } ?? [])
    }

    /// `help`, `exit` typed without their dot.
    static func metaCommandWord(_ name: String, command: String, at range: SourceRange) -> Diagnostic {
        .error("query.meta-command-word", "'\(name)' is not a kind; meta-commands start with a dot: \(command)",
               at: range, fixIts: [FixIt("write '\(command)'", range: range, replacement: command)])
    }

    /// A string literal as the lexer reads it back.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func expectedSource(after: Token?, found: Token) -> Diagnostic {
        let place = after.map { "after \($0.quoted)" } ?? "at the start"
        return .error("query.expected-source", "expected a kind (claims, documents, places, actors, people, figures, conflicts) or a saved name \(place), found \(found.quoted)",
                      at: found.range)
    }

    static func groupWithSelect(at range: SourceRange) -> Diagnostic {
        .error("query.group-with-select", "'select' cannot be combined with 'group by': a grouped result has the columns FIELD and count",
               at: range)
    }

    static func invalidDate(_ written: String, at range: SourceRange) -> Diagnostic {
        let parts = written.split(separator: "-")
        if parts.count == 2, parts[0].count == 4, parts[1].count == 4 {
            return .error("query.invalid-date", "'\(written)' is not a date; a range of years is written 'between \(parts[0]) and \(parts[1])'",
                          at: range, fixIts: [FixIt("write '\(parts[0]) and \(parts[1])'", range: range, replacement: "\(parts[0]) and \(parts[1])")])
        }
        return .error("query.invalid-date", "'\(written)' is not a valid date; dates are written YYYY-MM-DD or YYYY-MM", at: range)
    }

    static func invalidNumber(_ written: String, at range: SourceRange) -> Diagnostic {
        .error("query.invalid-number", "'\(written)' is not a number (or is too large); text values go in double quotes", at: range)
    }

    static func invalidRegex(_ pattern: String, at range: SourceRange) -> Diagnostic {
        .error("query.invalid-regex", "\"\(pattern)\" is not a valid regular expression", at: range)
    }

    static func missingConnective(before token: Token) -> Diagnostic {
        .error("query.missing-connective", "expected 'and' or 'or' before '\(token.text)'", at: token.range,
               fixIts: [FixIt("insert 'and'", range: SourceRange(start: token.range.start, end: token.range.start), replacement: "and ")])
    }

    static func missingValue(after: Token, found: Token) -> Diagnostic {
        .error("query.missing-value", "expected a value after \(after.quoted), found \(found.quoted)", at: found.range,
               notes: [Note("values are strings in double quotes, numbers, dates like 2017-09-05, or true/false")])
    }

    static func nameIsKind(_ name: String, at range: SourceRange) -> Diagnostic {
        .error("query.name-is-kind", "'\(name)' names a kind; choose another name to save the result under", at: range)
    }

    static func nestingTooDeep(at range: SourceRange, limit: Int) -> Diagnostic {
        .error("query.nesting-too-deep", "conditions are nested too deeply (more than \(limit) levels of '(' or 'not')", at: range)
    }

    static func notAReference(_ field: String, typeDescription: String, at range: SourceRange) -> Diagnostic {
        .error("query.not-a-reference", "'\(field)' holds \(typeDescription), not a link to other records; only a field such as doc or place can be followed by '.'",
               at: range)
    }

    static func notBeforeComparison(not: Token, op: Token) -> Diagnostic {
        let range = SourceRange(start: not.range.start, end: op.range.end)
        if op.kind == .equal {
            return .error("query.not-before-comparison", "'not =' is written '!='", at: range,
                          fixIts: [FixIt("write '!='", range: range, replacement: "!=")])
        }
        return .error("query.not-before-comparison", "'not' cannot come before '\(op.text)'; put 'not' before the whole condition",
                      at: range)
    }

    static func operatorNotSupported(_ op: String, field: String, typeDescription: String, wants: String, at range: SourceRange) -> Diagnostic {
        .error("query.operator-not-supported", "'\(op)' does not apply to '\(field)', which holds \(typeDescription); it needs \(wants)",
               at: range)
    }

    static func orderByInGroup(_ field: String, group: String, at range: SourceRange) -> Diagnostic {
        .error("query.order-in-group", "a grouped result can be ordered by '\(group)' or 'count', not '\(field)'", at: range,
               fixIts: [FixIt("did you mean 'count'?", range: range, replacement: "count")])
    }

    static func regexTooLong(length: Int, limit: Int, at range: SourceRange) -> Diagnostic {
        .error("query.regex-too-long", "the regular expression is \(length) characters long; the limit is \(limit)", at: range)
    }

    static func regexTooSlow(_ pattern: String, limit: Double) -> Diagnostic {
        let seconds = limit == limit.rounded() ? String(Int(limit)) : String(limit)
        return .error("query.regex-too-slow",
               "the regular expression \"\(pattern)\" ran for more than \(seconds) s and was stopped; nested repetition such as (a+)+ backtracks without end, so simplify it")
    }

    static func reservedName(_ word: String, at range: SourceRange) -> Diagnostic {
        .error("query.reserved-name", "'\(word)' is a keyword and cannot name a saved result", at: range)
    }

    static func secondStatement(at range: SourceRange) -> Diagnostic {
        .error("query.second-statement", "one statement at a time: found more text after ';'", at: range)
    }

    static func singleQuotedString(_ contents: String, at range: SourceRange) -> Diagnostic {
        let replacement = "\"" + contents.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return .error("query.single-quotes", "strings are written in double quotes", at: range,
                      fixIts: [FixIt("write \(replacement)", range: range, replacement: replacement)])
    }

    static func sqlNotEqual(at range: SourceRange) -> Diagnostic {
        .error("query.sql-not-equal", "'<>' is not an operator; inequality is '!='", at: range,
               fixIts: [FixIt("write '!='", range: range, replacement: "!=")])
    }

    static func statementTooLong(length: Int, limit: Int) -> Diagnostic {
        .error("query.statement-too-long", "the statement is \(length) bytes long; the limit is \(limit)",
               at: SourceRange(start: 0, end: 0))
    }

    static func symbolicConnective(_ written: String, at range: SourceRange) -> Diagnostic {
        let word = written.hasPrefix("&") ? "and" : "or"
        return .error("query.symbolic-connective", "'\(written)' is not an operator; conditions are joined with '\(word)'", at: range,
                      fixIts: [FixIt("write '\(word)'", range: range, replacement: word)])
    }

    static func timelineNeedsClaims(_ source: String, kind: EntityKind, at range: SourceRange) -> Diagnostic {
        .error("query.timeline-needs-claims",
               "a timeline shows claims, and '\(source)' holds \(kind.rawValue); write 'timeline where …' or name a saved result of claims",
               at: range)
    }

    static func trailingText(_ token: Token, expected: [String]) -> Diagnostic {
        var fixIts: [FixIt] = []
        if token.kind == .identifier {
            let clauseWords = ["where", "group", "order", "limit", "offset", "select", "by"]
            if let suggestion = Suggestions.nearest(to: token.text, in: clauseWords) {
                fixIts.append(FixIt("did you mean '\(suggestion)'?", range: token.range, replacement: suggestion))
            }
        }
        let list = expected.dropLast().joined(separator: ", ") + ", " + expected.last! + " or the end of the statement"
        return .error("query.trailing-text", "unexpected \(token.quoted) after the query; expected \(list)", at: token.range,
                      fixIts: fixIts)
    }

    static func typeMismatch(field: String, wants: String, found: String, at range: SourceRange, fixIts: [FixIt] = []) -> Diagnostic {
        .error("query.type-mismatch", "'\(field)' wants \(wants), found \(found)", at: range, fixIts: fixIts)
    }

    static func unclosedParen(at open: SourceRange, insertAt end: Int) -> Diagnostic {
        .error("query.unclosed-paren", "this '(' is never closed", at: open,
               fixIts: [FixIt("add ')' at the end", range: SourceRange(start: end, end: end), replacement: ")")])
    }

    static func unexpectedCharacter(_ character: String, at range: SourceRange) -> Diagnostic {
        .error("query.unexpected-character", "unexpected character '\(character)'", at: range)
    }

    static func unknownEntity(kind singular: String, name: String, suggestions: [String], at range: SourceRange) -> Diagnostic {
        let fixIts = suggestions.prefix(1).map { suggestion in
            FixIt("did you mean \"\(suggestion)\"?", range: range, replacement: "\"\(suggestion)\"")
        }
        var notes: [Note] = []
        if suggestions.count > 1 {
            notes.append(Note("other close names: " + suggestions.dropFirst().map { "\"\($0)\"" }.joined(separator: ", ")))
        }
        return .warning("query.unknown-entity", "no \(singular) named \"\(name)\" in the store", at: range, notes: notes, fixIts: fixIts)
    }

    static func spellingMatched(kind singular: String, name: String, matches: [String], at range: SourceRange) -> Diagnostic {
        let fixIts = matches.prefix(1).map { match in
            FixIt("did you mean \"\(match)\"?", range: range, replacement: "\"\(match)\"")
        }
        let listed = matches.map { "\"\($0)\"" }.joined(separator: ", ")
        return .warning("query.spelling-matched",
                        "\"\(name)\" is not a known spelling of a \(singular); matched \(listed) by transliteration",
                        at: range, fixIts: fixIts)
    }

    static func unknownEnumValue(_ value: String, field: String, allowed: [String], at range: SourceRange) -> Diagnostic {
        let fixIts = Suggestions.nearest(to: value, in: allowed).map {
            [FixIt("did you mean \"\($0)\"?", range: range, replacement: "\"\($0)\"")]
        } ?? []
        return .error("query.unknown-value", "\"\(value)\" is not a value of '\(field)'; expected one of \(allowed.joined(separator: ", "))",
                      at: range, fixIts: fixIts)
    }

    static func unknownField(_ name: String, kind: String, suggestion: String?, at range: SourceRange) -> Diagnostic {
        let fixIts = suggestion.map { [FixIt("did you mean '\($0)'?", range: range, replacement: $0)] } ?? []
        return .error("query.unknown-field", "unknown field '\(name)' for \(kind)", at: range, fixIts: fixIts)
    }

    static func unknownSource(_ name: String, suggestion: String?, at range: SourceRange) -> Diagnostic {
        let fixIts = suggestion.map { [FixIt("did you mean '\($0)'?", range: range, replacement: $0)] } ?? []
        return .error("query.unknown-source", "unknown kind or saved name '\(name)'", at: range, fixIts: fixIts)
    }

    static func unmatchedParen(at range: SourceRange) -> Diagnostic {
        .error("query.unmatched-paren", "this ')' has no matching '('", at: range,
               fixIts: [FixIt("remove it", range: range, replacement: "")])
    }

    static func unquotedValue(_ token: Token, phrase: (text: String, range: SourceRange)) -> Diagnostic {
        .error("query.unquoted-value", "'\(phrase.text)' is not a value; text values go in double quotes", at: phrase.range,
               fixIts: [FixIt("write \"\(phrase.text)\"", range: phrase.range, replacement: "\"\(phrase.text)\"")])
    }

    static func unterminatedString(at range: SourceRange) -> Diagnostic {
        .error("query.unterminated-string", "unterminated string", at: range,
               fixIts: [FixIt("add a closing '\"'", range: SourceRange(start: range.end, end: range.end), replacement: "\"")])
    }

    static func wrongIDKind(_ written: String, field: String, wants kind: EntityKind, at range: SourceRange) -> Diagnostic {
        let example = "\"\(kind.idPrefix)3\""
        if let (other, _) = EntityKind.parseID(written) {
            return .error("query.wrong-id-kind", "\"\(written)\" is \(article(other.singular)) \(other.singular) id; '\(field)' wants \(article(kind.singular)) \(kind.singular) id like \(example)",
                          at: range)
        }
        return .error("query.wrong-id-kind", "'\(field)' wants \(article(kind.singular)) \(kind.singular) id like \(example), found \"\(written)\"", at: range)
    }

    private static func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }
}
