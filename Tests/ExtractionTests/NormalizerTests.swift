import XCTest
@testable import ClaimExtraction

final class NormalizerTests: XCTestCase {
    /// Spellings of one name share a key; none of these lists is taken from the gazetteer data.
    func testTransliterationVariantsShareAKey() {
        let groups: [[String]] = [
            ["Deir Ezzor", "Deir al-Zour", "Dayr az Zawr", "Deir ez-Zor", "Deir El Zor", "Dair az-Zaur", "DEIR EZZOR"],
            ["Raqqa", "Raqqah", "al-Raqqah", "Ar-Raqqa", "Ar Raqqah", "Al Raqa"],
            ["Mayadin", "al-Mayadeen", "Al Mayādīn", "Mayadine", "el-Meyadin"],
            ["Al-Qaim", "al-Qaem", "Al Qā’im", "al-Qa'im", "Al Kaim"],
            ["Abu Kamal", "al-Bu Kamal", "Albu Kamal", "Ālbū Kamāl", "Abou Kemal"],
            ["Deir Hafer", "Dayr Hafir", "Dayr Ḩāfir", "Deir Hafir"],
            ["Hasakah", "Al-Hasakeh", "Hassakeh", "al-Hasaka"],
            ["Hezbollah", "Hizbollah", "Hizballah"],
        ]
        for group in groups {
            let keys = Set(group.map(Normalizer.key))
            XCTAssertEqual(keys.count, 1, "\(group) → \(group.map(Normalizer.key))")
        }
    }

    func testDifferentNamesKeepDifferentKeys() {
        let names = ["Raqqa", "Deir Ezzor", "Homs", "Hama", "Hamas", "Mosul", "Tadmur", "Palmyra", "Aleppo", "Idlib"]
        XCTAssertEqual(Set(names.map(Normalizer.key)).count, names.count)
    }

    func testFoldedRemovesCaseDiacriticsApostrophesAndSeparators() {
        XCTAssertEqual(Normalizer.folded("Al Qā’im"), "al qaim")
        XCTAssertEqual(Normalizer.folded("Deir  al-Zour"), "deir al zour")
        XCTAssertEqual(Normalizer.folded("Dayr ‘Aţīyah"), "dayr atiyah")
    }

    func testLoneArticleIsKeptSoItCannotMatchEverything() {
        XCTAssertFalse(Normalizer.key("Al").isEmpty)
        XCTAssertNotEqual(Normalizer.key("Al"), Normalizer.key("Al Raqqa"))
    }

    func testArticleBeforeGluedFormIsNotStrippedTwice() {
        // "al-Assafir": the written article protects the word's own vowel.
        XCTAssertEqual(Normalizer.key("Dayr al-Assafir"), Normalizer.key("Deir el Asafir"))
        XCTAssertNotEqual(Normalizer.key("Dayr al-Assafir"), Normalizer.key("Dayr Safir"))
    }
}
