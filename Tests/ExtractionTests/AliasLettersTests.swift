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
}
