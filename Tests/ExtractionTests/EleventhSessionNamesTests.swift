import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Names, nouns and readings the eleventh session's blind articles (`amerli_siege_2014`, `jarabulus_shield_2016`)
/// lacked, tested on sentences written for these tests.
final class EleventhSessionNamesTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }
    private func actors(_ c: ExtractedClaim?) -> [String] { c?.actorKeys.compactMap { extractor.catalog.actor(forKey: $0)?.name } ?? [] }

    private func claim(_ text: String) -> ExtractedClaim? {
        extractor.extract(TestArticle.make([text], published: CalendarDate(year: 2015, month: 3, day: 9))).claims.first
    }

    func testTownsTheWarMadeKnownThatGeoNamesLacks() {
        XCTAssertEqual(places(claim("Militiamen reached Amirli after a week of fighting.")), ["Amerli"])
        XCTAssertEqual(places(claim("The road from Jalula to Saadiyah was reopened on Sunday.")), ["Jalawla", "Saadiya"])
        XCTAssertEqual(places(claim("Kurdish units held the ridge above Sulaiman Beg.")), ["Suleiman Bek"])
        XCTAssertEqual(places(claim("Shells landed in Karkamis, across the border from Jarabulus.")), ["Karkamış", "Jarābulus"])
        // Found by key too, as the region's other places are.
        XCTAssertEqual(places(claim("Troops entered al-Khaledieh on Monday.")), ["Khalidiya"])
    }

    func testANisbaIsAManNotThePlaceNamedWithItsFeminine() {
        // "al-Saadi" shares its key with Saadiya, and "al-Khalidi" with Khalidiya.
        XCTAssertEqual(places(claim("General Abdul-Wahab al-Saadi said his troops had reached the river.")), [])
        XCTAssertEqual(places(claim("Police chief Hassan al-Khalidi was killed in the blast.")), [])
        XCTAssertTrue(PlaceRecognizer.endsInFeminineNisba("Al Miqdādīyah"))
        XCTAssertTrue(PlaceRecognizer.endsInFeminineNisba("Saadiya"))
        XCTAssertFalse(PlaceRecognizer.endsInFeminineNisba("Al Qāmishlī"))
    }

    func testCoalitionStatesAndATurkishAgencyAreActors() {
        XCTAssertEqual(actors(claim("Australian, Canadian and Dutch jets struck targets near Mosul.")),
                       ["Australia", "Canada", "Netherlands"])
        let c = claim("Two soldiers were wounded in Kilis, the Dogan news agency reported.")
        XCTAssertEqual(actors(c), ["Dogan News Agency"])
        XCTAssertEqual(c?.source, "Dogan News Agency")
        // A state's name where something happens is the place.
        XCTAssertEqual(places(claim("Three suspects were arrested in Germany.")), ["Germany"])
    }

    func testARebelModifierNamesTheOpposition() {
        let c = claim("The militants withdrew toward al-Bab, according to rebel commanders.")
        XCTAssertEqual(actors(c), ["Syrian opposition"])
        XCTAssertEqual(c?.source, "Syrian opposition")
    }

    func testAMemberSpeaksAndAVisitedCapitalIsThePlace() {
        XCTAssertEqual(claim("About 4,000 residents had fled the town, a local council member said.")?.source,
                       "a local council member")
        let c = claim("Joe Biden, visiting Ankara, said Washington had warned the Kurdish militia.")
        XCTAssertEqual(places(c), ["Ankara"])
        XCTAssertFalse(actors(c).contains("Turkey"))
        // A capital that is the subject still speaks for its state.
        XCTAssertEqual(actors(claim("Ankara said the operation targeted the Kurdish militia.")), ["Turkey", "Kurdish forces"])
    }

    func testARoleThenANameWithAParticleSpeaks() {
        XCTAssertEqual(claim("The UN envoy, Staffan de Mistura, said 50,000 civilians were trapped in Aleppo.")?.source,
                       "Staffan de Mistura")
        XCTAssertEqual(claim("The group's founder, Osama bin Laden, said the war would spread to Iraq.")?.source,
                       "Osama bin Laden")
    }

    func testAKunyaThatSpeaksMakesAClaim() {
        // No place, actor or person the dictionaries know: the speaker named in full makes the claim.
        let c = claim("\"We are leaving with nothing,\" said Abu Jaafar, a teacher, as he waited at a checkpoint.")
        XCTAssertEqual(c?.source, "Abu Jaafar")
        // One word is no name in full.
        XCTAssertNil(claim("\"We are leaving with nothing,\" said Jaafar, a teacher, as he waited at a checkpoint."))
    }

    func testAleppoDistrictsNamedIn2016() {
        XCTAssertEqual(places(claim("Shells fell on Sheikh Maksoud and the Ramousa road on Tuesday.")), ["Sheikh Maqsoud", "Ramouseh"])
    }

    func testAFinalHTheKeyDropsIsDroppedFromTheFirstWordToo() {
        // GeoNames writes "Al Miqdādīyah"; the key drops a final h after a vowel, and so must the first-word probe.
        XCTAssertEqual(places(claim("Bombs exploded in Muqdadiya on Friday.")), ["Al Miqdādīyah"])
        XCTAssertEqual(places(claim("Bombs exploded in Miqdadiya on Friday.")), ["Al Miqdādīyah"])
        XCTAssertEqual(places(claim("Bombs exploded in Muqdadiyah on Friday.")), ["Al Miqdādīyah"])
    }

    func testAParticipleCitingASourceMayRunLongAndHoldACompound() {
        let c = claim("Western media, citing the so-called Syrian Observatory for Human Rights, claimed 12 civilians died in Raqqa.")
        XCTAssertEqual(c?.source, "Western media")
        // A clause word standing alone still ends the appositive: "so" here opens a clause of its own.
        XCTAssertNotEqual(claim("Officials, citing the danger so the convoy would turn back, said Raqqa was closed.")?.source,
                          "Officials")
    }
}
