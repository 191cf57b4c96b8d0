import ClaimDiagnostics

/// `.tutorial` and the lesson prompt: the session's side of the tutorial (the state machine is `Tutorial`).
extension ShellSession {
    static let tutorialUsage = ".tutorial [list|reset|off|hint|skip|N]"

    /// `.tutorial [list|reset|off|hint|skip|N]`.
    func tutorialCommand(_ arguments: [String]) -> MetaOutcome {
        guard arguments.count <= 1 else {
            reportError("usage: \(Self.tutorialUsage)")
            return .failed
        }
        var tutorial = loadedTutorial()
        let text: String
        switch arguments.first?.lowercased() {
        case nil, "start", "resume":
            text = tutorial.isActive ? tutorial.currentText() : tutorial.resume()
        case "list":
            text = tutorial.listing()
        case "reset":
            text = tutorial.reset()
        case "off", "quit", "stop":
            text = tutorial.isActive ? tutorial.leave() : "No lesson is open.\n"
        case "hint":
            text = tutorial.hint()
        case "skip":
            text = tutorial.skip()
        case let word?:
            guard let number = Int(word), let opened = tutorial.jump(to: number) else {
                reportError("no lesson '\(word)'; lessons are 1 to \(tutorial.lessons.count) (`.tutorial list`)")
                return .failed
            }
            text = opened
        }
        updateTutorial(tutorial, showing: text)
        return .succeeded
    }

    /// At an open lesson, `hint`, `skip` and `quit` are words for the tutorial, not queries.
    /// Returns true when `line` was one of them (and has been handled).
    func handleTutorialWord(_ line: String) -> Bool {
        guard var tutorial = state.tutorial, tutorial.isActive else { return false }
        var word = line.trimmingCharacters().lowercased()
        if word.hasSuffix(";") { word.removeLast() }
        let text: String
        switch word.trimmingCharacters() {
        case "hint": text = tutorial.hint()
        case "skip": text = tutorial.skip()
        case "quit": text = tutorial.leave()
        default: return false
        }
        updateTutorial(tutorial, showing: text)
        return true
    }

    /// After a statement ran (its result already shown): is it the open lesson's answer?
    func judgeTutorialAttempt(_ report: StatementReport) {
        guard let tutorial = state.tutorial, let lesson = tutorial.openLesson,
              !report.failed, let attempt = report.summary, attempt != .other else { return }
        if lesson.check == .explainWithIndexStep {
            recordTutorialVerdict(lesson.judge(attempt, expected: .other))
            return
        }
        if lesson.check == .yearChart {
            // Grouping by year is the first of the lesson's two steps.
            if case .groups(_, let field, _) = attempt, YearField.matches(field) {
                output.write("Good: those are the groups. Now `.chart` draws them.\n")
            } else {
                recordTutorialVerdict(lesson.judge(attempt, expected: .other))
            }
            return
        }
        guard let expected = tutorialAnswerSummary(lesson) else {
            StandardError.write("warning: the lesson's answer (\(lesson.answer)) does not run on this corpus; `skip` moves on\n")
            return
        }
        recordTutorialVerdict(lesson.judge(attempt, expected: expected))
    }

    /// After `.explain` ran: the explain lesson passes when its plan has an index step.
    func judgeTutorialExplain(_ report: StatementReport) {
        guard let lesson = state.tutorial?.openLesson, lesson.check == .explainWithIndexStep,
              !report.failed, let plan = report.output else { return }
        recordTutorialVerdict(lesson.judgeExplain(planText: plan))
    }

    /// After `.chart` drew a grouped result on `field`: the chart lesson passes when it is a year field.
    func judgeTutorialChart(field: String) {
        guard let lesson = state.tutorial?.openLesson, lesson.check == .yearChart else { return }
        recordTutorialVerdict(lesson.judgeChart(field: field))
    }

    private func recordTutorialVerdict(_ verdict: Verdict) {
        guard var tutorial = state.tutorial else { return }
        let text = tutorial.record(verdict)
        updateTutorial(tutorial, showing: text)
    }

    /// The answer's result, run like any statement (answers never save names).
    private func tutorialAnswerSummary(_ lesson: Lesson) -> ResultSummary? {
        let text = lesson.answer
        let statement = ShellStatement(text: text, origin: SourceFile(text: text), offsetInOrigin: 0, displayText: text)
        let report = backend.execute(statement, settings: renderSettings(), isCancelled: { false })
        return report.failed ? nil : report.summary
    }

    /// The tutorial of this run, or one built from the progress file on the first `.tutorial`.
    private func loadedTutorial() -> Tutorial {
        if let tutorial = state.tutorial { return tutorial }
        switch TutorialProgressFile(environment: environment).load() {
        case .success(let progress):
            return Tutorial(progress: progress)
        case .failure(let error):
            StandardError.write("warning: \(error.message)\n")
            return Tutorial()
        }
    }

    /// Keeps the new state, saves progress when it changed, and prints `text`.
    private func updateTutorial(_ tutorial: Tutorial, showing text: String) {
        let changed = state.tutorial?.progress != tutorial.progress
        state.tutorial = tutorial
        if changed, let error = TutorialProgressFile(environment: environment).save(tutorial.progress) {
            StandardError.write("warning: \(error.message)\n")
        }
        if !text.isEmpty { output.write(text) }
    }
}
