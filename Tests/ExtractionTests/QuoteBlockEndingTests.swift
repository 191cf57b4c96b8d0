import XCTest
@testable import ClaimExtraction

/// `QuoteBlockRules.endsWithoutFullStop` reads the last byte where it settles the last character; it must answer as
/// the `Character` reading does, on hostile endings too.
final class QuoteBlockEndingTests: XCTestCase {
    /// The reading by characters.
    private func reference(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return !".!?”\"’')…".contains(last) || last == ":"
    }

    func testWrittenEndings() {
        for text in ["He said:", "He said.", "It went on", "“We will stay.”", "as follows", "as follows ", "Why?", "Yes!",
                     "(see below)", "‘quoted’", "etc…", "x\r\n", ".", "a", "", " ", "\u{600}.", "a\u{301}", "e\u{301}.",
                     "done.\u{301}", "🇸🇾", "قال:", "end.\r\n", "end\r", "list:\n", "'", "x'", "x\"", "x )"] {
            XCTAssertEqual(QuoteBlockRules.endsWithoutFullStop(text), reference(text), text.debugDescription)
        }
    }

    func testRandomEndings() {
        let pieces = [".", "!", "?", ":", "”", "\"", "’", "'", ")", "…", " ", "\r", "\n", "\r\n", "\t", "\u{A0}", "a", "Z", "1",
                      "\u{301}", "\u{600}", "\u{200D}", "é", "ش", "👍🏽", ",", ";", "-"]
        var state: UInt64 = 0xE0D5_F11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + next(6)) { text += pieces[next(pieces.count)] }
            XCTAssertEqual(QuoteBlockRules.endsWithoutFullStop(text), reference(text), text.debugDescription)
        }
    }
}
