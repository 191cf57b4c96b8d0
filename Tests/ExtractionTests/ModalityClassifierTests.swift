import XCTest
@testable import ClaimExtraction

final class ModalityClassifierTests: XCTestCase {
    private func modality(_ text: String, other: Bool = false) -> Modality {
        ModalityClassifier().classify(TokenizedSentence(text), attributedToOther: other).modality
    }

    func testEachModality() {
        XCTAssertEqual(modality("The army entered the town."), .asserted)
        XCTAssertEqual(modality("The army reportedly entered the town."), .reported)
        XCTAssertEqual(modality("Rumours are spreading, and the town is said to be empty."), .reported)
        XCTAssertEqual(modality("The army may have entered the town."), .hedged)
        XCTAssertEqual(modality("The army apparently entered the town."), .hedged)
        XCTAssertEqual(modality("The army will enter the town."), .predicted)
        XCTAssertEqual(modality("The army is expected to enter the town."), .predicted)
        XCTAssertEqual(modality("If the bridge holds, the army enters the town."), .conditional)
        XCTAssertEqual(modality("I suspect the army entered the town."), .opinion)
        XCTAssertEqual(modality("In my view the army entered the town."), .opinion)
        XCTAssertEqual(modality("I do not agree with that account."), .opinion)
    }

    /// "It is unclear whether …" hedges; "Should X happen, Y" is a condition, "X should happen" is not.
    func testUnclearHedgesAndShouldOpensACondition() {
        XCTAssertEqual(modality("It is unclear whether the group still holds the town."), .hedged)
        XCTAssertEqual(modality("The toll remains uncertain."), .hedged)
        XCTAssertEqual(modality("Should the talks fail, the army will storm the town."), .conditional)
        XCTAssertEqual(modality("The army should leave the town."), .asserted)
        XCTAssertEqual(modality("Should we stay?"), .asserted)
    }

    func testPrecedence() {
        XCTAssertEqual(modality("I think the town will fall."), .opinion, "opinion frames a prediction")
        XCTAssertEqual(modality("If the bridge holds, the army will enter the town."), .conditional)
        XCTAssertEqual(modality("Reportedly the army will enter the town."), .predicted)
        XCTAssertEqual(modality("Reportedly the army might enter the town."), .hedged)
    }

    func testNamedSourceIsReported() {
        XCTAssertEqual(modality("The ministry said the army entered the town.", other: true), .reported)
        XCTAssertEqual(modality("Even if late, the army entered the town."), .asserted, "'even if' is concessive")
        XCTAssertEqual(modality("The talks resume in May."), .asserted, "May the month is not a hedge")
    }
}
