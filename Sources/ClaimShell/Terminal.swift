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

    /// The width tables should fit: the terminal's columns now (so a resize is honoured), else COLUMNS, else 80.
    public static func currentWidth(environment: [String: String]) -> Int {
        let columns = Int(claimsh_terminal_columns(1))
        if columns > 0 { return columns }
        if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        return 80
    }
}
