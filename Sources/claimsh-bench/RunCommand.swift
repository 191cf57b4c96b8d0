import ArgumentParser
import ClaimExtraction
import ClaimStore
import Foundation

/// The whole benchmark in one process, so the corpus is read and extracted once: ingest on 1 and 2 cores,
/// the full load and its peak memory, the SQLite export, the queries in both engines, and claimsh's start-up.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every measurement on DIR and print the report.")

    @Option(help: "The SQLite database to (re)create.") var sqlite: String
    @Option(help: "A release claimsh binary, for the start-up measurement.") var claimsh: String?
    @Option(help: "Articles timed with 1 and with 2 workers (the first N); 0 means all.") var ingestSample: Int = 0
    @Option(help: "Timed runs per query and engine.") var runs: Int = 50
    @Option(help: "Seconds one query may spend on one engine before it stops short of --runs (at least 5 runs).")
    var budget: Double = 12
    @Option(help: "Also write the report (Markdown) to this file.") var report: String?
    @Argument(help: "A folder of articles (claimsh-bench gen writes one).") var directory: String

    func run() throws {
        var out: [String] = []
        func say(_ line: String) {
            print(line)
            fflush(stdout)
            out.append(line)
        }
        func note(_ line: String) {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }

        let files = try CorpusReader.articleFiles(in: directory)
        guard !files.isEmpty else { throw BenchError("no articles in \(directory)") }

        // The full load first, as claimsh does it, so the peak it reports is the load's and not the ingest timing's.
        note("loading all \(files.count) articles as claimsh --corpus does…")
        let load = try MeasuredLoad(directory)
        let (store, loadSeconds, peak, resident) = (load.store, load.seconds, load.peak, load.resident)
        say(String(format: "store: %d documents, %d claims, %d places; read, extracted and built (indexes included) in %.1f s",
                   store.documentCount, store.claimCount, store.places.count, loadSeconds))
        let perClaim = max(1, store.claimCount)
        say("peak RSS after loading (VmHWM): \(Format.mebibytes(peak)) (\(peak / perClaim) B/claim); "
            + "resident now: \(Format.mebibytes(resident)) (\(resident / perClaim) B/claim)")

        // 1 and 2 workers over the same sample; their documents are dropped after timing.
        let sample = ingestSample > 0 ? Array(files.prefix(ingestSample)) : files
        note("timing ingest of \(sample.count) articles with 1, then 2 workers…")
        let ingest = IngestReport.measure(sample)
        say(ingest.text)

        note("exporting to \(sqlite)…")
        let exportWatch = Stopwatch()
        try SQLiteExport.export(store, to: sqlite, workDirectory: sqlite + ".csv")
        say(String(format: "SQLite export (CSV, .import, indexes, FTS5): %.1f s", exportWatch.seconds))

        if let claimsh {
            let startup = try Startup.measure(binary: claimsh, runs: 20)
            say(String(format: "start-up: claimsh -c 'count claims' on the embedded seeds, median of %d runs: %.1f ms (min %.1f, max %.1f)",
                       startup.samples.count, startup.p50 * 1000, startup.samples.min()! * 1000, startup.samples.max()! * 1000))
        }
        say(GazetteerLoad.line(GazetteerLoad.measure(runs: 20)))

        note("timing queries (\(runs) runs each, at most \(Int(budget)) s per query and engine)…")
        let comparison = try QueryComparison.run(store: store, database: sqlite, runs: runs, budget: budget, progress: note)
        say("")
        say(comparison.table)
        if let report {
            try (out.joined(separator: "\n") + "\n").write(toFile: report, atomically: true, encoding: .utf8)
        }
        if !comparison.rowCountsAgree || !ingest.deterministic {
            note("claimsh-bench: row counts differ or extraction was not deterministic (see above)")
            throw ExitCode(1)
        }
    }
}

/// Time to build the gazetteer from its embedded tables (parse and index), in this process: the first build
/// pays for paging the tables in, the rest show the steady cost.
enum GazetteerLoad {
    static func measure(runs: Int) -> Timings {
        var samples: [Double] = []
        for _ in 0..<runs {
            let watch = Stopwatch()
            let gazetteer = Gazetteer.loadEmbedded()
            samples.append(watch.seconds)
            withExtendedLifetime(gazetteer) {}
        }
        return Timings(rows: 0, samples: samples)
    }

    static func line(_ timings: Timings) -> String {
        String(format: "gazetteer load (embedded tables parsed and indexed, in-process), median of %d: %.1f ms (first %.1f, min %.1f, max %.1f)",
               timings.samples.count, timings.p50 * 1000, timings.samples[0] * 1000,
               timings.samples.min()! * 1000, timings.samples.max()! * 1000)
    }
}

/// Wall time of whole claimsh processes, start to exit.
///
/// Spawned and reaped with `posix_spawn` and `waitpid`: Foundation's `Process.waitUntilExit` polls its run loop
/// every 50 ms on Linux, which rounded every start-up up to the next 50 ms (runs 1–10 read 52 or 103 ms).
enum Startup {
    static func measure(binary: String, runs: Int) throws -> Timings {
        var samples: [Double] = []
        for _ in 0..<runs {
            let watch = Stopwatch()
            let status = try runToExit(binary, arguments: ["-c", "count claims"])
            samples.append(watch.seconds)
            guard status == 0 else { throw BenchError("\(binary) -c 'count claims' exited \(status)") }
        }
        return Timings(rows: 0, samples: samples)
    }

    /// Runs the binary with its output sent to /dev/null and returns its exit status.
    static func runToExit(_ binary: String, arguments: [String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(binary): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("waiting for \(binary) failed: error \(errno)") }
        }
        // Exited normally: the exit code; killed by a signal: 128 plus the signal, as a shell reports it.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
