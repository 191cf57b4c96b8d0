import Foundation
import ClaimStore

/// Narrows `text contains` / `starts with` on claims to the claims that could match, from the token index.
///
/// Every word of the needle (a letter/digit run, as the index cuts text) must lie inside one token of a
/// matching text, so the candidates for a word are the claims of every vocabulary token that contains it,
/// and a match must be a candidate of every word. The exact substring test then runs on the candidates only,
/// except where the token match already is one (`Candidates.tokenMatchIsExact`).
struct TextPrefilter {
    let store: EntityStore

    struct Candidates {
        var ids: [Int]
        var words: [String]
        /// The needle is one whole printable-ASCII token and the test is `contains`: a candidate whose text is
        /// plain ASCII has a token that, lowercased from the text, contains the needle, so the text contains it
        /// ignoring case. Only the other candidates need the substring test.
        var tokenMatchIsExact: Bool
    }

    /// The candidates and the needle's words; nil when the predicate is not servable (no words, another field).
    func candidates(for predicate: BoundPredicate, kind: EntityKind) -> Candidates? {
        guard kind == .claims, predicate.path.steps.count == 1, predicate.path.steps[0].field.name == "text",
              predicate.op == .contains || predicate.op == .startsWith,
              case .string(let needle)? = predicate.operands.first else { return nil }
        let words = EntityStore.textTokens(in: needle).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !words.isEmpty else { return nil }
        var candidates: [Int]?
        // Longest words first: they usually select least, so later intersections are small.
        for word in words.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            let union = SortedIDs.union(store.textPostings(ofTokensContaining: word))
            candidates = candidates.map { SortedIDs.intersect($0, union) } ?? union
            if candidates?.isEmpty == true { break }
        }
        let exact = predicate.op == .contains && words == [needle.lowercased()] && needle.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
        return Candidates(ids: candidates ?? [], words: words, tokenMatchIsExact: exact)
    }

    /// Case and diacritics folded as the matcher ignores them; ASCII tokens are already lowercase.
    static func fold(_ text: String) -> String { EntityStore.foldForTextSearch(text) }
}
