import CLibEdit
#if canImport(Glibc)
import Glibc
#endif

/// Which lines become history entries: non-blank, and not the same as the one before.
public struct HistoryPolicy: Sendable {
    /// Entries kept in memory and in the file (stifle_history before every write).
    public static let capacity = 5000

    public private(set) var lastEntry: String?

    public init(lastEntry: String? = nil) {
        self.lastEntry = lastEntry
    }

    /// Whether `entry` should be added; remembers it when so.
    public mutating func admit(_ entry: String) -> Bool {
        guard !entry.allSatisfy(\.isWhitespace), entry != lastEntry else { return false }
        lastEntry = entry
        return true
    }

    /// `$XDG_STATE_HOME/claimsh/history`, else `~/.local/state/claimsh/history`; nil without either.
    public static func location(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/claimsh/history"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.local/state/claimsh/history"
        }
        return nil
    }
}

/// The durable history: libedit's in-memory list, written whole (atomically) after each entry.
/// An unwritable location gives one warning and the shell goes on.
public final class HistoryFile {
    public let path: String?
    private var policy = HistoryPolicy()
    private var warned = false
    private let warn: (String) -> Void

    public init(path: String?, warn: @escaping (String) -> Void) {
        self.path = path
        self.warn = warn
    }

    /// Reads the file if there is one (any length: stifling drops the oldest entries).
    public func load() {
        claimsh_history_stifle(Int32(HistoryPolicy.capacity))
        guard let path, access(path, F_OK) == 0 else { return }
        let status = claimsh_history_read(path)
        if status != 0 {
            warnOnce("cannot read history file '\(path)': \(String(cString: strerror(status)))")
        }
        claimsh_history_stifle(Int32(HistoryPolicy.capacity))
        let count = Int(claimsh_history_length())
        if count > 0, let last = claimsh_history_entry(Int32(count - 1)) {
            policy = HistoryPolicy(lastEntry: String(cString: last))
        }
    }

    /// Adds an entry (consecutive duplicates dropped) and writes the file.
    public func add(_ entry: String) {
        guard policy.admit(entry) else { return }
        claimsh_history_add(entry)
        save()
    }

    /// Every entry, oldest first.
    public var entries: [String] {
        (0..<Int(claimsh_history_length())).compactMap { index in
            claimsh_history_entry(Int32(index)).map { String(cString: $0) }
        }
    }

    /// Writes the capped history to a temporary file and renames it over the old one (mode 0600).
    public func save() {
        guard let path else { return }
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        guard makeDirectories(directory) else {
            warnOnce("cannot create history directory '\(directory)': \(String(cString: strerror(errno))); history will not be saved")
            return
        }
        claimsh_history_stifle(Int32(HistoryPolicy.capacity))
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            warnOnce("cannot write history file '\(path)': \(String(cString: strerror(errno))); history will not be saved")
            return
        }
        close(descriptor)
        var status = claimsh_history_write(temporary)
        // libedit ignores errors from its buffered writes, so a full disk leaves a short (often empty) file that
        // would replace the good one. Every entry takes at least its own bytes and a newline: check before renaming.
        var written = stat()
        if status == 0, stat(temporary, &written) == 0, Int(written.st_size) < minimumFileSize() { status = ENOSPC }
        if status != 0 || rename(temporary, path) != 0 {
            let code = status != 0 ? status : errno
            unlink(temporary)
            warnOnce("cannot write history file '\(path)': \(String(cString: strerror(code))); history will not be saved")
            return
        }
        chmod(path, 0o600)
    }

    /// The smallest file libedit can write for the current entries: its header line, then each entry and a newline.
    private func minimumFileSize() -> Int {
        "_HiStOrY_V2_\n".utf8.count + entries.reduce(0) { $0 + $1.utf8.count + 1 }
    }

    private func warnOnce(_ message: String) {
        guard !warned else { return }
        warned = true
        warn(message)
    }

    private func makeDirectories(_ directory: String) -> Bool {
        guard !directory.isEmpty else { return true }
        var status = stat()
        if stat(directory, &status) == 0 { return (status.st_mode & S_IFMT) == S_IFDIR }
        let parent = String(directory[..<(directory.lastIndex(of: "/") ?? directory.startIndex)])
        guard makeDirectories(parent) else { return false }
        return mkdir(directory, 0o700) == 0 || errno == EEXIST
    }
}
