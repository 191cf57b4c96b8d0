import XCTest
@testable import ClaimExtraction

final class PersonRecognizerTests: XCTestCase {
    let recognizer = PersonRecognizer()

    private func keys(_ text: String) -> [String] {
        recognizer.recognize(in: text).map(\.key)
    }

    func testFullNamesSurnamesAndTitles() {
        XCTAssertEqual(keys("Presidents Trump and Putin spoke."), ["person:donald-trump", "person:vladimir-putin"])
        XCTAssertEqual(keys("President Assad met Haider al-Abadi."), ["person:bashar-al-assad", "person:haider-al-abadi"])
    }

    /// Officials of 2015–2022 the coverage quotes, by full name and by the spellings the press uses.
    func testMinistersAndCommandersOfTheLaterWar() {
        XCTAssertEqual(keys("Ash Carter and Hulusi Akar met Javad Zarif."),
                       ["person:ash-carter", "person:hulusi-akar", "person:javad-zarif"])
        XCTAssertEqual(keys("Mevlüt Çavuşoğlu called Mustafa Kadhimi."), ["person:mevlut-cavusoglu", "person:mustafa-al-kadhimi"])
        // Two Barzanis: the full names tell them apart.
        XCTAssertEqual(keys("Masrour Barzani and Nechirvan Barzani spoke."), ["person:masrour-barzani", "person:nechirvan-barzani"])
    }

    func testLongestMatchIsOneMention() throws {
        let matches = recognizer.recognize(in: "Its leader Ibrahim Abu Bakr Al-Baghdadi spoke.")
        XCTAssertEqual(matches.count, 1)
        XCTAssertEqual(matches.first?.matched, "Ibrahim Abu Bakr Al-Baghdadi")
    }

    func testUnseenTransliterations() {
        XCTAssertEqual(keys("Abu Bakr al-Bagdadi was reported alive."), ["person:abu-bakr-al-baghdadi"])
        XCTAssertEqual(keys("General Qassem Soleimany visited the front."), ["person:qasem-soleimani"])
    }

    func testCommonGivenNameAloneIsNobody() {
        XCTAssertEqual(keys("Hassan said nothing."), [])
        XCTAssertEqual(keys("Analyst Hassan Hassan disagreed."), ["person:hassan-hassan"])
    }

    func testRolesAreSet() {
        for entry in PersonRecognizer.entries {
            XCTAssertFalse(entry.role.isEmpty, entry.key)
            XCTAssertEqual(StandardCatalog.shared.person(forKey: entry.key), entry)
        }
    }
}
