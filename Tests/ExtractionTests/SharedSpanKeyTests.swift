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
        // Keys continued word by word must survive what changes a word's joined bytes: articles (one after
        // another, last, glued), Abu, trailing h and -ine, digraphs across words, empty folded words.
        "Al al-Bab, Deir al, ash-Sham al Ash Alraqqa Albu Kamal abou Abu al-Abu Amine Halabiyeh Ras Hasan Tash Chane",
        "Qaryat\r\nal-Shaykh ʿAbd al‐Qādir Ḥalab Ṣāliḥ Qa’im’s Dayr az Zawr x1 2B shch Sch ks Xanadu ph Zh Dj",
        "مدينة دير الزور and Dayr\u{301} ez\u{0300}-Zor, ﬁsh ﬂag İdlib K\u{212A}obani emoji 🇸🇾 al al al",
        // Both alias matchers start at many of the same words (more than the streams kept per sentence), and
        // some of their key streams run past the steps kept.
        "Syrian President Bashar al-Assad met Russian President Vladimir Putin, Iranian President Hassan Rouhani, " +
            "Turkish President Recep Tayyip Erdogan, Islamic State leader Abu Bakr al Baghdadi and Abu Mohammad al-Julani " +
            "of Hayat Tahrir al Sham Jabhat al Nusra Al Qaeda, Qassem Soleimany and Ayatollah Ali Khamenei of Iran Iraq.",
        "Bashar Hafez al Assad Al Assad al-Asad, Abu Bakr Al Bagdadi Al Husseini Al Qurashi, Jaysh al Islam Jaish Al Izza",
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

    func testKeysAskedInAnyOrderEqualFreshOnes() {
        for sentence in sentences {
            let text = NameText(sentence)
            var spans: [(Int, Int)] = []
            for first in text.tokens.indices {
                for last in first..<min(text.tokens.count, first + 12) { spans.append((first, last)) }
            }
            // Longest first from each start (as `acceptable` asks), then a fixed shuffle.
            var orders = [spans.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }]
            var state: UInt64 = 7
            var shuffled = spans
            for index in shuffled.indices.reversed() {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                shuffled.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
            }
            orders.append(shuffled)
            for order in orders {
                var remembering = SpanScratch(for: text)
                for (first, last) in order {
                    let key = remembering.keyHash(text, first, last)
                    let expected = text.spanKeyHash(first, last)
                    XCTAssertEqual(key.hash, expected.hash, "\(sentence) \(first)...\(last)")
                    XCTAssertEqual(key.length, expected.length, "\(sentence) \(first)...\(last)")
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
