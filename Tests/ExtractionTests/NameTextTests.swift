import XCTest
@testable import ClaimExtraction

final class NameTextTests: XCTestCase {
    private func words(_ text: NameText) -> [String] {
        text.tokens.indices.map { text.text(of: $0) }
    }

    /// The words at their Character offsets, read back from the text itself.
    private func slices(_ text: NameText) -> [String] {
        let characters = Array(text.text)
        return text.tokens.map { String(characters[$0.range]) }
    }

    func testWordsApostrophesAndPossessives() {
        let text = NameText("Syria’s army took Al Qa’im; ISIS's fighters fled to Deir ez-Zor’ (and ‘Ana’).")
        XCTAssertEqual(words(text), ["Syria", "army", "took", "Al", "Qa’im", "ISIS", "fighters", "fled", "to", "Deir", "ez",
                                     "Zor", "and", "Ana"])
        XCTAssertEqual(slices(text), words(text))
    }

    func testScalarScanAgreesWithCharacterScan() {
        let texts = [
            "Près de l’aéroport, near Deir ez-Zor’s edge — “Raqqa” and al-Mayādīn.",
            "Line one\r\nLine two:\u{A0}Abu\u{A0}Kamal – the Iraqi–Syrian border; T-4 airbase, 17th Division.",
            "Ḩamāh and Dayr Ḩāfir, Ἀθῆναι, Москва, ʿAyn al-ʿArab, it's 'quoted' `tick`, ISIS’ men.",
            "A’s B's Ab’s x’ Qa’’ a—b ‐ c ‑ d",
        ]
        for source in texts {
            let fast = NameText(source), slow = NameText(source, characterByCharacter: true)
            XCTAssertTrue(fast.scalarsAreCharacters, source)
            XCTAssertEqual(fast.tokens, slow.tokens, source)
            XCTAssertEqual(fast.folded, slow.folded, source)
            XCTAssertEqual(slices(fast), words(fast), source)
        }
    }

    func testCombiningMarksAndEmojiCountAsOneCharacter() {
        // Decomposed accents, a flag and a skin-toned emoji: several scalars per Character.
        let source = "Cafe\u{301} 🇸🇾 👍🏽 near Deir ez-Zor’s edge, Hamah\u{0323}"
        let text = NameText(source)
        XCTAssertFalse(text.scalarsAreCharacters)
        XCTAssertEqual(words(text), ["Cafe\u{301}", "near", "Deir", "ez", "Zor", "edge", "Hamah\u{0323}"])
        XCTAssertEqual(slices(text), words(text))
        XCTAssertEqual(String(decoding: text.foldedBytes(of: 0), as: UTF8.self), "cafe")
    }

    func testSeparatorsThatJoinAName() {
        let text = NameText("Deir ez-Zor, Abu  Kamal; Raqqa - Homs and Iraqi–Syrian")
        let joins = text.tokens.map(\.joinsPrevious)
        // Deir ez-Zor | , Abu␣␣Kamal | ; Raqqa␣-␣Homs␣and␣Iraqi | –Syrian (an en dash is not a hyphen)
        XCTAssertEqual(joins, [false, true, true, false, true, false, true, true, true, false])
        XCTAssertTrue(text.tokens[9].flags.contains(.gapIsEnDash))
        XCTAssertTrue(text.tokens[2].flags.contains(.gapIsHyphen))
    }

    func testWordClassesAreCaseInsensitiveButNeedASCII() {
        let text = NameText("Northern al AL Province of the Āl")
        XCTAssertTrue(text.tokens[0].classes.contains(.direction))
        XCTAssertTrue(text.tokens[1].classes.contains(.leadingArticle))
        XCTAssertTrue(text.tokens[1].flags.contains(.lowercaseASCII))
        XCTAssertTrue(text.tokens[2].classes.contains(.leadingArticle))
        XCTAssertFalse(text.tokens[2].flags.contains(.lowercaseASCII))
        XCTAssertTrue(text.tokens[3].classes.contains(.provinceWord))
        XCTAssertTrue(text.tokens[4].classes.contains(.of))
        XCTAssertTrue(text.tokens[5].classes.contains(.the))
        XCTAssertEqual(text.tokens[6].classes, [], "a word with a diacritic is not the ASCII article")
    }

    func testTokensCarryTheFoldedFormAndFirstWordKey() {
        // Capitalised words carry their key; the others' is worked out when asked: the same either way.
        for source in ["Dayr al-Zawr", "abu kamal and Abu Kamal", "ḥalab and Ḥalab", "3rd division of Şırnak", "the Qa’im"] {
            let text = NameText(source)
            for index in text.tokens.indices {
                let word = text.text(of: index)
                XCTAssertEqual(String(decoding: text.foldedBytes(of: index), as: UTF8.self), Normalizer.folded(word))
                XCTAssertEqual(text.tokens[index].foldedHash, FoldedName(word).foldedHash)
                XCTAssertEqual(text.wordKeyHash(of: index), NameHash(FoldedName(word).firstWordKey.utf8), word)
            }
        }
    }

    func testRecognisersShareOneNameText() {
        let source = "Russian jets struck Deir Ezzor as Putin spoke."
        let text = NameText(source)
        XCTAssertEqual(PlaceRecognizer().recognize(in: text), PlaceRecognizer().recognize(in: source))
        XCTAssertEqual(ActorRecognizer().recognize(in: text).map(\.key), ["actor:russia"])
        XCTAssertEqual(PersonRecognizer().recognize(in: text).map(\.key), ["person:vladimir-putin"])
    }
}
