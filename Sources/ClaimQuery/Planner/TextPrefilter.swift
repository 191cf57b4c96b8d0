import Foundation
import ClaimStore

/// Narrows `text contains` / `starts with` on claims to the claims that could match, from the token index.
///
/// Every word of the needle (a letter/digit run, as the index cuts text) must lie inside one token of a
/// matching text, so the candidates for a word are the claims of every vocabulary token that contains it,
/// and a match must be a candidate of every word. The exact substring test then runs on the candidates only.
struct TextPrefilter {
    let store: EntityStore

    /// The candidates and the needle's words; nil when the predicate is not servable (no words, another field).
    func candidates(for predicate: BoundPredicate, kind: EntityKind) -> (ids: [Int], words: [String])? {
        guard kind == .claims, predicate.path.steps.count == 1, predicate.path.steps[0].field.name == "text",
              predicate.op == .contains || predicate.op == .startsWith,
              case .string(let needle)? = predicate.operands.first else { return nil }
        let words = EntityStore.textTokens(in: needle).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !words.isEmpty else { return nil }
        let vocabulary = store.textVocabulary
        var candidates: [Int]?
        // Longest words first: they usually select least, so later intersections are small.
        for word in words.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            let needleBytes = Array(Self.fold(word).utf8)
            var lists: [[Int]] = []
            for (token, ids) in vocabulary where Self.token(token, contains: needleBytes) { lists.append(ids) }
            let union = SortedIDs.union(lists)
            candidates = candidates.map { SortedIDs.intersect($0, union) } ?? union
            if candidates?.isEmpty == true { break }
        }
        return (candidates ?? [], words)
    }

    /// Case and diacritics folded as the matcher ignores them; ASCII tokens are already lowercase.
    static func fold(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func token(_ token: String, contains needle: [UInt8]) -> Bool {
        var token = token
        let isASCII = token.utf8.allSatisfy { $0 < 0x80 }
        if !isASCII { token = fold(token) }
        return token.utf8.withContiguousStorageIfAvailable { bytes in Self.find(needle, in: bytes) }
            ?? Self.find(needle, in: Array(token.utf8))
    }

    private static func find<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C) -> Bool where C.Element == UInt8, C.Index == Int {
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h else { return n == 0 }
        let first = needle[0]
        var start = haystack.startIndex
        let lastStart = haystack.startIndex + h - n
        while start <= lastStart {
            if haystack[start] == first {
                var k = 1
                while k < n, haystack[start + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            start += 1
        }
        return false
    }
}
