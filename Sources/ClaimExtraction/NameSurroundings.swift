/// What the word right after a recognised name says about it, beyond the dictionaries:
/// "Al-Sumaria TV" is a channel, not the town its name sounds like.
enum NameSurroundings {
    /// Capitalised nouns that make the name before them part of an outlet's name ("Anadolu Agency",
    /// "Jerusalem Post", "Aleppo Media Center").
    static let mediaNouns: WordSet = [
        "tv", "television", "channel", "radio", "news", "agency", "network", "newspaper", "daily", "times", "post",
        "herald", "media", "press", "broadcasting", "broadcaster", "gazette", "tribune", "telegraph",
    ]

    /// Capitalised nouns that make the name before them a feature named after it, somewhere else: the Euphrates
    /// Dam is not the river, the Mosul Dam is 40 km from Mosul.
    static let featureNouns: WordSet = ["dam", "lake", "reservoir"]

    /// Lower-case last words of a listed two-word name that make it a feature however short: "the Mosul dam", "the
    /// T4 base". (Only for an exact alias: a place before "base" is otherwise still the place.)
    static let aliasFeatureNouns: WordSet = WordSet(featureNouns.words.union(["base", "airbase", "airport", "prison", "field"]))

    /// The last words of military operations' names: "Euphrates Shield", "Jazeera Storm", "Olive Branch".
    static let operationNouns: WordSet = ["storm", "shield", "spring", "branch", "dawn", "resolve", "wrath", "sword", "claw", "fury"]

    /// Media, feature and operation nouns in one set: a place's next word is looked up once for the three.
    static let otherNameNouns: WordSet = WordSet(mediaNouns.words.union(featureNouns.words).union(operationNouns.words))

