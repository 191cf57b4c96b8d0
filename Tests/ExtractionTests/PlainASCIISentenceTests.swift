import XCTest
@testable import ClaimExtraction

/// The one-pass scan of a plain ASCII sentence (`tokenizePlainASCII(_:names:folded:)`) must give exactly the grammar
/// tokens of `tokenizePlainASCII(_:)` and the name words of `NameText.asciiTokens`, the two separate scans kept as
/// its oracle; and a sentence tokenized with name buffers must give the `NameText` built on its own, whatever the text.
final class PlainASCIISentenceTests: XCTestCase {
    private let asciiSentences = [
        "", " ", "x", "7", "'", "`", "Russian jets struck Deir ez-Zor's edge as Putin's men left ISIS' base.",
        "A's B's Ab's x' Qa'' it's 'quoted' `tick` O'Brien's d`Arc  al  Raqqa -- As-Suwayda",
        "'lead apostrophe 'Deir and end'", "They'll hold it, THEY'LL say; it'll fall. We'LL see; x'",
        "1,500 to 2,000 fighters (10km away) left on 19th May 2016; 3.5% rise, 1,23 and 1,2345; 1.2.3 and 4.",
        "a1b2 12ab 7th 2nd 100s #3 09:30 $30bn 2m 1,000,000 12,345.67 .5 5. 3KM 10Km T-4 4x4s",
        "Tabs\tand\u{0B}vertical\u{0C}feeds\nend", "THE Provinces of Raqqa and Hasakah, north-eastern Syria, SAID: 40 killed.",
        "Abu Kamal - the Iraqi-Syrian border; U.S.-backed SDF, al-Bab; ISIS-held 300-400? Raqqa...",
        "x`y a'b a''b a`'b 'a 'ab' ab'c'd ''", "ABU Abu abu Hamah Qadimah Palestine al-Qaim'", "9abc 9'a a9'b 9,999th",
    ]

    private func assertOnePassAgrees(_ sentence: String, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(sentence.utf8)
        var names: [NameToken] = [], folded: [UInt8] = []
        let tokens = WordTokenizer.tokenizePlainASCII(bytes, names: &names, folded: &folded)
        XCTAssertEqual(tokens, WordTokenizer.tokenizePlainASCII(bytes), sentence, file: file, line: line)
        guard let separate = NameText.asciiTokens(bytes) else { return XCTFail(sentence, file: file, line: line) }
        XCTAssertEqual(names, separate.tokens, sentence, file: file, line: line)
        XCTAssertEqual(folded, separate.folded, sentence, file: file, line: line)
    }

    func testOnePassGivesBothSeparateScans() {
        for sentence in asciiSentences { assertOnePassAgrees(sentence) }
    }

