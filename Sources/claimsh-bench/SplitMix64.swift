import Foundation

/// A small seeded generator (SplitMix64): the same seed gives the same sequence on every platform and Swift
/// version, which the standard library's `random(in:)` does not promise.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one item of a larger run (article `index` of corpus `seed`), independent of the others,
    /// so items can be made in any order or in parallel.
    init(seed: UInt64, stream index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (index &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next() ^ index
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An integer in `0..<bound` (multiply-high, so no modulo bias worth mentioning at these sizes).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Picks items with a skewed (Zipf-like) frequency: a few are common, most are rare, as places are in the news.
struct WeightedPicker<Item> {
    let items: [Item]
    private let cumulative: [Double]

    /// `exponent` 0 is uniform; 1 is classic Zipf over the given order.
    init(_ items: [Item], exponent: Double) {
        precondition(!items.isEmpty)
        self.items = items
        var total = 0.0
        var sums: [Double] = []
        for rank in items.indices {
            total += 1.0 / pow(Double(rank + 1), exponent)
            sums.append(total)
        }
        cumulative = sums.map { $0 / total }
    }

    func pick(using random: inout SplitMix64) -> Item {
        let u = Double(random.next() >> 11) / Double(1 << 53)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < u { low = mid + 1 } else { high = mid }
        }
        return items[low]
    }
}
