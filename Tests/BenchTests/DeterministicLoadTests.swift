import ClaimCorpus
import ClaimExtraction
import ClaimStore
import Foundation
import XCTest
@testable import claimsh_bench

/// The requirement on parallel ingest: ids and results are the same whatever the thread timing.
final class DeterministicLoadTests: XCTestCase {
    func testLoaderExtractionEqualsOneByOneExtraction() throws {
        let articles = try generatedArticles(count: 12, seed: 21)
        let extractor = ClaimExtractor()
        let serial = articles.map { extractor.extract($0) }
        for _ in 0..<3 {
            XCTAssertEqual(StoreLoader.extract(articles, with: extractor), serial)
        }
    }

    func testStoreIdsAreTheSameFromOneOrTwoWorkers() throws {
        let articles = try generatedArticles(count: 10, seed: 22)
        let catalog = ClaimExtractor().catalog
        let one = EntityStore.build(documents: ParallelExtraction.extract(articles, workers: 1), catalog: catalog)
        let two = EntityStore.build(documents: ParallelExtraction.extract(articles, workers: 2), catalog: catalog)
        XCTAssertGreaterThan(one.claimCount, 100)
        XCTAssertEqual(one.claims.map(\.text), two.claims.map(\.text))
        XCTAssertEqual(one.claims.map(\.places), two.claims.map(\.places))
        XCTAssertEqual(one.places.map(\.entry.name), two.places.map(\.entry.name))
        XCTAssertEqual(one.actors.map(\.entry.name), two.actors.map(\.entry.name))
    }

    private func generatedArticles(count: Int, seed: UInt64) throws -> [Article] {
        let generator = CorpusGenerator(seed: seed)
        return try (1...count).map { index in
            let files = generator.article(index)
            let metadata = try JSONDecoder().decode(ArticleMetadata.self, from: Data(files.metadata.utf8))
            return try ArticleReader.read(name: files.name + ".txt", data: Array(files.text.utf8), metadata: metadata).0
        }
    }
}
