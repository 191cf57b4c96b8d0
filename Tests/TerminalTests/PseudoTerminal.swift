import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built claimsh in a pseudo-terminal it makes itself (CI has no terminal), types into it and
/// reads what a person would see. Every wait is bounded; the child is killed when the test ends.
final class PseudoTerminal {
    private let master: Int32
    private(set) var pid: pid_t = 0
    /// Everything the program wrote, raw (escape codes included).
    private(set) var raw: [UInt8] = []
    /// Where the next `expect` starts looking.
    private var mark = 0
    private var exitStatus: Int32?

    init(binary: String, arguments: [String], environment: [String: String], columns: UInt16 = 120, rows: UInt16 = 40) throws {
        // posix_openpt/unlockpt/ptsname are not visible from Swift's Glibc module; their Linux ioctls are.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let unlockRequest: UInt = 0x4004_5431 // TIOCSPTLCK
        let numberRequest: UInt = 0x8004_5430 // TIOCGPTN
        guard master >= 0, ioctl(master, unlockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0 else {
            throw HarnessError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        // A new session whose controlling terminal is the pty, so Ctrl-C becomes SIGINT.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */ | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let status = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        guard status == 0 else { throw HarnessError("cannot start \(binary): \(String(cString: strerror(status)))") }
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    }

    deinit {
        if exitStatus == nil && pid > 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `text` (use "\t" for Tab, "\r" for Enter, "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D).
    /// Keys typed before the editor has the terminal in raw mode would be echoed and line-buffered
    /// by the terminal itself (and a Ctrl-D lost), so by default this first waits for raw mode.
    func send(_ text: String, waitForEditor: Bool = true) {
        if waitForEditor { waitForRawMode() }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Changes the terminal's size; the kernel sends SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Waits until the screen text since the last match contains `needle`; fails the test with the transcript if not.
    /// The next `expect` looks only after this match.
    @discardableResult
    func expect(_ needle: String, timeout: Double = 15, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let deadline = Self.now() + timeout
        let wanted = Array(needle.utf8)
        while true {
            let (text, origins) = Self.visibleWithOrigins(Array(raw[mark...]))
            if let end = Self.endOfFirstMatch(of: wanted, in: text) {
                mark += origins[end - 1] + 1
                return true
            }
            if Self.now() > deadline || !pump(until: deadline) {
                XCTFail("did not see \(needle.debugDescription) within \(timeout) s; screen since last match:\n"
                        + String(decoding: text, as: UTF8.self), file: file, line: line)
                return false
            }
        }
    }

    private static func endOfFirstMatch(of needle: [UInt8], in text: [UInt8]) -> Int? {
        guard !needle.isEmpty, text.count >= needle.count else { return nil }
        for start in 0...(text.count - needle.count) where text[start..<(start + needle.count)].elementsEqual(needle) {
            return start + needle.count
        }
        return nil
    }

    /// Waits (at most 5 s) until the terminal is out of canonical mode, which libedit sets while it reads a line.
    /// On Linux the master side reports the pair's settings.
    private func waitForRawMode() {
        let deadline = Self.now() + 5
        while Self.now() < deadline {
            var settings = termios()
            if tcgetattr(master, &settings) == 0 && (settings.c_lflag & tcflag_t(ICANON)) == 0 { return }
            _ = pump(until: Self.now() + 0.01)
        }
    }

    /// Reads for `seconds` (to let output settle) and returns the visible text since the last match.
    func settle(_ seconds: Double = 0.3) -> String {
        let deadline = Self.now() + seconds
        while Self.now() < deadline { _ = pump(until: deadline) }
        return Self.visible(Array(raw[mark...]))
    }

    /// Waits for the program to exit; nil when it did not within `timeout` (it is then killed).
    func waitForExit(timeout: Double = 15) -> Int32? {
        let deadline = Self.now() + timeout
        while Self.now() < deadline {
            _ = pump(until: min(deadline, Self.now() + 0.05))
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                return exitStatus
            }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exitStatus = -1
        print("claimsh did not exit; whole screen:\n" + visibleTranscript)
        return nil
    }

    /// Reads what is available, waiting at most until `deadline`; false at end of output.
    private func pump(until deadline: Double) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let wait = max(0, Int32((deadline - Self.now()) * 1000))
        let ready = poll(&descriptor, 1, min(wait, 100))
        guard ready > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            raw.append(contentsOf: buffer[..<count])
            return true
        }
        return count < 0 && (errno == EAGAIN || errno == EINTR)
    }

    /// Output as a person reads it: escape sequences, carriage returns, bells and backspaces removed.
    static func visible(_ bytes: [UInt8]) -> String {
        String(decoding: visibleWithOrigins(bytes).text, as: UTF8.self)
    }

    /// The visible bytes and, for each, its index in `bytes`.
    static func visibleWithOrigins(_ bytes: [UInt8]) -> (text: [UInt8], origins: [Int]) {
        var out: [UInt8] = []
        var origins: [Int] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                    index += 1
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\r") || byte == 0x07 || byte == 0x08 { index += 1; continue }
            out.append(byte)
            origins.append(index)
            index += 1
        }
        return (out, origins)
    }

    var visibleTranscript: String { Self.visible(raw) }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
