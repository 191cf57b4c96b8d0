import XCTest
@testable import ClaimExtraction
import ClaimCorpus

/// Speakers behind an appositive name or a coordinated verb.
final class AttributionSpeakersTests: XCTestCase {
    let scanner = AttributionScanner()

    private func attribution(_ text: String, entities: [NamedSpan] = []) -> Attribution? {
        scanner.attribute(TokenizedSentence(text), entities: entities)
    }

    private func span(_ name: String, as canonical: String, in text: String) -> NamedSpan {
        let start = text.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
        return NamedSpan(range: start..<(start + name.count), name: canonical)
    }

    func testANameBetweenCommasAfterARoleSpeaks() {
        XCTAssertEqual(attribution("The UN envoy for Yemen, Hans Lindqvist, said talks would resume in May.")?.source,
                       "Hans Lindqvist")
        XCTAssertEqual(attribution("The shelling stopped at noon, a local official, Karim Mansour, said.")?.source,
                       "Karim Mansour")
        XCTAssertEqual(attribution("The road reopened on Friday, the governor, Nawaf al-Shammari, said.")?.source,
                       "Nawaf al-Shammari")
        XCTAssertEqual(attribution("The bridge was cut, a spokesman for the army, Maj. Gen. Tahsin Khafaji, told reporters.")?.source,
                       "Maj. Gen. Tahsin Khafaji")
    }

    func testANameBetweenCommasAfterAPlaceDoesNotSpeak() {
        // No role noun before the name: places in a list, and the speaker comes after the verb.
        XCTAssertEqual(attribution("Fighting spread to Azaz, Tal Rifaat, said residents.")?.source, "residents")
        XCTAssertEqual(attribution("Convoys left the city, Raqqa, said the monitor.")?.source, "monitor")
    }

    func testASpeechVerbAfterAndSharesTheOpeningSubject() {
        let text = "The Interior Ministry rejected the report and said the prisoners had been moved."
        let ministry = span("Interior Ministry", as: "Ministry of Interior", in: text)
        XCTAssertEqual(attribution(text, entities: [ministry])?.source, "Ministry of Interior")
        let second = "The Peshmerga have denied any retreat and said their lines held near Makhmour."
        XCTAssertEqual(attribution(second, entities: [span("Peshmerga", as: "Peshmerga", in: second)])?.source, "Peshmerga")
    }

    func testACoordinatedVerbInAnotherClauseKeepsTheWriter() {
        // "which" opens a clause about something else; a place-first sentence names no speaker either.
        let text = "The Interior Ministry, which runs the camps, closed two of them and said nothing more."
        let ministry = span("Interior Ministry", as: "Ministry of Interior", in: text)
        XCTAssertNil(attribution(text, entities: [ministry]))
        let late = "In the north the rebels regrouped, and the Interior Ministry moved and said little."
        XCTAssertNil(attribution(late, entities: [span("Interior Ministry", as: "Ministry of Interior", in: late)]))
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
