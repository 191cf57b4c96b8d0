import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Time the sentence looks forward to, and "has since": sentences written for these tests.
final class TemporalDirectionTests: XCTestCase {
    let resolver = TemporalResolver()

    private func resolve(_ text: String, _ reference: CalendarDate) -> TemporalResult {
        resolver.resolve(text, reference: reference)
    }

    func testADurationAheadRunsFromThePublication() {
        let november = CalendarDate(year: 2017, month: 11, day: 15)
        XCTAssertEqual(resolve("The truce would halt the fighting for at least six months.", november).years, [2017, 2018])
        XCTAssertEqual(resolve("Monitors will stay in the zone for two years.", november).years, [2017, 2018, 2019])
        // Without a word looking ahead, a duration runs back from the publication.
        XCTAssertEqual(resolve("The rebels have held the town for six months.", CalendarDate(year: 2017, month: 3, day: 1)).years,
                       [2016, 2017])
        XCTAssertEqual(resolve("The siege lasted for two years.", november).years, [2015, 2016, 2017])
    }

    func testAStartDateAheadIsTheNextOne() {
        let may = CalendarDate(year: 2017, month: 5, day: 4)
        let ahead = resolve("The air force will stop flying over the zones from May 6.", may)
        XCTAssertEqual(ahead.years, [2017])
        XCTAssertEqual(ahead.date?.iso, "2017-05-06")
        XCTAssertEqual(resolve("Flights over the zones are due to stop starting 2 May.", CalendarDate(year: 2017, month: 4, day: 20)).date?.iso,
                       "2017-05-02")
        // Told of as past, the same words name the last such day.
        XCTAssertEqual(resolve("Shelling from May 6 killed 40 people in the town.", may).date?.iso, "2016-05-06")
    }

    func testAMonthLookedForwardToIsTheNextOne() {
        let february = CalendarDate(year: 2018, month: 2, day: 14)
        XCTAssertEqual(resolve("The prime minister faces parliamentary elections in May.", february).years, [2018])
        XCTAssertEqual(resolve("Talks will resume in March, the envoy said.", february).date?.iso, "2018-03")
        // Told of as past, or with the forward word after it, the month is the last one.
        XCTAssertEqual(resolve("The city fell in May.", february).years, [2017])
        XCTAssertEqual(resolve("The city that fell in May will be rebuilt.", february).years, [2017])
    }

    func testHasSinceRunsToThePublication() {
        let may = CalendarDate(year: 2017, month: 5, day: 4)
        XCTAssertEqual(resolve("A truce collapsed in December, and fighting has since displaced 40,000 people.", may).years,
                       [2016, 2017])
        XCTAssertEqual(resolve("The army took the town in March 2015 and has since lost it twice.", may).years,
                       [2015, 2016, 2017])
        // "since then" runs from the year named before it, as "has since" does.
        XCTAssertEqual(resolve("The army took the town in March 2015; it was lost again since then.", may).years, [2015, 2016, 2017])
    }
}
