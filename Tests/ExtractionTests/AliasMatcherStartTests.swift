import XCTest
@testable import ClaimExtraction

/// Where `AliasMatcher` tries a match: a lowercase word that is no article begins only lowercase aliases,
/// and a matcher reading another matcher's key streams (one `SpanScratch` per sentence) finds what it
/// finds alone.
final class AliasMatcherStartTests: XCTestCase {
    private func keys(_ matches: [EntityMatch]) -> [String] { matches.map { "\($0.key)=\($0.matched)" } }

    func testLowercaseWordsBeginOnlyLowercaseAliases() {
        let mixed = AliasMatcher(aliases: [(entryKey: "guards", alias: "border guards"), (entryKey: "army", alias: "Free Army"),
                                           (entryKey: "fsa", alias: "FSA"), (entryKey: "div", alias: "17th Division")])
        XCTAssertEqual(keys(mixed.matches(in: NameText("Then border guards and free army men and fsa units left."), source: "t")),
                       ["guards=border guards"])
        XCTAssertEqual(keys(mixed.matches(in: NameText("The Free Army, the 17th Division and the FSA, with Border Guards."),
                                          source: "t")),
                       ["army=Free Army", "div=17th Division", "fsa=FSA", "guards=Border Guards"])
        // Without lowercase aliases no lowercase word begins a match, but a capitalised one still does.
        let capitalised = AliasMatcher(aliases: [(entryKey: "guards", alias: "Border Guards"), (entryKey: "army", alias: "Free Army")])
        XCTAssertEqual(keys(capitalised.matches(in: NameText("border guards and free army; Border Guards and Free Army."), source: "t")),
                       ["guards=Border Guards", "army=Free Army"])
        // An article ("the", "al-") may begin a capitalised alias, whatever the case of the words after it.
        let withArticle = AliasMatcher(aliases: [(entryKey: "sham", alias: "al-Sham Front"), (entryKey: "house", alias: "The House")])
        XCTAssertEqual(keys(withArticle.matches(in: NameText("the al-Sham Front and the House met; al-sham front"), source: "t")),
                       ["sham=al-Sham Front", "house=the House", "sham=al-sham front"])
    }

    func testSecondMatcherReadingKeptStreamsFindsWhatItFindsAlone() {
        // Keyed aliases (two words or more) in both matchers, so both stream keys from many shared start words,
        // more than a sentence keeps, some past the steps kept.
        let groups = AliasMatcher(aliases: [(entryKey: "jfs", alias: "Jabhat Fatah al-Sham"), (entryKey: "hts", alias: "Hayat Tahrir al-Sham"),
                                            (entryKey: "ji", alias: "Jaysh al-Islam"), (entryKey: "abu", alias: "Abu Bakr Brigade"),
                                            (entryKey: "tfb", alias: "Tahrir Front Brigade")])
        let people = AliasMatcher(aliases: [(entryKey: "julani", alias: "Abu Mohammad al-Julani"), (entryKey: "hafez", alias: "Hafez Jabhat"),
                                            (entryKey: "bakr", alias: "Abu Bakr al-Baghdadi"), (entryKey: "hayat", alias: "Hayat Tahrir Qassem"),
                                            (entryKey: "tq", alias: "Tahrir Qassem"), (entryKey: "tqf", alias: "Tahrir Qassem Force")])
        let sentences = [
            "Jabhat Fateh al Sham, Hayat Tahreer al-Sham, Jaish al Islam, Abou Bakr Brigade and Abu Mohamed al Jolani met.",
            "Abu Bakr al Bagdadi Abu Bakr Brigade Hafez Jabhat Fatah al-Sham Hayat Tahrir Qasem Jabhat Hayat Abu Jaysh Al Islam",
            "Hayat Hayat Hayat Tahrir Tahrir al al al-Sham Jabhat al-Sham Abu Abu Mohammad Mohammad al-Julani al-Julani",
            // Found only by key, over steps the other matcher kept: the second, the third, and past them.
            "Then Tahreer Qasem spoke.", "Later Hayat Tahreer Qasem came.", "Abou Bakr al Bagdadi.", "So Tahreer Qasem Force left.",
        ]
        var found = 0
        for sentence in sentences {
            let text = NameText(sentence)
            for order in [[groups, people], [people, groups]] {
                var shared = SpanScratch(for: text)
                for matcher in order {
                    let alone = matcher.matches(in: text, source: "t")
                    XCTAssertEqual(matcher.matches(in: text, source: "t", scratch: &shared), alone, sentence)
                    found += alone.count
                }
            }
        }
        XCTAssertGreaterThan(found, 12)
    }
}
