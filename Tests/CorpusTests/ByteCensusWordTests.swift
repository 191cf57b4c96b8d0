import XCTest
@testable import ClaimCorpus

/// `ByteCensus` reads sixteen bytes at a time and only a run holding a control byte (not a line feed) byte by byte: it
/// must count what a plain pass over every byte counts, wherever in a run (or in the tail) the byte falls.
final class ByteCensusWordTests: XCTestCase {
    private func reference(_ bytes: [UInt8]) -> (nuls: Int, controls: Int, nonASCII: Bool, cr: Bool) {
        (bytes.filter { $0 == 0 }.count,
         bytes.filter { $0 != 0 && ($0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains($0) || $0 == 0x7F) }.count,
         bytes.contains { $0 >= 0x80 }, bytes.contains(0x0D))
    }

    private func assertAgrees(_ bytes: [UInt8], _ message: String) {
        let census = ByteCensus(bytes)
        let expected = reference(bytes)
        XCTAssertEqual(census.nulCount, expected.nuls, message)
        XCTAssertEqual(census.controls, expected.controls, message)
        XCTAssertEqual(census.hasNonASCII, expected.nonASCII, message)
        XCTAssertEqual(census.hasCR, expected.cr, message)
    }

    func testEveryByteValueAtEveryPositionOfAWordAndTheTail() {
        let text = Array("Fighters left the town of al-Mayadeen on Monday, 17 Oct.".utf8)  // 57 bytes: 3 runs and a tail
        for value in [0x00, 0x01, 0x07, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC3, 0xFF] as [UInt8] {
            for position in text.indices {
                var bytes = text
                bytes[position] = value
                assertAgrees(bytes, "byte \(value) at \(position)")
            }
        }
    }

    func testRandomBytesNearTheThresholds() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x08, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xE2, 0xFF]
        for _ in 0..<500 {
            let count = Int.random(in: 0..<40, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? UInt8(ascii: "a") : alphabet.randomElement(using: &generator)!
            }
            assertAgrees(bytes, "\(bytes)")
        }
    }

    func testPlainTextHasNoControlsWhateverItsLength() {
        for count in 0..<40 {
            let bytes = Array(String(repeating: "Deir ez-Zor\n", count: count).utf8)
            assertAgrees(bytes, "\(count) lines")
            XCTAssertEqual(ByteCensus(bytes).controls, 0)
        }
    }
}
