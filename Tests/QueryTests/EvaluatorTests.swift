import XCTest
import ClaimStore
@testable import ClaimQuery

/// Semantics on the hand-built store of TestStore (claims c1…c7; see its comment).
final class EvaluatorTests: XCTestCase {
    var engine: QueryEngine!

    override func setUp() {
        engine = QueryEngine(store: TestStore.make())
    }

    /// The ids a listing returned, as `c3`, `d1`, …
    private func ids(_ statement: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let outcome = engine.execute(statement)
        XCTAssertFalse(outcome.hasErrors, "\(statement): \(outcome.diagnostics.map(\.message))", file: file, line: line)
        guard case .rows(let set)? = outcome.result, let idColumn = set.columns.firstIndex(where: { $0.name == "id" }) else {
            XCTFail("no rows for \(statement)", file: file, line: line)
            return []
        }
        return set.rows.map { $0[idColumn].first?.description ?? "?" }
    }

    func testEqualityOnEntityFieldsGoesThroughAliasesAndTransliteration() {
        XCTAssertEqual(ids(#"claims where place = "Deir ez-Zor""#), ["c1", "c2"])
        XCTAssertEqual(ids(#"claims where place = "Deir al-Zour""#), ["c1", "c2"])
        XCTAssertEqual(ids(#"claims where place = "deir ezzor""#), ["c1", "c2"])
        XCTAssertEqual(ids(#"claims where places = "DAYR AZ ZAWR""#), ["c1", "c2"])
        XCTAssertEqual(ids(#"claims where actor = "daesh""#), ["c2", "c4", "c5"])
        XCTAssertEqual(ids(#"claims where person = "assad""#), ["c6"])
    }

    func testMultiValuedFieldsMatchAnyValueAndNegationMeansNone() {
        XCTAssertEqual(ids("claims where years = 2015"), ["c2"])
        XCTAssertEqual(ids("claims where year = 2017"), ["c1", "c3", "c4", "c6"])
        XCTAssertEqual(ids("claims where years != 2017"), ["c5", "c7"])
        XCTAssertEqual(ids("claims where not years = 2017"), ["c5", "c7"])
        XCTAssertEqual(ids(#"claims where actor != "Islamic State""#), ["c1", "c3", "c6", "c7"])
        XCTAssertEqual(ids("claims where years in (2014, 2016)"), ["c2", "c5"])
        XCTAssertEqual(ids("claims where years not in (2014, 2017)"), ["c7"])
    }

    func testAndOrNotAndParentheses() {
        XCTAssertEqual(ids(#"claims where place = "Deir ez-Zor" and year = 2017"#), ["c1"])
        XCTAssertEqual(ids(#"claims where place = "Mosul" or place = "Raqqa""#), ["c4", "c5"])
        XCTAssertEqual(ids(#"claims where (place = "Mosul" or place = "Raqqa") and year = 2014"#), ["c5"])
        XCTAssertEqual(ids(#"claims where place = "Mosul" or place = "Raqqa" and year = 2014"#), ["c4", "c5"])
        XCTAssertEqual(ids(#"claims where not (type = "capture" or type = "other") and actor is not empty"#), ["c1", "c2", "c5"])
    }

    func testComparisonsBetweenAndEmptiness() {
        XCTAssertEqual(ids("claims where year < 2017"), ["c2", "c5"])
        XCTAssertEqual(ids("claims where year >= 2017 and sentence > 1"), ["c3", "c6"])
        XCTAssertEqual(ids("claims where years between 2015 and 2016"), ["c2"])
        XCTAssertEqual(ids("claims where year is empty"), ["c7"])
        XCTAssertEqual(ids("claims where place is empty"), ["c6"])
        XCTAssertEqual(ids("places where population is empty"), ["p5"])
        XCTAssertEqual(ids("places where lon > 40.2"), ["p2", "p3"])
    }

    func testDatesCompareAtTheOperandsPrecision() {
        XCTAssertEqual(ids("documents where published = 2017"), ["d1", "d2"])
        XCTAssertEqual(ids("documents where published = 2017-09"), ["d1"])
        XCTAssertEqual(ids("documents where published = 2017-09-05"), ["d1"])
        XCTAssertEqual(ids("documents where published < 2017"), ["d3"])
        XCTAssertEqual(ids("documents where published > 2017-07"), ["d1"])
        XCTAssertEqual(ids(#"documents where published >= "2017-07-10""#), ["d1", "d2"])
        XCTAssertEqual(ids("claims where date between 2017-07 and 2017-08"), ["c4"])
    }

    func testTextOperators() {
        XCTAssertEqual(ids(#"claims where text contains "SIEGE""#), ["c1", "c2"])  // substring: "besieged"
        XCTAssertEqual(ids(#"claims where text contains "besieged the city""#), ["c2"])
        XCTAssertEqual(ids(#"claims where text starts with "raqqa""#), ["c5"])
        XCTAssertEqual(ids(#"claims where text matches "\d,\d{3}""#), ["c3"])
        XCTAssertEqual(ids(#"claims where text not contains "2017" and year = 2017"#), ["c3", "c6"])
        XCTAssertEqual(ids(#"claims where place contains "mawsil""#), ["c4"])
        XCTAssertEqual(ids(#"documents where outlet = "the duran""#), ["d1"])
        XCTAssertEqual(ids(#"documents where outlet starts with "Ex""#), ["d2"])
    }

    func testPathsFollowReferences() {
        XCTAssertEqual(ids(#"claims where doc.outlet = "The Duran""#), ["c1", "c2", "c3"])
        XCTAssertEqual(ids(#"claims where place.country = "Iraq""#), ["c4"])
        XCTAssertEqual(ids(#"claims where place.admin1 = "Deir ez-Zor" and year = 2017"#), ["c1", "c3"])
        XCTAssertEqual(ids("places where claims > 1"), ["p1"])
        XCTAssertEqual(ids(#"figures where claim.doc = "d1""#), ["f1"])
        XCTAssertEqual(ids(#"claims where doc = "d2""#), ["c4", "c5", "c6"])
        XCTAssertEqual(ids("claims where doc = 3"), ["c7"])
        XCTAssertEqual(ids(#"claims where id in ("c2", "c5")"#), ["c2", "c5"])
    }

    /// A record's own id has no posting list; the planner answers it from the id itself, still as an index step.
    func testOwnIDsAreAnsweredWithoutAPostingList() {
        XCTAssertEqual(ids(#"claims where id = "c3""#), ["c3"])
        XCTAssertEqual(ids(#"claims where id in ("c5", "c2", "c5", "c99")"#), ["c2", "c5"])
        XCTAssertEqual(ids(#"claims where id != "c3" and doc = "d1""#), ["c1", "c2"])
        XCTAssertEqual(ids(#"claims where not id = "c1" and doc = "d1""#), ["c2", "c3"])
        XCTAssertEqual(ids(#"documents where id = 2"#), ["d2"])
        guard case .text(let plan)? = engine.explain(#"claims where id = "c3""#).result else { return XCTFail("no plan") }
        XCTAssertTrue(plan.contains(#"index id = "c3""#), plan)
        guard case .grouped(let groups)? = engine.execute(#"claims where doc = "d1" group by id"#).result else { return XCTFail("no groups") }
        XCTAssertEqual(groups.rows.count, 3)
    }

    func testEnumerationsAndIndexedStringsIgnoreCase() {
        XCTAssertEqual(ids(#"claims where type = "SIEGE""#), ["c2"])
        XCTAssertEqual(ids(#"claims where modality = "predicted""#), ["c6"])
        XCTAssertEqual(ids(#"claims where source = "bashar al-assad""#), ["c6"])
    }

    func testOrderLimitOffsetAndSelect() throws {
        XCTAssertEqual(ids("claims order by year desc limit 3"), ["c1", "c3", "c4"])
        XCTAssertEqual(ids("claims order by year limit 2 offset 1"), ["c5", "c1"])
        XCTAssertEqual(ids("claims where year is not empty order by year, id desc limit 2"), ["c5", "c2"])
        XCTAssertEqual(ids("claims order by place"), ["c3", "c1", "c2", "c4", "c7", "c5", "c6"])
        guard case .rows(let set)? = engine.execute(#"claims where place = "Mosul" select id, place, doc.outlet, year"#).result else {
            return XCTFail("expected rows")
        }
        XCTAssertEqual(set.columns.map(\.name), ["id", "places", "doc.outlet", "year"])
        XCTAssertEqual(set.columns.map(\.isMulti), [false, true, false, false])
        XCTAssertEqual(set.rows, [[[.string("c4")], [.string("Mosul")], [.string("Example Wire")], [.int(2017)]]])
        XCTAssertEqual(set.defaultColumns, ["id", "places", "doc.outlet", "year"])
    }

    func testPlainListingCarriesEveryFieldAndTheTotal() throws {
        guard case .rows(let set)? = engine.execute("claims limit 2").result else { return XCTFail("expected rows") }
        let fieldNames = engine.store.schema[.claims].fields.map(\.name)
        XCTAssertEqual(set.columns.map(\.name), fieldNames)
        XCTAssertEqual(set.defaultColumns, engine.store.schema[.claims].defaultColumns)
        XCTAssertEqual(set.totalBeforeLimit, 7)
        XCTAssertEqual(set.rows.count, 2)
        let doc = try XCTUnwrap(fieldNames.firstIndex(of: "doc"))
        let places = try XCTUnwrap(fieldNames.firstIndex(of: "places"))
        XCTAssertEqual(set.rows[0][doc], [.string("d1")])
        XCTAssertEqual(set.rows[0][places], [.string("Deir ez-Zor")])
    }

    func testCountAndGroupBy() {
        guard case .count(let kind, let value)? = engine.execute("count claims where actor = \"ISIS\"").result else {
            return XCTFail("expected a count")
        }
        XCTAssertEqual(kind, .claims)
        XCTAssertEqual(value, 3)
        guard case .grouped(let set)? = engine.execute("claims where year is not empty group by year").result else {
            return XCTFail("expected groups")
        }
        XCTAssertEqual(set.columns.map(\.name), ["year", "count"])
        XCTAssertEqual(set.rows, [[[.int(2017)], [.int(4)]], [[.int(2014)], [.int(2)]]])
        guard case .grouped(let byPlace)? = engine.execute("count claims by place.country").result else {
            return XCTFail("expected groups")
        }
        XCTAssertEqual(byPlace.rows, [[[.string("Syria")], [.int(5)]], [[.string("Iraq")], [.int(1)]], [[], [.int(1)]]])
        guard case .grouped(let ordered)? = engine.execute("claims group by type order by type limit 2").result else {
            return XCTFail("expected groups")
        }
        XCTAssertEqual(ordered.rows.map { $0[0] }, [[.string("capture")], [.string("casualties")]])
        XCTAssertEqual(ordered.totalBeforeLimit, 7)
    }

    func testLetSavesAResultThatQueriesRefine() {
        guard case .assigned(let name, let count)? = engine.execute(#"let isis = claims where actor = "Islamic State""#).result else {
            return XCTFail("expected an assignment")
        }
        XCTAssertEqual(name, "isis")
        XCTAssertEqual(count, 3)
        XCTAssertEqual(ids("isis where year = 2017"), ["c4"])
        XCTAssertEqual(ids("isis"), ["c2", "c4", "c5"])
        XCTAssertEqual(engine.savedNames, ["isis"])
        XCTAssertTrue(engine.describeVariables().hasPrefix(#"isis = claims where actor = "Islamic State"  (3 claims)"#))
        guard case .count(_, let value)? = engine.execute("count isis where year < 2017").result else { return XCTFail("expected a count") }
        XCTAssertEqual(value, 2)
        let replaced = engine.execute("let isis = claims where year = 2014")
        XCTAssertEqual(replaced.notes, ["replaced the earlier 'isis'"])
        XCTAssertEqual(ids("isis"), ["c2", "c5"])
    }

    func testEmptyResultSaysWhichPredicateEmptiedIt() {
        let outcome = engine.execute(#"claims where place = "Mosul" and year = 2014"#)
        XCTAssertEqual(outcome.notes, [#"place = "Mosul" matched 1 claim; adding year = 2014 left 0"#])
        let three = engine.execute(#"claims where year = 2017 and text contains "the" and type = "capture""#)
        XCTAssertEqual(three.notes, [#"type = "capture" matched 1 claim; adding year = 2017 left 1; adding text contains "the" left 0"#])
        let single = engine.execute(#"claims where type = "airstrike""#)
        XCTAssertEqual(single.notes, [#"type = "airstrike" matched no claims"#])
        let either = engine.execute(#"claims where type = "airstrike" or year = 1999"#)
        XCTAssertEqual(either.notes, [#"no claims match (type = "airstrike" or year = 1999)"#])
    }

    func testUnknownEntityValueWarnsAndStillRuns() {
        let outcome = engine.execute(#"claims where place = "Deir Ezor""#)
        XCTAssertEqual(outcome.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(outcome.diagnostics.first?.fixIts.first?.replacement, #""Deir ez-Zor""#)
        guard case .rows(let set)? = outcome.result else { return XCTFail("the query should still run") }
        XCTAssertEqual(set.rows.count, 0)
    }

    func testCancellationStopsEvaluation() {
        engine.isCancelled = { true }
        let outcome = engine.execute(#"claims where text contains "a""#)
        XCTAssertNil(outcome.result)
        XCTAssertEqual(outcome.diagnostics.map(\.id), ["query.cancelled"])
    }
}
