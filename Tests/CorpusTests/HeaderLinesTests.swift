import XCTest
@testable import ClaimCorpus

/// Dates and header lines as articles write them above their body, and page titles with a site name.
final class HeaderLinesTests: XCTestCase {
    private func article(_ text: String, name: String = "a.txt", metadata: ArticleMetadata? = nil) throws -> Article {
        try ArticleReader.read(name: name, data: Array(text.utf8), metadata: metadata).0
    }

    private var sentences: (Article) -> [String] { { $0.paragraphs.flatMap { $0.sentences.map(\.text) } } }

    func testWrittenDatesParseWholeValuesOnly() {
        let day = CalendarDate(year: 2019, month: 2, day: 7)
        for text in ["2019-02-07", "2019-02-07T06:30:00Z", "2019-02-07 06:30", "7 February 2019", "7th of February, 2019",
                     "Thursday, 7 February 2019", "February 7, 2019", "Feb. 7 2019 14:05 GMT", "Thu 7 Feb 2019 9:15 am",
                     "7 Feb 2019 (UTC)"] {
            XCTAssertEqual(WrittenDate.parse(text), day, text)
        }
        XCTAssertEqual(WrittenDate.parse("September 2016"), CalendarDate(year: 2016, month: 9))
        XCTAssertEqual(WrittenDate.parse("Sept 2016"), CalendarDate(year: 2016, month: 9))
        for text in ["7 February 2019 was the day the town fell", "30 February 2019", "February", "2019", "March 7",
                     "May God protect them 2019", "32 March 2019", "14:05 GMT", "2019-02-07 and after",
                     "3174-09-05", "7 February 1066"] {
            XCTAssertNil(WrittenDate.parse(text), text)
        }
    }

    /// Numeric dates: the day and month are told apart only when one is over 12.
    func testNumericDates() {
        XCTAssertEqual(WrittenDate.parse("18/03/2018"), CalendarDate(year: 2018, month: 3, day: 18))
        XCTAssertEqual(WrittenDate.parse("18.03.2018 09:30"), CalendarDate(year: 2018, month: 3, day: 18))
        XCTAssertEqual(WrittenDate.parse("3/18/2018"), CalendarDate(year: 2018, month: 3, day: 18))
        XCTAssertEqual(WrittenDate.parse("4/4/2017"), CalendarDate(year: 2017, month: 4, day: 4))
        XCTAssertEqual(WrittenDate.parse("4/5/2017"), CalendarDate(year: 2017))
        XCTAssertEqual(WrittenDate.parse("2018/03/18"), CalendarDate(year: 2018, month: 3, day: 18))
        for text in ["31/02/2018", "18/13/2018", "13/13/2018", "18/03/18", "0/3/2018", "18/03/2018 was the day", "1/2/3/2018", "2018/02/30"] {
            XCTAssertNil(WrittenDate.parse(text), text)
        }
    }

    func testHeaderLinesFillMetadataAndAreNotBodyText() throws {
        let text = """
        Kurdish fighters hold the line north of Manbij

        Posted on June 3, 2019
        Source: Frontline Syria Weekly
        Author: Dara Ahmed

        Kurdish fighters repelled an attack on three villages north of Manbij on Sunday, a local commander said.
        """
        let read = try article(text)
        XCTAssertEqual(read.published, CalendarDate(year: 2019, month: 6, day: 3))
        XCTAssertEqual(read.dateBasis, .stated)
        XCTAssertEqual(read.outlet, "Frontline Syria Weekly")
        XCTAssertEqual(read.author, "Dara Ahmed")
        XCTAssertEqual(read.title, "Kurdish fighters hold the line north of Manbij")
        XCTAssertEqual(sentences(read), ["Kurdish fighters repelled an attack on three villages north of Manbij on Sunday, a local commander said."])
    }

