import XCTest
@testable import ClaimExtraction

final class PlaceRecognizerTests: XCTestCase {
    let recognizer = PlaceRecognizer()

    private func names(_ text: String, context: [String] = []) -> [String] {
        recognizer.recognize(in: text, countryContext: context).compactMap { Gazetteer.shared.entry(forKey: $0.key)?.name }
    }

    private func kinds(_ text: String) -> [String] {
        recognizer.recognize(in: text).compactMap { Gazetteer.shared.entry(forKey: $0.key)?.kind }
    }

    func testUnseenSpellingsInRunningText() {
        XCTAssertEqual(names("Fighting raged near Dayr az Zawr and al-Mayadeen on Tuesday."), ["Deir ez-Zor", "Al Mayādīn"])
        XCTAssertEqual(names("Militants fled toward Albu Kamal."), ["Ālbū Kamāl"])
        XCTAssertEqual(names("Jets struck Ar-Raqqah overnight."), ["Ar Raqqah"])
        XCTAssertEqual(names("Convoys left Deir Al Zor for Meyadin."), ["Deir ez-Zor", "Al Mayādīn"])
        XCTAssertEqual(names("The army entered al-Qaem and Dayr Hafir."), ["Al Qā’im", "Dayr Ḩāfir"])
    }

    func testRangesAndMatchedTextAreCharacterOffsets() throws {
        let text = "Près de l’aéroport, near Deir ez-Zor’s edge"
        let match = try XCTUnwrap(recognizer.recognize(in: text).first)
        XCTAssertEqual(match.matched, "Deir ez-Zor")
        let start = text.index(text.startIndex, offsetBy: match.range.lowerBound)
        let end = text.index(text.startIndex, offsetBy: match.range.upperBound)
        XCTAssertEqual(String(text[start..<end]), "Deir ez-Zor")
        XCTAssertFalse(match.rule.isEmpty)
    }

    func testProvinceAndGovernoratePhrasesMeanTheGovernorate() {
        XCTAssertEqual(kinds("Clashes continued in Idlib province."), ["governorate"])
        XCTAssertEqual(kinds("Shelling hit the province of Hama."), ["governorate"])
        XCTAssertEqual(kinds("Troops moved through Anbar governorate."), ["governorate"])
        XCTAssertEqual(kinds("Residents of Idlib protested."), ["city"])
        XCTAssertEqual(names("Clashes continued in Idlib province and Dayr az Zawr Governorate."),
                       ["Idlib Governorate", "Deir ez-Zor Governorate"])
        XCTAssertEqual(names("Jets struck western Deir Al Zor and the city of Deir Al Zor."),
                       ["Deir ez-Zor Governorate", "Deir ez-Zor"], "the province and its capital keep distinct names")
        let both = recognizer.recognize(in: "Fighting in the provinces of Homs and Raqqa intensified.")
        XCTAssertEqual(both.compactMap { Gazetteer.shared.entry(forKey: $0.key)?.kind }, ["governorate", "governorate"])
        XCTAssertTrue(both[0].rule.contains("governorate"))
        // Names listed before a plural province word are all governorates.
        XCTAssertEqual(names("People fled Hama and Aleppo provinces."), ["Hama Governorate", "Aleppo Governorate"])
        XCTAssertEqual(kinds("Raids hit Homs, Hama and Idlib governorates."), ["governorate", "governorate", "governorate"])
        // A list that does not end in the plural word, or a name before a singular one, stays as written.
        XCTAssertEqual(kinds("Convoys left Hama and Aleppo for the coast."), ["city", "city"])
        XCTAssertEqual(kinds("Convoys left Hama and Aleppo province."), ["city", "governorate"])
    }

