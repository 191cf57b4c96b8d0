import ClaimStore
import XCTest
@testable import ClaimQuery

final class CellTests: XCTestCase {
    func testCellReadsLikeTheArrayItWasMadeFrom() {
        let shapes: [[Value]] = [[], [.string("c17")], [.string("Raqqa"), .string("Deir ez-Zor"), .int(3)]]
        for values in shapes {
            let cell = Cell(values)
            XCTAssertEqual(Array(cell), values)
            XCTAssertEqual(cell.count, values.count)
            XCTAssertEqual(cell.isEmpty, values.isEmpty)
            XCTAssertEqual(cell.first, values.first)
            XCTAssertEqual(cell.description, values.description)
        }
    }

    func testCellsWithTheSameValuesAreEqualAndHashAlike() {
        let one = Cell(.int(2017))
        let fromArray = Cell([Value.int(2017)])
        XCTAssertEqual(one, fromArray)
        XCTAssertEqual(Set([one, fromArray]).count, 1)
        XCTAssertNotEqual(Cell(.int(2017)), Cell([.int(2017), .int(2018)]))
        XCTAssertNotEqual(Cell(), Cell(.null))
        XCTAssertEqual(Cell(), [])
    }

    func testALazyRowBuildsTheSameCellsAsABuiltOne() throws {
        let engine = QueryEngine(store: TestStore.make())
        guard case .rows(let set)? = engine.execute("claims select id, places, year").result else {
            return XCTFail("expected rows")
        }
        XCTAssertFalse(set.rows.isEmpty)
        let built = ResultRows(set.rows.map { Array($0) })
        XCTAssertEqual(set.rows, built)
        for (lazy, copy) in zip(set.rows, built) {
            XCTAssertEqual(lazy.count, 3)
            XCTAssertEqual(Array(lazy), Array(copy))
            XCTAssertTrue(lazy[0].first?.description.hasPrefix("c") ?? false)
        }
    }
}
