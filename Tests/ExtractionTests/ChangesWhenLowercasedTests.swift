import XCTest
@testable import ClaimExtraction

/// `WordTokenizer.lowercased(_:)` copies a scalar that does not change when lowercased instead of asking for its
/// lowercase mapping: that must be the same for every scalar.
final class ChangesWhenLowercasedTests: XCTestCase {
    func testAScalarThatDoesNotChangeIsItsOwnLowercaseMapping() {
        var checked = 0
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else { continue }
            checked += 1
            if scalar.properties.lowercaseMapping != String(Character(scalar)) {
                XCTFail("U+\(String(value, radix: 16, uppercase: true)) maps to \(scalar.properties.lowercaseMapping.unicodeScalars.map(\.value))")
            }
        }
        XCTAssertGreaterThan(checked, 1_000_000)
    }

    func testWordsLowercaseAsTheStandardLibraryDoes() {
        let words = ["Ḩamāh", "ĀĪŪ", "İstanbul", "ΣΟΦΙΑ", "Straße", "ǅemal", "Ǆ", "ﬁ", "Ω", "K", "ʿAyn", "Москва", "ÉÈ",
                     "ŉ", "ẞ", "Ϊ́", "x’ll", "Aa’Bb", "é\u{301}", "ā"]
        for word in words {
            XCTAssertEqual(WordTokenizer.lowercased(word), word.lowercased(), word)
        }
    }
}
