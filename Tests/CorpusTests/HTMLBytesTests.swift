import XCTest
@testable import ClaimCorpus

/// The byte passes must give what the regular expressions and Foundation's searches give, or step aside.
final class HTMLBytesTests: XCTestCase {
    /// Pieces that make tags, comments, entities and the characters the byte passes must watch for.
    private let pieces = [
        "<script>", "</script>", "<SCRIPT type=x>", "</ScRiPt>", "<style>", "</STYLE>", "<!--", "-->", "<!-->", "<head>",
        "</HEAD>", "<header>", "<nav>", "</nav>", "<footer>", "</Footer >", "<br>", "<BR/>", "<br_x>", "<brx>", "</p>",
        "</P >", "</pre>", "</div>", "</h3>", "</H7>", "</li>", "<li>", "<LI class=a>", "<link>", "</tr>", "</blockquote>",
        "</title>", "<b>", "<", ">", "<>", "a", "Z", " ", "\t", "\n", "\r\n", "&", "&amp;", "&amp;lt;", "&lt;", "&gt;",
        "&nbsp;", "&#39;", "&rsquo;", "&#65;", "&#x41;", "&#X2014;", "&#769;", "&#894;", "&#1536;", "&#38;", "&#0;",
        "&#xD800;", "&#99999999999;", "&#xyz;", ";", "#", "é", "e\u{301}", "\u{301}", "“", "ſ", "K", "ß", "ﬆ", "İ", "ı",
        "\u{37E}", "\u{600}", "ẖ", "ǰ", "ŉ", "<lİ>", "<lı>", "<ﬆyle>", "x", "1", "_", "  ",
    ]

    private func randomText(_ state: inout UInt64) -> String {
        var text = ""
        let length = Int(next(&state) % 24)
        for _ in 0..<length { text += pieces[Int(next(&state) % UInt64(pieces.count))] }
        return text
    }

    private func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }

    func testTagPassesMatchTheRegularExpressions() {
        var state: UInt64 = 17
        var fast = 0
        for _ in 0..<3000 {
            let text = randomText(&state)
            guard let stripped = HTMLBytes.strippedTags(text) else { continue }
            fast += 1
            XCTAssertEqual(stripped, HTMLText.regexStrippedTags(text), text.debugDescription)
        }
        XCTAssertGreaterThan(fast, 1000, "the byte passes should take most texts")
    }

    func testEntityPassesMatchFoundation() {
        var state: UInt64 = 5
        var fast = 0
        for _ in 0..<3000 {
            let text = randomText(&state)
            guard let decoded = HTMLBytes.decodedEntities(text, named: HTMLText.namedEntities) else { continue }
            fast += 1
            XCTAssertEqual(decoded, HTMLText.foundationDecodedEntities(text), text.debugDescription)
        }
        XCTAssertGreaterThan(fast, 1000, "the byte passes should take most texts")
    }

    func testTitleAndMetaTagsMatchTheRegularExpressions() {
        let headPieces = ["<title>", "<TITLE lang=en>", "</title>", "</TiTlE>", "<title", "<meta name=a content='b'>", "<META\tx=1>",
                          "<metax>", "<meta>", "<meta\u{A0}a>", "<meta\u{0B}a>", "<meta\u{1F}a>", "<meta\u{0C}a>", "<meta\na>", ">", "<", "e\u{301}", "\u{600}", "x",
                          " ", "Title text", "&amp;"]
        var state: UInt64 = 99
        var fast = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(next(&state) % 12) { text += headPieces[Int(next(&state) % UInt64(headPieces.count))] }
            guard let found = HTMLBytes.titleAndMetaTags(text) else { continue }
            fast += 1
            let expected = HTMLText.regexTitleAndMetaTags(text)
            XCTAssertEqual(found.title, expected.title, text.debugDescription)
            XCTAssertEqual(found.metaTags, expected.metaTags, text.debugDescription)
        }
        XCTAssertGreaterThan(fast, 1000, "the byte scan should take most texts")
    }

    func testRiskyTextsGoTheSlowWay() {
        XCTAssertNil(HTMLBytes.strippedTags("<ſcript>x</script>"))
        XCTAssertNil(HTMLBytes.strippedTags("<li\u{301}>x"))
        XCTAssertNil(HTMLBytes.decodedEntities("&lt\u{37E}", named: HTMLText.namedEntities))
        XCTAssertNil(HTMLBytes.decodedEntities("&lt;\u{301}", named: HTMLText.namedEntities))
        XCTAssertEqual(HTMLBytes.strippedTags("a<SCRIPT>x</script>b<br class=x>c<li>d</P>e<i>f"), "a\nb\nc\n• d\nef")
    }

    func testSpacesCollapse() {
        XCTAssertEqual(HTMLBytes.collapsingSpaces("a \t  b\tc  "), "a b c ")
        XCTAssertEqual(HTMLBytes.collapsingSpaces("a b"), "a b")
        XCTAssertEqual(HTMLBytes.collapsingSpaces("a\tb"), "a b")
    }
}
