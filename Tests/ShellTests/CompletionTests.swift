import XCTest
@testable import ClaimShell

final class CompletionTests: XCTestCase {
    private var files: [String: [DirectoryEntry]] = [
        ".": [DirectoryEntry(name: "report.cq", isDirectory: false), DirectoryEntry(name: "articles", isDirectory: true),
              DirectoryEntry(name: ".hidden", isDirectory: false)],
        "articles/": [DirectoryEntry(name: "one.txt", isDirectory: false), DirectoryEntry(name: "two.html", isDirectory: false)],
    ]

    private func context(saved: [String] = ["recent"]) -> CompletionContext {
        let backend = RecordingBackend()
        backend.saved = saved
        let files = self.files
        return CompletionContext(
            kinds: backend.kindNames, savedNames: saved, metaCommands: MetaCommands.completionEntries,
            fields: { kind in kind.map { backend.fieldNames(kind: $0) } ?? ["id", "place", "type", "year", "name"] },
            valueStyle: { _, field in backend.valueStyle(kind: "claims", field: field) },
            values: { _, field in backend.completionValues(kind: "claims", field: field) },
            key: RecordingBackend.key,
            listDirectory: { files[$0] ?? [] })
    }

    private func complete(_ line: String, cursor: Int? = nil, saved: [String] = ["recent"]) -> [Candidate] {
        Completion.complete(line: line, cursor: cursor ?? line.unicodeScalars.count, context: context(saved: saved))
    }

    private func replacements(_ line: String) -> [String] { complete(line).map(\.replacement) }

    func testLineStartOffersKindsStartersAndSavedNames() {
        let words = Set(replacements(""))
        XCTAssertTrue(words.isSuperset(of: ["claims", "places", "documents", "count", "let", "timeline", "recent"]))
        XCTAssertEqual(replacements("cl"), ["claims"])
        XCTAssertEqual(replacements("re"), ["recent"])
        XCTAssertEqual(replacements("co"), ["count"])
    }

    func testAfterKindOffersClauses() {
        XCTAssertEqual(complete("claims wh"), [Candidate("where", start: 7)])
        XCTAssertEqual(Set(replacements("claims ")), ["where", "order by", "group by", "limit", "select"])
        XCTAssertEqual(replacements("recent w"), ["where"])
    }

    func testTimelineOffersItsClausesAndClaimsFields() {
        XCTAssertEqual(Set(replacements("timeline ")), ["where", "limit", "claims", "recent"])
        XCTAssertEqual(Set(replacements("timeline claims ")), ["where", "limit"])
        XCTAssertEqual(replacements("timeline where ty"), ["type"])
        XCTAssertEqual(Set(replacements("timeline where year = 2017 ")), ["and", "or", "limit"])
    }

    func testFieldsAfterWhereAndConnectives() {
        XCTAssertEqual(replacements("claims where pl"), ["place"])
        XCTAssertEqual(replacements("claims where year = 2017 and ty"), ["type"])
        XCTAssertEqual(replacements("claims where (y"), ["year"])
        XCTAssertEqual(replacements("places where na"), ["name"])
        XCTAssertTrue(replacements("claims where ").contains("place"))
    }

