import XCTest
@testable import ClaimCorpus

/// The byte path of `Boilerplate.classify` (short ASCII lines) against the character path it replaces.
final class BoilerplateShortLineTests: XCTestCase {
    /// Pieces of lines: markers and prefixes in several cases, widget counters, code, debris, white space the
    /// trim removes or keeps, and non-ASCII text that must go the way of characters.
    private let pieces = [
        "Related", "READ MORE", "share this:", "Donate", "donate now", "PayPal: x", "Tags: war", "photo: AFP",
        "(Photo credit: AFP)", "* * *", "***", "Source", "Advertisement", "—", "print", "Report", "trending",
        "24 Points", "0 comments", "1 share", "12  views", "3 views 4", "x1 share", "①② share",
        "var x = 1;", "window.foo()", "// note", "//x", "@media", "<script>", "(adsbygoogle", "a { b: c }", "{x}",
        "{ \u{301}", "in ,", "v", "|", "ab", "abc", "Raqqa", "café", "Deir al-Zour", "دير الزور", "🙂", "\u{212A}",
        "Sh\u{212A}are", "Related\u{301}", "e\u{301}", " ", "  ", "\t", "\r", "\u{00A0}", "\u{FEFF}", "\u{0B}",
        "\r\n", "12", "9", "appeared first on Site", "and news agencies", "display:none", "",
    ]

    /// Paragraphs kept on their bytes against the character path, on hostile long lines.
    func testParagraphPathAgreesWithCharacters() {
        let prose = "Fighters left the town of al-Mayadeen on Monday after three days of shelling, officials said"
        let openings = ["", " ", "\u{00A0}", "\u{FEFF}", "\u{2028}", "var ", "window.", "wait ", "dawn ", "@media ", "<p> ", "(photo) ",
                        "// ", "//x ", "“", "é", "e\u{301}", "دير الزور ", "🙂 ", "{ ", "1 ", "Ab ", "ab1 ", "\t", "\r", "\u{212A}"]
        let middles = ["", " { color: red } ", " {sic} ", " { ", " }\u{301} ", " x: y (z) ", " Related ", " appeared first on Site ",
                       " and news agencies ", " display:none ", " !important ", " .push( ", " à é ", " ab ab ", " 12 34 "]
        let endings = ["", ".", " ", "\u{00A0}", "\u{2028}", "\u{FEFF}", "”", "\u{301}", "\t", "\r\n", "\n"]
        var lines: [String] = []
        for opening in openings {
            for middle in middles {
                for ending in endings {
                    lines.append(opening + prose + middle + ending)
                    lines.append(opening + middle + prose + ending)
                    lines.append(opening + String(repeating: "x ", count: 33) + middle + ending)
                    lines.append(opening + String(repeating: "é ", count: 33) + middle + ending)
                    lines.append(opening + String(repeating: "ab ", count: 22) + middle + ending)
                }
            }
        }
        for line in lines {
            for phrases in [Boilerplate.linePhrases.hits(in: line), 0, Boilerplate.endGroup, Boilerplate.dropGroup, Boilerplate.footerGroup] {
                XCTAssertEqual(Boilerplate.classify(line, phrases: phrases), Boilerplate.classifyCharacters(line, phrases: phrases),
                               line.debugDescription)
            }
        }
    }

    func testShortASCIIPathAgreesWithCharacters() {
        var lines: [String] = pieces
        for first in pieces {
            for second in pieces {
                lines.append(first + second)
                lines.append(first + " " + second)
                for third in ["", " ", "\t", "\r", "\u{00A0}", ":", "s", "1"] { lines.append(third + first + " " + second + third) }
            }
        }
        // Around the 40- and 64-byte limits.
        for length in 35...70 {
            lines.append(String(repeating: "a", count: length))
            lines.append("1 " + String(repeating: "x", count: length - 2))
            lines.append("related" + String(repeating: " ", count: length))
            lines.append(" " + String(repeating: "ab ", count: length / 3))
        }
        var shortASCII = 0
        for line in lines {
            for phrases in [Boilerplate.linePhrases.hits(in: line), 0, Boilerplate.endGroup, Boilerplate.dropGroup] {
                XCTAssertEqual(Boilerplate.classify(line, phrases: phrases), Boilerplate.classifyCharacters(line, phrases: phrases),
                               line.debugDescription)
            }
            var text = line
            if text.withUTF8({ Boilerplate.classifyShortASCII($0, phrases: 0) }) != nil { shortASCII += 1 }
        }
        // The byte path must have been taken, and not for every line.
        XCTAssertGreaterThan(shortASCII, lines.count / 4)
        XCTAssertLessThan(shortASCII, lines.count)
    }

    func testShortLinesGetTheirVerdicts() {
        XCTAssertEqual(Boilerplate.classify("  Read More  "), .endOfBody)
        XCTAssertEqual(Boilerplate.classify("Share this article on X"), .endOfBody)
        XCTAssertEqual(Boilerplate.classify("12 Comments"), .drop)
        XCTAssertEqual(Boilerplate.classify("Tags: Syria, Iraq"), .drop)
        XCTAssertEqual(Boilerplate.classify("in ,"), .drop)
        XCTAssertEqual(Boilerplate.classify("//comment"), .drop)
        XCTAssertEqual(Boilerplate.classify("// a remark"), .keep)
        XCTAssertEqual(Boilerplate.classify("Fighting resumed near the dam."), .keep)
        // Non-ASCII short lines keep the character rules: an e with a combining accent is no "e".
        XCTAssertEqual(Boilerplate.classify("Source\u{301}"), .keep)
        XCTAssertEqual(Boilerplate.classify("Source"), .drop)
    }

    func testByteStringSetLooksUpByBytes() {
        let set = ByteStringSet(["view", "views", "—"])
        func contains(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { set.contains($0) } }
        XCTAssertTrue(contains("view"))
        XCTAssertTrue(contains("views"))
        XCTAssertTrue(contains("—"))
        XCTAssertFalse(contains("View"))
        XCTAssertFalse(contains("vie"))
        XCTAssertFalse(contains("viewss"))
        XCTAssertFalse(contains(""))
    }
}
