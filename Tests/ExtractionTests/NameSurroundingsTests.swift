import XCTest
@testable import ClaimExtraction

final class NameSurroundingsTests: XCTestCase {
    /// The character range of the first occurrence of `name` in `text`.
    private func range(of name: String, in text: String) -> Range<Int> {
        let found = text.range(of: name)!
        let start = text.distance(from: text.startIndex, to: found.lowerBound)
        return start..<start + name.count
    }

    func testMediaNounsAfterANameMakeItAnOutlet() {
        let text = "Officials told Homs Radio and the Jerusalem Post that Tartus was calm."
        let sentence = TokenizedSentence(text)
        XCTAssertTrue(NameSurroundings.isMediaName(range(of: "Homs", in: text), in: sentence))
        XCTAssertTrue(NameSurroundings.isMediaName(range(of: "Jerusalem", in: text), in: sentence))
        XCTAssertFalse(NameSurroundings.isMediaName(range(of: "Tartus", in: text), in: sentence))
        // A lowercase noun is ordinary prose: "Idlib news" is news from Idlib.
        let prose = "Idlib news was grim."
        XCTAssertFalse(NameSurroundings.isMediaName(range(of: "Idlib", in: prose), in: TokenizedSentence(prose)))
    }

    /// A one-word name followed by a capitalised surname is a person's first name; after a preposition, before a
    /// kind of place, or before a comma it stays a place.
    func testAFirstNameBeforeASurnameIsNoPlace() {
        func firstName(_ name: String, in text: String) -> Bool {
            let sentence = TokenizedSentence(text)
            let r = range(of: name, in: text)
            return NameSurroundings.isFirstNameOfPerson(r, next: NameSurroundings.tokenAfter(r, in: sentence), in: sentence)
        }
        XCTAssertTrue(firstName("Ana", in: "Rebels hit back, and Ana Lopez reported from the scene."))
        XCTAssertTrue(firstName("Mark", in: "The strike was a turning point, said Mark Tal."))
        XCTAssertFalse(firstName("Anah", in: "Troops reached Anah Province on Monday."))
        XCTAssertFalse(firstName("Anah", in: "Fighting spread to Anah Rawa and Qaim."))
        XCTAssertFalse(firstName("Anah", in: "Anah, Rawa and Qaim fell."))
        XCTAssertFalse(firstName("Hit", in: "Hit District was cleared."))
        // A surname with an Arabic article, in either case (until the tenth session only a plain capitalised
        // surname counted, and this line asserted the opposite).
        XCTAssertTrue(firstName("Ana", in: "Ana al-Hassan spoke."))
        XCTAssertTrue(firstName("Ana", in: "Ana Al-Hassan spoke."))
        XCTAssertFalse(firstName("Ana", in: "Troops entered Ana al-Jadida on Monday."), "after a place verb it stays a place")
        XCTAssertFalse(firstName("Sinjar", in: "Fighters from the Sinjar Resistance Units joined."))
        XCTAssertFalse(firstName("Manbij", in: "It is held by Manbij Military Council fighters."))
        XCTAssertFalse(firstName("Yarmouk", in: "Fighting within the Yarmouk Palestinian camp went on."))
    }

    func testAFeatureNamedAfterAPlaceIsNotThePlace() {
        let text = "Engineers inspected the Mosul Dam and the Euphrates Dam, upstream of the Euphrates river."
        let sentence = TokenizedSentence(text)
        XCTAssertTrue(NameSurroundings.isFeatureName(range(of: "Mosul", in: text), in: sentence))
        XCTAssertTrue(NameSurroundings.isFeatureName(range(of: "Euphrates", in: text), in: sentence))
        let river = text.range(of: "Euphrates river")!
        let start = text.distance(from: text.startIndex, to: river.lowerBound)
        XCTAssertFalse(NameSurroundings.isFeatureName(start..<start + 9, in: sentence))
    }

    func testAnOperationNamedAfterANameIsNotIt() {
        let text = "Operation Euphrates Shield ended; the Euphrates shield wall and Raqqa stood."
        let sentence = TokenizedSentence(text)
        XCTAssertTrue(NameSurroundings.isOperationName(range(of: "Euphrates", in: text), in: sentence))
        let lower = text.range(of: "Euphrates shield")!
        let start = text.distance(from: text.startIndex, to: lower.lowerBound)
        XCTAssertFalse(NameSurroundings.isOperationName(start..<start + 9, in: sentence), "a lowercase noun is prose")
        XCTAssertFalse(NameSurroundings.isOperationName(range(of: "Raqqa", in: text), in: sentence))
    }

