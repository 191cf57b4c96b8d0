import XCTest
@testable import ClaimExtraction

final class SourceDescriptionTests: XCTestCase {
    func testAHeadNounInTheSourcesNameFits() {
        XCTAssertTrue(SourceDescription.fits("the observatory", source: "Syrian Observatory for Human Rights"))
        XCTAssertTrue(SourceDescription.fits("the group", source: "a monitoring group"))
    }

    func testAHeadNounOfAKindFitsOnlyThatKindOfActor() {
        XCTAssertTrue(SourceDescription.fits("the ministry", source: "Russia"))
        XCTAssertTrue(SourceDescription.fits("the agency", source: "SANA"))
        XCTAssertFalse(SourceDescription.fits("the ministry", source: "International Organization for Migration"))
        XCTAssertFalse(SourceDescription.fits("the ministry", source: "Syrian Observatory for Human Rights"))
        XCTAssertFalse(SourceDescription.fits("the agency", source: "Islamic State"))
    }

    func testNounsAnyoneCanBeFitAnySource() {
        XCTAssertTrue(SourceDescription.fits("the spokesman", source: "US-led coalition"))
        XCTAssertTrue(SourceDescription.fits("the official", source: "a senior source in Damascus"))
    }

    func testSourcesOutsideTheDictionaryFitUnlessAnOrganisationMeetsAGovernmentNoun() {
        XCTAssertTrue(SourceDescription.fits("the president", source: "Bashar al-Assad"))
        XCTAssertTrue(SourceDescription.fits("the group", source: "Human Rights Watch"))
        XCTAssertTrue(SourceDescription.fits("the agency", source: "UNHCR"))
        XCTAssertFalse(SourceDescription.fits("the ministry", source: "Médecins Sans Frontières International"))
    }

    /// "the council" is a body: it fits organisations, never a person the dictionary lacks.
    func testABodyNounFitsOnlyOrganisations() {
        XCTAssertFalse(SourceDescription.fits("the provincial council", source: "Yahya Rasool"))
        XCTAssertTrue(SourceDescription.fits("the council", source: "Kurdistan Region Security Council"))
        XCTAssertTrue(SourceDescription.fits("the committee", source: "International Committee of the Red Cross"))
        XCTAssertTrue(SourceDescription.fits("the commission", source: "United Nations"))
        XCTAssertFalse(SourceDescription.fits("the commission", source: "Islamic State"))
        XCTAssertTrue(SourceDescription.fits("state television", source: "SANA"))
    }
}
