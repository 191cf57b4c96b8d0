import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Readings the fourteenth session's probes and blind articles lacked, tested on sentences written for these tests.
final class FourteenthSessionTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }
    private func actors(_ c: ExtractedClaim?) -> [String] { c?.actorKeys.compactMap { extractor.catalog.actor(forKey: $0)?.name } ?? [] }

    private func claims(_ paragraphs: [String]) -> [ExtractedClaim] {
        extractor.extract(TestArticle.make(paragraphs, published: CalendarDate(year: 2017, month: 5, day: 9))).claims
    }

    private func claim(_ text: String) -> ExtractedClaim? { claims([text]).first }

    func testTakingBackIsACaptureWhenAJihadistGroupDoesIt() {
        XCTAssertEqual(claim("ISIS may try to retake Tadmur within weeks, a Russian officer warned.")?.type, .capture)
        XCTAssertEqual(claim("Jabhat al-Nusra fighters regained three villages near Hama overnight.")?.type, .capture)
        XCTAssertEqual(claim("The town, recaptured by the Islamic State last winter, lies east of Homs.")?.type, .capture)
        // The state and the forces against the group liberate, even when the group is named after the verb.
        XCTAssertEqual(claim("Iraqi troops retook Rawa from ISIS on Friday.")?.type, .liberation)
        XCTAssertEqual(claim("Government forces recaptured the town, which Jabhat al-Nusra had held.")?.type, .liberation)
        // Other liberation words are not verbs of taking back.
        XCTAssertEqual(claim("ISIS freed 40 hostages near Kirkuk.")?.type, .liberation)
    }

    func testACompassHalfIsAPartOfAPlaceNotAShare() {
        let c = claim("More than 400,000 people remained in the eastern half of Aleppo, aid groups estimated.")
        XCTAssertEqual(c?.figures.map(\.unit), ["people"])
        // A half without a compass word is still a share.
        XCTAssertEqual(claim("Nearly half of Raqqa was destroyed, the UN said.")?.figures.map(\.value), [50])
    }

    func testAPresentNowDatesTheClaimBesideOtherDates() {
        XCTAssertEqual(claim("The army now controls about 60 percent of Deir Ezzor province, up from a third in 2015.")?.years,
                       [2015, 2017])
        XCTAssertEqual(claim("Turkey said its post near Sarman, set up under a 2018 deal, was now surrounded.")?.years, [2017, 2018])
        // Set off by a dash, "now" describes in passing: only the sentence's own dates count.
        XCTAssertEqual(claim("The Syrian army – now heavily reinforced by Iran – returned to Palmyra in 2016.")?.years, [2016])
        // Alone, "now" still gives the reference year.
        XCTAssertEqual(claim("Kurdish fighters now hold Tabqa.")?.years, [2017])
    }
}
