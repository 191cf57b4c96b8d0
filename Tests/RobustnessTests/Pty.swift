import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// claimsh in a pseudo-terminal of its own (CI has no terminal): type, read, resize, kill. Every wait is bounded.
final class Pty {
    private let master: Int32
    private(set) var pid: pid_t = 0
    private var output: [UInt8] = []
    private var mark = 0

    init(_ command: [String], environment: [String: String]) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        // posix_openpt, unlockpt and ptsname are not visible from Swift; their ioctls are (TIOCSPTLCK, TIOCGPTN).
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw XCTSkip("no pseudo-terminal here: \(String(cString: strerror(errno)))")
        }
        resize(columns: 100, rows: 30)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */ | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/pts/\(number)", O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let status = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard status == 0 else { throw XCTSkip("cannot start \(command[0]): \(String(cString: strerror(status)))") }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if pid > 0 { kill(pid, SIGKILL); var status: Int32 = 0; waitpid(pid, &status, 0) }
        close(master)
    }

    func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `needle` appears after what earlier waits consumed.
    @discardableResult
    func expect(_ needle: String, timeout: Double = 60, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let wanted = Array(needle.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            pump()
            if let end = Self.find(wanted, in: output, from: mark) { mark = end; return true }
            usleep(10_000)
        }
        XCTFail("did not see \(needle.debugDescription); screen so far: \(String(decoding: output.suffix(600), as: UTF8.self))",
                file: file, line: line)
        return false
    }

    var text: String { pump(); return String(decoding: output, as: UTF8.self) }

    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    func signal(_ signal: Int32) { kill(pid, signal) }

    /// The exit status, or nil if the program was still running after `timeout` (it is then killed).
    func waitForExit(timeout: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            pump()
            if waitpid(pid, &status, WNOHANG) == pid { pid = 0; return status }
            usleep(10_000)
        }
        return nil
    }

    private func pump() {
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            output += buffer[..<count]
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count - start else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index + needle.count
        }
        return nil
    }
}
