import Foundation
import ClaimCorpus
import ClaimStore

/// Decides whether one record satisfies one predicate. A multi-valued field matches when any value does;
/// `!=` and a written `not` mean that no value does.
struct PredicateMatcher {
    let store: EntityStore
    /// Bounds the time `matches` may take; nil (ordering, projection) never runs a regex.
    var regexBudget: RegexBudget?

    /// The values of `path` for record `id` of `kind`, following references hop by hop.
    func values(of path: BoundPath, kind: EntityKind, id: Int) -> [Value] {
        var current = store.values(kind, id: id, field: path.steps[0].field.name)
        for step in path.steps.dropFirst() {
            current = current.flatMap { value -> [Value] in
                guard case .ref(let target, let targetID) = value else { return [] }
                return store.values(target, id: targetID, field: step.field.name)
            }
        }
        return current
    }

    /// `values(of:kind:id:)` with the first field resolved once, for loops over many ids.
    func reader(for path: BoundPath, kind: EntityKind) -> (Int) -> [Value] {
        let first = store.accessor(kind, field: path.steps[0].field.name)
        let hops = path.steps.dropFirst().map(\.field.name)
        guard !hops.isEmpty else { return first }
        let store = self.store
        return { id in
            var current = first(id)
            for field in hops {
                current = current.flatMap { value -> [Value] in
                    guard case .ref(let target, let targetID) = value else { return [] }
                    return store.values(target, id: targetID, field: field)
                }
            }
            return current
        }
    }

    func matches(_ predicate: BoundPredicate, kind: EntityKind, id: Int) -> Bool {
        let found = anyValueMatches(predicate, values(of: predicate.path, kind: kind, id: id))
        return predicate.negated ? !found : found
    }

    /// The predicate without its `not`, over the given values.
    func anyValueMatches(_ predicate: BoundPredicate, _ values: [Value]) -> Bool {
        let operands = predicate.operands
        switch predicate.op {
        case .equal, .in:
            return values.contains { value in operands.contains { Self.equal(value, $0) } }
        case .notEqual:
            return !values.contains { value in operands.contains { Self.equal(value, $0) } }
        case .less, .lessEqual, .greater, .greaterEqual:
            guard let operand = operands.first else { return false }
            return values.contains { Self.compare($0, predicate.op, operand) }
        case .between:
            guard operands.count == 2 else { return false }
            return values.contains { Self.compare($0, .greaterEqual, operands[0]) && Self.compare($0, .lessEqual, operands[1]) }
        case .contains, .startsWith, .matches:
            guard case .string(let needle)? = operands.first else { return false }
            return values.contains { value in
                texts(of: value).contains { Self.textMatches($0, predicate, needle: needle, budget: regexBudget) }
            }
        case .isEmpty:
            return values.isEmpty
        }
    }

    /// `anyValueMatches` for `contains` / `starts with` on claims' own text (one value, the text itself), reading
    /// the text straight from the record rather than through value lists; nil for any other predicate.
    func claimTextTest(_ predicate: BoundPredicate, kind: EntityKind) -> ((Int) -> Bool)? {
        guard kind == .claims, predicate.path.steps.count == 1, predicate.path.steps[0].field.name == "text",
              predicate.op == .contains || predicate.op == .startsWith,
              case .string(let needle)? = predicate.operands.first else { return nil }
        let claims = store.claims
        let ascii = ASCIISearch(needle), anchored = predicate.op == .startsWith
        return { id in
            guard id >= 1, id <= claims.count else { return false }
            // Read in place: most texts are settled on their bytes, and only the rest become a String.
            if let ascii, let found = claims[id - 1].withTextUTF8({ ascii.find(inUTF8: $0, anchored: anchored) }) { return found }
            return Self.textMatches(claims[id - 1].text, predicate, needle: needle, budget: nil)
        }
    }

    /// The texts a value offers to `contains` and friends: a named entity offers every alias.
    private func texts(of value: Value) -> [String] {
        switch value {
        case .ref(let kind, let id):
            let names = store.aliases(kind, id: id)
            return names.isEmpty ? [store.display(value).description] : names
        default:
            return [value.description]
        }
    }

    private static func textMatches(_ text: String, _ predicate: BoundPredicate, needle: String, budget: RegexBudget?) -> Bool {
        switch predicate.op {
        case .contains:
            if let found = ASCIISearch.find(needle, in: text, anchored: false) { return found }
            return text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        case .startsWith:
            if let found = ASCIISearch.find(needle, in: text, anchored: true) { return found }
            return text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive, .anchored]) != nil
        default:
            guard let regex = predicate.regex else { return false }
            if let budget { return budget.firstMatch(regex, in: text) }
            return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    /// Equality as the language defines it: text case-insensitively, numbers by value, a date at the operand's precision.
    static func equal(_ value: Value, _ operand: Value) -> Bool {
        switch (value, operand) {
        case (.string(let a), .string(let b)):
            return a.caseInsensitiveCompare(b) == .orderedSame
        case (.date(let a), .date(let b)):
            return truncate(a, to: b.precision) == b
        default:
            if let a = value.numeric, let b = operand.numeric { return a == b }
            return value == operand
        }
    }

    /// Ordering: numbers by value, text case-insensitively, dates by ISO order at the operand's precision
    /// (`published < 2017` means before 2017 began; `> 2017` means after it ended).
    static func compare(_ value: Value, _ op: PredicateOperator, _ operand: Value) -> Bool {
        let order: ComparisonResult
        switch (value, operand) {
        case (.date(let a), .date(let b)):
            let cut = truncate(a, to: b.precision)
            order = cut == b ? .orderedSame : (cut < b ? .orderedAscending : .orderedDescending)
        case (.string(let a), .string(let b)):
            order = a.caseInsensitiveCompare(b)
        case (.ref(let ka, let a), .ref(let kb, let b)) where ka == kb:
            order = a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        default:
            guard let a = value.numeric, let b = operand.numeric else { return false }
            order = a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending)
        }
        switch op {
        case .less: return order == .orderedAscending
        case .lessEqual: return order != .orderedDescending
        case .greater: return order == .orderedDescending
        case .greaterEqual: return order != .orderedAscending
        default: return false
        }
    }

    static func truncate(_ date: CalendarDate, to precision: DatePrecision) -> CalendarDate {
        switch precision {
        case .year: return CalendarDate(year: date.year)
        case .month: return CalendarDate(year: date.year, month: date.month)
        case .day: return date
        }
    }
}
