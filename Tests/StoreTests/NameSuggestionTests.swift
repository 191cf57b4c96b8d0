import ClaimDiagnostics
import XCTest
@testable import ClaimStore

final class NameSuggestionTests: XCTestCase {
    /// The bounded distance agrees with the full table whenever the distance is within the limit, and is nil otherwise.
    func testBoundedDistanceAgreesWithFullDistance() {
        var generator = SeededGenerator(seed: 20261121)
        let alphabet = Array("abcdeḩz -'".unicodeScalars)
        for _ in 0..<2_000 {
            let a = String(String.UnicodeScalarView((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
            let b = String(String.UnicodeScalarView((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
            let full = editDistance(a, b)
            for limit in 0...6 {
                let bounded = editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: limit)
                XCTAssertEqual(bounded, full <= limit ? full : nil, "\(a.debugDescription) vs \(b.debugDescription), limit \(limit)")
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

/// SplitMix64: the same pairs on every run, so a failure replays.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
