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

    /// Loads the seeds (unless `includeSeeds` is false), then every path — a file, or a folder of `.txt`/`.html` files —
    /// after the documents already in `existing`. Bad files are named in a warning and skipped; the rest loads.
    public static func load(includeSeeds: Bool, paths: [String], existing: [ExtractedDocument] = [],
                            progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> LoadResult {
        // The gazetteer loads on another thread while articles are read; extraction waits for it.
        let gazetteerReady = DispatchGroup()
        DispatchQueue.global().async(group: gazetteerReady) { _ = ClaimExtractor() }
        var diagnostics: [Diagnostic] = []
        var articles: [Article] = []
        if includeSeeds {
            for (article, warnings) in ArticleReader.readEmbeddedSeeds() {
                articles.append(article)
                diagnostics += warnings
            }
        }
        var filesFromPaths = 0
        var articlesFromPaths = 0
        for path in paths {
            let (files, listingWarnings) = articleFiles(at: path)
            diagnostics += listingWarnings
            filesFromPaths += files.count
            for file in files {
                do {
                    let (article, warnings) = try ArticleReader.read(path: file)
                    articles.append(article)
                    diagnostics += warnings
                    articlesFromPaths += 1
                } catch let error as ArticleError {
                    diagnostics.append(.warning("corpus.skipped", "skipped \(error.file): \(error.message)"))
                } catch {
                    diagnostics.append(.warning("corpus.skipped", "skipped \(file): \(error)"))
                }
            }
        }
        gazetteerReady.wait()
        let extractor = ClaimExtractor()
        let extracted = extract(articles, with: extractor, progress: progress)
        let store = EntityStore.build(documents: existing + extracted, catalog: extractor.catalog)
        let failed = !paths.isEmpty && articlesFromPaths == 0 && !includeSeeds && existing.isEmpty
        return LoadResult(store: store, diagnostics: diagnostics, failed: failed)
    }

    /// Extracts every article on all cores; the result is in input order whatever the thread timing.
    public static func extract(_ articles: [Article], with extractor: ClaimExtractor = ClaimExtractor(),
                               progress: ((Int, Int) -> Void)? = nil) -> [ExtractedDocument] {
        let results = ResultSlots<ExtractedDocument>(count: articles.count)
        let counter = ProgressCounter()
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            var article = articles[index]
            if article.published == nil, let inferred = PublicationDateInference.infer(article) {
                article.published = inferred
                article.dateBasis = .inferred
            }
            results.set(index, extractor.extract(article))
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

/// Write-once slots filled from concurrent iterations.
final class ResultSlots<Element>: @unchecked Sendable {
    private var slots: [Element?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Element) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Element] { slots.compactMap { $0 } }
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
