import XCTest
@testable import ClaimExtraction
import ClaimCorpus

/// The entity `name` names in `text`, under its canonical name (character offsets, as the recognisers give them).
private func namedSpan(_ name: String, as canonical: String, in text: String) -> NamedSpan {
    let start = text.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
    return NamedSpan(range: start..<(start + name.count), name: canonical)
}

/// Speakers behind an appositive name or a coordinated verb.
final class AttributionSpeakersTests: XCTestCase {
    let scanner = AttributionScanner()

    private func attribution(_ text: String, entities: [NamedSpan] = []) -> Attribution? {
        scanner.attribute(TokenizedSentence(text), entities: entities)
    }

    func testANameBetweenCommasAfterARoleSpeaks() {
        XCTAssertEqual(attribution("The UN envoy for Yemen, Hans Lindqvist, said talks would resume in May.")?.source,
                       "Hans Lindqvist")
        XCTAssertEqual(attribution("The shelling stopped at noon, a local official, Karim Mansour, said.")?.source,
                       "Karim Mansour")
        XCTAssertEqual(attribution("The road reopened on Friday, the governor, Nawaf al-Shammari, said.")?.source,
                       "Nawaf al-Shammari")
        XCTAssertEqual(attribution("The bridge was cut, a spokesman for the army, Maj. Gen. Tahsin Khafaji, told reporters.")?.source,
                       "Tahsin Khafaji")  // the name without its abbreviated ranks
    }

    func testANameBetweenCommasAfterAPlaceDoesNotSpeak() {
        // No role noun before the name: places in a list, and the speaker comes after the verb.
        XCTAssertEqual(attribution("Fighting spread to Azaz, Tal Rifaat, said residents.")?.source, "residents")
        XCTAssertEqual(attribution("Convoys left the city, Raqqa, said the monitor.")?.source, "monitor")
    }

    func testASpeechVerbAfterAndSharesTheOpeningSubject() {
        let text = "The Interior Ministry rejected the report and said the prisoners had been moved."
        let ministry = namedSpan("Interior Ministry", as: "Ministry of Interior", in: text)
        XCTAssertEqual(attribution(text, entities: [ministry])?.source, "Ministry of Interior")
        let second = "The Peshmerga have denied any retreat and said their lines held near Makhmour."
        XCTAssertEqual(attribution(second, entities: [namedSpan("Peshmerga", as: "Peshmerga", in: second)])?.source, "Peshmerga")
    }

    func testClausesAroundACoordinatedVerb() {
        // A "which" clause set off by commas is about the subject, which still says what follows "and said"; an
        // actor that does not open the sentence names no speaker.
        let text = "The Interior Ministry, which runs the camps, closed two of them and said nothing more."
        let ministry = namedSpan("Interior Ministry", as: "Ministry of Interior", in: text)
        XCTAssertEqual(attribution(text, entities: [ministry])?.source, "Ministry of Interior")
        let clause = "The Interior Ministry, which said the camps were full, closed two of them."
        XCTAssertNotEqual(attribution(clause, entities: [namedSpan("Interior Ministry", as: "Ministry of Interior", in: clause)])?.rule
                            .hasPrefix("coordinated"), true)
        let late = "In the north the rebels regrouped, and the Interior Ministry moved and said little."
        XCTAssertNil(attribution(late, entities: [namedSpan("Interior Ministry", as: "Ministry of Interior", in: late)]))
    }
}

/// A figure that counts the speaker's own people is about the speaker.
final class SpeakerOwnFiguresTests: XCTestCase {
    func testAPossessiveFigureIsTheSpeakers() {
        let article = TestArticle.make([
            "The SDF said 12 of its fighters were wounded near Hajin.",
            "The SDF said 12 fighters were wounded near Hajin.",
        ], published: CalendarDate(year: 2018, month: 9, day: 14))
        let document = ClaimExtractor().extract(article)
        XCTAssertEqual(document.claims.count, 2)
        XCTAssertEqual(document.claims[0].figures.first?.actorKey, "actor:sdf")
        // Without the possessive the speaker is only the source, and the fighters are no one named.
        XCTAssertNil(document.claims[1].figures.first?.actorKey)
    }
}

