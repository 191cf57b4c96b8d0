import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Names, units and readings the twelfth session's blind articles (`mosul_dam_repairs_2016`, `tishreen_dam_2015`,
/// `ghwayran_prison_2022`) lacked, tested on sentences written for these tests.
final class TwelfthSessionNamesTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }
    private func actors(_ c: ExtractedClaim?) -> [String] { c?.actorKeys.compactMap { extractor.catalog.actor(forKey: $0)?.name } ?? [] }

    private func claim(_ text: String) -> ExtractedClaim? {
        extractor.extract(TestArticle.make([text], published: CalendarDate(year: 2016, month: 10, day: 3))).claims.first
    }

    func testAVolumeIsInCubicMetres() {
        let figure = claim("The reservoir near Mosul lost 2.5 billion cubic metres of water.")?.figures.first
        XCTAssertEqual(figure?.unit, "cubic m")
        XCTAssertEqual(figure?.value, 2_500_000_000)
        // Metres alone stay a length.
        XCTAssertEqual(claim("The wall near Mosul is 12 metres high.")?.figures.first?.unit, "m")
    }

    func testItalyAndSpainAreActorsAndTheirCapitalsSpeakForThem() {
        XCTAssertEqual(actors(claim("Italian and Spanish trainers arrived in Erbil.")), ["Italy", "Spain"])
        let c = claim("Madrid has pledged 300 trainers for the base near Baghdad.")
        XCTAssertEqual(actors(c), ["Spain"])
        XCTAssertEqual(places(c), ["Baghdad"])
        // A capital where something happens is the city.
        XCTAssertEqual(places(claim("Ministers met in Rome on Friday to discuss Mosul.")), ["Rome", "Mosul"])
    }

    func testACapitalJoinedToPlacesAfterAPrepositionIsAPlace() {
        let c = claim("Officials in Cairo and Amman said the talks on Raqqa had stalled.")
        XCTAssertEqual(actors(c), [])
        XCTAssertEqual(places(c), ["Cairo", "Amman", "Ar Raqqah"])
        // Capitals that speak together are still their governments.
        XCTAssertEqual(actors(claim("Beirut and Amman said the border near Daraa would reopen.")), ["Lebanon", "Jordan"])
    }

    func testASurnameThatSoundsLikeAnOutletIsTheMans() {
        let c = claim("\"We will hold the line,\" Iraqi defence minister Khalid al-Sumari told reporters in Baghdad.")
        XCTAssertFalse(actors(c).contains("Al-Sumaria"))
        // The channel itself, as written, is still the channel.
        XCTAssertEqual(actors(claim("Al-Sumaria reported clashes in Tikrit on Sunday.")), ["Al-Sumaria"])
    }

    func testTownsNearTheEuphratesThatGeoNamesLacksOrSpellsOtherwise() {
        XCTAssertEqual(places(claim("Kurdish units pushed south from Sirrin toward the Qara Qozak bridge.")),
                       ["Sarrin", "Qara Qozak"])
        XCTAssertEqual(places(claim("Turkish-backed rebels took al-Rai and then Bzaa.")), ["Al-Rai", "Bza'a"])
        // GeoNames' Al Manşūrah, by the press's spelling.
        XCTAssertEqual(places(claim("Coalition jets struck Mansoura, west of Raqqa.")), ["Al Manşūrah", "Ar Raqqah"])
        // "Sarrin" no longer sounds like a demonym.
        XCTAssertEqual(actors(claim("Fighting continued in Sarrin on Tuesday.")), [])
    }

    func testAnEnglishAdjectiveIsMatchedAsWrittenNeverByKey() {
        // "Saran" and "Sirran" share the key of "Syrian"; "Kurdesh" that of "Kurdish".
        XCTAssertEqual(actors(claim("Ahmed Saran was arrested near Raqqa.")), [])
        XCTAssertEqual(actors(claim("The Sirran family fled Deir Ezzor.")), [])
        XCTAssertTrue(AliasMatcher.isEnglishAdjective("Kurdish"))
        XCTAssertTrue(AliasMatcher.isEnglishAdjective("Chinese"))
        XCTAssertFalse(AliasMatcher.isEnglishAdjective("Hezbollah"))
        // Written as listed, they are still the actors.
        XCTAssertEqual(actors(claim("Syrian and Kurdish fighters clashed near Raqqa.")), ["Syria", "Kurdish forces"])
    }

    func testAnAppositiveDominatedByAGroupStillLeavesTheSubjectSpeaking() {
        let c = claim("The Kurdish-led alliance, dominated by the YPG, said it had reached Manbij.")
        XCTAssertEqual(c?.source, "Kurdish forces")
    }
    func testMilitiasAndPoliceBesideTheArmiesAreActors() {
        XCTAssertEqual(actors(claim("NDF militiamen and Liwa al-Quds fighters held the airport road near Aleppo.")),
                       ["National Defence Forces", "Liwa al-Quds"])
        XCTAssertEqual(actors(claim("Federal Police units and the Emergency Response Division advanced in western Mosul.")),
                       ["Iraqi Federal Police", "Emergency Response Division"])
        XCTAssertEqual(actors(claim("Saraya al-Salam fighters guarded Samarra.")), ["Saraya al-Salam"])
        // A possessive's forces are the army, with the man named as a person.
        let c = claim("Bashar al-Assad's forces retook Palmyra in March.")
        XCTAssertEqual(actors(c), ["Syrian Army"])
        XCTAssertEqual(c?.personKeys.count, 1)
    }
    func testAVagueAmountCountsAnyPluralNounAfterOf() {
        let c = claim("Militants left hundreds of mines and dozens of booby-trapped cars in Mosul.")
        XCTAssertEqual(c?.figures.map(\.unit), ["mines", "cars"])
        XCTAssertEqual(c?.figures.first?.low, 100)
        XCTAssertEqual(claim("Thousands of army recruits trained near Baghdad.")?.figures.first?.unit, "recruits")
        // No noun, no figure: "hundreds of them" counts nothing named.
        XCTAssertEqual(claim("Hundreds of them fled Mosul.")?.figures.first?.unit, nil)
    }

    func testAsWithAnObjectSaysWhenNotWhoSaysSo() {
        // "as X announced the start of …" is when the shelling happened: the writer's claim.
        XCTAssertEqual(claim("Shells hit Kobani as Turkey's president announced the start of the offensive.")?.source, "author")
        // "as the ministry said" cites the ministry.
        XCTAssertEqual(claim("The town of Tal Abyad fell on Sunday, as the Turkish defence ministry said.")?.source, "Turkey")
    }
}
