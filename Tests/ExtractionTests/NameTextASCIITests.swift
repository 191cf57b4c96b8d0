import XCTest
@testable import ClaimExtraction

/// The one-pass ASCII tokeniser (`NameText.asciiTokens`) must give the words the general scan gives:
/// offsets with CR LF as one character, possessives and trailing apostrophes, gaps, word classes, hashes.
final class NameTextASCIITests: XCTestCase {
    private let texts = [
        "Russian jets struck Deir ez-Zor's edge as Putin's men left ISIS' base.",
        "Line one\r\nLine two: Abu Kamal - the Iraqi-Syrian border; T-4 airbase, 17th Division.\r\n",
        "A's B's Ab's x' Qa'' it's 'quoted' `tick` O'Brien's d`Arc  al  Raqqa -- As-Suwayda",
        "\r\r\n\n'lead apostrophe 'Deir and end'",
        "",
        "x",
        "THE Provinces of Raqqa and Hasakah, north-eastern Syria, SAID: 40 killed.",
    ]

    func testASCIIPassAgreesWithGeneralScan() throws {
        for source in texts {
            let ascii = try XCTUnwrap(NameText.asciiTokens(Array(source.utf8)), source)
            let general = NameText(source, characterByCharacter: true)
            XCTAssertEqual(ascii.tokens, general.tokens, source)
            XCTAssertEqual(ascii.folded, general.folded, source)
            let text = NameText(source)
            XCTAssertEqual(text.tokens, general.tokens, source)
            XCTAssertTrue(text.scalarsAreCharacters, source)
        }
    }

    func testNonASCIITextTakesTheGeneralPath() {
        XCTAssertNil(NameText.asciiTokens(Array("Près de Raqqa".utf8)))
        XCTAssertNil(NameText.asciiTokens(Array("Raqqa\u{A0}city".utf8)))
    }
}

final class NameTextFirstDotTests: XCTestCase {
    func testFirstDotAtEveryOffset() {
        for length in 0..<40 {
            for dot in 0...length {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if dot < length { bytes[dot] = UInt8(ascii: ".") }
                let expected = bytes.firstIndex(of: UInt8(ascii: ".")) ?? length
                XCTAssertEqual(bytes.withUnsafeBufferPointer(NameText.firstDot), expected, "\(length) \(dot)")
            }
        }
        let text = "U.S. and U.N. é. ✓."
        XCTAssertEqual(NameText(text).firstDot, Array(text.utf8).firstIndex(of: UInt8(ascii: ".")))
    }
}

final class RuleTextTests: XCTestCase {
    func testConcatenationAndJoinedWordsEqualPlainStrings() {
        XCTAssertEqual(RuleText.concatenated("alias '", "Dayr az Zawr", "' (", "GeoNames", ")"), "alias 'Dayr az Zawr' (GeoNames)")
        XCTAssertEqual(RuleText.concatenated("", "é", "", "Ḩalab – ✓", ""), "éḨalab – ✓")
        for source in ["Deir ez-Zor's edge and Abu  Kamal", "Ḩamāh and Dayr\u{A0}Ḩāfir, ʿAyn al-ʿArab", "x"] {
            let text = NameText(source)
            for first in text.tokens.indices {
                for last in first..<text.tokens.count {
                    var expected = text.text(of: first)
                    for index in first + 1 ..< last + 1 {
                        let token = text.tokens[index]
                        expected += String(decoding: text.bytes[token.gapStart..<token.bytes.upperBound], as: UTF8.self)
                    }
                    XCTAssertEqual(text.string(joining: first, last), expected, "\(source) \(first) \(last)")
                }
            }
        }
    }
}
