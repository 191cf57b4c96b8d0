import XCTest
@testable import ClaimExtraction

/// `GrammarWordMap` and `GrammarWordSet` must answer as the `Dictionary` and `Set` they replace, for every string, including
/// strings that equal a stored word under canonical equivalence without sharing its bytes.
final class GrammarWordTableTests: XCTestCase {
    private let stored: [String: Int] = [
        "to": 1, "and": 2, "-": 3, "–": 4, "—": 5, "£": 6, "café": 7, "k": 8, ";": 9, "square km": 10, "": 11,
    ]

    /// Stored words, the same in other case, in other normal forms and near misses.
    private var probes: [String] {
        [
            "to", "To", "TO", "and", "andd", "an", "-", "–", "—", "−", "£", "€", "café", "cafe\u{301}", "Café", "cafe",
            "k", "K", "\u{212A}", ";", "\u{37E}", "square km", "square  km", "square", "", " ", "to\r\n", "to\u{301}",
            "km", "kms", "2017", "a’s", "a's", "\u{FEFF}to",
        ]
    }

    func testMapAnswersAsTheDictionary() {
        let map = GrammarWordMap(stored)
        for probe in probes + Array(stored.keys) {
            XCTAssertEqual(map[probe], stored[probe], "\(probe.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testSetAnswersAsTheSet() {
        let words = Set(stored.keys)
        let set = GrammarWordSet(words)
        for probe in probes + Array(words) {
            XCTAssertEqual(set.contains(probe), words.contains(probe), "\(probe.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A stored word that is not ASCII but equals an ASCII text (the Kelvin sign, the Greek question mark) is found
    /// by that ASCII text, as the dictionary finds it.
    func testStoredWordWithAnASCIITwin() {
        let stored = ["\u{212A}m": 1, "\u{37E}": 2, "é": 3]
        let map = GrammarWordMap(stored)
        for probe in ["Km", "km", "KM", "\u{212A}m", ";", "\u{37E}", "é", "e\u{301}", "e"] {
            XCTAssertEqual(map[probe], stored[probe], probe)
        }
    }

    /// The grammar tables kept their entries.
    func testGrammarTablesKeepTheirWords() {
        XCTAssertEqual(FigureLexicon.units["fighters"], "fighters")
        XCTAssertEqual(FigureLexicon.units["kilometre"], "km")
        XCTAssertNil(FigureLexicon.units["Fighters"])
        XCTAssertEqual(NumberGrammar.scales["million"], 1_000_000)
        XCTAssertTrue(FigureLexicon.labels.contains("division"))
        XCTAssertTrue(FigureExtractor.rangeJoiners.contains("–"))
        XCTAssertFalse(FigureExtractor.rangeJoiners.contains("−"))
        XCTAssertEqual(FigureLexicon.currencySigns["£"], "pounds")
    }
}
