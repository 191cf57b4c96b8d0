import XCTest
@testable import ClaimShell

/// The lessons on the real engine and the embedded seeds: every answer runs, and differently written queries
/// with the same result pass.
final class TutorialSeedTests: XCTestCase {
    private static let seedBackend: ShellBackend? =
        EngineBackend.load(includeSeeds: true, paths: [], progress: { _, _, _ in }).backend

    private let settings = RenderSettings(format: .table, headers: true, width: 200, color: false)

    private func backend() throws -> ShellBackend { try XCTUnwrap(Self.seedBackend, "the seeds did not load") }

    private func summary(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> ResultSummary {
        let statement = ShellStatement(text: text, origin: .init(text: text), offsetInOrigin: 0, displayText: text)
        let report = try backend().execute(statement, settings: settings, isCancelled: { false })
        XCTAssertFalse(report.failed, "\(text): \(report.messages)", file: file, line: line)
        return try XCTUnwrap(report.summary, text, file: file, line: line)
    }

    private func catalogLesson(_ id: String) throws -> Lesson {
        try XCTUnwrap(LessonCatalog.lessons.first { $0.id == id }, id)
    }

    func testEveryAnswerRunsAndGivesWhatItsCheckCompares() throws {
        for lesson in LessonCatalog.lessons {
            if lesson.check == .explainWithIndexStep {
                let query = String(lesson.answer.dropFirst(".explain ".count))
                let statement = ShellStatement(text: query, origin: .init(text: query), offsetInOrigin: 0, displayText: query)
                let report = try backend().explain(statement, settings: settings)
                XCTAssertEqual(lesson.judgeExplain(planText: report.output ?? ""), .correct, report.output ?? "")
                continue
            }
            let expected = try summary(lesson.answer)
            if lesson.check == .yearChart {
                // Judged when `.chart` draws the answer's groups.
                guard case .groups(_, let field, let groups) = expected else { return XCTFail("\(lesson.id): \(expected)") }
                XCTAssertGreaterThan(groups.count, 1, lesson.id)
                XCTAssertEqual(lesson.judgeChart(field: field), .correct, lesson.id)
                continue
            }
            XCTAssertEqual(lesson.judge(expected, expected: expected), .correct, lesson.id)
            switch (lesson.check, expected) {
            case (.sameTimeline, .timeline(let ids)): XCTAssertFalse(ids.isEmpty, lesson.id)
            case (.sameRecords, .records(_, let ids?)), (.sameRecordsInOrder, .records(_, let ids?)):
                if lesson.id != "conflicts" { XCTAssertFalse(ids.isEmpty, "\(lesson.id) finds nothing in the seeds") }
            case (.sameCount, .count(_, let value)): XCTAssertGreaterThan(value, 0, lesson.id)
            case (.sameGroups, .groups(_, _, let groups)): XCTAssertGreaterThan(groups.count, 1, lesson.id)
            default: XCTFail("\(lesson.id): \(expected) does not suit \(lesson.check)")
            }
        }
    }

    func testOtherSpellingsAndClauseOrderPass() throws {
        let raqqa = Lesson(id: "raqqa", title: "", explanation: "", task: "", answer: "", hints: [], check: .sameRecords)
        let expected = try summary(#"claims where year = 2017 and place = "Raqqa""#)
        XCTAssertNotEqual(expected.size, 0)
        XCTAssertEqual(raqqa.judge(try summary(#"claims where place = "ar-Raqqah" and year = 2017"#), expected: expected), .correct)

        let attempts: [(lesson: String, attempt: String)] = [
            ("find-place", #"claims where place = "al-Raqqa""#),
            ("filter-place-year", #"claims where year = 2014 and place = "Al Mawsil""#),
            ("combine", #"claims where year = 2017 and (type = "liberation" or type = "capture")"#),
            ("count", #"count claims where place = "mosul""#),
            ("group", "claims group by type"),
            ("sources", #"claims where not source = "author""#),
            ("order", "places order by claims desc limit 5 select id, name"),
        ]
        for (id, attempt) in attempts {
            let lesson = try catalogLesson(id)
            XCTAssertEqual(lesson.judge(try summary(attempt), expected: try summary(lesson.answer)), .correct, attempt)
        }
    }

    func testTimelineLessonWantsATimelineOfTheSameClaims() throws {
        let lesson = try catalogLesson("timeline")
        let expected = try summary(lesson.answer)
        XCTAssertEqual(lesson.judge(try summary(#"timeline where place = "ar-Raqqah""#), expected: expected), .correct)
        guard case .incorrect(let why) = lesson.judge(try summary(#"claims where place = "Raqqa""#), expected: expected) else {
            return XCTFail("a plain listing passed the timeline lesson")
        }
        XCTAssertTrue(why.contains("`timeline`"), why)
        XCTAssertNotEqual(lesson.judge(try summary(#"timeline where place = "Mosul""#), expected: expected), .correct)
        // Elsewhere a timeline counts as the listing of its claims.
        let find = try catalogLesson("find-place")
        XCTAssertEqual(find.judge(try summary(#"timeline where place = "Raqqa""#), expected: try summary(find.answer)), .correct)
    }

    func testSupportLessonFindsCorroboratedClaims() throws {
        let lesson = try catalogLesson("support")
        let expected = try summary(lesson.answer)
        XCTAssertEqual(lesson.judge(try summary("claims where support > 1"), expected: expected), .correct)
        XCTAssertNotEqual(lesson.judge(try summary("claims where support >= 1"), expected: expected), .correct)
    }

    func testADifferentQueryFails() throws {
        let lesson = try catalogLesson("filter-place-year")
        let expected = try summary(lesson.answer)
        XCTAssertNotEqual(lesson.judge(try summary(#"claims where place = "Mosul""#), expected: expected), .correct)
        let group = try catalogLesson("group")
        XCTAssertNotEqual(group.judge(try summary("count claims by year"), expected: try summary(group.answer)), .correct)
    }
}
