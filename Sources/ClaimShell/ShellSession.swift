#if canImport(Glibc)
import Glibc
#endif

/// Everything a running shell holds: settings, the backend, where output goes, history.
/// Meta-commands and the input loop act on it; `Shell.run` builds it.
public final class ShellSession {
    public var state = ShellState()
    public internal(set) var backend: ShellBackend
    let output: OutputSink
    let interrupt: InterruptSignal
    let environment: [String: String]
    let terminal: TerminalInfo
    /// Present only at an interactive prompt.
    var history: HistoryFile?
    /// `--step` reads Enter from the terminal, not from the script's stdin.
    lazy var stepTerminal: DescriptorLineSource? = {
        if case .success(let source) = DescriptorLineSource.open(path: "/dev/tty") { return source }
        return nil
    }()
    /// `FILE:LINE: ` while a script's meta-command runs, for its messages.
    var messageLocation = ""

    public init(backend: ShellBackend, output: OutputSink, interrupt: InterruptSignal,
                environment: [String: String], terminal: TerminalInfo) {
        self.backend = backend
        self.output = output
        self.interrupt = interrupt
        self.environment = environment
        self.terminal = terminal
    }

    /// Piped tables keep their full text unless COLUMNS asks for a width.
    private var pipedWidth: Int {
        environment["COLUMNS"].flatMap { Int($0) }.map { max(20, $0) } ?? Int.max / 2
    }

    func renderSettings() -> RenderSettings {
        let toTerminal = output.isStdout && terminal.stdoutIsTerminal
        return RenderSettings(format: state.format, headers: state.headers,
                              width: toTerminal ? TerminalInfo.currentWidth(environment: environment) : pipedWidth,
                              color: output.isStdout && terminal.colorOnStdout, messageColor: terminal.colorOnStderr,
                              unicode: TerminalInfo.localeIsUTF8(environment: environment))
    }

    /// What Tab offers for this line and cursor.
    public func completions(line: String, cursor: Int) -> [Candidate] {
        Completion.complete(line: line, cursor: cursor, context: completionContext())
    }

    func completionContext() -> CompletionContext {
        let backend = self.backend
        let home = environment["HOME"]
        return CompletionContext(
            kinds: backend.kindNames,
            savedNames: backend.savedNames,
            metaCommands: MetaCommands.completionEntries,
            fields: { kind in
                if let kind { return backend.fieldNames(kind: kind) }
                var seen = Set<String>()
                return backend.kindNames.flatMap { backend.fieldNames(kind: $0) }.filter { seen.insert($0).inserted }
            },
            valueStyle: { kind, field in
                if let kind { return backend.valueStyle(kind: kind, field: field) }
                return backend.kindNames.lazy.map { backend.valueStyle(kind: $0, field: field) }.first { $0 != .none } ?? .none
            },
            values: { kind, field in
                if let kind { return backend.completionValues(kind: kind, field: field) }
                let owner = backend.kindNames.first { backend.valueStyle(kind: $0, field: field) != .none }
                return owner.map { backend.completionValues(kind: $0, field: field) } ?? []
            },
            key: { backend.matchKey($0) },
            listDirectory: { path in DirectoryListing.entries(of: path, home: home) })
    }
}

/// Directory entries for path completion.
enum DirectoryListing {
    static func entries(of typedPath: String, home: String?) -> [DirectoryEntry] {
        var path = typedPath
        if path.hasPrefix("~"), let home { path = home + path.dropFirst() }
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            var status = stat()
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            let isDirectory = stat(full, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            entries.append(DirectoryEntry(name: name, isDirectory: isDirectory))
        }
        return entries
    }
}
