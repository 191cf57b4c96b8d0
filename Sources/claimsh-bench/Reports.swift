import ClaimCorpus
import ClaimExtraction
import ClaimQuery
import ClaimStore
import Foundation

/// Extraction timed with 1 then 2 workers over the same articles, and whether both gave the same documents.
struct IngestReport {
    var single: IngestMeasurement
    var double: IngestMeasurement
    var deterministic: Bool

    /// Each run's documents are dropped once hashed, so only one run's are ever alive.
    static func measure(_ files: [String]) -> IngestReport {
        let bytes = CorpusReader.size(of: files)
        let (single, one) = IngestBenchmark.measure(files, bytes: bytes, workers: 1)
        let oneHashes = one.map(\.hashValue)
        let (double, two) = IngestBenchmark.measure(files, bytes: bytes, workers: 2)
        // Equal documents hash alike within a process; a collision hiding a difference is vanishingly unlikely.
        let deterministic = oneHashes == two.map(\.hashValue)
        return IngestReport(single: single, double: double, deterministic: deterministic)
    }

    var speedup: Double { single.seconds / double.seconds }

    var text: String {
        var lines = ["ingest (reading and extraction of \(single.articles) articles, \(Format.megabytes(single.bytes)), \(single.claims) claims):"]
        for m in [single, double] {
            lines.append(String(format: "  %d core%@  %7.2f MB/s  %9.0f claims/s  %6.1f s wall  %6.1f s CPU (%.2f cores busy)",
                                m.workers, m.workers == 1 ? " " : "s", m.megabytesPerSecond, m.claimsPerSecond, m.seconds,
                                m.cpuSeconds, m.cpuSeconds / m.seconds))
        }
        lines.append(String(format: "  per CPU-second: %.2f MB and %.0f claims (1 worker), %.2f MB and %.0f claims (2 workers)",
                            Double(single.bytes) / 1e6 / single.cpuSeconds, Double(single.claims) / single.cpuSeconds,
                            Double(double.bytes) / 1e6 / double.cpuSeconds, Double(double.claims) / double.cpuSeconds))
        lines.append(String(format: "  speed-up on 2 cores: %.2f×; same documents with 1 and 2 workers: %@", speedup, deterministic ? "yes" : "NO"))
        return lines.joined(separator: "\n")
    }
}

/// Both engines over the same claims, query by query.
struct QueryComparison {
    struct Row {
        var query: BenchQuery
        var claimsh: Timings
        var sqlite: Timings
        var ratio: Double { claimsh.p50 / sqlite.p50 }
        var rowsAgree: Bool { claimsh.rows == sqlite.rows }
    }

    var rows: [Row]
    var claimCount: Int
    var sqliteVersion: String

    var rowCountsAgree: Bool { rows.allSatisfy(\.rowsAgree) }

    static func run(store: EntityStore, database path: String, runs: Int, budget: Double = 25, only: String? = nil,
                    progress: (String) -> Void = { _ in }) throws -> QueryComparison {
        let library = try SQLiteLibrary()
        let database = try SQLiteLibrary.Database(path: path, library: library)
        let exported = Int(try database.scalar("SELECT count(*) FROM claims") ?? "") ?? -1
        guard exported == store.claimCount else {
            throw BenchError("\(path) holds \(exported) claims but the store \(store.claimCount): export it from the same articles")
        }
        let engine = QueryEngine(store: store)
        var rows: [Row] = []
        for query in QueryBenchmark.queries(for: store) where only.map(query.name.contains) ?? true {
            progress("  \(query.name): claimsh…")
            let claimsh = try QueryBenchmark.runClaimsh(query, engine: engine, runs: runs, budget: budget)
            progress("  \(query.name): SQLite…")
            let sqlite = try QueryBenchmark.runSQLite(query, database: database, runs: runs, budget: budget)
            rows.append(Row(query: query, claimsh: claimsh, sqlite: sqlite))
        }
        return QueryComparison(rows: rows, claimCount: store.claimCount, sqliteVersion: library.version)
    }

    /// The ratio table, as Markdown (it reads as plain text too).
    var table: String {
        var lines = [
            "queries at \(claimCount) claims (times in ms; runs per engine in brackets; SQLite \(sqliteVersion), in-process):",
            "",
            "| query | rows | claimsh p50 | claimsh p95 | SQLite p50 | SQLite p95 | claimsh/SQLite (p50) | rows agree |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for row in rows {
            let rowsText = row.rowsAgree ? String(row.claimsh.rows) : "\(row.claimsh.rows) vs \(row.sqlite.rows)"
            lines.append("| \(row.query.name)\(row.query.indexed ? "" : " †") | \(rowsText) | "
                + "\(Format.ms(row.claimsh.p50)) | \(Format.ms(row.claimsh.p95)) [\(row.claimsh.samples.count)] | "
                + "\(Format.ms(row.sqlite.p50)) | \(Format.ms(row.sqlite.p95)) [\(row.sqlite.samples.count)] | "
                + String(format: "%.2f", row.ratio) + " | \(row.rowsAgree ? "yes" : "NO") |")
        }
        lines.append("")
        lines.append("† not an index lookup in the issue's sense (text, sort, path); the rest are indexed queries.")
        return lines.joined(separator: "\n")
    }
}

enum Format {
    static func ms(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return ms < 1 ? String(format: "%.3f", ms) : ms < 100 ? String(format: "%.2f", ms) : String(format: "%.0f", ms)
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

    static func mebibytes(_ bytes: Int) -> String { String(format: "%.0f MiB", Double(bytes) / 1_048_576) }
}
