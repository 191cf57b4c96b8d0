import XCTest
@testable import ClaimStore

final class TextIndexWordsTests: XCTestCase {
    /// The byte tokeniser for ASCII texts must cut exactly where the scalar one does.
    func testASCIIWordsAgreeWithTheScalarTokeniser() {
        let texts = [
            "SDF fighters took al-Omar oil field on 22 October 2017.",
            "  --leading joiners' and trailing-- ones' 'quoted' words-",
            "Don't split o'clock; X-ray, 1,500 to 2,000 (ISIS) re-took it.",
            "a--b c'-d e- f' -g 'h",
            "UPPER lower MiXeD 123abc abc123 A1-B2",
            "",
            "!!!",
            "tabs\tand\nnew lines\r\nand #hashes @at",
        ]
        for text in texts {
            XCTAssertEqual(ClaimTextIndex.asciiWords(in: text), StoreIndexes.words(in: text), text)
        }
    }

    func testGeneratedASCIITextsAgree() {
        let alphabet = Array("aZ9 -'.,x-Q'  0\t")
        var state: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(state % 40) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            XCTAssertEqual(ClaimTextIndex.asciiWords(in: text), StoreIndexes.words(in: text), text)
        }
    }

    func testIndexFindsTheSameClaimsThroughEitherTokeniser() {
        let index = ClaimTextIndex(texts: ["Fighting in Deir ez-Zor", "Kämpfe in Raqqa", "deir EZ-ZOR again"])
        XCTAssertEqual(index.postings["ez-zor"], [1, 3])
        XCTAssertEqual(index.postings["kämpfe"], [2])
        XCTAssertEqual(index.postings["in"], [1, 2])
        XCTAssertEqual(index.asciiTexts, [true, false, true])
    }
}
