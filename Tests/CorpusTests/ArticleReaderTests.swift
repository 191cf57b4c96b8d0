import XCTest
@testable import ClaimCorpus

final class ArticleReaderTests: XCTestCase {
    private func read(_ text: String, name: String = "a.txt", metadata: ArticleMetadata? = nil) throws -> (Article, [ClaimDiagnosticsWarning]) {
        let (article, warnings) = try ArticleReader.read(name: name, data: Array(text.utf8), metadata: metadata)
        return (article, warnings.map { ClaimDiagnosticsWarning(message: $0.message) })
    }

    func testStripsBoilerplateAndFindsTitleAndByline() throws {
        let page = """
        in ,

        Rebels shell the old market in Homs as talks stall

        @media(max-width: 600px) {.ad_123 {display:block !important;}}
        Damascus by Jane Q. Reporter:
        The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of this site.
        Government forces shelled the old market of Homs on Tuesday, residents said, killing at least 12 people and wounding dozens more.
        (adsbygoogle = window.adsbygoogle || []).push({});
        Talks in Geneva have stalled for the third week running.

        What do you think?
        Subscribe
        0 Comments
        Another headline about something else entirely
        """
        let (article, _) = try read(page)
        XCTAssertEqual(article.title, "Rebels shell the old market in Homs as talks stall")
        XCTAssertEqual(article.author, "Jane Q. Reporter")
        XCTAssertEqual(article.paragraphs.count, 2)
        XCTAssertTrue(article.paragraphs[0].text.hasPrefix("Government forces shelled"))
        XCTAssertEqual(article.paragraphs[1].text, "Talks in Geneva have stalled for the third week running.")
    }

    func testFooterNamesTheOutlet() throws {
        let text = "A title\n\n" + String(repeating: "Fighting continued near the town for a fourth day, officials said. ", count: 3)
            + "\n\nThe post A title appeared first on The Example Post.\n\nSource"
        let (article, _) = try read(text)
        XCTAssertEqual(article.outlet, "The Example Post")
        XCTAssertEqual(article.paragraphs.count, 1)
    }

    func testMetadataWinsAndDatesParse() throws {
        var meta = ArticleMetadata(title: "Given title", outlet: "Outlet", author: nil, published: "2019-03-12")
        meta.date_basis = "metadata"
        let (article, _) = try read("Some other first line\nBody sentence here about the war.", metadata: meta)
        XCTAssertEqual(article.title, "Given title")
        XCTAssertEqual(article.published, CalendarDate(year: 2019, month: 3, day: 12))
        XCTAssertEqual(article.dateBasis, .metadata)
    }

    func testFrontMatter() throws {
        let text = "---\ntitle: \"Front matter title\"\noutlet: Wire\ndate: 2016-07\n---\nThe body says something about Mosul."
        let (article, _) = try read(text)
        XCTAssertEqual(article.title, "Front matter title")
        XCTAssertEqual(article.outlet, "Wire")
        XCTAssertEqual(article.published, CalendarDate(year: 2016, month: 7))
        XCTAssertEqual(article.published?.precision, .month)
    }

