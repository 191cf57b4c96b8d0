import ClaimStore
import Foundation
import XCTest
@testable import claimsh_bench

final class SQLiteExportTests: XCTestCase {
    func testCSVQuotesTextAndLeavesNullEmpty() throws {
        let path = NSTemporaryDirectory() + "bench-csv-" + UUID().uuidString + ".csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CSVFile.write(path) { csv in
            csv.row([.int(3), .text("He said \"no\", twice\nthen left"), .null, .optionalText(nil)])
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(text, "3,\"He said \"\"no\"\", twice\nthen left\",,\n")
    }

    func testPercentilesAreNearestRank() {
        let timings = Timings(rows: 0, samples: (1...20).map(Double.init).reversed())
        XCTAssertEqual(timings.p50, 10)
        XCTAssertEqual(timings.p95, 19)
        XCTAssertEqual(Timings(rows: 0, samples: [4]).p95, 4)
    }

    /// The seeds exported and queried back through libsqlite3: every claim and link row arrives, and the
    /// benchmark's queries return the same number of rows in both engines.
    func testSeedExportMatchesTheStoreQueryByQuery() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { throw XCTSkip("sqlite3 is not installed") }
        let store = StoreLoader.load(includeSeeds: true, paths: []).store
        let database = NSTemporaryDirectory() + "bench-export-" + UUID().uuidString + ".db"
        defer {
            try? FileManager.default.removeItem(atPath: database)
            try? FileManager.default.removeItem(atPath: database + ".csv")
        }
        try SQLiteExport.export(store, to: database, workDirectory: database + ".csv")
        let library = try SQLiteLibrary()
        let db = try SQLiteLibrary.Database(path: database, library: library)
        XCTAssertEqual(try db.scalar("SELECT count(*) FROM claims"), String(store.claimCount))
        XCTAssertEqual(try db.scalar("SELECT count(*) FROM claim_places"), String(store.claims.reduce(0) { $0 + $1.places.count }))
        XCTAssertEqual(try db.scalar("SELECT count(*) FROM claim_years"), String(store.claims.reduce(0) { $0 + $1.years.count }))
        XCTAssertEqual(try db.scalar("SELECT count(*) FROM claims WHERE year IS NULL"), String(store.claims.filter { $0.year == nil }.count))
        let comparison = try QueryComparison.run(store: store, database: database, runs: 1, budget: 1)
        for row in comparison.rows where !row.query.name.hasPrefix("text contains") {
            XCTAssertEqual(row.claimsh.rows, row.sqlite.rows, row.query.name)
        }
    }
}
