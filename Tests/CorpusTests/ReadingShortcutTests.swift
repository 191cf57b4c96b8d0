import XCTest
@testable import ClaimCorpus

/// The reader's shortcuts for plain text against the general code they skip.
final class ReadingShortcutTests: XCTestCase {
    /// ASCII paragraphs with what the splitter must get right: abbreviations, initials, decimals, quotes,
    /// colons, brackets, tabs, CR LF, runs of spaces, and spaces at both ends.
    private let paragraphs = [
        "", " ", "\t\r\n", "One.", "  Fighters left Raqqa.  Then it fell.  ", "Gen. Smith met Mr. Jones in the U.S. Then he left.",
        "J. Magnier wrote it. APPROX. 300 fighters left. No. 5 was hit.", "It cost 1.5 million. 2,000 fled! Why? Nobody knows...",
        "What a source had to say: The city fell. Two cities: Aleppo and Homs.", "He said \"We hold it.\" Then 'they' left.",
        "(This was earlier.) [Noted.] Then\tthe\tshelling resumed.\r\nIt went on.\rAnd on.", "e.g. this one. ie. that one. Etc. Done.",
        "Ends without a stop", "Dots ... and more... Then: Something: Else: Here we go now.", "A.B.C. went. Mt. Hood. St. Louis.",
    ]

    func testASCIIParagraphsSplitAsTheScalarPathSplitsThem() {
        // A no-break space at the end is trimmed and is white space to the splitter, but it sends the paragraph
        // down the scalar path: both paths must give the same sentences.
        for paragraph in paragraphs {
            XCTAssertEqual(SentenceSplitter.split(paragraph), SentenceSplitter.split(paragraph + "\u{00A0}"), paragraph)
        }
    }

    func testSentencesAreTrimmedLikeTrimmingSpaces() {
        for paragraph in paragraphs {
            for sentence in SentenceSplitter.split(paragraph) {
                XCTAssertEqual(sentence, sentence.trimmingSpaces(), paragraph)
                XCTAssertFalse(sentence.isEmpty, paragraph)
            }
        }
    }

