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
        recognize(in: NameText(text), countryContext: countryContext)
    }

    /// The same, on text already split into words (shared with `ActorRecognizer` and `PersonRecognizer`).
    public func recognize(in text: NameText, countryContext: [String] = []) -> [EntityMatch] {
        recognize(in: text, context: CountryContext(countryContext))
    }

    /// The same, with the article's countries already hashed.
    func recognize(in text: NameText, context: CountryContext) -> [EntityMatch] {
        var spans = SpanScratch()
        return recognize(in: text, context: context, spans: &spans)
    }

    /// The same, sharing span keys through `spans` (made for `text`) with the other recognisers.
    func recognize(in text: NameText, context: CountryContext, spans: inout SpanScratch) -> [EntityMatch] {
        var context = context
        addCountriesNamed(in: text, to: &context)
        return scan(text, context: context, spans: &spans)
    }

    /// Countries the text names outright (one or two capitalised words: `Iraq`, `Saudi Arabia`).
    private func addCountriesNamed(in text: NameText, to context: inout CountryContext) {
        let tokens = text.tokens
        for index in tokens.indices where tokens[index].isCapitalised {
            addCountries(named: tokens[index].foldedHash, to: &context)
            if index + 1 < tokens.count, tokens[index + 1].joinsPrevious,
               gazetteer.index.countryFirstWords.contains(tokens[index].foldedHash) {
                // "w1 w2" hashes as w1's hash continued with a space and w2.
                var pair = tokens[index].foldedHash
                pair.addWord(text.foldedBytes(of: index + 1), first: false)
                addCountries(named: pair, to: &context)
            }
        }
    }

    /// Most words name no country: one probe, inlined, rules them out.
    @inline(__always)
    private func addCountries(named foldedHash: NameHash, to context: inout CountryContext) {
        // Probed in place: most words stop here, before the index (many arrays) is copied out.
        guard gazetteer.index.countrySpellings.contains(foldedHash) else { return }
        addNamedCountries(foldedHash, to: &context)
    }

    private func addNamedCountries(_ foldedHash: NameHash, to context: inout CountryContext) {
        for position in gazetteer.index.countrySpellings[foldedHash] {
            // An entry whose spellings lack the hash is a collision (what `exactEntries` drops).
            let spellings = gazetteer.index.spellingFolded(of: Int(position))
            guard spellings.contains(foldedHash) else { continue }
            context.insert(spellings[spellings.startIndex])  // the name's folded hash
        }
    }

    // MARK: - Scanning

    private func scan(_ text: NameText, context: CountryContext, spans: inout SpanScratch) -> [EntityMatch] {
        let tokens = text.tokens
        var matches: [EntityMatch] = []
        var index = 0
        var provinceList = false
        while index < tokens.count {
            // Most words start neither phrase nor name: they are passed over here, without a call.
            let token = tokens[index]
            if token.classes.contains(.borderAdjective), let border = borderPhrase(text, at: index) {
                matches.append(contentsOf: border.matches)
                index = border.next
                continue
            }
            let found = mayStartName(text, at: index) ? longestMatch(text, at: index, context: context, scratch: &spans) : nil
            // Taken apart at once: the match and the name are moved out, not copied.
            guard case (var match, let last, let written)? = found
            else {
                if !tokens[index].classes.contains(.listWord) { provinceList = false }
                index += 1
                continue
            }
            let first = index
            let phrase = PlacePhrase(text: text, first: first, last: last)
            if phrase.isProvinceAfter || phrase.isProvinceBefore || provinceList || phrase.isListedBeforeProvinces,
               let governorate = governorate(for: written, context: context) {
                let lower = phrase.isProvinceBefore ? first - 2 : first
                let upper = phrase.isProvinceAfter ? last + 1 : last
                let phraseText = text.slice(lower, upper)
                match = EntityMatch(key: governorate.key, range: tokens[lower].range.lowerBound..<tokens[upper].range.upperBound,
                                    matched: phraseText, rule: "'\(phraseText)' → governorate")
                provinceList = phrase.isProvincesPlural || (provinceList && !phrase.isProvinceAfter)
            } else if let direction = phrase.direction {
                match = directional(match, written: written, direction: direction, desert: phrase.isDesertAfter,
                                    text: text, last: last, context: context)
            } else if phrase.isDesertAfter, let governorate = governorate(for: written, context: context) {
                let phraseText = text.slice(first, last + 1)
                match = EntityMatch(key: governorate.key, range: match.range.lowerBound..<tokens[last + 1].range.upperBound,
                                    matched: phraseText, rule: "'\(phraseText)' → governorate (desert of)")
            }
            // Room for a few at the first: growing by doubling would allocate again for a sentence's second and third.
            if matches.capacity == 0 { matches.reserveCapacity(4) }
            matches.append(match)
            index = last + 1 + (phrase.isProvinceAfter || phrase.isDesertAfter ? 1 : 0)
        }
        return matches
    }

    /// The longest acceptable name starting at token `start`.
    /// Whether a known name can begin at token `start` (hash probes only): most words stop here, in the scan's
    /// loop, before `longestMatch` is called.
    @inline(__always)
    private func mayStartName(_ text: NameText, at start: Int) -> Bool {
        let tokens = text.tokens
        let first = tokens[start]
        guard first.isCapitalised || first.flags.contains(.lowercaseStart) else { return false }
        if first.classes.contains(.hyphenOnlyArticle) && first.flags.contains(.lowercaseASCII),
           !(start + 1 < tokens.count && tokens[start + 1].flags.contains(.gapIsHyphen)) {
            return false  // "at Raqqa": English, not the article of "at-Tanf"
        }
        // Only where a known name can begin: the first non-article word's key is some alias's first-word key.
        var content = start
        if first.classes.isArticle, start + 1 < tokens.count, tokens[start + 1].joinsPrevious {
            content = start + 1
        }
        // Probed in place: the index (many arrays) is never copied out.
        if first.isCapitalised || content > start {
            return gazetteer.index.firstWordKeys.contains(text.startKeyHash(of: content))
        }
        // Lowercase start: only an exact multi-word alias can follow (`middle Euphrates valley`).
        return gazetteer.index.firstWordsFolded.contains(first.foldedHash)
    }

    /// The longest acceptable name starting at token `start`, where `mayStartName`.
    private func longestMatch(_ text: NameText, at start: Int, context: CountryContext, scratch: inout SpanScratch)
        -> (match: EntityMatch, lastToken: Int, written: String)? {
        let tokens = text.tokens
        let first = tokens[start]
        // The index read in place through the gazetteer (a copy of it would retain each of its arrays).
        let longestAliasWords = gazetteer.index.longestAliasWords
        // The spans' words must join (spaces, single hyphens): `possibleSpans` stops at the first that does not.
        let end = min(tokens.count - 1, start + max(longestAliasWords, 1) - 1)
        let possible = scratch.possibleSpans(text, from: start, through: end, gazetteer: gazetteer)
        for last in stride(from: possible.last, through: start, by: -1) where possible.contains(last) {
            let span = start...last
            if text.hasUnhyphenatedArticle(span) { continue }  // "As Syrian …": English, not `As-Suwayda`
            // Written out only for a span that is kept, or that the rules must count the characters of.
            var spanText: String? = nil
            guard let candidate = acceptable(text, span, written: &spanText, context: context, scratch: &scratch) else { continue }
            let written = spanText ?? text.written(start, last)
            let rule = candidate.isExact
                ? gazetteer.aliasRule(of: candidate)  // made with the gazetteer
                : "translit key '\(Normalizer.key(written))' ~ '\(candidate.alias)'"
            let range = first.range.lowerBound..<tokens[last].range.upperBound
            var match = EntityMatch(key: gazetteer.key(ofEntry: candidate.index), range: range, matched: written, rule: rule)
            match.entry = Int32(candidate.index)
            return (match, last, written)
        }
        return nil
    }

    /// Whether a capitalised word follows a preposition that places something ("to Hit", "in Hit") or a verb done to
    /// a town ("fled Hit", "retook Hit"), or opens the sentence before a comma and a town's appositive ("Hit, about
    /// 140 km west of Baghdad,").
    static func followsPlacePreposition(_ text: NameText, at index: Int) -> Bool {
        guard text.tokens[index].isCapitalised else { return false }
        guard index > 0 else { return opensWithTownAppositive(text) }
        guard let listed = englishTownPrepositionHashes[text.tokens[index - 1].foldedHash] else { return false }
        return text.foldedBytes(of: index - 1).elementsEqual(englishTownPrepositions[listed].utf8)
    }

    static let englishTownPrepositions = [
        "in", "to", "from", "near", "outside", "around", "towards", "toward", "into", "of",
        // Verbs whose object is the town itself.
        "fled", "entered", "captured", "recaptured", "retook", "seized", "stormed", "shelled", "besieged", "encircled",
        "surrounded", "liberated", "evacuated",
    ]

    /// Whether the sentence's first word is followed by a comma and the start of a place's appositive: a distance
    /// ("about 140 km", "some 50 miles") or a settlement noun ("a town", "the city").
    private static func opensWithTownAppositive(_ text: NameText) -> Bool {
        let tokens = text.tokens
        guard tokens.count > 2 else { return false }
        let gap = text.bytes[tokens[0].bytes.upperBound..<tokens[1].bytes.lowerBound]
        guard gap.contains(UInt8(ascii: ",")) else { return false }
        let next = text.foldedBytes(of: 1)
        if townAppositiveOpeners.contains(where: { next.elementsEqual($0.utf8) }) { return true }
        return (0x30...0x39).contains(text.bytes[tokens[1].bytes.lowerBound])
    }

    static let townAppositiveOpeners = ["about", "some", "around", "roughly", "nearly", "just", "a", "the"]
    /// Their folded hashes, to their positions: most words before a capital are ruled out by one probe of the word's
    /// own hash, and the rest compared with one word.
    private static let englishTownPrepositionHashes: NameTable<Int> = {
        var table = NameTable<Int>()
        for (position, word) in englishTownPrepositions.enumerated() { table[NameHash(word.utf8)] = position }
        return table
    }()

    /// The best candidate for a span, or nil when the span must not be a place.
    /// `written`: the span as written, when the rules needed it (nil: not made yet).
    private func acceptable(_ text: NameText, _ span: ClosedRange<Int>, written spanText: inout String?,
                            context: CountryContext, scratch: inout SpanScratch) -> Gazetteer.Candidate? {
        let tokens = text.tokens
        let first = tokens[span.lowerBound], last = tokens[span.upperBound]
        var firstContent: Int? = nil
        var contentCount = 0
        var allCapitalised = true
        for index in span where !tokens[index].classes.isArticle {
            if firstContent == nil { firstContent = index }
            contentCount += 1
            if !(tokens[index].isCapitalised || tokens[index].classes.contains(.connector)) { allCapitalised = false }
        }
        guard let firstContent else { return nil }
        // A name prefix alone is no place ("Deir", "Bab"), but with its article it may be a whole name ("al-Bab"):
        // then only an exact alias will do.
        var prefixWithArticle = false
        var englishWordTown = false
        if span.count == 1 || contentCount == 1 {
            let classes = tokens[firstContent].classes
            if !classes.isDisjoint(with: [.english, .demonym]) {
                // "returned to Hit": an English word capitalised after a place preposition may be a Syrian or Iraqi
                // town's exact name (checked below); anywhere else it is the word.
                guard span.count == 1, !classes.contains(.demonym), PlaceRecognizer.followsPlacePreposition(text, at: span.lowerBound)
                else { return nil }
                englishWordTown = true
            }
            if classes.contains(.namePrefix) {
                guard contentCount < span.count else { return nil }
                prefixWithArticle = true
            }
            if span.count == 1 && classes.contains(.arabicArticle) { return nil }
        }
        let lowercaseStart = !first.isCapitalised && !first.classes.isArticle
        let form = scratch.lookupForm(text, span.lowerBound, span.upperBound)
        func writtenSpan() -> String {
            if let spanText { return spanText }
            let made = text.written(span.lowerBound, span.upperBound)
            spanText = made
            return made
        }
        if let best = gazetteer.leadingExactCandidate(foldedHash: form.foldedHash, keyHash: form.keyHash, text: text,
                                                      span: span, context: context) {
            if englishWordTown {
                let rank = gazetteer.index.ranks[best.index]
                return rank.isHomePlace && !rank.isVillage ? best : nil
            }
            if lowercaseStart || !last.isCapitalised {
                // "the Mosul dam": a capitalised name and a feature noun in lower case name the feature, however short.
                let feature = !lowercaseStart && span.count == 2
                    && NameSurroundings.aliasFeatureNouns.contains(text.text(of: span.upperBound).lowercased())
                guard span.count >= 2, feature || PlaceRecognizer.characterCount(writtenSpan()) >= 10 else { return nil }
            }
            return best
        }
        if englishWordTown { return nil }
        // With no exact alias of the span's spelling, the best candidate is one by key: the key rules, and the
        // entries' tests below that no edit distance decides, may refuse the span before candidates are made.
        if !gazetteer.index.aliasEntries.contains(form.foldedHash) {
            guard !prefixWithArticle, keyRulesAllow(text, span, allCapitalised: allCapitalised, lowercaseStart: lowercaseStart,
                                                    contentCount: contentCount, keyLength: form.keyLength)
            else { return nil }
            let usable = keyedEntriesUsability(form.keyHash, contentCount: contentCount, context: context)
            guard usable == .always || (usable == .ifFiveCharacters && PlaceRecognizer.characterCount(writtenSpan()) >= 5)
            else { return nil }
        }
        let candidates = gazetteer.candidates(foldedHash: form.foldedHash, keyHash: form.keyHash,
                                              bare: text.bareLetters(span.lowerBound, span.upperBound),
                                              context: context, ranked: false)
        // Only the best, and below the first usable one, of the ranked candidates are read: picked, not sorted.
        guard let best = gazetteer.best(of: candidates, context: context), best.isExact || !prefixWithArticle else { return nil }
        if best.isExact {
            if lowercaseStart || !last.isCapitalised {
                // Lowercase words only inside a long multi-word alias: `middle Euphrates valley`.
                guard span.count >= 2, PlaceRecognizer.characterCount(writtenSpan()) >= 10 else { return nil }
            }
            return best
        }
        guard keyRulesAllow(text, span, allCapitalised: allCapitalised, lowercaseStart: lowercaseStart,
                            contentCount: contentCount, keyLength: form.keyLength) else { return nil }
        let written = writtenSpan()
        let writtenCount = PlaceRecognizer.characterCount(written)
        // "the town of Mansoura": the text itself says a settlement is named, so a spelling further from the
        // listed one may reach a village.
        let villageDistance = PlaceRecognizer.followsSettlementNoun(text, at: span.lowerBound) ? 2 : 1
        let usable = gazetteer.best(of: candidates, context: context) { candidate in
            guard !candidate.isExact else { return false }
            // One word known only by key reaches a village only when nearly spelled as listed (Maskana/Maskanah).
            if contentCount == 1 && gazetteer.index.ranks[candidate.index].isVillage
                && (candidate.distance > villageDistance || writtenCount < 5) {
                return false
            }
            // A neighbour's town known only by key ("Kupri" for Köprü) needs its country named in the article.
            let country = gazetteer.entries[candidate.index].country
            if country != "Syria", country != "Iraq", !context.contains(gazetteer.index.countryHashes[candidate.index]) {
                return false
            }
            return candidate.distance <= max(2, writtenCount / 3)
        }
        // A nisba (`al-Baghdadi`, "of Baghdad") is a name or an adjective, not the place.
        if let usable, writtenCount > 4,
           PlaceRecognizer.endsInCharacter("i", written) || PlaceRecognizer.endsInCharacter("y", written),
           gazetteer.candidates(for: String(written.dropLast()), context: context, ranked: false)
               .contains(where: { $0.index == usable.index }) {
            return nil
        }
        // The same for a place named with the nisba's feminine: "al-Saadi" is a man, not Saadiya.
        if let usable, PlaceRecognizer.endsInCharacter("i", written), PlaceRecognizer.endsInFeminineNisba(usable.alias) {
            return nil
        }
        return usable
    }

    /// Which entries known by a span's key may pass `acceptable`'s tests of usable candidates.
    enum KeyedUsability {
        /// No entry can: the span is no place.
        case never
        /// Only villages can, and only if the one-word span has at least five characters.
        case ifFiveCharacters
        /// Some entry can.
        case always
    }

    /// Whether the entries with the key `keyHash` can pass the tests of `acceptable`'s usable candidates that no edit
    /// distance decides: most spans known only by key name a village or a neighbour's town that none of them can be,
    /// and are refused before candidates are made and edit distances worked out.
    private func keyedEntriesUsability(_ keyHash: NameHash, contentCount: Int, context: CountryContext) -> KeyedUsability {
        var found = KeyedUsability.never
        // The index read in place (a copy of it would retain each of its arrays).
        for at in gazetteer.index.keyEntries.positions(of: keyHash) {
            let entryIndex = Int(gazetteer.index.keyEntries.posting(at: at))
            let rank = gazetteer.index.ranks[entryIndex]
            // A country entry is left to the full test (its own country field decides there).
            guard rank.isHomePlace || rank.isCountry || context.contains(gazetteer.index.countryHashes[entryIndex]) else { continue }
            if contentCount == 1 && rank.isVillage {
                found = .ifFiveCharacters
            } else {
                return .always
            }
        }
        return found
    }

    /// Whether a name ends as a nisba's feminine does: -iya, -iyah, -iyya, -ieh ("Saadiya", "Khalidiyah").
    static func endsInFeminineNisba(_ name: String) -> Bool {
        var folded = Normalizer.folded(name)
        if folded.hasSuffix("h") { folded.removeLast() }
        return folded.hasSuffix("ya") || folded.hasSuffix("ia") || folded.hasSuffix("ye") || folded.hasSuffix("ie")
    }

    /// `written.last == Character(ascii)` for a letter, from the last two bytes when both are ASCII (two ASCII scalars
    /// are two characters, CR LF aside): `last` breaks graphemes from the end.
    static func endsInCharacter(_ ascii: Unicode.Scalar, _ written: String) -> Bool {
        let bytes = written.utf8
        if let last = bytes.last, last < 0x80, bytes.count == 1 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] < 0x80 {
            return last == UInt8(ascii: ascii)
        }
        return written.last == Character(ascii)
    }

    /// `written.count`, from its bytes when they are printable ASCII (one `Character` each): the rules count the
    /// characters of most spans they keep, and grapheme breaking is needed only for other text.
    static func characterCount(_ written: String) -> Int {
        var bytes = written  // `withUTF8` reads a native or small string in place
        let printable = bytes.withUTF8 { $0.allSatisfy { $0 &- 0x20 < 0x5F } ? $0.count : nil }
        return printable ?? written.count
    }

    /// What a span found only by key must be: capitalised words (connectors aside) with a capitalised last one,
    /// not the tail of a longer capitalised name, and a key long enough.
    private func keyRulesAllow(_ text: NameText, _ span: ClosedRange<Int>, allCapitalised: Bool, lowercaseStart: Bool,
                               contentCount: Int, keyLength: Int) -> Bool {
        let tokens = text.tokens
        let first = tokens[span.lowerBound]
        guard allCapitalised, tokens[span.upperBound].isCapitalised, !lowercaseStart else { return false }
        // One word at the tail of a longer name the gazetteer lacks ("Altun Kupri") is not a place it sounds like.
        if contentCount == 1, span.lowerBound > 0, first.joinsPrevious {
            let previous = tokens[span.lowerBound - 1]
            if previous.isCapitalised, previous.classes.isDisjoint(with: [.english, .demonym, .namePrefix]), !previous.classes.isArticle {
                return false
            }
        }
        let hadArticle = contentCount < span.count
        return keyLength >= (hadArticle ? 3 : 4)
    }

    /// Nouns that announce a settlement's name after "of": "the town of", "the village of".
    static let settlementNouns: Set<String> = ["town", "village", "city", "hamlet", "settlement", "towns", "villages"]

    /// Whether the words before token `start` are a settlement noun and "of", joined by spaces.
    static func followsSettlementNoun(_ text: NameText, at start: Int) -> Bool {
        guard start >= 2, text.tokens[start].joinsPrevious, text.tokens[start - 1].joinsPrevious,
              text.bytes[text.tokens[start - 1].bytes].elementsEqual("of".utf8) else { return false }
        return settlementNouns.contains(text.text(of: start - 2).lowercased())
    }

    // MARK: - Phrases

    private static let governorateKind: Set<String> = ["governorate"]

    /// The governorate a name means in `X province`, `western X`: the one with the alias
    /// `X governorate` (by spelling or key), else one named `X` outright (`Anbar`; a governorate
    /// whose capital shares its name, like Raqqa, has no bare alias).
    private func governorate(for written: String, context: CountryContext) -> PlaceEntry? {
        let kinds = PlaceRecognizer.governorateKind
        let found = gazetteer.best(of: gazetteer.candidates(for: written + " governorate", context: context, kinds: kinds, ranked: false),
                                   context: context)
            ?? gazetteer.best(of: gazetteer.candidates(for: written, context: context, kinds: kinds, ranked: false), context: context)
        return found.map { gazetteer.entries[$0.index] }
    }

    private func directional(_ match: EntityMatch, written: String, direction: (first: Int, words: String), desert: Bool,
                             text: NameText, last: Int, context: CountryContext) -> EntityMatch {
        guard let entry = gazetteer.entry(forKey: match.key) else { return match }
        let tokens = text.tokens
        let upperToken = desert ? last + 1 : last
        let range = tokens[direction.first].range.lowerBound..<tokens[upperToken].range.upperBound
        let phrase = text.slice(direction.first, upperToken)
        switch entry.kind {
        case "country", "governorate", "region", "river":
            return EntityMatch(key: entry.key, range: range, matched: phrase,
                               rule: "'\(phrase)' → \(entry.name) (\(entry.kind), direction '\(direction.words)')")
        default:
            guard let governorate = governorate(for: written, context: context) else { return match }
            return EntityMatch(key: governorate.key, range: range, matched: phrase,
                               rule: "'\(phrase)' → governorate (direction '\(direction.words)')")
        }
    }

    /// `the Syrian-Iraqi border`, `Syria-Iraq border`: both countries.
    private func borderPhrase(_ text: NameText, at index: Int) -> (matches: [EntityMatch], next: Int)? {
        let tokens = text.tokens
        guard index + 2 < tokens.count, tokens[index].classes.contains(.borderAdjective),
              tokens[index + 1].classes.contains(.borderAdjective),
              !tokens[index + 1].flags.isDisjoint(with: [.gapIsHyphen, .gapIsEnDash]),
              tokens[index + 2].classes.contains(.borderNoun),
              let firstCountry = PlaceStopWords.countryForAdjective(text.text(of: index)),
              let secondCountry = PlaceStopWords.countryForAdjective(text.text(of: index + 1)),
              let first = gazetteer.lookup(firstCountry).first(where: { $0.kind == "country" }),
              let second = gazetteer.lookup(secondCountry).first(where: { $0.kind == "country" })
        else { return nil }
        let rule = "border phrase '\(text.text(of: index))-\(text.text(of: index + 1)) \(text.text(of: index + 2))'"
        return ([EntityMatch(key: first.key, range: tokens[index].range, matched: text.text(of: index), rule: rule),
                 EntityMatch(key: second.key, range: tokens[index + 1].range, matched: text.text(of: index + 1), rule: rule)],
                index + 3)
    }
}
