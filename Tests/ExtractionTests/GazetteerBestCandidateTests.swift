import XCTest
@testable import ClaimExtraction

/// `Gazetteer.best(of:context:where:)` picks, without sorting, what the ranked candidates' first (usable) one is.
final class GazetteerBestCandidateTests: XCTestCase {
    let gazetteer = Gazetteer.shared

    /// Names the ranking must agree on: spellings from the data (every 37th entry's), spellings changed the ways the
    /// press changes them, and hostile text.
    private func names() -> [String] {
        var names: [String] = []
        for position in stride(from: 0, to: gazetteer.entries.count, by: 37) {
            let entry = gazetteer.entries[position]
            for spelling in [entry.name] + entry.aliases.prefix(2) {
                names.append(spelling)
                names.append(spelling.uppercased())
                names.append("al-" + spelling)
                names.append(String(spelling.dropLast()))
                names.append(spelling.replacingOccurrences(of: "a", with: "e"))
                names.append(spelling + "h")
            }
        }
        names += ["Raqqa", "Deir Ezzor", "Deir al-Zour", "Dayr az Zawr", "al-Mayadeen", "Mayadin", "Hasakah", "Hama",
                  "Homs", "Anbar", "Mosul", "Ras al Ayn", "Qaim", "Kupri", "Maskana", "Tel Abyad", "Tal Afar",
                  "Idlib\r\n", "Dar\u{2019}a", "Dara\u{0301}a", "دير الزور", "Raqqa 🇸🇾", "Hama2017", "ḤAMĀ", "", " "]
        return names
    }

    private func same(_ lhs: Gazetteer.Candidate?, _ rhs: Gazetteer.Candidate?, _ message: String) {
        XCTAssertEqual(lhs?.index, rhs?.index, message)
        XCTAssertEqual(lhs?.spelling, rhs?.spelling, message)
        XCTAssertEqual(lhs?.distance, rhs?.distance, message)
        XCTAssertEqual(lhs?.isExact, rhs?.isExact, message)
        XCTAssertEqual(lhs?.alias, rhs?.alias, message)
    }

    func testBestIsTheFirstOfTheRankedCandidates() {
        let contexts = [CountryContext([]), CountryContext(["Syria"]), CountryContext(["Iraq", "Turkey"]), CountryContext(["Israel"])]
        let tests: [(String, (Gazetteer.Candidate) -> Bool)] = [
            ("any", { _ in true }),
            ("by key", { !$0.isExact }),
            ("near", { $0.distance <= 1 }),
            ("no village", { !Gazetteer.shared.index.ranks[$0.index].isVillage }),
            ("abroad", { Gazetteer.shared.entries[$0.index].country != "Syria" }),
        ]
        var compared = 0, withSeveral = 0
        for name in names() {
            for context in contexts {
                let ranked = gazetteer.candidates(for: name, context: context)
                let unranked = gazetteer.candidates(for: name, context: context, ranked: false)
                XCTAssertEqual(ranked.map(\.index).sorted(), unranked.map(\.index).sorted(), name)
                for (label, isUsable) in tests {
                    same(gazetteer.best(of: unranked, context: context, where: isUsable), ranked.first(where: isUsable),
                         "\(name) (\(label))")
                }
                // A reversed list must give the same best: the pick does not depend on the order found.
                same(gazetteer.best(of: unranked.reversed(), context: context), ranked.first, "\(name) (reversed)")
                compared += 1
                if ranked.count > 1 { withSeveral += 1 }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
        XCTAssertGreaterThan(withSeveral, 100, "too few names with several candidates to compare rankings")
    }

    func testRankingIsAStrictTotalOrder() {
        let context = CountryContext(["Syria"])
        for name in names() {
            let found = gazetteer.candidates(for: name, context: context, ranked: false)
            for lhs in found {
                XCTAssertFalse(gazetteer.ranksBefore(lhs, lhs, context: context), name)
                for rhs in found where rhs.index != lhs.index {
                    XCTAssertNotEqual(gazetteer.ranksBefore(lhs, rhs, context: context),
                                      gazetteer.ranksBefore(rhs, lhs, context: context), name)
                }
            }
        }
    }

    func testNoCandidatesHaveNoBest() {
        XCTAssertNil(gazetteer.best(of: [], context: CountryContext([])))
        let found = gazetteer.candidates(for: "Raqqa", context: CountryContext([]), ranked: false)
        XCTAssertFalse(found.isEmpty)
        XCTAssertNil(gazetteer.best(of: found, context: CountryContext([]), where: { _ in false }))
    }
}
