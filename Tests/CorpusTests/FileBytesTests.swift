import Foundation
import XCTest
@testable import ClaimCorpus

/// The reader's own file reading against `FileManager.contents(atPath:)`.
final class FileBytesTests: XCTestCase {
    func testFilesReadAsFileManagerReadsThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = [folder.path, folder.appendingPathComponent("missing.txt").path, "/proc/self/status"]
        let contents: [[UInt8]] = [[], Array("plain text\n".utf8), Array("é\r\n\0bytes".utf8), (0..<70_000).map { UInt8($0 % 251) }]
        for (index, bytes) in contents.enumerated() {
            let path = folder.appendingPathComponent("file\(index).txt").path
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            paths.append(path)
        }
        for path in paths where !path.hasPrefix("/proc") {
            XCTAssertEqual(FileBytes.contents(atPath: path), FileManager.default.contents(atPath: path).map { [UInt8]($0) }, path)
        }
        // A file whose size `stat` gives as 0 is still read to its end.
        XCTAssertFalse(FileBytes.contents(atPath: "/proc/self/status")?.isEmpty ?? true)
    }

    func testSidecarBytesDecodeAsData() {
        for text in [#"{"title": "T", "outlet": "O"}"#, #"{"title": "a\"b"}"#, "{", #"{"published": 2017}"#, "{}"] {
            let bytes = Array(text.utf8)
            XCTAssertEqual(try? SidecarJSON.decode(bytes), try? SidecarJSON.decode(Data(bytes)), text)
        }
    }

    func testJoiningBySpacesAsJoined() {
        let words = ["By", "Jane", "", "Smith", "é"]
        for count in 0...words.count {
            XCTAssertEqual(words[..<count].joinedBySpaces(), words[..<count].joined(separator: " "))
            let substrings = words[..<count].map { Substring($0) }
            XCTAssertEqual(substrings.dropFirst().joinedBySpaces(), substrings.dropFirst().joined(separator: " "))
        }
    }
}
