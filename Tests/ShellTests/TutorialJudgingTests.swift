import XCTest
@testable import ClaimShell

/// Attempts are judged by what they find, compared with what the lesson's answer finds.
final class TutorialJudgingTests: XCTestCase {
    private func lesson(_ check: Lesson.Check) -> Lesson {
        Lesson(id: "t", title: "t", explanation: "", task: "", answer: "", hints: [], check: check)
    }

    func testRecordsCompareAsSetsOfIdsUnlessTheLessonIsAboutOrder() {
        let expected = ResultSummary.records(kind: "claims", ids: ["c3", "c1", "c2"])
        let reordered = ResultSummary.records(kind: "claims", ids: ["c1", "c2", "c3"])
        XCTAssertEqual(lesson(.sameRecords).judge(reordered, expected: expected), .correct)
        guard case .incorrect(let why) = lesson(.sameRecordsInOrder).judge(reordered, expected: expected) else {
            return XCTFail("a reordered listing passed an ordering lesson")
        }
        XCTAssertTrue(why.contains("order"), why)
        XCTAssertEqual(lesson(.sameRecordsInOrder).judge(expected, expected: expected), .correct)
    }

    func testDifferentRecordsSayHowManyEachFound() {
        let verdict = lesson(.sameRecords).judge(.records(kind: "claims", ids: ["c1"]),
                                                 expected: .records(kind: "claims", ids: ["c1", "c2"]))
        XCTAssertEqual(verdict, .incorrect("yours found 1 claims, the answer 2"))
        let sameSize = lesson(.sameRecords).judge(.records(kind: "claims", ids: ["c9"]), expected: .records(kind: "claims", ids: ["c1"]))
        XCTAssertNotEqual(sameSize, .correct)
    }

    func testOtherKindAndMissingIdColumnAreExplained() {
        let expected = ResultSummary.records(kind: "claims", ids: ["c1"])
        XCTAssertEqual(lesson(.sameRecords).judge(.records(kind: "places", ids: ["p1"]), expected: expected),
                       .incorrect("that lists places; this lesson wants claims"))
        guard case .incorrect(let why) = lesson(.sameRecords).judge(.records(kind: "claims", ids: nil), expected: expected) else {
            return XCTFail("a listing without ids passed")
        }
        XCTAssertTrue(why.contains("select"), why)
        // An empty answer is matched by an empty attempt (a corpus without conflicts).
        XCTAssertEqual(lesson(.sameRecords).judge(.records(kind: "claims", ids: []), expected: .records(kind: "claims", ids: [])), .correct)
    }

    func testCountsCompareByValueAndAListingOfTheRightSizeIsNudgedToCount() {
        let expected = ResultSummary.count(kind: "claims", value: 2)
        XCTAssertEqual(lesson(.sameCount).judge(.count(kind: "claims", value: 2), expected: expected), .correct)
        XCTAssertEqual(lesson(.sameCount).judge(.count(kind: "claims", value: 5), expected: expected),
                       .incorrect("your count is 5; the answer is smaller"))
        XCTAssertEqual(lesson(.sameCount).judge(.count(kind: "places", value: 2), expected: expected),
                       .incorrect("that counts places; this lesson counts claims"))
        guard case .incorrect(let why) = lesson(.sameCount).judge(.records(kind: "claims", ids: ["c1", "c2"]), expected: expected) else {
            return XCTFail("a listing passed a counting lesson")
        }
        XCTAssertTrue(why.contains("right number"), why)
    }

    func testGroupsCompareAsSetsOfValueAndCount() {
        let expected = ResultSummary.groups(kind: "claims", field: "type",
                                            groups: [.init(value: "capture", count: 3), .init(value: "siege", count: 1)])
        let reordered = ResultSummary.groups(kind: "claims", field: "type",
                                             groups: [.init(value: "siege", count: 1), .init(value: "capture", count: 3)])
        XCTAssertEqual(lesson(.sameGroups).judge(reordered, expected: expected), .correct)
        let otherCounts = ResultSummary.groups(kind: "claims", field: "type",
                                               groups: [.init(value: "siege", count: 2), .init(value: "capture", count: 3)])
        XCTAssertNotEqual(lesson(.sameGroups).judge(otherCounts, expected: expected), .correct)
        XCTAssertNotEqual(lesson(.sameGroups).judge(.count(kind: "claims", value: 4), expected: expected), .correct)
    }

    func testExplainLessonWantsAPlanWithAnIndexStep() {
        let indexed = "statement: q\n\ntokens:\n  0..<6 identifier index\n\nplan:\n  and  [rows 9 → 1]\n    index place = \"X\"  [rows 9 → 2]\n\nresult: 1"
        let scanned = "statement: q\n\ntokens:\n  0..<5 identifier index\n\nplan:\n  scan  text contains \"index \"  [rows 9 → 1]\n\nresult: 1"
        XCTAssertTrue(ExplainText.hasIndexStep(indexed))
        XCTAssertFalse(ExplainText.hasIndexStep(scanned), "only the plan section counts")
        XCTAssertEqual(lesson(.explainWithIndexStep).judgeExplain(planText: indexed), .correct)
        XCTAssertNotEqual(lesson(.explainWithIndexStep).judgeExplain(planText: scanned), .correct)
        XCTAssertNotEqual(lesson(.sameRecords).judgeExplain(planText: indexed), .correct)
        XCTAssertNotEqual(lesson(.explainWithIndexStep).judge(.records(kind: "claims", ids: []), expected: .other), .correct)
    }

    func testCatalogHasEnoughLessonsWithUniqueIdsAndHints() {
        let lessons = LessonCatalog.lessons
        XCTAssertGreaterThanOrEqual(lessons.count, 8)
        XCTAssertEqual(Set(lessons.map(\.id)).count, lessons.count)
        for lesson in lessons {
            XCTAssertFalse(lesson.hints.isEmpty, lesson.id)
            XCTAssertFalse(lesson.explanation.isEmpty || lesson.task.isEmpty || lesson.answer.isEmpty, lesson.id)
        }
        let checks = Set(lessons.map { "\($0.check)" })
        XCTAssertEqual(checks.count, Lesson.Check.allCases.count, "every kind of check is used by some lesson")
    }
}
