import XCTest
import ClaimCorpus
@testable import ClaimStore

final class StoreLoaderTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func testBadFilesAreNamedAndSkippedWhileTheRestLoads() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "A headline\nFighting was reported near Manbij on Tuesday, residents said.".write(
            to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data(repeating: 0, count: 300).write(to: folder.appendingPathComponent("blob.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try "not an article".write(to: folder.appendingPathComponent("notes.pdf"), atomically: true, encoding: .utf8)
        let result = StoreLoader.load(includeSeeds: false, paths: [folder.path, folder.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(result.store.documentCount, 1)
        XCTAssertFalse(result.failed)
        let messages = result.diagnostics.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("blob.txt") && $0.contains("binary") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("empty.txt") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("notes.pdf") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("missing.txt") }, "\(messages)")
    }

    func testNothingLoadableFails() {
        let result = StoreLoader.load(includeSeeds: false, paths: ["/nonexistent/claimsh"])
        XCTAssertTrue(result.failed)
    }

    func testSeedsLoadDeterministically() {
        let first = StoreLoader.load(includeSeeds: true, paths: [])
        let second = StoreLoader.load(includeSeeds: true, paths: [])
        XCTAssertEqual(first.store.documentCount, EmbeddedSeeds.articles.count)
        XCTAssertGreaterThan(first.store.claimCount, 50)
        XCTAssertEqual(first.store.claims.map(\.text), second.store.claims.map(\.text))
        XCTAssertEqual(first.store.places.map(\.entry.key), second.store.places.map(\.entry.key))
        XCTAssertEqual(first.store.claims.map(\.places), second.store.claims.map(\.places))
    }

    func testAFolderOfSeveralBatchesLoadsInFileOrderWithBadFilesAmongThem() throws {
        // More files than three batches: the next batch is extracted while the previous one is added.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = StoreLoader.batchSize * 3 + 17
        for number in 1...count {
            let name = String(format: "%05d.txt", number)
            if number % 100 == 0 {
                try Data(repeating: 0, count: 64).write(to: folder.appendingPathComponent(name))
                continue
            }
            try "Report \(number)\nShelling hit Manbij, and \(number) families fled, residents said.".write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = StoreLoader.load(includeSeeds: false, paths: [folder.path])
        let expected = (1...count).filter { $0 % 100 != 0 }
        XCTAssertEqual(result.store.documents.map(\.file), expected.map { String(format: "%05d.txt", $0) })
        XCTAssertEqual(result.store.documents.map(\.id), Array(1...expected.count))
        XCTAssertEqual(result.store.figures.map { Int($0.value ?? -1) }, expected)
        XCTAssertEqual(result.diagnostics.filter { $0.message.contains("binary") }.count, count / 100)
    }
}
