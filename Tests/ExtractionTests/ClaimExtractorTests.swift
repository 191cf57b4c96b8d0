import XCTest
import ClaimCorpus
@testable import ClaimExtraction

final class ClaimExtractorTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func article(_ paragraphs: [String], published: CalendarDate? = CalendarDate(year: 2019, month: 4, day: 10)) -> Article {
        TestArticle.make(paragraphs, published: published)
    }

    private func claim(_ document: ExtractedDocument, containing text: String) -> ExtractedClaim? {
        document.claims.first { $0.text.contains(text) }
    }

    func testEveryClaimWorthySentenceBecomesAClaim() {
        let doc = extractor.extract(article([
            "The weather was mild and the markets were calm.",
            "Fighting resumed in 2016 after a short truce.",
            "Some 3,000 families left the valley.",
        ]))
        XCTAssertNil(claim(doc, containing: "weather"))
        XCTAssertEqual(claim(doc, containing: "Fighting")?.years, [2016])
        XCTAssertEqual(claim(doc, containing: "families")?.figures.first?.value, 3000)
    }

    func testPublicationYearWhenNoTimeExpression() {
        let doc = extractor.extract(article(["Some 3,000 families left the valley."]))
        let c = claim(doc, containing: "families")
        XCTAssertEqual(c?.years, [2019])
        XCTAssertEqual(c?.yearBasis, .publication)
    }

    func testListItemsInheritUnitActorAndSource() {
        let doc = extractor.extract(article([
            "A survey by the Kurdish Red Crescent has estimated that ISIS holds 700 to 900 prisoners across the region. It gave the following breakdown",
            "• Eastern districts – 300 to 400.",
            "• Northern camps – about 250.",
            "After the list the author writes again with 12 trucks.",
        ]))
        let first = claim(doc, containing: "Eastern districts")
        XCTAssertEqual(first?.figures.first?.low, 300)
        XCTAssertEqual(first?.figures.first?.unit, "prisoners")
        XCTAssertEqual(first?.figures.first?.actorKey, extractor.catalog.actorKey(named: "Islamic State"))
        XCTAssertEqual(first?.source, "Kurdish Red Crescent")
        XCTAssertEqual(claim(doc, containing: "Northern camps")?.figures.first?.qualifier, "about")
        XCTAssertEqual(claim(doc, containing: "After the list")?.source, "author")
    }

    func testQuotedBlockIntroducedByColonIsTheSpeakers() {
        let doc = extractor.extract(article([
            "A retired general in Amman explained the situation as follows:",
            "The garrison held 4,000 soldiers. Supplies ran out in 2017.",
            "The statement did not mention the 2018 losses.",
        ]))
        XCTAssertEqual(claim(doc, containing: "garrison")?.source, "A retired general in Amman")
        XCTAssertEqual(claim(doc, containing: "garrison")?.modality, .reported)
        XCTAssertEqual(claim(doc, containing: "Supplies")?.source, "A retired general in Amman")
        XCTAssertEqual(claim(doc, containing: "statement did not")?.source, "author", "the author's voice resumes")
    }

    func testInlineQuotationEndsWithItsParagraph() {
        let doc = extractor.extract(article([
            "What an aid official in Erbil had to say about the camps: Some 9,000 people arrived in March. More will come.",
            "Officials in Baghdad disputed that count in 2019.",
        ]))
        XCTAssertEqual(claim(doc, containing: "9,000")?.source, "an aid official in Erbil")
        XCTAssertEqual(claim(doc, containing: "disputed")?.source, "author")
    }

    func testQuotedOlderArticleReanchorsRelativeDates() {
        let doc = extractor.extract(article([
            "I made this argument in a column I wrote on 3rd May 2014 – before the fall of Mosul",
            "The rebels now hold Aleppo. Only a few months ago the army looked close to victory.",
            "It follows from this that nothing changed by 2019.",
        ]))
        let quoted = claim(doc, containing: "rebels now hold")
        XCTAssertEqual(quoted?.years, [2014])
        XCTAssertEqual(claim(doc, containing: "few months ago")?.date, CalendarDate(year: 2014, month: 2))
        XCTAssertEqual(claim(doc, containing: "It follows")?.years, [2019])
    }

    func testSpeakerAttributionAndModality() {
        let doc = extractor.extract(article([
            "According to the Syrian Observatory for Human Rights, 40 fighters were killed near Raqqa yesterday.",
            "I doubt the town will hold out until May.",
        ]))
        let report = claim(doc, containing: "According to")
        XCTAssertEqual(report?.source, "Syrian Observatory for Human Rights")
        XCTAssertEqual(report?.modality, .reported)
        XCTAssertEqual(report?.type, .casualties)
        XCTAssertEqual(report?.date, CalendarDate(year: 2019, month: 4, day: 9))
        XCTAssertEqual(claim(doc, containing: "I doubt")?.modality, .opinion)
    }

    func testDefiniteDescriptionRefersToThePreviousSource() {
        let doc = extractor.extract(article([
            "Fighting continued near Manbij, according to the Syrian Observatory for Human Rights.",
            "The UK-based monitor said 14 fighters were killed in 2018.",
            "A local activist group said 20 fighters were killed in 2018.",
        ]))
        XCTAssertEqual(claim(doc, containing: "UK-based")?.source, "Syrian Observatory for Human Rights")
        XCTAssertEqual(claim(doc, containing: "activist group")?.source, "A local activist group")
    }

    func testDefiniteDescriptionOfTheOneFittingActorInItsSentence() {
        let doc = extractor.extract(article([
            "Heavy shelling hit Afrin overnight, according to the Syrian Observatory for Human Rights.",
            "About 300 SDF fighters have been killed since the spring, the group says.",
            "Islamic State fighters attacked the base at dawn, the spokesman said.",
        ]))
        XCTAssertEqual(claim(doc, containing: "300 SDF")?.source, "Syrian Democratic Forces")
        // A spokesman may speak for anyone.
        XCTAssertNotEqual(claim(doc, containing: "at dawn")?.source, "Islamic State")
        // Two fitting actors leave the description to the previous source.
        let two = extractor.extract(article([
            "Heavy shelling hit Afrin overnight, according to the Syrian Observatory for Human Rights.",
            "Hezbollah and the SDF both lost men near the river, the group said.",
        ]))
        XCTAssertEqual(claim(two, containing: "both lost")?.source, "Syrian Observatory for Human Rights")
    }

    func testListIntroducedByADescribedSpeaker() {
        let doc = extractor.extract(article([
            "A hospital director gave the following breakdown of the 300 wounded brought in since 2017:",
            "• Civilians – 210.",
            "• Fighters – about 90.",
        ]))
        XCTAssertEqual(claim(doc, containing: "Civilians")?.source, "A hospital director")
        XCTAssertEqual(claim(doc, containing: "Civilians")?.figures.first?.unit, "wounded")
    }

    /// A bare number takes a counting unit from its sentence, never a distance or a sum.
    func testABareNumberInheritsOnlyACountingUnit() {
        let doc = extractor.extract(article([
            "The camp lies 30 km from Raqqa, and 4,000 remain there.",
            "About 300 fighters surrendered in Raqqa and 120 more fled.",
        ]))
        XCTAssertEqual(claim(doc, containing: "camp")?.figures.map(\.unit), ["km", FigureExtractor.unknownUnit])
        XCTAssertEqual(claim(doc, containing: "surrendered")?.figures.map(\.unit), ["fighters", "fighters"])
    }

    /// "Government forces" are Iraq's where the article's places are in Iraq alone, Syria's otherwise.
    func testGovernmentForcesFollowTheArticlesCountry() {
        let iraqi = extractor.extract(article(["Fighting reached Baiji in 2015.", "Government forces cleared the town in October."]))
        XCTAssertEqual(claim(iraqi, containing: "cleared")?.actorKeys, ["actor:iraqi-army"])
        let syrian = extractor.extract(article(["Fighting reached Palmyra in 2016.", "Government forces cleared the town in March."]))
        XCTAssertEqual(claim(syrian, containing: "cleared")?.actorKeys, ["actor:syrian-army"])
        let both = extractor.extract(article(["Fighters crossed from Mosul to Raqqa.", "Government forces cleared the town in March."]))
        XCTAssertEqual(claim(both, containing: "cleared")?.actorKeys, ["actor:syrian-army"])
    }

    /// A place written as the gazetteer spells it beats an actor that only sounds like it ("Samarra", not Al-Sumaria).
    func testAPlaceWrittenExactlyBeatsAnActorByTransliteration() {
        let doc = extractor.extract(article(["Samarra never fell in 2014."]))
        XCTAssertEqual(claim(doc, containing: "Samarra")?.actorKeys, [])
        XCTAssertEqual(claim(doc, containing: "Samarra")?.placeKeys.count, 1)
        // Inside a longer place's name too: the Jazira region is not the channel Al Jazeera, Old Basra no man.
        let jazira = extractor.extract(article(["Fighting spread across the Jazira region in 2017."]))
        XCTAssertEqual(claim(jazira, containing: "Fighting")?.actorKeys, [])
        XCTAssertEqual(claim(jazira, containing: "Fighting")?.placeKeys.count, 1)
        let basra = extractor.extract(article(["Residents of Al Basrah al Qadimah said the water was cut in 2018."]))
        XCTAssertEqual(claim(basra, containing: "water")?.personKeys, [])
        XCTAssertEqual(claim(basra, containing: "water")?.placeKeys.count, 1)
        let outlet = extractor.extract(article(["Alsumaria reported clashes near Samarra in 2014."]))
        XCTAssertEqual(claim(outlet, containing: "clashes")?.actorKeys, ["actor:al-sumaria"])
    }

    /// A surname alone after another given name is another person; after a title, or opening the sentence, it is
    /// the dictionary's.
    func testASurnameAfterAnotherGivenNameIsSomeoneElse() {
        let doc = extractor.extract(article([
            "In Raqqa in 2017, Hamid al-Baghdadi denied the reports.",
            "In Raqqa in 2017, IS leader Baghdadi denied the reports.",
            "Assad visited Raqqa in 2017.",
            "In Raqqa in 2017, Rifaat al-Assad and President Assad met.",
        ]))
        XCTAssertEqual(claim(doc, containing: "Hamid")?.personKeys, [])
        XCTAssertEqual(claim(doc, containing: "IS leader")?.personKeys, ["person:abu-bakr-al-baghdadi"])
        XCTAssertEqual(claim(doc, containing: "Assad visited")?.personKeys, ["person:bashar-al-assad"])
        XCTAssertEqual(claim(doc, containing: "Rifaat")?.personKeys, ["person:bashar-al-assad"])
    }

    func testPlaceInsideAnActorNameIsDropped() {
        let doc = extractor.extract(article(["Al-Masdar reported heavy clashes near Palmyra in 2016."]))
        let c = claim(doc, containing: "clashes")
        let placeNames = c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? []
        XCTAssertFalse(placeNames.isEmpty)
        XCTAssertFalse(placeNames.contains { $0.lowercased().contains("masdar") })
        XCTAssertEqual(c?.source, "Al-Masdar News")
    }

    func testEvidenceCoversEveryValue() throws {
        let doc = extractor.extract(article(["Reports on 12 March 2018 said about 500 fighters had withdrawn from Manbij."]))
        let c = try XCTUnwrap(claim(doc, containing: "Reports on"))
        let fields = Set(c.evidence.map(\.field))
        for field in ["places", "years", "date", "figures", "source", "modality", "type"] {
            XCTAssertTrue(fields.contains(field), "no evidence for \(field)")
        }
        let figure = try XCTUnwrap(c.evidence.first { $0.field == "figures" })
        let range = try XCTUnwrap(figure.range)
        XCTAssertEqual(String(Array(c.text)[range]), "about 500 fighters")
    }

    func testUndatedArticleGetsAnInferredDate() {
        let undated = article(["The bridge reopened on 4 June 2015.", "It had been closed since 2013."], published: nil)
        XCTAssertEqual(PublicationDateInference.infer(undated), CalendarDate(year: 2015, month: 6, day: 4))
        let doc = extractor.extract(undated)
        XCTAssertEqual(doc.article.published, CalendarDate(year: 2015, month: 6, day: 4))
        XCTAssertEqual(doc.article.dateBasis, .inferred)
    }

    func testExtractionIsDeterministic() {
        let a = article(["Late last month the SDF announced it had captured Tabqa, some 50 kilometres west of Raqqa."])
        XCTAssertEqual(extractor.extract(a), extractor.extract(a))
    }
}

extension EntityCatalog {
    /// The key of the actor with this canonical name (test helper).
    func actorKey(named name: String) -> String? {
        ActorRecognizer.entries.first { $0.name == name }?.key
    }
}
