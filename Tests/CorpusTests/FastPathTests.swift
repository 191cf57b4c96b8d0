import XCTest
@testable import ClaimCorpus

/// The byte-level fast paths of the reader against the slower code they stand in for.
final class FastPathTests: XCTestCase {
    private let samples = [
        "", "a", "Plain ASCII line with nothing special.", "THE OPINIONS EXPRESSED IN THIS COLUMN are the author's",
        "display:none; .push( !important", "Café in Genève — opinions expressed in this column", "do not necessarily represent",
        "doo not necessarily", "ALL RIGHTS RESERVED", "all rights reserve", "uses Akismet to reduce spam", "appeared first on",
        "xappeared first onx", "Cookie Policy", "cookie\u{301} policy", "sign up for our newsletter today",
    ]

    func testPhraseSetFindsWhatAScanPerPhraseFinds() {
        let exact = ["!important", "display:", ".push("]
        let folded = ["opinions expressed in this column", "do not necessarily represent", "all rights reserved", "cookie policy"]
        let set = PhraseSet(exact: exact, folded: folded)
        for line in samples {
            let bytes = Array(line.utf8)
            let lowered = bytes.map(PhraseSet.foldASCII)
            let expected = exact.contains { bytes.contains(phrase: $0) } || folded.contains { lowered.contains(phrase: $0) }
            XCTAssertEqual(set.occurs(in: line), expected, line)
        }
    }

    func testPhraseGroupsAreFoundInOnePass() {
        let exact = ["!important", "display:", ".push("]
        let folded = ["opinions expressed in this column", "do not necessarily represent", "all rights reserved", "cookie policy"]
        let set = PhraseSet(groups: [(exact: exact, folded: []), (exact: [], folded: folded), (exact: ["appeared first on"], folded: [])])
        for line in samples + ["display: all rights reserved", "x.push(y) appeared first on"] {
            let bytes = Array(line.utf8)
            let lowered = bytes.map(PhraseSet.foldASCII)
            var expected: UInt8 = 0
            if exact.contains(where: { bytes.contains(phrase: $0) }) { expected |= 1 }
            if folded.contains(where: { lowered.contains(phrase: $0) }) { expected |= 2 }
            if bytes.contains(phrase: "appeared first on") { expected |= 4 }
            XCTAssertEqual(set.hits(in: line), expected, line)
        }
    }

    func testASCIISuffixAgreesWithCharacters() {
        for word in ["", ",", "a,", "Smith,", "é,", "e\u{301},", ",\u{301}", "\u{0600},", "ab", "a,b", "\r,"] {
            let substring = Substring(word)
            XCTAssertEqual(substring.hasSuffix(asciiByte: UInt8(ascii: ",")), substring.hasSuffix(","), word)
        }
    }

    func testByteCensusCountsWhatSeparateScansCount() {
        for text in ["", "plain", "a\0b\0", "tab\tcr\r\nff\u{0C}bell\u{07}del\u{7F}", "é\r", "\u{1B}[0m"] {
            let bytes = Array(text.utf8)
            let census = ByteCensus(bytes)
            XCTAssertEqual(census.nulCount, bytes.filter { $0 == 0 }.count)
            XCTAssertEqual(census.controls, bytes.filter { $0 != 0 && ($0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C].contains($0) || $0 == 0x7F) }.count)
            XCTAssertEqual(census.hasNonASCII, bytes.contains { $0 >= 0x80 })
            XCTAssertEqual(census.hasCR, bytes.contains(0x0D))
        }
    }

    func testLineBreaksUnifyAsTheTwoReplacementPassesDo() {
        let texts = ["a\r\nb", "a\rb", "a\n\rb", "\r", "\r\n", "x\r\n\r\ny", "a\r\r\nb", "\r\r\r\n", "é\r\u{301}b", "a\r\n\u{301}b",
                     "\u{301}\r\nb", "é\ré", "\r\né", "no breaks"]
        for text in texts {
            let reference = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            XCTAssertEqual(Array(ArticleReader.unifyingLineBreaks(text).utf8), Array(reference.utf8), text.debugDescription)
        }
    }

    func testLongLineTestAgreesWithCharacterCount() {
        let texts = [String(repeating: "a", count: 120), String(repeating: "a", count: 121),
                     String(repeating: "é", count: 61), String(repeating: "e\u{301}", count: 100), String(repeating: "e\u{301}", count: 121),
                     String(repeating: "b", count: 119) + "é", String(repeating: "b", count: 120) + "é",
                     "“" + String(repeating: "a", count: 120), "“" + String(repeating: "a", count: 119) + "”",
                     String(repeating: "a\r\n", count: 60), String(repeating: "a\r\n", count: 61), String(repeating: "ab\r\n", count: 41),
                     String(repeating: "a\u{301}b", count: 61), String(repeating: "a\u{301}b", count: 60), String(repeating: "قال ", count: 40),
                     String(repeating: "x 🚀 ", count: 30), String(repeating: "ab", count: 40) + String(repeating: "é", count: 41),
                     String(repeating: "\u{0600}1", count: 65), String(repeating: "1\u{0600}", count: 65), "\u{0600}" + String(repeating: "1", count: 120)]
        for text in texts {
            XCTAssertEqual(ArticleReader.isLongerThan120Characters(text), text.count > 120, "\(text.count) characters")
        }
    }

    func testHTMLHeadTestAgreesWithLowercasedHead() {
        let pad = String(repeating: "x", count: 505)
        let texts = ["<!DOCTYPE HTML><p>", "<Html lang=en>", "<p>not a page</p>", pad + "<html", pad + "<htm",
                     String(repeating: "y", count: 508) + "<html", "Café <HTML>", pad + "<html\u{301}", "<!doctype\thtml>"]
        for text in texts {
            let head = text.prefix(512).lowercased()
            XCTAssertEqual(HTMLText.looksLikeHTML(text), head.contains("<!doctype html") || head.contains("<html"), text)
        }
    }
}

final class HTMLEntityTests: XCTestCase {
    func testEscapedEntitiesDecodeOnceInEveryOrder() {
        // `&amp;` is replaced last, so an escaped entity stays an entity whatever the run.
        XCTAssertEqual(HTMLText.decodeEntities("&amp;lt;b&amp;gt; AT&amp;amp;T &lt;i&gt; &mdash;"), "&lt;b&gt; AT&amp;T <i> —")
    }

    func testAccentedLettersAndMarksDecode() {
        XCTAssertEqual(HTMLText.decodeEntities("M&eacute;decins Sans Fronti&egrave;res said"), "Médecins Sans Frontières said")
        XCTAssertEqual(HTMLText.decodeEntities("&laquo;&Ccedil;a&raquo; 40&deg; &uuml;ber"), "«Ça» 40° über")
        // An escaped one stays escaped; an unknown name and a bare ampersand are left as written.
        XCTAssertEqual(HTMLText.decodeEntities("&amp;eacute; &bogus; R&D"), "&eacute; &bogus; R&D")
        // The Foundation fallback reads them too.
        XCTAssertEqual(HTMLText.foundationDecodedEntities("caf&eacute; &amp; more"), "café & more")
    }
}
