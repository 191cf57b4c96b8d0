import XCTest
@testable import ClaimExtraction

/// The byte tokenizer for text with a character per scalar (`tokenizeSimpleText`) must cut tokens as the general one
/// does, and its character table must be `characterStarts(_:)`' (`SimpleTextNamesTests` covers the name words).
final class SimpleTextSentenceTests: XCTestCase {
    private func assertGeneralTokens(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let utf8 = Array(text.utf8)
        let (scalars, starts) = WordTokenizer.characterStarts(utf8)
        guard let simpleStarts = WordTokenizer.simpleTextCharacterStarts(utf8) else {
            XCTFail("not simple text: \(text)", file: file, line: line)
            return
        }
        XCTAssertEqual(simpleStarts, starts, text, file: file, line: line)
        var names = NoNameWords()
        var storage: [WordToken] = []
        let tokens = WordTokenizer.tokenizeSimpleText(utf8, offsets: CharacterOffsets(simpleStarts), names: &names,
                                                      reusing: &storage)
        XCTAssertEqual(tokens, WordTokenizer.tokenize(utf8, scalars: scalars, offsets: starts), text,
                       file: file, line: line)
    }

    func testNumbersWithLettersGlued() {
        for text in ["7ème 10kmé 2éA 3Σx 4µm 5İz 6ǅ 1,500ñ 2.5é", "19th’s 1é’s 3’é", "9,999é,1 12.3.4ß", "1é", "é1"] {
            assertGeneralTokens(text)
        }
    }

    func testWordsMarksAndSpaces() {
        for text in ["l’armée — “Qa’im’s” edge – O'Brien’s d’’ x’ ’a", "ab\u{2009}cd\u{A0}ef\u{2003}g İstanbul ΣΟΦΙΑ",
                     "Dayr az‑Zawr…", "€5 ½km ²x 3½", "they’ll THEY’LL it'll", "", "—", "’"] {
            assertGeneralTokens(text)
        }
    }

    /// The table's answers for U+0080–U+024F are the properties the tokenizer read before it.
    func testLatinScalarTableGivesTheProperties() {
        for value in LatinScalarTable.range {
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            XCTAssertEqual(WordTokenizer.isLetter(scalar), properties.isAlphabetic, String(value, radix: 16))
            XCTAssertEqual(WordTokenizer.isSpace(scalar), properties.isWhitespace, String(value, radix: 16))
            XCTAssertEqual(WordTokenizer.isUpper(scalar), properties.isUppercase, String(value, radix: 16))
            let word = "A" + String(scalar) + "b"
            XCTAssertEqual(WordTokenizer.lowercased(word), word.lowercased(), String(value, radix: 16))
        }
    }

    func testOtherTextIsRefused() {
        for text in ["Cafe\u{301}", "👩‍👩‍👧", "الرقة", "ﬁnal 🇸🇾", "ideographic\u{3000}space"] {
            XCTAssertNil(WordTokenizer.simpleTextCharacterStarts(Array(text.utf8)), text)
        }
    }
}
