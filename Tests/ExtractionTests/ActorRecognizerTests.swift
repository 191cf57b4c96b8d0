import XCTest
@testable import ClaimExtraction

final class ActorRecognizerTests: XCTestCase {
    let recognizer = ActorRecognizer()

    private func keys(_ text: String) -> [String] {
        recognizer.recognize(in: text).map(\.key)
    }

    func testAliasesAndLongestMatch() {
        XCTAssertEqual(keys("Daesh and the Syrian Democratic Forces clashed."), ["actor:isis", "actor:sdf"])
        XCTAssertEqual(keys("The Syrian Arab Army and Hashd al-Shaabi advanced."), ["actor:syrian-army", "actor:pmu"])
        XCTAssertEqual(keys("ISIL fighters attacked the Popular Mobilization Units."), ["actor:isis", "actor:pmu"])
    }

    func testFactionsByTheirOwnNamesOnly() {
        XCTAssertEqual(keys("Jaysh al-Islam and the Rahman Legion agreed to leave Arbin."), ["actor:jaish-al-islam", "actor:faylaq-al-rahman"])
        XCTAssertEqual(keys("Kataib Hezbollah and Asa'ib Ahl al-Haq joined the push."), ["actor:kataib-hezbollah", "actor:asaib-ahl-al-haq"])
        XCTAssertEqual(keys("Hezbollah fighters crossed from Lebanon."), ["actor:hezbollah"])
        XCTAssertEqual(keys("The army of the republic and Islam as a faith."), [])
        let kataib = try? XCTUnwrap(ActorRecognizer.entries.first { $0.key == "actor:kataib-hezbollah" })
        XCTAssertEqual(kataib?.partOf, "actor:pmu")
    }

    /// Actors the war's reporting names often: Iraq's Counter-Terrorism Service (as its forces), the PKK, the
    /// Asayish (part of the Kurdish forces), Syria's 4th Division (part of its army), the EU and the Arab League.
    func testSecurityServicesUnitsAndBlocs() {
        XCTAssertEqual(keys("The Golden Division and CTS units entered the Old City."), ["actor:iraqi-army", "actor:iraqi-army"])
        XCTAssertEqual(keys("Ankara says the YPG is the PKK under another name."), ["actor:turkey", "actor:kurdish-forces", "actor:pkk"])
        XCTAssertEqual(keys("The Asayish and the 4th Division traded fire."), ["actor:asayish", "actor:fourth-division"])
        XCTAssertEqual(keys("The EU and the Arab League condemned it."), ["actor:european-union", "actor:arab-league"])
        XCTAssertEqual(ActorRecognizer.entries.first { $0.key == "actor:asayish" }?.partOf, "actor:kurdish-forces")
        XCTAssertEqual(ActorRecognizer.entries.first { $0.key == "actor:fourth-division" }?.partOf, "actor:syrian-army")
        // Acronyms stay case-sensitive: "eu" or "cts" in lower case name nothing.
        XCTAssertEqual(keys("the cts of the eu"), [])
    }

    func testAcronymsAreCaseSensitive() {
        XCTAssertEqual(keys("Let us go; they told us so."), [])
        XCTAssertEqual(keys("US aircraft struck; the U.S. denied it."), ["actor:united-states", "actor:united-states"])
        XCTAssertEqual(keys("This is what IS wants."), ["actor:isis"])
    }

    func testDemonymsNameTheirState() {
        XCTAssertEqual(keys("Russian airstrikes resumed."), ["actor:russia"])
        XCTAssertEqual(keys("the Iranian backed militias"), ["actor:iran"])
    }

    func testUnitsArePartOfTheArmy() throws {
        let tiger = try XCTUnwrap(ActorRecognizer.entries.first { $0.key == "actor:tiger-forces" })
        XCTAssertEqual(tiger.partOf, "actor:syrian-army")
        XCTAssertEqual(keys("The Tiger Forces and the Republican Guard pushed on."),
                       ["actor:tiger-forces", "actor:republican-guard"])
        for entry in ActorRecognizer.entries {
            if let parent = entry.partOf { XCTAssertNotNil(StandardCatalog.shared.actor(forKey: parent), entry.key) }
        }
    }

    func testTransliterationKeyForArabicNames() {
        XCTAssertEqual(keys("Jabhat an-Nusra fighters withdrew."), ["actor:nusra"])
        XCTAssertEqual(keys("Hizbullah sent reinforcements."), ["actor:hezbollah"])
    }

    func testCapitalIsAnActorOnlyAsSubjectOfAStatesVerb() {
        XCTAssertEqual(keys("Damascus said the road was open."), ["actor:syrian-government"])
        XCTAssertEqual(keys("Convoys reached Damascus at night."), [])
        // What a state does, and two capitals sharing the verb.
        XCTAssertEqual(keys("Tehran sent more advisers to the front."), ["actor:iran"])
        XCTAssertEqual(keys("Washington and Ankara agreed a roadmap for the town."), ["actor:united-states", "actor:turkey"])
        // A meeting's place, and what a city does as a place, are not its government.
        XCTAssertEqual(keys("Envoys meeting in Moscow agreed a ceasefire."), [])
        XCTAssertEqual(keys("Ankara hosted the talks."), [])
    }

    func testSentenceInitialEnglishArticleIsNotArabic() {
        XCTAssertEqual(keys("As Syrian Army units advanced, ISIS fled."), ["actor:syrian-army", "actor:isis"])
    }

    func testNewsSources() {
        XCTAssertEqual(keys("According to Al-Masdar News and Sputnik, and the Guardian"),
                       ["actor:al-masdar", "actor:sputnik", "actor:guardian"])
    }

    func testGovernmentSeatsAndTheStateAgencyWrittenAsAWord() {
        XCTAssertEqual(keys("The Pentagon and the White House disagreed."), ["actor:united-states", "actor:united-states"])
        XCTAssertEqual(keys("A soldier told Sana that the road was cut."), ["actor:sana"])
    }

    func testKurdishRegionalGovernmentAndItsForces() {
        XCTAssertEqual(keys("The KRG said Peshmerga units had pulled back."), ["actor:krg", "actor:peshmerga"])
        XCTAssertEqual(keys("The Kurdistan Regional Government rejected the order."), ["actor:krg"])
        XCTAssertEqual(ActorRecognizer.entries.first { $0.key == "actor:peshmerga" }?.partOf, "actor:krg")
        XCTAssertEqual(keys("Iranian Revolutionary Guard commanders planned it."), ["actor:irgc"])
    }
}
