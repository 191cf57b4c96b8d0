import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Capitals and talk venues outside the region: found by a spelling they have, never by transliteration key, so
/// they add the world's places without shadowing the region's names. Sentences written for these tests.
final class WorldPlacesTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }
    private func actors(_ c: ExtractedClaim?) -> [String] { c?.actorKeys.compactMap { extractor.catalog.actor(forKey: $0)?.name } ?? [] }

    private func claim(_ text: String) -> ExtractedClaim? {
        extractor.extract(TestArticle.make([text], published: CalendarDate(year: 2017, month: 6, day: 14))).claims.first
    }

    func testCapitalsAndVenuesAreFoundWithTheirCountries() {
        XCTAssertEqual(places(claim("Rebel delegates flew to Astana for a third round of talks on Idlib.")), ["Astana", "Idlib"])
        XCTAssertEqual(places(claim("The envoy reopened the talks in Geneva on Tuesday.")), ["Geneva"])
        XCTAssertEqual(places(claim("Erdogan met Putin in Sochi to agree a buffer zone around Idlib.")), ["Sochi", "Idlib"])
        XCTAssertEqual(places(claim("Three men were arrested in Brussels over a plot planned in Raqqa.")), ["Brussels", "Ar Raqqah"])
        // A spelling GeoNames gives the city, other than its name.
        XCTAssertEqual(places(claim("Ministers gathered in Moskva last week.")), ["Moscow"])
        let venue = Gazetteer.shared.entries.first { $0.name == "Geneva" }
        XCTAssertEqual(venue?.country, "Switzerland")
        XCTAssertEqual(Gazetteer.shared.entries.first { $0.name == "Cairo" }?.kind, "city")
    }

    func testACapitalThatSpeaksIsStillItsGovernment() {
        let c = claim("Moscow denied that its jets had struck the hospital in Idlib.")
        XCTAssertEqual(actors(c), ["Russia"])
        XCTAssertEqual(places(c), ["Idlib"])
    }

    func testACapitalAfterAuxiliariesOrAsAnAgentIsItsGovernment() {
        var c = claim("Lavrov said Moscow would not tolerate a terrorist enclave near Idlib.")
        XCTAssertEqual(actors(c), ["Russia"])
        XCTAssertEqual(places(c), ["Idlib"])
        c = claim("A truce brokered by Moscow and Ankara collapsed near Hama.")
        XCTAssertEqual(actors(c), ["Russia", "Turkey"])
        XCTAssertEqual(places(c), ["Ḩamāh"])
        c = claim("The plan could fail if Washington and Moscow do not agree on the south.")
        XCTAssertEqual(actors(c), ["United States", "Russia"])
        XCTAssertEqual(places(c), [])
        // Where something happens, a capital is the city.
        XCTAssertEqual(places(claim("Erdogan met Putin in Moscow on Thursday.")), ["Moscow"])
        XCTAssertEqual(places(claim("A ceasefire was signed by delegates gathered in Ankara.")), ["Ankara"])
    }

    func testACapitalThatActsAsAStateIsItsGovernment() {
        var c = claim("Ankara pressed ahead with strikes on PKK bases near Sinjar.")
        XCTAssertEqual(actors(c), ["Turkey", "Kurdistan Workers' Party"])
        XCTAssertEqual(places(c), ["Sinjār"])
        c = claim("Troops would enter Sinjar if Baghdad failed to expel the militants.")
        XCTAssertEqual(actors(c), ["Iraqi government"])
        XCTAssertEqual(places(c), ["Sinjār"])
        XCTAssertEqual(actors(claim("Baghdad and Erbil agreed to share the Kirkuk oil revenue.")), ["Iraqi government", "Kurdistan Regional Government"])
        // A city that suffers is the city.
        XCTAssertEqual(places(claim("Erbil was hit by a drone on Tuesday.")), ["Erbil"])
    }

    func testCapitalsBetweenPartiesAndJoinedObjectsAreGovernments() {
        var c = claim("The Sinjar area has been contested between Baghdad, Erbil and PKK-linked militias.")
        XCTAssertEqual(actors(c), ["Iraqi government", "Kurdistan Regional Government", "Kurdistan Workers' Party"])
        XCTAssertEqual(places(c), ["Sinjār"])
        XCTAssertEqual(actors(claim("Talks between Baghdad and Erbil over Kirkuk stalled.")), ["Iraqi government", "Kurdistan Regional Government"])
        XCTAssertEqual(actors(claim("The spokesman warned of damage to ties between Moscow and Washington.")), ["Russia", "United States"])
        c = claim("Washington has urged Ankara and Baghdad to coordinate their strikes near Sinjar.")
        XCTAssertEqual(actors(c), ["United States", "Turkey", "Iraqi government"])
        XCTAssertEqual(places(c), ["Sinjār"])
        // A hyphenated word before the capital ("pro-Moscow") is read without harm.
        XCTAssertTrue(places(claim("Fighting broke out between pro-Moscow militias near Hama.")).contains("Ḩamāh"))
        // Two places a road runs between are places.
        XCTAssertEqual(places(claim("The road between Baghdad and Erbil reopened on Monday.")), ["Baghdad", "Erbil"])
    }

    func testTheQandilMountainsAreARegion() {
        XCTAssertEqual(places(claim("Turkish jets struck PKK camps in the Qandil mountains on Monday.")), ["Qandil Mountains"])
    }

    func testWhoHoldsAPlaceIsAnActor() {
        let c = claim("Jets struck a market in the rebel-held town of Atarib.")
        XCTAssertEqual(actors(c), ["Syrian opposition"])
        XCTAssertEqual(places(c), ["Al Atārib"])
    }

    func testWorldPlacesAreNotMatchedByKey() {
        // "Dakar" and "Dhi Qar" share a transliteration key: the governorate must stay found.
        XCTAssertEqual(places(claim("Militants withdrew from Dhi Qar this week.")), ["Dhi Qar Governorate"])
        // A misspelling of a world capital is no place (a regional name is: "Dayr az Zawr").
        XCTAssertEqual(places(claim("Officials in Muscow denied the report.")), [])
        // Every world place is a candidate for its own name, and for no misspelling of it.
        let gazetteer = Gazetteer.shared
        let world = gazetteer.entries.filter {
            $0.kind != "country" && !$0.country.isEmpty && !GazetteerIndex.keyedCountries.contains($0.country)
        }
        XCTAssertGreaterThan(world.count, 100)
        for entry in world {
            let exact = gazetteer.candidates(for: entry.name, countryContext: [])
            XCTAssertTrue(exact.contains { gazetteer.entries[$0.index].key == entry.key && $0.isExact }, entry.name)
            // Another vowel keeps the key ("Muscow"); only a spelling the place has may find it.
            guard let misspelling = Self.otherVowel(in: entry.name) else { continue }
            let misspelt = gazetteer.candidates(for: misspelling, countryContext: [])
            XCTAssertFalse(misspelt.contains { gazetteer.entries[$0.index].key == entry.key && !$0.isExact }, misspelling)
        }
        // A region's place is still found that way.
        XCTAssertTrue(gazetteer.candidates(for: "Dayr Hafer", countryContext: ["Syria"]).contains { !$0.isExact })
    }

    /// `name` with its first vowel after the first letter changed (a↔e, i→e, o↔u), nil if it has none.
    private static func otherVowel(in name: String) -> String? {
        let swaps: [Character: Character] = ["a": "e", "e": "a", "i": "e", "o": "u", "u": "o"]
        var letters = Array(name)
        guard let at = letters.indices.dropFirst().first(where: { swaps[letters[$0]] != nil }) else { return nil }
        letters[at] = swaps[letters[at]]!
        return String(letters)
    }

    func testAccordingToNamesNoDestination() {
        // "to" after "according" locates nothing: the agency is the source, not a place that shares its letters.
        let c = claim("The army entered Palmyra on Monday, according to SANA.")
        XCTAssertEqual(places(c), ["Tadmur"])
        XCTAssertEqual(actors(c), ["SANA"])
        XCTAssertEqual(places(claim("The wounded were taken to Sanaa, according to the UN.")), ["Sanaa"])
    }

    func testTheArabCapitalsAroundTheWarAreFoundAtAnySize() {
        XCTAssertEqual(places(claim("Donors met in Kuwait City and pledged $30 billion for Mosul.")), ["Kuwait City", "Mosul"])
        XCTAssertEqual(places(claim("The minister spoke at a security forum in Manama on Saturday.")), ["Manama"])
        // The country's bare name is still the country.
        XCTAssertEqual(places(claim("Kuwait pledged $2 billion on Tuesday.")), ["Kuwait"])
    }

    func testAStanceTowardsACapitalOrItsAgencyNamesTheGovernment() {
        var c = claim("Pro-Moscow militias shelled the outskirts of Deir al-Zour on Sunday.")
        XCTAssertEqual(actors(c), ["Russia"])
        XCTAssertEqual(places(c), ["Deir ez-Zor"])
        c = claim("Anti-Damascus rebels and pro-Tehran fighters clashed near al-Mayadeen.")
        XCTAssertEqual(actors(c), ["Syrian government", "Syrian opposition", "Iran"])
        XCTAssertEqual(places(c), ["Al Mayādīn"])
        c = claim("The Moscow-brokered ceasefire collapsed in Idlib.")
        XCTAssertEqual(actors(c), ["Russia"])
        XCTAssertEqual(places(c), ["Idlib"])
        // "X-based" still says where something is.
        XCTAssertEqual(places(claim("A London-based monitor reported clashes near Hama.")), ["London", "Ḩamāh"])
        XCTAssertEqual(actors(claim("Pro-Assad forces took the village of Hajin.")), ["Syrian Army"])
    }
}