    func testNamesBeforeAQuarterNounAreQuarters() {
        let text = "Troops cleared the al-Kifah and al-Nur neighbourhoods of Tal Afar and the Old Quarter of Mosul."
        let sentence = TokenizedSentence(text)
        XCTAssertTrue(NameSurroundings.isQuarterName(range(of: "Kifah", in: text), in: sentence))
        XCTAssertTrue(NameSurroundings.isQuarterName(range(of: "Nur", in: text), in: sentence))
        XCTAssertFalse(NameSurroundings.isQuarterName(range(of: "Tal Afar", in: text), in: sentence))
        XCTAssertFalse(NameSurroundings.isQuarterName(range(of: "Mosul", in: text), in: sentence))
        let prose = "Refugees from Manbij filled two neighbourhoods of Raqqa."
        XCTAssertFalse(NameSurroundings.isQuarterName(range(of: "Manbij", in: prose), in: TokenizedSentence(prose)))
    }

    func testWordSetHoldsExactlyItsWords() {
        let nouns: WordSet = ["tv", "radio", "news", "daily", "télé"]
        for word in nouns.words { XCTAssertTrue(nouns.contains(word), word) }
        for word in ["", "t", "TV", "Radio", "radios", "new", "télé ", "tele", "dam", "news\u{301}"] {
            XCTAssertFalse(nouns.contains(word), word)
        }
    }

    func testQuarterListsJoinByShortWordsOnly() {
        // The length tests `isQuarterName` makes before hashing must hold for every word they stand for.
        XCTAssertTrue(NameSurroundings.quarterNouns.allSatisfy { $0.utf8.count >= 7 })
        for joiner in ["and", ",", "-", "’", "'"] + PlaceStopWords.leadingArticles + PlaceStopWords.hyphenOnlyArticles {
            XCTAssertLessThanOrEqual(joiner.utf8.count, 3, joiner)
            XCTAssertTrue(NameSurroundings.isListJoiner(joiner), joiner)
        }
        let text = "Shelling hit the al-Qusur, Sheikh Yasin and ash-Sharqiya ’ quarters; a neighbourhood emptied."
        let sentence = TokenizedSentence(text)
        for name in ["Qusur", "Sheikh Yasin", "Sharqiya"] {
            XCTAssertTrue(NameSurroundings.isQuarterName(range(of: name, in: text), in: sentence), name)
        }
        // A longer lowercase word ends the list: "Raqqa's eastern neighbourhoods" are not named by "Raqqa".
        let prose = "Refugees from Raqqa filled eastern neighbourhoods."
        XCTAssertFalse(NameSurroundings.isQuarterName(range(of: "Raqqa", in: prose), in: TokenizedSentence(prose)))
    }

    func testHashedWordSetsAgreeWithTheSetsTheyStandFor() {
        // `isQuarterName` probes these by hash first; they must answer as the string sets (and `isArticle`) do.
        let words = ["al", "Al", "el", "as", "at", "an", "the", "and", "un", "ul", "", " ", "a", "ash", "as-", "al\u{301}",
                     "ال", "🇸🇾", "quarter", "quarters", "Quarter", "neighbourhood", "neighborhoods", "neighbourhoods\r\n",
                     "quartier", "on", "in", "by", "et", "ez", "adh", "ath", "az-", "’", "'", ",", "-"]
            + Array(PlaceStopWords.leadingArticles) + Array(PlaceStopWords.hyphenOnlyArticles) + Array(NameSurroundings.quarterNouns)
        for word in words {
            XCTAssertEqual(NameSurroundings.articleWords.contains(word), PlaceStopWords.isArticle(word), word)
            XCTAssertEqual(NameSurroundings.quarterNounWords.contains(word), NameSurroundings.quarterNouns.contains(word), word)
        }
    }

    func testListJoinersAreTheJoinerStringsAndTheArticles() {
        // `isListJoiner` packs a word's bytes where it once compared strings; it must answer as the comparisons did.
        func byStrings(_ lower: String) -> Bool {
            lower == "and" || lower == "," || lower == "-" || lower == "’" || lower == "'" || PlaceStopWords.isArticle(lower)
        }
        let words = ["and", "And", "an", "a", "", ",", ",,", "-", "–", "’", "‘", "'", "\"", "al", "al\u{0}", "\u{0}al",
                     "ash", "as", "asx", "the", "or", "e\u{301}", "é", "ال", "🇸🇾", "\r\n", "\u{0}", "’s", "and ", " and",
                     "andy", "el-", "ad", "adh", "ud", "ut", "ur", "et", "es", "er"]
            + Array(PlaceStopWords.leadingArticles) + Array(PlaceStopWords.hyphenOnlyArticles)
        for word in words {
            XCTAssertEqual(NameSurroundings.isListJoiner(word), byStrings(word), word)
        }
    }

