import ClaimDiagnostics

/// How one input ended.
enum InputEnd: Equatable {
    case endOfInput
    case quit
    /// `--bail` and a failure.
    case bailed
    /// Ctrl-C while reading a script or pipe.
    case interrupted
}

extension ShellSession {
    /// The one process-input loop: the prompt, `-f` scripts, `-c`, piped stdin, `.read` and the
    /// rc file all come through here (as sqlite3's process_input). A line is a meta-command only
    /// when no statement is pending.
    func process(_ source: LineSource, name: String?) -> InputEnd {
        var accumulator = StatementAccumulator(sourceName: name) { [backend] text in backend.needsContinuation(text) }
        var lineNumber = 0
        while true {
            if state.quitRequested { return .quit }
            if source.isInteractive { interrupt.clear() }
            if let editor = source as? LineEditor { editor.prompt = state.tutorial?.prompt ?? LineEditor.defaultPrompt }
            guard let line = source.nextLine(continuation: accumulator.hasPending) else {
                if interrupt.isPending {
                    interrupt.clear()
                    if source.isInteractive {
                        // Ctrl-C at the prompt: drop the line (and any pending statement), prompt again.
                        output.write("\n")
                        accumulator.reset()
                        continue
                    }
                    return .interrupted
                }
                if source.isInteractive { output.write("\n") }
                if let statement = accumulator.finish() {
                    if !execute(statement, interactive: source.isInteractive), state.bail { return .bailed }
                }
                return .endOfInput
            }
            if source.isInteractive && interrupt.isPending {
                // Ctrl-C ended the line: drop it and any pending statement.
                interrupt.clear()
                accumulator.reset()
                continue
            }
            lineNumber += 1
            if !accumulator.hasPending, handleTutorialWord(line) { continue }
            if !accumulator.hasPending, let command = MetaCommandLine.parse(line) {
                if source.isInteractive { history?.add(line.trimmingCharacters()) }
                messageLocation = name.map { "\($0):\(lineNumber): " } ?? ""
                let outcome = runMetaCommand(command, interactive: source.isInteractive)
                messageLocation = ""
                if outcome == .quit { return .quit }
                if outcome == .failed && state.bail && !source.isInteractive { return .bailed }
                continue
            }
            for statement in accumulator.add(line: line, number: lineNumber) {
                if source.isInteractive { history?.add(statement.displayText) }
                let succeeded = execute(statement, interactive: source.isInteractive)
                if !succeeded && state.bail && !source.isInteractive { return .bailed }
                if state.quitRequested { return .quit }
            }
        }
    }

    func runMetaCommand(_ line: MetaCommandLine, interactive: Bool) -> MetaOutcome {
        let outcome: MetaOutcome
        if let command = MetaCommands.named(line.name) {
            outcome = command.run(self, line)
        } else {
            reportError(MetaCommands.unknownMessage(for: line.name))
            outcome = .failed
        }
        if outcome == .failed && !interactive { state.failures += 1 }
        return outcome
    }

    /// Runs one statement; false when it failed or was cancelled.
    func execute(_ statement: ShellStatement, interactive: Bool) -> Bool {
        if state.echo { output.write(statement.displayText + "\n") }
        if state.step && !interactive { waitForStep(statement) }
        interrupt.clear()
        let started = MonotonicClock.now()
        let report = backend.execute(statement, settings: renderSettings(), isCancelled: interrupt.cancellationCheck)
        let elapsed = MonotonicClock.now() - started
        defer { output.statementFinished() }
        if report.cancelled || interrupt.isPending {
            interrupt.clear()
            StandardError.write("interrupted: the statement was cancelled\n")
            if !interactive { state.failures += 1 }
            return false
        }
        if let text = report.output, !text.isEmpty {
            output.write(text.withTrailingNewline)
        }
        for message in report.messages {
            StandardError.write(message.withTrailingNewline)
        }
        if state.timer { StandardError.write("time: \(MonotonicClock.describe(elapsed))\n") }
        if report.failed && !interactive { state.failures += 1 }
        if !report.failed { rememberResult(report.summary) }
        judgeTutorialAttempt(report)
        return !report.failed
    }

    /// `--step`: show the statement and wait for Enter on the terminal (skipped without one).
    private func waitForStep(_ statement: ShellStatement) {
        guard let terminal = stepTerminal else { return }
        StandardError.write("step> \(statement.displayText)  [Enter to run] ")
        _ = terminal.nextLine(continuation: false)
    }

    /// A meta-command's error, prefixed with `FILE:LINE: ` inside a script.
    func reportError(_ message: String) {
        StandardError.write("\(messageLocation)error: \(message)\n")
    }
}