    /// The first token that starts at or after the end of `range` (character offsets): the word the tests here read,
    /// found once per name.
    static func tokenAfter(_ range: Range<Int>, in sentence: TokenizedSentence) -> Int? {
        // Tokens come in text order (their starts never decrease), so the first one at or after the name's end is
        // where that order crosses it: a binary search, not a walk from the sentence's start for every name.
        let tokens = sentence.tokens
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start >= range.upperBound { high = middle } else { low = middle + 1 }
        }
        return low < tokens.count ? low : nil
    }

    /// `isMediaName || isFeatureName || isOperationName`, reading the word after the name once; `next` is
    /// `tokenAfter(range, in: sentence)`.
    static func isOtherThingsName(_ range: Range<Int>, next: Int?, in sentence: TokenizedSentence) -> Bool {
        // Both tests want an adjacent word of `otherNameNouns` (`featureNouns` is part of it): looked up once here,
        // so the word after most places is hashed once, not twice.
        guard let next, sentence.tokens[next].start - range.upperBound <= 1,
              otherNameNouns.contains(sentence.tokens[next].lower) else { return false }
        return isFollowedByCapitalised(range, next: next, from: otherNameNouns, in: sentence)
            || isLowercaseFeature(range, next: next, in: sentence)
    }

    /// "the Mosul dam", "the Tabqa dam": after "the", a feature noun names the feature even in lower case.
    static func isLowercaseFeature(_ range: Range<Int>, next: Int?, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        guard let next, tokens[next].start - range.upperBound <= 1, featureNouns.contains(tokens[next].lower),
              let first = tokens.firstIndex(where: { $0.start >= range.lowerBound }), first > 0 else { return false }
        return tokens[first - 1].lower == "the"
    }

    /// Whether a capitalised operation noun follows the name in `range` ("Operation Euphrates Shield" is no river, "Jazeera
    /// Storm" no television channel).
    static func isOperationName(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        isOperationName(range, next: tokenAfter(range, in: sentence), in: sentence)
    }

    /// The same, `next` being `tokenAfter(range, in: sentence)`.
    static func isOperationName(_ range: Range<Int>, next: Int?, in sentence: TokenizedSentence) -> Bool {
        isFollowedByCapitalised(range, next: next, from: operationNouns, in: sentence)
    }

    /// Whether the name in `range` ends an operation's title of the form "Wrath of Euphrates", "Dawn of Idlib": a
    /// capitalised operation noun and "of" right before it.
    static func isOperationTitle(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        guard let first = tokenAfter(range.lowerBound..<range.lowerBound, in: sentence), first >= 2,
              tokens[first].start == range.lowerBound, tokens[first - 1].lower == "of" else { return false }
        let noun = tokens[first - 2]
        return noun.kind == .word && noun.isCapitalized && operationNouns.contains(noun.lower)
    }

    /// Whether a capitalised media noun follows the name in `range` (character offsets).
    static func isMediaName(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        isFollowedByCapitalised(range, from: mediaNouns, in: sentence)
    }

    /// Whether a capitalised feature noun follows the name in `range` ("Euphrates Dam").
    static func isFeatureName(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        isFollowedByCapitalised(range, from: featureNouns, in: sentence)
    }

    private static func isFollowedByCapitalised(_ range: Range<Int>, from nouns: WordSet, in sentence: TokenizedSentence) -> Bool {
        isFollowedByCapitalised(range, next: tokenAfter(range, in: sentence), from: nouns, in: sentence)
    }

    private static func isFollowedByCapitalised(_ range: Range<Int>, next: Int?, from nouns: WordSet,
                                                in sentence: TokenizedSentence) -> Bool {
        // The adjacency test first, and the word hashed in place.
        guard let next, sentence.tokens[next].start - range.upperBound <= 1,
              nouns.contains(sentence.tokens[next].lower) else { return false }
        return sentence.text(of: sentence.tokens[next].start..<sentence.tokens[next].end).first?.isUppercase == true
    }

    /// Whether the one-word name in `range` is followed, right after a space, by a capitalised word that names no
    /// kind of place and nothing else, with no preposition before it: a person's first name and surname ("Ana Lopez
    /// reported", "said Mark Tal"), not the village that shares the first name. "In Anah Province", "near Hit City"
    /// and "Anah, Rawa" keep the place.
    static func isFirstNameOfPerson(_ range: Range<Int>, next: Int?, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        guard let next, next >= 1, tokens[next].kind == .word, tokens[next].spaceBefore,
              tokens[next].start - range.upperBound == 1, tokens[next - 1].end == range.upperBound else { return false }
        // The surname's last token: the name after an Arabic article and a hyphen ("Salman al-Jumaili", "Ana
        // Al-Hassan"), or a capitalised word.
        let surnameEnd: Int
        if AttributionScanner.nameArticles.contains(tokens[next].lower + "-"), tokens.lower(at: next + 1) == "-",
           next + 2 < tokens.count,
           tokens[next + 2].kind == .word, tokens[next + 2].isCapitalized, !tokens[next + 2].spaceBefore {
            surnameEnd = next + 2
        } else if tokens[next].isCapitalized {
            guard !placeKindWords.contains(tokens[next].lower), !otherNameNouns.contains(tokens[next].lower),
                  !quarterNouns.contains(tokens[next].lower) else { return false }
            surnameEnd = next
        } else {
            return false
        }
        // The surname ends there only if no hyphen or capitalised word continues it ("Ana Al-Hassan").
        guard tokens.lower(at: surnameEnd + 1) != "-" else { return false }
        guard let first = tokens.firstIndex(where: { $0.start == range.lowerBound }) else { return false }
        // One word: the name is the token itself.
        guard first == next - 1 else { return false }
        if first > 0, placePrepositions.contains(tokens[first - 1].lower) || articles.contains(tokens[first - 1].lower) { return false }
        // A third capitalised word makes it a name of something else ("Manbij Military Council").
        if surnameEnd + 1 < tokens.count, tokens[surnameEnd + 1].kind == .word, tokens[surnameEnd + 1].isCapitalized { return false }
        return true
    }

    /// Whether the one-word name in `range` stands between a person's given name and surname: "a lawmaker, Karwan Hama
    /// Amin, said". Both neighbours are capitalised words that name no kind of place, the name ends after the surname,
    /// and the words before the given name are no run of capitals (a headline: "Army Retakes Hama Airbase").
    static func isMiddleNameOfPerson(_ range: Range<Int>, next: Int?, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        guard let next, next >= 2, tokens[next - 1].end == range.upperBound, tokens[next - 1].start == range.lowerBound,
              tokens[next].kind == .word, tokens[next].isCapitalized, tokens[next].spaceBefore,
              tokens[next].start - range.upperBound == 1 else { return false }
        let given = next - 2
        let surname = next
        guard tokens[given].kind == .word, tokens[given].isCapitalized, tokens[next - 1].spaceBefore,
              !placeKindWords.contains(tokens[surname].lower), !otherNameNouns.contains(tokens[surname].lower),
              !quarterNouns.contains(tokens[surname].lower), !placePrepositions.contains(tokens[given].lower),
              !articles.contains(tokens[given].lower), !WordClass.directionWords.contains(tokens[given].lower) else { return false }
        // The surname ends the name, and no capitalised word stands before the given name.
        if surname + 1 < tokens.count, tokens[surname + 1].kind == .word, tokens[surname + 1].isCapitalized { return false }
        if given >= 1, tokens[given - 1].kind == .word, tokens[given - 1].isCapitalized { return false }
        return true
    }

    /// "the Sinjar Resistance Units", "the Yarmouk Palestinian camp": a name after an article is no person's.
    static let articles: Set<String> = ["the", "a", "an"]

    /// Words after a name that make it a place's name ("Anah Province", "Hit District").
    static let placeKindWords: Set<String> = [
        "province", "governorate", "city", "town", "village", "district", "subdistrict", "region", "countryside",
        "river", "valley", "plain", "plains", "mountain", "mountains", "desert", "basin", "airport", "airbase", "base",
        "crossing", "border", "camp", "road", "highway", "bridge", "square", "market", "prison", "front", "pocket",
        "area", "heights", "hills", "oil", "gas", "field", "fields", "dam", "lake", "canal", "island",
    ]

    /// Words before a name that place something there, so the name is a place's.
    static let placePrepositions: Set<String> = [
        "in", "near", "from", "to", "of", "at", "around", "outside", "toward", "towards", "into", "across", "inside",
        "through", "via", "between", "on", "beyond", "north", "south", "east", "west", "reach", "reached", "entered",
        "took", "captured", "retook", "seized", "besieged", "shelled", "held", "holds",
    ]

    /// Nouns after which a list of names are a city's quarters ("the al-Kifah and al-Nur neighbourhoods").
    static let quarterNouns: Set<String> = [
        "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters",
    ]

    /// Whether the name in `range` (character offsets) heads, alone or in a list of names, a quarter noun:
    /// "the al-Kifah and al-Nur neighbourhoods", "Hay al-Askari quarter". Such a name is a quarter's, not the
    /// town or village elsewhere that shares it.
    static func isQuarterName(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        isQuarterName(range, next: tokenAfter(range, in: sentence), in: sentence)
    }

    /// The same, `next` being `tokenAfter(range, in: sentence)`.
    static func isQuarterName(_ range: Range<Int>, next: Int?, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        guard var next else { return false }
        let limit = next + 10
        while next < tokens.count, next < limit {
            // Fields read in place (a token holds strings), and lengths before hashing: every quarter noun
            // has 7 bytes or more, every joiner 3 or fewer.
            let length = tokens[next].lower.utf8.count
            if length >= 7 && quarterNounWords.contains(tokens[next].lower) { return true }
            // Other names of the list, their articles and joiners.
            guard tokens[next].isCapitalized || (length <= 3 && isListJoiner(tokens[next].lower)) else { return false }
            next += 1
        }
        return false
    }

    /// "and", a comma, hyphen or apostrophe, or an article: what joins the names of a list of quarters.
    static func isListJoiner(_ lower: String) -> Bool {
        listJoiners.contains(lower)
    }

    /// What `isListJoiner` accepts, all of 3 bytes or fewer: "and", the marks, and the articles.
    static let listJoiners = ShortWordSet(Set(["and", ",", "-", "’", "'"]).union(articleWords.words))

    /// `quarterNouns` probed by `NameHash` first: most words after a place are no quarter noun.
    static let quarterNounWords = WordSet(quarterNouns)

    /// The articles `PlaceStopWords.isArticle` knows, probed by `NameHash` first: most short words after a place
    /// ("on", "in", "by") are none, which the hash probe tells without the two sets' string hashing.
    static let articleWords = WordSet(PlaceStopWords.leadingArticles.union(PlaceStopWords.hyphenOnlyArticles))

    /// Whether the word right after `range` (character offsets) is `word` (lowercase).
    static func isFollowed(_ range: Range<Int>, by word: String, in sentence: TokenizedSentence) -> Bool {
        isFollowed(next: tokenAfter(range, in: sentence), by: word, in: sentence)
    }

    /// The same, `next` being `tokenAfter(range, in: sentence)`.
    static func isFollowed(next: Int?, by word: String, in sentence: TokenizedSentence) -> Bool {
        guard let next else { return false }
        return sentence.tokens.lower(at: next) == word
    }
}

