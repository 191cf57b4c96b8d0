import XCTest
import ClaimCorpus
@testable import ClaimRender

final class TimelineRendererTests: XCTestCase {
    private let entries = [
        TimelineEntry(date: CalendarDate(year: 2017, month: 11, day: 3), type: "liberation", text: "The army entered the old city.", document: "d4"),
        TimelineEntry(date: nil, type: "opinion", text: "It will end badly.", document: "d2"),
        TimelineEntry(date: CalendarDate(year: 2012), type: "siege", text: "The city was encircled.", document: "d1"),
        TimelineEntry(date: CalendarDate(year: 2017, month: 1), type: "attack", text: "A dawn assault cut the road\nto the airport.", document: "d1"),
        TimelineEntry(date: CalendarDate(year: 2017), type: "siege", text: "The siege went on all year.", document: "d5"),
    ]

    func testDatedEventsInOrderWithTheirPrecisionThenUndated() {
        let text = TimelineRenderer(options: RenderOptions(width: 100, unicode: true)).render(entries)
        // Types padded to the longest, texts to the longest, documents last.
        XCTAssertEqual(text, """
        ┌ 2012
        │ ● 2012        siege       The city was encircled.                      d1
        │
        ├ 2017
        │ ● 2017        siege       The siege went on all year.                  d5
        │ ● 2017-01     attack      A dawn assault cut the road to the airport.  d1
        │ ● 2017-11-03  liberation  The army entered the old city.               d4
        └
        undated
          ○             opinion     It will end badly.                           d2
        (4 dated, 1 undated)

        """)
    }

    func testASCIIAndNarrowWidthsCutTheText() {
        let text = TimelineRenderer(options: RenderOptions(width: 50, unicode: false)).render(entries)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "+ 2012")
        XCTAssertTrue(lines.contains("| * 2017-01     attack      A dawn assault cu~  d1"), text)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 50 }, text)
        XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII))
    }

    func testEmptyTimeline() {
        XCTAssertEqual(TimelineRenderer(options: RenderOptions()).render([]), "(no events)\n")
    }
}
