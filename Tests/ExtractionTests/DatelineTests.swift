import XCTest
import ClaimCorpus
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

    func testAnAgencyBetweenSlashesEndsTheDateline() {
        XCTAssertEqual(location("MOSCOW, September 20. /TASS/. Syrian troops entered the town."), "MOSCOW")
        XCTAssertEqual(story(after: "MOSCOW, September 20. /TASS/. Syrian troops entered the town."), "Syrian troops entered the town.")
        XCTAssertEqual(DatelineScanner.find(in: "DAMASCUS, March 3 /SANA/ The army entered Douma.")?.hasDate, true)
        // Cut off by the reader as a sentence of its own.
        XCTAssertEqual(location("ANKARA, June 2. /Anadolu/."), "ANKARA")
        // Slashes without a date are prose.
        XCTAssertNil(DatelineScanner.find(in: "Rebels /ISIS/ fighters entered the town."))
    }

    func testADatelineSentenceMakesNoClaim() {
        let extractor = ClaimExtractor()
        let document = extractor.extract(TestArticle.make(["MOSCOW, September 20. /TASS/.", "Russian jets struck Idlib on Tuesday."],
                                                          published: CalendarDate(year: 2017, month: 9, day: 20)))
        XCTAssertEqual(document.claims.map(\.text), ["Russian jets struck Idlib on Tuesday."])
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
