import XCTest
@testable import ClaimExtraction

/// `AliasMatcher.sameLetters` must answer what comparing the two strings' letters as `Character`s does.
final class AliasLettersTests: XCTestCase {
    func testAgreesWithComparingLetterCharacters() {
        let words = ["US", "U.S.", "U S", "us", "USA", "IS", "I.S.", "ISIS", "ISIS'", "SDF", "S.D.F", "", ".", "..", "U-S",
                     "ÜS", "U\u{308}S", "ÜS.", "İS", "IS\u{307}", "\u{212A}K", "KK", "ＵＳ", "U1S", "1", "ǅ", "DŽ", "Ж", "U’S",
                     "US\r\n", "\r\nUS", "ش", "US👍🏽"]
        for a in words {
            for b in words {
                XCTAssertEqual(AliasMatcher.sameLetters(a, b), a.filter(\.isLetter) == b.filter(\.isLetter), "\(a) / \(b)")
            }
        }
    }

    /// `AliasMatcher.caseOf` must answer what the `Character` definitions do, for every dictionary alias and
    /// for hostile spellings.
    func testCaseOfAgreesWithCharacterDefinition() {
        let aliases = ActorDictionary.entries.flatMap(\.aliases) + PersonDictionary.entries.flatMap { [$0.name] + $0.aliases }
        let hostile = ["US", "U.S.", "us", "", ".", "1", "1US", "ABCDEF", "ABCDEFG", "AbC", "aBC", "Ü", "ÜS", "U\u{308}S",
                       "\u{212A}K", "ＵＳ", "ǅ", "DŽ", "Ж", "U’S", "US\r\n", "\r\nUS", "ش", "US👍🏽", "-US", "'IS", "S-D F"]
        for text in aliases + hostile {
            let letters = text.filter(\.isLetter)
            let expected = (letters.count <= 6 && letters.allSatisfy(\.isUppercase) && !letters.isEmpty,
                            text.first?.isUppercase ?? false)
            let found = AliasMatcher.caseOf(text)
            XCTAssertEqual(found.isAcronym, expected.0, text)
            XCTAssertEqual(found.isCapitalised, expected.1, text)
        }
    }
}
