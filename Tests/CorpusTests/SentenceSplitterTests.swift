import XCTest
@testable import ClaimCorpus

final class SentenceSplitterTests: XCTestCase {
    func testAbbreviationsInitialsAndNumbers() {
        let text = "The U.S. said 1,500 fighters remain near Manbij. Gen. Smith agreed with Dr. Jones on 2.5 km. Sami J. Haddad disagreed."
        XCTAssertEqual(SentenceSplitter.split(text), [
            "The U.S. said 1,500 fighters remain near Manbij.",
            "Gen. Smith agreed with Dr. Jones on 2.5 km.",
            "Sami J. Haddad disagreed.",
        ])
    }

    /// Abbreviations in capitals or beside non-ASCII words, and long words that are no abbreviation.
    func testAbbreviationsInAnyCaseAndLongWords() {
        XCTAssertEqual(SentenceSplitter.split("Reports reached GEN. Smith in Raqqa. APPROX. 300 fighters left.").count, 2)
        XCTAssertEqual(SentenceSplitter.split("They reached Ar-Raqqah. Then Müller Co. Ltd. Reported it.").count, 2)
        XCTAssertEqual(SentenceSplitter.split("Fighters held Dayr az-Zawr. Salim reached Mayādīn. Then it fell.").count, 3)
    }

    /// Military ranks before a name do not end a sentence, alone or stacked.
    func testRanksBeforeNames() {
        let text = "The army said so. Brig. Gen. Ali Haddad said 300 left. Adm. Kerr and Cpl. Reyes agreed."
        XCTAssertEqual(SentenceSplitter.split(text), [
            "The army said so.",
            "Brig. Gen. Ali Haddad said 300 left.",
            "Adm. Kerr and Cpl. Reyes agreed.",
        ])
    }

    func testQuotationsStayWhole() {
        let text = "He asked, “Can we hold? Yes, we can.” Then the shelling resumed."
        XCTAssertEqual(SentenceSplitter.split(text), ["He asked, “Can we hold? Yes, we can.”", "Then the shelling resumed."])
    }

    func testIntroducingColonStartsAClause() {
        let text = "Here is what the commander told reporters: The bridge is ours. We move at dawn."
        XCTAssertEqual(SentenceSplitter.split(text).count, 3)
        XCTAssertEqual(SentenceSplitter.split("Note: short").count, 1)
    }

    func testLowercaseAfterAbbreviationDoesNotSplit() {
        XCTAssertEqual(SentenceSplitter.split("I wrote on 19th January 2016 – ie. shortly after the war began.").count, 1)
    }

    func testQuestionAndExclamation() {
        XCTAssertEqual(SentenceSplitter.split("Who holds the dam? Nobody knows! It changes daily.").count, 3)
    }
}
