/// The tutorial's state machine: which lesson is open, how many hints were shown, what was solved.
/// Pure: every step returns the text to show; the session prints it and saves `progress`.
public struct Tutorial: Sendable {
    public let lessons: [Lesson]
    public private(set) var progress: TutorialProgress
    /// Index into `lessons` of the open lesson; nil when no lesson is open (finished or left).
    public private(set) var openIndex: Int?
    /// Hints of the open lesson shown so far.
    public private(set) var hintsShown = 0

    public init(lessons: [Lesson] = LessonCatalog.lessons, progress: TutorialProgress = TutorialProgress()) {
        self.lessons = lessons
        self.progress = progress
    }

    public var isActive: Bool { openIndex != nil }

    public var openLesson: Lesson? { openIndex.map { lessons[$0] } }

    /// `lesson 3> ` while a lesson is open.
    public var prompt: String? { openIndex.map { "lesson \($0 + 1)> " } }

    /// `.tutorial`: opens the lesson the learner left off at, or the first one not yet done.
    public mutating func resume() -> String {
        if let current = progress.current, let index = lessons.firstIndex(where: { $0.id == current }) {
            return (index > 0 ? "Welcome back.\n" : Self.introduction) + open(index)
        }
        let done = Set(progress.completed + progress.skipped)
        guard let index = lessons.firstIndex(where: { !done.contains($0.id) }) else {
            openIndex = nil
            return "You have been through all \(lessons.count) lessons. `.tutorial list` shows them, "
                + "`.tutorial N` opens lesson N, `.tutorial reset` starts over.\n"
        }
        return (done.isEmpty ? Self.introduction : "Welcome back.\n") + open(index)
    }

    /// `.tutorial N` (1-based); nil when there is no such lesson.
    public mutating func jump(to number: Int) -> String? {
        guard lessons.indices.contains(number - 1) else { return nil }
        return open(number - 1)
    }

    /// `.tutorial reset`: forgets all progress and opens lesson 1.
    public mutating func reset() -> String {
        progress = TutorialProgress()
        return "Progress cleared.\n" + Self.introduction + open(0)
    }

    /// `quit` / `.tutorial off`: closes the lesson; progress (and the lesson to come back to) is kept.
    public mutating func leave() -> String {
        openIndex = nil
        return "Tutorial paused; `.tutorial` brings you back to this lesson.\n"
    }

    /// `hint`: the next hint, and after the last one the answer.
    public mutating func hint() -> String {
        guard let lesson = openLesson else { return "No lesson is open; `.tutorial` starts one.\n" }
        defer { hintsShown += 1 }
        if hintsShown < lesson.hints.count {
            return "Hint: \(lesson.hints[hintsShown])\n"
        }
        return "The answer is:\n  \(lesson.answer)\nType it (or your own version) to finish the lesson.\n"
    }

    /// `skip`: shows the answer, notes the lesson as skipped and opens the next.
    public mutating func skip() -> String {
        guard let index = openIndex else { return "No lesson is open; `.tutorial` starts one.\n" }
        progress.markSkipped(lessons[index].id)
        return "Skipped. One answer was:\n  \(lessons[index].answer)\n\n" + advance(from: index)
    }

    /// After the learner's statement: the verdict's text, and on success the next lesson.
    public mutating func record(_ verdict: Verdict) -> String {
        guard let index = openIndex else { return "" }
        switch verdict {
        case .incorrect(let why):
            return "Not yet: \(why). (`hint` for a hint, `skip` to move on)\n"
        case .correct:
            progress.markCompleted(lessons[index].id)
            return "Correct!\n\n" + advance(from: index)
        }
    }

    /// `.tutorial list`: every lesson with ✓ when solved and – when skipped; ▸ marks the one to resume.
    public func listing() -> String {
        let width = String(lessons.count).count
        var text = ""
        for (index, lesson) in lessons.enumerated() {
            let mark = progress.completed.contains(lesson.id) ? "✓" : progress.skipped.contains(lesson.id) ? "–" : " "
            let number = String(index + 1)
            let open = lesson.id == progress.current ? " ▸" : ""
            text += "\(mark) \(String(repeating: " ", count: width - number.count))\(number). \(lesson.title)\(open)\n"
        }
        text += "\(progress.completed.count) of \(lessons.count) solved"
            + (progress.skipped.isEmpty ? "" : ", \(progress.skipped.count) skipped") + ".\n"
        return text
    }

    /// The open lesson's text again.
    public func currentText() -> String {
        guard let index = openIndex else { return "No lesson is open; `.tutorial` starts one.\n" }
        return Self.text(of: lessons[index], number: index + 1, of: lessons.count)
    }

    private mutating func open(_ index: Int) -> String {
        openIndex = index
        hintsShown = 0
        progress.current = lessons[index].id
        return Self.text(of: lessons[index], number: index + 1, of: lessons.count)
    }

    private mutating func advance(from index: Int) -> String {
        if index + 1 < lessons.count { return open(index + 1) }
        openIndex = nil
        progress.current = nil
        let solved = progress.completed.count
        return "That was the last lesson: \(solved) of \(lessons.count) solved. `.tutorial list` shows them all; "
            + "`.help` lists every meta-command.\n"
    }

    static let introduction = """
        Welcome to the claimsh tutorial. Each lesson asks a question about the embedded articles; type a query
        that answers it. Your result is compared with the lesson's answer, so any correct query passes.
        At the lesson prompt: `hint`, `skip`, `quit` (progress is kept; `.tutorial` resumes).


        """

    static func text(of lesson: Lesson, number: Int, of total: Int) -> String {
        "Lesson \(number) of \(total): \(lesson.title)\n\(lesson.explanation.withTrailingNewline)Task: \(lesson.task)\n"
    }
}
