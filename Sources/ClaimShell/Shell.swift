#if canImport(Glibc)
import Glibc
#endif
import CLibEdit

/// The command line, as main.swift parsed it.
public struct ShellOptions: Sendable {
    /// `-c QUERY`, in order; each runs and then the shell exits.
    public var commands: [String] = []
    /// `-f SCRIPT`, in order.
    public var scripts: [String] = []
    /// `--corpus PATH`: files or folders added to the seeds.
    public var corpusPaths: [String] = []
    public var includeSeeds = true
    public var format: OutputFormat?
    public var echo = false
    public var step = false
    public var bail = false
    public var readStartupFile = true

    public init() {}
}

/// What the first load produced.
public struct InitialLoad {
    public var backend: ShellBackend?
    /// Warnings naming skipped files, rendered.
    public var messages: [String]
    public var failed: Bool

    public init(backend: ShellBackend?, messages: [String], failed: Bool) {
        self.backend = backend
        self.messages = messages
        self.failed = failed
    }
}

/// Exit statuses: 0 fine, 1 a statement failed, 2 usage, 3 no corpus could be loaded.
public enum ShellExitStatus {
    public static let success: Int32 = 0
    public static let statementFailed: Int32 = 1
    public static let usage: Int32 = 2
    public static let corpusUnavailable: Int32 = 3
}

public enum Shell {
    public static let version = "0.1.0"

    /// Runs claimsh and returns the exit status. `loadCorpus` builds the backend (EngineBackend.load
    /// in the binary; tests pass fakes).
    public static func run(_ options: ShellOptions, environment: [String: String],
                           loadCorpus: (_ includeSeeds: Bool, _ paths: [String],
                                        _ progress: @escaping @Sendable (Int, Int, Int) -> Void) -> InitialLoad) -> Int32 {
        _ = claimsh_configure_utf8_locale()
        let interrupt = InterruptSignal()
        interrupt.install()
        let terminal = TerminalInfo.current(environment: environment)
        let readsPrompt = options.commands.isEmpty && options.scripts.isEmpty && terminal.stdinIsTerminal

        let progress = ProgressBar(stderrIsTerminal: terminal.stderrIsTerminal)
        let loaded = loadCorpus(options.includeSeeds, options.corpusPaths) { progress.update(done: $0, total: $1, bytes: $2) }
        progress.finish()
        interrupt.clear()
        for message in loaded.messages {
            StandardError.write(message.withTrailingNewline)
        }
        guard !loaded.failed, let backend = loaded.backend else {
            StandardError.write("error: no articles could be loaded\n")
            return ShellExitStatus.corpusUnavailable
        }

        var sessionReference: ShellSession?
        let output = OutputSink(onBrokenPipe: {
            // The reader has gone (`claimsh -c claims | head -1`): stop quietly.
            sessionReference?.output.finishFilesOnly()
            exit(ShellExitStatus.success)
        })
        let session = ShellSession(backend: backend, output: output, interrupt: interrupt,
                                   environment: environment, terminal: terminal)
        sessionReference = session
        session.state.format = options.format ?? .table
        session.state.echo = options.echo
        session.state.step = options.step
        session.state.bail = options.bail
        session.state.interactive = readsPrompt

        var end = InputEnd.endOfInput
        if options.readStartupFile, let home = environment["HOME"] {
            let path = home + "/.claimshrc"
            if access(path, R_OK) == 0, case .success(let source) = DescriptorLineSource.open(path: path) {
                if session.runScript(source, name: path, canonicalPath: ShellSession.canonicalPath(path)) == .quit {
                    end = .quit
                }
            }
        }
        if end != .quit {
            end = runInputs(options, session: session, readsPrompt: readsPrompt)
        }
        output.finish()
        if end == .interrupted { return 130 }
        return session.state.failures > 0 ? ShellExitStatus.statementFailed : ShellExitStatus.success
    }

    private static func runInputs(_ options: ShellOptions, session: ShellSession, readsPrompt: Bool) -> InputEnd {
        if !options.commands.isEmpty || !options.scripts.isEmpty {
            for command in options.commands {
                let end = session.process(StringLineSource(command), name: nil)
                if end != .endOfInput { return end }
            }
            for script in options.scripts {
                switch DescriptorLineSource.open(path: script) {
                case .success(let source):
                    let outcome = session.runScript(source, name: script, canonicalPath: ShellSession.canonicalPath(script))
                    if outcome == .quit { return .quit }
                    if outcome == .failed && session.state.bail { return .bailed }
                case .failure(let error):
                    StandardError.write("error: \(error.message)\n")
                    session.state.failures += 1
                    if session.state.bail { return .bailed }
                }
            }
            return .endOfInput
        }
        guard readsPrompt else {
            // Piped or redirected stdin is a script: no prompt, no banner, no escape codes.
            return session.process(DescriptorLineSource(descriptor: 0, ownsDescriptor: false), name: "<stdin>")
        }
        let editor = LineEditor(programName: "claimsh")
        editor.completer = { [unowned session] line, cursor in session.completions(line: line, cursor: cursor) }
        let history = HistoryFile(path: HistoryPolicy.location(environment: session.environment)) { message in
            StandardError.write("warning: \(message)\n")
        }
        history.load()
        session.history = history
        let summary = session.backend.summary
        session.output.write("claimsh \(version): \(summary.documents) documents, \(summary.claims) claims. "
                             + "Type .help for help, Tab to complete, Ctrl-D to leave.\n")
        return session.process(editor, name: nil)
    }
}
