import XCTest
@testable import ClaimExtraction

/// `TokenizedSentence` keeps no offset table for text whose characters are single bytes; either way its
/// offsets, counts and token texts must be the `Character`s of the sentence.
final class TokenizedSentenceTests: XCTestCase {
    func testOffsetsAndTokenTextsAreCharacters() {
        let texts = [
            "The army took Raqqa on 17 October 2017, killing 1,500 fighters.",
            "Line one\r\nLine two: Abu\u{A0}Kamal – e\u{301}cole, 👍🏽 and “Deir ez-Zor”.",
            "", "a", "İstanbul’s 3.5 km",
        ]
        for text in texts {
            let sentence = TokenizedSentence(text)
            let characters = Array(text)
            XCTAssertEqual(sentence.count, characters.count, text)
            XCTAssertEqual(Array(sentence.offsets), WordTokenizer.characterStarts(Array(text.utf8)).offsets, text)
            XCTAssertEqual(sentence.utf8, Array(text.utf8), text)
            for token in sentence.tokens {
                XCTAssertEqual(sentence.text(of: token.range), String(characters[token.range]), text)
            }
            XCTAssertEqual(sentence.text(of: 0..<characters.count), text)
        }
    }

    func testNameTextOnSharedBytesIsNameTextOfTheString() {
        for text in ["Syria’s army took Al Qa’im.", "Près de l’aéroport, Ḩamāh\r\nand Dayr Ḩāfir.", ""] {
            let shared = NameText(text, utf8: TokenizedSentence(text).utf8), own = NameText(text)
            XCTAssertEqual(shared.tokens, own.tokens, text)
            XCTAssertEqual(shared.folded, own.folded, text)
        }
    }
}
