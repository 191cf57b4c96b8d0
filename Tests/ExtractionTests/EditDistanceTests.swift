import XCTest
@testable import ClaimExtraction

/// The bit-vector edit distance gives the full table's distance on every pair.
final class EditDistanceTests: XCTestCase {
    /// A fixed-seed generator, so a failure can be reproduced.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func testBitVectorsAgreeWithTheTableOnRandomPairs() {
        var random = Generator(state: 2026)
        // Small alphabets give many equal bytes (the hard cases); the wide one has UTF-8 lead and trail bytes.
        let alphabets: [[UInt8]] = [Array("ab".utf8), Array("aeiu".utf8), Array("darzoeh- ".utf8),
                                    Array("ḥalab dayr’".utf8), (0...255).map(UInt8.init)]
        for round in 0..<4000 {
            let alphabet = alphabets[round % alphabets.count]
            let a = (0..<random.next(70)).map { _ in alphabet[random.next(alphabet.count)] }
            let b = (0..<random.next(70)).map { _ in alphabet[random.next(alphabet.count)] }
            XCTAssertEqual(FoldedName.editDistance(a, b), FoldedName.tableEditDistance(a, b), "\(a) \(b)")
            XCTAssertEqual(FoldedName.editDistance(b, a), FoldedName.tableEditDistance(a, b), "\(b) \(a)")
            // The bit vectors themselves, wherever they apply (ASCII, a non-empty first string of ≤ 64 bytes).
            if !a.isEmpty, a.count <= 64, !(a + b).contains(where: { $0 >= 0x80 }) {
                XCTAssertEqual(FoldedName.bitParallelEditDistance(a, b), FoldedName.tableEditDistance(a, b), "\(a) \(b)")
            }
        }
        XCTAssertNil(FoldedName.bitParallelEditDistance(Array("ḥalab".utf8), Array("halab".utf8)), "not ASCII: the table decides")
    }

    func testEdgeLengthsAndSlices() {
        let long = Array(repeating: UInt8(ascii: "a"), count: 64)
        let cases: [([UInt8], [UInt8])] = [
            ([], Array("raqqa".utf8)), (Array("raqqa".utf8), []), (Array("raqqa".utf8), Array("raqqa".utf8)),
            (long, long), (long, Array(long.dropLast())), (long + [UInt8(ascii: "b")], long),
            (long, Array(repeating: UInt8(ascii: "b"), count: 64)), (Array("a".utf8), Array("b".utf8)),
            (Array("deir ez zor".utf8), Array("dayr az zawr".utf8)), (Array("maskana".utf8), Array("maskanah".utf8)),
        ]
        for (a, b) in cases {
            XCTAssertEqual(FoldedName.editDistance(a, b), FoldedName.tableEditDistance(a, b), "\(a) \(b)")
            // As the gazetteer passes them: an array and a slice of a longer buffer.
            let buffer = [UInt8(ascii: "x")] + b + [UInt8(ascii: "y")]
            XCTAssertEqual(FoldedName.editDistance(a, buffer[1..<buffer.count - 1]), FoldedName.tableEditDistance(a, b))
        }
        XCTAssertEqual(FoldedName.editDistance(Array("kitten".utf8), Array("sitting".utf8)), 3)
    }
}
