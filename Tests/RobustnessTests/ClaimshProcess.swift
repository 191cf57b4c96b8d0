import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built claimsh (beside this test bundle, or $CLAIMSH_BIN) with a private HOME and state folder.
struct ClaimshProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["CLAIMSH_BIN"], !path.isEmpty { return path }
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleFolder.appendingPathComponent("claimsh").path, URL(fileURLWithPath: "/proc/self/exe")
            .resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("claimsh").path]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw XCTSkip("claimsh is not built beside the tests; run `swift build` first or set CLAIMSH_BIN")
    }

    let root: URL
    var home: URL { root.appendingPathComponent("home") }
    var state: URL { root.appendingPathComponent("state") }
    var historyPath: String { state.appendingPathComponent("claimsh/history").path }

    init(_ label: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    var environment: [String: String] {
        ["HOME": home.path, "XDG_STATE_HOME": state.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1",
         "TERM": "xterm", "EDITRC": "/dev/null"]
    }

    func file(_ name: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Runs to completion (bounded by `timeout`) with `stdin` piped in, or standard input closed when nil.
    func run(_ arguments: [String], stdin: String? = "", timeout: TimeInterval = 120) throws -> Output {
        let process = Process()
        if stdin == nil {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", #"exec "$0" "$@" <&-"#, try Self.binary()] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: try Self.binary())
            process.arguments = arguments
        }
        process.environment = environment
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        if stdin != nil { process.standardInput = input }
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Both pipes drain while the process runs, so a large output cannot block it.
        let outData = Drained(out), errData = Drained(err)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            XCTFail("claimsh \(arguments.prefix(4)) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData.wait(), as: UTF8.self),
                      stderr: String(decoding: errData.wait(), as: UTF8.self))
    }
}

/// A pipe read to its end on another thread.
private final class Drained: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        DispatchQueue.global().async {
            self.data = pipe.fileHandleForReading.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
