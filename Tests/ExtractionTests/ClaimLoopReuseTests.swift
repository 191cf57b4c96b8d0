import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// The claim loop reuses what it already computed (the named spans' catalog names, two-word tests without arrays):
/// these tests hold the reused values to what a fresh look-up gives. Every sentence was written for these tests.
final class ClaimLoopReuseTests: XCTestCase {
    let extractor = ClaimExtractor()

    private func document(_ paragraphs: [String]) -> ExtractedDocument {
        extractor.extract(TestArticle.make(paragraphs, file: "reuse.txt", title: "Reuse",
                                           published: CalendarDate(year: 2019, month: 5, day: 2)))
    }

    /// Each actor's and person's evidence value is the catalog name of one of the claim's keys, in the order the
    /// matches were found, whichever comes first in the sentence (people before actors, repeats, several of each).
    func testActorAndPersonEvidenceGivesTheCatalogNames() {
        let doc = document([
            "Putin told the Syrian army and the SDF that Erdogan would meet Assad, the SDF said.",
            "Erdogan said Turkish forces shelled SDF positions, and the SDF said Turkish forces hit a school.",
            "Assad's troops, backed by Russia, advanced while Putin spoke to reporters on Sunday.",
            "According to the UN, ISIS fighters killed 12 people; the SDF and the Syrian army denied it.",
        ])
        var checkedActors = 0, checkedPeople = 0
        for claim in doc.claims {
            let actorNames = claim.actorKeys.map { extractor.catalog.actor(forKey: $0)?.name ?? $0 }
            let personNames = claim.personKeys.map { extractor.catalog.person(forKey: $0)?.name ?? $0 }
            let actorValues = claim.evidence.filter { $0.field == "actors" }.map(\.value)
            let personValues = claim.evidence.filter { $0.field == "people" }.map(\.value)
            XCTAssertEqual(Set(actorValues), Set(actorNames), claim.text)
            XCTAssertEqual(Set(personValues), Set(personNames), claim.text)
            // First occurrences in evidence order are the keys' order (keys are the matches' first occurrences).
            var firstActors: [String] = []
            for value in actorValues where !firstActors.contains(value) { firstActors.append(value) }
            XCTAssertEqual(firstActors, actorNames, claim.text)
            checkedActors += actorValues.count
            checkedPeople += personValues.count
        }
        XCTAssertGreaterThan(checkedActors, 4, "the sentences name actors")
        XCTAssertGreaterThan(checkedPeople, 2, "the sentences name people")
    }

    /// `catalogName(ofEntity:in:)` finds a span by its entity index wherever sorting put it, and sends the caller to
    /// the catalog for a span without a catalog name or an index no span has.
    func testCatalogNameOfEntityReadsTheSpanOrNothing() {
        let spans = [
            NamedSpan(range: 0..<5, name: "Person P", entity: 2, isCatalogName: true),
            NamedSpan(range: 8..<12, name: "as written", entity: 0, isCatalogName: false),
            NamedSpan(range: 20..<25, name: "Actor A", entity: 1, isCatalogName: true),
        ]
        XCTAssertEqual(ClaimExtractor.catalogName(ofEntity: 2, in: spans), "Person P")
        XCTAssertEqual(ClaimExtractor.catalogName(ofEntity: 1, in: spans), "Actor A")
        XCTAssertNil(ClaimExtractor.catalogName(ofEntity: 0, in: spans))
        XCTAssertNil(ClaimExtractor.catalogName(ofEntity: 3, in: spans))
        XCTAssertNil(ClaimExtractor.catalogName(ofEntity: 0, in: []))
    }

    /// The two-word `matches` answers as the array form at every position, on hostile text (Unicode, CR LF,
    /// combining marks, curly apostrophes, digits glued to letters, Arabic script, emoji).
    func testTwoWordMatchEqualsTheArrayForm() {
        let sentences = [
            "Over the past two years, at present and to date, these days the fighting went on.",
            "THE PAST\r\nthe last 3 months: a few weeks ago, a\u{301} few days back — at present?",
            "They’ve fought for 5yrs in the past; to date 12km lost, these days 😀 at present ☕️.",
            "في دير الزور the past the last at present تلك الأيام to date",
            "the", "", "the past",
        ]
        let pairs = [("the", "past"), ("the", "last"), ("a", "few"), ("at", "present"), ("these", "days"), ("to", "date"),
                     ("past", "two"), ("a", "")]
        for sentence in sentences {
            let tokens = TokenizedSentence(sentence).tokens
            for index in -2...(tokens.count + 1) {
                for (first, second) in pairs {
                    XCTAssertEqual(tokens.matches(first, second, at: index), tokens.matches([first, second], at: index),
                                   "\(sentence) at \(index): \(first) \(second)")
                }
            }
        }
        let tokens = TokenizedSentence("Over the past two years").tokens
        XCTAssertTrue(tokens.matches("the", "past", at: 1), "the test can see a match")
    }
}
