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
                     String(repeating: "b", count: 119) + "é", String(repeating: "b", count: 120) + "é"]
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
}
