import Foundation
import XCTest

/// Every `$ claimsh …` command in README.md's console blocks runs, and its output (stdout and stderr in order,
/// at 100 columns) must be exactly what the README shows.
final class ReadmeTests: XCTestCase {
    struct Example {
        var command: String
        var expected: String
    }

    static func examples() throws -> [Example] {
        let readme = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var examples: [Example] = []
        var inConsole = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "```console" { inConsole = true; continue }
            if line == "```" { inConsole = false; continue }
            guard inConsole else { continue }
            if line.hasPrefix("$ claimsh") {
                examples.append(Example(command: String(line.dropFirst(2)), expected: ""))
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected += line + "\n"
            }
        }
        return examples
    }

    /// Splits a command line the way a POSIX shell does for single-quoted words.
    static func arguments(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for character in command {
            if character == "'" { quoted.toggle(); inWord = true; continue }
            if character == " ", !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
                continue
            }
            current.append(character)
            inWord = true
        }
        if inWord { words.append(current) }
        return Array(words.dropFirst())
    }

    func testTourCommandsPrintWhatTheReadmeShows() throws {
        let examples = try Self.examples()
        XCTAssertGreaterThanOrEqual(examples.count, 4)
        for example in examples {
            let output = try BinaryRunner.run(Self.arguments(example.command), environment: ["COLUMNS": "100"],
                                              mergeStandardError: true)
            XCTAssertEqual(output.stdout, example.expected, example.command)
        }
    }
}
