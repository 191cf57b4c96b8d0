import Dispatch
import Foundation

/// Writes a deterministic synthetic corpus: `NNNNNNN.txt` articles with `NNNNNNN.meta.json` sidecars.
/// Article `i` depends only on the seed and `i`, so the corpus is the same whatever the thread timing.
struct CorpusGenerator {
    var seed: UInt64
    /// Body sentences per article; most become one claim each.
    var sentencesPerArticle = 44
    let vocabulary = GeneratorVocabulary.standard()

    /// One article's files: the text and its sidecar JSON.
    func article(_ index: Int) -> (name: String, text: String, metadata: String) {
        var writer = ArticleWriter(vocabulary: vocabulary, random: SplitMix64(seed: seed, stream: UInt64(index)))
        let (text, title, outlet, author) = writer.write(sentences: sentencesPerArticle)
        let metadata = """
        {
          "title": \(jsonString(title)),
          "outlet": \(jsonString(outlet)),
          "author": \(jsonString(author)),
          "published": "\(writer.publishedISO)",
          "published_precision": "day",
          "date_basis": "metadata"
        }

        """
        return (Self.fileName(index), text, metadata)
    }

    static func fileName(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    /// Writes `count` articles into `directory` (created if missing) on all cores; returns the bytes of text written.
    @discardableResult
    func write(articles count: Int, to directory: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: directory)
        let failures = Tally()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let (name, text, metadata) = article(index + 1)
            do {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".txt"))
                try Data(metadata.utf8).write(to: folder.appendingPathComponent(name + ".meta.json"))
                failures.add(bytes: text.utf8.count)
            } catch {
                failures.fail(error)
            }
        }
        if let error = failures.firstError { throw error }
        return failures.bytes
    }

    private func jsonString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

/// Bytes written and the first failure, from concurrent writers.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var bytes = 0
    private(set) var firstError: Error?

    func add(bytes count: Int) {
        lock.lock(); bytes += count; lock.unlock()
    }

    func fail(_ error: Error) {
        lock.lock(); if firstError == nil { firstError = error }; lock.unlock()
    }
}
