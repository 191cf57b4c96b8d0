import ClaimCorpus
import ClaimDiagnostics
import ClaimStore

extension Checker {
    /// Turns one literal into the values it stands for in `path`'s type; an entity name may stand for
    /// several records (or none, with a warning and a did-you-mean from the store).
    mutating func bindOperand(_ literal: Literal, for path: BoundPath, op: PredicateOperator, fieldName: String) throws -> [Value] {
        let written = slice(literal.range)
        if op.isTextual {
            guard case .string(let text) = literal.value else {
                throw QueryMessages.typeMismatch(field: fieldName, wants: "text in double quotes after '\(op.rawValue)'",
                                                 found: written, at: literal.range, fixIts: [quoteFix(literal, written)])
            }
            return [.string(text)]
        }
        let type = path.type
        func mismatch(_ fixIts: [FixIt] = []) -> Diagnostic {
            QueryMessages.typeMismatch(field: fieldName, wants: type.wants, found: written, at: literal.range, fixIts: fixIts)
        }
        switch (type, literal.value) {
        case (.int, .integer(let number)):
            return [.int(number)]
        case (.int, .decimal(let number)) where number.rounded() == number && abs(number) < 1e15:
            return [.int(Int(number))]
        case (.int, .string(let text)):
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else { throw mismatch() }
            return [.int(number)]
        case (.decimal, .integer(let number)):
            return [.decimal(Double(number))]
        case (.decimal, .decimal(let number)):
            return [.decimal(number)]
        case (.decimal, .string(let text)):
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)) else { throw mismatch() }
            return [.decimal(number)]
        case (.date, .date(let date)):
            return [.date(date)]
        case (.date, .integer(let year)) where (1...9999).contains(year):
            return [.date(CalendarDate(year: year))]
        case (.date, .string(let text)):
            guard let date = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)) else { throw mismatch() }
            return [.date(date)]
        case (.bool, .bool(let flag)):
            return [.bool(flag)]
        case (.string, .string(let text)):
            return [.string(text)]
        case (.string, _):
            throw mismatch([quoteFix(literal, written)])
        case (.enumeration(let words), .string(let text)):
            guard let word = words.first(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) else {
                throw QueryMessages.unknownEnumValue(text, field: fieldName, allowed: words, at: literal.range)
            }
            return [.string(word)]
        case (.enumeration, _):
            throw mismatch([quoteFix(literal, written)])
        case (.entity(let kind), .string(let name)):
            return bindEntity(name, kind: kind, literal: literal)
        case (.entity, _):
            throw mismatch([quoteFix(literal, written)])
        case (.id(let kind), .integer(let number)) where number > 0:
            return [.ref(kind, number)]
        case (.id(let kind), .string(let text)):
            guard let (parsedKind, number) = EntityKind.parseID(text.trimmingCharacters(in: .whitespaces)), parsedKind == kind else {
                throw QueryMessages.wrongIDKind(text, field: fieldName, wants: kind, at: literal.range)
            }
            return [.ref(kind, number)]
        default:
            throw mismatch()
        }
    }

    private mutating func bindEntity(_ name: String, kind: EntityKind, literal: Literal) -> [Value] {
        if let (parsedKind, number) = EntityKind.parseID(name), parsedKind == kind, number <= store.count(kind) {
            return [.ref(kind, number)]
        }
        let ids = store.resolve(kind, name: name)
        if ids.isEmpty {
            let suggestions = store.nearestNames(kind, to: name, limit: 3)
            warnings.append(QueryMessages.unknownEntity(kind: kind.singular, name: name, suggestions: suggestions, at: literal.range))
        } else if store.resolveExactly(kind, name: name).isEmpty {
            // A spelling nobody recorded still matches through the transliteration key: say what it matched.
            var matched: [String] = []
            for id in ids where !matched.contains(store.name(kind, id: id)) { matched.append(store.name(kind, id: id)) }
            warnings.append(QueryMessages.spellingMatched(kind: kind.singular, name: name, matches: matched, at: literal.range))
        }
        return ids.map { .ref(kind, $0) }
    }

    private func quoteFix(_ literal: Literal, _ written: String) -> FixIt {
        FixIt("write \"\(written)\"", range: literal.range, replacement: "\"\(written)\"")
    }
}
