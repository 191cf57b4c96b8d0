import Foundation
import Synchronization
import XCTest

/// Runs the built `claimsh` binary as a user would, with isolated HOME and state folders.
struct BinaryRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle (`.build/<triple>/debug/claimsh`), or `$CLAIMSH_BIN`.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CLAIMSH_BIN"] { return URL(fileURLWithPath: path) }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("claimsh"),
                          Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("claimsh"),
                          packageRoot.appendingPathComponent(".build/debug/claimsh")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A fresh HOME/XDG_STATE_HOME per run so no user's history or rc file leaks in.
    static func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:],
                    currentDirectory: URL? = nil, mergeStandardError: Bool = false, timeout: TimeInterval = 60) throws -> Output {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ["HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                           "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        environment.merge(extra) { $1 }
        process.environment = environment
        process.currentDirectoryURL = currentDirectory ?? home
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        // Merged, both streams share one pipe so their order is what a terminal would show.
        process.standardError = mergeStandardError ? outPipe : errPipe
        process.standardInput = inPipe
        try process.run()
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        // Drain both pipes while the process runs so a large output cannot block it.
        // Each reader thread hands its bytes over through a mutex (not a captured variable it writes).
        let outData = Mutex(Data()), errData = Mutex(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = outPipe.fileHandleForReading.readDataToEndOfFile()
            outData.withLock { $0 = data }
            group.leave()
        }
        if !mergeStandardError {
            group.enter()
            DispatchQueue.global().async {
                let data = errPipe.fileHandleForReading.readDataToEndOfFile()
                errData.withLock { $0 = data }
                group.leave()
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            XCTFail("claimsh \(arguments) did not finish within \(timeout) s")
        }
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData.withLock { $0 }, as: UTF8.self),
                      stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
    }
}
