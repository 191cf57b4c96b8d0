import ClaimExtraction

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
        var result = [(support: Int, supportedBy: IDList)](repeating: (0, []), count: store.claims.count)
        let matches = Matches(store.claims)
        matches.report { index, support, supportedBy in result[index] = (support, supportedBy) }
        return result
    }

    /// Sets `support` and `supportedBy` of every claim in place (the builder's own array, so no record is copied).
    static func apply(to claims: inout [ClaimRecord]) {
        let matches = Matches(claims)
        matches.report { index, support, supportedBy in
            claims[index].support = support
            claims[index].supportedBy = supportedBy
        }
    }

    /// The match keys of a set of claims, read once into flat arrays of 32-bit numbers (a million claims have millions
    /// of keys); reporting needs no record, so the records can be updated while it runs.
    private struct Matches {
        /// Claim `i`'s keys (dense key numbers) are `claimKeys[keyStart[i]..<keyStart[i + 1]]`.
        var keyStart: [Int] = [0]
        var claimKeys: [Int32] = []
        /// Per key number, the first claim of each document holding the key, in document order (which is claim order):
        /// `listDocs[listStart[k]..<listStart[k] + listCount[k]]` and the same range of `listClaims`.
        var listStart: [Int] = []
        var listCount: [Int] = []
        var listDocs: [Int32] = []
        var listClaims: [Int32] = []
        /// Claims with the same keys have the same candidates: each group's lists are merged once.
        /// Group `g`'s claims are `groupClaims[groupStart[g]..<groupStart[g + 1]]`, in id order.
        var groupStart: [Int] = []
        var groupClaims: [Int32] = []
        /// Each claim's document, by `id - 1`.
        var docs: [Int32]

        init(_ claims: [ClaimRecord]) {
            docs = claims.map { Int32($0.doc) }
            var numbers: [MatchKey: Int32] = [:]
            var groupNumbers: [[Int32]: Int32] = [:]
            var groupOfClaim = [Int32](repeating: -1, count: claims.count)
            keyStart.reserveCapacity(claims.count + 1)
            for (index, claim) in claims.enumerated() {
                let keys = Matches.keys(of: claim).map { key -> Int32 in
                    if let number = numbers[key] { return number }
                    let number = Int32(numbers.count)
                    numbers[key] = number
                    return number
                }
                claimKeys += keys
                keyStart.append(claimKeys.count)
                if !keys.isEmpty {
                    let next = Int32(groupNumbers.count)
                    groupOfClaim[index] = groupNumbers[keys, default: next]
                    if groupOfClaim[index] == next { groupNumbers[keys] = next }
                }
            }
            // Per key, room for every claim holding it; a document's later claims are then skipped.
            var capacity = [Int](repeating: 0, count: numbers.count)
            for key in claimKeys { capacity[Int(key)] += 1 }
            listStart = Matches.starts(capacity)
            listCount = [Int](repeating: 0, count: numbers.count)
            listDocs = [Int32](repeating: 0, count: claimKeys.count)
            listClaims = [Int32](repeating: 0, count: claimKeys.count)
            for index in claims.indices {
                for key in claimKeys[keyStart[index]..<keyStart[index + 1]].map(Int.init) {
                    let end = listStart[key] + listCount[key]
                    if listCount[key] > 0, listDocs[end - 1] == docs[index] { continue }
                    listDocs[end] = docs[index]
                    listClaims[end] = Int32(index + 1)
                    listCount[key] += 1
                }
            }
            var members = [Int](repeating: 0, count: groupNumbers.count)
            for group in groupOfClaim where group >= 0 { members[Int(group)] += 1 }
            groupStart = Matches.starts(members)
            var filled = groupStart
            groupClaims = [Int32](repeating: 0, count: groupStart.last ?? 0)
            for (index, group) in groupOfClaim.enumerated() where group >= 0 {
                groupClaims[filled[Int(group)]] = Int32(index + 1)
                filled[Int(group)] += 1
            }
        }

        /// Offsets where each run starts, given the runs' lengths, with the total at the end.
        private static func starts(_ lengths: [Int]) -> [Int] {
            var starts = [0]
            starts.reserveCapacity(lengths.count + 1)
            for length in lengths { starts.append(starts.last! + length) }
            return starts
        }

        private static func keys(of claim: ClaimRecord) -> [MatchKey] { Corroboration.keys(of: claim) }

        /// Calls `found` with the index, support and list of every claim that has a match key (the rest have none).
        func report(_ found: (Int, Int, IDList) -> Void) {
            for group in 0..<(groupStart.count - 1) {
                let members = groupClaims[groupStart[group]..<groupStart[group + 1]]
                let first = Int(members.first!) - 1
                // The first claim of each document holding any of the keys, in document order; claim ids grow with
                // documents, so this is claim order too.
                var union: [(doc: Int32, claim: Int32)] = []
                for key in claimKeys[keyStart[first]..<keyStart[first + 1]].map(Int.init) {
                    for entry in listStart[key]..<(listStart[key] + listCount[key]) {
                        union.append((listDocs[entry], listClaims[entry]))
                    }
                }
                if keyStart[first + 1] - keyStart[first] > 1 {
                    union.sort { ($0.doc, $0.claim) < ($1.doc, $1.claim) }
                    var kept = 0
                    for entry in union where kept == 0 || union[kept - 1].doc != entry.doc {
                        union[kept] = entry
                        kept += 1
                    }
                    union.removeLast(union.count - kept)
                }
                // The group's claims share one list of the first `maxListed + 1` documents' claims; each leaves out
                // its own document's entry (if among them) and shows at most `maxListed`.
                let ordered = union.prefix(maxListed + 1)
                let shared = PackedNumbers(ordered.map { Int($0.claim) })
                for id in members.map(Int.init) {
                    let doc = docs[id - 1]
                    let others = union.count - (Matches.contains(doc, in: union) ? 1 : 0)
                    let own = ordered.firstIndex { $0.doc == doc }
                    found(id - 1, others, IDList(shared, offset: 0, count: min(others, maxListed), skipping: own))
                }
            }
        }

        /// Whether the document-ordered `union` has an entry for `doc`.
        private static func contains(_ doc: Int32, in union: [(doc: Int32, claim: Int32)]) -> Bool {
            var low = 0, high = union.count
            while low < high {
                let middle = (low + high) / 2
                if union[middle].doc < doc { low = middle + 1 } else { high = middle }
            }
            return low < union.count && union[low].doc == doc
        }
    }

    /// A claim's type, one place, one actor and one year (`noYear` for undated claims, which match only undated
    /// claims): 24 bytes, no string.
    struct MatchKey: Hashable {
        static let noYear = Int.min
        var type: ClaimType
        var place: Int32
        var actor: Int32
        var year: Int
    }

    /// Every (type, place, actor, year) a claim asserts; none for `other` claims or claims without a place or actor.
    static func keys(of claim: ClaimRecord) -> [MatchKey] {
        guard claim.type != .other, !claim.places.isEmpty, !claim.actors.isEmpty else { return [] }
        let years: [Int] = claim.years.isEmpty ? [MatchKey.noYear] : Array(claim.years)
        var keys: [MatchKey] = []
        for place in claim.places.sorted() {
            for actor in claim.actors.sorted() {
                for year in years {
                    keys.append(MatchKey(type: claim.type, place: Int32(place), actor: Int32(actor), year: year))
                }
            }
        }
        return keys
    }
}