    func testWordSetFirstByteFilterKeepsEveryWordOfAnyLength() {
        // The length-and-first-byte filter must pass every word of the set, long, short, empty or not ASCII.
        let words: Set<String> = ["", "a", "é", "ال", "🇸🇾", "\u{0}", "neighbourhoods-and-more-words", "dam", "lake", "?x", "x"]
        let set = WordSet(words)
        for word in words { XCTAssertTrue(set.contains(word), word) }
        for word in ["b", "A", "e", "ل", "neighbourhoods-and-more-wordz", "da", "Dam", "\u{40}x", "\u{1}"] {
            XCTAssertFalse(set.contains(word), word)
        }
    }

    func testOtherThingsNamesLookUpTheirNextWordOnceForBothTests() {
        // `isOtherThingsName` rules out a word missing from `otherNameNouns` before the lowercase feature test.
        XCTAssertTrue(NameSurroundings.featureNouns.words.isSubset(of: NameSurroundings.otherNameNouns.words))
        let text = "Water rose behind the Mosul dam and the Tabqa reservoir, not Raqqa dam, while Homs radio and the Idlib lake"
        let sentence = TokenizedSentence(text)
        for name in ["Mosul", "Tabqa", "Raqqa", "Homs", "Idlib"] {
            let range = range(of: name, in: text)
            let next = NameSurroundings.tokenAfter(range, in: sentence)
            let expected = ["Mosul", "Tabqa", "Idlib"].contains(name)
            XCTAssertEqual(NameSurroundings.isOtherThingsName(range, next: next, in: sentence), expected, name)
            XCTAssertEqual(NameSurroundings.isLowercaseFeature(range, next: next, in: sentence), expected, name)
        }
    }

    func testTokenAfterIsTheFirstTokenAtOrAfterTheEnd() {
        // Binary search over the tokens' starts must find what a walk from the first token finds.
        let texts = ["Officials told Homs Radio and the Jerusalem Post that Tartus was calm near the Mosul Dam.",
                     "Deir ez-Zor TV\r\nLake Assad’s 12km-long shore, قال 🇸🇾 e\u{301}té 3,500 “quoted” …",
                     "x", "", "   ", "Raqqa"]
        for text in texts {
            let sentence = TokenizedSentence(text)
            let length = text.count
            for lower in 0...length {
                for upper in lower...length + 1 {
                    let walked = sentence.tokens.firstIndex(where: { $0.start >= upper })
                    XCTAssertEqual(NameSurroundings.tokenAfter(lower..<upper, in: sentence), walked, "\(text) \(upper)")
                }
            }
        }
    }

    func testExtractionKeepsTownsAndDropsQuartersThatShareTheirNames() {
        let doc = ClaimExtractor().extract(TestArticle.make(["Fighting reached the al-Kifah and al-Nur neighbourhoods of Tal Afar in 2017."], published: nil))
        let names = doc.claims.first?.placeKeys.compactMap { ClaimExtractor().catalog.place(forKey: $0)?.name } ?? []
        XCTAssertTrue(names.contains { $0.contains("Afar") }, "\(names)")
        XCTAssertFalse(names.contains { $0.contains("Kufa") || $0.contains("Nūr") }, "\(names)")
    }

    /// The tests given the word after a name, found once, answer what each finds on its own.
    func testTestsGivenTheNextWordAgreeWithTheirOwnLookUp() {
        let texts = ["Officials told Homs Radio and the Jerusalem Post that Tartus was calm near the Mosul Dam.",
                     "Operation Euphrates Shield and Jazeera storm, the coalition of parties, the al-Kifah and al-Nur neighbourhoods",
                     "Deir ez-Zor TV Lake Assad Radio\r\nDaily, Ḥalab Media Center’s the Coalition Of Raqqa Storm",
                     ""]
        for text in texts {
            let sentence = TokenizedSentence(text)
            let length = text.count
            for lower in 0...length {
                for upper in lower...min(length, lower + 24) {
                    let range = lower..<upper
                    let next = NameSurroundings.tokenAfter(range, in: sentence)
                    let separately = NameSurroundings.isMediaName(range, in: sentence)
                        || NameSurroundings.isFeatureName(range, in: sentence)
                        || NameSurroundings.isOperationName(range, in: sentence)
                    XCTAssertEqual(NameSurroundings.isOtherThingsName(range, next: next, in: sentence), separately, "\(text) \(range)")
                    XCTAssertEqual(NameSurroundings.isOperationName(range, next: next, in: sentence),
                                   NameSurroundings.isOperationName(range, in: sentence))
                    XCTAssertEqual(NameSurroundings.isQuarterName(range, next: next, in: sentence),
                                   NameSurroundings.isQuarterName(range, in: sentence))
                    XCTAssertEqual(NameSurroundings.isFollowed(next: next, by: "of", in: sentence),
                                   NameSurroundings.isFollowed(range, by: "of", in: sentence))
                }
            }
        }
    }
}
