import XCTest
@testable import ClaimExtraction

/// A number token's lower text and suffix, written straight from its characters, against the definition: the
/// first scalar of each of its characters, thousands separators dropped, glued letters lowercased one by one.
final class NumberTokenTextTests: XCTestCase {
    func testNumberTextsFollowTheirCharacters() {
        let sentences = [
            "1,500 to 2,000 fighters (10km away) left on 19th May 2016; 3.5% and 1,23 and 1,2345.",
            "12ABC 7Th 2nd 100s 4.5.6 9/11 $30bn £2m €4,000 Q3 1990s–2000s 0.25 007",
            "Ｆullwidth 5ｋｍ, 3Ωmega 12Éq 4İx 1\u{301}2 1\u{200D}2 1\u{FE0F}\u{20E3} 20\u{301}km\r\n30m",
            "1,234,567.89xyz 1,23,456 99,999,999 3rd’s 4’s 5'S ١٢٣ 6ǅ 7ß",
        ]
        for sentence in sentences {
            let tokenized = TokenizedSentence(sentence)
            let starts = WordTokenizer.characterStarts(tokenized.utf8)
            let numbers = tokenized.tokens.filter { $0.kind == .number }
            XCTAssertFalse(numbers.isEmpty, sentence)
            for token in numbers {
                let firsts = starts.scalars[token.range]
                let digits = firsts.prefix { $0.value < 128 && ($0.properties.numericType != nil || $0 == "," || $0 == ".") }
                let suffix = firsts.dropFirst(digits.count).map { $0.properties.lowercaseMapping }.joined()
                let expectedDigits = String(String.UnicodeScalarView(digits.filter { $0 != "," }))
                XCTAssertEqual(token.suffix, suffix, sentence)
                XCTAssertEqual(token.lower, expectedDigits + suffix, sentence)
            }
        }
    }
}
