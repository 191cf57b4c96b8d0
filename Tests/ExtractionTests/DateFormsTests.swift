import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Date forms beyond the prose ones: numeric and ISO dates, a weekday before its date, two months sharing
/// one written year. Reference: Friday 27 October 2017.
final class DateFormsTests: XCTestCase {
    private func resolve(_ text: String) -> TemporalResult {
        TemporalResolver().resolve(text, reference: CalendarDate(year: 2017, month: 10, day: 27))
    }

    func testISODates() {
        XCTAssertEqual(resolve("Strikes hit Idlib on 2016-04-04.").date?.iso, "2016-04-04")
        XCTAssertEqual(resolve("Strikes hit Idlib on 2016-04-04.").yearBasis, .explicit)
        // Two years, not a month: "2010-11" stays a year range.
        XCTAssertEqual(resolve("Protests spread in 2010-11.").years, [2010, 2011])
        XCTAssertNil(resolve("Strikes hit Idlib on 2016-02-30.").date?.day, "no 30 February")
    }

    func testNumericDatesOnlyWhenTheOrderIsClear() {
        XCTAssertEqual(resolve("The siege began on 25/12/2016.").date?.iso, "2016-12-25")
        XCTAssertEqual(resolve("The siege began on 12/25/2016.").date?.iso, "2016-12-25")
        XCTAssertEqual(resolve("The siege began on 4/4/2016.").date?.iso, "2016-04-04")
        let ambiguous = resolve("The siege began on 4/5/2016.")
        XCTAssertEqual(ambiguous.years, [2016])
        XCTAssertNil(ambiguous.date?.month, "4 May or 5 April: only the year is sure")
    }

    func testAWeekdayBeforeItsDateTakesTheDate() {
        XCTAssertEqual(resolve("The attack came on Tuesday, April 4, 2017, at dawn.").date?.iso, "2017-04-04")
        XCTAssertEqual(resolve("The attack came on Tuesday 4 April.").date?.iso, "2017-04-04")
        XCTAssertEqual(resolve("The attack came on Tuesday, before dawn.").date?.iso, "2017-10-24")
    }

    func testTwoMonthsShareOneWrittenYear() {
        let between = resolve("Between March and May 2016 the strikes hit the bridges.")
        XCTAssertEqual(between.years, [2016])
        XCTAssertEqual(between.date?.iso, "2016-03")
        XCTAssertEqual(between.primary?.text, "Between March and May 2016")
        XCTAssertEqual(resolve("From January to March 2015 the road was shut.").date?.iso, "2015-01")
        XCTAssertEqual(resolve("In March-April 2016 the road was shut.").date?.iso, "2016-03")
        let winter = resolve("From December to February 2016 the road was shut.")
        XCTAssertEqual(winter.years, [2015, 2016])
        XCTAssertEqual(winter.date?.iso, "2015-12")
    }

    func testTwoMonthsShareOneRelativeYear() {
        let last = resolve("The towns were taken in June and July of last year.")
        XCTAssertEqual(last.years, [2016])
        XCTAssertEqual(last.date?.iso, "2016-06")
        XCTAssertEqual(last.yearBasis, .relative)
        XCTAssertEqual(resolve("Talks ran from March to May this year.").date?.iso, "2017-03")
        XCTAssertEqual(resolve("The winter offensive ran from November to February last year.").years, [2015, 2016])
    }
}
