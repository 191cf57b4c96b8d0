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

/// "government troops" and "government soldiers" are the army, as "government forces" are (Iraq's in an article
/// whose places are all in Iraq).
final class GovernmentTroopsTests: XCTestCase {
    func testGovernmentTroopsAndSoldiers() {
        let syria = TestArticle.make(["At least 40 government soldiers were killed near Palmyra.",
                                      "Government troops entered Palmyra on Sunday."],
                                     published: CalendarDate(year: 2017, month: 3, day: 2))
        XCTAssertEqual(ClaimExtractor().extract(syria).claims.map(\.actorKeys), [["actor:syrian-army"], ["actor:syrian-army"]])
        let iraq = TestArticle.make(["Government troops entered Ramadi on Sunday."],
                                    published: CalendarDate(year: 2015, month: 12, day: 28))
        XCTAssertEqual(ClaimExtractor().extract(iraq).claims.first?.actorKeys, ["actor:iraqi-army"])
    }
}
