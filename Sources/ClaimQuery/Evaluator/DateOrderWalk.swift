import ClaimStore

/// `order by date [desc]` on claims from the store's date order (`EntityStore.claimDateOrder`): walk it from the
/// front or the back, keep the ids that are in the result, stop once `first` are kept. It gives exactly what
/// sorting the dates would: dates by `<`, equal dates by id ascending in either direction, undated claims last.
struct DateOrderWalk {
    let store: EntityStore

    /// The leading `first` (all when nil) of `ids` (ascending, distinct claim ids; nil for every claim) in date
    /// order; nil when the walk would not pay (a result under an eighth of the claims sorts faster by itself) or
    /// there is no date order.
    func leading(_ ids: [Int]?, descending: Bool, first: Int?) -> [Int]? {
        let total = store.count(.claims)
        let count = ids?.count ?? total
        guard count > 0, count * 8 >= total, let order = store.claimDateOrder else { return nil }
        let wanted = min(max(0, first ?? count), count)
        guard wanted > 0 else { return [] }
        // Distinct ascending ids in 1...total, as many as the claims: every claim, no membership test needed.
        var isKept: [Bool] = []
        if let ids, ids.count < total {
            isKept = [Bool](repeating: false, count: total + 1)
            for id in ids { isKept[id] = true }
        }
        var result: [Int] = []
        result.reserveCapacity(wanted)
        /// Adds `id` when kept; true once enough are.
        func take(_ id: Int) -> Bool {
            if isKept.isEmpty || isKept[id] { result.append(id) }
            return result.count == wanted
        }
        let dated = order.dated
        if descending {
            // Runs of equal dates from the back, each run in id order, as a stable sort on the descending key gives.
            var end = dated.count
            walk: while end > 0 {
                let start = store.claimDateRunStart(order, endingAt: end)
                for position in start..<end where take(dated[position]) { break walk }
                end = start
            }
        } else {
            for id in dated where take(id) { break }
        }
        if result.count < wanted {
            for id in order.undated where take(id) { break }
        }
        return result
    }
}
