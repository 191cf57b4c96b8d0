import XCTest
import ClaimStore
@testable import ClaimQuery

/// Grouping and top-k ordering take shortcuts through the indexes; they must give what the plain way gives.
final class IndexedResultTests: XCTestCase {
    let store = TestStore.make()

    private func ids(_ filter: String, kind: EntityKind = .claims) throws -> [Int] {
        let all = Array(1...store.count(kind))
        guard !filter.isEmpty else { return all }
        let text = "\(kind.rawValue) where \(filter)"
        var checker = Checker(store: store, saved: [:], source: text)
        let query = try checker.bind(XCTUnwrap(Parser.parse(text).statement)).query
        let plan = Planner(store: store, kind: kind).plan(try XCTUnwrap(query.filter))
        return try Evaluator(store: store, kind: kind, isCancelled: nil).run(plan, input: all).ids
    }

    private func path(_ kind: EntityKind, _ field: String) throws -> BoundPath {
        let descriptor = try XCTUnwrap(store.schema[kind].field(named: field), field)
        return BoundPath(steps: [BoundStep(kind: kind, field: descriptor)])
    }

    func testIndexedGroupCountsEqualCountsFromTheRecords() throws {
        let filters = ["", "year = 2017", #"place = "Mosul" or actor = "ISIS""#, "year is empty", "id = \"c7\"", "years between 2014 and 2016"]
        let builder = ResultBuilder(store: store, kind: .claims)
        var compared = 0
        for filter in filters {
            let kept = try ids(filter)
            for field in ["places", "actors", "people", "year", "years", "type", "source", "doc", "id", "modality", "year_basis"] {
                let byPath = try path(.claims, field)
                let indexed = try XCTUnwrap(builder.indexedCounts(kept, by: byPath), field)
                XCTAssertEqual(indexed, builder.scannedCounts(kept, by: byPath), "\(field) where \(filter)")
                compared += 1
            }
        }
        for field in ["country", "kind", "admin1", "name"] {
            let builder = ResultBuilder(store: store, kind: .places)
            let byPath = try path(.places, field)
            for kept in [Array(1...store.count(.places)), [2, 3]] {
                XCTAssertEqual(builder.indexedCounts(kept, by: byPath), builder.scannedCounts(kept, by: byPath), field)
            }
        }
        XCTAssertEqual(compared, filters.count * 11)
    }

    func testTopKSelectionEqualsThePrefixOfAFullSort() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 0..<80, using: &random)).map { _ in Int.random(in: 0..<10, using: &random) }
            let precedes = { (a: Int, b: Int) in values[a] != values[b] ? values[a] > values[b] : a < b }
            let full = values.indices.sorted(by: precedes)
            let k = Int.random(in: 0...90, using: &random)
            XCTAssertEqual(ResultBuilder.smallest(k, of: values.count, by: precedes), Array(full.prefix(k)), "\(values) k=\(k)")
        }
    }

    func testLimitedOrderingShowsTheSameRowsAsAFullSort() throws {
        let engine = QueryEngine(store: store)
        for order in ["year desc", "place", "date desc", "source, id desc", "years", "type desc, year"] {
            let full = engine.execute("claims order by \(order) select id")
            guard case .rows(let all)? = full.result else { return XCTFail(order) }
            for (limit, offset) in [(1, 0), (2, 0), (3, 2), (0, 0), (10, 5)] {
                guard case .rows(let cut)? = engine.execute("claims order by \(order) limit \(limit) offset \(offset) select id").result else {
                    return XCTFail(order)
                }
                XCTAssertEqual(Array(cut.rows), Array(all.rows.dropFirst(offset).prefix(limit)), "\(order) limit \(limit) offset \(offset)")
                XCTAssertEqual(cut.totalBeforeLimit, all.totalBeforeLimit)
            }
        }
    }

    func testAccessorsReadWhatValuesReads() {
        for kindSchema in store.schema.kinds {
            for field in kindSchema.fields {
                let read = store.accessor(kindSchema.kind, field: field.name)
                for id in 0...(store.count(kindSchema.kind) + 1) {
                    XCTAssertEqual(read(id), store.values(kindSchema.kind, id: id, field: field.name), "\(kindSchema.kind) \(field.name) \(id)")
                }
            }
        }
        XCTAssertEqual(store.accessor(.claims, field: "no_such_field")(1), [])
    }

    func testUnindexedFieldsAreCountedFromTheRecords() throws {
        XCTAssertNil(ResultBuilder(store: store, kind: .claims).indexedCounts([1, 2], by: try path(.claims, "text")))
    }
}
