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

    func testPlainObjectsAreReadWithoutTheDecoder() {
        let metadata = Array(texts[0].utf8).withUnsafeBufferPointer(SidecarJSON.plainObject)
        XCTAssertEqual(metadata?.title, "Raqqa falls")
        XCTAssertEqual(metadata?.date_basis, "metadata")
        XCTAssertNil(Array(texts[7].utf8).withUnsafeBufferPointer(SidecarJSON.plainObject), "an escape goes to JSONDecoder")
    }
}
