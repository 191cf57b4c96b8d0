import ArgumentParser
import ClaimCorpus
import ClaimExtraction
import Foundation

/// `claimsh-bench dump`: every field of every extracted document, evidence included, as plain text in a fixed
/// order, so two builds can be compared with `cmp` after a change meant to keep extraction's output as it was.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every extracted document in full (claims, figures, evidence), for comparing two builds.",
        discussion: """
        Folders are read as `claimsh --corpus` reads them (.txt and .html, with sidecars). With --raw, every file \
        is read as the article fuzz target reads an input: its first byte picks the .txt or the .html reader.
        Example: claimsh-bench dump --raw Tests/FuzzRegression/article > /tmp/before.txt
        """)

    @Flag(help: "Read every file as a fuzz input (first byte even: .txt, odd: .html).") var raw = false
    @Argument(help: "Article files or folders.") var paths: [String]

    func run() throws {
        let extractor = ClaimExtractor()
        for file in try files() {
            FileHandle.standardOutput.write(Data(Self.text(of: file, raw: raw, extractor: extractor).utf8))
        }
    }

    /// One file's dump: a `=== PATH` line, then the document in full (Swift's `dump`, every stored field in
    /// declaration order), or why it could not be read.
    static func text(of file: String, raw: Bool, extractor: ClaimExtractor) -> String {
        var out = "=== \(file)\n"
        do {
            dump(extractor.extract(try read(file, raw: raw)), to: &out)
        } catch let error as ArticleError {
            out += "unreadable: \(error.message)\n"
        } catch {
            out += "unreadable: \(error)\n"
        }
        return out
    }

    private static func read(_ file: String, raw: Bool) throws -> Article {
        guard raw else { return try ArticleReader.read(path: file).0 }
        let data = [UInt8](FileManager.default.contents(atPath: file) ?? Data())
        let name = (data.first ?? 0) & 1 == 0 ? "fuzz.txt" : "fuzz.html"
        return try ArticleReader.read(name: name, data: data).0
    }

    /// The files named, folders expanded in name order.
    private func files() throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("no such file or folder: \(path)")
            }
            if !isFolder.boolValue {
                result.append(path)
            } else if raw {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                result += names.map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
            } else {
                result += try CorpusReader.articleFiles(in: path)
            }
        }
        return result
    }
}
