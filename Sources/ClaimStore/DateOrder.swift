import ClaimCorpus
import Foundation

/// Claims in date order, so `order by date … limit N` walks from one end and stops after N instead of reading and
/// sorting every claim's date.
///
/// The order is the one a sort on `date` gives: dates ascending, equal dates by id; claims with no date are
/// listed apart, by id.
public struct ClaimDateOrder: Sendable {
    /// Dated claim ids, ascending by (date, id).
    public let dated: [Int]
    /// Claims with no date, ascending.
    public let undated: [Int]

    /// Nil when some date would not sort the same as a packed key (a month or day of 0 or above 99, which
    /// extraction never makes): callers then sort as before.
    init?(claims: [ClaimRecord]) {
        var keyed: [(key: Int, id: Int)] = []
        keyed.reserveCapacity(claims.count)
        var undated: [Int] = []
        for (index, claim) in claims.enumerated() {
            guard let date = claim.date else { undated.append(index + 1); continue }
            guard let key = Self.key(date) else { return nil }
            keyed.append((key, index + 1))
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
        dated = keyed.map(\.id)
        self.undated = undated
    }

    /// (year, month, day) packed so that keys compare as `CalendarDate` does and are equal exactly when the dates
    /// are: a missing month or day counts as 0, as in `<`, so 0 itself must not occur.
    static func key(_ date: CalendarDate) -> Int? {
        let month = date.month ?? 0, day = date.day ?? 0
        guard date.month.map({ (1...99).contains($0) }) ?? true, date.day.map({ (1...99).contains($0) }) ?? true,
              abs(date.year) < 1 << 40 else { return nil }
        return date.year * 10_000 + month * 100 + day
    }
}

extension StoreIndexes {
    /// Built on first use: one sort of a million claims is a fraction of a second, and most sessions never ask.
    func dateOrder(for claims: [ClaimRecord]) -> ClaimDateOrder? {
        orderLock.lock()
        defer { orderLock.unlock() }
        if let built = builtDateOrder { return built }
        let order = ClaimDateOrder(claims: claims)
        builtDateOrder = .some(order)
        return order
    }
}

extension EntityStore {
    /// Claims by date (dated ascending by date then id, undated apart); nil when the dates cannot be ordered by key.
    public var claimDateOrder: ClaimDateOrder? { indexes.dateOrder(for: claims) }

    /// Where in `order.dated` the run of claims dated like `order.dated[end - 1]` starts: a binary search, since
    /// one date can hold thousands of claims.
    public func claimDateRunStart(_ order: ClaimDateOrder, endingAt end: Int) -> Int {
        guard end > 0, let last = claims[order.dated[end - 1] - 1].date else { return end }
        var low = 0, high = end - 1
        while low < high {
            let middle = (low + high) / 2
            // Dates ascend along the order, so everything before the run is less than the last date.
            if let date = claims[order.dated[middle] - 1].date, date < last { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
