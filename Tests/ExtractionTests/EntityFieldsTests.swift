import XCTest
@testable import ClaimExtraction

/// `StandardCatalog`'s per-match look-ups (`placeName(forKey:)` …) must answer what reading the whole entry does.
final class EntityFieldsTests: XCTestCase {
    private let catalog = StandardCatalog.shared

    func testEveryKeyAnswersAsItsEntry() {
        let places = Gazetteer.shared.entries
        XCTAssertGreaterThan(places.count, 100)
        for entry in places {
            XCTAssertEqual(catalog.placeName(forKey: entry.key), catalog.place(forKey: entry.key)?.name, entry.key)
            XCTAssertEqual(catalog.placeCountry(forKey: entry.key), catalog.place(forKey: entry.key)?.country, entry.key)
        }
        for entry in ActorRecognizer.entries {
            XCTAssertEqual(catalog.actorName(forKey: entry.key), catalog.actor(forKey: entry.key)?.name, entry.key)
            XCTAssertEqual(catalog.actorKind(forKey: entry.key), catalog.actor(forKey: entry.key)?.kind, entry.key)
        }
        for entry in PersonRecognizer.entries {
            XCTAssertEqual(catalog.personName(forKey: entry.key), catalog.person(forKey: entry.key)?.name, entry.key)
        }
    }

    func testUnknownKeysHaveNothing() {
        for key in ["", "place:nowhere", "actor:", "person:nobody", "Raqqa", String(repeating: "k", count: 300)] {
            XCTAssertNil(catalog.placeName(forKey: key))
            XCTAssertNil(catalog.placeCountry(forKey: key))
            XCTAssertNil(catalog.actorName(forKey: key))
            XCTAssertNil(catalog.actorKind(forKey: key))
            XCTAssertNil(catalog.personName(forKey: key))
        }
        // A place key is no actor's, and the reverse.
        if let place = Gazetteer.shared.entries.first, let actor = ActorRecognizer.entries.first {
            XCTAssertEqual(catalog.actorName(forKey: place.key), catalog.actor(forKey: place.key)?.name)
            XCTAssertEqual(catalog.placeName(forKey: actor.key), catalog.place(forKey: actor.key)?.name)
        }
    }

    /// Two entries with one key: the first is found (as a dictionary uniquing keys keeps it), or the last.
    func testRepeatedKeys() {
        let entries: [(key: String, name: String, other: String?)] = [("a", "First", "x"), ("b", "B", nil), ("a", "Second", "y")]
        let first = EntityFields(entries, firstWins: true), last = EntityFields(entries, firstWins: false)
        XCTAssertEqual(first.position(of: "a").map { first.names[$0] }, "First")
        XCTAssertEqual(last.position(of: "a").map { last.names[$0] }, "Second")
        XCTAssertEqual(last.position(of: "a").flatMap { last.others[$0] }, "y")
        XCTAssertEqual(first.position(of: "b").map { first.names[$0] }, "B")
        XCTAssertNil(first.position(of: "c"))
    }
}
