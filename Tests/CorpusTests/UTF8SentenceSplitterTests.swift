import XCTest
@testable import ClaimCorpus

/// The byte splitter against the scalar splitter it replaces, on hostile text.
final class UTF8SentenceSplitterTests: XCTestCase {
    private func assertSame(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(SentenceSplitter.split(text), SentenceSplitter.splitByScalars(text), "\(text.debugDescription)", file: file, line: line)
    }

    func testHandWrittenHostileParagraphs() {
        let texts = [
            "", " ", ".", "…", "“", "”.", "A. B", "a.B. C", "Dr.", "He left. ", "  Padded.  Two.  ",
            "He said: “We hold the bridge. They fled.” Then it rained.",
            "He said “no.” “Yes!” she said. Done.”” Again.",
            "Über. Ärger folgte. Élan vital. Ça va? Oui… Non… 3 left.",
            "The U.S. and the U.N. met. É. Macron spoke. Gen. Ali left. GEN. Ali left. Approx. 300.",
            "Déc. 5 was cold. Sept. 5 was too. Müll. Then.",
            "He fled to Dayr az-Zawr. ٣ men died. Then ۴ more. قال المتحدث. ثم غادر.",
            "Emoji end 🚀. Next 👍🏽. Family 👨‍👩‍👧. Done!",
            "Combining e\u{301}. Next one. Dot\u{301}. Quote\u{301}” Next.",
            "Line\r\nbreak. Next\u{2028}one. Tab\tend.\tNext. NBSP\u{00A0}here.\u{00A0}There.",
            "Curly ’quotes.’ Next. Straight 'quotes.' Next. (Brackets.) Next. [Square.] Next.",
            "Digits glued3. 4Next. 12.5 km. 1,500 left. No. 5 won. 2nd. Third.",
            "Here is what the commander told reporters: The bridge is ours. We: Go. One two three four: Five.",
            "“Inside a quote: The colon splits. Not the stop.” Out.",
            "Wait… What? Really! “Yes?” (No.) [Maybe.] Fine.",
            "\u{FEFF}BOM first. Then\u{FEFF}. Then\u{3000}ideographic space. Ａ full width. Ⅻ roman.",
            "Ω Greek. ω lower. İstanbul. ǅ titlecase. ½ half. ² square.",
        ]
        for text in texts { assertSame(text) }
    }

    /// Sentences past the length limit are cut at the last space, in scalars, ASCII or not.
    func testLongSentencesAreCutAlike() {
        let limit = SentenceSplitter.maximumSentenceLength
        assertSame(String(repeating: "word ", count: limit))
        assertSame(String(repeating: "wörd ", count: limit / 2 + 3))
        assertSame(String(repeating: "é", count: limit + 5) + ". Next.")
        assertSame(String(repeating: "x", count: limit * 2 + 1))
        assertSame(String(repeating: "ab ", count: limit / 3) + String(repeating: "ü", count: limit))
        assertSame(String(repeating: "🚀 ", count: limit + 1) + "end.")
        assertSame(String(repeating: "a", count: limit - 1) + "é" + " tail")
    }

    /// Random paragraphs from pieces that sit near boundaries: every split must match.
    func testRandomParagraphsFromHostilePieces() {
        let pieces = [
            "word", "Word", "É", "é", "ü", "Dr", "gen", "U.S", "J", "ie", "approx", "3", "٣", "½", "🚀", "👍🏽",
            ".", ". ", "! ", "? ", ": ", "… ", "…", " ", "  ", "\u{00A0}", "\u{2028}", "\t", "\n", "\u{FEFF}", "\u{3000}",
            "“", "”", "\"", "'", "’", "‘", "(", ")", "[", "]", "e\u{301}", "\u{301}", "Ω", "ω", "قال", "İ", "Ａ",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + next(40)) { text += pieces[next(pieces.count)] }
            assertSame(text)
        }
    }
}