/// A relative clause with "whose", and a bracketed abbreviation, between a speaker and the verb.
final class SpeakerInterruptionsTests: XCTestCase {
    private func source(_ text: String) -> String? {
        AttributionScanner().attribute(TokenizedSentence(text), entities: [])?.source
    }

    func testWhoseClauseAfterAName() {
        XCTAssertEqual(source("Hamid Darwish, whose brigade holds the bridge, said the road was open."), "Hamid Darwish")
    }

    func testBracketedAbbreviationBeforeTheVerb() {
        XCTAssertEqual(source("The Kurdistan Workers' Party (PKK) announced a ceasefire."), "Kurdistan Workers' Party (PKK)")
        XCTAssertEqual(source("The Norwegian Refugee Council (NRC) said 4,000 families had arrived."),
                       "Norwegian Refugee Council (NRC)")
        // Brackets that hold more than one word are an aside, not a name's abbreviation.
        XCTAssertNil(source("The convoy (six trucks in all) said nothing of its route."))
    }
}

/// "lasted N months" reaches back N months from the reference, like "for N months".
final class LastedDurationTests: XCTestCase {
    func testLastedGivesASpanToTheReference() {
        let resolver = TemporalResolver()
        let reference = CalendarDate(year: 2019, month: 4, day: 10)
        XCTAssertEqual(resolver.resolve("The blockade, which lasted more than seven months, is over.", reference: reference).years,
                       [2018, 2019])
        XCTAssertEqual(resolver.resolve("A truce lasting two years ended in March.", reference: reference).years,
                       [2017, 2018, 2019])
        XCTAssertEqual(resolver.resolve("The talks lasted until dawn.", reference: reference).years, [2019])
    }
}

/// ", saying …" after a named subject's own verb.
final class SayingParticipleTests: XCTestCase {
    func testSayingSharesTheOpeningSubject() {
        let text = "Turkish officials condemned the strike, saying it broke the truce."
        let turkey = namedSpan("Turkish", as: "Turkey", in: text)
        XCTAssertEqual(AttributionScanner().attribute(TokenizedSentence(text), entities: [turkey])?.source, "Turkey")
    }

    func testSayingWithoutACommaOrANamedSubjectNamesNoOne() {
        XCTAssertNil(AttributionScanner().attribute(TokenizedSentence("The group issued a statement saying it had left."),
                                                    entities: []))
        let text = "Turkey closed the crossing on Monday. Officials left, saying nothing."
        XCTAssertNil(AttributionScanner().attribute(TokenizedSentence("Officials left, saying nothing."), entities: []),
                     text)
    }
}

/// Speech words at a sentence's very start have nothing before them to read.
final class SpeakerEdgeTests: XCTestCase {
    func testAVerbOpeningTheSentence() {
        for text in ["Saying nothing, they left.", "Said the man: no.", "And said nothing.", ", saying so.", "saying"] {
            _ = AttributionScanner().attribute(TokenizedSentence(text), entities: [NamedSpan(range: 0..<3, name: "X")])
        }
    }
}

/// The possessive test reads a figure's words as the old word split did.
final class PossessiveWordsTests: XCTestCase {
    func testWholeWordsOnly() {
        for (text, expected) in [("17 of its fighters", true), ("their own 40 men", true), ("its", true),
                                 ("400 militants", false), ("the sites' 30 guards", false), ("30 itself", false),
                                 ("", false), (" its ", true), ("their", true), ("Its 12 men", false),
                                 // Marks, scripts and line ends around the words: bytes of other characters never match.
                                 ("their\u{301} men", false), ("🇸🇾 its", true), ("its\r\nmen", false), ("قواتها its", true),
                                 ("its\u{A0}men", false), ("  their  ", true), ("ｉｔｓ men", false), ("itsits", false)] {
            XCTAssertEqual(ClaimExtractor.hasPossessive(text), expected, text)
            XCTAssertEqual(ClaimExtractor.hasPossessive(text), text.split(separator: " ").contains { $0 == "its" || $0 == "their" }, text)
        }
    }
}

