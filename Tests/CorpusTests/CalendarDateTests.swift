import XCTest
@testable import ClaimCorpus

final class CalendarDateTests: XCTestCase {
    func testISOParsingChecksCalendar() {
        XCTAssertEqual(CalendarDate(iso: "2017-11-03")?.precision, .day)
        XCTAssertEqual(CalendarDate(iso: "2017-11")?.precision, .month)
        XCTAssertEqual(CalendarDate(iso: "2017")?.precision, .year)
        XCTAssertNil(CalendarDate(iso: "2017-02-29"))
        XCTAssertNotNil(CalendarDate(iso: "2016-02-29"))
        XCTAssertNil(CalendarDate(iso: "2017-13"))
        XCTAssertNil(CalendarDate(iso: "17-01-01"))
    }

    func testDayArithmeticRoundTrips() {
        let date = CalendarDate(year: 2017, month: 3, day: 1)
        XCTAssertEqual(date.adding(days: -1), CalendarDate(year: 2017, month: 2, day: 28))
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1).dayNumber, 0)
        XCTAssertEqual(CalendarDate(dayNumber: date.dayNumber), date)
        XCTAssertEqual(CalendarDate(year: 2016, month: 12, day: 31).adding(days: 1), CalendarDate(year: 2017, month: 1, day: 1))
    }

    func testMonthArithmeticKeepsPrecision() {
        XCTAssertEqual(CalendarDate(year: 2017, month: 1).adding(months: -1), CalendarDate(year: 2016, month: 12))
        XCTAssertEqual(CalendarDate(year: 2017, month: 3, day: 31).adding(months: -1), CalendarDate(year: 2017, month: 2, day: 28))
        XCTAssertEqual(CalendarDate(year: 2017, month: 11).iso, "2017-11")
    }

    func testOrdering() {
        XCTAssertLessThan(CalendarDate(year: 2017), CalendarDate(year: 2017, month: 1))
        XCTAssertLessThan(CalendarDate(year: 2016, month: 12, day: 31), CalendarDate(year: 2017, month: 1, day: 1))
    }

    func testISOWritesWhatPaddingWrites() {
        let dates = [CalendarDate(year: 2017, month: 11, day: 3), CalendarDate(year: 7), CalendarDate(year: 2017, month: 1),
                     CalendarDate(year: -44, month: 3, day: 15), CalendarDate(year: 12345), CalendarDate(year: 2017, day: 9),
                     CalendarDate(year: 0, month: 0, day: 0), CalendarDate(year: 2017, month: 123)]
        for date in dates { XCTAssertEqual(date.iso, date.paddedISO) }
        XCTAssertEqual(CalendarDate(year: 2017, month: 11, day: 3).iso, "2017-11-03")
    }
}
