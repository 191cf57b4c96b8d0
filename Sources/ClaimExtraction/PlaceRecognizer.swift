/// Finds place mentions in text using the gazetteer.
///
/// A mention is a run of words joined by spaces or single hyphens that starts with a capitalised word
/// or a lowercase article (`al-Mayadeen`, `ash Sabahiyyah`) and ends with a capitalised word. It
/// resolves by exact alias first, then by transliteration key (`Normalizer.key`), the longest run
/// winning. Guards against false positives:
/// - a lone article or name prefix (`Al`, `Deir`, `Abu`, `Tell`) never matches;
/// - single capitalised English words (`Most`, `Hit` at a sentence start … see `PlaceStopWords`) never match;
/// - a spelling known only by key must be at least four key letters, and a single word found only by
///   key does not resolve to a village (villages need an exact alias or a two-word name);
/// - lowercase multi-word aliases (`middle Euphrates valley`, `division 17`) match only exactly.
///
/// Phrases: `X province` / `X governorate` / `the province of X` / `the provinces of X and Y` resolve to
/// the governorate; a direction (`western Deir Ezzor`, `northern Syria`) or `X desert` resolves to the
/// governorate named X (or the country) with the phrase in the range and a rule saying so — regions get
/// their own entry only when the supplement has one (`Homs desert`, `middle Euphrates valley`).
/// Demonyms (`Syrian`, `Iraqi`) are actor evidence, not places, except in a border phrase
/// (`the Syrian-Iraqi border`), which names both countries.
///
/// Composer note: news agencies and groups can look like places (`Al-Masdar`). Run `ActorRecognizer`
/// and `PersonRecognizer` too and drop place matches that overlap theirs
/// (`EntityMatch.removingOverlaps(of:with:)`).
public struct PlaceRecognizer: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// Every place mentioned in `text`, in text order, longest match first at each position, no overlaps.
    /// `countryContext`: country names already seen in the article, used to disambiguate; countries the
    /// text itself names are added.
    public func recognize(in text: String, countryContext: [String] = []) -> [EntityMatch] {
        let tokens = NameToken.tokenize(text)
        var context = Set(countryContext.map(Normalizer.folded))
        context.formUnion(countriesNamed(in: tokens))
        return scan(tokens, text: text, context: context)
    }

    /// Countries the text names outright (one or two capitalised words: `Iraq`, `Saudi Arabia`).
    private func countriesNamed(in tokens: [NameToken]) -> Set<String> {
        var names: Set<String> = []
        for (index, token) in tokens.enumerated() where token.isCapitalised {
            var spellings = [token.text]
            if index + 1 < tokens.count, tokens[index + 1].joinsPrevious {
                spellings.append(token.text + " " + tokens[index + 1].text)
            }
            for spelling in spellings {
                for entry in gazetteer.exactEntries(for: spelling) where entry.kind == "country" {
                    names.insert(Normalizer.folded(entry.name))
                }
            }
        }
        return names
    }

    // MARK: - Scanning

    private func scan(_ tokens: [NameToken], text: String, context: Set<String>) -> [EntityMatch] {
        var matches: [EntityMatch] = []
        var index = 0
        var provinceList = false
        while index < tokens.count {
            if let border = borderPhrase(tokens, at: index) {
                matches.append(contentsOf: border.matches)
                index = border.next
                continue
            }
            guard let found = longestMatch(tokens, at: index, context: context) else {
                if !["and", "or", "of"].contains(tokens[index].lowercased) { provinceList = false }
                index += 1
                continue
            }
            var match = found.match
            let first = index, last = found.lastToken
            let phrase = PlacePhrase(tokens: tokens, first: first, last: last)
            if phrase.isProvinceAfter || phrase.isProvinceBefore || provinceList,
               let governorate = governorate(for: found.written, context: context) {
                let lower = phrase.isProvinceBefore ? tokens[first - 2].range.lowerBound : match.range.lowerBound
                let upper = phrase.isProvinceAfter ? tokens[last + 1].range.upperBound : match.range.upperBound
                match = EntityMatch(key: governorate.key, range: lower..<upper, matched: slice(text, lower..<upper),
                                    rule: "'\(slice(text, lower..<upper))' → governorate")
                provinceList = phrase.isProvincesPlural || (provinceList && !phrase.isProvinceAfter)
            } else if let direction = phrase.direction {
                match = directional(match, written: found.written, direction: direction, desert: phrase.isDesertAfter,
                                    tokens: tokens, last: last, text: text, context: context)
            } else if phrase.isDesertAfter, let governorate = governorate(for: found.written, context: context) {
                let range = match.range.lowerBound..<tokens[last + 1].range.upperBound
                match = EntityMatch(key: governorate.key, range: range, matched: slice(text, range),
                                    rule: "'\(slice(text, range))' → governorate (desert of)")
            }
            matches.append(match)
            index = last + 1 + (phrase.isProvinceAfter || phrase.isDesertAfter ? 1 : 0)
        }
        return matches
    }

    /// The longest acceptable name starting at token `start`.
    private func longestMatch(_ tokens: [NameToken], at start: Int, context: Set<String>)
        -> (match: EntityMatch, lastToken: Int, written: String)? {
        let first = tokens[start]
        guard first.isCapitalised || first.text.first?.isLowercase == true else { return nil }
        if PlaceStopWords.hyphenOnlyArticles.contains(first.text),
           !(start + 1 < tokens.count && tokens[start + 1].gapBefore == "-") {
            return nil  // "at Raqqa": English, not the article of "at-Tanf"
        }
        // Only where a known name can begin: the first non-article word's key is some alias's first-word key.
        var content = start
        if PlaceStopWords.isArticle(first.lowercased), start + 1 < tokens.count, tokens[start + 1].joinsPrevious {
            content = start + 1
        }
        if first.isCapitalised || content > start {
            guard gazetteer.firstWordKeys.contains(FoldedName(tokens[content].text).firstWordKey) else { return nil }
        } else {
            // Lowercase start: only an exact multi-word alias can follow (`middle Euphrates valley`).
            guard gazetteer.firstWordsFolded.contains(Normalizer.folded(first.text)) else { return nil }
        }
        var end = start
        while end + 1 < tokens.count, end + 1 - start < gazetteer.longestAliasWords, tokens[end + 1].joinsPrevious {
            end += 1
        }
        guard end >= start else { return nil }
        for last in stride(from: end, through: start, by: -1) {
            let span = tokens[start...last]
            let lower = first.range.lowerBound, upper = tokens[last].range.upperBound
            // "As Syrian …": an English word, not the article of "As-Suwayda" (which is hyphenated).
            let unhyphenatedArticle = zip(span.dropLast(), span.dropFirst()).contains { word, next in
                PlaceStopWords.hyphenOnlyArticles.contains(word.lowercased) && !next.gapBefore.contains("-")
            }
            if unhyphenatedArticle { continue }
            let written = span.enumerated().map { $0.offset == 0 ? $0.element.text : $0.element.gapBefore + $0.element.text }
                .joined()
            guard let candidate = acceptable(span, written: written, context: context) else { continue }
            let entry = gazetteer.entries[candidate.index]
            let rule = candidate.isExact
                ? "alias '\(candidate.alias)' (\(gazetteer.source(of: candidate.index)))"
                : "translit key '\(Normalizer.key(written))' ~ '\(candidate.alias)'"
            return (EntityMatch(key: entry.key, range: lower..<upper, matched: written, rule: rule), last, written)
        }
        return nil
    }

    /// The best candidate for a span, or nil when the span must not be a place.
    private func acceptable(_ span: ArraySlice<NameToken>, written: String, context: Set<String>) -> Gazetteer.Candidate? {
        guard let first = span.first, let last = span.last else { return nil }
        let contentTokens = span.filter { !PlaceStopWords.isArticle($0.lowercased) }
        guard let firstContent = contentTokens.first else { return nil }
        if span.count == 1 || contentTokens.count == 1 {
            let word = firstContent.lowercased
            if PlaceStopWords.prefixes.contains(word) || PlaceStopWords.english.contains(word)
                || PlaceStopWords.demonyms.contains(word) { return nil }
            if span.count == 1 && Normalizer.articleWords.contains(word) { return nil }
        }
        let allCapitalised = contentTokens.allSatisfy { $0.isCapitalised || PlaceStopWords.connectors.contains($0.lowercased) }
        let lowercaseStart = !first.isCapitalised && !PlaceStopWords.isArticle(first.lowercased)
        let candidates = gazetteer.candidates(for: written, countryContext: context)
        guard let best = candidates.first else { return nil }
        if best.isExact {
            if lowercaseStart || !last.isCapitalised {
                // Lowercase words only inside a long multi-word alias: `middle Euphrates valley`.
                guard span.count >= 2, written.count >= 10 else { return nil }
            }
            return best
        }
        guard allCapitalised, last.isCapitalised, !lowercaseStart else { return nil }
        let key = Normalizer.key(written)
        let hadArticle = contentTokens.count < span.count
        guard key.count >= (hadArticle ? 3 : 4) else { return nil }
        let keyMatches = candidates.filter { !$0.isExact }
        let usable = keyMatches.first { candidate in
            let entry = gazetteer.entries[candidate.index]
            // One word known only by key reaches a village only when nearly spelled as listed (Maskana/Maskanah).
            if contentTokens.count == 1 && entry.kind == "village" && (candidate.distance > 1 || written.count < 5) {
                return false
            }
            return candidate.distance <= max(2, written.count / 3)
        }
        // A nisba (`al-Baghdadi`, "of Baghdad") is a name or an adjective, not the place.
        if let usable, written.count > 4, written.last == "i" || written.last == "y",
           gazetteer.candidates(for: String(written.dropLast()), countryContext: context)
               .contains(where: { $0.index == usable.index }) {
            return nil
        }
        return usable
    }

    // MARK: - Phrases

    /// The governorate a name means in `X province`, `western X`.
    private func governorate(for written: String, context: Set<String>) -> PlaceEntry? {
        gazetteer.candidates(for: written, countryContext: context, kinds: ["governorate"]).first
            .map { gazetteer.entries[$0.index] }
    }

    private func directional(_ match: EntityMatch, written: String, direction: (first: Int, words: String), desert: Bool,
                             tokens: [NameToken], last: Int, text: String, context: Set<String>) -> EntityMatch {
        guard let entry = gazetteer.entry(forKey: match.key) else { return match }
        let lower = tokens[direction.first].range.lowerBound
        let upper = desert ? tokens[last + 1].range.upperBound : match.range.upperBound
        let phrase = slice(text, lower..<upper)
        switch entry.kind {
        case "country", "governorate", "region", "river":
            return EntityMatch(key: entry.key, range: lower..<upper, matched: phrase,
                               rule: "'\(phrase)' → \(entry.name) (\(entry.kind), direction '\(direction.words)')")
        default:
            guard let governorate = governorate(for: written, context: context) else { return match }
            return EntityMatch(key: governorate.key, range: lower..<upper, matched: phrase,
                               rule: "'\(phrase)' → governorate (direction '\(direction.words)')")
        }
    }

    /// `the Syrian-Iraqi border`, `Syria-Iraq border`: both countries.
    private func borderPhrase(_ tokens: [NameToken], at index: Int) -> (matches: [EntityMatch], next: Int)? {
        guard index + 2 < tokens.count,
              let firstCountry = PlaceStopWords.countryForAdjective(tokens[index].text),
              tokens[index + 1].gapBefore == "-" || tokens[index + 1].gapBefore == "–",
              let secondCountry = PlaceStopWords.countryForAdjective(tokens[index + 1].text),
              ["border", "borders", "frontier", "boundary"].contains(tokens[index + 2].lowercased),
              let first = gazetteer.lookup(firstCountry).first(where: { $0.kind == "country" }),
              let second = gazetteer.lookup(secondCountry).first(where: { $0.kind == "country" })
        else { return nil }
        let rule = "border phrase '\(tokens[index].text)-\(tokens[index + 1].text) \(tokens[index + 2].text)'"
        return ([EntityMatch(key: first.key, range: tokens[index].range, matched: tokens[index].text, rule: rule),
                 EntityMatch(key: second.key, range: tokens[index + 1].range, matched: tokens[index + 1].text, rule: rule)],
                index + 3)
    }

    private func slice(_ text: String, _ range: Range<Int>) -> String {
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        return String(text[lower..<upper])
    }
}

