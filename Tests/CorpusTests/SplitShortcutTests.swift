import XCTest
@testable import ClaimCorpus

/// Splitting at ASCII separators on bytes against the Character-level split.
final class SplitShortcutTests: XCTestCase {
    private func randomLines(_ count: Int) -> [String] {
        let pieces = ["By", " ", "  ", ",", "\t", "Jane", "é", "\u{301}", "\u{0600}", "|", "-", "–", "—", "·", "\r\n", "March", "2017",
                      "🚀", "x", "AP", " | ", " - ", " – ", " · ", "ǅ", "\u{00A0}"]
        var state: UInt64 = 0x1234_5678_9ABC_DEF0
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    func testSplittingAtSpacesAgreesWithSplit() {
        for line in randomLines(3_000) + ["", " ", "a b", " a  b ", "a \u{301}b", "\u{0600} a", "a\u{00A0}b"] {
            XCTAssertEqual(line.splitAtSpaces(), line.split(separator: " "), line.debugDescription)
            let separators: (Character) -> Bool = { $0 == " " || $0 == "," || $0 == "\t" }
            if let parts = line.splitAtASCII(where: { $0 == 0x20 || $0 == 0x2C || $0 == 0x09 }) {
                XCTAssertEqual(parts, line.split(whereSeparator: separators), line.debugDescription)
            }
        }
    }

    func testPartSeparatorAgreesWithASpacedSearch() {
        var found = 0
        for line in randomLines(3_000) + ["|", " | ", "a |b", "a | b", "-", "a -", "–b", "x · y"] {
            let padded = [UInt8(ascii: " ")] + Array(line.utf8) + [UInt8(ascii: " ")]
            let expected = ["|", "-", "–", "—", "·"].contains { padded.contains(phrase: " \($0) ") }
            if expected { found += 1 }
            XCTAssertEqual(Boilerplate.hasPartSeparator(line), expected, line.debugDescription)
        }
        XCTAssertGreaterThan(found, 100)
    }
}