    func testATitleLineGivesTheTitleWithoutItsKey() throws {
        let text = "Title: Ceasefire holds in the south\r\nDate: 2018-07-09\r\n\r\nThe truce around Nawa held overnight, residents said.\r\n"
        let read = try article(text)
        XCTAssertEqual(read.title, "Ceasefire holds in the south")
        XCTAssertEqual(read.published, CalendarDate(year: 2018, month: 7, day: 9))
        XCTAssertEqual(sentences(read), ["The truce around Nawa held overnight, residents said."])
        // "Title" in prose, or without its colon, is body text.
        XCTAssertEqual(sentences(try article("Notes\n\nTitle deeds were burnt in the fire, the council said.\n")).count, 1)
    }

    func testABylineWithADateOnItsLine() throws {
        let text = """
        Rebels leave the last pocket

        By Mira Haddad and Sam Okoro | Updated 4 May 2018

        Buses carried the last fighters out of the pocket on Thursday, officials said.
        """
        let read = try article(text)
        XCTAssertEqual(read.author, "Mira Haddad and Sam Okoro")
        XCTAssertEqual(read.published, CalendarDate(year: 2018, month: 5, day: 4))
        XCTAssertEqual(read.dateBasis, .stated)
        XCTAssertEqual(sentences(read), ["Buses carried the last fighters out of the pocket on Thursday, officials said."])
        XCTAssertEqual(Boilerplate.byline("By Ana Ruiz, Tom Reed and Lea Berg — Reuters")?.author, "Ana Ruiz, Tom Reed and Lea Berg")
        XCTAssertEqual(Boilerplate.byline("By Ana Ruiz, Tom Reed and Lea Berg — Reuters")?.others, ["Reuters"])
        XCTAssertNil(Boilerplate.byline("By the time the convoy arrived, the bridge was gone."))
        XCTAssertNil(Boilerplate.byline("By Monday and Tuesday the town had fallen to the army"))
    }

    /// A date line may carry the byline or the outlet's staff credit after a separator, in either order.
    func testADateLineWithABylineOrAStaffCredit() throws {
        let bylined = try article("""
        Fighters leave the old town

        2 June 2016 | By Dana Farouk

        The last fighters left the old town on Wednesday, officials said.
        """)
        XCTAssertEqual(bylined.author, "Dana Farouk")
        XCTAssertEqual(bylined.published, CalendarDate(year: 2016, month: 6, day: 2))
        XCTAssertEqual(bylined.dateBasis, .stated)
        XCTAssertEqual(sentences(bylined), ["The last fighters left the old town on Wednesday, officials said."])

        let credited = try article("""
        Fighters leave the old town

        June 2, 2016 — Tigris Review staff

        The last fighters left the old town on Wednesday, officials said.
        """)
        XCTAssertEqual(credited.outlet, "Tigris Review")
        XCTAssertEqual(credited.published, CalendarDate(year: 2016, month: 6, day: 2))
        XCTAssertEqual(sentences(credited), ["The last fighters left the old town on Wednesday, officials said."])
        // A part that is no header field keeps the line in the body.
        XCTAssertNil(HeaderLines.fields(ofLine: "June 2, 2016 — the day the town fell"))
        // The separator test agrees with splitting, on every separator and on lines without one.
        for line in ["a | b", "a - b", "a – b", "a — b", "a · b", "a-b", "a |b", "a—b", "a ·b", "plain words", "", " - ", "a –", "é — è"] {
            XCTAssertEqual(Boilerplate.hasPartSeparator(line), Boilerplate.bylineParts(line).count > 1, line)
        }
        XCTAssertNil(HeaderLines.staffCredit("the staff"))
        XCTAssertNil(Boilerplate.byline("Fighting raged all week — by Tuesday the Army held the bridge"))
    }

