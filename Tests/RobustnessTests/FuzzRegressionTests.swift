import XCTest
import ClaimExtraction
@testable import ClaimQuery

/// Replays the minimised fuzz corpus (Tests/FuzzRegression/query and /article) through the same per-input code the
/// libFuzzer targets run (FuzzCases.swift). Each file is an input that once found new coverage or a crash.
final class FuzzRegressionTests: XCTestCase {
    static let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzRegression")
    private static let engine = QueryFuzzCase.makeSeedEngine()
    private static let extractor = ClaimExtractor()

    static func inputs(_ target: String) throws -> [URL] {
        let folder = corpusRoot.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testQueryCorpusReplays() throws {
        let files = try Self.inputs("query")
        XCTAssertGreaterThan(files.count, 50, "the query regression corpus is missing")
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            if let broken = QueryFuzzCase.run(text, engine: Self.engine) { XCTFail("\(file.lastPathComponent): \(broken)") }
        }
    }

    func testArticleCorpusReplays() throws {
        let files = try Self.inputs("article")
        XCTAssertGreaterThan(files.count, 20, "the article regression corpus is missing")
        for file in files {
            let data = [UInt8](try Data(contentsOf: file))
            if let broken = ArticleFuzzCase.run(data, extractor: Self.extractor) { XCTFail("\(file.lastPathComponent): \(broken)") }
        }
    }

    /// A statement, a parse error and a binary blob each go through without a broken invariant.
    func testWellFormedAndBrokenInputsPassTheHarness() {
        XCTAssertNil(QueryFuzzCase.run("count documents", engine: Self.engine))
        XCTAssertNil(QueryFuzzCase.run("claims where (((", engine: Self.engine))
        XCTAssertNil(ArticleFuzzCase.run([0, 0, 0, 1, 2], extractor: Self.extractor))
    }
}