    func testNoLineTheDateShortcutRejectsIsADate() {
        let lines = [
            "Published 18 March 2018", "Posted on March 18, 2018", "Sunday, 18th of March, 2018", "Sun 18 March 2018",
            "March 2018", "Mar 18 2018", "Sept 2016", "sep 2016", "Dec. 14 2018 14:05 GMT", "December 14, 2018",
            "Maybe 2018", "Marching 2018", "Sundays 2018", "Jun,2018", "jun\t2018", "Thurs 14 Dec 2018", "Mayday",
            "The city fell on 18 March 2018", "Fighters\u{301} 2018", "May\u{301} 2018", "Abc", "abcdefghijklmnop 2018",
            "Octo 2018", "oct 2018 10:00", "2018-12-14", "14.12.2018", "", "Sat, 1 Jan 2000", "NOVEMBER 3 2017 (updated", "NOVEMBER 3 2017 14:05",
            // First words the non-date-word shortcut reads: punctuation, non-ASCII letters, signs, dots.
            "Al-Jolan under pressure", "Dūmā under pressure", "Abū Ghurayb", "I‘zāz 2018", "+5 March 2018", "-5 March 2018",
            "5. March 2018", "Mar. 5 2018", "Mon. 5 March 2018", "\u{212A}ey 2018", "Ma\u{301}rch 2018", ",March 2018",
            "18th-March 2018", "(18 March 2018", "March-2018", "3rd March 2018",
        ]
        var rejected = 0
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if WrittenDate.opensWithOtherWord(trimmed) {
                rejected += 1
                XCTAssertNil(WrittenDate.parseTrimmed(trimmed), line)
            }
            XCTAssertEqual(WrittenDate.parse(line), WrittenDate.opensWithOtherWord(trimmed) ? nil : WrittenDate.parseTrimmed(trimmed), line)
        }
        // The shortcut does rule out prose, and keeps every date.
        XCTAssertGreaterThan(rejected, 3)
        for date in ["Sunday, 18th of March, 2018", "Mar 18 2018", "Sept 2016", "jun\t2018", "Thurs 14 Dec 2018", "NOVEMBER 3 2017 14:05"] {
            XCTAssertFalse(WrittenDate.opensWithOtherWord(date), date)
            XCTAssertNotNil(WrittenDate.parse(date), date)
        }
    }

    /// The opening-word test on bytes against the same test made on a lowercased String and sets of names.
    func testOpeningWordTestAgreesWithNameSets() {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"]
        let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
                                     "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
        var words = months + Array(weekdays) + ["sept", "The", "MAR", "Ma", "Marc", "Sep", "sepT", "Septe", "Thursdays", "Wednesday",
                                                "WEDNESDAY", "a", "Mayor", "Junta", "Jul", "Dece", "Novembe", "Octob", "Sat", "Satu"]
        // Every three-letter word over the letters the names open with.
        let letters = Array("ajfmsondtwuecrgbplyhi")
        for a in letters { for b in letters { for c in ["n", "r", "y", "c", "g", "p", "t", "v", "e", "u", "d"] { words.append("\(a)\(b)\(c)") } } }
        for word in words {
            let lower = word.lowercased()
            let expected = word.count > 9 || !(weekdays.contains(lower) || months.contains(lower) || lower == "sept")
                && !(lower.count == 3 && months.contains { $0.hasPrefix(lower) })
            for line in [word, word + " 2018", word + ", 3 May"] {
                XCTAssertEqual(WrittenDate.opensWithOtherWord(line), expected, line)
            }
        }
    }

    private let headerLines = [
        "", ":", "Source: Levant Wire", "Published: 18 March 2018", "Posted on March 18, 2018", "A ratio 3:2 here",
        "Café: Genève", "Source:\u{301} x", "Source\u{301}: x", "x\r\n: y", "\r\nPosted on 3 May 2017", "No colon at all",
        "first published 3 May 2017", "Last updated: 4 May", "\tPosted on 3 May", " Posted on 3 May", "Ünder: x",
        "é", "P\u{301}osted on 3 May 2017", "Updated 3 May 2017", "zebra: 3", "9:30 am",
        "Café — Genève: x", "“Quote”: x", "\u{0600}: x", "x:\u{301}", "Ünder:x", "مصدر: خبر", "a:b:c", "é:é", "e\u{301} x: y",
        "🚀: x", "x\u{200D}: y", "\u{200D}:x", "x :\u{200D}y", "\r: x", ":é", "é:", "ab\u{301}c: x",
        // First words the date-key test reads on bytes.
        "Deir ez-Zor falls", "Manbij", "Posting 3 May", "POSTED ON 3 May", "Posted \u{301}on 3 May", "Posted\u{301} on 3 May",
        "Last week", "LAST UPDATED 4 May", "Filed under x", "Dated", "Date 3 May", "first  published 3 May", "Updated on 3 May",
        "Modified: 3 May", "Published\ton 3 May", "Pub on 3 May",
    ]

    func testColonFoundOnBytesIsTheFirstColonCharacter() {
        for line in headerLines {
            XCTAssertEqual(HeaderLines.firstColon(in: line), line.firstIndex(of: ":"), line)
        }
    }

    func testLinesRuledOutAsDateKeysOpenWithNoKeysLetter() {
        let keys = ["published", "date", "posted", "first published", "published on", "posted on", "dated", "filed",
                    "updated", "last updated", "modified", "updated on"]
        for line in headerLines where !HeaderLines.mayOpenDateKey(line) {
            let words = line.split(separator: " ", maxSplits: 2)
            for count in [2, 1] where words.count > count {
                XCTAssertFalse(keys.contains(words[..<count].joined(separator: " ").lowercased()), line)
            }
        }
        XCTAssertTrue(HeaderLines.mayOpenDateKey("Posted on 3 May"))
        XCTAssertTrue(HeaderLines.mayOpenDateKey("LAST UPDATED 4 May"))
        XCTAssertFalse(HeaderLines.mayOpenDateKey("Source: Levant Wire"))
        XCTAssertFalse(HeaderLines.mayOpenDateKey("Deir ez-Zor falls"))
    }

    func testScalarTableMatchesTheStringsScalars() {
        for text in ["Café in Genève.", "e\u{301}\u{302} x", "🇸🇾 flag, 👍🏽 ok", "“Quoted,” he said — then left…", "\u{FEFF}\u{00A0}a\r\nb",
                     "ASCII only", "", "日本語のテキスト。次の文。", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ok"] {
            let table = ScalarText(text)
            XCTAssertEqual(table.isASCII, text.utf8.allSatisfy { $0 < 0x80 }, text)
            let expected = Array(text.unicodeScalars)
            XCTAssertEqual((0..<expected.count).map(table.scalar(at:)), expected, text)
            guard !table.isASCII else { continue }
            var offsets: [Int] = []
            var offset = 0
            for scalar in expected {
                offsets.append(offset)
                offset += String(scalar).utf8.count
            }
            XCTAssertEqual(table.offsets, offsets + [offset], text)
            XCTAssertEqual(table.string(0..<expected.count), text)
        }
    }

    /// Texts made from the phrases' own pieces (so near misses abound), checked against a scan at every byte.
    func testSkippingScanFindsWhatAScanAtEveryByteFinds() {
        let sets: [(exact: [String], folded: [String])] = [
            ([], ["rather li", "much li", "just li", "reminiscent of ", "in the manner of ", "not unli"]),
            (["!important", "display:", ".push("], ["appeared first on", "uses akismet", "cookie policy"]),
            (["ab", "abc"], ["zz"]),
        ]
        let pieces = ["rather", " li", "much", "just", "RATHER LI", "Much Li", " ", "reminiscent", " of ", "in the", "manner",
                      "not", "unli", "!important", "display", ":", ".push", "(", "appeared", "first on", "uses", "Akismet",
                      "cookie", "policy", "a", "b", "c", "z", "Z", "é", "\u{301}", "x"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        var hits = 0
        for (exact, folded) in sets {
            let set = PhraseSet(exact: exact, folded: folded)
            for _ in 0..<400 {
                let text = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
                let bytes = Array(text.utf8)
                let lowered = bytes.map(PhraseSet.foldASCII)
                let expected = exact.contains { bytes.contains(phrase: $0) } || folded.contains { lowered.contains(phrase: $0) }
                if expected { hits += 1 }
                XCTAssertEqual(set.occurs(in: text), expected, text)
                XCTAssertEqual(set.hits(in: text) != 0, expected, text)
            }
        }
        // The texts do hold phrases, so both answers were tried.
        XCTAssertGreaterThan(hits, 50)
    }
}
