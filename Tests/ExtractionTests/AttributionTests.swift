import XCTest
@testable import ClaimExtraction

final class AttributionTests: XCTestCase {
    let scanner = AttributionScanner()

    private func source(_ text: String, entities: [NamedSpan] = []) -> String? {
        scanner.attribute(TokenizedSentence(text), entities: entities)?.source
    }

    func testAccordingTo() {
        XCTAssertEqual(source("According to the local council, the bridge was destroyed."), "local council")
    }

    func testSubjectOfSpeechVerb() {
        XCTAssertEqual(source("The Defence Ministry said that 40 vehicles were lost."), "Defence Ministry")
        XCTAssertEqual(source("A regional commander has estimated that the garrison is small."), "A regional commander")
        XCTAssertNil(source("The United States sent more troops."), "'States' is not a speech verb")
        XCTAssertEqual(source("The local administration says it holds 10,000 detainees."), "local administration")
        // Expecting is no speech: the writer reports a prediction ("predicted" modality), as the gold files annotate it.
        XCTAssertNil(source("Analysts expect the army to push north next."))
    }

    func testKnownEntityGivesCanonicalName() {
        let text = "Local monitor SOHR reported heavy shelling overnight."
        let start = text.distance(from: text.startIndex, to: text.range(of: "SOHR")!.lowerBound)
        let entity = NamedSpan(range: start..<(start + 4), name: "Syrian Observatory for Human Rights")
        XCTAssertEqual(source(text, entities: [entity]), "Syrian Observatory for Human Rights")
    }

    func testReportByAndPostposedSpeaker() {
        XCTAssertEqual(source("A new study by the Carter Center counts 90 armed groups."), "Carter Center")
        XCTAssertEqual(source("“We will hold the line,” said the garrison commander."), "garrison commander")
    }

    func testPassiveAgentAndPhraseAroundAName() {
        XCTAssertEqual(source("New figures were provided by the Jordanian news site Ammon Today, which is reliable."),
                       "Jordanian news site Ammon Today")
        XCTAssertEqual(source("The count was published by the monitoring group Al-Rased, which has sources."),
                       "monitoring group Al-Rased")
        XCTAssertEqual(source("Reports from Mosul speak of Kurdish advances."), nil, "a place after 'reports from' is not a source")
    }

    func testNounUsesAreNotAttributions() {
        XCTAssertNil(source("Reports are circulating that the town fell."))
        XCTAssertNil(source("This comes following reports that the dam was mined."))
        XCTAssertNil(source("An estimated 3,000 people fled."))
    }

    func testPronounSubjectIsFlagged() {
        let a = scanner.attribute(TokenizedSentence("It said the convoy had arrived."), entities: [])
        XCTAssertEqual(a?.isPronoun, true)
    }

    func testIntroducerSpeaker() {
        let what = scanner.introducerSpeaker(TokenizedSentence("What a retired general in Beirut had to say about the war:"), entities: [])
        XCTAssertEqual(what?.source, "a retired general in Beirut")
        let subject = scanner.introducerSpeaker(TokenizedSentence("Moreover Kassem summarised the findings as follows:"), entities: [])
        XCTAssertEqual(subject?.source, "Kassem")
    }
    func testSpeakerBeforeAnAppositiveNotTheListeners() {
        XCTAssertEqual(source("\"The old town is ours,\" Colonel Idris Barakat, a spokesman for the Northern Front, told reporters."),
                       "Colonel Idris Barakat")
        XCTAssertEqual(source("Amina Suleiman, co-chair of the Manbij council, told a press conference the talks had failed."),
                       "Amina Suleiman")
        XCTAssertNotEqual(source("The convoy was hit near the bridge, a driver told journalists."), "journalists")
        // A clause between commas that is no appositive leaves the postposed speaker alone.
        XCTAssertEqual(source("In Raqqa, fighting continued in the old city, said the commander."), "commander")
    }

    func testSpeechInsideAnAdverbialClauseIsNotTheSentencesSource() {
        XCTAssertNil(source("Troops entered the town on Friday, two days after the defence minister announced the operation."))
        XCTAssertNil(source("Shelling resumed before the Red Crescent said the convoy could leave."))
        // "as X said" cites X.
        XCTAssertEqual(source("The bridge was destroyed, as the local council reported on Monday."), "local council")
    }

    func testReportsThatShowSpeakForTheirOwner() {
        let text = "At least 500 civilians were killed, UN figures show."
        let start = text.distance(from: text.startIndex, to: text.range(of: "UN")!.lowerBound)
        XCTAssertEqual(source(text, entities: [NamedSpan(range: start..<(start + 2), name: "United Nations")]), "United Nations")
        XCTAssertEqual(source("Hospital records indicate that 40 people died."), "Hospital records")
        XCTAssertNil(source("Satellite images show craters along the road."))
        XCTAssertNil(source("Fighters show no sign of leaving."))
    }

    func testSubjectWithARelativeClauseIsItsNoun() {
        XCTAssertEqual(source("Farmers who returned to Kobani described fields full of mines."), "Farmers")
        XCTAssertEqual(source("Officials who visited the camp said food was short."), "Officials")
    }

