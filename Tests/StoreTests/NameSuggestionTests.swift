import ClaimDiagnostics
import XCTest
@testable import ClaimStore

final class NameSuggestionTests: XCTestCase {
    /// The bounded distance agrees with the full table whenever the distance is within the limit, and is nil
    /// otherwise: every pair of strings of up to four letters over a three-letter alphabet (one letter non-ASCII),
    /// at every limit that matters.
    func testBoundedDistanceAgreesWithFullDistanceOnEveryShortPair() {
        var words = [""]
        var frontier = [""]
        for _ in 1...4 {
            frontier = frontier.flatMap { word in ["a", "b", "ḩ"].map { word + $0 } }
            words += frontier
        }
        XCTAssertEqual(words.count, 121)
        for a in words {
            for b in words {
                let full = editDistance(a, b)
                for limit in 0...5 {
                    let bounded = editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: limit)
                    XCTAssertEqual(bounded, full <= limit ? full : nil, "\(a.debugDescription) vs \(b.debugDescription), limit \(limit)")
                }
            }
        }
    }

    func testSuggestionsAreTheSameOnEveryCall() {
        let store = EntityStore.build(documents: makeDocuments(), catalog: TestCatalog())
        // The cache is filled by the first call; the second must answer from it the same way.
        for _ in 0..<2 {
            XCTAssertEqual(store.nearestNames(.places, to: "Dayr az Zaur").first, "Deir ez-Zor")
            XCTAssertEqual(store.nearestNames(.actors, to: "Tigr Forces"), ["Tiger Forces"])
            XCTAssertEqual(store.nearestNames(.places, to: "Qwxyzzy"), [])
        }
    }
}