/// A few lowercase words, looked up by their `NameHash` first: the word after every place is looked up, and most
/// are none of them, which a hash probe tells without hashing the string as a `Set` does (the set confirms a hit).
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    let words: Set<String>
    private let hashes: NameTable<Bool>
    /// Per byte length (the last slot for all longer words), a bit per first byte (modulo 64) of the set's words:
    /// a word whose length and first byte no word of the set shares is told apart without hashing it.
    private let firstBytesByLength: [UInt64]

    init(arrayLiteral words: String...) {
        self.init(Set(words))
    }

    init(_ words: Set<String>) {
        self.words = words
        var hashes = NameTable<Bool>(minimumCapacity: words.count)
        for word in words { hashes[NameHash(word.utf8)] = true }
        self.hashes = hashes
        var firstBytesByLength = [UInt64](repeating: 0, count: WordSet.lengthSlots)
        for word in words { firstBytesByLength[WordSet.lengthSlot(word.utf8.count)] |= WordSet.firstByteBit(word.utf8.first) }
        self.firstBytesByLength = firstBytesByLength
    }

    private static let lengthSlots = 16

    @inline(__always)
    private static func lengthSlot(_ count: Int) -> Int { min(count, lengthSlots - 1) }

    /// The empty word has no first byte: it takes bit 0 along with the bytes that are 0 modulo 64.
    @inline(__always)
    private static func firstByteBit(_ byte: UInt8?) -> UInt64 { 1 << UInt64((byte ?? 0) & 63) }

    func contains(_ word: String) -> Bool {
        let hashed: NameHash? = withWordBytes(word) { bytes in
            guard firstBytesByLength[WordSet.lengthSlot(bytes.count)] & WordSet.firstByteBit(bytes.first) != 0 else { return nil }
            return NameHash(bytes)
        }
        guard let hashed else { return false }
        return hashes.contains(hashed) && words.contains(word)
    }
}

