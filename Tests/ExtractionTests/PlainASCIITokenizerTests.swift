import XCTest
@testable import ClaimExtraction

/// The byte tokenizer for plain ASCII sentences against the general tokenizer's ASCII path, and every word's
/// lexicon entry against its lowercase form.
final class PlainASCIITokenizerTests: XCTestCase {
    private let sentences = [
        "", " ", "x", "7", ".", "They'll hold it, THEY'LL say; it'll fall.", "We'LL see; O'Neill's men'll go. x'",
        "1,500 to 2,000 fighters (10km away) left on 19th May 2016.", "The 3.5% rise, 1,23 and 1,2345 were figures; 1.2.3 and 4.",
        "a1b2 12ab 7th 2nd 100s #3 09:30 $30bn 2m 1,000,000 1,0000 12,345.67 .5 5. 3KM 10Km", "Tabs\tand\u{0B}vertical\u{0C}feeds\nend",
        "WILL Will will; MAY May may. IF If if, Said said SAID, According to reports sources.", "'quoted' \"words\" ''x'' 'll",
        "A very_long_wordwithoutanybreakatallinsideitwhatsoever and more @user [x] {y} ~z^ `q` |p| \\ /",
        "ISIS-held al-Bab: 300-400? No - 300 - 400! Raqqa... U.S.-backed SDF",
    ]

    func testPlainASCIITokensAreTheGeneralASCIIPathTokens() {
        for sentence in sentences {
            let bytes = Array(sentence.utf8)
            XCTAssertEqual(WordTokenizer.tokenizePlainASCII(bytes), WordTokenizer.tokenizeASCII(bytes), sentence)
        }
    }

    func testRandomASCIITokenizesAsTheGeneralPath() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Z", "ll", "'", "q", "1", "9", ",", ".", " ", "\t", "-", "%", "said", "Will", "000", "th", "KM", "(", "!"]
        for _ in 0..<400 {
            let sentence = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(sentence.utf8)
            XCTAssertEqual(WordTokenizer.tokenizePlainASCII(bytes), WordTokenizer.tokenizeASCII(bytes), sentence)
        }
    }

    /// A word has an entry exactly when its lowercase form is a lexicon word, and the entry names that word;
    /// numbers and marks have none. Both tokenizer paths (ASCII or not) must agree.
    func testEntriesNameTheLowercaseWord() {
        let lexicon = CueLexicon.shared
        let texts = sentences + [
            "Près de l’aéroport, Ḩamāh — “Raqqa” SAID officials; they’ll attack, İstanbul KELVIN \u{212A}elvin ESTIMATED.",
            "Captured, RECAPTURED and Killed: the Siege was lifted; reportedly ÉCOLE",
        ]
        for text in texts {
            for token in TokenizedSentence(text).tokens {
                if token.kind == .word, let position = lexicon.words.firstIndex(of: token.lower) {
                    XCTAssertEqual(token.entry, Int32(position), token.lower)
                } else {
                    XCTAssertEqual(token.entry, WordToken.noEntry, token.lower)
                }
            }
        }
    }

    func testCueKindsFollowTheirWords() {
        for (position, word) in CueLexicon.shared.words.enumerated() {
            XCTAssertEqual(ModalityClassifier.cueKinds[position], ModalityClassifier.CueKind(word), word)
        }
        XCTAssertEqual(ModalityClassifier.CueKind("if"), .if)
        XCTAssertEqual(ModalityClassifier.CueKind("claimed"), .passiveReport)
        XCTAssertEqual(ModalityClassifier.CueKind("ifs"), .other)
    }

    func testYearTextsAreTheYearsFormatted() {
        for year in [-5, 0, 7, 999, 1899, 1900, 1999, 2017, 2099, 2100, 12_345] {
            XCTAssertEqual(ClaimExtractor.yearText(year), String(year))
        }
    }
}
