import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Standard input that is not a terminal is a script: no prompt, no banner, no escape codes.
final class PipedInputTests: XCTestCase {
    override func tearDown() { ShellHarness.removeTemporaryDirectories() }

    /// Runs claimsh with `input` on a pipe and returns (status, stdout, stderr).
    private func run(_ arguments: [String], input: String, environment: [String: String]) throws -> (Int32, String, String) {
        let root = ShellHarness.temporaryDirectory("pipe")
        let inputPath = root + "/in.txt", outPath = root + "/out.txt", errPath = root + "/err.txt"
        ShellHarness.write(input, to: inputPath)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let binary = try ShellHarness.binary()
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid = pid_t()
        XCTAssertEqual(posix_spawn(&pid, binary, &actions, nil, argv, envp), 0)
        let deadline = PseudoTerminal.now() + 60
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) != pid {
            if PseudoTerminal.now() > deadline { kill(pid, SIGKILL); waitpid(pid, &status, 0); XCTFail("timed out"); break }
            usleep(20_000)
        }
        return ((status >> 8) & 0xff, ShellHarness.read(outPath) ?? "", ShellHarness.read(errPath) ?? "")
    }

    func testPipedScriptHasNoPromptAndNoEscapeCodes() throws {
        let fixture = ShellFixture("piped")
        let (status, output, errors) = try run(["--no-seeds", "--corpus", fixture.corpus],
                                               input: "count claims\n.mode csv\nplaces limit 2\n",
                                               environment: fixture.environment())
        XCTAssertEqual(status, 0, errors)
        XCTAssertFalse(output.contains("claimsh>"), output)
        XCTAssertFalse(output.contains("\u{1B}"), output)
        XCTAssertFalse(errors.contains("\u{1B}"), errors)
        XCTAssertTrue(output.contains("id,name"), output)
    }

    func testPipedScriptErrorsNameTheLineAndExitOne() throws {
        let fixture = ShellFixture("pipederror")
        let (status, output, errors) = try run(["--no-seeds", "--corpus", fixture.corpus],
                                               input: "count claims\n\nclaims where plac = 1\ncount places\n",
                                               environment: fixture.environment())
        XCTAssertEqual(status, 1)
        XCTAssertTrue(errors.contains("<stdin>:3:14: error:"), errors)
        XCTAssertEqual(output.split(separator: "\n").count, 2, "both counts still ran: \(output)")
    }

    /// `claimsh -c 'claims' | head -1`: the reader goes away; claimsh ends quietly with status 0.
    func testClosedPipeOnStdoutEndsQuietly() throws {
        let fixture = ShellFixture("sigpipe")
        let root = ShellHarness.temporaryDirectory("sigpipe-err")
        var pipeEnds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&pipeEnds), 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addopen(&actions, 2, root + "/err.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let binary = try ShellHarness.binary()
        // Many statements, so output continues long after the reader has gone.
        let arguments = ["--no-seeds", "--corpus", fixture.corpus] + Array(repeating: ["-c", "claims"], count: 400).flatMap { $0 }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = fixture.environment().map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid = pid_t()
        XCTAssertEqual(posix_spawn(&pid, binary, &actions, nil, argv, envp), 0)
        close(pipeEnds[1])
        var first = [UInt8](repeating: 0, count: 64)
        XCTAssertGreaterThan(read(pipeEnds[0], &first, first.count), 0)
        close(pipeEnds[0])
        let deadline = PseudoTerminal.now() + 60
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) != pid {
            if PseudoTerminal.now() > deadline { kill(pid, SIGKILL); waitpid(pid, &status, 0); XCTFail("timed out"); break }
            usleep(20_000)
        }
        XCTAssertEqual(status & 0x7f, 0, "not killed by a signal")
        XCTAssertEqual((status >> 8) & 0xff, 0)
        XCTAssertEqual(ShellHarness.read(root + "/err.txt"), "", "no error text")
    }
}