    func testRandomASCIIGivesBothSeparateScans() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Z", "ll", "'", "`", "s", "q", "1", "9", ",", ".", " ", "  ", "\t", "\n", "-", "%", "said",
                      "Will", "000", "th", "KM", "(", "!", "Abu", "Hamah", "al", "Deir", "ine", "O'", "x''"]
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<30, using: &generator)
            let sentence = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            assertOnePassAgrees(sentence)
        }
    }

    /// Any text, one sentence after another in one set of buffers: the grammar tokens and name words are those the
    /// two views make on their own (plain ASCII shares the scan; CR LF, Unicode, marks, emoji and Arabic do not).
    func testSentenceWithNameBuffersGivesTheSeparateViews() {
        let hostile = [
            "Près de Raqqa, l’armée syrienne — Qa’im’s edge – and Dayr az‑Zawr (دير الزور) 🇸🇾 held.",
            "Cafe\u{301} Zoe\u{308} in Mosul; 👩‍👩‍👧 family, ✋🏽 hand, e\u{301}\u{302} marks",
            "Line one\r\nLine two: Abu Kamal - the Iraqi-Syrian border; T-4 airbase, 17th Division.\r\n",
            "\r\n\r\n ‘quoted’ “Deir al-Zour” Syria’s O'Brien’s d`Arc x' Qa'' it's they’ll",
            "Raqqa\u{A0}city\u{2011}centre and İstanbul’s ΣΟΦΙΑ, Ǆemal, 10km² and 3½",
            "الرقة ودير الزور 2017 and Aleppo", "Ḩamāh and Dayr\u{A0}Ḩāfir, ʿAyn al-ʿArab 1,500",
        ]
        var buffers = NameTextBuffers()
        for text in asciiSentences + hostile + asciiSentences.reversed() + hostile {
            let sentence = TokenizedSentence(text, nameBuffers: &buffers)
            XCTAssertEqual(sentence.tokens, TokenizedSentence(text).tokens, text)
            var names = NameText(text, sentence: sentence, buffers: &buffers)
            let alone = NameText(text)
            XCTAssertEqual(names.tokens, alone.tokens, text)
            XCTAssertEqual(names.folded, alone.folded, text)
            XCTAssertEqual(names.scalarsAreCharacters, alone.scalarsAreCharacters, text)
            XCTAssertEqual(names.firstDot, alone.firstDot, text)
            buffers.recycle(&names)
        }
    }

    /// Token arrays handed back a paragraph at a time (as the extractor does) and refilled by later sentences, longer
    /// or shorter, give the tokens each sentence has on its own; a copy of a sentence keeps its tokens.
    func testGivenBackTokenArraysAreRefilledAlike() {
        var buffers = NameTextBuffers()
        let texts = asciiSentences + ["Près de Raqqa, l’armée syrienne 🇸🇾", "Line one\r\nLine two"] + asciiSentences.reversed()
        for paragraph in stride(from: 0, to: texts.count, by: 3).map({ Array(texts[$0..<min($0 + 3, texts.count)]) }) {
            var sentences: [TokenizedSentence] = []
            for text in paragraph {
                var names = NameText(text, sentence: TokenizedSentence(text, nameBuffers: &buffers), buffers: &buffers)
                buffers.recycle(&names)
                sentences.append(TokenizedSentence(text, nameBuffers: &buffers))
                XCTAssertEqual(sentences.last?.tokens, TokenizedSentence(text).tokens, text)
            }
            let kept = sentences[0]
            for index in sentences.indices { sentences[index].giveBackTokens(to: &buffers) }
            XCTAssertEqual(kept.tokens, TokenizedSentence(paragraph[0]).tokens, paragraph[0])
            XCTAssertTrue(sentences.allSatisfy { $0.tokens.isEmpty })
        }
        XCTAssertFalse(buffers.spareTokens.isEmpty)
        XCTAssertTrue(buffers.spareTokens.allSatisfy { $0.isEmpty && $0.capacity > 0 })
    }

    /// A plain ASCII sentence takes a spare array; no more than the limit are kept.
    func testSpareTokenArraysAreTakenAndBounded() {
        var buffers = NameTextBuffers()
        for _ in 0..<(NameTextBuffers.spareTokenLimit + 5) {
            var sentence = TokenizedSentence("Raqqa was held in 2017.", nameBuffers: &buffers)
            var other = TokenizedSentence("Abu Kamal fell.", nameBuffers: &buffers)
            sentence.giveBackTokens(to: &buffers)
            other.giveBackTokens(to: &buffers)
        }
        XCTAssertEqual(buffers.spareTokens.count, 2)
        for _ in 0..<(NameTextBuffers.spareTokenLimit + 5) {
            var sentence = TokenizedSentence("Raqqa was held.")
            sentence.giveBackTokens(to: &buffers)
        }
        XCTAssertEqual(buffers.spareTokens.count, NameTextBuffers.spareTokenLimit)
        let sentence = TokenizedSentence("Abu Kamal fell.", nameBuffers: &buffers)
        XCTAssertEqual(buffers.spareTokens.count, NameTextBuffers.spareTokenLimit - 1)
        XCTAssertEqual(sentence.tokens, TokenizedSentence("Abu Kamal fell.").tokens)
    }

    /// Words scanned for one sentence are never taken for another's, even of the same length.
    func testScannedWordsAreTakenOnlyForTheirSentence() {
        var buffers = NameTextBuffers()
        let first = TokenizedSentence("Abu Kamal fell.", nameBuffers: &buffers)
        let second = TokenizedSentence("Raqqa was held.", nameBuffers: &buffers)
        XCTAssertEqual(first.utf8.count, second.utf8.count)
        let names = NameText("Abu Kamal fell.", sentence: first, buffers: &buffers)
        XCTAssertEqual(names.tokens, NameText("Abu Kamal fell.").tokens)
        XCTAssertEqual(names.folded, NameText("Abu Kamal fell.").folded)
    }
}

/// The lexicon's one look-up gives the word classes `WordClass.table` gives, for class words, grammar words and others.
final class CueLexiconWordClassTests: XCTestCase {
    func testOneLookUpGivesTheWordClassTableClasses() {
        let words = WordClass.wordsAndClasses.map(\.word) + CueLexicon.shared.words
            + ["raqqa", "fighters", "x", "", "abu", "the", "said", "province", "north-eastern", "zzzz"]
        var out = [UInt8](repeating: 0, count: 64)
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) && word.utf8.count <= 64 {
            let bytes = Array(word.utf8)
            let found = out.withUnsafeMutableBufferPointer { out in
                bytes.withUnsafeBufferPointer { CueLexicon.shared.lowercaseCuesAndEntry(ofASCII: $0, writingTo: out, at: 0) }
            }
            let expected = bytes.withUnsafeBufferPointer { CueLexicon.shared.lowercaseCuesAndEntry(ofASCII: $0) }
            XCTAssertEqual(found.wordClass, WordClass.table[NameHash(bytes)] ?? [], word)
            XCTAssertEqual(found.lower, expected.lower, word)
            XCTAssertEqual(found.cues, expected.cues, word)
            XCTAssertEqual(found.entry, expected.entry, word)
        }
    }
}
