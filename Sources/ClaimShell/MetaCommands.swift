#if canImport(Glibc)
import Glibc
#endif
import ClaimDiagnostics

/// How a meta-command ended.
public enum MetaOutcome: Equatable {
    case succeeded
    case failed
    case quit
}

/// One dot-command: the table below drives dispatch, `.help` and completion (as DuckDB's shell).
public struct MetaCommand {
    public var name: String
    public var aliases: [String] = []
    /// `.mode table|line|json|jsonl|csv|markdown`
    public var usage: String
    public var summary: String
    public var arguments: ArgumentCompletion = .nothing
    /// Test aids stay out of `.help` and completion.
    public var isHidden = false
    var run: (ShellSession, MetaCommandLine) -> MetaOutcome

    public func matches(_ name: String) -> Bool { self.name == name || aliases.contains(name) }
}

public enum MetaCommands {
    public static let all: [MetaCommand] = [
        MetaCommand(name: "help", usage: ".help [TOPIC]", summary: "list meta-commands, or explain one (or a kind)",
                    arguments: .helpTopics, run: { $0.help(topic: $1.arguments.first) }),
        MetaCommand(name: "quit", aliases: ["exit"], usage: ".quit", summary: "leave claimsh (also .exit, Ctrl-D)",
                    run: { session, _ in session.state.quitRequested = true; return .quit }),
        MetaCommand(name: "schema", usage: ".schema [KIND]", summary: "fields of every kind (or of KIND) with types and meaning",
                    arguments: .kinds, run: { $0.schema(kind: $1.arguments.first) }),
        MetaCommand(name: "mode", usage: ".mode " + OutputFormat.allCases.map(\.rawValue).joined(separator: "|"),
                    summary: "how results are printed",
                    arguments: .words(OutputFormat.allCases.map(\.rawValue)), run: { $0.setMode($1.arguments) }),
        MetaCommand(name: "headers", usage: ".headers on|off", summary: "column headers in table, csv and markdown output",
                    arguments: .words(["on", "off"]), run: { session, line in
                        session.setSwitch(line.arguments, name: "headers", keyPath: \.headers) }),
        MetaCommand(name: "output", usage: ".output [FILE]", summary: "send results to FILE (written when switched back); no FILE: stdout",
                    arguments: .files, run: { $0.redirectOutput($1.arguments, once: false) }),
        MetaCommand(name: "once", usage: ".once FILE", summary: "send the next result only to FILE",
                    arguments: .files, run: { $0.redirectOutput($1.arguments, once: true) }),
        MetaCommand(name: "read", usage: ".read FILE", summary: "run the statements and meta-commands in FILE",
                    arguments: .files, run: { $0.readScript($1.arguments) }),
        MetaCommand(name: "load", usage: ".load PATH...", summary: "add articles (.txt/.html files or folders) and rebuild the store",
                    arguments: .files, run: { $0.load($1.arguments) }),
        MetaCommand(name: "timer", usage: ".timer on|off", summary: "print the wall time of each statement",
                    arguments: .words(["on", "off"]), run: { session, line in
                        session.setSwitch(line.arguments, name: "timer", keyPath: \.timer) }),
        MetaCommand(name: "history", usage: ".history", summary: "list the statements entered at the prompt",
                    run: { session, _ in session.listHistory() }),
        MetaCommand(name: "show", usage: ".show ID", summary: "everything about one claim (also `show ID`)",
                    run: { $0.show($1.arguments) }),
        MetaCommand(name: "explain", usage: ".explain QUERY", summary: "how a query is planned and which indexes it uses",
                    arguments: .query, run: { $0.explain($1.rest) }),
        MetaCommand(name: "chart", usage: ".chart", summary: "draw the last grouped result as bars (a year histogram when grouped by year)",
                    run: { $0.chart($1.arguments) }),
        MetaCommand(name: "map", usage: ShellSession.mapUsage,
                    summary: "plot the places of QUERY (or of the last result) on a map; --svg writes it to FILE",
                    arguments: .query, run: { $0.map($1.rest) }),
        MetaCommand(name: "vars", usage: ".vars", summary: "names saved with `let NAME = …`",
                    run: { session, _ in session.listVariables() }),
        MetaCommand(name: "tutorial", usage: ShellSession.tutorialUsage,
                    summary: "short lessons on the loaded articles; resumes where you left off",
                    arguments: .words(["list", "reset", "off", "hint", "skip"]), run: { $0.tutorialCommand($1.arguments) }),
        MetaCommand(name: "sleep", usage: ".sleep MS", summary: "test aid: a statement that takes MS milliseconds and can be cancelled",
                    isHidden: true, run: { $0.sleep($1.arguments) }),
    ]

    /// Other shells' dot-commands and their counterparts here (sqlite3's `.tables`, `.import`, `.indexes`).
    static let foreignNames: [String: String] = [
        "tables": "schema", "fullschema": "schema", "indexes": "explain", "indices": "explain", "open": "load",
        "q": "quit", "h": "help",
    ]

    /// What to say for an unknown `.name`: the counterpart of another shell's command, else the nearest name.
    static func unknownMessage(for name: String) -> String {
        if let counterpart = foreignNames[name.lowercased()] {
            return "unknown meta-command '.\(name)'; here it is .\(counterpart) (see .help \(counterpart.split(separator: " ")[0]))"
        }
        let names = all.filter { !$0.isHidden }.flatMap { [$0.name] + $0.aliases }
        if let nearest = nearestCandidates(to: name, in: names, limit: 1).first {
            return "unknown meta-command '.\(name)'; did you mean .\(nearest)?"
        }
        return "unknown meta-command '.\(name)'; try .help"
    }

    public static func named(_ name: String) -> MetaCommand? {
        all.first { $0.matches(name.lowercased()) }
    }

    /// Names with their dot, for completion.
    public static var completionEntries: [(name: String, arguments: ArgumentCompletion)] {
        all.filter { !$0.isHidden }.flatMap { command in
            ([command.name] + command.aliases).map { (name: "." + $0, arguments: command.arguments) }
        }
    }

    /// The `.help` listing.
    public static var helpText: String {
        let visible = all.filter { !$0.isHidden }
        let width = visible.map(\.usage.count).max() ?? 0
        var text = "Meta-commands (a line starting with '.'; only between statements):\n"
        for command in visible {
            text += "  " + command.usage.padding(to: width) + "  " + command.summary + "\n"
        }
        text += """
        Anything else is a query, ended by ';' or the end of the line, e.g.
          claims where place = "Raqqa" and year = 2017
          count claims group by type
        A line that ends inside quotes or brackets, or with an operator, continues on the next.
        Tab completes kinds, fields, values and file names; Up/Down and Ctrl-R search history.
        Try `.help schema`, `.schema claims`, `.help KIND`.

        """
        return text
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
