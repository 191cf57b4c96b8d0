import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// The Kurdistan Region as a place (not inside the government's name) and the Sinjar Resistance Units as an actor.
final class KurdistanNamesTests: XCTestCase {
    private func claim(_ sentence: String) -> ExtractedClaim? {
        ClaimExtractor().extract(TestArticle.make([sentence], published: CalendarDate(year: 2017, month: 10, day: 1))).claims.first
    }

    func testTheRegionIsAPlace() {
        XCTAssertEqual(claim("Thousands fled into the Kurdistan Region overnight.")?.placeKeys, ["sup:region-kurdistan-region"])
        XCTAssertEqual(claim("Families crossed into the Kurdistan Region of Iraq on foot.")?.placeKeys, ["sup:region-kurdistan-region"])
        // Inside the government's name it is no place.
        XCTAssertEqual(claim("The Kurdistan Regional Government closed 12 crossings.")?.placeKeys, [])
    }

    func testTheSinjarResistanceUnits() {
        let found = claim("The YBS and the Sinjar Resistance Units are one force, its commanders said.")
        XCTAssertEqual(found?.actorKeys, ["actor:ybs"])
        XCTAssertEqual(claim("Fighters of the Sinjar Resistance Units held the checkpoint.")?.placeKeys, [])
    }
}
