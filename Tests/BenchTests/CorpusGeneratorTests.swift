import ClaimCorpus
import ClaimExtraction
import Foundation
import XCTest
@testable import claimsh_bench

final class CorpusGeneratorTests: XCTestCase {
    func testSameSeedWritesTheSameArticles() {
        let first = CorpusGenerator(seed: 42), second = CorpusGenerator(seed: 42)
        for index in [1, 2, 17, 999] {
            XCTAssertEqual(first.article(index).text, second.article(index).text)
            XCTAssertEqual(first.article(index).metadata, second.article(index).metadata)
        }
    }

    func testSeedsAndIndicesGiveDifferentArticles() {
        let generator = CorpusGenerator(seed: 42)
        XCTAssertNotEqual(generator.article(1).text, generator.article(2).text)
        XCTAssertNotEqual(generator.article(1).text, CorpusGenerator(seed: 43).article(1).text)
    }

    func testFolderIsIdenticalWhateverTheThreadTiming() throws {
        let a = try temporaryFolder(), b = try temporaryFolder()
        try CorpusGenerator(seed: 7).write(articles: 24, to: a)
        try CorpusGenerator(seed: 7).write(articles: 24, to: b)
        let names = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        XCTAssertEqual(names.count, 48, "an article and a sidecar each")
        XCTAssertEqual(names, try FileManager.default.contentsOfDirectory(atPath: b).sorted())
        for name in names {
            XCTAssertEqual(FileManager.default.contents(atPath: a + "/" + name), FileManager.default.contents(atPath: b + "/" + name), name)
        }
    }

    func testSidecarIsMetadataTheReaderAccepts() throws {
        let article = CorpusGenerator(seed: 3).article(5)
        let metadata = try JSONDecoder().decode(ArticleMetadata.self, from: Data(article.metadata.utf8))
        XCTAssertNotNil(metadata.published.flatMap { CalendarDate(iso: $0) })
        XCTAssertEqual(metadata.date_basis, "metadata")
        XCTAssertFalse(metadata.title?.isEmpty ?? true)
    }

    /// The articles must make the extractor work: many claims, places in more than one spelling, sources,
    /// figures, and the boilerplate around the body dropped.
    func testArticlesGiveClaimsWithEntitiesAndDropBoilerplate() throws {
        let generator = CorpusGenerator(seed: 11)
        var claims: [ExtractedClaim] = []
        var spellings: Set<String> = []
        for index in 1...6 {
            let files = generator.article(index)
            let metadata = try JSONDecoder().decode(ArticleMetadata.self, from: Data(files.metadata.utf8))
            let (article, _) = try ArticleReader.read(name: files.name + ".txt", data: Array(files.text.utf8), metadata: metadata)
            XCTAssertFalse(article.paragraphs.contains { $0.text.hasPrefix("Related:") || $0.text.contains("necessarily represent") },
                           "boilerplate stays out of the body")
            let document = ClaimExtractor().extract(article)
            claims += document.claims
            for claim in document.claims { spellings.formUnion(claim.evidence.filter { $0.field == "places" }.map(\.matched)) }
        }
        XCTAssertGreaterThan(claims.count, 6 * 25, "most body sentences become claims")
        XCTAssertGreaterThan(claims.filter { !$0.placeKeys.isEmpty }.count, claims.count / 2)
        XCTAssertGreaterThan(claims.filter { !$0.actorKeys.isEmpty }.count, claims.count / 2)
        XCTAssertGreaterThan(claims.filter { !$0.figures.isEmpty }.count, claims.count / 10)
        XCTAssertGreaterThan(claims.filter { $0.source != "author" }.count, claims.count / 10)
        XCTAssertGreaterThan(claims.filter { $0.yearBasis == .relative }.count, 0)
        let placeKeys = Set(claims.flatMap(\.placeKeys))
        XCTAssertGreaterThan(spellings.count, placeKeys.count, "some places appear under more than one spelling")
    }

    func testParallelExtractionIsTheSameWithOneOrTwoWorkers() throws {
        let generator = CorpusGenerator(seed: 5)
        let articles = try (1...8).map { index -> Article in
            let files = generator.article(index)
            return try ArticleReader.read(name: files.name, data: Array(files.text.utf8)).0
        }
        let one = ParallelExtraction.extract(articles, workers: 1)
        let two = ParallelExtraction.extract(articles, workers: 2)
        XCTAssertEqual(one.count, articles.count)
        XCTAssertEqual(one, two)
        XCTAssertEqual(one.map(\.article.file), articles.map(\.file), "results stay in input order")
    }

    func testIngestReadsSidecarsAndKeepsFileOrder() throws {
        let folder = try temporaryFolder()
        try CorpusGenerator(seed: 8).write(articles: 5, to: folder)
        let files = try CorpusReader.articleFiles(in: folder)
        XCTAssertEqual(files.count, 5)
        let documents = ParallelExtraction.ingest(files, workers: 2)
        XCTAssertEqual(documents.map(\.article.file), (1...5).map { CorpusGenerator.fileName($0) + ".txt" })
        XCTAssertTrue(documents.allSatisfy { $0.article.dateBasis == .metadata }, "the sidecar's date is used")
        XCTAssertEqual(documents, ParallelExtraction.ingest(files, workers: 1))
    }

    func testPickerIsSkewedTowardsTheFirstItems() {
        let picker = WeightedPicker(Array(0..<100), exponent: 1)
        var random = SplitMix64(seed: 9)
        var counts = [Int](repeating: 0, count: 100)
        for _ in 0..<20_000 { counts[picker.pick(using: &random)] += 1 }
        XCTAssertGreaterThan(counts[0], counts[10] * 4)
        XCTAssertGreaterThan(counts[99], 0)
    }

    private func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "bench-tests-" + UUID().uuidString
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }
}
