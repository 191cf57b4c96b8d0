import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Text in styles the seeds lack: wire datelines, outlets named in sentences, a source named by description,
/// money, glued units, lists. Every sentence here was written for these tests.
final class WireStyleTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func document(_ paragraphs: [String], published: CalendarDate = CalendarDate(year: 2018, month: 3, day: 14)) -> ExtractedDocument {
        extractor.extract(TestArticle.make(paragraphs, file: "wire.txt", title: "Wire", published: published))
    }

    private func places(_ claim: ExtractedClaim?) -> [String] {
        (claim?.placeKeys ?? []).map { extractor.catalog.place(forKey: $0)?.name ?? $0 }
    }

    private func actors(_ claim: ExtractedClaim?) -> [String] {
        (claim?.actorKeys ?? []).map { extractor.catalog.actor(forKey: $0)?.name ?? $0 }
    }

    func testADatelineNamesNoPlaceOrActorOfTheClaim() {
        let doc = document([
            "HOMS, March 13 (Reuters) - Government troops shelled rebel positions in Rastan on Tuesday, residents said.",
            "BAGHDAD (AP) — Iraqi troops pushed into Anah, a military statement said.",
        ])
        XCTAssertEqual(places(doc.claims.first), ["Ar Rastan"])
        XCTAssertFalse(actors(doc.claims.first).contains("Reuters"))
        XCTAssertEqual(places(doc.claims.last), ["‘Anah"])
        XCTAssertFalse(actors(doc.claims.last).contains("Associated Press"))
    }

    func testADatelineLaterInTheArticleIsOrdinaryText() {
        let doc = document([
            "Government troops shelled rebel positions in Rastan on Tuesday, residents said.",
            "Fighting spread to Talbiseh.",
            "HOMS, the third city, was quiet on Wednesday.",
        ])
        XCTAssertEqual(places(doc.claims.last), ["Homs"])
    }

    func testAPlaceInsideAnOutletsNameIsNoPlace() {
        let doc = document(["A commander told Homs Radio that the road to Palmyra had reopened."])
        XCTAssertEqual(places(doc.claims.first), ["Tadmur"])
    }

    func testADashBeforeASpeakerIsNotPartOfTheSource() {
        let doc = document(["AMMAN, March 13 (Reuters) - Jordan said on Tuesday it had reopened the Nassib crossing."])
        XCTAssertEqual(doc.claims.first?.source, "Jordan")
    }

    func testADescriptionNamesThePreviousSourceOnlyWhenItFits() {
        let doc = document([
            "The Syrian Observatory for Human Rights said 40 people died in Douma.",
            "The observatory said rescuers were still searching in Douma.",
            "Gunmen killed two soldiers in Tal Afar, the ministry said.",
        ])
        XCTAssertEqual(doc.claims.count, 3)
        XCTAssertEqual(doc.claims.first { $0.text.contains("rescuers") }?.source, "Syrian Observatory for Human Rights")
        XCTAssertEqual(doc.claims.first { $0.text.contains("Gunmen") }?.source.lowercased().contains("ministry"), true)
    }

    func testMoneyAndGluedUnits() {
        let doc = document([
            "Donors pledged $30 billion at a conference in Kuwait.",
            "Police found a grave about 20km south of Mosul.",
        ])
        XCTAssertEqual(doc.claims.count, 2)
        let money = doc.claims.first?.figures.first
        XCTAssertEqual(money?.value, 30_000_000_000)
        XCTAssertEqual(money?.unit, "dollars")
        XCTAssertEqual(money?.text, "$30 billion")
        let distance = doc.claims.last?.figures.first
        XCTAssertEqual(distance?.value, 20)
        XCTAssertEqual(distance?.unit, "km")
        XCTAssertEqual(distance?.qualifier, "about")
    }

    func testOperationsNamedAfterPlacesAndOutletsAreNeither() {
        let doc = document([
            "The SDF launched its own offensive, Jazeera Storm, east of the river on Saturday.",
            "Turkey ended Operation Euphrates Shield near al-Bab in March.",
        ])
        XCTAssertEqual(actors(doc.claims.first), ["Syrian Democratic Forces"])
        let places = (doc.claims.last?.placeKeys ?? []).compactMap { extractor.catalog.place(forKey: $0)?.name }
        XCTAssertEqual(places, ["Al Bāb"])
    }

    func testTheCoalitionAndSpeakersWhoSuggest() {
        let doc = document([
            "The coalition may reduce its air support in Raqqa next year, a Pentagon official suggested.",
            "A coalition of rebel groups took Jarablus.",
        ])
        // The Pentagon stands for the United States, as the Kremlin does for Russia; its official speaks for it.
        XCTAssertEqual(actors(doc.claims.first), ["US-led coalition", "United States"])
        XCTAssertEqual(doc.claims.first?.source, "United States")
        XCTAssertFalse(actors(doc.claims.last).contains("US-led coalition"))
    }

    func testPeopleNamedInTheWarsPressAndWordsThatOnlyLookLikeThem() {
        let doc = document([
            "Pence said in Erbil that McGurk would return to Raqqa.",
            "Bread in Raqqa costs 50 pence more than last year.",
        ])
        let people = (doc.claims.first?.personKeys ?? []).map { extractor.catalog.person(forKey: $0)?.name ?? $0 }
        XCTAssertEqual(people, ["Mike Pence", "Brett McGurk"])
        XCTAssertEqual(doc.claims.first?.source, "Mike Pence")
        XCTAssertEqual(doc.claims.last?.personKeys, [])
    }

    func testProseThatLooksLikeADatelineKeepsItsPlaces() {
        let doc = document([
            "In Mosul, Iraq — where ISIS declared its caliphate in 2014 — residents are rebuilding homes.",
            "Tal Abyad (Gire Spi) - the border town the SDF took in 2015 - reopened its crossing on Monday.",
        ])
        XCTAssertEqual(places(doc.claims.first), ["Mosul", "Iraq"])
        XCTAssertEqual(places(doc.claims.last), ["Tall Abyaḑ"])
    }

    func testACapitalOutsideTheGazetteerStillMakesADateline() {
        let doc = document(["WASHINGTON (Reuters) - The Pentagon said 2,000 US troops were in Syria."])
        XCTAssertFalse(actors(doc.claims.first).contains("Reuters"))
        XCTAssertEqual(places(doc.claims.first), ["Syria"])
    }

    func testAnotherCoalitionAndAnotherSadr() {
        let doc = document([
            "The coalition of Shiite parties won 40 seats in Baghdad in 2018.",
            "Grand Ayatollah Mohammad Sadiq al-Sadr was killed in Najaf in 1999.",
        ])
        XCTAssertFalse(actors(doc.claims.first).contains("US-led coalition"))
        XCTAssertEqual(doc.claims.last?.personKeys, [])
    }

    func testADescriptionRefersBackToAPersonOrAnOutsideGroup() {
        let doc = document([
            "Syrian President Bashar al-Assad said the army would retake Idlib.",
            "The president added that Russia would help in Idlib.",
            "Human Rights Watch said 30 civilians died in Raqqa.",
            "The group said the strikes in Raqqa broke the laws of war.",
        ])
        XCTAssertEqual(doc.claims.first { $0.text.hasPrefix("The president") }?.source, "Bashar al-Assad")
        XCTAssertEqual(doc.claims.first { $0.text.hasPrefix("The group") }?.source, "Human Rights Watch")
    }

    func testDeniedIsNoSpeechVerbBeforeANoun() {
        let doc = document(["Civilians denied access to food are starving in Madaya, aid workers fear."])
        XCTAssertNotEqual(doc.claims.first?.source, "Civilians")
    }

    func testANameOutsideTheGazetteerIsNotANeighboursTownItSoundsLike() {
        let doc = document([
            "At least 10 Peshmerga were killed near Altun Kupri, a Kurdish commander said.",
            "Shelling reached Kupri in 2017.",
        ])
        XCTAssertEqual(places(doc.claims.first), [])
        XCTAssertEqual(places(doc.claims.last), [], "a Turkish town known only by key, with Turkey never named")
    }

    func testAListCountsWhatItsIntroductionNames() {
        let doc = document([
            "Medics in Ain Issa say they received 14 wounded civilians overnight.",
            "The SDF gave these estimates of the fighters still inside Raqqa:",
            "• Old City: 300 to 400",
            "• Nahda: fewer than 100",
        ])
        let items = doc.claims.filter { $0.text.contains("Old City") || $0.text.contains("Nahda") }.flatMap(\.figures)
        XCTAssertEqual(items.map(\.unit), ["fighters", "fighters"])
        XCTAssertEqual(items.first?.low, 300)
        XCTAssertEqual(items.first?.high, 400)
        XCTAssertFalse(doc.claims.contains { $0.text.contains("Nahda") && $0.source.contains("Medics") })
    }

    func testAnOutletOwnedByAStateSpeaksForItself() {
        let doc = document(["Turkey's Anadolu news agency reports that 3,000 families fled to Tabqa this week."])
        XCTAssertEqual(doc.claims.first?.source, "Anadolu Agency")
    }

    func testAScaleWrittenOnceCoversBothEndsOfARange() {
        let doc = document([
            "Damage in Mosul was put at between $10 and $20 million.",
            "Some 8 to 11 million Syrians had fled by 2016.",
            "Between 500 and 2 million people left Aleppo.",
        ])
        let figures = doc.claims.compactMap(\.figures.first)
        XCTAssertEqual(figures.map(\.low), [10_000_000, 8_000_000, 500])
        XCTAssertEqual(figures.map(\.high), [20_000_000, 11_000_000, 2_000_000])
        XCTAssertEqual(figures.first?.unit, "dollars")
    }
}
