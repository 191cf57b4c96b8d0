import XCTest
@testable import ClaimExtraction

/// `NamePostings` lists: the range look-up reads the same lists as the slice subscript, in first-seen order,
/// without repeats, and finds nothing for a hash it was not given.
final class NamePostingsTests: XCTestCase {
    func testRangesReadTheSameListsAsSlices() {
        let names = ["Deir ez-Zor", "deir ez zor", "Dayr az Zawr", "Ḩalab", "Qa’im", "", "Raqqa", "al-Raqqa", "Raqqa"]
        var pairs: [(hash: NameHash, index: Int32)] = []
        var expected: [NameHash: [Int32]] = [:]
        // Indices out of order and repeated, as the gazetteer adds an entry's spellings.
        for (round, index) in [7, 3, 3, 9, 0, 7, 12, 5, 3, 1, 8, 8, 2].enumerated() {
            let hash = FoldedName(names[(round * 5) % names.count]).foldedHash
            pairs.append((hash, Int32(index)))
            if !(expected[hash, default: []].contains(Int32(index))) { expected[hash, default: []].append(Int32(index)) }
        }
        let postings = NamePostings(pairs)
        for (hash, list) in expected {
            let positions = postings.positions(of: hash)
            XCTAssertEqual(positions.map { postings.posting(at: $0) }, list)
            XCTAssertEqual(Array(postings[hash]), list)
            for index in Int32(0)...13 {
                XCTAssertEqual(postings.contains(index, at: positions), list.contains(index), "\(index) in \(list)")
            }
        }
        let absent = FoldedName("Aleppo").foldedHash
        XCTAssertTrue(postings.positions(of: absent).isEmpty)
        XCTAssertTrue(postings[absent].isEmpty)
        XCTAssertFalse(postings.contains(3, at: postings.positions(of: absent)))
        XCTAssertTrue(NamePostings([]).positions(of: absent).isEmpty)
    }
}
