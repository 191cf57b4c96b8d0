import XCTest
@testable import ClaimStore

final class InternerTests: XCTestCase {
    func testEachValueIsKeptOnceAndNumberedInOrderOfFirstUse() {
        var table = Interner<String>()
        let numbers = ["Raqqa", "Mosul", "Raqqa", "Deir ez-Zor", "Mosul"].map { table.number(for: $0) }
        XCTAssertEqual(numbers, [0, 1, 0, 2, 1])
        XCTAssertEqual(table.values, ["Raqqa", "Mosul", "Deir ez-Zor"])
        table.seal()
        XCTAssertEqual(table.values[Int(numbers[3])], "Deir ez-Zor", "numbers handed out stay valid once sealed")
    }
}
