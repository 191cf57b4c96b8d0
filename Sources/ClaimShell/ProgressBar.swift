#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on stderr for big loads (over 1 MB or 50 files), terminal only.
public final class ProgressBar: @unchecked Sendable {
    public static let byteThreshold = 1_000_000
    public static let fileThreshold = 50

    private let enabled: Bool
    private var shown = false
    private var lastDrawn = -1
    private let lock = NSLockLite()

    public init(stderrIsTerminal: Bool) {
        enabled = stderrIsTerminal
    }

    /// Called by the loader as files are read (from any thread).
    public func update(done: Int, total: Int, bytes: Int) {
        guard enabled else { return }
        lock.locked {
            guard shown || total > Self.fileThreshold || bytes > Self.byteThreshold else { return }
            let width = 30
            let filled = total > 0 ? min(width, done * width / total) : 0
            guard filled != lastDrawn || done == total else { return }
            lastDrawn = filled
            shown = true
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let megabytes = Double(bytes) / 1_000_000
            StandardError.write("\rloading [\(bar)] \(done)/\(total) files, \(String(format1: megabytes)) MB")
        }
    }

    /// Erases the bar.
    public func finish() {
        lock.locked {
            if shown { StandardError.write("\r\u{1B}[K") }
            shown = false
            lastDrawn = -1
        }
    }
}

/// A pthread mutex, so the progress callback may come from the loader's thread.
final class NSLockLite: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

extension String {
    /// A number with one decimal, without Foundation.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
