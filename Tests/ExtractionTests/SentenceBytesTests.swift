import XCTest
@testable import ClaimExtraction

/// `SentenceBytes` reads eight bytes at a time; it must say what a byte-by-byte look says, wherever the
/// non-ASCII byte or carriage return sits (inside a word of eight, across words, in the tail). `NameText`
/// told the kinds must give the tokens it finds on its own.
final class SentenceBytesTests: XCTestCase {
    private let hostile = [
        "", "a", "abcdefg", "abcdefgh", "abcdefghi", "\r", "\r\n", "seven\r\n", "eightchr\r", "12345678\r\nx",
        "Line one\r\nLine two: Abu\u{A0}Kamal – e\u{301}cole, 👍🏽 and “Deir ez-Zor”.",
        "Syria’s army took Al Qa’im on 17 October 2017; 1,500 fighters.", "Près de l’aéroport, Ḩamāh",
        "دير الزور والميادين", "Emoji 👨‍👩‍👧 family\r", "19th-century 10km O'Brien `quoted` ‘front’ — again",
        "İstanbul ǅemal ﬁnance Zero\u{200B}width", "\u{0D}\u{8D}\u{0D}", "ASCII only, with a final period.",
    ]

    func testKindsMatchAByteByByteLook() {
        for text in hostile {
            let bytes = Array(text.utf8)
            // Every shift of the text against the eight-byte words, and a return placed at each position.
            for shift in 0..<8 {
                var shifted = Array(repeating: UInt8(ascii: "x"), count: shift) + bytes
                check(shifted, text)
                for position in stride(from: 0, to: shifted.count, by: 3) {
                    let saved = shifted[position]
                    shifted[position] = 0x0D
                    check(shifted, text)
                    shifted[position] = saved
                }
            }
        }
    }

    func testBytesOfATextAreItsUTF8() {
        for text in hostile + hostile.map({ String($0.dropFirst()) }) + [String(repeating: "long line, ", count: 40)] {
            let (utf8, kinds) = SentenceBytes.bytes(of: text)
            XCTAssertEqual(utf8, Array(text.utf8), text)
            XCTAssertEqual(kinds, Array(text.utf8).withUnsafeBufferPointer(SentenceBytes.init), text)
        }
    }

    private func check(_ bytes: [UInt8], _ text: String) {
        let kinds = bytes.withUnsafeBufferPointer(SentenceBytes.init)
        XCTAssertEqual(kinds.hasNonASCII, bytes.contains { $0 >= 0x80 }, text)
        XCTAssertEqual(kinds.hasCarriageReturn, bytes.contains(0x0D), text)
    }

    func testNameTextToldTheKindsGivesItsOwnTokens() {
        for text in hostile {
            let sentence = TokenizedSentence(text)
            let told = NameText(text, utf8: sentence.utf8, byteKinds: sentence.byteKinds), own = NameText(text)
            XCTAssertEqual(told.tokens, own.tokens, text)
            XCTAssertEqual(told.folded, own.folded, text)
            XCTAssertEqual(told.firstDot, own.firstDot, text)
            XCTAssertEqual(told.scalarsAreCharacters, own.scalarsAreCharacters, text)
        }
    }
}
