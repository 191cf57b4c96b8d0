import XCTest
@testable import ClaimExtraction

/// A sentence that is not plain ASCII but has a character per scalar takes the one-pass scan (`SimpleTextNames`): its
/// grammar tokens must be the general tokenizer's and its name words those `NameText` finds on its own.
final class SimpleTextNamesTests: XCTestCase {
    private let simpleSentences = [
        "Près de Raqqa, l’armée syrienne — Qa’im’s edge – and Dayr az‑Zawr held.",
        "“Deir al-Zour” Syria’s O'Brien’s d`Arc x' Qa'' it’s they’ll rebels’ positions ‘quoted’ words",
        "Raqqa\u{A0}city\u{2011}centre and İstanbul’s ΣΟΦΙΑ, Ǆemal, 10km² and 3½ or ½km and ²x",
        "Ḩamāh and Dayr\u{A0}Ḩāfir, ʿAyn al-ʿArab 1,500 fighters; Ţarţūs, Şaydnāyā and Al Qā’im…",
        "Straße — “Abu Kamal” (al-Bukamal) said: “2017’s toll was 1,200.” Москва and Κύπρος",
        "x’y a’b a’’b ’a ’ab’ ab’c’d ’’ ʿa ʾb ʼc a‘b 9’a a9’b 9,999th 19th May 12ab 7ème",
        "ab\u{2009}cd\u{202F}ef\u{2003}gh é1 1é é’s É É’ Ā Ḩ ḩ Ş ş ī",
        "Tabs\tand\u{0B}vertical\u{0C}feeds\nend — “fin”", "…", "é", "’", "“", "a—b", "—Abu",
    ]
    /// Not a character per scalar (or a carriage return): the general scans.
    private let otherSentences = [
        "Cafe\u{301} Zoe\u{308} in Mosul; 👩‍👩‍👧 family, ✋🏽 hand, e\u{301}\u{302} marks",
        "Line one\r\nLine two: Abu Kamal – the Iraqi-Syrian border\r\n", "الرقة ودير الزور 2017 and Aleppo",
        "ﬁnal ﬂag and 🇸🇾 Syria", "Raqqa’s\r\n“edge”", "ideographic\u{3000}space", "Straße ﬁ — “Abu”",
    ]

    private func assertSeparateViews(_ text: String, buffers: inout NameTextBuffers, expectOnePass: Bool?,
                                     file: StaticString = #filePath, line: UInt = #line) {
        let sentence = TokenizedSentence(text, nameBuffers: &buffers)
        if let expectOnePass {
            XCTAssertEqual(buffers.scannedBytes != nil, expectOnePass, text, file: file, line: line)
        }
        XCTAssertEqual(sentence.tokens, WordTokenizer.tokenize(text), text, file: file, line: line)
        XCTAssertEqual(sentence.tokens, TokenizedSentence(text).tokens, text, file: file, line: line)
        var names = NameText(text, sentence: sentence, buffers: &buffers)
        let alone = NameText(text)
        XCTAssertEqual(names.tokens, alone.tokens, text, file: file, line: line)
        XCTAssertEqual(names.folded, alone.folded, text, file: file, line: line)
        XCTAssertEqual(names.scalarsAreCharacters, alone.scalarsAreCharacters, text, file: file, line: line)
        XCTAssertEqual(names.firstDot, alone.firstDot, text, file: file, line: line)
        buffers.recycle(&names)
    }

    func testSimpleSentencesGiveTheSeparateViews() {
        var buffers = NameTextBuffers()
        for text in simpleSentences { assertSeparateViews(text, buffers: &buffers, expectOnePass: true) }
        for text in otherSentences { assertSeparateViews(text, buffers: &buffers, expectOnePass: false) }
        // Again, after other text has used the buffers.
        for text in simpleSentences.reversed() { assertSeparateViews(text, buffers: &buffers, expectOnePass: true) }
    }

    func testRandomUnicodeGivesTheSeparateViews() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Z", "ll", "'", "’", "‘", "`", "ʿ", "s", "1", "9", ",", ".", " ", "\u{A0}", "\t", "\n", "-",
                      "–", "—", "“", "”", "…", "½", "²", "é", "É", "ī", "Ḩ", "ş", "ß", "Σ", "ж", "said", "Will",
                      "000", "th", "KM", "(", "Abu", "Hamah", "al", "Deir", "ine", "O’", "x’’", "İ", "\u{2011}", "%",
                      "ʼ", "ʾ", "\u{2009}", "€", "™"]
        var buffers = NameTextBuffers()
        for _ in 0..<3000 {
            let count = Int.random(in: 0..<30, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            assertSeparateViews(text, buffers: &buffers, expectOnePass: nil)
        }
    }

    /// The one-pass scan trusts that no scalar it accepts joins the one before it into one `Character`.
    func testAcceptedScalarsNeverExtendACharacter() {
        for value in UInt32(0x80)..<0x2C00 where NameText.isSingleCharacterScalar(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            XCTAssertEqual(text.count, 3, String(value, radix: 16))
        }
    }
}

/// The tokenizer answers for U+2010–U+2027 without reading their properties (white space, letter, extender,
/// lowercase mapping): they must be what it assumes.
final class GeneralPunctuationMarkTests: XCTestCase {
    func testMarksAreNoSpaceNoLetterNoExtender() {
        var marks = 0
        for value in UInt32(0x80)..<0x3000 where WordTokenizer.isGeneralPunctuationMark(value) {
            let scalar = Unicode.Scalar(value)!
            marks += 1
            XCTAssertFalse(scalar.properties.isWhitespace, String(value, radix: 16))
            XCTAssertFalse(scalar.properties.isAlphabetic, String(value, radix: 16))
            XCTAssertFalse(scalar.properties.isGraphemeExtend, String(value, radix: 16))
            XCTAssertFalse(scalar.properties.changesWhenLowercased, String(value, radix: 16))
            XCTAssertTrue(NameText.isSingleCharacterScalar(value), String(value, radix: 16))
            XCTAssertEqual(("a" + String(Character(scalar)) + "b").count, 3, String(value, radix: 16))
        }
        XCTAssertEqual(marks, 0x18)
        XCTAssertFalse(WordTokenizer.isGeneralPunctuationMark(0x200F))
        XCTAssertFalse(WordTokenizer.isGeneralPunctuationMark(0x2028))
    }

    /// Text full of them tokenizes as the character-by-character reading says (words, marks, spaces).
    func testTextWithMarksTokenizesAlike() {
        for text in ["“Raqqa”—held ‘x’ a‐b a–b…c • d ‚e‛ „f‟ † ‡ ‥ ‧ ’s", "—", "a—", "“1,500”"] {
            let tokens = WordTokenizer.tokenize(text)
            let characters = Array(text)
            XCTAssertEqual(tokens.last?.end ?? 0, characters.lastIndex { !$0.isWhitespace }.map { $0 + 1 } ?? 0, text)
            for token in tokens where token.kind == .punctuation {
                XCTAssertEqual(token.end - token.start, 1, text)
                XCTAssertFalse(characters[token.start].isLetter, text)
            }
        }
    }
}
