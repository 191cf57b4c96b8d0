/// How many other documents back each claim.
///
/// Two claims match when they have the same type (not `other`), share a place AND an actor, and their times are
/// compatible (their year sets meet, or neither has a year). Equivalently they share a (type, place, actor, year)
/// key, so claims are indexed by those keys and never compared pairwise. A claim's `support` counts the other
/// documents with a matching claim; `supportedBy` lists the first matching claim of each such document, in id
/// order, at most `maxListed` of them (the count stays exact).
///
///     let support = Corroboration.compute(for: store)   // support[claimID - 1].support
public enum Corroboration {
    public static let maxListed = 50

    public static func compute(for store: EntityStore) -> [(support: Int, supportedBy: IDList)] {
        // key → the first claim of each document holding the key, by document (claims come in id order).
        var index: [MatchKey: [Int: Int]] = [:]
        // Claims with the same keys have the same candidates: group them and merge each group's lists once.
        var groups: [[MatchKey]: [Int]] = [:]
        for claim in store.claims {
            let claimKeys = keys(of: claim)
            guard !claimKeys.isEmpty else { continue }
            groups[claimKeys, default: []].append(claim.id)
            for key in claimKeys where index[key]?[claim.doc] == nil {
                index[key, default: [:]][claim.doc] = claim.id
            }
        }
        var result = [(support: Int, supportedBy: IDList)](repeating: (0, []), count: store.claims.count)
        for (claimKeys, claimIDs) in groups {
            var union: [Int: Int] = [:]
            for key in claimKeys {
                union.merge(index[key] ?? [:]) { min($0, $1) }
            }
            // The group's claims share one list of the first `maxListed + 1` documents' claims; each leaves out
            // its own document's entry (if among them) and shows at most `maxListed`.
            let ordered = union.sorted { $0.value < $1.value }.prefix(maxListed + 1)
            let shared = PackedNumbers(ordered.map(\.value))
            for id in claimIDs {
                let doc = store.claims[id - 1].doc
                let others = union.count - (union[doc] == nil ? 0 : 1)
                let own = ordered.firstIndex { $0.key == doc }
                result[id - 1] = (others, IDList(shared, offset: 0, count: min(others, maxListed), skipping: own))
            }
        }
        return result
    }

    struct MatchKey: Hashable {
        var type: String
        var place: Int
        var actor: Int
        /// nil for undated claims, which match only undated claims.
        var year: Int?
    }

    /// Every (type, place, actor, year) a claim asserts; none for `other` claims or claims without a place or actor.
    static func keys(of claim: ClaimRecord) -> [MatchKey] {
        guard claim.type != .other, !claim.places.isEmpty, !claim.actors.isEmpty else { return [] }
        let years: [Int?] = claim.years.isEmpty ? [nil] : claim.years.map { $0 }
        var keys: [MatchKey] = []
        for place in claim.places.sorted() {
            for actor in claim.actors.sorted() {
                for year in years {
                    keys.append(MatchKey(type: claim.type.rawValue, place: place, actor: actor, year: year))
                }
            }
        }
        return keys
    }
}
