import Foundation
import XCTest
@testable import ClaimCorpus

/// `SidecarJSON` reads plain sidecars itself and hands every other text to `JSONDecoder`: whatever the text, it must
/// give what `JSONDecoder` gives (the same metadata, or an error where `JSONDecoder` throws).
final class SidecarJSONTests: XCTestCase {
    private let texts: [String] = [
        #"{"title": "Raqqa falls", "outlet": "The Duran", "published": "2017-03-23", "date_basis": "metadata"}"#,
        "{\n  \"title\": \"Deir ez-Zor — “siege” lifted\",\n  \"author\": \"Lina Mansour\",\n  \"published_precision\": \"day\"\n}\n",
        #"{}"#, #"  { }  "#, #"{"title": null, "outlet": "X"}"#, #"{"title": "A", "title": "B"}"#, #"{"extra": "ignored", "author": "C"}"#,
        #"{"title": "quote \" inside"}"#, #"{"title": "tab\tescape", "basis_note": "\u00e9 \ud83d\ude00"}"#, #"{"title": 5}"#,
        #"{"title": true}"#, #"{"extra": 5, "title": "T"}"#, #"{"extra": {"a": "b"}, "title": "T"}"#, #"{"title": ["a"]}"#,
        #"{"title": "T",}"#, #"{"title" "T"}"#, #"{"title": "T"} x"#, #"{"title": "T"}}"#, #"["title"]"#, #""title""#, "",
        " ", #"{"title": "unterminated}"#, "{\"title\": \"raw\u{01}control\"}", "\u{FEFF}{\"title\": \"bom\"}", #"{'title': 'T'}"#,
        #"{"title": nul}"#, #"{"title": nullx}"#, #"{"published": "2018-08-25", "date_basis": "stated", "basis_note": "x"}"#,
        "{\"title\":\"no spaces\",\"outlet\":\"O\"}", "{\r\n\t\"title\" :\t\"crlf\"\r\n}",
        // Keys near the known ones, repeated unknown keys, keys in other scripts.
        #"{"extra": "a", "extra": "b"}"#, #"{"titl": "a", "titlex": "b", "Title": "c"}"#, #"{"tïtle": "x", "title": "y"}"#,
        #"{"é": "1", "é": "2"}"#, "{\"é\": \"1\", \"e\u{301}\": \"2\"}", #"{"outlet": "O", "outlet": null}"#,
        #"{"published_precision": "day", "published": "2017"}"#, #"{"basis_note": "n", "date_basis": "inferred"}"#,
        // "date" and "published_at" say "published", which wins wherever it is written.
        #"{"date": "2018-12-14"}"#, #"{"published_at": "2018-12"}"#, #"{"date": "2018", "published": "2017-05-01"}"#,
        #"{"published": "2017-05-01", "date": "2018"}"#, #"{"published_at": "2016", "date": "2018"}"#,
        #"{"date": null, "published_at": "2016"}"#, #"{"date": "2018", "date": "2019"}"#, #"{"date": 2018}"#,
    ]

    private func assertSame(_ data: Data, _ message: String) {
        let expected = try? JSONDecoder().decode(ArticleMetadata.self, from: data)
        let actual = try? SidecarJSON.decode(data)
        XCTAssertEqual(actual, expected, message)
        if expected == nil { XCTAssertThrowsError(try SidecarJSON.decode(data), message) }
    }

    func testEveryTextDecodesAsJSONDecoderDecodesIt() {
        for text in texts {
            assertSame(Data(text.utf8), text)
        }
    }

    func testInvalidUTF8AndTruncationsAgree() {
        let plain = Array(#"{"title": "Abu Kamal", "outlet": "Reuters"}"#.utf8)
        assertSame(Data(plain.prefix(14) + [0xC3, 0x28] + plain.dropFirst(14)), "invalid UTF-8")
        for length in 0...plain.count {
            assertSame(Data(plain.prefix(length)), "first \(length) bytes")
        }
    }

    func testDateKeysAndUnknownKeys() throws {
        let (metadata, unknown) = try SidecarJSON.decodeReportingUnknownKeys(Array(#"{"titel": "T", "date": "2018-12-14", "x": "1"}"#.utf8))
        XCTAssertEqual(metadata.published, "2018-12-14")
        XCTAssertEqual(unknown, ["titel", "x"])
        // The decoder's path reports them too (an escape sends the text there).
        let (escaped, unknownEscaped) = try SidecarJSON.decodeReportingUnknownKeys(Array(#"{"titel": "T\"", "published": "2017"}"#.utf8))
        XCTAssertEqual(escaped.published, "2017")
        XCTAssertEqual(unknownEscaped, ["titel"])
        // Encoding writes "published" only.
        let encoded = String(decoding: try JSONEncoder().encode(metadata), as: UTF8.self)
        XCTAssertTrue(encoded.contains("\"published\":\"2018-12-14\""), encoded)
        XCTAssertFalse(encoded.contains("\"date\""), encoded)
    }

    func testTheReaderWarnsAboutKeysItDoesNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claimsh-sidecar-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("hama.txt")
        try "Fighting resumed near Hama on Friday.\n".write(to: article, atomically: true, encoding: .utf8)
        try #"{"date": "2019-05-10", "auther": "A. Writer"}"#.write(to: folder.appendingPathComponent("hama.meta.json"), atomically: true, encoding: .utf8)
        let (read, warnings) = try ArticleReader.read(path: article.path)
        XCTAssertEqual(read.published?.iso, "2019-05-10")
        XCTAssertEqual(warnings.map(\.id.rawValue), ["corpus.sidecar-key"])
        XCTAssertTrue(warnings.first?.message.contains("'auther'") ?? false, warnings.first?.message ?? "")
    }

    func testPlainObjectsAreReadWithoutTheDecoder() {
        let metadata = Array(texts[0].utf8).withUnsafeBufferPointer(SidecarJSON.plainObject)
        XCTAssertEqual(metadata?.title, "Raqqa falls")
        XCTAssertEqual(metadata?.date_basis, "metadata")
        XCTAssertNil(Array(texts[7].utf8).withUnsafeBufferPointer(SidecarJSON.plainObject), "an escape goes to JSONDecoder")
    }
}
