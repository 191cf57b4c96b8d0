import XCTest
import ClaimCorpus
import ClaimDiagnostics
import ClaimStore
#if canImport(Glibc)
import Glibc
#endif

/// A corpus folder full of trouble: each bad file either loads correctly or is named in exactly one warning,
/// and every good article around it still loads.
final class BadFilesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-badfiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(folder.appendingPathComponent("locked.txt").path, 0o644)
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    private func write(_ name: String, _ text: String) throws {
        try write(name, Array(text.utf8))
    }

    private static let body = """
    Militants shelled the eastern districts of Tell Abyad on Sunday, killing at least 12 people, a local council said.

    The council said 300 families had fled the town since the attack began in March 2019.
    """

    private func warnings(_ result: LoadResult, naming file: String) -> [Diagnostic] {
        result.diagnostics.filter { $0.message.contains(file) }
    }

    func testEveryBadFileIsNamedOnceAndTheRestLoads() throws {
        try write("good.txt", "Shelling in Tell Abyad\n\n" + Self.body)
        try write("crlf.txt", ("Windows line endings\n\n" + Self.body).replacingOccurrences(of: "\n", with: "\r\n"))
        try write("nul.txt", Array(("Stray NUL bytes\n\n" + Self.body).utf8).flatMap { $0 == UInt8(ascii: "2") ? [$0, 0] : [$0] })
        try write("latin1.txt", Array("Invalid UTF-8\n\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x20] + Array(Self.body.utf8))
        try write("arabic.txt", "قصف في تل أبيض\n\nقال المجلس المحلي إن مسلحين قصفوا الأحياء الشرقية من تل أبيض يوم الأحد، ما أسفر عن مقتل 12 شخصاً على الأقل.\n\n" + Self.body)
        try write("rtl-marks.txt", "\u{202B}Shelling reported\u{202C}\n\n\u{200F}" + Self.body)
        try write("empty.txt", [])
        try write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 400) + [1, 2, 3])
        try write("only-blank.html", "<html><body>   </body></html>")
        try write("notes.md", "# not an article")
        try write("photo.png", [0x89, 0x50, 0x4E, 0x47])
        try write("locked.txt", "Locked away\n\n" + Self.body)
        chmod(folder.appendingPathComponent("locked.txt").path, 0o000)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("subfolder.txt"), withIntermediateDirectories: true)

        let missing = folder.appendingPathComponent("no-such-file.txt").path
        let result = StoreLoader.load(includeSeeds: false, paths: [folder.path, missing])
        XCTAssertFalse(result.failed)

        let files = Set(result.store.documents.map(\.file))
        for loaded in ["good.txt", "crlf.txt", "nul.txt", "latin1.txt", "arabic.txt", "rtl-marks.txt"] {
            XCTAssertTrue(files.contains(loaded), "\(loaded) should load: \(files) \(result.diagnostics.map(\.message))")
        }
        for skipped in ["empty.txt", "binary.txt", "only-blank.html", "no-such-file.txt"] {
            XCTAssertFalse(files.contains(skipped))
            XCTAssertEqual(warnings(result, naming: skipped).count, 1, "\(skipped): \(result.diagnostics.map(\.message))")
        }
        // Not articles: named together in the folder's one warning.
        let others = result.diagnostics.filter { $0.message.contains("notes.md") }
        XCTAssertEqual(others.count, 1)
        XCTAssertTrue(others.first?.message.contains("photo.png") == true)
        // Root reads any file, so the locked one loads there; anyone else gets it named.
        if geteuid() != 0 {
            XCTAssertEqual(warnings(result, naming: "locked.txt").count, 1, "\(result.diagnostics.map(\.message))")
        } else {
            XCTAssertTrue(files.contains("locked.txt"))
        }
        // Repaired files are named in one warning each, saying what was repaired.
        XCTAssertEqual(warnings(result, naming: "nul.txt").map(\.id.rawValue), ["corpus.nul-bytes"])
        XCTAssertEqual(warnings(result, naming: "latin1.txt").map(\.id.rawValue), ["corpus.invalid-utf8"])
        for clean in ["good.txt", "crlf.txt", "arabic.txt", "rtl-marks.txt", "subfolder.txt"] {
            XCTAssertEqual(warnings(result, naming: clean).count, 0, "\(clean): \(result.diagnostics.map(\.message))")
        }
    }

    func testWindowsLineEndingsAndNULsDoNotLeakIntoTheText() throws {
        try write("crlf.txt", ("Windows line endings\n\n" + Self.body).replacingOccurrences(of: "\n", with: "\r\n"))
        try write("nul.txt", Array(("Stray NUL bytes\n\n" + Self.body).utf8).flatMap { $0 == UInt8(ascii: ",") ? [$0, 0] : [$0] })
        for name in ["crlf.txt", "nul.txt"] {
            let (article, _) = try ArticleReader.read(path: folder.appendingPathComponent(name).path)
            let text = article.paragraphs.flatMap(\.sentences).map(\.text).joined(separator: " ")
            XCTAssertFalse(text.contains("\r") || text.contains("\0"), name)
            XCTAssertTrue(text.contains("killing at least 12 people"), "\(name): \(text)")
            XCTAssertGreaterThanOrEqual(article.paragraphs.count, 2, name)
        }
    }

    func testArabicScriptTextKeepsItsCharacters() throws {
        let sentence = "قال المجلس المحلي إن 300 عائلة نزحت من البلدة."
        try write("arabic.txt", "عنوان\n\n" + sentence + "\n")
        let (article, warnings) = try ArticleReader.read(path: folder.appendingPathComponent("arabic.txt").path)
        XCTAssertTrue(warnings.isEmpty, "\(warnings)")
        XCTAssertEqual(article.paragraphs.flatMap(\.sentences).map(\.text), [sentence])
    }

    /// A 50 MB article on one line is read, not refused, and its sentences stay bounded however few stops it has.
    func testFiftyMegabyteSingleLineArticleIsReadInBoundedSentences() throws {
        let sentence = "Fighters attacked a checkpoint near Tell Abyad on Sunday, killing four guards, the council said. "
        var line = Array("A very long file\n\n".utf8)
        line.reserveCapacity(50 * 1_048_576 + sentence.utf8.count)
        while line.count < 25 * 1_048_576 { line += sentence.utf8 }
        // The second half has no sentence end at all.
        let run = Array(sentence.replacingOccurrences(of: ".", with: ",").utf8)
        while line.count < 50 * 1_048_576 { line += run }
        let (article, warnings) = try ArticleReader.read(name: "long.txt", data: line)
        XCTAssertTrue(warnings.isEmpty, "\(warnings)")
        let sentences = article.paragraphs.flatMap(\.sentences)
        XCTAssertGreaterThan(sentences.count, 25 * 1_048_576 / sentence.utf8.count)
        XCTAssertLessThanOrEqual(sentences.map(\.text.unicodeScalars.count).max() ?? 0, SentenceSplitter.maximumSentenceLength)
    }

    /// One megabyte without a sentence end used to be one sentence, and the recognisers took minutes over it.
    func testALongRunWithoutSentenceEndsLoadsAndExtracts() throws {
        let run = "fighters attacked a checkpoint near Tell Abyad on Sunday, killing four guards, the council said, "
        try write("run-on.txt", "A run-on article\n\n" + String(repeating: run, count: 1_048_576 / run.utf8.count))
        let result = StoreLoader.load(includeSeeds: false, paths: [folder.path])
        XCTAssertEqual(result.store.documents.map(\.file), ["run-on.txt"], "\(result.diagnostics.map(\.message))")
        XCTAssertGreaterThan(result.store.claimCount, 100)
    }

    func testAFolderWithNoArticlesFailsTheLoad() throws {
        try write("empty.txt", [])
        let result = StoreLoader.load(includeSeeds: false, paths: [folder.path])
        XCTAssertTrue(result.failed)
        XCTAssertEqual(warnings(result, naming: "empty.txt").count, 1)
    }
}
