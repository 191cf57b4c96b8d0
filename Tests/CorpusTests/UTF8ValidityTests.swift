import XCTest
@testable import ClaimCorpus

/// The reader's own UTF-8 check against the standard library's, which it stands in for.
final class UTF8ValidityTests: XCTestCase {
    private func assertAgrees(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(UTF8Validity.isValid(bytes), String(validating: bytes, as: UTF8.self) != nil, "\(bytes)", file: file, line: line)
    }

    func testEveryLeadWithBoundarySecondBytes() {
        let seconds: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead in UInt8(0x80)...UInt8(0xFF) {
            for second in seconds {
                for tail: [UInt8] in [[], [0x80], [0xBF, 0x80], [0x80, 0x80, 0x80], [0x41, 0x80], [0x80, 0xC0]] {
                    // Alone, behind eight ASCII bytes (the word path), and before ASCII.
                    let sequence = [lead, second] + tail
                    assertAgrees(sequence)
                    assertAgrees(Array("abcdefgh".utf8) + sequence + Array("xyz".utf8))
                    assertAgrees(Array("abc".utf8) + sequence)
                }
            }
        }
    }

    /// The gate to the byte path: a `<` anywhere sends a file to the HTML test.
    func testAngleBracketIsFoundAnywhere() {
        XCTAssertFalse(ArticleReader.hasAngleBracket([]))
        let plain = Array("No markup here at all, only “text” … and more.".utf8)
        XCTAssertFalse(ArticleReader.hasAngleBracket(plain))
        for position in 0...plain.count {
            var bytes = plain
            bytes.insert(UInt8(ascii: "<"), at: position)
            XCTAssertTrue(ArticleReader.hasAngleBracket(bytes), "at \(position)")
        }
    }

    func testWrittenTextAndHostileBytes() {
        for text in ["", "plain ASCII text long enough for words", "Über “quotes” … 🚀 👨‍👩‍👧 قال المتحدث", "e\u{301}\u{FEFF}\u{10FFFF}"] {
            assertAgrees(Array(text.utf8))
            assertAgrees(Array(text.utf8).dropLast().map { $0 })
        }
        let hostile: [[UInt8]] = [
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xC0, 0xAF],
            [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xF5, 0x80, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0x00, 0xC3, 0xA9],
        ]
        for bytes in hostile { assertAgrees(bytes) }
    }

    /// A fixed-seed generator (SplitMix64), so a failure repeats.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Valid text with one byte changed: each change is judged alike.
    func testMutatedTextAgrees() {
        var generator = SeededGenerator(state: 7)
        let text = Array("Über “quotes” … 🚀 قال ok 𝄞 €".utf8)
        for _ in 0..<3_000 {
            var bytes = text
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            assertAgrees(bytes)
        }
    }

    func testRandomBytesAgree() {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...24, using: &generator)
            // Mostly ASCII with some high bytes, as text with a few stray bytes is.
            let bytes = (0..<count).map { _ -> UInt8 in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
            assertAgrees(bytes)
        }
    }
}
