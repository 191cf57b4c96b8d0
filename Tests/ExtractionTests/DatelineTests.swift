import XCTest
@testable import ClaimExtraction

final class DatelineTests: XCTestCase {
    private func story(after text: String) -> String? {
        guard let dateline = DatelineScanner.find(in: text) else { return nil }
        return String(Array(text)[dateline.end...])
    }

    private func location(_ text: String) -> String? {
        guard let dateline = DatelineScanner.find(in: text) else { return nil }
        return String(Array(text)[dateline.location])
    }

    func testWireDatelinesInCapitals() {
        XCTAssertEqual(story(after: "HOMS, March 3 (Reuters) - Government troops shelled the old city."), "Government troops shelled the old city.")
        XCTAssertEqual(location("HOMS, March 3 (Reuters) - Government troops shelled the old city."), "HOMS")
        XCTAssertEqual(story(after: "KIRKUK (AP) — Kurdish fighters withdrew overnight."), "Kurdish fighters withdrew overnight.")
        XCTAssertEqual(location("ERBIL/SULAIMANIYAH, 2 Nov. 2016 (AFP) – Voters queued early."), "ERBIL/SULAIMANIYAH")
        XCTAssertEqual(location("DEIR AL-ZOUR, Syria (SANA) — Engineers repaired the bridge."), "DEIR AL-ZOUR, Syria")
        XCTAssertEqual(story(after: "TIKRIT: Police said three roads were reopened."), "Police said three roads were reopened.")
        XCTAssertEqual(story(after: "AL-QAEM, Iraq — Shops reopened."), "Shops reopened.")
    }

    func testTitleCaseNeedsMoreThanOneName() {
        XCTAssertEqual(location("Aleppo, Syria — Water returned to the eastern districts."), "Aleppo, Syria")
        XCTAssertEqual(location("Tal Afar (Rudaw) - The last district fell."), "Tal Afar")
        XCTAssertEqual(location("Dayr az Zawr, Syria — The siege ended."), "Dayr az Zawr, Syria")
        // A lone title-case name before a dash opens many sentences.
        XCTAssertNil(DatelineScanner.find(in: "Hezbollah — the Lebanese group — sent reinforcements."))
        XCTAssertNil(DatelineScanner.find(in: "Palmyra - an ancient city - changed hands twice."))
    }

    func testOrdinarySentencesHaveNone() {
        XCTAssertNil(DatelineScanner.find(in: "The Syrian army took Mayadin on Saturday, state media said."))
        XCTAssertNil(DatelineScanner.find(in: "Iraqi forces — backed by coalition aircraft — advanced."))
        XCTAssertNil(DatelineScanner.find(in: "In Raqqa: the last days of the siege."))  // title case never takes a colon
        XCTAssertNil(DatelineScanner.find(in: "ISIS"))
        XCTAssertNil(DatelineScanner.find(in: "MOSUL -"))  // nothing after the separator
        XCTAssertNil(DatelineScanner.find(in: ""))
        XCTAssertNil(DatelineScanner.find(in: "US-backed fighters entered the town."))
        // Prose that opens with a preposition, however much it looks like "Place, Country —".
        XCTAssertNil(DatelineScanner.find(in: "In Mosul, Iraq — where ISIS declared its caliphate — homes are rebuilt."))
        XCTAssertNil(DatelineScanner.find(in: "Near Hama, Syria — the front moved again."))
    }

    func testWhatFollowsTheLocationIsRecorded() {
        let wire = DatelineScanner.find(in: "HOMS, March 3 (Reuters) - Troops advanced.")
        XCTAssertEqual(wire?.hasDate, true)
        XCTAssertEqual(wire?.hasSecondPart, false)
        XCTAssertEqual(wire.flatMap { $0.agency }.map { String(Array("HOMS, March 3 (Reuters) - Troops advanced.")[$0]) }, "Reuters")
        XCTAssertEqual(location("ash-Shaddadi, Syria (AFP) — The market reopened."), "ash-Shaddadi, Syria")
    }

    func testOnlyAShortPrefixCounts() {
        let long = String(repeating: "VERY ", count: 30) + "- text"
        XCTAssertNil(DatelineScanner.find(in: long))
    }
}
