import XCTest
import ClaimCorpus
import ClaimExtraction
import ClaimStore
@testable import ClaimQuery

/// The token-index prefilter for `text contains` must keep exactly the claims a plain scan keeps, whatever the
/// case, diacritics, joiners and word fragments of text and needle.
final class TextPrefilterTests: XCTestCase {
    static let pieces = [
        "siege", "besieged", "Déir", "deir", "DEIR", "ez-Zor", "don’t", "don't", "Straße", "strasse", "Café", "cafe",
        "2017", "7,000", "al-Mayadeen", "naïve", "NAIVE", "heavy", "fighting", "Heavy-fighting", "the", "Theirs", "-", "'",
        "(Raqqa)", "x", "İstanbul", "e\u{301}lan", "ﬁnal", "final",
    ]

    private func makeStore(random: inout SeededRandom) -> (EntityStore, [String]) {
        var texts: [String] = []
        for _ in 0..<80 {
            let length = Int.random(in: 1...7, using: &random)
            let words = (0..<length).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)] }
            texts.append(words.joined(separator: Bool.random(using: &random) ? " " : ", ") + ".")
        }
        let claims = texts.enumerated().map { TestStore.claim($0.element, $0.offset + 1) }
        let article = TestStore.article("gen.txt", "Generated", outlet: nil, published: CalendarDate(year: 2017), texts)
        return (EntityStore.build(documents: [ExtractedDocument(article: article, claims: claims)], catalog: TestCatalog()), texts)
    }

    func testPrefilteredContainsAgreesWithAScan() throws {
        var random = SeededRandom(seed: 6)
        let (store, texts) = makeStore(random: &random)
        var needles = ["eir", "é", "E", "ss", "ß", "heavy fighting", "t’s", "'", "-zor", "y f", "DÉIR EZ", "final", "fi", "i", "ı",
                       "7,0", "naive", "e\u{301}", "elan", "x.", ". ", "siege x"]
        for _ in 0..<150 {
            let characters = Array(texts[Int.random(in: 0..<texts.count, using: &random)])
            let start = Int.random(in: 0..<characters.count, using: &random)
            let end = Int.random(in: start...min(characters.count, start + 12), using: &random)
            let needle = String(characters[start..<end]).replacingOccurrences(of: "\"", with: "")
            needles.append(Bool.random(using: &random) ? needle.uppercased() : needle)
        }
        let all = Array(1...store.count(.claims))
        let matcher = PredicateMatcher(store: store)
        for needle in needles where !needle.isEmpty {
            for form in ["text contains", "text starts with", "text not contains"] {
                let text = "claims where \(form) \"\(needle)\""
                guard let statement = Parser.parse(text).statement else { continue }
                var checker = Checker(store: store, saved: [:], source: text)
                let filter = try XCTUnwrap(try checker.bind(statement).query.filter)
                guard case .predicate(let predicate) = filter else { return XCTFail(text) }
                let plan = Planner(store: store, kind: .claims).plan(filter)
                let (planned, _) = try Evaluator(store: store, kind: .claims, isCancelled: nil).run(plan, input: all)
                XCTAssertEqual(planned, all.filter { matcher.matches(predicate, kind: .claims, id: $0) }, text)
            }
        }
    }

    func testNeedleWithWordsUsesTheTokenIndex() throws {
        var random = SeededRandom(seed: 1)
        let (store, _) = makeStore(random: &random)
        let text = #"claims where text contains "siege""#
        var checker = Checker(store: store, saved: [:], source: text)
        let filter = try XCTUnwrap(try checker.bind(XCTUnwrap(Parser.parse(text).statement)).query.filter)
        guard case .prefilteredScan(_, let candidates, let words, _) = Planner(store: store, kind: .claims).plan(filter) else {
            return XCTFail("expected a prefiltered scan")
        }
        XCTAssertEqual(words, ["siege"])
        XCTAssertEqual(candidates, store.textVocabulary.filter { $0.key.contains("siege") }.values.reduce(into: Set<Int>()) { $0.formUnion($1) }.sorted())
    }

    func testNeedleWithoutWordsScans() throws {
        let store = TestStore.make()
        let text = #"claims where text contains ", ""#
        var checker = Checker(store: store, saved: [:], source: text)
        let filter = try XCTUnwrap(try checker.bind(XCTUnwrap(Parser.parse(text).statement)).query.filter)
        guard case .scan = Planner(store: store, kind: .claims).plan(filter) else { return XCTFail("expected a scan") }
    }

    func testUnionAndIntersectOfSortedLists() {
        var random = SeededRandom(seed: 3)
        for _ in 0..<200 {
            let lists = (0..<Int.random(in: 0..<6, using: &random)).map { _ in
                Set((0..<Int.random(in: 0..<30, using: &random)).map { _ in Int.random(in: 1...60, using: &random) }).sorted()
            }
            XCTAssertEqual(SortedIDs.union(lists), Set(lists.joined()).sorted())
            if lists.count >= 2 {
                XCTAssertEqual(SortedIDs.intersect(lists[0], lists[1]), Set(lists[0]).intersection(lists[1]).sorted())
                XCTAssertEqual(SortedIDs.intersect(Array(1...60), lists[1]), lists[1])
                XCTAssertEqual(SortedIDs.intersect(lists[0], Array(5...50)), lists[0].filter { (5...50).contains($0) })
            }
        }
    }
}
