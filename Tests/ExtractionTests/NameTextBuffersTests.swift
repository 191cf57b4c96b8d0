import Foundation
import XCTest
@testable import ClaimExtraction

/// A `NameText` built in an earlier sentence's arrays (`NameTextBuffers`) must be the `NameText` built afresh:
/// same words, folded bytes, offsets and flags, whatever sentence (longer, shorter, ASCII or not) the arrays held.
final class NameTextBuffersTests: XCTestCase {
    private let texts = [
        "Russian jets struck Deir ez-Zor's edge as Putin's men left ISIS' base.",
        "Line one\r\nLine two: Abu Kamal - the Iraqi-Syrian border; T-4 airbase, 17th Division.\r\n",
        "Près de Raqqa, l’armée syrienne — Qa’im’s edge – and Dayr az‑Zawr (دير الزور) 🇸🇾 held.",
        "Cafe\u{301} Zoe\u{308} in Mosul; 👩‍👩‍👧 family, ✋🏽 hand, e\u{301}\u{302} marks",
        "",
        "x",
        "1,500 fighters, 3.5km, 19th, 2017-2018, 10km2 and 4x4s near al-Mayadeen",
        "THE Provinces of Raqqa and Hasakah, north-eastern Syria, SAID: 40 killed.",
        "\r\n\r\n ‘quoted’ “Deir al-Zour” Syria’s O'Brien’s d`Arc x' Qa'' it's",
        "Raqqa\u{A0}city\u{2011}centre and İstanbul’s ΣΟΦΙΑ, Ǆemal",
        "الرقة ودير الزور 2017 and Aleppo",
    ]

    private func assertSame(_ reused: NameText, _ fresh: NameText, _ source: String, file: StaticString = #filePath,
                            line: UInt = #line) {
        XCTAssertEqual(reused.tokens, fresh.tokens, source, file: file, line: line)
        XCTAssertEqual(reused.folded, fresh.folded, source, file: file, line: line)
        XCTAssertEqual(reused.scalarsAreCharacters, fresh.scalarsAreCharacters, source, file: file, line: line)
        XCTAssertEqual(reused.firstDot, fresh.firstDot, source, file: file, line: line)
    }

    func testReusedArraysGiveTheFreshText() {
        // Every text after every other, so each starts from arrays another (longer, shorter, other script) filled.
        for previous in texts {
            for source in texts {
                var buffers = NameTextBuffers()
                for text in [previous, source] {
                    let sentence = TokenizedSentence(text)
                    var reused = NameText(text, utf8: sentence.utf8, byteKinds: sentence.byteKinds, buffers: &buffers)
                    assertSame(reused, NameText(text), text)
                    buffers.recycle(&reused)
                }
            }
        }
    }

    func testReusedArraysWithoutByteKindsAndCharacterByCharacter() {
        var buffers = NameTextBuffers()
        for source in texts + texts.reversed() {
            var reused = NameText(source, utf8: Array(source.utf8), byteKinds: nil, buffers: &buffers)
            assertSame(reused, NameText(source), source)
            buffers.recycle(&reused)
            var slow = NameText(source, utf8: Array(source.utf8), byteKinds: nil, characterByCharacter: true,
                                buffers: &buffers)
            assertSame(slow, NameText(source, characterByCharacter: true), source)
            buffers.recycle(&slow)
        }
    }

    func testRecycledArraysKeepTheirRoom() {
        var buffers = NameTextBuffers()
        let source = texts[0]
        var text = NameText(source, utf8: Array(source.utf8), byteKinds: nil, buffers: &buffers)
        let words = text.tokens.count
        buffers.recycle(&text)
        XCTAssertTrue(text.tokens.isEmpty)
        XCTAssertGreaterThanOrEqual(buffers.tokens.capacity, words)
        XCTAssertGreaterThanOrEqual(buffers.folded.capacity, source.utf8.count)
    }

    func testContainsSpaceAgreesWithContains() {
        for source in texts + [" ", "a b", "ab", "\u{A0}", "a\u{2009}b", " \u{301}", "x \u{301}y", "\t\n",
                                       "\u{600} x", "é b", "b é", "Abu Bakr al-Baghdadi", "  ", "Qa’im ’s"] {
            XCTAssertEqual(ClaimExtractor.containsSpace(source), source.contains(" "), source)
        }
    }
}
