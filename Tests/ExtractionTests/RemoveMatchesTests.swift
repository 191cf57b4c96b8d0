import XCTest
@testable import ClaimExtraction

/// `removeMatches(where:)` must leave exactly what `removeAll(where:)` leaves, in the same order, testing each match
/// once and in order.
final class RemoveMatchesTests: XCTestCase {
    private func match(_ n: Int) -> EntityMatch {
        // Strings long enough to live on the heap, so a lost or doubled match would show in its fields.
        EntityMatch(key: "key:\(n)-long-enough-for-the-heap", range: n..<(n + 3), matched: "Matched \(n) “Ḩamāh”",
                    rule: n % 3 == 0 ? "translit key 'x\(n)'" : "alias 'Name \(n)' (GeoNames)")
    }

    func testSameAsRemoveAll() {
        var state: UInt64 = 0xC1A1_5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let original = (0..<next(9)).map { _ in match(next(40)) }
            let dropped = Set((0..<next(6)).map { _ in next(40) })
            var expected = original
            expected.removeAll { dropped.contains($0.range.lowerBound) }
            var actual = original
            var tested: [Int] = []
            actual.removeMatches { matches, position in
                tested.append(position)
                return dropped.contains(matches[position].range.lowerBound)
            }
            XCTAssertEqual(actual, expected)
            XCTAssertEqual(tested, Array(original.indices))
        }
    }

    func testEdges() {
        var empty: [EntityMatch] = []
        empty.removeMatches { _, _ in XCTFail("no match to test"); return true }
        XCTAssertEqual(empty, [])
        var all = [match(1), match(2), match(3)]
        all.removeMatches { _, _ in true }
        XCTAssertEqual(all, [])
        var none = [match(1), match(2), match(3)]
        none.removeMatches { _, _ in false }
        XCTAssertEqual(none, [match(1), match(2), match(3)])
        var last = [match(1), match(2), match(3)]
        last.removeMatches { $0[$1].range.lowerBound == 3 }
        XCTAssertEqual(last, [match(1), match(2)])
        var first = [match(1), match(2), match(3)]
        first.removeMatches { $0[$1].range.lowerBound == 1 }
        XCTAssertEqual(first, [match(2), match(3)])
    }
}
