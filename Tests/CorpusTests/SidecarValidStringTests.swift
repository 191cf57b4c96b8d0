import XCTest
@testable import ClaimCorpus

/// `SidecarJSON.validString` stands in for `String(validating:as:)` on a sidecar's keys and values: the same String
/// for valid UTF-8, nil for anything else.
final class SidecarValidStringTests: XCTestCase {
    private let samples: [[UInt8]] = [
        [], Array("Raqqa".utf8), Array("Dayr az Zawr — “siege” 😀 e\u{301}".utf8), Array("دير الزور".utf8),
        [0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0x41, 0xE2, 0x80], [0x41, 0xF0, 0x9F, 0x98], [0x80], [0xBF, 0x41], [0xFE], [0xFF, 0xFE],
        Array("abcdefgh".utf8) + [0xE2, 0x80, 0x9C] + Array("ijklmnop".utf8), Array("abcdefghijklmno".utf8) + [0xC3],
    ]

    func testValidStringDecidesAsStringValidating() {
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self)
            let actual = bytes.withUnsafeBufferPointer(SidecarJSON.validString)
            XCTAssertEqual(actual, expected, "\(bytes)")
            XCTAssertEqual(actual.map { Array($0.utf8) }, expected.map { Array($0.utf8) }, "\(bytes)")
        }
    }

    func testInvalidBytesInAKeyOrValueGoToTheDecoder() {
        for invalid: [UInt8] in [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80]] {
            let value = Array(#"{"title": "A"#.utf8) + invalid + Array(#""}"#.utf8)
            let key = Array(#"{"ti"#.utf8) + invalid + Array(#"": "A"}"#.utf8)
            for text in [value, key] {
                XCTAssertNil(text.withUnsafeBufferPointer(SidecarJSON.plainObject), "\(text)")
            }
        }
    }
}