/// The words around a name that change what it means.
struct PlacePhrase {
    var isProvinceAfter = false
    var isProvincesPlural = false
    var isProvinceBefore = false
    var isDesertAfter = false
    /// First token of a direction phrase before the name, and its words.
    var direction: (first: Int, words: String)?

    init(tokens: [NameToken], first: Int, last: Int) {
        let provinceWords: Set<String> = ["province", "governorate", "countryside", "provinces", "governorates"]
        if last + 1 < tokens.count, tokens[last + 1].gapBefore == " " {
            let next = tokens[last + 1].lowercased
            isProvinceAfter = provinceWords.contains(next)
            isDesertAfter = next == "desert"
        }
        if first >= 2, tokens[first - 1].lowercased == "of", provinceWords.contains(tokens[first - 2].lowercased) {
            isProvinceBefore = true
            isProvincesPlural = tokens[first - 2].lowercased.hasSuffix("s")
        }
        let directions: Set<String> = ["northern", "southern", "eastern", "western", "central", "north", "south",
                                       "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
                                       "north-eastern", "north-western", "south-eastern", "south-western", "rural"]
        if first >= 1, directions.contains(tokens[first - 1].lowercased), tokens[first].gapBefore == " " {
            var start = first - 1
            // "north eastern Aleppo", "north-eastern Syria"
            if start >= 1, ["north", "south"].contains(tokens[start - 1].lowercased), tokens[start].joinsPrevious {
                start -= 1
            }
            let words = tokens[start..<first].enumerated()
                .map { $0.offset == 0 ? $0.element.text : $0.element.gapBefore + $0.element.text }.joined()
            direction = (start, words.lowercased())
        }
    }
}