    /// Newspaper and wire styles: "Name in City" under the headline, an outlet's line under a byline, a time
    /// written "14.52", a section in the page title, credit lines under the story.
    func testReporterLinesOutletLinesAndCredits() throws {
        let guardian = try article("""
        Fighters leave the old town

        Dana Farouk in Beirut
        Mon 16 Oct 2017 14.52 BST

        The last fighters left the old town on Wednesday, officials said.
        """)
        XCTAssertEqual(guardian.author, "Dana Farouk")
        XCTAssertEqual(guardian.published, CalendarDate(year: 2017, month: 10, day: 16))
        XCTAssertEqual(sentences(guardian), ["The last fighters left the old town on Wednesday, officials said."])
        // The headline itself is never a reporter's line.
        XCTAssertNil(HeaderLines.reporterInCity("Kurdish Forces Advance in Raqqa today"))
        XCTAssertEqual(HeaderLines.reporterInCity("Dana Farouk in Beirut"), .author("Dana Farouk"))

        let wire = try article("""
        Fighters leave the old town

        By DANA FAROUK and SAMI HADDAD
        Associated Press

        The last fighters left the old town on Wednesday, officials said.

        Associated Press writer Lina Aziz in Beirut contributed to this report.
        """)
        XCTAssertEqual(wire.author, "DANA FAROUK and SAMI HADDAD")
        XCTAssertEqual(wire.outlet, "Associated Press")
        XCTAssertEqual(sentences(wire), ["The last fighters left the old town on Wednesday, officials said."])
        XCTAssertNil(HeaderLines.outletLine("Raqqa"))
        XCTAssertNil(HeaderLines.outletLine("The press was silent about it"))

        XCTAssertEqual(HTMLText.splitSiteName("Dozens killed in Atarib | News | Example Wire", siteName: nil)?.headline,
                       "Dozens killed in Atarib")
        XCTAssertEqual(HTMLText.splitSiteName("Raqqa | The long siege | Example Wire", siteName: nil)?.headline,
                       "Raqqa | The long siege")
        XCTAssertEqual(Boilerplate.classify("SOURCE: Example Wire and news agencies"), .drop)
    }

    func testAPictureCreditIsNotPartOfItsCaption() throws {
        XCTAssertEqual(Boilerplate.removingTrailingCredit("Fighters in the main square. (Photo: AFP)"), "Fighters in the main square.")
        XCTAssertEqual(Boilerplate.removingTrailingCredit("A convoy near the dam (Photo credit: Jane Roe/Reuters)"), "A convoy near the dam")
        XCTAssertEqual(Boilerplate.removingTrailingCredit("The army (SAA) advanced."), "The army (SAA) advanced.")
        XCTAssertEqual(Boilerplate.removingTrailingCredit("Forces advanced (according to officials)"), "Forces advanced (according to officials)")
        XCTAssertEqual(Boilerplate.classify("(Photo: AFP)"), .drop)
    }

    func testADateOnItsOwnLineDatesTheArticle() throws {
        let text = """
        Updates from the Hajin pocket

        2019-01-12

        09:40 GMT - Fighting continued around al-Shafa overnight, the monitor said.
        """
        let read = try article(text)
        XCTAssertEqual(read.published, CalendarDate(year: 2019, month: 1, day: 12))
        XCTAssertEqual(read.dateBasis, .stated)
        XCTAssertEqual(sentences(read).count, 1)
    }

    func testWhatTheSidecarSaysWins() throws {
        let text = """
        Talks resume in Astana

        Published: 12 May 2017
        Source: Someone Else

        Delegations from Russia, Turkey and Iran met again in Astana on Thursday.
        """
        let read = try article(text, metadata: ArticleMetadata(outlet: "Steppe News", published: "2017-05-11"))
        XCTAssertEqual(read.published, CalendarDate(year: 2017, month: 5, day: 11))
        XCTAssertEqual(read.dateBasis, .metadata)
        XCTAssertEqual(read.outlet, "Steppe News")
        XCTAssertEqual(sentences(read), ["Delegations from Russia, Turkey and Iran met again in Astana on Thursday."])
    }

    func testProseWithAColonOrADateStaysBodyText() throws {
        let text = """
        A long winter in Idlib

        Source close to the talks: no deal before spring.
        Date palms were burned across the province, farmers said.

        The governorate's farmers lost most of their harvest in 2018, according to a survey by a local council.
        """
        let read = try article(text)
        XCTAssertNil(read.outlet)
        XCTAssertNil(read.published)
        XCTAssertEqual(sentences(read).count, 3)
    }

