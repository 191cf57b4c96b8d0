/// One mention of a dictionary entity (place, actor or person) in a piece of text.
///
/// Recognisers return matches in text order. Ranges count `Character`s (`String.count` units) of the
/// text passed to `recognize(in:)`, the same units `Evidence.range` uses.
public struct EntityMatch: Hashable, Sendable {
    /// The `PlaceEntry` / `ActorEntry` / `PersonEntry` key.
    public var key: String
    /// Character offsets into the text passed in.
    public var range: Range<Int>
    /// The text as written.
    public var matched: String
    /// Why it matched, for `Evidence.rule`: e.g. `alias 'Deir al-Zour' (GeoNames)`, `translit key 'darzar'`.
    public var rule: String

    public init(key: String, range: Range<Int>, matched: String, rule: String) {
        self.key = key
        self.range = range
        self.matched = matched
        self.rule = rule
    }

    /// Whether the two matches share at least one character.
    public func overlaps(_ other: EntityMatch) -> Bool {
        range.overlaps(other.range)
    }

    /// Place matches that do not overlap an actor or person match: `Al-Masdar` is a news agency,
    /// `al-Baghdadi` a man, `Damascus said` a government. A country the place recogniser found is kept
    /// when the overlapping actor is that country's state (`Russia` is both a place and an actor).
    ///
    ///     let places = PlaceRecognizer().recognize(in: text)
    ///     let actors = ActorRecognizer().recognize(in: text)
    ///     let people = PersonRecognizer().recognize(in: text)
    ///     let kept = EntityMatch.places(places, notOverlapping: actors + people)
    public static func places(_ places: [EntityMatch], notOverlapping others: [EntityMatch],
                              catalog: any EntityCatalog = StandardCatalog.shared) -> [EntityMatch] {
        places.filter { place in
            let clashes = others.filter { $0.overlaps(place) }
            return clashes.allSatisfy { other in
                guard let actor = catalog.actor(forKey: other.key), actor.kind == "state",
                      let entry = catalog.place(forKey: place.key), entry.kind == "country" else { return false }
                return actor.country == entry.name && other.range == place.range
            }
        }
    }
}

/// Finds dictionary aliases in text: word-bounded, longest first, no overlaps.
///
/// An all-capitals alias (`US`, `IS`, `SDF`) matches only in capitals, so "us" is not the United States.
/// A capitalised alias matches when the written words are capitalised too (case otherwise ignored);
/// a lowercase alias (`government forces`) matches in any case. Capitalised aliases of two or more
/// words, or of five or more key letters, also match through `Normalizer.key` (`Jabhat an-Nusra`).
struct AliasMatcher: Sendable {
    struct Alias: Sendable {
        var entryKey: String
        var text: String
        var isAcronym: Bool
        var isCapitalised: Bool
        var wordCount: Int
    }

    private var byFolded: [String: [Alias]] = [:]
    private var byKey: [String: [Alias]] = [:]
    private var dotted: [Alias] = []
    /// `FoldedName.firstWordKey` of every alias: where an alias can begin.
    private var firstWordKeys: Set<String> = []
    private(set) var longestAliasWords = 1

    init(aliases: [(entryKey: String, alias: String)]) {
        for (entryKey, text) in aliases {
            let name = FoldedName(text)
            let letters = text.filter(\.isLetter)
            let alias = Alias(entryKey: entryKey, text: text,
                              isAcronym: letters.count <= 6 && letters.allSatisfy(\.isUppercase) && !letters.isEmpty,
                              isCapitalised: text.first?.isUppercase ?? false, wordCount: name.words.count)
            longestAliasWords = max(longestAliasWords, name.words.count)
            if text.contains(".") {
                dotted.append(alias)
                continue
            }
            byFolded[name.folded, default: []].append(alias)
            firstWordKeys.insert(name.firstWordKey)
            if let firstWord = name.words.first { firstWordKeys.insert(FoldedName.skeleton(Array(name.bytes[firstWord]))) }
            let key = name.key
            if alias.isCapitalised && !alias.isAcronym && (name.words.count >= 2 || key.count >= 5) {
                byKey[key, default: []].append(alias)
            }
        }
    }

