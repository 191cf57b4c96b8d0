import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Locates the built binary and gives each test a private HOME, state directory and corpus.
enum ShellHarness {
    /// CLAIMSH_BIN, else `claimsh` beside this test bundle (the same build's bin directory).
    static func binary() throws -> String {
        if let path = getenv("CLAIMSH_BIN").map({ String(cString: $0) }), !path.isEmpty { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            var directory = String(cString: buffer)
            // .../debug/claimshPackageTests.xctest (an executable on Linux)
            directory = String(directory[..<(directory.lastIndex(of: "/") ?? directory.endIndex)])
            let candidate = directory + "/claimsh"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        throw HarnessError("claimsh is not built next to the tests; run `swift build` first or set CLAIMSH_BIN")
    }

    /// A fresh directory under TMPDIR, removed by `removeTemporaryDirectories` (each test class's tearDown).
    static func temporaryDirectory(_ label: String) -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(base)/claimsh-\(label)-XXXXXX".utf8CString)
        let path = mkdtemp(&template).map { String(cString: $0) } ?? "\(base)/claimsh-\(label)-\(getpid())"
        madeDirectories.append(path)
        return path
    }

    /// The directories `temporaryDirectory` made and not yet removed.
    private static let madeDirectories = DirectoryList()

    /// Removes every directory made so far; the children that used them have exited or been killed by then.
    static func removeTemporaryDirectories() {
        for path in madeDirectories.takeAll() { try? FileManager.default.removeItem(atPath: path) }
    }

    static func write(_ text: String, to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    static func read(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            data.append(contentsOf: buffer[..<count])
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// One test's world: HOME, XDG_STATE_HOME and a small corpus of articles written here (not the seeds).
struct ShellFixture {
    let root: String
    let home: String
    let state: String
    let corpus: String

    init(_ label: String) {
        root = ShellHarness.temporaryDirectory(label)
        home = root + "/home"
        state = root + "/state"
        corpus = root + "/corpus"
        mkdir(home, 0o700)
        mkdir(state, 0o700)
        mkdir(corpus, 0o700)
        ShellHarness.write("""
        Fighting around Aleppo and Deir ez-Zor

        Published: 2017-03-02

        Government forces captured three villages east of Aleppo on Tuesday, the army said.

        In Deir ez-Zor, at least 40 civilians were killed in airstrikes in 2016, according to a monitoring group.

        """, to: corpus + "/fighting.txt")
    }

    var historyPath: String { state + "/claimsh/history" }

    func environment(lang: String? = "C.UTF-8") -> [String: String] {
        var environment = ["HOME": home, "XDG_STATE_HOME": state, "EDITRC": "/dev/null", "TERM": "xterm",
                           "PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        if let lang { environment["LANG"] = lang }
        return environment
    }

    /// Starts claimsh on this fixture's corpus in a pseudo-terminal and waits for its first prompt.
    func start(_ extra: [String] = [], lang: String? = "C.UTF-8", file: StaticString = #filePath, line: UInt = #line) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(binary: try ShellHarness.binary(),
                                          arguments: ["--no-seeds", "--corpus", corpus] + extra,
                                          environment: environment(lang: lang))
        terminal.expect("claimsh> ", file: file, line: line)
        return terminal
    }
}

/// Paths behind a lock: tests of one class run one after another, but nothing promises it.
final class DirectoryList: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    func append(_ path: String) { lock.lock(); paths.append(path); lock.unlock() }

    func takeAll() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let taken = paths
        paths.removeAll()
        return taken
    }
}
