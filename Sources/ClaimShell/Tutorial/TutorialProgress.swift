import Foundation

/// What the learner has done, kept between runs in `tutorial.json` so `.tutorial` resumes where they left off.
public struct TutorialProgress: Codable, Sendable, Equatable {
    /// Lesson ids solved, in the order solved.
    public var completed: [String] = []
    /// Lesson ids skipped (and not solved since).
    public var skipped: [String] = []
    /// The lesson the learner was on when they left; nil once every lesson is behind them.
    public var current: String?
    /// The file format, for a future change.
    public var version = 1

    public init(completed: [String] = [], skipped: [String] = [], current: String? = nil) {
        self.completed = completed
        self.skipped = skipped
        self.current = current
    }

    public mutating func markCompleted(_ id: String) {
        skipped.removeAll { $0 == id }
        if !completed.contains(id) { completed.append(id) }
    }

    public mutating func markSkipped(_ id: String) {
        if !completed.contains(id) && !skipped.contains(id) { skipped.append(id) }
    }
}

/// Reads and writes the progress file: `$XDG_STATE_HOME/claimsh/tutorial.json`, else
/// `~/.local/state/claimsh/tutorial.json` (beside the history file).
public struct TutorialProgressFile: Sendable {
    public let path: String?

    public init(path: String?) { self.path = path }

    public init(environment: [String: String]) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            path = state + "/claimsh/tutorial.json"
        } else if let home = environment["HOME"], !home.isEmpty {
            path = home + "/.local/state/claimsh/tutorial.json"
        } else {
            path = nil
        }
    }

    /// The saved progress; a missing file is a fresh start, an unreadable one an error to warn about.
    public func load() -> Result<TutorialProgress, ShellError> {
        guard let path, FileManager.default.fileExists(atPath: path) else { return .success(TutorialProgress()) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .success(try JSONDecoder().decode(TutorialProgress.self, from: data))
        } catch {
            return .failure(ShellError("cannot read tutorial progress '\(path)'; starting afresh"))
        }
    }

    /// Writes the whole file atomically (a temporary file renamed over the old one).
    public func save(_ progress: TutorialProgress) -> ShellError? {
        guard let path else { return nil }
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(progress).write(to: url, options: .atomic)
            return nil
        } catch {
            return ShellError("cannot save tutorial progress to '\(path)': \(error.localizedDescription)")
        }
    }
}
