/// What a lowercase word is to the recognisers' rules (an article, an English word, a direction …),
/// looked up once per word when a `NameText` is built. Built from the word lists in
/// `PlaceStopWords`, `Normalizer` and `ActorDictionary`, so those lists stay the single definition.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// `PlaceStopWords.leadingArticles`: al, el, ash … (may start a name in lowercase).
    static let leadingArticle = WordClass(rawValue: 1 << 0)
    /// `PlaceStopWords.hyphenOnlyArticles`: as, at, an … (English words too; articles only when hyphenated).
    static let hyphenOnlyArticle = WordClass(rawValue: 1 << 1)
    /// `Normalizer.articleWords`.
    static let arabicArticle = WordClass(rawValue: 1 << 2)
    static let namePrefix = WordClass(rawValue: 1 << 3)
    static let english = WordClass(rawValue: 1 << 4)
    static let demonym = WordClass(rawValue: 1 << 5)
    static let connector = WordClass(rawValue: 1 << 6)
    /// `PlaceStopWords.borderAdjectives` keys (`syrian`, `iraq` …).
    static let borderAdjective = WordClass(rawValue: 1 << 7)
    /// border, borders, frontier, boundary.
    static let borderNoun = WordClass(rawValue: 1 << 8)
    /// province, governorate, countryside and their plurals.
    static let provinceWord = WordClass(rawValue: 1 << 9)
    static let plural = WordClass(rawValue: 1 << 10)
    static let desert = WordClass(rawValue: 1 << 11)
    static let of = WordClass(rawValue: 1 << 12)
    /// and, or, of: words a list of provinces may continue over.
    static let listWord = WordClass(rawValue: 1 << 13)
    static let the = WordClass(rawValue: 1 << 14)
    /// northern, east, south-western … (one word of a direction phrase).
    static let direction = WordClass(rawValue: 1 << 15)
    /// north, south: may precede another direction (`north eastern`).
    static let northOrSouth = WordClass(rawValue: 1 << 16)
    /// `ActorDictionary.speechVerbs`.
    static let speechVerb = WordClass(rawValue: 1 << 17)
    /// Lowercase forms of `ActorDictionary.speakingCapitals` (the written word must match exactly).
    static let speakingCapital = WordClass(rawValue: 1 << 18)
    /// `ActorDictionary.lowercaseAliases`: an actor some outlets write in lower case ("the peshmerga").
    static let lowercaseActor = WordClass(rawValue: 1 << 19)

    var isArticle: Bool { !isDisjoint(with: [.leadingArticle, .hyphenOnlyArticle]) }

    static func of(_ lowercaseHash: NameHash) -> WordClass {
        table[lowercaseHash] ?? []
    }

    /// The direction words of `PlacePhrase`.
    static let directionWords: [String] = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
        "south-western", "rural",
    ]

    /// Every lowercase word some class names, with that class (a word named by several lists comes once per list).
    static let wordsAndClasses: [(word: String, wordClass: WordClass)] = {
        var pairs: [(word: String, wordClass: WordClass)] = []
        func add<Words: Sequence>(_ words: Words, _ wordClass: WordClass) where Words.Element == String {
            for word in words { pairs.append((word, wordClass)) }
        }
        add(PlaceStopWords.leadingArticles, .leadingArticle)
        add(PlaceStopWords.hyphenOnlyArticles, .hyphenOnlyArticle)
        add(Normalizer.articleWords, .arabicArticle)
        add(PlaceStopWords.prefixes, .namePrefix)
        add(PlaceStopWords.english, .english)
        add(PlaceStopWords.demonyms, .demonym)
        add(PlaceStopWords.connectors, .connector)
        add(PlaceStopWords.borderAdjectives.keys, .borderAdjective)
        add(["border", "borders", "frontier", "boundary"], .borderNoun)
        add(PlacePhrase.provinceWords, .provinceWord)
        add(PlacePhrase.provinceWords.filter { $0.hasSuffix("s") }, .plural)
        add(["desert"], .desert)
        add(["of"], .of)
        add(["and", "or", "of"], .listWord)
        add(["the"], .the)
        add(directionWords, .direction)
        add(["north", "south"], .northOrSouth)
        add(ActorDictionary.speechVerbs, .speechVerb)
        add(ActorDictionary.speakingCapitals.keys.map { $0.lowercased() }, .speakingCapital)
        add(ActorDictionary.lowercaseAliases.keys, .lowercaseActor)
        return pairs
    }()

    /// Lowercase-word hash → classes (`NameText` reads it once per text; `CueLexicon` holds the same classes).
    static let table: NameTable<WordClass> = {
        var table = NameTable<WordClass>(minimumCapacity: 1024)
        for (word, wordClass) in wordsAndClasses {
            let hash = NameHash(word.utf8)
            table[hash] = (table[hash] ?? []).union(wordClass)
        }
        return table
    }()
}
