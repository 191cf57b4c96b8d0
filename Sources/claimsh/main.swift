import ArgumentParser
import ClaimShell
#if canImport(Glibc)
import Glibc
#endif

extension OutputFormat: ExpressibleByArgument {}

/// Flags and exit codes only; everything else is ClaimShell.
struct Claimsh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimsh",
        abstract: "Explore the claims news articles make: places, actors, people, years, figures, sources.",
        discussion: """
        With no -c or -f, claimsh reads queries at a prompt (or, when standard input is not a terminal, \
        reads it as a script). Type .help at the prompt for meta-commands.

        Exit status: 0 success, 1 a statement failed, 2 usage error, 3 no articles could be loaded.

        Examples:
          claimsh -c 'claims where place = "Raqqa" and year = 2017'
          claimsh --corpus articles/ --mode csv -f report.cq > report.csv
          printf 'count claims group by type\\n' | claimsh
        """,
        version: Shell.version)

    @Option(name: .customShort("c"), help: ArgumentHelp("Run QUERY (a statement or meta-command) and exit; repeatable.", valueName: "QUERY"))
    var commands: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the statements in SCRIPT and exit; repeatable.", valueName: "SCRIPT"))
    var scripts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Add articles: a .txt/.html file or a folder of them; repeatable.", valueName: "PATH"))
    var corpus: [String] = []

    @Flag(name: .long, help: "Leave out the embedded seed articles.")
    var noSeeds = false

    @Option(name: .long, help: ArgumentHelp("Output mode: table, line, json, jsonl, csv or markdown.", valueName: "MODE"))
    var mode: OutputFormat?

    @Flag(name: .long, help: "Print each statement before its result.")
    var echo = false

    @Flag(name: .long, help: "Pause before each statement of a script until Enter is pressed.")
    var step = false

    @Flag(name: .long, help: "Stop at the first statement that fails.")
    var bail = false

    @Flag(name: .long, help: "Do not read ~/.claimshrc.")
    var noRc = false

    func shellOptions() -> ShellOptions {
        var options = ShellOptions()
        options.commands = commands
        options.scripts = scripts
        options.corpusPaths = corpus
        options.includeSeeds = !noSeeds
        options.format = mode
        options.echo = echo
        options.step = step
        options.bail = bail
        options.readStartupFile = !noRc
        return options
    }
}

// The gazetteer takes longer to load than anything else at start-up: it loads while the flags are parsed.
EngineBackend.startLoadingTables()
let command: Claimsh
do {
    command = try Claimsh.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    let status = Claimsh.exitCode(for: error)
    if status == .success {
        // --help and --version
        print(Claimsh.fullMessage(for: error))
        exit(ShellExitStatus.success)
    }
    FileHandleless.writeError(Claimsh.fullMessage(for: error) + "\n")
    exit(ShellExitStatus.usage)
}
exit(Shell.run(command.shellOptions(), environment: ProcessEnvironment.current(), loadCorpus: EngineBackend.load))

enum FileHandleless {
    static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

enum ProcessEnvironment {
    static func current() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
