/// Pairs of items whose intervals do not meet, found without comparing every pair: items are sorted once by
/// each end, and each item is paired with at most `limit` items on either side, the furthest apart first.
/// A subject a thousand documents disagree about thus costs n·log n + n·limit, not n², while a small group
/// (at most `limit` items) still yields every disjoint pair. A pair may be reported twice (once from each side).
enum DisjointPairs {
    static let defaultLimit = 8

    static func find(count: Int, low: (Int) -> Double, high: (Int) -> Double, limit: Int = defaultLimit,
                     accept: (Int, Int) -> Bool) -> [(Int, Int)] {
        guard count > 1 else { return [] }
        let byHigh = (0..<count).sorted { (high($0), $0) < (high($1), $1) }       // lowest ends first
        let byLow = (0..<count).sorted { (low($0), -$0) > (low($1), -$1) }        // highest starts first
        var pairs: [(Int, Int)] = []
        for item in 0..<count {
            var taken = 0
            for other in byHigh {
                guard taken < limit, high(other) < low(item) else { break }
                if accept(item, other) {
                    pairs.append((item, other))
                    taken += 1
                }
            }
            taken = 0
            for other in byLow {
                guard taken < limit, low(other) > high(item) else { break }
                if accept(item, other) {
                    pairs.append((item, other))
                    taken += 1
                }
            }
        }
        return pairs
    }
}
