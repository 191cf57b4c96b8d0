/// Levenshtein distance with the table's columns held as bit vectors (Myers 1999, in Hyyrö's form for
/// whole-string distance): one pass over `b` with a few word operations per byte, where the table
/// takes a row of `b.count` cells per byte of `a`. Gazetteer candidates known by key are ranked by it.
extension FoldedName {
    /// `tableEditDistance(a, b)` for a non-empty `a` of at most 64 bytes; nil when a byte is not ASCII
    /// (the table of matches covers ASCII only, so that it fits on the stack).
    static func bitParallelEditDistance<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int?
        where A.Element == UInt8, B.Element == UInt8 {
        let length = a.count
        precondition(length > 0 && length <= 64)
        guard !a.contains(where: { $0 >= 0x80 }), !b.contains(where: { $0 >= 0x80 }) else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 128) { matches in
            // Bit i of matches[c]: a[i] == c. Only the entries `b` reads and `a` sets are cleared.
            for byte in b { matches[Int(byte)] = 0 }
            for byte in a { matches[Int(byte)] = 0 }
            var bit: UInt64 = 1
            for byte in a {
                matches[Int(byte)] |= bit
                bit &<<= 1
            }
            let top: UInt64 = 1 << UInt64(length - 1)
            // Vertical deltas of the current column (+1 / -1 where set); the last cell's value.
            var plusVertical = UInt64.max, minusVertical: UInt64 = 0
            var distance = length
            for byte in b {
                let equal = matches[Int(byte)]
                let crossVertical = equal | minusVertical
                let crossHorizontal = (((equal & plusVertical) &+ plusVertical) ^ plusVertical) | equal
                var plusHorizontal = minusVertical | ~(crossHorizontal | plusVertical)
                var minusHorizontal = plusVertical & crossHorizontal
                if plusHorizontal & top != 0 {
                    distance += 1
                } else if minusHorizontal & top != 0 {
                    distance -= 1
                }
                // Row 0 grows by one per byte of `b`: a +1 enters at the bottom.
                plusHorizontal = plusHorizontal &<< 1 | 1
                minusHorizontal = minusHorizontal &<< 1
                plusVertical = minusHorizontal | ~(crossVertical | plusHorizontal)
                minusVertical = plusHorizontal & crossVertical
            }
            return distance
        }
    }
}
