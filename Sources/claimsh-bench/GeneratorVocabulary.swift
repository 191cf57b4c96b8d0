import ClaimExtraction

/// The names and phrases generated articles are made of: places, actors and people from the extraction
/// catalogues (so the recognisers meet real aliases), and hand-written phrase lists in the seeds' register.
struct GeneratorVocabulary {
    /// Each place as its spellings, canonical name first; the most newsworthy first.
    let places: WeightedPicker<[String]>
    let actors: WeightedPicker<[String]>
    let people: [[String]]

    /// Built from the gazetteer and the actor and person dictionaries; deterministic (their order is fixed).
    static func standard() -> GeneratorVocabulary {
        let wanted: Set<String> = ["city", "town", "governorate", "crossing", "oil field", "airport", "base", "region",
                                   "neighbourhood", "river"]
        let candidates = Gazetteer.shared.entries.filter { entry in
            (entry.country == "Syria" || entry.country == "Iraq") && wanted.contains(entry.kind)
        }
        // Curated places and big towns first: they are the ones the news keeps naming.
        let ranked = candidates.sorted { a, b in
            let pa = a.population ?? (a.key.hasPrefix("sup:") ? 500_000 : 0)
            let pb = b.population ?? (b.key.hasPrefix("sup:") ? 500_000 : 0)
            return pa != pb ? pa > pb : a.key < b.key
        }.prefix(400)
        let places = ranked.map { spellings(name: $0.name, aliases: $0.aliases) }
        let actors = ActorRecognizer.entries.filter { $0.kind != "news source" }
            .map { spellings(name: $0.name, aliases: $0.aliases.filter(isProperName)) }
        let people = PersonRecognizer.entries.map { spellings(name: $0.name, aliases: $0.aliases) }
        return GeneratorVocabulary(places: WeightedPicker(places, exponent: 0.9),
                                   actors: WeightedPicker(actors, exponent: 0.8),
                                   people: people.isEmpty ? [["a local official"]] : people)
    }

    /// Names written in Latin letters, as an English-language article would print them.
    private static func spellings(name: String, aliases: [String]) -> [String] {
        var result = [name]
        for alias in aliases where alias != name && isPrintable(alias) && isProperName(alias) && !result.contains(alias) {
            result.append(alias)
        }
        return result
    }

    /// Every word capitalised, or an Arabic article (`al-`, `ad-`, `el`) or `of`/`and`: "Deir ez-Zor" yes,
    /// "Lungsod ng Baghdad" (a Tagalog alternate name) no. Demonyms (`Iraqi`, `Syrians`) are not names to
    /// act in a sentence either.
    private static func isProperName(_ name: String) -> Bool {
        let lowercaseWords: Set<String> = ["al", "el", "ad", "ar", "as", "az", "ash", "at", "an", "ez", "es", "ed", "of", "and", "the", "bin", "ibn"]
        let words = name.split(separator: " ")
        let wordsOK = words.allSatisfy { word in
            word.first?.isUppercase == true || lowercaseWords.contains(String(word.split(separator: "-").first ?? word).lowercased())
        }
        let demonym = words.count == 1 && (name.hasSuffix("i") || name.hasSuffix("an") || name.hasSuffix("ans") || name.hasSuffix("ese"))
        return wordsOK && !demonym
    }

    private static func isPrintable(_ name: String) -> Bool {
        name.count >= 3 && name.unicodeScalars.allSatisfy { scalar in
            (scalar.value < 0x250 && (scalar.properties.isAlphabetic || " -'’.".unicodeScalars.contains(scalar)))
        }
    }

    // MARK: Phrases

    static let outlets = ["The Levant Monitor", "Euphrates Daily", "Gulf Wire", "The Frontline Review", "Middle East Observer",
                          "Desert Dispatch", "The Tigris Times", "Regional Affairs Weekly"]
    static let authors = ["Sarah Whitfield", "Omar Haddad", "James Keller", "Lina Mansour", "Peter Osborne", "Rami Khalil",
                          "Anna Brooks", "Tom Hartley"]
    static let agencies = ["the Syrian Observatory for Human Rights", "SANA", "Reuters", "AFP", "the Associated Press",
                           "Amaq", "Rudaw", "Al-Masdar News", "local activists", "a military source"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let relativeTimes = ["last month", "last week", "last year", "earlier this year", "two years ago",
                                "three months ago", "yesterday", "this week", "in recent days"]
    static let qualifiers = ["at least", "about", "nearly", "more than", "up to", "as many as", "around", "over"]
    static let units = ["fighters", "civilians", "soldiers", "troops", "people", "families", "militants", "residents"]

    /// Lines a scraped page carries around the article body.
    static let disclaimers = [
        "The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of this site.",
        "This site does not give financial, investment or medical advice.",
        "Sign up for our newsletter to get the latest updates.",
    ]
    static let widgets = ["Advertisement", "Share", "Tweet", "Email", "Print", "12 comments", "340 shares"]
    static let fillers = [
        "The situation on the ground remains fluid.",
        "Details could not be independently verified.",
        "The road has been closed to traffic for weeks.",
        "Humanitarian groups have warned of shortages of food and medicine.",
        "Communications in the area remain patchy.",
    ]
}