/// `body` on the UTF-8 bytes of `word`, read in place (a native or small string's own bytes), where walking
/// `word.utf8` costs tens of instructions a byte.
@inline(__always)
func withWordBytes<Result>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = word.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(word.utf8).withUnsafeBufferPointer(body)
}

/// Words of at most 3 UTF-8 bytes, each held as its bytes and length packed in an integer: a look-up packs the word
/// and binary-searches a sorted array, where a `Set<String>` would hash and compare strings.
struct ShortWordSet: Sendable {
    private let keys: [UInt32]

    init(_ words: Set<String>) {
        keys = words.map { word in
            guard let key = ShortWordSet.key(word) else { preconditionFailure("\(word) has more than 3 bytes") }
            return key
        }.sorted()
    }

    /// The bytes of a word of at most 3 bytes, then its length in the top byte (so "a" and "a\0" differ).
    @inline(__always)
    private static func key(_ word: String) -> UInt32? {
        withWordBytes(word) { bytes in
            guard bytes.count <= 3 else { return nil }
            var key: UInt32 = 0
            for byte in bytes { key = key << 8 | UInt32(byte) }
            return key | UInt32(bytes.count) << 24
        }
    }

    func contains(_ word: String) -> Bool {
        guard let key = ShortWordSet.key(word) else { return false }
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}
