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
