import XCTest
@testable import ClaimShell

/// The state machine: opening, hints, skip, success, resume, jump, reset, listing.
final class TutorialStateTests: XCTestCase {
    private let lessons = (1...3).map { number in
        Lesson(id: "l\(number)", title: "Lesson title \(number)", explanation: "Explains \(number).", task: "do \(number)",
               answer: "answer \(number)", hints: ["first hint \(number)", "second hint \(number)"], check: .sameRecords)
    }

    func testStartsAtLessonOneWithItsPrompt() {
        var tutorial = Tutorial(lessons: lessons)
        XCTAssertFalse(tutorial.isActive)
        XCTAssertNil(tutorial.prompt)
        let text = tutorial.resume()
        XCTAssertTrue(text.contains("Lesson 1 of 3: Lesson title 1"), text)
        XCTAssertTrue(text.contains("Task: do 1"), text)
        XCTAssertEqual(tutorial.prompt, "lesson 1> ")
        XCTAssertEqual(tutorial.progress.current, "l1")
    }

    func testHintsComeOneAtATimeThenTheAnswer() {
        var tutorial = Tutorial(lessons: lessons)
        _ = tutorial.resume()
        XCTAssertEqual(tutorial.hint(), "Hint: first hint 1\n")
        XCTAssertEqual(tutorial.hint(), "Hint: second hint 1\n")
        XCTAssertTrue(tutorial.hint().contains("answer 1"))
        XCTAssertEqual(tutorial.openIndex, 0, "hints do not move on")
    }

    func testSkipShowsTheAnswerMarksItAndOpensTheNext() {
        var tutorial = Tutorial(lessons: lessons)
        _ = tutorial.resume()
        let text = tutorial.skip()
        XCTAssertTrue(text.contains("answer 1"), text)
        XCTAssertTrue(text.contains("Lesson 2 of 3"), text)
        XCTAssertEqual(tutorial.progress.skipped, ["l1"])
        XCTAssertEqual(tutorial.progress.current, "l2")
        XCTAssertEqual(tutorial.hint(), "Hint: first hint 2\n", "hints start again on a new lesson")
    }

    func testWrongThenRightAnswer() {
        var tutorial = Tutorial(lessons: lessons)
        _ = tutorial.resume()
        let wrong = tutorial.record(.incorrect("yours found 1 claims, the answer 2"))
        XCTAssertTrue(wrong.hasPrefix("Not yet: yours found 1 claims"), wrong)
        XCTAssertEqual(tutorial.openIndex, 0)
        let right = tutorial.record(.correct)
        XCTAssertTrue(right.hasPrefix("Correct!"), right)
        XCTAssertTrue(right.contains("Lesson 2 of 3"), right)
        XCTAssertEqual(tutorial.progress.completed, ["l1"])
    }

    func testSolvingASkippedLessonMovesItToCompleted() {
        var tutorial = Tutorial(lessons: lessons)
        _ = tutorial.resume()
        _ = tutorial.skip()
        XCTAssertNotNil(tutorial.jump(to: 1))
        _ = tutorial.record(.correct)
        XCTAssertEqual(tutorial.progress.completed, ["l1"])
        XCTAssertEqual(tutorial.progress.skipped, [])
    }

    func testTheLastLessonEndsTheTutorial() {
        var tutorial = Tutorial(lessons: lessons)
        _ = tutorial.resume()
        _ = tutorial.record(.correct)
        _ = tutorial.skip()
        let end = tutorial.record(.correct)
        XCTAssertTrue(end.contains("last lesson: 2 of 3 solved"), end)
        XCTAssertFalse(tutorial.isActive)
        XCTAssertNil(tutorial.progress.current)
        XCTAssertTrue(tutorial.resume().contains("all 3 lessons"))
        XCTAssertFalse(tutorial.isActive)
    }

    func testResumeOpensTheSavedLessonAndLeaveKeepsIt() {
        var tutorial = Tutorial(lessons: lessons, progress: TutorialProgress(completed: ["l1"], current: "l2"))
        XCTAssertTrue(tutorial.resume().contains("Welcome back.\nLesson 2 of 3"))
        _ = tutorial.leave()
        XCTAssertFalse(tutorial.isActive)
        XCTAssertEqual(tutorial.progress.current, "l2")
        // Without a saved lesson, the first one not done.
        var fresh = Tutorial(lessons: lessons, progress: TutorialProgress(completed: ["l1", "l2"]))
        XCTAssertTrue(fresh.resume().contains("Lesson 3 of 3"))
    }

    func testJumpResetAndListing() {
        var tutorial = Tutorial(lessons: lessons, progress: TutorialProgress(completed: ["l1"], skipped: ["l2"], current: "l3"))
        XCTAssertNil(tutorial.jump(to: 4))
        XCTAssertNil(tutorial.jump(to: 0))
        XCTAssertTrue(tutorial.jump(to: 2)?.contains("Lesson 2 of 3") == true)
        XCTAssertEqual(tutorial.listing(), """
            ✓ 1. Lesson title 1
            – 2. Lesson title 2 ▸
              3. Lesson title 3
            1 of 3 solved, 1 skipped.

            """)
        let text = tutorial.reset()
        XCTAssertTrue(text.contains("Lesson 1 of 3"))
        XCTAssertEqual(tutorial.progress, TutorialProgress(current: "l1"))
    }
}
