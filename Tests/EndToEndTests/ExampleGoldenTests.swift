import Foundation
import XCTest

/// Every script in examples/ runs and its whole output (stdout and stderr, in order) must equal its
/// `.expected` golden file. To re-record on purpose: `make golden` (sets CLAIMSH_RECORD_GOLDEN=1; that run fails
/// so nobody records by accident).
final class ExampleGoldenTests: XCTestCase {
    static let examples = BinaryRunner.packageRoot.appendingPathComponent("examples")

    /// Runs a script the way the golden files were recorded: echoing statements, fixed width, no colour.
    static func output(of script: URL) throws -> String {
        let result = try BinaryRunner.run(["--echo", "-f", script.lastPathComponent], environment: ["COLUMNS": "100"],
                                          currentDirectory: examples, mergeStandardError: true)
        return result.stdout + "-- exit status \(result.status)\n"
    }

    func testExamplesMatchTheirGoldenOutput() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
            .filter { $0.hasSuffix(".cq") }.sorted()
        XCTAssertGreaterThanOrEqual(scripts.count, 8)
        let recording = ProcessInfo.processInfo.environment["CLAIMSH_RECORD_GOLDEN"] == "1"
        for name in scripts {
            let script = Self.examples.appendingPathComponent(name)
            let golden = script.deletingPathExtension().appendingPathExtension("expected")
            let actual = try Self.output(of: script)
            if recording {
                try actual.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            let expected = (try? String(contentsOf: golden, encoding: .utf8)) ?? "<missing \(golden.lastPathComponent)>"
            if actual != expected {
                XCTFail("\(name) differs from \(golden.lastPathComponent); run `make golden` if the change is intended.\n"
                        + firstDifference(expected, actual))
            }
        }
        if recording { XCTFail("golden files re-recorded; unset CLAIMSH_RECORD_GOLDEN and run again") }
    }

    private func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < b.count ? String(b[index]) : "<end>"
            if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return ""
    }
}