    func testQuotedPlaceValuesCloseTheQuote() {
        let candidates = complete(#"claims where place = "Ra"#)
        XCTAssertEqual(candidates, [Candidate("Raqqa", start: 22, append: "\"")])
    }

    func testValueWithoutQuoteInsertsOne() {
        let candidates = complete("claims where place = Raq")
        XCTAssertEqual(candidates, [Candidate("\"Raqqa", start: 21, append: "\"")])
    }

    func testValuesMatchAnyAliasAndTheTransliterationKey() {
        XCTAssertEqual(replacements(#"claims where place = "deir"#), ["Deir ez-Zor"], "one spelling per place: the canonical name")
        XCTAssertEqual(replacements(#"claims where place = "Alep"#), ["Aleppo"], "aliases sharing the prefix do not compete")
        XCTAssertEqual(replacements(#"claims where place = "dayr a"#), ["Dayr az Zawr"], "the alias being typed")
        XCTAssertEqual(replacements(#"claims where place = "Deir al"#), ["Deir al-Zour"])
        // Typed without the hyphen: matched by the key, not by the literal prefix.
        XCTAssertEqual(replacements(#"claims where place = "deirez"#), ["Deir ez-Zor"])
        XCTAssertEqual(replacements(#"claims where place = "hal"#), ["Ḩalab"])
        XCTAssertEqual(replacements(#"claims where place = "ar r"#), ["Ar Raqqah"])
    }

    func testEnumerationValuesAreBare() {
        XCTAssertEqual(complete("claims where type = ca").map(\.replacement), ["capture", "casualties"])
        XCTAssertEqual(complete("claims where type = si").first?.appendCharacter, " ")
    }

    func testFieldsWithoutValuesOfferNothing() {
        XCTAssertEqual(complete("claims where year = 20"), [])
    }

    func testAfterACompleteConditionOffersConnectors() {
        XCTAssertEqual(Set(replacements(#"claims where place = "Raqqa" "#)), Set(Completion.connectors))
        XCTAssertEqual(replacements("claims where type = siege o"), ["or", "order by"])
    }

    func testOrderAndGroupBy() {
        XCTAssertEqual(replacements("claims order b"), ["by"])
        XCTAssertEqual(replacements("claims order by ye"), ["year"])
        XCTAssertEqual(replacements("claims select id, ty"), ["type"])
    }

    func testCountAndLetTakeKinds() {
        XCTAssertEqual(replacements("count pl"), ["places"])
        XCTAssertEqual(replacements("let big = cl"), ["claims"])
        XCTAssertEqual(replacements("let bi"), [])
    }

    func testOnlyTheStatementAfterTheLastSemicolonCounts() {
        XCTAssertEqual(replacements("claims; pla"), ["places"])
    }

    func testMetaCommandNames() {
        XCTAssertEqual(replacements(".he"), [".help", ".headers"])
        XCTAssertEqual(replacements(".hi"), [".history"])
        XCTAssertTrue(replacements(".").contains(".quit"))
        XCTAssertFalse(replacements(".").contains(".sleep"), "hidden test aid stays out of completion")
    }

    func testMetaCommandArguments() {
        XCTAssertEqual(replacements(".mode js"), ["json", "jsonl"])
        XCTAssertEqual(replacements(".headers o"), ["on", "off"])
        XCTAssertEqual(replacements(".schema cl"), ["claims"])
        XCTAssertEqual(replacements(".help sch"), ["schema"])
    }

    func testFilePathsForReadLoadOutputOnce() {
        XCTAssertEqual(complete(".read re"), [Candidate("report.cq", start: 6)])
        XCTAssertEqual(complete(".load art"), [Candidate("articles/", start: 6, append: nil)])
        XCTAssertEqual(replacements(".load articles/t"), ["articles/two.html"])
        XCTAssertEqual(Set(replacements(".output ")), ["report.cq", "articles/"], "hidden files only when asked for")
        XCTAssertEqual(replacements(".once .h"), [".hidden"])
    }

    func testExplainCompletesTheQueryAfterIt() {
        XCTAssertEqual(complete(".explain claims wh"), [Candidate("where", start: 16)])
    }

    func testCursorAndStartCountUnicodeScalars() {
        // "Ḩ" is one scalar but three UTF-8 bytes: indices must count scalars.
        let line = #"claims where place = "Ḩalab" and ty"#
        let candidates = complete(line)
        XCTAssertEqual(candidates, [Candidate("type", start: line.unicodeScalars.count - 2)])
    }

    func testCursorInsideTheLineIgnoresTextAfterIt() {
        XCTAssertEqual(complete("claims wh limit 5", cursor: 9), [Candidate("where", start: 7)])
    }
}

final class LibeditMatchesTests: XCTestCase {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    func testCandidateAtLibeditsWordIsUsedAsIs() {
        let result = LibeditMatches.matches(line: scalars("claims wh"), wordStart: 7, candidates: [Candidate("where", start: 7)])
        XCTAssertEqual(result.matches, ["where"])
        XCTAssertEqual(result.append, " ")
    }

    func testCandidateStartingLaterKeepsTheTextBetween() {
        // libedit does not break on `~`; completion does.
        let result = LibeditMatches.matches(line: scalars("text ~wo"), wordStart: 5, candidates: [Candidate("word", start: 6)])
        XCTAssertEqual(result.matches, ["~word"])
    }

    func testQuotedNameWithSpaceReplacesOnlyLibeditsWord() {
        // libedit's word is "ez" (it breaks on the space); the candidate starts after the quote.
        let line = scalars(#"place = "deir ez"#)
        let result = LibeditMatches.matches(line: line, wordStart: 14,
                                            candidates: [Candidate("Deir Ezzor", start: 9, append: "\"")])
        XCTAssertEqual(result.matches, ["Ezzor"])
        XCTAssertEqual(result.append, "\"")
    }

    func testCandidateThatWouldRewriteEarlierWordsIsDropped() {
        let line = scalars(#"place = "dayr az"#)
        let result = LibeditMatches.matches(line: line, wordStart: 14,
                                            candidates: [Candidate("Deir ez-Zor", start: 9, append: "\"")])
        XCTAssertEqual(result.matches, [])
    }

    func testSeveralMatchesUseASpaceAndDropDuplicates() {
        let result = LibeditMatches.matches(line: scalars(".he"), wordStart: 0,
                                            candidates: [Candidate(".help", start: 0), Candidate(".headers", start: 0),
                                                         Candidate(".help", start: 0)])
        XCTAssertEqual(result.matches, [".help", ".headers"])
    }
}

final class CompletionValueOrderTests: XCTestCase {
    private func values(_ typed: String) -> [String] {
        let actors = [CompletionValue("Syrian Army", aliases: ["Syrian Arab Army", "SAA"]),
                      CompletionValue("Syrian Democratic Forces", aliases: ["SDF"]),
                      CompletionValue("Syrian opposition"), CompletionValue("Syria")]
        let context = CompletionContext(
            kinds: ["claims"], savedNames: [], metaCommands: [], fields: { _ in ["actor"] },
            valueStyle: { _, _ in .quoted }, values: { _, _ in actors }, key: Self.consonants, listDirectory: { _ in [] })
        return Completion.matchingValues(typed, kind: "claims", field: "actor", context: context)
    }

    /// As loose as the real key: letters only, vowels dropped.
    private static func consonants(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter && !"aeiou".contains($0) })
    }

    /// A transliteration key is loose ("Syrian A" and "Syrian D" share the key of "Syrian"): spellings that
    /// start with the typed text win, so Tab never offers a set whose common start cuts what was typed.
    func testSpellingsStartingWithTheTypedTextComeBeforeKeyMatches() {
        XCTAssertEqual(values("Syrian A"), ["Syrian Army"])
        XCTAssertEqual(values("syrian d"), ["Syrian Democratic Forces"])
        XCTAssertEqual(Set(values("Syria")), ["Syrian Army", "Syrian Democratic Forces", "Syrian opposition", "Syria"])
        XCTAssertEqual(values("sa"), ["SAA"])
        // With no spelling starting so, the key still finds one.
        XCTAssertEqual(values("Syrn Dem"), ["Syrian Democratic Forces"])
    }
}
