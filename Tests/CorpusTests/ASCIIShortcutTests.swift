import XCTest
@testable import ClaimCorpus

/// The byte shortcuts of the reader against the Character-level code they stand in for.
final class ASCIIShortcutTests: XCTestCase {
    private let words = [
        "", "a", "A", "by", "By", "BY", "bY", "b", "byy", "and", "AND", "And", "&", "staff", "Staff", "STAFF", "staffs",
        "Élan", "élan", "Éé", "É", "e\u{301}", "E\u{301}x", "\u{301}A", "İstanbul", "ǅ", "Ω", "ω", "٣", "قال", "🚀", "Ａ",
        "\r\n", "\rA", "A\r", "K", "\u{212A}", "by\u{301}", "an\u{301}d", "\u{0600}A", "1st", "'Tis", "“Quote", "-Hyphen",
        ":", "::", ": :", ":a:", "a:", ":é", "é:", ":\u{301}", "\u{0600}:", ". Title .", ":. ", "Title: ", "\u{037E}:", ":\u{037E}",
        "\"quoted'", "'", "(x)", "|a|", " \u{00A0} ", "x\r\n:", ":\r\n",
    ]

    func testStartsUppercaseAgreesWithFirstCharacter() {
        for word in words {
            XCTAssertEqual(word.startsUppercase(), word.first?.isUppercase == true, word.debugDescription)
            XCTAssertEqual(word.dropFirst().startsUppercase(), word.dropFirst().first?.isUppercase == true, word.debugDescription)
        }
    }

    func testLowercasedEqualsAgreesWithLowercased() {
        for word in words {
            XCTAssertEqual(word.lowercasedEquals("by"), word.lowercased() == "by", word.debugDescription)
            XCTAssertEqual(word.lowercasedEquals("and"), word.lowercased() == "and", word.debugDescription)
            XCTAssertEqual(word.lowercasedEquals("staff"), word.lowercased() == "staff", word.debugDescription)
        }
    }

    func testLowercasedByBytesAgreesWithLowercased() {
        for word in words + ["Plain ASCII Title", "MIXED case: 123", "Ünïcode Title"] {
            XCTAssertEqual(word.lowercasedByBytes(), word.lowercased(), word.debugDescription)
        }
    }

    func testPrefixStringAgreesWithPrefix() {
        for text in words + ["2018-12-14", "2018-12-14T09:15:00Z", "2018-1", "2018", "", "2018-12-1\u{301}4", "2018\r\n-12",
                             "201\r\n8-12-14", "2018-12-14\u{301}", "2018-12-1é", "١٢٣٤-12-14", "\r\n\r\n\r\n\r\n\r\n"] {
            for count in [4, 7, 10] {
                XCTAssertEqual(text.prefixString(count), String(text.prefix(count)), text.debugDescription)
            }
        }
    }

    /// The Character-level trimming the ASCII shortcut stands in for.
    private func referenceTrimming(_ text: String, _ set: String) -> String {
        let chars = Set(set)
        var start = text.startIndex
        var end = text.endIndex
        while start < end, chars.contains(text[start]) { start = text.index(after: start) }
        while end > start, chars.contains(text[text.index(before: end)]) { end = text.index(before: end) }
        return String(text[start..<end])
    }

    func testTrimmingAgreesWithCharacterTrimming() {
        for set in [":", ":. ", ".", "()|", "\"'"] {
            for word in words {
                for text in [word, word + word, ":" + word + ".", " " + word + " :", "(" + word + ")|"] {
                    let trimmed = text.trimmingCharacters(in: set)
                    XCTAssertEqual(Array(trimmed.utf8), Array(referenceTrimming(text, set).utf8), "\(text.debugDescription) in \(set)")
                }
            }
        }
    }

    func testParagraphEndAgreesWithLastCharacter() {
        for word in words + ["He said.", "He said.”", "x)", "x’", "x\"", "x?\u{301}", "ab:", "é."] {
            let reference = !(word.last.map { ".!?:”\"’)".contains($0) } ?? true)
            XCTAssertEqual(!ParagraphBuilder.endsClosed(word), reference, word.debugDescription)
        }
    }

    /// A line without a separator's first byte is one part, as splitting at spaces and joining again makes it.
    func testBylinePartsWithoutSeparatorsAreTheLine() {
        for line in ["By Jane Smith", "By A B and C D", "  By  Jane ", "Baghdad by Elijah J. Magnier:", "By Jane | Updated 2017",
                     "By Al-Masri Ali", "By Jane — AP", "By Jane · AP", "By Jane – AP", "By Jane - AP", ""] {
            let words = line.split(separator: " ", omittingEmptySubsequences: false)
            var parts: [String] = []
            var current: [Substring] = []
            for word in words {
                if ["|", "-", "–", "—", "·"].contains(String(word)) { parts.append(current.joined(separator: " ")); current = [] } else { current.append(word) }
            }
            parts.append(current.joined(separator: " "))
            XCTAssertEqual(Boilerplate.bylineParts(line), parts, line)
        }
    }

