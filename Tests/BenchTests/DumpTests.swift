import ClaimExtraction
import Foundation
import XCTest
@testable import claimsh_bench

final class DumpTests: XCTestCase {
    private func write(_ bytes: [UInt8], named name: String) throws -> String {
        let path = NSTemporaryDirectory() + "bench-dump-" + UUID().uuidString + "-" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testADumpHasEveryFieldAndIsTheSameEachTime() throws {
        let path = try write(Array("Troops took Raqqa on 3 May 2017, the army said.\n".utf8), named: "a.txt")
        let extractor = ClaimExtractor()
        let first = Dump.text(of: path, raw: false, extractor: extractor)
        XCTAssertEqual(first, Dump.text(of: path, raw: false, extractor: extractor))
        XCTAssertTrue(first.hasPrefix("=== \(path)\n"))
        for field in ["placeKeys", "years", "source", "evidence", "rule", "Ar Raqqah"] {
            XCTAssertTrue(first.contains(field), "no \(field) in the dump")
        }
    }

    func testRawReadsAnOddFirstByteAsHTMLAndNamesUnreadableFiles() throws {
        // "<" is 0x3C (even) and would be read as text; a leading space (0x20) too. 0x0D (odd) picks HTML.
        let html = try write(Array("\r<html><body><p>Troops took Raqqa in 2017.</p></body></html>".utf8), named: "b")
        let dumped = Dump.text(of: html, raw: true, extractor: ClaimExtractor())
        XCTAssertTrue(dumped.contains("fuzz.html"), dumped)
        XCTAssertFalse(dumped.contains("<p>"))
        let empty = try write([], named: "c")
        XCTAssertTrue(Dump.text(of: empty, raw: true, extractor: ClaimExtractor()).contains("unreadable:"))
    }
}
