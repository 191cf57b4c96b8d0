import XCTest
@testable import ClaimExtraction

final class NameSurroundingsTests: XCTestCase {
    /// The character range of the first occurrence of `name` in `text`.
    private func range(of name: String, in text: String) -> Range<Int> {
        let found = text.range(of: name)!
        let start = text.distance(from: text.startIndex, to: found.lowerBound)
        return start..<start + name.count
    }

    func testMediaNounsAfterANameMakeItAnOutlet() {
        let text = "Officials told Homs Radio and the Jerusalem Post that Tartus was calm."
        let sentence = TokenizedSentence(text)
        XCTAssertTrue(NameSurroundings.isMediaName(range(of: "Homs", in: text), in: sentence))
        XCTAssertTrue(NameSurroundings.isMediaName(range(of: "Jerusalem", in: text), in: sentence))
        XCTAssertFalse(NameSurroundings.isMediaName(range(of: "Tartus", in: text), in: sentence))
        // A lowercase noun is ordinary prose: "Idlib news" is news from Idlib.
        let prose = "Idlib news was grim."
        XCTAssertFalse(NameSurroundings.isMediaName(range(of: "Idlib", in: prose), in: TokenizedSentence(prose)))
    }

}
