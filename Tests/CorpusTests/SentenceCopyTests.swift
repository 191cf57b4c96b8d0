import XCTest
@testable import ClaimCorpus

/// Sentences and lines are copied out of a String already made (not decoded from bytes again): the copies must
/// hold the bytes decoding would give, on hostile text.
final class SentenceCopyTests: XCTestCase {
    private let hostile = [
        "", " ", ".", "A. B", "He left. ", "  Padded.  Two.  ",
        "He said: “We hold the bridge. They fled.” Then it rained.",
        "Über. Ärger folgte. Élan vital. Ça va? Oui… Non… 3 left.",
        "\u{301}Combining first. e\u{301}. Next one. Dot\u{301}. Quote\u{301}” Next.",
        "He fled to Dayr az-Zawr. ٣ men died. قال المتحدث. ثم غادر.",
        "Emoji end 🚀. Next 👍🏽. Family 👨‍👩‍👧. Done!",
        "Line\r\nbreak. Next\u{2028}one. Tab\tend.\tNext. NBSP\u{00A0}here.\u{00A0}There.",
        "Curly ’quotes.’ Next. Digits glued3. 4Next. 12.5 km.",
        "Replaced \u{FFFD}\u{FFFD}. Then\u{FEFF}. Short.",
        "One sentence only",
        "Tiny. A.",
    ]

    /// The decoding split: each range's bytes made into a String by `String(decoding:)`.
    private func decodedSentences(_ paragraph: String) -> [String] {
        var text = paragraph
        return text.withUTF8 { UTF8SentenceSplitter(bytes: $0).split() }
    }

    func testCopiedSentencesHoldTheDecodedBytes() {
        for text in hostile {
            let copied = SentenceSplitter.split(text)
            let decoded = decodedSentences(text)
            XCTAssertEqual(copied.map { Array($0.utf8) }, decoded.map { Array($0.utf8) }, text.debugDescription)
            XCTAssertEqual(copied, SentenceSplitter.splitByScalars(text), text.debugDescription)
        }
    }

    func testLongSentencesAreCopiedAtTheirCuts() {
        let limit = SentenceSplitter.maximumSentenceLength
        for text in [String(repeating: "wörd ", count: limit / 2 + 3), String(repeating: "é", count: limit + 5) + ". Next."] {
            XCTAssertEqual(SentenceSplitter.split(text).map { Array($0.utf8) }, decodedSentences(text).map { Array($0.utf8) })
        }
    }

    /// The splitter jumps to the first stop byte of sixteen, and past sixteen without one.
    func testFirstStopIsTheFirstStopByte() {
        let stops: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x3A, 0xE2]
        let alphabet: [UInt8] = [0x00, 0x01, 0x20, 0x21, 0x2D, 0x2E, 0x2F, 0x3A, 0x3F, 0x41, 0x61, 0x7F, 0x80, 0x9C, 0xE1, 0xE2, 0xE3, 0xFF]
        var state: UInt64 = 12_345
        for round in 0..<20_000 {
            var chunk = SIMD16<UInt8>()
            for lane in 0..<16 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Every fourth chunk draws from the non-stop bytes only, so chunks without a stop are tried too.
                let byte = alphabet[Int(state >> 33) % alphabet.count]
                chunk[lane] = round % 4 == 0 && stops.contains(byte) ? 0x41 : byte
            }
            let bytes = (0..<16).map { chunk[$0] }
            XCTAssertEqual(StopBytes().first(in: chunk), bytes.firstIndex(where: stops.contains) ?? 16, "\(bytes)")
        }
    }

    func testOneSentenceParagraphIsItsOwnSentence() {
        for text in ["One sentence only", "Ça va bien", "Ends here."] {
            var ranges: [Range<Int>] = [0..<1, 5..<9]
            let paragraph = SentenceSplitter.sentenceRanges(of: text, into: &ranges)
            XCTAssertEqual(ranges, [0..<text.utf8.count], "old ranges are replaced")
            XCTAssertEqual(SentenceSplitter.sentence(ranges[0], of: paragraph), text)
        }
    }

    /// An article's sentences are the bytes of its paragraphs, whatever the bytes around them: CR LF, a byte-order
    /// mark, NULs, invalid UTF-8 and combining marks at line starts.
    func testReadSentencesAreBytesOfTheirParagraphs() throws {
        var data = Array("\u{FEFF}Title line\r\n\r\nThe first paragraph starts here. It goes on.\r\n".utf8)
        data += [0x00] + Array("\u{301}A combining mark opens this line. Then more text.\n".utf8)
        data += Array("Bad bytes ".utf8) + [0xC3, 0x28, 0xFF] + Array(" sit here. Next sentence follows.\n\n".utf8)
        data += Array("Arabic: قال المتحدث. Emoji 🚀 end. Last one.\n".utf8)
        let (article, _) = try ArticleReader.read(name: "hostile.txt", data: data)
        XCTAssertFalse(article.paragraphs.isEmpty)
        for paragraph in article.paragraphs {
            let bytes = Array(paragraph.text.utf8)
            var from = 0
            for sentence in paragraph.sentences {
                let needle = Array(sentence.text.utf8)
                XCTAssertFalse(needle.isEmpty)
                let found = (from...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
                XCTAssertNotNil(found, "\(sentence.text.debugDescription) in \(paragraph.text.debugDescription)")
                from = (found ?? from) + needle.count
            }
        }
        XCTAssertTrue(article.sentences.contains { $0.text.unicodeScalars.first == "\u{301}" })
        XCTAssertTrue(article.sentences.contains { $0.text.contains("\u{FFFD}") })
    }
}

/// The list-marker shortcut (a first scalar that is no bullet and not numeric) against the Character-level rules it
/// skips, on hostile lines.
final class ListMarkerShortcutTests: XCTestCase {
    func testShortcutAgreesWithCharacterRules() {
        let openings = ["", " ", "\t", "\u{00A0}", "• ", "•\u{301} ", "· ", "\u{0387} ", "\u{0387}", "* ", "- ", "– ", "— ", "▪ ", "◦ ",
                        "3. ", "12) ", "123. ", "٣. ", "۴) ", "½ ", "Ⅻ. ", "3\u{301}. ", "“", "\"", "(", "'", "’", "🚀 ", "é", "e\u{301}",
                        "\u{301}", "Ω ", "ق", "\u{FEFF}", "\r\n", "9:30 ", "-", "•",
                        "\u{0B}", "\u{7F}", "#", "%", "a\u{301}", "Z", ". ", "0", "\u{0600}x",
                        "3.", "3", "12.5 ", "1)", "3 .", "42 ", "3.\u{301} ", "3)\u{301}", "3\u{301}", "7 ", "07) ", "1,000 ", "3.é",
                        "‘", "«", "¿", "\u{2028}", "\u{2022}\u{301} ", "\u{2013}", "٣", "𝟘. ", "①. "]
        let rests = ["Fighters left the town.", "x", "", " padded ", "quote”", "end\u{00A0}"]
        for opening in openings {
            for rest in rests {
                let line = opening + rest
                let (text, isItem) = ParagraphBuilder.stripListMarker(line)
                let (expectedText, expectedItem) = ParagraphBuilder.stripListMarkerByCharacters(line)
                XCTAssertEqual(Array(text.utf8), Array(expectedText.utf8), line.debugDescription)
                XCTAssertEqual(isItem, expectedItem, line.debugDescription)
            }
        }
    }
}