    func testSpeechInsideARelativeClauseIsNotTheSentences() {
        // The main clause is the writer's; the warning is about the noun "that" follows.
        XCTAssertNil(source("The two leaders agreed to a truce, halting an assault that the agency warned could kill hundreds."))
        XCTAssertNil(source("Rebels fled before a new push that the monitor said had begun."))
        // After a verb, "that" opens reported speech, and the speaker before it still speaks.
        XCTAssertEqual(source("The council warned that the monitor said nothing."), "council")
    }

    func testRelativeClauseAfterTheSpeakersName() {
        XCTAssertEqual(source("Colonel Sami Haddad, who commands the northern sector, told local radio that the road was open."),
                       "Colonel Sami Haddad")
        XCTAssertEqual(source("Major Lina Aziz, who had led the convoy, said the crossing was shut."), "Major Lina Aziz")
    }

    func testNegotiatorsSpeak() {
        XCTAssertEqual(source("Fighters who refuse will leave for the north, a rebel negotiator told the agency."), "a rebel negotiator")
        XCTAssertEqual(source("“The ward is full,” a doctor told the radio station."), "a doctor")
        XCTAssertEqual(source("A resident said the bakery had closed."), "A resident")
    }

    func testReportNounAfterANameIsTheHead() {
        // The name owns the report: an actor there speaks for it; otherwise the phrase keeps its noun.
        XCTAssertEqual(source("Raids rose sharply, according to a Kremlin statement issued on Friday."), "a Kremlin statement")
        let text = "Raids rose sharply, according to a Pentagon report released this week."
        let start = text.distance(from: text.startIndex, to: text.range(of: "Pentagon")!.lowerBound)
        let entity = NamedSpan(range: start..<(start + 8), name: "United States")
        XCTAssertEqual(source(text, entities: [entity]), "United States")
    }

    /// A speaker noun with a modifier after it: the noun is the head, and the phrase is the source.
    func testSpeakerNounBeforeAModifier() {
        XCTAssertEqual(source("The troops entered Mayadin on Friday, a commander in the pro-government alliance said, in what was the last push."),
                       "a commander in the pro-government alliance")
        XCTAssertEqual(source("Doctors in Harasta and Irbin described the wards as full."), "Doctors in Harasta and Irbin")
        XCTAssertEqual(source("The bridge reopened, a spokeswoman for the local council said."), "a spokeswoman for the local council")
        // A speaker for a named actor speaks for it; one merely located somewhere does not.
        let text = "A spokesman for the SDF said the road was open."
        let start = text.distance(from: text.startIndex, to: text.range(of: "SDF")!.lowerBound)
        XCTAssertEqual(source(text, entities: [NamedSpan(range: start..<(start + 3), name: "Syrian Democratic Forces")]),
                       "Syrian Democratic Forces")
        // A modifier that ends in a verb's words is no noun phrase.
        XCTAssertNil(source("What a senior source in Damascus had to say about it"))
        // Names joined by "and" with no speaker noun before them stay the last name, as before.
        XCTAssertEqual(source("Fighting spread to Harasta and Irbin said nothing."), "Irbin")
    }

    func testBroadcastersSpeak() {
        XCTAssertEqual(source("Troops recaptured the citadel on Thursday, state television said."), "state television")
        XCTAssertEqual(source("The convoy left at dawn, the broadcaster reported."), "broadcaster")
    }

    /// "X put the number at N" and "X gave an estimate of N" state X's estimate.
    func testEstimateFrames() {
        XCTAssertEqual(source("The Levant Observatory, a Britain-based monitor, put the number of displaced at roughly 300,000."),
                       "Levant Observatory")
        XCTAssertEqual(source("The humanitarian office gave a lower estimate of about 180,000."), "humanitarian office")
        XCTAssertEqual(source("Local officials put the death toll at 45."), "Local officials")
        XCTAssertNil(source("The fighting put thousands of civilians at risk."))
        XCTAssertNil(source("The siege put the number of families at risk at its highest."))
        XCTAssertNil(source("The council gave the count of ballots to observers."))
    }

    func testParticipleClauseAndASpeakerThatEndsItsClause() {
        XCTAssertEqual(source("US Vice President Joe Biden, visiting Ankara, said the YPG must move back east of the Euphrates."),
                       "US Vice President Joe Biden")
        // After the verb comes what was said, not who said it.
        XCTAssertNil(source("Fighting went on, said the YPG must leave."))
        XCTAssertEqual(source("“We hold the bridge,” said the YPG."), "YPG")
        XCTAssertEqual(source("At least 12 people died of cold last winter, aid workers say."), "aid workers")
    }

    func testAReportNounBeforeItsVerbIsTheSubject() {
        XCTAssertEqual(source("Unconfirmed reports say the SDF entered the town."), "Unconfirmed reports")
        XCTAssertEqual(source("The agency reports heavy shelling."), "agency")
    }

    func testAnArticleGluedToANameIsNoClauseWord() {
        XCTAssertEqual(source("Residents of as-Sulaimaniya said the bridge was blown up."), "Residents of as-Sulaimaniya")
        XCTAssertEqual(source("Fighting went on as officials said the bridge was down."), "officials")
    }
}
