import XCTest
@testable import ClaimExtraction

/// `CueLexicon` finds an ASCII word's lowercase form and cues from its bytes; these must be what lowercasing the
/// word and asking `GrammarCue.cues(of:)` give, and the tokenizer must keep giving every word that pair.
final class CueLexiconTests: XCTestCase {
    private func lexiconAnswer(_ word: String) -> (String, GrammarCue) {
        Array(word.utf8).withUnsafeBufferPointer { CueLexicon.shared.lowercaseAndCues(ofASCII: $0) }
    }

    func testEveryCueWordInEveryCaseFindsItsCues() {
        let words = GrammarCue.table.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        XCTAssertGreaterThan(words.count, 100)
        for word in words {
            for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                let (lower, cues) = lexiconAnswer(written)
                XCTAssertEqual(lower, written.lowercased(), written)
                XCTAssertEqual(cues, GrammarCue.cues(of: written.lowercased()), written)
                XCTAssertFalse(cues.isEmpty, written)
            }
        }
    }

    func testOtherWordsHaveNoCuesAndTheirOwnLowercase() {
        let words = ["Raqqa", "DEIR", "ez", "Zor", "isis", "T4", "17th", "Qa'im", "O'Neill", "x", "A", "ZZZZZZZZZZZZZZZZZZZZ",
                     "saids", "sai", "Said'", "@", "[", "`", "Mid-", "abc123XYZ"]
        for word in words {
            let (lower, cues) = lexiconAnswer(word)
            XCTAssertEqual(lower, word.lowercased(), word)
            XCTAssertEqual(cues, GrammarCue.cues(of: word.lowercased()), word)
        }
    }

    /// Hostile text: every word token's lowercase form is its text as written, lowercased, and its cues are
    /// that form's cues (plus modality for a final "'ll"), whichever path (ASCII or not) made it.
    func testTokensAgreeWithLowercasingTheirText() {
        let texts = [
            "The Army SAID on Monday that it would attack AL-QAIM; they'll stay, WE'LL see.",
            "Près de l’aéroport, Ḩamāh and Dayr Ḩāfir — “Raqqa” said officials, 3rd Division’ll hold.",
            "Line one\r\nLine two: Abu\u{A0}Kamal, e\u{301}cole Cafe\u{301} said, 10km 1,500 3.5 19th 2017s.",
            "İstanbul KELVIN \u{212A}elvin said Reportedly ESTIMATED Predicted Ağrı, ǅemal and ﬁghters.",
        ]
        for source in texts {
            let sentence = TokenizedSentence(source)
            for token in sentence.tokens where token.kind == .word {
                let written = sentence.text(of: token.range)
                XCTAssertEqual(token.lower, written.lowercased(), written)
                var cues = GrammarCue.cues(of: written.lowercased())
                if token.lower.hasSuffix("’ll") || token.lower.hasSuffix("'ll") { cues.insert(.modality) }
                XCTAssertEqual(token.classes, cues, written)
            }
        }
    }
}
