import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Names, nouns and readings the ninth session's blind articles lacked, tested on sentences written for these tests.
final class BlindArticleNamesTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }
    private func actors(_ c: ExtractedClaim?) -> [String] { c?.actorKeys.compactMap { extractor.catalog.actor(forKey: $0)?.name } ?? [] }

    private func claim(_ text: String, published: CalendarDate = CalendarDate(year: 2017, month: 6, day: 14)) -> ExtractedClaim? {
        extractor.extract(TestArticle.make([text], published: published)).claims.first
    }

    func testCountNounsAfterModifiersAndPluralModifiers() {
        XCTAssertEqual(claim("The army split the Idlib enclave into two isolated pockets.")?.figures.first?.unit, "pockets")
        XCTAssertEqual(claim("Washington sent about 400 special forces advisers to Tabqa.")?.figures.first?.unit, "advisers")
        XCTAssertEqual(claim("About 60 gunmen surrendered in Hama.")?.figures.first?.unit, "gunmen")
        // A plural modifier without a count noun after it is still the unit.
        XCTAssertEqual(claim("About 300 special forces landed near Tabqa.")?.figures.first?.unit, "forces")
    }

    func testAGivenNameBeforeAnArabicArticleSurnameIsNoVillage() {
        XCTAssertEqual(places(claim("Iraqi planning minister Salman al-Jumaili told delegates that 147,000 homes were damaged in Mosul.")),
                       ["Mosul"])
        XCTAssertFalse(places(claim("The report, by Omar al-Hariri, came from Daraa.")).contains("Al-Omar oil field"))
        // After a place preposition the village stays.
        XCTAssertTrue(places(claim("Fighters fled to Salman al-Jadida on Monday.")).contains("As Salmān"))
    }

    func testMilitaryCouncilsAreActorsNotPlaces() {
        let c = claim("The Deir al-Zour Military Council said its fighters had reached the river.")
        XCTAssertEqual(actors(c), ["Deir ez-Zor Military Council"])
        XCTAssertEqual(places(c), [])
        XCTAssertEqual(places(claim("Fighters of the Tabqa Military Council entered the town.")), [])
    }

    func testActorAliasesAddedForTheBlindArticles() {
        XCTAssertEqual(actors(claim("Rebel fighters shelled the airport near Hama.")), ["Syrian opposition"])
        XCTAssertEqual(actors(claim("Two children died in coalition air raids on Hajin.")), ["US-led coalition"])
        XCTAssertEqual(actors(claim("Iraqi counter-terrorism forces entered the hospital in Mosul.")), ["Iraqi Army"])
        let doc = extractor.extract(TestArticle.make([
            "The Syrian Observatory for Human Rights counted 40 dead in Douma.",
            "At least 12 of them were children, according to the Observatory.",
        ], published: CalendarDate(year: 2018, month: 3, day: 2)))
        XCTAssertEqual(actors(doc.claims.last), ["Syrian Observatory for Human Rights"])
    }

    func testEasternGhoutaAndDeirEzzorVillagesFromTheSupplement() {
        XCTAssertEqual(places(claim("Shells fell on Ayn Tarma and Jobar overnight.")), ["Ain Tarma", "Jobar"])
        XCTAssertEqual(places(claim("The militants retreated to al-Sha'fa on the Euphrates.")), ["Al-Shaafa", "Euphrates"])
    }

    func testADemonymBeforeBasedLocatesInItsCountry() {
        let c = claim("The British-based Observatory said 40 fighters were killed near Hajin.")
        XCTAssertEqual(places(c), ["United Kingdom", "Hajīn"])
        XCTAssertEqual(actors(c), ["Syrian Observatory for Human Rights"])
        XCTAssertEqual(c?.source, "Syrian Observatory for Human Rights")
    }

    func testAGivenNameIsNoPlace() {
        // "Walid" sounds like the Al-Walid crossing only by its transliteration key.
        XCTAssertEqual(places(claim("Lebanese leaders, including Walid Jumblatt, met in Beirut on Monday.")), ["Beirut"])
        XCTAssertEqual(places(claim("The convoy reached Walid on Monday.")), ["Al-Waleed"])
        XCTAssertEqual(places(claim("Fighting resumed in Hajeen Saturday.")), ["Hajīn"])
    }

    func testStateMediaSpeaksForItself() {
        let c = claim("Syrian state media said 300 gunmen had left Harasta.")
        XCTAssertEqual(actors(c), [])
        XCTAssertEqual(c?.source, "Syrian state media")
        XCTAssertEqual(actors(claim("The Syrian state has rejected the plan for Idlib.")), ["Syrian government"])
    }

    func testVagueCountsOfADefiniteNoun() {
        XCTAssertEqual(claim("The army killed dozens of the attackers near Palmyra.")?.figures.first?.unit, "attackers")
        XCTAssertEqual(claim("Two suicide bombers blew themselves up in Kirkuk.")?.figures.first?.unit, "bombers")
        XCTAssertEqual(actors(claim("Iraqi government forces entered Kirkuk on Monday.")), ["Iraqi Army"])
    }

    func testACapitalAsTheObjectOfWhatAStateIsToldIsItsGovernment() {
        let told = claim("The Iraqi prime minister told Ankara to withdraw its troops from Bashiqa.")
        XCTAssertEqual(actors(told), ["Iraq", "Turkey"])
        XCTAssertEqual(places(told), ["Bashiqa"])
        XCTAssertEqual(actors(claim("Kurdish officials accused Baghdad of breaking the ceasefire near Kirkuk.")), ["Kurdish forces", "Iraqi government"])
        XCTAssertEqual(actors(claim("The Syrian opposition called on Moscow to restrain its allies in Deraa.")), ["Syrian opposition", "Russia"])
        // A capital that is only a destination stays a place.
        let trip = claim("The delegation travelled to Ankara for talks.")
        XCTAssertEqual(actors(trip), [])
        XCTAssertEqual(places(trip), ["Ankara"])
        XCTAssertEqual(places(claim("Rebels told Damascus residents to stay indoors.")), ["Damascus"])
    }

    func testPeopleImpliedByWhatBefallsThem() {
        let fled = claim("Tens of thousands have fled the fighting in Douma, the United Nations said.")?.figures.first
        XCTAssertEqual(fled?.unit, "people")
        XCTAssertEqual(fled?.low, 10_000)
        XCTAssertEqual(claim("As many as one million could be displaced by the offensive on Mosul.")?.figures.first?.value, 1_000_000)
        XCTAssertEqual(claim("Hundreds fled Hajin overnight.")?.figures.first?.unit, "people")
        // A small bare number is no count of people.
        XCTAssertTrue(claim("Of the 12 towns, 3 were evacuated near Raqqa.")?.figures.allSatisfy { $0.unit != "people" } ?? true)
    }

    func testAYearIsNoCountOfPeople() {
        XCTAssertTrue(FigureExtractor.looksLikeYear(TokenizedSentence("In 2014 fled").tokens[1]))
        XCTAssertFalse(FigureExtractor.looksLikeYear(TokenizedSentence("Some 2,014 fled").tokens[1]))
        XCTAssertFalse(FigureExtractor.looksLikeYear(TokenizedSentence("Some 3500 fled").tokens[1]))
    }

    func testALowerCaseDamAfterThePlaceIsTheDam() {
        // The dam, not the city 40 km away (the dam itself is in the supplement since the twelfth session).
        XCTAssertEqual(places(claim("Peshmerga fighters retook villages near the Mosul dam.")), ["Mosul Dam"])
        XCTAssertEqual(places(claim("Peshmerga fighters retook villages near Mosul.")), ["Mosul"])
        XCTAssertEqual(claim("Photographs showed dozens of captured soldiers near Tabqa.")?.figures.first?.unit, "soldiers")
    }

    func testKirkukOilFields() {
        XCTAssertEqual(places(claim("Peshmerga fighters withdrew from the Baba Gurgur and Bai Hassan fields.")),
                       ["Baba Gurgur oil field", "Bai Hassan oil field"])
    }
}
