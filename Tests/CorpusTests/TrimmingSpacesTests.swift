import XCTest
@testable import ClaimCorpus

/// `trimmingSpaces` settles most lines on their end bytes: it must trim what the scalar-by-scalar trim trims.
final class TrimmingSpacesTests: XCTestCase {
    /// Trimmed spaces, look-alikes that are not trimmed (other spaces, a lone continuation-like scalar, controls),
    /// and text whose UTF-8 shares bytes with the trimmed scalars (U+00E0 ends in A0, U+2029 starts E2 80,
    /// U+FEFE starts EF BB, U+20A8 ends A8, U+FFBF ends BF).
    private let pieces = [
        " ", "\t", "\r", "\n", "\r\n", "\u{00A0}", "\u{2028}", "\u{FEFF}", "\u{2029}", "\u{2003}", "\u{0B}", "\u{0C}", "\u{7F}",
        "\u{00E0}", "\u{20A8}", "\u{FEFE}", "\u{FFBF}", "\u{0A0}", "a", "Z", "”", "“", "’", "e\u{301}", "\u{301}", "دير",
        "🙂", "👍🏽", "\u{212A}", "1", ".", "",
    ]

    func testAgreesWithTheScalarTrim() {
        var checked = 0
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let text = first + second + third
                    XCTAssertEqual(text.trimmingSpaces(), text.trimmingSpacesByScalars(), text.debugDescription)
                    // Same bytes, not merely equal Strings.
                    XCTAssertEqual(Array(text.trimmingSpaces().utf8), Array(text.trimmingSpacesByScalars().utf8), text.debugDescription)
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, pieces.count * pieces.count * pieces.count)
    }

    func testTrimsOnlyTheListedSpaces() {
        XCTAssertEqual("\u{00A0} Raqqa fell.” \u{2028}".trimmingSpaces(), "Raqqa fell.”")
        XCTAssertEqual("\u{FEFF}Deir ez-Zor\r\n".trimmingSpaces(), "Deir ez-Zor")
        XCTAssertEqual("\u{2003}Mayadin\u{2003}".trimmingSpaces(), "\u{2003}Mayadin\u{2003}")
        XCTAssertEqual("voilà".trimmingSpaces(), "voilà")
    }
}
