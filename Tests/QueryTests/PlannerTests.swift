import XCTest
import ClaimStore
@testable import ClaimQuery

final class PlannerTests: XCTestCase {
    let store = TestStore.make()

    private func bind(_ text: String) throws -> BoundQuery {
        guard let statement = Parser.parse(text).statement else { throw XCTSkip("does not parse: \(text)") }
        var checker = Checker(store: store, saved: [:], source: text)
        return try checker.bind(statement).query
    }

    private func methods(_ node: PlanNode) -> [String] {
        switch node {
        case .index(let predicate, _, let complement): return [(complement ? "index-not " : "index ") + predicate.text]
        case .scan(let predicate): return ["scan " + predicate.text]
        case .prefilteredScan(let predicate, _, _, _): return ["words+scan " + predicate.text]
        case .and(let children): return children.flatMap(methods)
        case .or(let children): return ["or("] + children.flatMap(methods) + [")"]
        case .not(let inner, _): return ["not("] + methods(inner) + [")"]
        }
    }

    func testIndexedEqualityUsesPostingsAndAndRunsMostSelectiveFirst() throws {
        let query = try bind(#"claims where text contains "a" and year = 2017 and place = "Mosul" and doc.outlet = "x" and actor != "ISIS""#)
        let plan = Planner(store: store, kind: .claims).plan(query.filter!)
        XCTAssertEqual(methods(plan), [
            #"index doc.outlet = "x""#, #"index place = "Mosul""#, "index year = 2017", #"words+scan text contains "a""#,
            #"index-not actor != "ISIS""#,
        ])
    }

    func testRangesAndTextOnIndexedFieldsUsePostings() throws {
        let query = try bind(#"claims where year between 2014 and 2016 and years > 2016 and not source contains "assad" and sentence > 1"#)
        XCTAssertEqual(methods(Planner(store: store, kind: .claims).plan(query.filter!)), [
            "index year between 2014 and 2016", "index years > 2016", "scan sentence > 1", "not(", #"index source contains "assad""#, ")",
        ])
    }

    func testOrAndNotKeepTheirShape() throws {
        let query = try bind(#"claims where not (type = "siege" or text matches "x")"#)
        XCTAssertEqual(methods(Planner(store: store, kind: .claims).plan(query.filter!)),
                       ["not(", "or(", #"index type = "siege""#, #"scan text matches "x""#, ")", ")"])
    }

    /// Property: whatever the plan, its result equals testing every record against the whole expression.
    func testPlansAgreeWithAPlainScanOnGeneratedFilters() throws {
        var random = SeededRandom(seed: 20_171_103)
        let atoms = [
            #"place = "Deir al-Zour""#, #"place = "Mosul""#, #"actor = "ISIS""#, "year = 2017", "years = 2014", "year != 2014",
            #"type in ("capture", "siege", "other")"#, "year is empty", #"text contains "the""#, "sentence > 1",
            #"doc.outlet = "The Duran""#, #"place.country = "Syria""#, #"actor not in ("Syrian Army")"#, "years between 2015 and 2017",
            #"id != "c3""#, #"doc = "d2""#, #"source = "author""#,
            #"text contains "sieg""#, #"text contains "the siege""#, #"text contains "ISIS in""#, #"text starts with "isl""#,
            #"text not contains "army""#, #"text contains "7,000""#, #"text contains ".""#, #"text contains "e""#,
            "year < 2015", "years >= 2016", "year <= 2014", "years > 2014", "year between 2014 and 2016", "year not between 2015 and 2017",
            #"source contains "assad""#, #"place contains "deir""#, #"place starts with "al""#, #"type contains "ur""#,
            #"actor not contains "army""#, "support > 1", #"modality starts with "pre""#,
            #"place.country != "Syria""#, #"place.country in ("Iraq", "Nowhere")"#, #"actor.kind contains "army""#,
            #"doc.published_precision = "day""#, #"place.population > 300000"#, #"doc.outlet not in ("The Duran")"#,
            #"place.admin1 is empty"#, #"figures.unit = "civilians""#, #"place.name starts with "al""#,
        ]
        func expression(_ depth: Int) -> String {
            guard depth > 0, Int.random(in: 0..<10, using: &random) < 6 else { return atoms[Int.random(in: 0..<atoms.count, using: &random)] }
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return "(" + expression(depth - 1) + " and " + expression(depth - 1) + ")"
            case 1: return "(" + expression(depth - 1) + " or " + expression(depth - 1) + ")"
            default: return "not " + expression(depth - 1)
            }
        }
        let matcher = PredicateMatcher(store: store)
        func scan(_ expr: BoundExpr, _ id: Int) -> Bool {
            switch expr {
            case .predicate(let predicate): return matcher.matches(predicate, kind: .claims, id: id)
            case .and(let children): return children.allSatisfy { scan($0, id) }
            case .or(let children): return children.contains { scan($0, id) }
            case .not(let inner, _): return !scan(inner, id)
            }
        }
        let all = Array(1...store.count(.claims))
        for _ in 0..<400 {
            let text = "claims where " + expression(4)
            let filter = try XCTUnwrap(bind(text).filter, text)
            let plan = Planner(store: store, kind: .claims).plan(filter)
            let (planned, trace) = try Evaluator(store: store, kind: .claims, isCancelled: nil).run(plan, input: all)
            XCTAssertEqual(planned, all.filter { scan(filter, $0) }, text)
            XCTAssertEqual(trace.rowsIn, all.count)
            XCTAssertEqual(trace.rowsOut, planned.count)
        }
    }
}
