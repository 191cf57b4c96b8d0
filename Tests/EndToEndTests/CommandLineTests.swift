import Foundation
import XCTest

/// Runs the real binary with -c, -f and piped standard input, and checks what a user would see.
final class CommandLineTests: XCTestCase {
    private func json(_ output: BinaryRunner.Output, file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        XCTAssertEqual(output.status, 0, output.stderr, file: file, line: line)
        let value = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        return try XCTUnwrap(value as? [[String: Any]], file: file, line: line)
    }

    func testPlaceAndYearQueryFindsTheLiberationAcrossSeedsAndSpellings() throws {
        let canonical = try json(BinaryRunner.run(["--mode", "json", "-c", #"claims where place = "Deir Ezzor" and year = 2017"#]))
        XCTAssertFalse(canonical.isEmpty)
        let documents = Set(canonical.compactMap { $0["doc"] as? String })
        XCTAssertGreaterThanOrEqual(documents.count, 3, "expected Deir Ezzor claims of 2017 from several seeds: \(documents)")
        XCTAssertTrue(canonical.contains { ($0["text"] as? String ?? "").contains("fully liberated") })
        for claim in canonical {
            let years = claim["years"] as? [Int] ?? []
            XCTAssertTrue(years.contains(2017), "\(claim)")
            XCTAssertEqual(claim["year"] as? Int, 2017)
        }
        for spelling in ["Deir al-Zour", "deir ezzor", "Dayr az Zawr", "Deir ez-Zor"] {
            let other = try json(BinaryRunner.run(["--mode", "json", "-c", "claims where place = \"\(spelling)\" and year = 2017"]))
            XCTAssertEqual(other.compactMap { $0["id"] as? String }, canonical.compactMap { $0["id"] as? String }, spelling)
        }
    }

    func testJSONClaimObjectsCarryTheContractFields() throws {
        let claims = try json(BinaryRunner.run(["--mode", "json", "-c", "claims limit 3"]))
        XCTAssertEqual(claims.count, 3)
        for claim in claims {
            for key in ["id", "doc", "text", "type"] { XCTAssertTrue(claim[key] is String, key) }
            for key in ["places", "actors", "people", "years"] { XCTAssertTrue(claim[key] is [Any], key) }
            XCTAssertTrue(claim.keys.contains("year"))
        }
    }

    func testCountActorPlacesOrderAndPipedDocuments() throws {
        let count = try BinaryRunner.run(["-c", #"count claims where actor = "ISIS""#])
        XCTAssertEqual(count.status, 0, count.stderr)
        let number = try XCTUnwrap(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertGreaterThan(number, 20)
        let daesh = try BinaryRunner.run(["-c", #"count claims where actor = "Daesh""#])
        XCTAssertEqual(daesh.stdout, count.stdout)

        let places = try json(BinaryRunner.run(["--mode", "json", "-c", "places order by name"]))
        let names = places.compactMap { $0["name"] as? String }
        XCTAssertEqual(names, names.sorted { $0.lowercased() < $1.lowercased() })
        XCTAssertTrue(names.contains("Ar Raqqah"), "GeoNames primary names are canonical: \(names)")

        let piped = try BinaryRunner.run([], stdin: "documents\n")
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdout.contains("004_647f5e40dc1c0a35.txt"))
        XCTAssertFalse(piped.stdout.contains("claimsh>"), "no prompt when stdin is not a terminal")
        XCTAssertFalse(piped.stdout.contains("\u{1B}["), "no escape codes when stdout is not a terminal")
    }

    func testUnknownFieldErrorHasCaretAndSuggestion() throws {
        let output = try BinaryRunner.run(["-c", "claims where plac = 1"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("error: unknown field 'plac'"), output.stderr)
        XCTAssertTrue(output.stderr.contains("claims where plac = 1"), output.stderr)
        let caretLine = try XCTUnwrap(output.stderr.split(separator: "\n").first { $0.contains("^") })
        let caretColumn = caretLine.distance(from: caretLine.startIndex, to: caretLine.firstIndex(of: "^")!)
        let queryLine = try XCTUnwrap(output.stderr.split(separator: "\n").first { $0.contains("claims where plac") })
        let fieldColumn = queryLine.distance(from: queryLine.startIndex, to: queryLine.range(of: "plac")!.lowerBound)
        XCTAssertEqual(caretColumn, fieldColumn, output.stderr)
        XCTAssertTrue(caretLine.contains("^^^^ "), output.stderr)
        XCTAssertTrue(output.stderr.contains("place"), output.stderr)
    }

    func testANewSpellingRunsAndSaysWhatItMatched() throws {
        let output = try BinaryRunner.run(["-c", #"count claims where place = "Deir Ezor""#])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertGreaterThan(Int(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0, 10)
        XCTAssertTrue(output.stderr.contains("warning:"), output.stderr)
        XCTAssertTrue(output.stderr.contains(#"did you mean "Deir ez-Zor"?"#), output.stderr)
        let known = try BinaryRunner.run(["-c", #"count claims where place = "Deir Ezzor""#])
        XCTAssertEqual(known.stderr, "", "a spelling the articles use is known")
    }

    func testScriptKeepsGoingAfterAnErrorAndExitsOne() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-\(UUID().uuidString).cq")
        try "-- a comment line\ncount documents\nclaims where nonsense = 1\ncount places; count actors\n".write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let output = try BinaryRunner.run(["-f", script.path])
        XCTAssertEqual(output.status, 1)
        let numbers = output.stdout.split(separator: "\n").compactMap { Int($0) }
        XCTAssertEqual(numbers.count, 3, output.stdout)
        XCTAssertEqual(numbers.first, 5)
        XCTAssertTrue(output.stderr.contains("\(script.lastPathComponent):3:"), output.stderr)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try BinaryRunner.run(["--mode", "nonsense", "-c", "claims"]).status, 2)
        XCTAssertEqual(try BinaryRunner.run(["--no-such-flag"]).status, 2)
    }

    func testHelpAndVersion() throws {
        let help = try BinaryRunner.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--corpus"))
        let version = try BinaryRunner.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.isEmpty)
    }

    func testCorpusFolderOfNewArticlesResolvesSpellings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        Army closes in on Dayr az Zawr

        Government troops advanced on Dayr az Zawr on Monday, while Islamic State fighters withdrew towards al-Mayadeen, a monitor said.
        """.write(to: folder.appendingPathComponent("wire.txt"), atomically: true, encoding: .utf8)
        try #"{"title": "Army closes in on Dayr az Zawr", "published": "2017-09-04"}"#.write(
            to: folder.appendingPathComponent("wire.meta.json"), atomically: true, encoding: .utf8)
        try Data([0, 0, 0, 0, 1, 2, 3] + Array(repeating: 0, count: 100)).write(to: folder.appendingPathComponent("junk.txt"))
        let output = try BinaryRunner.run(["--no-seeds", "--corpus", folder.path, "--mode", "json", "-c", #"claims where place = "Deir ez-Zor""#])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stderr.contains("junk.txt"), "the bad file is named: \(output.stderr)")
        let claims = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]] ?? []
        XCTAssertEqual(claims.count, 1)
        let places = claims.first?["places"] as? [String] ?? []
        XCTAssertTrue(places.contains { $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).contains("mayadin") }, "\(places)")
        XCTAssertEqual(claims.first?["year"] as? Int, 2017)
    }

    func testNothingLoadableExitsThree() throws {
        let output = try BinaryRunner.run(["--no-seeds", "--corpus", "/nonexistent/claimsh", "-c", "count claims"])
        XCTAssertEqual(output.status, 3, output.stderr)
        XCTAssertTrue(output.stderr.contains("/nonexistent/claimsh"))
    }

    func testClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(BinaryRunner.binary.path)' -c 'claims' | head -1 >/dev/null; echo \"status=${PIPESTATUS:-done}\""]
        let errPipe = Pipe()
        process.standardError = errPipe
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(stderr, "", "writing into a closed pipe must print nothing")
    }
}