    /// The reader's own phrase groups, found by pairs, against a scan per phrase on random lines.
    func testLinePhraseGroupsAgreeWithAScanPerPhrase() {
        let groups: [(exact: [String], folded: [String])] = [
            (exact: ["appeared first on "], folded: []),
            (exact: [], folded: ["appeared first on", "uses akismet"]),
            (exact: ["!important", "display:", ".push("], folded: ["all rights reserved", "cookie policy", "and news agencies"]),
        ]
        let set = PhraseSet(groups: groups)
        let pieces = ["appeared", " first", " on ", "APPEARED FIRST ON", "uses", " Akismet", "!important", "display", ":", ".push",
                      "(", "all rights", " reserved", "Cookie", " policy", "and news", " agencies", "and", " ", "news", "é", "x",
                      "\u{301}", "rights", "first on", "ap", "pe"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var found = 0
        for _ in 0..<2_000 {
            let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            let lowered = bytes.map(PhraseSet.foldASCII)
            var expected: UInt8 = 0
            for (group, phrases) in groups.enumerated()
            where phrases.exact.contains(where: { bytes.contains(phrase: $0) }) || phrases.folded.contains(where: { lowered.contains(phrase: $0) }) {
                expected |= 1 << UInt8(group)
            }
            if expected != 0 { found += 1 }
            XCTAssertEqual(set.hits(in: text), expected, text)
            XCTAssertEqual(set.occurs(in: text), expected != 0, text)
        }
        XCTAssertGreaterThan(found, 100)
    }

    func testISODatesFromBytesAgreeWithSplitting() {
        var texts = ["", "2017", "2017-11", "2017-11-03", "+201", "+201-+1", "2017-02-29", "2016-02-29", "2017-13", "2017-1",
                     "201-01", "2017--01", "2017-11-03-", "-2017", "abcd", "２０１７", "2017-11-0\u{301}3", "2017\r\n", "0000",
                     "2017-00", "2017-11-31", "2017-04-31", "1900-02-29", "2000-02-29", "2017-11-3", "2017-11-003", "2017 ", " 2017"]
        let pieces = ["1", "2", "0", "9", "-", "+", "+1", "20", "17", "11", "31", "29", "02", "a", " ", "é", "\r"]
        var state: UInt64 = 0xDEAD_BEEF_1234_5678
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 { texts.append((0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined()) }
        var dates = 0
        for text in texts {
            let expected = CalendarDate.isoBySplitting(text)
            if expected != nil { dates += 1 }
            XCTAssertEqual(CalendarDate(iso: text), expected, text.debugDescription)
        }
        XCTAssertGreaterThan(dates, 50)
    }

    func testTrimmingSpacesAgreesWithScalarTrimming() {
        for text in words + ["\u{00A0}x", "x\u{2028}", "\u{FEFF}x", "\tx\t", "x\u{7F}", "\u{07}x", "plain", "  two  "] {
            let scalars = text.unicodeScalars
            var start = scalars.startIndex
            var end = scalars.endIndex
            while start < end, scalars[start].isTrimmedSpace { start = scalars.index(after: start) }
            while end > start, scalars[scalars.index(before: end)].isTrimmedSpace { end = scalars.index(before: end) }
            XCTAssertEqual(Array(text.trimmingSpaces().utf8), Array(String(scalars[start..<end]).utf8), text.debugDescription)
        }
    }

    func testLineEndsAndSameBytesAgreeWithScans() {
        for text in ["", "\n", "a", "a\n", "\n\nb", "line one\nline two\n\n", "é\nü", String(repeating: "x", count: 100) + "\n"] {
            let bytes = Array(text.utf8)
            for start in 0...bytes.count {
                XCTAssertEqual(ArticleReader.endOfLine(in: bytes, from: start), bytes[start...].firstIndex(of: 0x0A) ?? bytes.count)
            }
        }
        for (one, other) in [("", ""), ("a", "a"), ("a", "b"), ("é", "e\u{301}"), ("Title", "Title "), ("abc", "abd")] {
            XCTAssertEqual(ArticleReader.hasSameBytes(one, other), one.utf8.elementsEqual(other.utf8), one + "|" + other)
        }
    }
}
