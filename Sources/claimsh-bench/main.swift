import ArgumentParser
import ClaimCorpus
import ClaimExtraction
import ClaimQuery
import ClaimStore
import Foundation

/// `claimsh-bench`: makes a synthetic corpus, and measures claimsh's ingest, memory, start-up and queries
/// side by side with SQLite over the same claims.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimsh-bench",
        abstract: "Generate a corpus and benchmark claimsh against SQLite on it.",
        discussion: """
        Examples:
          claimsh-bench gen --articles 25000 --seed 1 /tmp/corpus
          claimsh-bench ingest /tmp/corpus --sample 2000
          claimsh-bench export --sqlite /tmp/claims.db /tmp/corpus
          claimsh-bench run /tmp/corpus --sqlite /tmp/claims.db --claimsh .build/release/claimsh
          claimsh-bench dump seeds/ > /tmp/documents.txt
        """,
        subcommands: [Generate.self, Ingest.self, Export.self, Queries.self, Run.self, Memory.self, Dump.self, StartupTime.self])
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gen", abstract: "Write a deterministic synthetic corpus into DIR.")

    @Option(help: "Number of articles.") var articles: Int = 100
    @Option(help: "Seed: the same seed writes the same files.") var seed: UInt64 = 1
    @Option(help: "Body sentences per article (most become one claim).") var sentences: Int = 44
    @Argument(help: "Folder to write into (created if missing).") var directory: String

    func run() throws {
        var generator = CorpusGenerator(seed: seed)
        generator.sentencesPerArticle = sentences
        let watch = Stopwatch()
        let bytes = try generator.write(articles: articles, to: directory)
        print(String(format: "wrote %d articles (%.1f MB of text) to %@ in %.1f s", articles, Double(bytes) / 1e6, directory, watch.seconds))
    }
}

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure ingest (reading and extraction) MB/s and claims/s with 1 and 2 worker threads.")

    @Option(help: "Articles to time (the first N of DIR); 0 means all.") var sample: Int = 0
    @Argument(help: "A folder of articles.") var directory: String

    func run() throws {
        let files = try CorpusReader.articleFiles(in: directory)
        let chosen = sample > 0 ? Array(files.prefix(sample)) : files
        let report = IngestReport.measure(chosen)
        print(report.text)
        if !report.deterministic { throw ExitCode(1) }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the claims of DIR (or the seeds) into a SQLite database.")

    @Option(help: "The database to (re)create.") var sqlite: String
    @Flag(help: "Export the embedded seed articles.") var seeds = false
    @Argument(help: "A folder of articles.") var directory: String?

    func run() throws {
        let store = try StoreSource(directory: directory, seeds: seeds).load()
        let watch = Stopwatch()
        try SQLiteExport.export(store, to: sqlite, workDirectory: sqlite + ".csv")
        print(String(format: "exported %d claims to %@ in %.1f s", store.claimCount, sqlite, watch.seconds))
    }
}

struct Queries: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time the benchmark queries in claimsh and in SQLite (a database made by export from the same articles).")

    @Option(help: "The database export wrote.") var sqlite: String
    @Option(help: "Timed runs per query and engine.") var runs: Int = 50
    @Flag(help: "Query the embedded seed articles.") var seeds = false
    @Option(help: "Only the queries whose name contains this text (to profile one).") var only: String?
    @Argument(help: "A folder of articles.") var directory: String?

    func run() throws {
        let loading = Stopwatch()
        let store = try StoreSource(directory: directory, seeds: seeds).load()
        FileHandle.standardError.write(Data(String(format: "loaded %d claims in %.1f s\n", store.claimCount, loading.seconds).utf8))
        let results = try QueryComparison.run(store: store, database: sqlite, runs: runs, only: only)
        print(results.table)
        if !results.rowCountsAgree { throw ExitCode(1) }
    }
}

/// Where a subcommand's store comes from: a folder (without seeds) or the embedded seeds.
struct StoreSource {
    var directory: String?
    var seeds: Bool

    func load() throws -> EntityStore {
        guard seeds || directory != nil else { throw ValidationError("give a folder of articles or --seeds") }
        let result = StoreLoader.load(includeSeeds: seeds, paths: directory.map { [$0] } ?? [])
        if result.failed { throw BenchError("no articles could be read from \(directory ?? "")") }
        return result.store
    }
}

BenchCommand.main()

struct StartupTime: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract: "Time whole `claimsh -c 'count claims'` processes on the embedded seeds, and the gazetteer's load.")
    @Argument(help: "A release claimsh binary.") var claimsh: String
    @Option(help: "Processes to time.") var runs = 20

    func run() throws {
        let startup = try Startup.measure(binary: claimsh, runs: runs)
        print(String(format: "start-up: claimsh -c 'count claims' on the embedded seeds, median of %d runs: %.1f ms (min %.1f, max %.1f)",
                     startup.samples.count, startup.p50 * 1000, startup.samples.min()! * 1000, startup.samples.max()! * 1000))
        // After the processes, so the first load below is this process's first touch of the tables.
        print(GazetteerLoad.line(GazetteerLoad.measure(runs: runs)))
    }
}
