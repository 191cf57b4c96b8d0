import CLibEdit
#if canImport(Glibc)
import Glibc
#endif

/// What the process is connected to, asked once per question (width is re-read before each render).
public struct TerminalInfo: Sendable {
    public var stdinIsTerminal: Bool
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    /// NO_COLOR is set (to anything): never colour, https://no-color.org
    public var noColorRequested: Bool

    public init(stdinIsTerminal: Bool, stdoutIsTerminal: Bool, stderrIsTerminal: Bool, noColorRequested: Bool) {
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.noColorRequested = noColorRequested
    }

    public static func current(environment: [String: String]) -> TerminalInfo {
        TerminalInfo(stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1,
                     stderrIsTerminal: isatty(2) == 1, noColorRequested: environment["NO_COLOR"] != nil)
    }

    /// Colour only on a terminal, and never under NO_COLOR.
    public var colorOnStdout: Bool { stdoutIsTerminal && !noColorRequested }
    public var colorOnStderr: Bool { stderrIsTerminal && !noColorRequested }

    /// The height maps should fit: the terminal's rows now, else LINES, else nil.
    public static func currentHeight(environment: [String: String]) -> Int? {
        let rows = Int(claimsh_terminal_rows(1))
        if rows > 0 { return rows }
        if let text = environment["LINES"], let value = Int(text), value > 0 { return value }
        return nil
    }

    /// Whether the user's locale (LC_ALL, else LC_CTYPE, else LANG, as setlocale reads them) is UTF-8. The shell
    /// itself switches LC_CTYPE to C.UTF-8 for libedit, so the process locale no longer tells what the terminal shows.
    public static func localeIsUTF8(environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// The width tables should fit: the terminal's columns now (so a resize is honoured), else COLUMNS, else 80.
    public static func currentWidth(environment: [String: String]) -> Int {
        let columns = Int(claimsh_terminal_columns(1))
        if columns > 0 { return columns }
        if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        return 80
    }
}
