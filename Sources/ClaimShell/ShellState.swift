/// All settings and bookkeeping of one shell run, in one place (as sqlite3's ShellState).
public struct ShellState {
    /// Output mode for results (`.mode`, `--mode`).
    public var format: OutputFormat = .table
    /// Column headers in table, csv and markdown output (`.headers`).
    public var headers = true
    /// Print wall time after each statement (`.timer`).
    public var timer = false
    /// Print each statement before its result (`--echo`).
    public var echo = false
    /// Stop at the first failing statement or meta-command (`--bail`).
    public var bail = false
    /// Wait for Enter before each statement of a script (`--step`).
    public var step = false
    /// Paths of the scripts being read, outermost first (`.read` nesting and self-reading).
    public var readStack: [String] = []
    /// Statements and meta-commands that failed in non-interactive input (exit status 1).
    public var failures = 0
    /// `.quit` was given (also ends enclosing scripts).
    public var quitRequested = false
    /// A person is at the prompt: banner, history, Ctrl-C returns to the prompt.
    public var interactive = false
    /// `.tutorial`: the lessons and the learner's progress; a lesson is open while `tutorial?.isActive`.
    public var tutorial: Tutorial?
    /// The last grouped result (`group by`, `count … by`), drawn by `.chart`.
    public var lastGroups: ResultSummary?
    /// The last result that listed records or groups, mapped by `.map` without a query.
    public var lastResult: ResultSummary?

    /// `.read` may nest this deep (sqlite3's MAX_INPUT_NESTING is 25).
    public static let maximumReadDepth = 25

    public init() {}
}
