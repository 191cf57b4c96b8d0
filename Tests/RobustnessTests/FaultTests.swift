import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The process is killed, its disk fills, its streams close, its terminal changes size: nothing entered is lost,
/// no half file is left, and each trouble gives at most one message.
final class FaultTests: XCTestCase {
    private var run: ClaimshProcess!

    override func setUpWithError() throws { run = try ClaimshProcess("faults") }
    override func tearDown() { run.remove() }

    private func corpus() throws -> String {
        let folder = run.root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Clashes near Tell Abyad\n\nFighters attacked a checkpoint near Tell Abyad on Sunday, killing four guards, the council said.\n"
            .write(to: folder.appendingPathComponent("clashes.txt"), atomically: true, encoding: .utf8)
        return folder.path
    }

    private func shell(_ prefix: [String] = []) throws -> Pty {
        let pty = try Pty(prefix + [try ClaimshProcess.binary(), "--no-seeds", "--corpus", try corpus()], environment: run.environment)
        pty.expect("claimsh> ")
        return pty
    }

    func testSIGKILLLosesNoEnteredHistoryAndLeavesNoHalfOutputFile() throws {
        let pty = try shell()
        let outputFile = run.root.appendingPathComponent("out.txt").path
        for statement in ["count documents", "claims select text", ".output \(outputFile)", "count claims"] {
            pty.send(statement + "\r")
            pty.expect("claimsh> ")
        }
        pty.send("places where\r")   // pending: not yet a whole entry
        pty.expect("...> ")
        pty.signal(SIGKILL)
        XCTAssertNotNil(pty.waitForExit())
        let history = Self.decodedHistory(run.historyPath)
        for entry in ["count documents", "claims select text", "count claims"] {
            XCTAssertTrue(history.contains(entry), "lost '\(entry)': \(history)")
        }
        XCTAssertFalse(history.contains("places where"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: outputFile), "an interrupted .output must leave no half file")
    }

    /// libedit's history file escapes like vis(3): a space is `\040`.
    static func decodedHistory(_ path: String) -> String {
        let raw = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var result = ""
        var scalars = Array(raw.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            let digits = scalars.prefix(3)
            if scalar == "\\", digits.count == 3, digits.allSatisfy({ ("0"..."7").contains($0) }),
               let code = UInt32(String(String.UnicodeScalarView(digits)), radix: 8), let decoded = Unicode.Scalar(code) {
                result.unicodeScalars.append(decoded)
                scalars.removeFirst(3)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    func testFullDiskForHistoryWarnsOnceAndTheShellGoesOn() throws {
        // A file size limit of 0 makes every history write fail (EFBIG) as a full disk would; SIGXFSZ is ignored.
        let pty = try shell(["/bin/sh", "-c", #"trap '' XFSZ; ulimit -f 0; exec "$@""#, "sh"])
        for _ in 0..<3 {
            pty.send("count documents\r")
            pty.expect("claimsh> ")
        }
        let screen = pty.text
        XCTAssertEqual(screen.components(separatedBy: "cannot write history").count - 1, 1, screen.debugDescription)
        XCTAssertEqual(screen.components(separatedBy: "\r\n1\r\n").count - 1, 3, "every statement still answered: \(screen.debugDescription)")
        // The earlier, good history file is never replaced by a short one.
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.historyPath) && Self.decodedHistory(run.historyPath).isEmpty)
        pty.send("\u{4}")
        XCTAssertNotNil(pty.waitForExit())
    }

    func testUnwritableHistoryLocationWarnsOnce() throws {
        try "a file where the state folder should be".write(to: run.state.appendingPathComponent("claimsh"), atomically: true, encoding: .utf8)
        let pty = try shell()
        for _ in 0..<2 {
            pty.send("count documents\r")
            pty.expect("claimsh> ")
        }
        XCTAssertEqual(pty.text.components(separatedBy: "warning:").count - 1, 1, pty.text)
    }

    func testTerminalResizeIsHonouredAndTheShellGoesOn() throws {
        let pty = try shell()
        pty.send("claims select text, source\r")
        pty.expect("claimsh> ")
        pty.resize(columns: 44, rows: 20)   // the kernel sends SIGWINCH to the shell
        pty.signal(SIGWINCH)
        let before = pty.text.count
        pty.send("claims select text, source\r")
        // The resize may redraw the prompt first: wait for the table's last corner, not just a prompt.
        pty.expect("┘")
        pty.expect("claimsh> ")
        let after = String(pty.text.dropFirst(before))
        let tableLines = after.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("│") || $0.hasPrefix("┌") }
        XCTAssertFalse(tableLines.isEmpty, after.debugDescription)
        for line in tableLines { XCTAssertLessThanOrEqual(line.count, 44, String(line)) }
    }

    func testClosedStdinEndsCleanly() throws {
        let output = try run.run(["--no-seeds", "--corpus", try corpus()], stdin: nil)
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertFalse(output.stderr.contains("Fatal"), output.stderr)
        let withCommand = try run.run(["--no-seeds", "--corpus", try corpus(), "-c", "count documents"], stdin: nil)
        XCTAssertEqual(withCommand.status, 0, withCommand.stderr)
        XCTAssertEqual(withCommand.stdout, "1\n")
    }

    func testClosedStdoutPipeEndsQuietly() throws {
        let errors = run.root.appendingPathComponent("stderr.txt").path
        let status = run.root.appendingPathComponent("status.txt").path
        let script = #"{ "$0" -c claims -c claims -c claims 2>"$1"; echo $? >"$2"; } | head -c 100 >/dev/null"#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, try ClaimshProcess.binary(), errors, status]
        process.environment = run.environment
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "?", "")
        XCTAssertEqual((try? String(contentsOfFile: status, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines), "0")
    }
}
