import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Speakers behind a long relative clause, a participle clause or a pronoun after "and", and speakers named in full
/// whom the dictionaries do not know. Sentences written for these tests, not taken from the gold articles.
final class SpeakerClauseTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }
    private func actors(_ c: ExtractedClaim?) -> [String] { c?.actorKeys.compactMap { extractor.catalog.actor(forKey: $0)?.name } ?? [] }

    private func claim(_ text: String, published: CalendarDate = CalendarDate(year: 2017, month: 6, day: 14)) -> ExtractedClaim? {
        extractor.extract(TestArticle.make([text], published: published)).claims.first
    }

    func testAStateBeforeALongWhichClauseSpeaks() {
        let c = claim("Iran, which regards the Kurdish militias on its western border as a danger to its own provinces, has urged Baghdad to close the crossings.")
        XCTAssertEqual(c?.source, "Iran")
        XCTAssertEqual(claim("Russia has demanded that all foreign troops leave Syria.")?.source, "Russia")
    }

    func testARoleAndNameAfterTheOpeningActorShareACoordinatedVerb() {
        XCTAssertEqual(claim("UN envoy Staffan de Mistura, who has chaired talks in Geneva since 2016, welcomed the deal and said a new round would follow.")?.source,
                       "Staffan de Mistura")
        // A person the dictionary lacks is named by the role phrase, as before.
        XCTAssertEqual(claim("Russian envoy Alexander Lavrentiev visited Idlib and said the truce held.")?.source,
                       "Russian envoy Alexander Lavrentiev")
    }

    func testASpeakerInsideAReducedRelativeClauseIsNotTheSentences() {
        XCTAssertEqual(claim("Three states agreed four zones in Syria, in a plan Moscow said would halt the fighting in Idlib.")?.source,
                       "author")
        XCTAssertEqual(claim("Engineers repaired the road Damascus says will reopen next week near Homs.")?.source, "author")
        XCTAssertEqual(claim("Donors pledged $30 billion, short of the $88 billion Baghdad says it needs, officials in Kuwait said.")?.source,
                       "officials in Kuwait")
        // With its article, the name is the sentence's own subject.
        XCTAssertEqual(claim("Late last month the SDF announced it had captured the al-Omar oil field.")?.source, "Syrian Democratic Forces")
        // A subject of the sentence's own still speaks.
        XCTAssertEqual(claim("Moscow said Russian jets would keep striking Idlib.")?.source, "Russia")
        XCTAssertEqual(claim("The zones were agreed, and Moscow said the truce would hold in Idlib.")?.source, "Russia")
    }

    func testSayingQuotesAnOpeningSpeakerPhrase() {
        // "Rebel" names the Syrian opposition (eleventh session), which the delegates speak for.
        XCTAssertEqual(claim("Rebel delegates walked out of the hall as the deal was signed, saying Iran could not guarantee a truce.")?.source,
                       "Syrian opposition")
        XCTAssertEqual(claim("Aid workers left the camp near Raqqa before dawn, saying the road had been mined.")?.source, "Aid workers")
        // A relative clause before the comma has its own subject; a phrase with no speaker noun speaks for nobody.
        XCTAssertEqual(claim("Rebel delegates met the envoy who left early, saying Iran could not guarantee a truce.")?.source, "author")
        XCTAssertEqual(claim("Several hundred families fled Hajin, saying the jets struck at night.")?.source, "author")
    }

    func testAnAppositiveWithARelativeClauseLeavesTheSubjectSpeaking() {
        XCTAssertEqual(claim("Hayat Tahrir al-Sham, the jihadist alliance that dominates the province, denied the town had fallen and said its fighters had regrouped near Idlib.")?.source,
                       "Hayat Tahrir al-Sham")
        XCTAssertEqual(claim("The Syrian Observatory for Human Rights, a monitor that relies on sources inside Syria, said 40 fighters died near Hama.")?.source,
                       "Syrian Observatory for Human Rights")
        XCTAssertEqual(actors(claim("Pro-government fighters took the village of Kafr Nabuda.")), ["Syrian Army"])
    }

    func testLendersWatchdogsAndDonorsSpeak() {
        XCTAssertEqual(claim("The World Bank estimated that the war had cost Iraq some $45.7 billion.")?.source, "World Bank")
        XCTAssertEqual(actors(claim("Transparency International ranks Iraq among the most corrupt countries.")), ["Transparency International"])
        XCTAssertEqual(claim("Transparency International ranks Iraq low, and several donors said they would fund UN agencies in Mosul.")?.source,
                       "several donors")
    }

    func testAParticipleClauseBetweenSubjectAndVerb() {
        let c = claim("Rebels in the northern suburbs of Hama and Kafr Zita, backed by Turkish artillery, said they had repelled the assault.")
        XCTAssertEqual(c?.source, "Syrian opposition")
        // The place in the modifier does not speak.
        XCTAssertFalse(places(c).isEmpty)
    }

    func testItAfterAndIsTheOpeningActor() {
        let c = claim("The Iraqi Army has cleared 40 villages south of Mosul since March, and it says the road to the city is open.")
        XCTAssertEqual(c?.source, "Iraqi Army")
        // Another actor between them leaves the pronoun to the article's previous speaker.
        let doc = extractor.extract(TestArticle.make([
            "The Syrian Observatory for Human Rights reported 30 deaths in Idlib on Monday.",
            "Russian jets struck the town twice after the SDF withdrew, and it says the hospital was hit.",
        ], published: CalendarDate(year: 2017, month: 6, day: 14)))
        XCTAssertEqual(doc.claims.last?.source, "Syrian Observatory for Human Rights")
    }

    func testASpeakerNamedInFullMakesAClaimWithoutOtherNames() {
        let c = claim("Major General Karim Saadi told state television that the bridge had been destroyed.")
        XCTAssertEqual(c?.source, "Major General Karim Saadi")
        XCTAssertNotNil(claim("A spokeswoman for the alliance, Leyla Hasan, told reporters that the fighting was over."))
        // A speaker without a name still makes no claim of a sentence that names nothing.
        XCTAssertNil(claim("A military source told state television that the bridge had been destroyed."))
        XCTAssertNil(claim("The Spokesman said the bridge had been destroyed."))
    }

    func testASpeakersParticipleClauseMayRunLonger() {
        let c = claim("A senior Iraqi officer, speaking on condition of anonymity, said 200 fighters remained in Hawija.")
        XCTAssertEqual(c?.source, "Iraq")
        // Any other participle clause stays short ("In Raqqa, fighting continued in the old city, said …").
        XCTAssertEqual(claim("In Raqqa, fighting continued in the old city, said the monitor.")?.source, "monitor")
    }

    func testBeliefIsTheBelieversClaim() {
        XCTAssertEqual(claim("Iraqi officials believe 300 fighters remain in Hawija.")?.source, "Iraq")
        XCTAssertEqual(claim("I believe the siege of Hawija will end soon.")?.source, "author")
        // Inside a clause about something else, the belief is part of what the writer says.
        XCTAssertEqual(claim("The militants will defend Hawija, a town the group believes it cannot lose.")?.source, "author")
    }

    func testAnOrganisationDescribedBetweenCommasSpeaks() {
        XCTAssertEqual(claim("The Omran Centre, a Turkey-based research institute, said 40 percent of Aleppo was destroyed.")?.source,
                       "Omran Centre")
    }

    func testTheAllianceIsTheLastActorThatSpokeNotAPerson() {
        let doc = extractor.extract(TestArticle.make([
            "The SDF said on Monday that its fighters had entered Hajin.",
            "\"The town will fall within days,\" SDF commander Leyla Hasan told reporters.",
            "About 400 militants have surrendered, according to the alliance.",
        ], published: CalendarDate(year: 2018, month: 12, day: 10)))
        XCTAssertEqual(doc.claims.last?.source, "Syrian Democratic Forces")
    }

    func testAFearIsTheFearersClaim() {
        XCTAssertEqual(claim("Iraqi officials fear that 200 fighters crossed into Anbar.")?.source, "Iraq")
    }

    func testNamesPersonNeedsTwoCapitalisedWordsThatAreNoTitles() {
        XCTAssertTrue(ClaimExtractor.namesPerson("Brig. Gen. Yahya Rasool"))
        XCTAssertTrue(ClaimExtractor.namesPerson("Leyla Hasan"))
        XCTAssertTrue(ClaimExtractor.namesPerson("Jamal Sheikh Bakr"))
        XCTAssertFalse(ClaimExtractor.namesPerson("the Prime Minister"))
        XCTAssertFalse(ClaimExtractor.namesPerson("a military source"))
        XCTAssertFalse(ClaimExtractor.namesPerson("Residents"))
    }

    func testALongSubjectKeepsTheSmallWordsOfItsName() {
        XCTAssertEqual(claim("The UK-based Syrian Observatory for Human Rights said 40 civilians died in Douma.")?.source,
                       "Syrian Observatory for Human Rights")
        XCTAssertEqual(claim("The UK-based Institute for the Study of War said the town had fallen.")?.source,
                       "Institute for the Study of War")
    }
}
