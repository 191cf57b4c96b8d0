import XCTest
@testable import ClaimExtraction

/// The tokenizer's ASCII path (bytes as characters, no per-word test) against its general path.
final class TokenizerPathTests: XCTestCase {
    func testASCIISentencesTokenizeAsTheGeneralPathDoes() {
        let sentences = [
            "", " ", "They'll hold it, THEY'LL say; it'll fall.", "1,500 to 2,000 fighters (10km away) left on 19th May 2016.",
            "The 3.5% rise, 1,23 and 1,2345 were O'Brien's figures.", "ISIS-held al-Bab: 300–400? No - 300 - 400!",
            "Tabs\tand  double  spaces\tend here", "a1b2 12ab 7th 2nd 100s #3 09:30 $30bn £2m", "'quoted' \"words\" x'",
            "WILL Will will; MAY May may.", "A very_long_wordwithoutanybreakatallinsideitwhatsoever and more",
        ]
        for sentence in sentences {
            XCTAssertEqual(TokenizedSentence(sentence).tokens, WordTokenizer.tokenize(sentence), sentence)
        }
    }

    func testNonASCIISentencesStillLowercaseAndCueEveryWord() {
        let tokens = TokenizedSentence("They’ll SEIZE Mayādīn, it’ll fall.").tokens
        XCTAssertEqual(tokens.filter { $0.kind == .word }.map(\.lower), ["they’ll", "seize", "mayādīn", "it’ll", "fall"])
        XCTAssertTrue(tokens[0].classes.contains(.modality))
        XCTAssertTrue(tokens[1].classes.contains(.claimType))
    }

    func testWordsLowercaseAsStringDoes() {
        for word in ["Mayādīn", "ΟΔΟΣ", "ΣΑΣ", "İstanbul", "STRAẞE", "Straße", "ǅemal", "Ωmega", "ﬀ", "KELVIN", "Dayr", "É\u{301}",
                     "АЛЕППО", "حلب", "Ärger", "ÉCOLE", "Œuvre", "ΆΈΉ", "Ǳ", "aBc", "ȺȾȺȾȺȾȺȾȺȾ", "İİİİİİİİİ", "KK", "",
                     "Ḩamāh’S", "𐐀𐐁 DESERET", "e\u{301}\u{302}X", "👍🏽Ok", "ⰀⰁ", "ΣΑΣ-Σ", "ǅǄǆ"] {
            XCTAssertEqual(WordTokenizer.lowercased(word), word.lowercased(), word)
        }
    }
}
