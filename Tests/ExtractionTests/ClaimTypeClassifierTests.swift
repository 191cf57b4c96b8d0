import XCTest
@testable import ClaimExtraction

final class ClaimTypeClassifierTests: XCTestCase {
    private func type(_ text: String, modality: Modality = .asserted, units: [String] = []) -> ClaimType {
        ClaimTypeClassifier().classify(TokenizedSentence(text), modality: modality, figureUnits: units).type
    }

    func testEventVerbs() {
        XCTAssertEqual(type("Rebels seized the crossing at dawn."), .capture)
        XCTAssertEqual(type("The hill fell to government troops."), .capture)
        XCTAssertEqual(type("The militia recaptured the crossing."), .liberation)
        XCTAssertEqual(type("Troops drove the rebels out of the valley."), .liberation)
        XCTAssertEqual(type("The garrison was besieged for months."), .siege)
        XCTAssertEqual(type("Militants raided a checkpoint."), .attack)
        XCTAssertEqual(type("Jets bombed the depot."), .airstrike)
        XCTAssertEqual(type("The brigade pulled back to the river."), .withdrawal)
        XCTAssertEqual(type("Twelve guards lost their lives."), .casualties)
        XCTAssertEqual(type("The council proclaimed a ceasefire."), .declaration)
    }

    func testPrecedence() {
        XCTAssertEqual(type("An air attack on the convoy killed nine."), .airstrike)
        XCTAssertEqual(type("The army announced it had captured the oil field."), .capture)
        XCTAssertEqual(type("Troops liberated the village they had besieged."), .liberation)
    }

    func testEstimatesPredictionsOpinions() {
        XCTAssertEqual(type("Analysts estimated the group's strength."), .estimate)
        XCTAssertEqual(type("The group still has 900 fighters there.", units: ["fighters"]), .estimate)
        XCTAssertEqual(type("The talks will resume.", modality: .predicted), .prediction)
        XCTAssertEqual(type("I think the talks are pointless.", modality: .opinion), .opinion)
        XCTAssertEqual(type("The talks are pointless."), .other)
    }
}
