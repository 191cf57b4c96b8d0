import ClaimQuery
import ClaimStore
import Foundation

/// One question asked of both engines: claimsh's statement and the SQL a SQLite user would write for it.
struct BenchQuery {
    var name: String
    var claimsh: String
    var sql: String
    /// Served by posting lists in claimsh (the issue's target: p50 at most SQLite's).
    var indexed: Bool
}

/// Latencies of one query on one engine.
struct Timings {
    var rows: Int
    var samples: [Double]

    var p50: Double { percentile(0.50) }
    var p95: Double { percentile(0.95) }

    /// Nearest-rank percentile, in seconds.
    func percentile(_ fraction: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}

enum QueryBenchmark {
    /// The issue's eight queries, with values chosen from the store so that they select something: the most
    /// named place and year, a mid-frequency actor, Iraq for the path.
    static func queries(for store: EntityStore, word: String = "besieged", phrase: String = "heavy fighting") -> [BenchQuery] {
        let places = store.valueCounts(.claims, field: "places") ?? []
        let years = store.valueCounts(.claims, field: "year") ?? []
        let actors = store.valueCounts(.claims, field: "actors") ?? []
        let place = places.first.map { store.display($0.0).description } ?? "Raqqa"
        let year = years.first.map { $0.0.description } ?? "2017"
        let actor = actors.dropFirst(min(4, max(0, actors.count - 1))).first.map { store.display($0.0).description } ?? "Islamic State"
        let low = (Int(year) ?? 2017) - 3, high = (Int(year) ?? 2017) - 1
        func q(_ text: String) -> String { "\"" + text + "\"" }
        func s(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        return [
            BenchQuery(name: "place = X and year = Y",
                       claimsh: "claims where place = \(q(place)) and year = \(year) select id",
                       sql: "SELECT c.id FROM claims c JOIN claim_places cp ON cp.claim_id = c.id WHERE cp.place = \(s(place)) AND c.year = \(year)",
                       indexed: true),
            BenchQuery(name: "place = X or actor = A",
                       claimsh: "claims where place = \(q(place)) or actor = \(q(actor)) select id",
                       sql: "SELECT id FROM claims WHERE id IN (SELECT claim_id FROM claim_places WHERE place = \(s(place))) "
                           + "OR id IN (SELECT claim_id FROM claim_actors WHERE actor = \(s(actor)))",
                       indexed: true),
            BenchQuery(name: "year between \(low) and \(high)",
                       claimsh: "claims where year between \(low) and \(high) select id",
                       sql: "SELECT id FROM claims WHERE year BETWEEN \(low) AND \(high)",
                       indexed: true),
            BenchQuery(name: "text contains \"\(word)\"",
                       claimsh: "claims where text contains \(q(word)) select id",
                       sql: "SELECT rowid FROM claims_fts WHERE claims_fts MATCH \(s(word))",
                       indexed: false),
            BenchQuery(name: "text contains \"\(phrase)\"",
                       claimsh: "claims where text contains \(q(phrase)) select id",
                       sql: "SELECT rowid FROM claims_fts WHERE claims_fts MATCH \(s("\"" + phrase + "\""))",
                       indexed: false),
            BenchQuery(name: "group by place",
                       claimsh: "count claims by place",
                       sql: "SELECT place, count(*) FROM claim_places GROUP BY place ORDER BY 2 DESC",
                       indexed: true),
            BenchQuery(name: "order by date desc limit 20",
                       claimsh: "claims order by date desc limit 20 select id, date",
                       sql: "SELECT id, date FROM claims ORDER BY date DESC LIMIT 20",
                       indexed: false),
            BenchQuery(name: "place.country = \"Iraq\"",
                       claimsh: "claims where place.country = \"Iraq\" select id",
                       sql: "SELECT id FROM claims WHERE id IN (SELECT claim_id FROM claim_places WHERE place_id IN "
                           + "(SELECT id FROM places WHERE country = 'Iraq'))",
                       indexed: false),
        ]
    }

    /// Rows a claimsh result holds, counted as SQL would: groups with no value are not rows of `claim_places`.
    static func rowCount(_ outcome: StatementOutcome) -> Int? {
        switch outcome.result {
        case .rows(let set)?: return set.rows.count
        case .grouped(let set)?: return set.rows.filter { !($0.first?.isEmpty ?? true) }.count
        case .count(_, let value)?: return value
        default: return nil
        }
    }

    /// Reads every value of every row, as the SQLite side reads every column of every row: claimsh builds a listing's
    /// rows when they are read, so counting them alone would time less work than SQLite does.
    static func readEveryCell(_ outcome: StatementOutcome) -> Int {
        guard case .rows(let set)? = outcome.result else { return 0 }
        var values = 0
        for row in set.rows {
            for cell in row { values &+= cell.count }
        }
        return values
    }

    /// Runs `body` up to `runs` times (after one untimed warm-up), stopping early once `budget` seconds are
    /// spent, but never before `minimumRuns`.
    static func time(runs: Int, budget: Double, minimumRuns: Int = 5, _ body: () throws -> Int) rethrows -> Timings {
        let rows = try body()
        var samples: [Double] = []
        let total = Stopwatch()
        for _ in 0..<runs {
            let watch = Stopwatch()
            blackHole(try body())
            samples.append(watch.seconds)
            if samples.count >= minimumRuns && total.seconds > budget { break }
        }
        return Timings(rows: rows, samples: samples)
    }

    static func runClaimsh(_ query: BenchQuery, engine: QueryEngine, runs: Int, budget: Double) throws -> Timings {
        try time(runs: runs, budget: budget) {
            let outcome = engine.execute(query.claimsh)
            guard !outcome.hasErrors, let rows = rowCount(outcome) else {
                throw BenchError("claimsh failed on \(query.claimsh): \(outcome.diagnostics.map(\.message).joined(separator: "; "))")
            }
            blackHole(readEveryCell(outcome))
            return rows
        }
    }

    static func runSQLite(_ query: BenchQuery, database: SQLiteLibrary.Database, runs: Int, budget: Double) throws -> Timings {
        try time(runs: runs, budget: budget) { try database.run(query.sql) }
    }
}