/// A "which" clause after a name, and a long estimate frame.
final class WhichClauseAndEstimateFrameTests: XCTestCase {
    private func source(_ text: String) -> String? {
        AttributionScanner().attribute(TokenizedSentence(text), entities: [])?.source
    }

    func testWhichClauseAfterAName() {
        XCTAssertEqual(source("Lebanon, which hosts a million refugees, has said the camps are full."), "Lebanon")
        // Not after a name: the clause is about something else.
        XCTAssertNil(source("The camps, which hold a million refugees, are full."))
    }

    func testAnEstimateFrameWithALongNoun() {
        XCTAssertEqual(source("The monitor put the number of soldiers and allied militiamen killed since Tuesday at 31."),
                       "monitor")
    }
}

/// A name after "according to ROLE,", and an appositive after a bracketed abbreviation.
final class NameAfterRoleTests: XCTestCase {
    private func source(_ text: String) -> String? {
        AttributionScanner().attribute(TokenizedSentence(text), entities: [])?.source
    }

    func testAccordingToARoleAndAName() {
        XCTAssertEqual(source("Some 900 families left, according to the governor of Anbar, Suhaib al-Rawi."), "Suhaib al-Rawi")
        // A place after the comma ends no clause as a name: the phrase stays.
        XCTAssertEqual(source("Some 900 families left, according to the governor, in Ramadi on Monday."), "governor")
    }

    func testAnAppositiveAfterAnAbbreviation() {
        XCTAssertEqual(source("The Norwegian Refugee Council (NRC), an aid group based in Oslo, said 400 families arrived."),
                       "Norwegian Refugee Council (NRC)")
    }
}

/// A coordinated verb's speaker is the role and name after the opening entity when there is one.
final class CoordinatedRoleAndNameTests: XCTestCase {
    func testRoleAndNameAfterTheEntity() {
        let text = "UNHCR spokesman Andrej Mahecic praised the deal, saying 300 families could return."
        XCTAssertEqual(AttributionScanner().attribute(TokenizedSentence(text), entities: [namedSpan("UNHCR", as: "UNHCR", in: text)])?.source,
                       "UNHCR spokesman Andrej Mahecic")
        let plain = "UNHCR praised the deal, saying 300 families could return."
        XCTAssertEqual(AttributionScanner().attribute(TokenizedSentence(plain), entities: [namedSpan("UNHCR", as: "UNHCR", in: plain)])?.source,
                       "UNHCR")
    }
}

/// A title before the opening person does not hide the subject a coordinated verb shares.
final class TitledCoordinatedSubjectTests: XCTestCase {
    func testTitleBeforeThePerson() {
        let text = "President Barham Salih met the envoy and said the talks would resume."
        let person = namedSpan("Barham Salih", as: "Barham Salih", in: text)
        XCTAssertEqual(AttributionScanner().attribute(TokenizedSentence(text), entities: [person])?.source, "Barham Salih")
        // A capitalised word that is no title is another subject.
        let other = "Kurdish Barham Salih met the envoy and said the talks would resume."
        XCTAssertNil(AttributionScanner().attribute(TokenizedSentence(other),
                                                    entities: [namedSpan("Barham Salih", as: "Barham Salih", in: other)]))
    }
}

/// A relative clause set off by commas between the opening actor and its coordinated verbs.
final class CoordinatedAfterClauseTests: XCTestCase {
    func testWhichClauseAfterTheSubject() {
        let text = "The SDF, which Damascus calls a separatist force, has rejected the plan and said it would keep its arms."
        let sdf = namedSpan("SDF", as: "Syrian Democratic Forces", in: text)
        XCTAssertEqual(AttributionScanner().attribute(TokenizedSentence(text), entities: [sdf])?.source, "Syrian Democratic Forces")
    }
}

/// A capital holding a view is its government ("which Ankara considers …").
final class CapitalViewsTests: XCTestCase {
    func testCapitalThatConsiders() {
        let keys = ActorRecognizer().recognize(in: "The YPG, which Ankara considers a terrorist group, held the town.").map(\.key)
        XCTAssertEqual(keys, ["actor:kurdish-forces", "actor:turkey"])
    }
}
