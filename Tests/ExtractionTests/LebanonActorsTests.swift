import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Lebanon and its army, which fought the group on the Syrian border.
final class LebanonActorsTests: XCTestCase {
    private func keys(_ text: String) -> [String] {
        ActorRecognizer().recognize(in: text).map(\.key)
    }

    func testTheStateAndItsArmy() {
        XCTAssertEqual(keys("Lebanese troops shelled the ridge."), ["actor:lebanese-army"])
        XCTAssertEqual(keys("The Lebanese Armed Forces and Hezbollah took the hills."), ["actor:lebanese-army", "actor:hezbollah"])
        XCTAssertEqual(keys("The Lebanese president spoke."), ["actor:lebanon"])
    }

    func testABorderBetweenTwoCountriesNamesTheirActorsNotPlaces() {
        let article = TestArticle.make(["Fighters crossed the Lebanese-Syrian border at night."],
                                       published: CalendarDate(year: 2017, month: 8, day: 1))
        let claim = ClaimExtractor().extract(article).claims.first
        XCTAssertEqual(claim?.actorKeys, ["actor:lebanon", "actor:syria"])
        XCTAssertEqual(claim?.placeKeys, [])
    }
}

/// A nationality before a noun of the press describes the outlet; the country does nothing.
final class OutletNationalityTests: XCTestCase {
    private func actorKeys(_ sentence: String) -> [String]? {
        let article = TestArticle.make([sentence], published: CalendarDate(year: 2017, month: 8, day: 1))
        return ClaimExtractor().extract(article).claims.first?.actorKeys
    }

    func testANationalityBeforeAnOutletIsNoActor() {
        XCTAssertEqual(actorKeys("The Lebanese news agency Al-Masdar said 40 fighters were killed."), ["actor:al-masdar"])
        XCTAssertEqual(actorKeys("Russian media reported that 12 jets had landed in Latakia."), [])
        // Not before a noun of the press: the country acts.
        XCTAssertEqual(actorKeys("Russian jets struck 12 targets near Latakia."), ["actor:russia"])
    }
}
