import XCTest
@testable import ClaimExtraction

/// Place rules made once with the gazetteer (`Gazetteer.aliasRule(of:)`) read as the rule written out per match did:
/// `alias 'ALIAS' (SOURCE)` of the candidate's own spelling and entry.
final class GazetteerAliasRuleTests: XCTestCase {
    private func expectedRule(_ gazetteer: Gazetteer, _ candidate: Gazetteer.Candidate) -> String {
        "alias '\(candidate.alias)' (\(gazetteer.source(of: candidate.index)))"
    }

    /// Every spelling of every entry, looked up as written: exact and key candidates alike name their own spelling.
    func testEverySpellingsCandidatesCarryTheirRule() {
        let gazetteer = Gazetteer.shared
        var checked = 0
        for entry in gazetteer.entries {
            for spelling in [entry.name] + entry.aliases {
                for candidate in gazetteer.candidates(for: spelling, countryContext: []) {
                    XCTAssertEqual(gazetteer.aliasRule(of: candidate), expectedRule(gazetteer, candidate), spelling)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, gazetteer.entries.count)
    }

    /// A small gazetteer of two sources, with spellings that fold alike and hostile text.
    func testRulesFollowEachEntrysSourceAndSpelling() throws {
        let first = "k1\tDayr az Zawr\ttown\tSyria\t\t35.3\t40.1\t1000\tDeir ez-Zor|Dēr ez-Zōr|دير الزور\n"
            + "k2\tMa’arrat al-Nu’man\ttown\tSyria\t\t35.6\t36.7\t500\tMaarat al Numan\n"
        let second = "k3\tAl\u{301}eppo 🚀\tcity\tSyria\t\t36.2\t37.1\t2000000\tHalab|Ḩalab\n"
        let gazetteer = Gazetteer(tables: [GazetteerTable(tsv: first, source: "one"), GazetteerTable(tsv: second, source: "two")],
                                  aliasAdditions: "k2\tMaarrat an-Numan|Ma'arrat al-Nu'man\n")
        for written in ["Deir ez-Zor", "Der ez-Zor", "دير الزور", "Dayr az-Zawr", "Deir al-Zour", "Maarrat an-Numan",
                        "Ma'arrat al-Nu'man", "MAARAT AL NUMAN", "Halab", "Ḩalab", "Aleppo", "Al\u{301}eppo 🚀"] {
            for candidate in gazetteer.candidates(for: written, countryContext: []) {
                XCTAssertEqual(gazetteer.aliasRule(of: candidate), expectedRule(gazetteer, candidate), written)
            }
        }
        let exact = try XCTUnwrap(gazetteer.candidates(for: "Maarrat an-Numan", countryContext: []).first)
        XCTAssertEqual(gazetteer.aliasRule(of: exact), "alias 'Maarrat an-Numan' (one)")
        let halab = try XCTUnwrap(gazetteer.candidates(for: "Ḩalab", countryContext: []).first)
        // "Ḩalab" folds as "Halab" does: the first spelling of that form is the one named.
        XCTAssertEqual(gazetteer.aliasRule(of: halab), "alias 'Halab' (two)")
    }

    /// Place matches in running text say which spelling of which source they matched.
    func testRecognisedPlacesNameTheirSpellingAndSource() {
        let places = PlaceRecognizer().recognize(in: "Shelling hit Deir ez-Zor, Raqqa and al-Mayadeen on Sunday.")
        XCTAssertEqual(places.count, 3)
        for place in places where !place.rule.hasPrefix("translit key") {
            XCTAssertTrue(place.rule.hasPrefix("alias '") && (place.rule.hasSuffix("(GeoNames)") || place.rule.hasSuffix("(supplement)")),
                          place.rule)
        }
    }
}
