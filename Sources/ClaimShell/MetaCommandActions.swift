#if canImport(Glibc)
import Glibc
#endif

/// What each meta-command does (the table in MetaCommands names these).
extension ShellSession {
    func help(topic: String?) -> MetaOutcome {
        guard let topic else {
            output.write(MetaCommands.helpText)
            return .succeeded
        }
        let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
        if let command = MetaCommands.named(name), !command.isHidden {
            output.write("\(command.usage)\n  \(command.summary)\n")
            return .succeeded
        }
        if let schema = backend.schemaDescription(kind: name) {
            output.write(schema.withTrailingNewline)
            return .succeeded
        }
        reportError("no help for '\(topic)'; topics are meta-commands (without the dot) and kinds: "
                    + backend.kindNames.joined(separator: ", "))
        return .failed
    }

    func schema(kind: String?) -> MetaOutcome {
        guard let text = backend.schemaDescription(kind: kind) else {
            reportError("unknown kind '\(kind ?? "")'; kinds are " + backend.kindNames.joined(separator: ", "))
            return .failed
        }
        output.write(text.withTrailingNewline)
        return .succeeded
    }

    func setMode(_ arguments: [String]) -> MetaOutcome {
        guard let word = arguments.first else {
            output.write("\(state.format.rawValue)\n")
            return .succeeded
        }
        guard arguments.count == 1, let format = OutputFormat(rawValue: word.lowercased()) else {
            reportError("unknown mode '\(arguments.joined(separator: " "))'; expected one of "
                        + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
            return .failed
        }
        state.format = format
        return .succeeded
    }

    func setSwitch(_ arguments: [String], name: String, keyPath: WritableKeyPath<ShellState, Bool>) -> MetaOutcome {
        guard let word = arguments.first else {
            output.write(state[keyPath: keyPath] ? "on\n" : "off\n")
            return .succeeded
        }
        switch word.lowercased() {
        case "on", "yes", "true", "1": state[keyPath: keyPath] = true
        case "off", "no", "false", "0": state[keyPath: keyPath] = false
        default:
            reportError(".\(name) expects 'on' or 'off', not '\(word)'")
            return .failed
        }
        return .succeeded
    }

    func redirectOutput(_ arguments: [String], once: Bool) -> MetaOutcome {
        if arguments.count > 1 {
            reportError(".\(once ? "once" : "output") takes one file name (quote names with spaces)")
            return .failed
        }
        let error: ShellError?
        if once {
            guard let path = arguments.first else {
                reportError(".once needs a file name")
                return .failed
            }
            error = output.redirectOnce(to: path)
        } else {
            error = output.redirect(to: arguments.first)
        }
        if let error {
            reportError(error.message)
            return .failed
        }
        return .succeeded
    }

    func readScript(_ arguments: [String]) -> MetaOutcome {
        guard arguments.count == 1, let path = arguments.first else {
            reportError(".read needs one file name")
            return .failed
        }
        guard state.readStack.count < ShellState.maximumReadDepth else {
            reportError(".read nested more than \(ShellState.maximumReadDepth) deep")
            return .failed
        }
        let canonical = Self.canonicalPath(path)
        if state.readStack.contains(canonical) {
            reportError("'\(path)' is already being read (a script cannot read itself)")
            return .failed
        }
        let source: DescriptorLineSource
        switch DescriptorLineSource.open(path: path) {
        case .success(let opened): source = opened
        case .failure(let error):
            reportError(error.message)
            return .failed
        }
        return runScript(source, name: path, canonicalPath: canonical)
    }

    /// Runs a script through the input loop with `path` on the read stack.
    func runScript(_ source: LineSource, name: String, canonicalPath: String) -> MetaOutcome {
        state.readStack.append(canonicalPath)
        let savedLocation = messageLocation
        messageLocation = ""
        defer {
            state.readStack.removeLast()
            messageLocation = savedLocation
        }
        switch process(source, name: name) {
        case .quit: return .quit
        case .bailed, .interrupted: return .failed
        case .endOfInput: return .succeeded
        }
    }

    static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    func load(_ paths: [String]) -> MetaOutcome {
        guard !paths.isEmpty else {
            reportError(".load needs at least one file or folder")
            return .failed
        }
        interrupt.clear()
        let progress = ProgressBar(stderrIsTerminal: terminal.stderrIsTerminal)
        let task = BackgroundTask { [backend] in
            backend.prepareLoad(paths: paths) { done, total, bytes in progress.update(done: done, total: total, bytes: bytes) }
        }
        // Wait for the load, or for Ctrl-C: then its result is dropped when it arrives.
        while !task.isFinished {
            if interrupt.isPending {
                interrupt.clear()
                progress.finish()
                StandardError.write("interrupted: .load cancelled; the corpus is unchanged\n")
                return .failed
            }
            usleep(20_000)
        }
        progress.finish()
        guard let prepared = task.result else { return .failed }
        for message in prepared.messages {
            StandardError.write(message.withTrailingNewline)
        }
        if prepared.failed {
            reportError("nothing could be loaded from " + paths.joined(separator: ", "))
            return .failed
        }
        backend.install(prepared)
        let summary = backend.summary
        StandardError.write("loaded: \(summary.documents) documents, \(summary.claims) claims\n")
        return .succeeded
    }

    func listHistory() -> MetaOutcome {
        guard let history else {
            reportError(".history is kept only at the interactive prompt")
            return .failed
        }
        let entries = history.entries
        let width = String(entries.count).count
        for (index, entry) in entries.enumerated() {
            let number = String(index + 1)
            output.write(String(repeating: " ", count: width - number.count) + number + "  " + entry + "\n")
        }
        return .succeeded
    }

    func show(_ arguments: [String]) -> MetaOutcome {
        guard arguments.count == 1, let id = arguments.first else {
            reportError(".show needs one claim id, e.g. .show c12")
            return .failed
        }
        guard let detail = backend.showClaim(id, settings: renderSettings()) else {
            reportError("no claim '\(id)'")
            return .failed
        }
        output.write(detail.withTrailingNewline)
        return .succeeded
    }

    func explain(_ query: String) -> MetaOutcome {
        guard !query.isEmpty else {
            reportError(".explain needs a query, e.g. .explain claims where year = 2017")
            return .failed
        }
        let text = query.hasSuffix(";") ? String(query.dropLast()) : query
        let statement = ShellStatement(text: text, origin: .init(text: text), offsetInOrigin: 0, displayText: text)
        let report = backend.explain(statement, settings: renderSettings())
        if let text = report.output { output.write(text.withTrailingNewline) }
        for message in report.messages { StandardError.write(message.withTrailingNewline) }
        judgeTutorialExplain(report)
        return report.failed ? .failed : .succeeded
    }

    func listVariables() -> MetaOutcome {
        let variables = backend.variables()
        if variables.isEmpty {
            output.write("no saved names; save one with `let NAME = QUERY`\n")
        }
        let width = variables.map(\.name.count).max() ?? 0
        for variable in variables {
            output.write(variable.name.padding(to: width) + "  " + variable.description + "\n")
        }
        return .succeeded
    }

    /// Test aid: waits MS milliseconds in small steps, stopping early on Ctrl-C.
    func sleep(_ arguments: [String]) -> MetaOutcome {
        guard let text = arguments.first, let milliseconds = Int(text), milliseconds >= 0 else {
            reportError(".sleep needs a number of milliseconds")
            return .failed
        }
        interrupt.clear()
        let deadline = MonotonicClock.now() + Double(milliseconds) / 1000
        while MonotonicClock.now() < deadline {
            if interrupt.isPending {
                interrupt.clear()
                StandardError.write("interrupted: the statement was cancelled\n")
                return .failed
            }
            usleep(10_000)
        }
        output.write("slept \(milliseconds) ms\n")
        return .succeeded
    }
}
