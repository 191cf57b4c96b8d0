import Foundation
import XCTest

/// The tutorial in the real binary, answers piped in as a learner would type them; progress lives in a
/// state folder shared by two runs.
final class TutorialEndToEndTests: XCTestCase {
    private var state: URL!

    override func setUpWithError() throws {
        state = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-tutorial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: state)
    }

    private func run(_ lines: [String]) throws -> BinaryRunner.Output {
        try BinaryRunner.run([], stdin: lines.joined(separator: "\n") + "\n", environment: ["XDG_STATE_HOME": state.path])
    }

    private func occurrences(of text: String, in output: String) -> Int {
        output.components(separatedBy: text).count - 1
    }

    /// One way to answer each lesson (the lines typed for it), written differently from the lessons' own answers
    /// where the lesson allows.
    private let answers: [[String]] = [
        ["documents"],
        [#"claims where place = "ar-Raqqah""#],
        [#"claims where year = 2014 and place = "Al Mawsil""#],
        ["claims where years = 2014"],
        [#"claims where year = 2017 and (type = "liberation" or type = "capture")"#],
        [#"count claims where place = "mosul""#],
        ["claims group by type"],
        ["places order by claims desc limit 5"],
        [".explain claims where place = \"Raqqa\" and year = 2017"],
        [#"claims where not source = "author""#],
        [#"claims where modality = "hedged""#],
        ["conflicts"],
        ["claims where support > 1"],
        [#"timeline where place = "al-Raqqa""#],
        // The chart lesson takes two steps: the grouped query, then `.chart`.
        ["count claims where year is not empty by year", ".chart"],
    ]

    func testLessonsCanBeCompletedByPipingAnswersAndProgressIsKept() throws {
        // Lesson 3 is skipped after a hint; lesson 4 gets a wrong answer first.
        let lines = [".tutorial"] + answers[0..<2].joined() + ["hint", "skip", "claims where year = 2014"] + answers[3...].joined()
        let first = try run(lines)
        XCTAssertEqual(first.status, 0, first.stderr)
        let total = answers.count
        for number in 1...total {
            XCTAssertTrue(first.stdout.contains("Lesson \(number) of \(total): "), "lesson \(number) was not shown")
        }
        XCTAssertEqual(occurrences(of: "Correct!", in: first.stdout), total - 1, first.stdout)
        XCTAssertEqual(occurrences(of: "Hint: ", in: first.stdout), 1)
        XCTAssertEqual(occurrences(of: "Not yet: ", in: first.stdout), 1, first.stdout)
        XCTAssertTrue(first.stdout.contains("Skipped. One answer was:"))
        XCTAssertTrue(first.stdout.contains("That was the last lesson: \(total - 1) of \(total) solved"), first.stdout)
        XCTAssertTrue(first.stdout.contains("Good: those are the groups. Now `.chart` draws them."), first.stdout)
        XCTAssertTrue(first.stdout.contains("claims by year\n"), "the chart was drawn")

        let second = try run([".tutorial list", ".tutorial"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(occurrences(of: "✓ ", in: second.stdout), total - 1, second.stdout)
        XCTAssertTrue(second.stdout.contains("–  3. "), second.stdout)
        XCTAssertTrue(second.stdout.contains("\(total - 1) of \(total) solved, 1 skipped."), second.stdout)
        XCTAssertTrue(second.stdout.contains("You have been through all \(total) lessons"), second.stdout)
    }

    func testLeavingMidwayResumesAtTheSameLessonAndResetStartsOver() throws {
        let first = try run([".tutorial"] + answers[0] + answers[1] + ["quit", "count claims"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(occurrences(of: "Correct!", in: first.stdout), 2, first.stdout)
        XCTAssertTrue(first.stdout.contains("Tutorial paused"), first.stdout)

        let second = try run([".tutorial"] + answers[2])
        XCTAssertTrue(second.stdout.contains("Welcome back.\nLesson 3 of"), second.stdout)
        XCTAssertTrue(second.stdout.contains("Correct!\n\nLesson 4 of"), second.stdout)

        let third = try run([".tutorial reset", ".tutorial list"])
        XCTAssertTrue(third.stdout.contains("Lesson 1 of"), third.stdout)
        XCTAssertTrue(third.stdout.contains("0 of \(answers.count) solved."), third.stdout)
    }

    func testTutorialIsInHelp() throws {
        let help = try BinaryRunner.run(["-c", ".help"])
        XCTAssertTrue(help.stdout.contains(".tutorial"), help.stdout)
    }
}