    func testHTML() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Page title &amp; more</title>
        <meta property="article:published_time" content="2018-02-01T10:00:00Z">
        <meta name="author" content="A. Writer"><meta property="og:site_name" content="Site News">
        <script>var x = {a: 1};</script><style>p { color: red; }</style></head>
        <body><nav>Home | World</nav><h1>Page title &amp; more</h1><p>Troops entered the town on Monday&nbsp;morning.</p>
        <ul><li>First item of the list here</li></ul></body></html>
        """
        let (article, _) = try read(html, name: "page.html")
        XCTAssertEqual(article.title, "Page title & more")
        XCTAssertEqual(article.author, "A. Writer")
        XCTAssertEqual(article.outlet, "Site News")
        XCTAssertEqual(article.published, CalendarDate(year: 2018, month: 2, day: 1))
        XCTAssertEqual(article.paragraphs.first?.text, "Troops entered the town on Monday morning.")
        XCTAssertEqual(article.paragraphs.last?.isListItem, true)
    }

    func testInvalidUTF8IsReplacedWithOneWarning() throws {
        var bytes = Array("Title line\nThe town of Manbij ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("was shelled again.".utf8)
        let (article, warnings) = try ArticleReader.read(name: "bad.txt", data: bytes)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].message.contains("bad.txt"))
        XCTAssertTrue(article.paragraphs[0].text.contains("\u{FFFD}"))
    }

    func testBinaryAndEmptyFilesAreRejectedByName() {
        let binary: [UInt8] = Array(repeating: 0, count: 200) + Array("abc".utf8)
        XCTAssertThrowsError(try ArticleReader.read(name: "blob.bin", data: binary)) { error in
            XCTAssertEqual((error as? ArticleError)?.file, "blob.bin")
        }
        XCTAssertThrowsError(try ArticleReader.read(name: "empty.txt", data: []))
    }

    /// The byte-level shortcuts (brace count, ASCII and valid UTF-8 checks) decide as the character-level rules do.
    func testCodeLinesAndMostlyUndecodableFilesWithAndWithoutNonASCII() {
        XCTAssertEqual(Boilerplate.classify(".entry { font-family: “Noto”; color: red }"), .drop)
        XCTAssertEqual(Boilerplate.classify(".entry { color: red }"), .drop)
        XCTAssertEqual(Boilerplate.classify("Fighters in Raqqa {sic} said the café was shelled."), .keep)
        // A brace carrying a combining mark is another character, not a brace.
        XCTAssertEqual(Boilerplate.classify("Officials {\u{301} said: the town fell }\u{301} on Monday."), .keep)
        XCTAssertFalse(ArticleReader.looksBinary(Array("Plain text from Raqqa – with a dash.".utf8), nulCount: 0))
        let garbage = Array("Raqqa".utf8) + Array(repeating: 0xFF, count: 40)
        XCTAssertTrue(ArticleReader.looksBinary(garbage, nulCount: 0))
    }

    func testItemSizeAgreesWithFileManager() throws {
        let path = NSTemporaryDirectory() + "claimsh-size-\(getpid()).txt"
        try Data(repeating: 65, count: 1234).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(ArticleReader.itemSize(atPath: path), 1234)
        XCTAssertEqual(ArticleReader.itemSize(atPath: path), try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        XCTAssertNil(ArticleReader.itemSize(atPath: path + ".missing"))
    }

    func testWindowsLineEndings() throws {
        let (article, _) = try read("Title\r\nFirst paragraph about Raqqa.\r\nSecond paragraph about Hama.\r\n")
        XCTAssertEqual(article.paragraphs.map(\.text), ["First paragraph about Raqqa.", "Second paragraph about Hama."])
    }

    func testListItemsAndHardWrappedLines() throws {
        let text = "Title\nThe breakdown of forces is as\nfollows across the region:\n  • North – 1,000.\n  • South – 2,000.\n"
        let (article, _) = try read(text)
        XCTAssertEqual(article.paragraphs.count, 3)
        XCTAssertEqual(article.paragraphs[0].text, "The breakdown of forces is as follows across the region:")
        XCTAssertEqual(article.paragraphs[1].text, "North – 1,000.")
        XCTAssertTrue(article.paragraphs[1].isListItem)
    }

    func testEmbeddedSeedsMatchTheSeedsFolder() throws {
        let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(EmbeddedSeeds.articles.map(\.file), files, "run `make seeds` after changing seeds/")
        for seed in EmbeddedSeeds.articles {
            let onDisk = try String(contentsOf: seedsFolder.appendingPathComponent(seed.file), encoding: .utf8)
            XCTAssertEqual(seed.text, onDisk, "\(seed.file) differs from its embedded copy: run `make seeds`")
        }
    }

    func testSeedsLoadWithoutWidgetsOrDisclaimers() {
        let seeds = ArticleReader.readEmbeddedSeeds()
        XCTAssertEqual(seeds.count, EmbeddedSeeds.articles.count)
        for (article, _) in seeds {
            XCTAssertNotNil(article.published, article.file)
            for paragraph in article.paragraphs {
                XCTAssertFalse(paragraph.text.contains("opinions expressed"), article.file)
                XCTAssertFalse(paragraph.text.contains("display:block"), article.file)
                for widget in ["View all comments", "Leave a Comment", "Notify of", "PayPal", "Upvote", "appeared first on"] {
                    XCTAssertFalse(paragraph.text.contains(widget), "\(article.file): \(paragraph.text)")
                }
            }
        }
    }
}

struct ClaimDiagnosticsWarning {
    var message: String
}