    func testWrittenPublicationDateInFrontMatter() throws {
        let text = """
        ---
        title: Winter in the camps
        date: 18 January 2018
        ---
        Thousands of families in al-Hol camp spent the night without heating, aid groups said.
        """
        XCTAssertEqual(try article(text).published, CalendarDate(year: 2018, month: 1, day: 18))
    }

    /// "Headline - Site" splits when the page's own heading is the headline alone.
    func testADashedSiteNameSplitsWhenTheHeadingIsTheHeadline() throws {
        XCTAssertEqual(HTMLText.splitSiteName("Convoy reaches Douma - Orontes Daily", siteName: nil,
                                              heading: { "Convoy reaches Douma" })?.site, "Orontes Daily")
        XCTAssertNil(HTMLText.splitSiteName("Syria - the forgotten war", siteName: nil, heading: { "Syria - the forgotten war" }))
        XCTAssertNil(HTMLText.splitSiteName("Convoy reaches Douma - Orontes Daily", siteName: nil, heading: { nil }))
        let page = """
        <html><head><title>Convoy reaches Douma - Orontes Daily</title></head>
        <body><h1 class="headline">Convoy <em>reaches</em> Douma</h1><p>A UN convoy of 40 trucks reached Douma on Monday, the Red Crescent said.</p></body></html>
        """
        let read = try article(page, name: "douma.html")
        XCTAssertEqual(read.title, "Convoy reaches Douma")
        XCTAssertEqual(read.outlet, "Orontes Daily")
    }

    func testPageTitleLosesTheSiteNameWhichNamesTheOutlet() throws {
        XCTAssertEqual(HTMLText.splitSiteName("Raqqa after the battle | Desert Dispatch", siteName: nil)?.headline, "Raqqa after the battle")
        XCTAssertEqual(HTMLText.splitSiteName("Raqqa after the battle | Desert Dispatch", siteName: nil)?.site, "Desert Dispatch")
        XCTAssertEqual(HTMLText.splitSiteName("Raqqa after the battle - Desert Dispatch", siteName: "Desert Dispatch")?.headline,
                       "Raqqa after the battle")
        // A dash joins the parts of one headline unless the page names that site.
        XCTAssertNil(HTMLText.splitSiteName("Syria - the forgotten war", siteName: nil))
        XCTAssertNil(HTMLText.splitSiteName("Syria - the forgotten war", siteName: "Desert Dispatch"))

        let page = """
        <html><head><title>Raqqa after the battle | Desert Dispatch</title></head>
        <body><h1>Raqqa after the battle</h1><p>Mine clearers have removed more than 8,000 devices from Raqqa since October, engineers said.</p></body></html>
        """
        let read = try article(page, name: "raqqa.html")
        XCTAssertEqual(read.title, "Raqqa after the battle")
        XCTAssertEqual(read.outlet, "Desert Dispatch")
        // The headline repeated at the top of the body is not a claim.
        XCTAssertEqual(sentences(read), ["Mine clearers have removed more than 8,000 devices from Raqqa since October, engineers said."])
    }
    func testPublicationDateOutsideMetaTags() throws {
        let structured = """
        <html><head><title>Return to Mosul</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-07-10T08:00:00+03:00"}</script>
        </head><body><p>Families began returning to the old city of Mosul in July, officials said.</p></body></html>
        """
        XCTAssertEqual(try article(structured, name: "mosul.html").published, CalendarDate(year: 2019, month: 7, day: 10))
        let timeTags = """
        <html><head><title>Return to Mosul</title></head><body>
        <p>Updated <time datetime="2019-07-12">12 July</time></p>
        <p class="byline">Posted <time class="published" datetime="2019-07-11T10:00Z">11 July</time></p>
        <p>Families began returning to the old city of Mosul in July, officials said.</p></body></html>
        """
        XCTAssertEqual(try article(timeTags, name: "mosul.html").published, CalendarDate(year: 2019, month: 7, day: 11))
        let plain = """
        <html><head><title>Return to Mosul</title></head><body>
        <p>Families began returning to the old city of Mosul in July, officials said.</p></body></html>
        """
        XCTAssertNil(try article(plain, name: "mosul.html").published)
    }
}