    func testDirectionsResolveToGovernorateOrCountryWithTheirRule() throws {
        let west = try XCTUnwrap(recognizer.recognize(in: "Cells remain in western Raqqa, officials said.").first)
        XCTAssertEqual(Gazetteer.shared.entry(forKey: west.key)?.kind, "governorate")
        XCTAssertEqual(west.matched, "western Raqqa")
        XCTAssertTrue(west.rule.contains("direction"))
        let north = try XCTUnwrap(recognizer.recognize(in: "Turkey shelled villages in northern Iraq.").last)
        XCTAssertEqual(Gazetteer.shared.entry(forKey: north.key)?.name, "Iraq")
        XCTAssertEqual(north.matched, "northern Iraq")
    }

    func testASettlementNounLetsAFartherSpellingReachAVillage() {
        // (Mansoura, the first example here, became an alias of Al Manşūrah in the twelfth session.)
        XCTAssertEqual(names("Commandos landed near the village of Qusham on 22 March."), ["Khushām"])
        // Without it, a lone word that only sounds like a village stays unresolved.
        XCTAssertEqual(names("Commandos landed near Qusham on 22 March."), [])
    }

    func testFalsePositivesAreRejected() {
        XCTAssertEqual(names("Al said the mayor would come back."), [])
        XCTAssertEqual(names("Deir was the word he used. Abu and Ash left."), [])
        XCTAssertEqual(names("Most people said that Reports were late. However, Hit songs played."), [])
        XCTAssertEqual(names("They met at noon as agreed, and an aide spoke."), [])
        XCTAssertEqual(names("Syrian and Iraqi officials met; Russian jets flew."), [], "demonyms are actors")
    }

    func testANamePrefixWithItsArticleIsAWholeNameWhenExactlyListed() {
        XCTAssertEqual(names("Turkish troops entered al-Bab on Monday."), ["Al Bāb"])
        XCTAssertEqual(names("Shelling hit El Bab and al-Tal overnight."), ["Al Bāb", "At Tall"])
        // Alone, the prefix is still no place, and with an article it needs an exact alias, not a sound-alike.
        XCTAssertEqual(names("Bab was the word for the gate."), [])
        XCTAssertEqual(names("They reached al-Deir at dawn."), [])
    }

    func testBorderPhraseGivesBothCountries() {
        XCTAssertEqual(names("Refugees gathered along the Iraqi-Syrian border."), ["Iraq", "Syria"])
    }

    func testCuratedPlacesAndMultiWordLowercaseAliases() {
        XCTAssertEqual(kinds("The convoy reached the al-Tanf crossing."), ["crossing"])
        XCTAssertEqual(kinds("Rebels held the Conoco gas field for weeks."), ["oil field"])
        XCTAssertEqual(names("Fighters crossed the middle Euphrates valley at night."), ["Middle Euphrates valley"])
        XCTAssertEqual(kinds("Jets took off from Tabqa airbase."), ["base"])
        // A village GeoNames' extract lacks, by its usual spellings.
        for written in ["the village of Baghouz Fawqani", "in al-Baghuz", "Baghuz al-Fawqani"] {
            XCTAssertEqual(names("Families left \(written) on foot."), ["Al-Baghuz Fawqani"], written)
        }
    }

    func testNewsAgencyIsDroppedByTheOverlapRule() {
        let text = "Al-Masdar reported fighting near Palmyra."
        let places = recognizer.recognize(in: text)
        let actors = ActorRecognizer().recognize(in: text)
        let kept = EntityMatch.places(places, notOverlapping: actors)
        XCTAssertEqual(kept.compactMap { Gazetteer.shared.entry(forKey: $0.key)?.name }, ["Tadmur"])
        XCTAssertTrue(actors.contains { $0.key == "actor:al-masdar" })
    }

    func testCountryPlaceSurvivesItsOwnStateActor() {
        let text = "Jets from Russia struck targets."
        let kept = EntityMatch.places(recognizer.recognize(in: text), notOverlapping: ActorRecognizer().recognize(in: text))
        XCTAssertEqual(kept.compactMap { Gazetteer.shared.entry(forKey: $0.key)?.name }, ["Russia"])
    }

    func testNisbaIsNotThePlace() {
        XCTAssertEqual(names("The preacher al-Baghdadi spoke."), [])
    }
}
