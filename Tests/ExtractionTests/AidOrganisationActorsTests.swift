import XCTest
@testable import ClaimExtraction

/// UN agencies and aid or rights groups, whose counts of the displaced and the dead the reporting quotes.
final class AidOrganisationActorsTests: XCTestCase {
    private func keys(_ text: String) -> [String] {
        ActorRecognizer().recognize(in: text).map(\.key)
    }

    func testAgenciesAndGroupsByNameAndAbbreviation() {
        XCTAssertEqual(keys("The IOM and the Red Cross said 9,000 people were stranded."), ["actor:iom", "actor:icrc"])
        XCTAssertEqual(keys("Doctors Without Borders and Human Rights Watch called for access."), ["actor:msf", "actor:hrw"])
        XCTAssertEqual(keys("The World Food Programme resumed airdrops, UNICEF said."), ["actor:wfp", "actor:unicef"])
        XCTAssertEqual(keys("Syria Civil Defence crews pulled 14 people from the rubble."), ["actor:white-helmets"])
        XCTAssertEqual(keys("UNESCO condemned the destruction of the temple."), ["actor:unesco"])
        XCTAssertEqual(keys("The NRC and Save the Children said 3,000 children were out of school."), ["actor:nrc", "actor:save-the-children"])
    }

    func testAgenciesArePartOfTheUN() {
        let parts = ActorRecognizer.entries.filter { ["actor:iom", "actor:unhcr", "actor:wfp", "actor:ocha"].contains($0.key) }
        XCTAssertEqual(parts.count, 4)
        XCTAssertTrue(parts.allSatisfy { $0.partOf == "actor:united-nations" })
    }

    func testCommonWordsAreNoOrganisation() {
        XCTAssertEqual(keys("The government offered an amnesty to fighters who hand in their weapons."), [])
        XCTAssertEqual(keys("Those who fled the city crossed the river."), [])
    }
}

/// "the agency", "the organisation" refer back to an agency or aid group that spoke before.
final class AidOrganisationDescriptionTests: XCTestCase {
    func testDescriptionsFitAgenciesAndGroups() {
        XCTAssertTrue(SourceDescription.fits("the agency", source: "UNHCR"))
        XCTAssertTrue(SourceDescription.fits("the organisation", source: "International Organization for Migration"))
        XCTAssertTrue(SourceDescription.fits("the charity", source: "Médecins Sans Frontières"))
        XCTAssertFalse(SourceDescription.fits("the ministry", source: "World Food Programme"))
        XCTAssertFalse(SourceDescription.fits("the council", source: "Human Rights Watch"))
    }
}

/// The coalition's people, one or many.
final class CoalitionPeopleTests: XCTestCase {
    func testSingularAndPluralOfficials() {
        let keys = { (text: String) in ActorRecognizer().recognize(in: text).map(\.key) }
        XCTAssertEqual(keys("A coalition official confirmed the strike."), ["actor:us-led-coalition"])
        XCTAssertEqual(keys("Coalition commanders and a coalition spokeswoman spoke."), ["actor:us-led-coalition", "actor:us-led-coalition"])
    }
}

/// Aliases written with dots: the longest one at a place wins, as for other aliases.
final class DottedAliasTests: XCTestCase {
    func testTheLongerDottedAliasWins() {
        let keys = { (text: String) in ActorRecognizer().recognize(in: text).map(\.key) }
        XCTAssertEqual(keys("The U.S.-led coalition said it had struck 10 targets."), ["actor:us-led-coalition"])
        XCTAssertEqual(keys("U.S. officials said the convoy was hit."), ["actor:united-states"])
    }
}
