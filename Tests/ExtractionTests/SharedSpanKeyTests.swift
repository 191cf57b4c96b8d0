import XCTest
@testable import ClaimExtraction

/// One `SpanScratch` per sentence remembers span keys for all three recognisers; what they find must not
/// depend on it.
final class SharedSpanKeyTests: XCTestCase {
    private let sentences = [
        "Russian jets struck Deir Ezzor as Putin spoke.",
        "Forces of the Syrian Democratic Forces entered al-Mayadeen and Dayr az Zawr, Abu Bakr al-Baghdadi said.",
        "The Free Syrian Army withdrew from Abu Kamal to the Deir ez-Zor Military Airport on Tuesday.",
        "Hayat Tahrir al-Sham and Jabhat an-Nusra fighters moved from Idlib province towards Khan Sheikhoun.",
    ]

    func testRememberedKeysEqualFreshOnes() {
        for sentence in sentences {
            let text = NameText(sentence)
            var remembering = SpanScratch(for: text)
            for first in text.tokens.indices {
                for last in first..<min(text.tokens.count, first + 20) {
                    var fresh = SpanScratch()
                    let expected = fresh.keyHash(text, first, last)
                    let once = remembering.keyHash(text, first, last)
                    let again = remembering.keyHash(text, first, last)
                    XCTAssertEqual(once.hash, expected.hash)
                    XCTAssertEqual(once.length, expected.length)
                    XCTAssertEqual(again.hash, expected.hash)
                }
            }
        }
    }

    func testRecognisersSharingAScratchFindWhatEachFindsAlone() {
        for sentence in sentences {
            let text = NameText(sentence)
            var spans = SpanScratch(for: text)
            XCTAssertEqual(ActorRecognizer().recognize(in: text, spans: &spans), ActorRecognizer().recognize(in: text), sentence)
            XCTAssertEqual(PersonRecognizer().recognize(in: text, spans: &spans), PersonRecognizer().recognize(in: text), sentence)
            XCTAssertEqual(PlaceRecognizer().recognize(in: text, context: CountryContext(), spans: &spans),
                           PlaceRecognizer().recognize(in: text), sentence)
        }
    }
}
