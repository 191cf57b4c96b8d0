import XCTest
import ClaimDiagnostics
import ClaimStore
@testable import ClaimQuery

/// Runs every example of docs/language.md against the store built from the embedded seeds (after jq's build_mantests).
final class LanguageDocTests: XCTestCase {
    static let documentURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/language.md")

    /// The bodies of the fenced blocks tagged `tag`, in order.
    static func blocks(tagged tag: String, in text: String) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in text.components(separatedBy: "\n") {
            if current == nil, line == "```" + tag {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    static let seedStore: EntityStore = StoreLoader.load(includeSeeds: true, paths: []).store

    func testEveryExampleRunsWithoutErrors() throws {
        let text = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let engine = QueryEngine(store: Self.seedStore)
        let statements = Self.blocks(tagged: "claimsh", in: text)
            .flatMap { $0.components(separatedBy: "\n") }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertGreaterThan(statements.count, 30)
        for statement in statements {
            XCTAssertFalse(QueryEngine.needsContinuation(statement), statement)
            let outcome = engine.execute(statement)
            XCTAssertEqual(outcome.diagnostics.map(\.message), [], statement)
            // Examples show something: none may come back empty.
            switch outcome.result {
            case .rows(let set)?, .grouped(let set)?, .timeline(let set)?: XCTAssertGreaterThan(set.totalBeforeLimit, 0, statement)
            case .count(_, let value)?: XCTAssertGreaterThan(value, 0, statement)
            case .assigned(_, let count)?: XCTAssertGreaterThan(count, 0, statement)
            default: XCTFail("no result for \(statement)")
            }
        }
    }

    func testSpellingsOfOnePlaceFindTheSameClaimsInTheSeeds() {
        let engine = QueryEngine(store: Self.seedStore)
        func ids(_ name: String) -> [[Value]] {
            guard case .rows(let set)? = engine.execute("claims where place = \"\(name)\" select id").result else { return [] }
            return set.rows.map { Array($0[0]) }
        }
        let reference = ids("Deir ez-Zor")
        XCTAssertFalse(reference.isEmpty)
        for spelling in ["Deir al-Zour", "deir ezzor", "Dayr az Zawr", "DEIR EZ ZOR"] {
            XCTAssertEqual(ids(spelling), reference, spelling)
        }
    }

    func testEveryErrorExampleRendersAsDocumented() throws {
        let text = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let engine = QueryEngine(store: Self.seedStore)
        let blocks = Self.blocks(tagged: "claimsh-error", in: text)
        XCTAssertGreaterThan(blocks.count, 10)
        for block in blocks {
            let lines = block.components(separatedBy: "\n")
            let statement = lines[0]
            let expected = lines.dropFirst().joined(separator: "\n") + "\n"
            let rendered = engine.execute(statement).diagnostics
                .map { DiagnosticRenderer().render($0, in: SourceFile(text: statement)) }.joined()
            XCTAssertEqual(rendered, expected, statement)
        }
    }

    func testEveryMessageIdInTheCatalogIsDocumented() throws {
        let text = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let catalog = try String(contentsOf: Self.documentURL.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ClaimQuery/QueryMessages.swift"), encoding: .utf8)
        let ids = catalog.matches(of: #/"(query\.[a-z-]+)"/#).map { String($0.output.1) }
        XCTAssertGreaterThan(ids.count, 25)
        for id in Set(ids) {
            XCTAssertTrue(text.contains(id), "\(id) is not mentioned in docs/language.md")
        }
    }
}
