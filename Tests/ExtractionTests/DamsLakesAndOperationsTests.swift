import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Dams and lakes are places of their own; an operation's title is no place; more nouns name a speaker. Tested on
/// sentences written for these tests.
final class DamsLakesAndOperationsTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }

    private func claim(_ text: String) -> ExtractedClaim? {
        extractor.extract(TestArticle.make([text], published: CalendarDate(year: 2016, month: 6, day: 14))).claims.first
    }

    func testDamsAreFoundInTheirSpellingsAndNotAsTheirTowns() {
        XCTAssertEqual(places(claim("Kurdish fighters reached the Tishreen Dam on Tuesday.")), ["Tishrin Dam"])
        XCTAssertEqual(places(claim("Coalition jets struck a convoy west of the Euphrates Dam.")), ["Tabqa Dam"])
        XCTAssertEqual(places(claim("Engineers inspected the Haditha Dam and the Samarra Barrage in May.")),
                       ["Haditha Dam", "Samarra Barrage"])
        // In lower case after a capitalised name, the feature noun still names the dam.
        XCTAssertEqual(places(claim("Peshmerga units dug in near the Mosul dam on Friday.")), ["Mosul Dam"])
        // The towns themselves stay towns.
        XCTAssertEqual(places(claim("Government troops entered Tabqa and Haditha.")), ["Al-Tabqa", "Ḩadīthah"])
        // A dam with no name is no place.
        XCTAssertEqual(places(claim("Militants mined the dam near Raqqa.")), ["Ar Raqqah"])
    }

    func testLakesAreFoundAndAPersonsNameIsNoLake() {
        XCTAssertEqual(places(claim("Families crossed Lake Tharthar in small boats.")), ["Lake Tharthar"])
        XCTAssertEqual(places(claim("The water of Lake al-Assad fell by six metres.")), ["Lake Assad"])
        XCTAssertEqual(places(claim("Bashar al-Assad visited Latakia on Sunday.")), ["Latakia"])
    }

    func testTheKindsAreDamAndLake() {
        let entries = Gazetteer.shared.entries
        XCTAssertEqual(entries.first { $0.name == "Tabqa Dam" }?.kind, "dam")
        XCTAssertEqual(entries.first { $0.name == "Lake Assad" }?.kind, "lake")
        XCTAssertEqual(entries.first { $0.name == "Lake Assad" }?.country, "Syria")
    }

    func testAnOperationsTitleIsNoPlace() {
        XCTAssertEqual(places(claim("The SDF began the Wrath of Euphrates campaign to isolate Raqqa.")), ["Ar Raqqah"])
        XCTAssertEqual(places(claim("Rebels announced the Dawn of Idlib offensive on Sunday.")), [])
        // "of" and a place after a lower-case word is still the place.
        XCTAssertEqual(places(claim("The battle of Raqqa began in June.")), ["Ar Raqqah"])
    }

    func testMorePeopleAreSpeakers() {
        XCTAssertEqual(claim("Water rose by two metres near Raqqa, a local farmer said.")?.source, "a local farmer")
        XCTAssertEqual(claim("The bridge at Qayyarah was destroyed, engineers said.")?.source, "engineers")
        XCTAssertEqual(claim("Prices in Manbij doubled in a week, traders told reporters.")?.source, "traders")
    }
}
