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

/// A Syrian or Iraqi town whose name is an English word ("Hit") is the town after a place preposition only.
final class EnglishWordTownTests: XCTestCase {
    private func places(_ sentence: String) -> [String] {
        ClaimExtractor().extract(TestArticle.make([sentence], published: CalendarDate(year: 2016, month: 4, day: 1)))
            .claims.first?.placeKeys ?? []
    }

    func testHitAfterAPreposition() {
        XCTAssertEqual(places("Some 2,000 families returned to Hit last week."), ["gn:95788"])
        XCTAssertEqual(places("Troops entered the outskirts of Hit on Monday, 12 km from the river."), ["gn:95788"])
        // The verb, and a word opening the sentence, stay words.
        XCTAssertFalse(places("A mortar hit 12 houses in Ramadi.").contains("gn:95788"))
        XCTAssertFalse(places("Hit by shelling, 40 families left Ramadi.").contains("gn:95788"))
        XCTAssertFalse(places("The convoy was Hit in the attack on 3 trucks.").contains("gn:95788"))
    }
}

/// Anbar's towns and Fallujah's quarters the war made known, which GeoNames' extract lacks.
final class AnbarSupplementTests: XCTestCase {
    func testTownsAndQuarter() {
        let places = { (sentence: String) in
            ClaimExtractor().extract(TestArticle.make([sentence], published: CalendarDate(year: 2016, month: 6, day: 1)))
                .claims.first?.placeKeys ?? []
        }
        XCTAssertEqual(places("Families reached camps at Amiriyat al-Fallujah and Saqlawiya on Monday."),
                       ["sup:town-amiriyat-al-fallujah", "sup:town-saqlawiyah"])
        XCTAssertEqual(places("Troops cleared the al-Jolan neighbourhood of Fallujah."), ["sup:nbhd-fallujah-jolan", "gn:99454"])
        XCTAssertEqual(places("Shelling hit Garma, east of Fallujah, on Sunday."), ["sup:town-garma", "gn:99454"])
    }

    func testVowedSpeaks() {
        XCTAssertEqual(AttributionScanner().attribute(TokenizedSentence("The prime minister has vowed to retake the city."),
                                                      entities: [])?.source, "prime minister")
    }
}
