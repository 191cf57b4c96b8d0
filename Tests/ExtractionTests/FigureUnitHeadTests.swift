import XCTest
@testable import ClaimExtraction
import ClaimCorpus

/// Which noun a figure counts when modifiers, names and compounds stand around it, and cues that a quantity
/// turns into something else.
final class FigureUnitHeadTests: XCTestCase {
    private func figures(_ text: String) -> [ExtractedFigure] { FigureExtractor().extract(from: text) }

    private func type(_ text: String) -> ClaimType {
        ClaimTypeClassifier().classify(TokenizedSentence(text), modality: .asserted, figureUnits: []).type
    }

    func testWeaponModifiersAndNamesBeforeTheNoun() {
        XCTAssertEqual(figures("The destroyer launched 23 Kalibr cruise missiles at the depots.").first?.unit, "missiles")
        XCTAssertEqual(figures("Militias fired 4 ballistic missiles overnight.").first?.unit, "missiles")
    }

    func testASingularNounBeforeAnotherCountsTheSecond() {
        XCTAssertEqual(figures("Turkey sent 12 fighter jets to the border.").first?.unit, "jets")
        XCTAssertEqual(figures("The report lists 9 civilian casualties.").first?.unit, "casualties")
        XCTAssertEqual(figures("The UN counted 400 refugee families in the valley.").first?.unit, "families")
        // What happened to them is no head of its own.
        XCTAssertEqual(figures("Officials said 200 people killed in the blast were buried.").first?.unit, "people")
        XCTAssertEqual(figures("The brigade lost 30 fighters in the assault.").first?.unit, "fighters")
    }

    func testTheNumberOfNamedOrModifiedNouns() {
        let f = figures("He put the number of Nusra fighters left in the pocket at between 600 and 900.")
        XCTAssertEqual(f.first?.unit, "fighters")
        XCTAssertEqual(f.first?.low, 600)
        XCTAssertEqual(figures("They put the number of foreign fighters in the city at 1,300.").first?.unit, "fighters")
    }

    func testRegisteredAndDocumentedAreModifiers() {
        XCTAssertEqual(figures("The country hosts 1.5 million registered Syrian refugees.").first?.unit, "refugees")
        XCTAssertEqual(figures("Monitors counted 212 documented civilian deaths and 40 verified fighters.").last?.unit, "fighters")
    }

    func testAPeoplesPluralCountsPeople() {
        XCTAssertEqual(figures("Some 1.2 million Iraqis remain displaced.").first?.unit, "people")
        XCTAssertEqual(figures("About 3,000 Yazidis are still missing.").first?.value, 3000)
        XCTAssertEqual(figures("About 3,000 Yazidis are still missing.").first?.unit, "people")
        // A year before a people's name stays a year.
        XCTAssertEqual(TemporalResolver().resolve("In 2014 Syrians fled to Turkey by the thousand.",
                                                  reference: CalendarDate(year: 2016, month: 1, day: 1)).years, [2014])
        XCTAssertTrue(figures("In 2014 Syrians fled to Turkey.").isEmpty)
    }

    func testDozensCounted() {
        XCTAssertEqual(figures("About two dozen families went back to the village.").first?.value, 24)
        XCTAssertEqual(figures("About two dozen families went back to the village.").first?.unit, "families")
        XCTAssertEqual(figures("Three dozen trucks crossed at dawn.").first?.value, 36)
        XCTAssertEqual(figures("A dozen soldiers were hurt.").first?.value, 12)
    }

    func testTakingControlWithAModifierIsACapture() {
        XCTAssertEqual(type("Rebels have taken full control of the airport."), .capture)
        XCTAssertEqual(type("The militia gained effective control over the crossing."), .capture)
        XCTAssertEqual(type("The town took its name from the river."), .other)
    }

    func testACueInsideANameIsNoEvent() {
        XCTAssertEqual(type("Militants seized the hills, forcing the Free Liberation Army to retreat."), .capture)
        XCTAssertEqual(type("Envoys met the Arab Liberation Front in Doha."), .other)
        // A headline in title case keeps its verbs.
        XCTAssertEqual(type("Iraqi Troops Recapture Ramadi From Islamic State"), .liberation)
    }

    func testFallingToAQuantityIsNoCapture() {
        XCTAssertEqual(type("Wheat output fell to about 1.2 million tonnes last year."), .other)
        XCTAssertEqual(type("The currency fell to 500 to the dollar."), .other)
        XCTAssertEqual(type("The border post fell to the rebels in 2013."), .capture)
        XCTAssertEqual(type("The citadel fell to IS in 2015 after a week of fighting."), .capture)
    }
}

/// Hours in time expressions: "over the past 24 hours" is a time, not a count; "for 48 hours" is a duration.
final class HoursTests: XCTestCase {
    private let reference = CalendarDate(year: 2017, month: 9, day: 20)

    func testPastHoursAreATime() {
        let sentence = "Some 2,750 refugees returned to their homes over the past 24 hours."
        let article = TestArticle.make([sentence], published: reference)
        let claim = ClaimExtractor().extract(article).claims.first
        XCTAssertEqual(claim?.figures.map(\.unit), ["refugees"])
        XCTAssertEqual(claim?.yearBasis, .relative)
    }

    func testHoursAgoAndForHours() {
        let resolver = TemporalResolver()
        XCTAssertEqual(resolver.resolve("The convoy left three hours ago.", reference: reference).date, reference)
        XCTAssertEqual(resolver.resolve("The convoy left 30 hours ago.", reference: reference).date,
                       CalendarDate(year: 2017, month: 9, day: 19))
        let article = TestArticle.make(["The town was shelled for 48 hours without pause."], published: reference)
        XCTAssertEqual(ClaimExtractor().extract(article).claims.first?.figures.map(\.unit), ["hours"])
    }
}
