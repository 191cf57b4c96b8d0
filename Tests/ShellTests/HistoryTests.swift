import XCTest
@testable import ClaimShell
#if canImport(Glibc)
import Glibc
#endif

final class HistoryTests: XCTestCase {
    func testConsecutiveDuplicatesAndBlanksAreDropped() {
        var policy = HistoryPolicy()
        XCTAssertTrue(policy.admit("claims"))
        XCTAssertFalse(policy.admit("claims"))
        XCTAssertFalse(policy.admit("   "))
        XCTAssertTrue(policy.admit("places"))
        XCTAssertTrue(policy.admit("claims"), "only consecutive duplicates are dropped")
    }

    func testLocationPrefersXDGStateHome() {
        XCTAssertEqual(HistoryPolicy.location(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]), "/s/claimsh/history")
        XCTAssertEqual(HistoryPolicy.location(environment: ["HOME": "/h"]), "/h/.local/state/claimsh/history")
        XCTAssertEqual(HistoryPolicy.location(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]),
                       "/h/.local/state/claimsh/history", "a relative XDG_STATE_HOME is ignored, as the spec says")
        XCTAssertNil(HistoryPolicy.location(environment: [:]))
    }

    /// libedit's history is process-wide, so one test drives load, cap, write and reload in order.
    func testLongFileLoadsCappedAndIsRewrittenPrivate() throws {
        let directory = NSTemporaryDirectoryPath() + "/claimsh-history-\(getpid())"
        defer { _ = try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/state/claimsh/history"
        var warnings: [String] = []
        // Start with a file longer than the cap, in libedit's format (a space is \040).
        let first = HistoryFile(path: path) { warnings.append($0) }
        first.add("seed entry")
        let total = HistoryPolicy.capacity + 250
        var text = "_HiStOrY_V2_\n"
        for index in 0..<total { text += "claims\\040limit\\040\(index)\n" }
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        _ = OutputSink.writeAll(descriptor, text)
        close(descriptor)

        let history = HistoryFile(path: path) { warnings.append($0) }
        history.load()
        XCTAssertEqual(history.entries.count, HistoryPolicy.capacity)
        XCTAssertEqual(history.entries.last, "claims limit \(total - 1)")
        XCTAssertEqual(history.entries.first, "claims limit \(total - HistoryPolicy.capacity)")
        history.add("claims limit \(total - 1)")
        XCTAssertEqual(history.entries.count, HistoryPolicy.capacity, "a repeat of the last entry is dropped")
        history.add("count places")
        XCTAssertEqual(history.entries.count, HistoryPolicy.capacity)
        XCTAssertEqual(warnings, [])

        var status = stat()
        XCTAssertEqual(stat(path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o600)
        let reloaded = HistoryFile(path: path) { warnings.append($0) }
        reloaded.load()
        XCTAssertEqual(reloaded.entries.count, HistoryPolicy.capacity)
        XCTAssertEqual(reloaded.entries.last, "count places")
        XCTAssertEqual(warnings, [])
    }

    func testUnwritableLocationWarnsOnce() {
        var warnings: [String] = []
        let history = HistoryFile(path: "/proc/claimsh-cannot-exist/history") { warnings.append($0) }
        history.add("claims where year = 1999")
        history.add("claims where year = 2000")
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].contains("history will not be saved"), warnings[0])
    }
}

func NSTemporaryDirectoryPath() -> String {
    ProcessInfoLite.environment["TMPDIR"] ?? "/tmp"
}

enum ProcessInfoLite {
    static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { result[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            pointer += 1
        }
        return result
    }
}
