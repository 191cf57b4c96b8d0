import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Readings the sixteenth session's blind articles and the fifteenth's leftovers lacked, tested on sentences written
/// for these tests.
final class SixteenthSessionTests: SentenceProbeTestCase {
    func testAYearBefore1900AfterATimePrepositionIsAYear() {
        let tower = claim("The tower, finished in 1190 and restored twice, was blown up in Aleppo.")
        XCTAssertEqual(tower?.years, [1190])
        XCTAssertEqual(tower?.figures.count, 0)
        XCTAssertEqual(claim("The Ottomans held Mosul until 1918, and the militants held it until 2017.")?.years, [1918, 2017])
        XCTAssertEqual(claim("In 1258 the Mongols sacked Baghdad, a story the militants told in 2014.")?.years, [1258, 2014])
        // A count stays a count: a noun after it, a range, or no time preposition before it.
        let homes = claim("The militants seized 1500 homes in Hit in 1200 raids.")
        XCTAssertEqual(homes?.years, [2017])
        XCTAssertEqual(homes?.figures.map(\.unit), ["homes", "raids"])
        XCTAssertEqual(claim("Aid reached families in 1200 to 1300 tents near Raqqa.")?.years, [2017])
        // "since" is no time preposition for these years: the span would list every year since.
        XCTAssertFalse(claim("The citadel has stood in Aleppo since 1230, officials said.")?.years.contains(1230) ?? true)
    }

    func testASpeakerOpeningWithARoleOrAnAppositiveSpeaksThroughACoordinatedVerb() {
        XCTAssertEqual(claim("Parliament speaker Salim al-Jubouri visited Baquba on Tuesday and said the militias must leave.")?.source,
                       "Salim al-Jabouri")
        XCTAssertEqual(claim("Salim al-Jubouri, a Sunni lawmaker from Diyala, toured the market on Monday and told reporters the army would stay.")?.source,
                       "Salim al-Jabouri")
        XCTAssertEqual(claim("Iraqi Prime Minister Haider al-Abadi flew to Mosul on Sunday and said the battle was over.")?.source,
                       "Haider al-Abadi")
        // A role phrase must end with a role.
        XCTAssertEqual(claim("Residents of Mosul Haider al-Abadi met on Sunday cheered and said the war was over.")?.source, "author")
    }
}
