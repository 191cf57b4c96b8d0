#if canImport(Glibc)
import Glibc
#endif

/// Where results go: stdout, or a file chosen by `.output` / `.once`. Files are written to a
/// temporary name and renamed into place when output switches back (or the shell exits), so a
/// reader never sees half a result. A closed pipe on stdout ends the process quietly.
public final class OutputSink {
    private struct FileTarget {
        var path: String
        var temporaryPath: String
        var descriptor: Int32
    }

    /// `.output FILE` until `.output` with no file.
    private var persistent: FileTarget?
    /// `.once FILE`: only the next statement's result.
    private var once: FileTarget?
    /// What to do when stdout's reader has gone (`claimsh -c claims | head -1`).
    private let onBrokenPipe: () -> Never

    public init(onBrokenPipe: @escaping () -> Never) {
        self.onBrokenPipe = onBrokenPipe
    }

    /// True while results go to the terminal (or pipe) rather than to a file.
    public var isStdout: Bool { persistent == nil && once == nil }

    public func write(_ text: String) {
        if let target = once ?? persistent {
            if !Self.writeAll(target.descriptor, text) {
                StandardError.write("error: cannot write to '\(target.path)': \(String(cString: strerror(errno)))\n")
            }
        } else if !Self.writeAll(1, text) {
            if errno == EPIPE { onBrokenPipe() }
        }
    }

    /// `.output FILE` (or back to stdout with nil): commits the previous file.
    public func redirect(to path: String?) -> ShellError? {
        if let current = persistent { commit(current) }
        persistent = nil
        guard let path else { return nil }
        switch Self.open(path) {
        case .success(let target): persistent = target; return nil
        case .failure(let error): return error
        }
    }

    /// `.once FILE`.
    public func redirectOnce(to path: String) -> ShellError? {
        if let current = once { commit(current) }
        once = nil
        switch Self.open(path) {
        case .success(let target): once = target; return nil
        case .failure(let error): return error
        }
    }

    /// After each statement: a `.once` file is complete.
    public func statementFinished() {
        if let current = once { commit(current) }
        once = nil
    }

    /// Commits files without touching stdout (used when stdout's pipe has closed).
    public func finishFilesOnly() {
        finish()
    }

    /// At exit: every file is complete.
    public func finish() {
        statementFinished()
        if let current = persistent { commit(current) }
        persistent = nil
    }

    private static func open(_ path: String) -> Result<FileTarget, ShellError> {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            return .failure(ShellError("cannot write '\(path)': \(String(cString: strerror(errno)))"))
        }
        return .success(FileTarget(path: path, temporaryPath: temporary, descriptor: descriptor))
    }

    private func commit(_ target: FileTarget) {
        close(target.descriptor)
        if rename(target.temporaryPath, target.path) != 0 {
            StandardError.write("error: cannot write '\(target.path)': \(String(cString: strerror(errno)))\n")
            unlink(target.temporaryPath)
        }
    }

    /// Writes every byte (retrying short writes and EINTR); false on error with errno set.
    static func writeAll(_ descriptor: Int32, _ text: String) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

/// Messages for the person: diagnostics, warnings, notes, the timer, the progress bar.
public enum StandardError {
    public static func write(_ text: String) {
        _ = OutputSink.writeAll(2, text)
    }
}

extension String {
    /// The text ending in exactly the newline it has, or one added (a CSV "\r\n" counts).
    var withTrailingNewline: String {
        utf8.last == UInt8(ascii: "\n") ? self : self + "\n"
    }
}