    /// Every alias occurrence in `text`, in text order.
    func matches(in text: String, tokens: [NameToken], source: String) -> [EntityMatch] {
        var found: [EntityMatch] = dottedMatches(in: text, source: source)
        var index = 0
        while index < tokens.count {
            if found.contains(where: { $0.range.contains(tokens[index].range.lowerBound) }) { index += 1; continue }
            var content = index
            if PlaceStopWords.isArticle(tokens[index].lowercased) || tokens[index].lowercased == "the",
               index + 1 < tokens.count, tokens[index + 1].joinsPrevious {
                content = index + 1
            }
            let contentKey = FoldedName(tokens[content].text).firstWordKey
            let startKey = FoldedName(tokens[index].text).firstWordKey
            guard firstWordKeys.contains(contentKey) || firstWordKeys.contains(startKey) else { index += 1; continue }
            var end = index
            while end + 1 < tokens.count, end + 1 - index < longestAliasWords, tokens[end + 1].joinsPrevious { end += 1 }
            var matched: EntityMatch?
            var matchedEnd = index
            for last in stride(from: end, through: index, by: -1) {
                let span = tokens[index...last]
                let written = span.enumerated()
                    .map { $0.offset == 0 ? $0.element.text : $0.element.gapBefore + $0.element.text }.joined()
                if let match = match(span, written: written, source: source) {
                    matched = match
                    matchedEnd = last
                    break
                }
            }
            if let matched {
                found.append(matched)
                index = matchedEnd + 1
            } else {
                index += 1
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func match(_ span: ArraySlice<NameToken>, written: String, source: String) -> EntityMatch? {
        guard let first = span.first, let last = span.last else { return nil }
        let range = first.range.lowerBound..<last.range.upperBound
        let name = FoldedName(written)
        for alias in byFolded[name.folded] ?? [] {
            if alias.isAcronym {
                guard written.filter(\.isLetter) == alias.text.filter(\.isLetter) else { continue }
            } else if alias.isCapitalised {
                guard first.isCapitalised || PlaceStopWords.isArticle(first.lowercased) || first.lowercased == "the"
                else { continue }
            }
            return EntityMatch(key: alias.entryKey, range: range, matched: written, rule: "alias '\(alias.text)' (\(source))")
        }
        guard first.isCapitalised || PlaceStopWords.leadingArticles.contains(first.text), last.isCapitalised
        else { return nil }
        // "As Syrian Army": the English word, not an article (articles that are English words need a hyphen).
        let unhyphenatedArticle = zip(span.dropLast(), span.dropFirst()).contains { word, next in
            PlaceStopWords.hyphenOnlyArticles.contains(word.lowercased) && !next.gapBefore.contains("-")
        }
        if unhyphenatedArticle { return nil }
        let key = name.key
        if let alias = byKey[key]?.first {
            return EntityMatch(key: alias.entryKey, range: range, matched: written,
                               rule: "translit key '\(key)' ~ '\(alias.text)' (\(source))")
        }
        return nil
    }

    /// Aliases written with dots (`U.S.`, `U.N.`) are found literally, case-sensitively, at word boundaries.
    private func dottedMatches(in text: String, source: String) -> [EntityMatch] {
        guard !dotted.isEmpty else { return [] }
        let characters = Array(text)
        var found: [EntityMatch] = []
        for alias in dotted {
            let pattern = Array(alias.text)
            guard let head = pattern.first, pattern.count <= characters.count else { continue }
            var start = 0
            while start + pattern.count <= characters.count {
                guard characters[start] == head else { start += 1; continue }
                let boundaryBefore = start == 0 || !(characters[start - 1].isLetter || characters[start - 1].isNumber)
                let after = start + pattern.count
                let boundaryAfter = after == characters.count || !characters[after].isLetter
                if boundaryBefore && boundaryAfter && Array(characters[start..<after]) == pattern,
                   !found.contains(where: { $0.range.overlaps(start..<after) }) {
                    found.append(EntityMatch(key: alias.entryKey, range: start..<after, matched: alias.text,
                                             rule: "alias '\(alias.text)' (\(source))"))
                    start = after
                } else {
                    start += 1
                }
            }
        }
        return found
    }
}
