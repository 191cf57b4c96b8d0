import XCTest
@testable import ClaimCorpus

/// A byline names one to three people of two to four capitalised words, joined by "and", "&" or commas, after a "by"
/// that at most two capitalised words precede.
final class BylinePeopleTests: XCTestCase {
    func testPeopleOfTwoToFourCapitalisedWords() {
        XCTAssertEqual(Boilerplate.byline("By Rana Odeh & Karim Nasser")?.author, "Rana Odeh & Karim Nasser")
        XCTAssertEqual(Boilerplate.byline("Kirkuk by Rana Odeh:")?.author, "Rana Odeh")
        XCTAssertEqual(Boilerplate.byline("BY Rana Al Haj Odeh")?.author, "Rana Al Haj Odeh")
        XCTAssertEqual(Boilerplate.byline("By Åsa Öberg and Émile Durand")?.author, "Åsa Öberg and Émile Durand")
        XCTAssertEqual(Boilerplate.byline("By Rana Odeh, Karim Nasser, Lea Berg")?.author, "Rana Odeh, Karim Nasser, Lea Berg")
    }

    func testOtherShapesAreNoByline() {
        for line in ["By Rana", "By Rana Maria de la Odeh", "By Rana Odeh, karim Nasser", "By Rana Odeh and",
                     "By Rana Odeh,", "kirkuk by Rana Odeh", "By Rana Odeh, Karim Nasser, Lea Berg and Sam Cole",
                     "By Rana Odeh and and Karim Nasser", "By Rana Odeh , Karim Nasser", "By Rana A B C D"] {
            XCTAssertNil(Boilerplate.byline(line), line)
        }
    }

    /// The byte reading of an ASCII part against the reading by characters.
    func testASCIIPartsReadAsCharactersReadThem() {
        let parts = ["By Rana Odeh", "by rana odeh", "BY Rana Al Haj Odeh", "Kirkuk by Rana Odeh:", "Kirkuk Iraq by Rana Odeh",
                     "Kirkuk Iraq Now by Rana Odeh", "kirkuk by Rana Odeh", "By Rana Odeh & Karim Nasser", "By Rana Odeh and Karim Nasser",
                     "By Rana Odeh AND Karim Nasser", "By Rana Odeh, Karim Nasser, Lea Berg", "By Rana Odeh, karim Nasser",
                     "By Rana Odeh,", "By Rana Odeh , Karim Nasser", "By  Rana   Odeh", " By Rana Odeh ", "By Rana,Odeh Nasser",
                     "By R, Odeh", "By ,", "By", "by", "", ":", "::By Rana Odeh::", "By Rana Odeh and", "By Rana Odeh and and Karim Nasser",
                     "By Rana A B C D", "By Rana Maria de la Odeh", "By \rRana Odeh", "By Rana\r Odeh", "Bye Rana Odeh", "By Rana &Odeh",
                     "By Rana Odeh && Karim Nasser", "By 1 2", "By [Rana] Odeh", "By Rana Odeh, Karim Nasser, Lea Berg and Sam Cole",
                     String(repeating: "By Rana Odeh ", count: 7)]
        for part in parts {
            let head = part.trimmingCharacters(in: ":")
            XCTAssertEqual(Boilerplate.author(inBylinePart: part), Boilerplate.authorByCharacters(inHead: head), part)
        }
        XCTAssertEqual(Boilerplate.author(inBylinePart: "By Rana  Odeh"), "Rana Odeh")
    }
}
