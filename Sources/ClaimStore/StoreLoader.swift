import ClaimCorpus
import ClaimDiagnostics
import ClaimExtraction
import Dispatch
import Foundation

public struct LoadResult: Sendable {
    public var store: EntityStore
    /// Warnings, each naming a file that was skipped or repaired.
    public var diagnostics: [Diagnostic]
    /// Paths were given and not one article could be read from them.
    public var failed: Bool
}

/// Reads articles (embedded seeds and paths on disk), extracts claims on every core, and builds the store.
public enum StoreLoader {
    public static let articleExtensions: Set<String> = ["txt", "html", "htm"]

    /// Articles read and extracted at a time. Only one batch's articles and extracted documents are alive at once,
    /// so peak memory is the store plus a batch, not the store plus the whole corpus twice over.
    static let batchSize = 256

    /// Loads the seeds (unless `includeSeeds` is false), then every path — a file, or a folder of `.txt`/`.html` files —
    /// after the documents already in `existing`. Bad files are named in a warning and skipped; the rest loads.
    public static func load(includeSeeds: Bool, paths: [String], existing: [ExtractedDocument] = [],
                            progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> LoadResult {
        load(includeSeeds: includeSeeds, paths: paths, start: { builder in
            for document in existing { builder.add(document) }
        }, hasExisting: !existing.isEmpty, progress: progress)
    }

    /// Loads as above, after the documents of an existing store (its records are reused, not re-extracted).
    public static func load(includeSeeds: Bool, paths: [String], existing: LoadedDocuments,
                            progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> LoadResult {
        load(includeSeeds: includeSeeds, paths: paths, continuing: existing.store, hasExisting: existing.store.documentCount > 0,
             progress: progress)
    }

    /// Starts the extraction tables (the gazetteer above all) loading on another thread, so that a process can parse
    /// its flags meanwhile; `load` waits for them. Calling it again, or not at all, is harmless.
    public static func startLoadingTables() {
        _ = tablesReady
    }

    /// Done once the tables are loaded; started by the first `startLoadingTables` or `load`.
    private static let tablesReady: DispatchGroup = {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { _ = ClaimExtractor() }
        return group
    }()

    private static func load(includeSeeds: Bool, paths: [String], continuing store: EntityStore? = nil,
                             start: (inout StoreBuilder) -> Void = { _ in }, hasExisting: Bool,
                             progress: ((Int, Int) -> Void)?) -> LoadResult {
        // The tables load on another thread while files are listed and seeds read; extraction waits for them.
        startLoadingTables()
        var diagnostics: [Diagnostic] = []
        var seeds: [Article] = []
        if includeSeeds {
            for (article, warnings) in ArticleReader.readEmbeddedSeeds() {
                seeds.append(article)
                diagnostics += warnings
            }
        }
        let listings = paths.map { articleFiles(at: $0) }
        let total = seeds.count + listings.reduce(0) { $0 + $1.0.count }
        // While the gazetteer loads on another thread, this one builds the tables that do not need it.
        ClaimExtractor.loadTablesBesidesGazetteer()
        tablesReady.wait()
        let extractor = ClaimExtractor()
        var builder = store.map { StoreBuilder(catalog: extractor.catalog, continuing: $0) } ?? StoreBuilder(catalog: extractor.catalog)
        start(&builder)
        let counter = ProgressCounter()
        for batch in stride(from: 0, to: seeds.count, by: batchSize) {
            let articles = Array(seeds[batch..<min(seeds.count, batch + batchSize)])
            // The other threads extract while this one adds each document as soon as it and those before it are done:
            // adding after the whole batch left a core idle at start-up.
            let slots = ResultSlots<ExtractedDocument>(count: articles.count)
            DispatchQueue.global().async {
                DispatchQueue.concurrentPerform(iterations: articles.count) { index in
                    let document = extract(articles[index], with: extractor)
                    // Reported before the slot is set, so that no report comes after the load has returned.
                    progress?(counter.increment(), total)
                    slots.set(index, document)
                }
            }
            for index in articles.indices { builder.add(slots.take(index)) }
        }
        var articlesFromPaths = 0
        func add(_ results: [FileResult]) {
            for result in results {
                diagnostics += result.diagnostics
                if let document = result.document {
                    builder.add(document)
                    articlesFromPaths += 1
                }
            }
        }
        for (files, listingWarnings) in listings {
            diagnostics += listingWarnings
            // The next batch is read and extracted while this thread adds the previous one to the store: adding is
            // serial, and waiting for it left the other cores idle for about a third of a large load. Documents are
            // still added in file order, so the store is the same whatever the timing.
            var previous: (slots: ResultSlots<FileResult>, done: DispatchGroup)?
            for batch in stride(from: 0, to: files.count, by: batchSize) {
                let chosen = Array(files[batch..<min(files.count, batch + batchSize)])
                let slots = ResultSlots<FileResult>(count: chosen.count)
                let done = DispatchGroup()
                DispatchQueue.global().async(group: done) {
                    DispatchQueue.concurrentPerform(iterations: chosen.count) { index in
                        slots.set(index, readAndExtract(chosen[index], with: extractor))
                        progress?(counter.increment(), total)
                    }
                }
                if let previous {
                    previous.done.wait()
                    add(previous.slots.values())
                }
                previous = (slots, done)
            }
            if let previous {
                previous.done.wait()
                add(previous.slots.values())
            }
        }
        builder.finish()
        let failed = !paths.isEmpty && articlesFromPaths == 0 && !includeSeeds && !hasExisting
        return LoadResult(store: EntityStore(builder: builder), diagnostics: diagnostics, failed: failed)
    }

    /// One file's outcome: its document, or none, and the warnings reading it gave.
    private struct FileResult {
        var document: ExtractedDocument?
        var diagnostics: [Diagnostic]
    }

    private static func readAndExtract(_ file: String, with extractor: ClaimExtractor) -> FileResult {
        do {
            let (article, warnings) = try ArticleReader.read(path: file)
            return FileResult(document: extract(article, with: extractor), diagnostics: warnings)
        } catch let error as ArticleError {
            return FileResult(document: nil, diagnostics: [.warning("corpus.skipped", "skipped \(error.file): \(error.message)")])
        } catch {
            return FileResult(document: nil, diagnostics: [.warning("corpus.skipped", "skipped \(file): \(error)")])
        }
    }

    /// Extracts one article, inferring its publication date first when none was given.
    private static func extract(_ article: Article, with extractor: ClaimExtractor) -> ExtractedDocument {
        var article = article
        if article.published == nil, let inferred = PublicationDateInference.infer(article) {
            article.published = inferred
            article.dateBasis = .inferred
        }
        return extractor.extract(article)
    }

    /// Extracts every article on all cores; the result is in input order whatever the thread timing.
    public static func extract(_ articles: [Article], with extractor: ClaimExtractor = ClaimExtractor(),
                               progress: ((Int, Int) -> Void)? = nil) -> [ExtractedDocument] {
        let results = ResultSlots<ExtractedDocument>(count: articles.count)
        let counter = ProgressCounter()
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            results.set(index, extract(articles[index], with: extractor))
            let done = counter.increment()
            progress?(done, articles.count)
        }
        return results.values()
    }

    /// The article files a path names: the file itself, or a folder's `.txt`/`.html` files in name order.
    static func articleFiles(at path: String) -> ([String], [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], [.warning("corpus.missing", "skipped \(path): no such file or directory")])
        }
        guard isDirectory.boolValue else { return ([path], []) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return ([], [.warning("corpus.unreadable-folder", "skipped \(path): the folder cannot be read (permission denied?)")])
        }
        let folder = URL(fileURLWithPath: path)
        var files: [String] = []
        var others: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            var childIsDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &childIsDirectory)
            if childIsDirectory.boolValue { continue }
            if articleExtensions.contains(url.pathExtension.lowercased()) {
                files.append(url.path)
            } else if !name.hasSuffix(".meta.json") {
                others.append(name)
            }
        }
        var warnings: [Diagnostic] = []
        if !others.isEmpty {
            let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
            warnings.append(.warning("corpus.not-articles",
                                     "\(path): skipped \(others.count) file(s) that are not articles (.txt, .html): \(shown)"))
        }
        return (files, warnings)
    }
}

/// The documents of a loaded store, for loading more after them (`.load`); a build reuses the store's records.
public struct LoadedDocuments: Sendable {
    let store: EntityStore
}

extension EntityStore {
    /// What `.load` builds on: this store's documents, claims and entities, numbered as they are.
    public var sources: LoadedDocuments { LoadedDocuments(store: self) }
}

/// Write-once slots filled from concurrent iterations, read all at once or one by one as they fill.
final class ResultSlots<Element>: @unchecked Sendable {
    private var slots: [Element?]
    private let filled = NSCondition()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Element) {
        filled.lock()
        slots[index] = value
        filled.broadcast()
        filled.unlock()
    }

    func values() -> [Element] { slots.compactMap { $0 } }

    /// The value at `index`, waiting until it is set; the slot lets go of it.
    func take(_ index: Int) -> Element {
        filled.lock()
        defer { filled.unlock() }
        while slots[index] == nil { filled.wait() }
        let value = slots[index]!
        slots[index] = nil
        return value
    }
}

final class ProgressCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
