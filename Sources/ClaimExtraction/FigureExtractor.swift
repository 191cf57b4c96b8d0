import ClaimCorpus

/// A figure with where it was found.
public struct FigureMatch: Hashable, Sendable {
    public var figure: ExtractedFigure
    /// Character offsets into the sentence of the whole span (qualifier to unit).
    public var range: Range<Int>
    /// The grammar rule that matched, for `Evidence.rule`.
    public var rule: String
    /// The unit was not written and must come from context (`unit` is then `count`).
    public var needsUnit: Bool
}

/// Finds the numbers a sentence states: "8,000 to 11,000 fighters", "at least 1,000", "40%",
/// "two fifths of the city", "tens of thousands of refugees", "nearly 5 years".
///
/// Conventions:
/// - Ranges set `low` and `high`; a single number sets `value`.
/// - Vague amounts are ranges (see `NumberGrammar`); fractions are reported in `percent`.
/// - A number with no unit written gets the unit `count` and `needsUnit`, so the claim extractor can
///   give it the unit of a neighbouring figure or of the sentence introducing a list.
/// - Years, dates, ordinals and labels ("Division 17") are not figures; small numbers (under 10) and
///   number words count only with a unit.
public struct FigureExtractor: Sendable {
    public init() {}

    public static let unknownUnit = "count"

    public func extract(from sentence: String) -> [ExtractedFigure] {
        matches(in: sentence).map(\.figure)
    }

    public func matches(in sentence: String) -> [FigureMatch] {
        let tokenized = TokenizedSentence(sentence)
        // Any reference will do: only the spans of time expressions matter here.
        let temporal = TemporalScanner.scan(tokenized, reference: CalendarDate(year: 2000, month: 1, day: 1))
        return matches(in: tokenized, excluding: temporal)
    }

    func matches(in sentence: TokenizedSentence, excluding times: [TimeExpression]) -> [FigureMatch] {
        let tokens = sentence.tokens
        // Only a number cue can start a figure: a sentence without one has none.
        guard tokens.contains(where: { $0.classes.contains(.number) }) else { return [] }
        // Tokens of times whose numbers are no figures (read from the times themselves: no table is made).
        let blocked = BlockedTokens(times: times, count: tokens.count)
        var found: [FigureMatch] = []
        var i = 0
        while i < tokens.count {
            // Only a number cue can start a figure: test it here, before `figure(at:)` copies the token.
            if tokens[i].classes.contains(.number), !blocked.contains(i), !Self.isPartOfAMonth(tokens, at: i),
               !Self.isGluedToAWord(tokens, at: i),
               let (match, end) = figure(at: i, in: sentence, blocked: blocked) {
                // A sentence's figures are few: room for some at the first (growing from one would copy them).
                if found.isEmpty { found.reserveCapacity(4) }
                found.append(consume match)  // moved in, not copied
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    /// "the first ten days of April", "the last two weeks of May": part of a month names a time, counts nothing.
    static func isPartOfAMonth(_ tokens: [WordToken], at i: Int) -> Bool {
        // Fields read in place, cheapest first: most numbers follow no "first" or "last".
        guard i > 0, i + 3 < tokens.count, Self.monthPartWords.contains(tokens[i - 1].lower),
              tokens[i + 2].lower == "of", DateGrammar.timeUnits[tokens[i + 1].lower] != nil else { return false }
        return DateGrammar.month(tokens[i + 3]) != nil
    }

    static let monthPartWords: GrammarWordSet = ["first", "last", "final"]

    /// "Tu-22M3": a number glued to the word or number before it belongs to a designation, and counts nothing.
    static func isGluedToAWord(_ tokens: [WordToken], at i: Int) -> Bool {
        i > 0 && tokens[i].kind == .number && !tokens[i].spaceBefore && tokens[i - 1].kind != .punctuation
    }

    /// Whether "and" or "or" at `k` joins two singular nouns before a plural one, which both modify: "40 mortar and
    /// rocket attacks". Fields read in place (a token copied would retain its strings).
    static func joinsTwoModifiers(_ tokens: [WordToken], at k: Int) -> Bool {
        guard tokens[k].lower == "and" || tokens[k].lower == "or", k >= 1, k + 2 < tokens.count,
              !tokens[k - 1].lower.hasSuffix("s"), tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
              !tokens[k + 1].lower.hasSuffix("s"), tokens[k + 2].kind == .word else { return false }
        return isPluralNoun(tokens[k + 2].lower)
    }

    /// A figure starting with a number at token `i`; returns it and the token index after it.
    private func figure(at i: Int, in sentence: TokenizedSentence, blocked: BlockedTokens) -> (FigureMatch, Int)? {
        let tokens = sentence.tokens
        // The token's fields are read in place: a copy of it would retain its strings.
        guard tokens[i].classes.contains(.number) else { return nil }
        if tokens[i].kind == .number {
            if !tokens[i].suffix.isEmpty, NumberGrammar.scales[tokens[i].suffix] == nil, FigureLexicon.units[tokens[i].suffix] == nil { return nil }
            if let before = tokens.lower(at: i - 1), FigureLexicon.labels.contains(before) { return nil }
            if tokens.lower(at: i + 1) == ":" , tokens.count > i + 2, tokens[i + 2].kind == .number { return nil }
            // "Umm Ahmed, 41, who …": a person's age.
            if AttributionScanner.isAge(tokens, at: i) { return nil }
            // "09:30", "#3"; a label and a spaced colon before a count ("Old City: 300 to 400") is a list entry.
            if (tokens.lower(at: i - 1) == ":" && !tokens[i].spaceBefore) || tokens.lower(at: i - 1) == "#" { return nil }
            // A model's designation or a name's number: "F-15", "Su-24", "S-400", "COVID-19", "Ilyushin-76" (a hyphen
            // glued to a short capitalised word, one in capitals, or one that is no plural: "the Kurds-40 fighters" count).
            if i >= 2, !tokens[i].spaceBefore, tokens[i - 1].lower == "-", !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .word,
               tokens[i - 2].isCapitalized,
               tokens[i - 2].end - tokens[i - 2].start <= 3 || Self.isInCapitals(tokens[i - 2], in: sentence)
                || !tokens[i - 2].lower.hasSuffix("s") { return nil }
        }
        // Ratios: "one in five families".
        if let ratio = NumberGrammar.parseRatio(tokens, at: i) {
            return build(ratio, unit: "percent", unitEnd: ratio.tokens.upperBound, rule: "ratio", in: sentence)
        }
        // Fractions: "two fifths of the city".
        if let fraction = NumberGrammar.parseFraction(tokens, at: i) {
            if tokens.lower(at: fraction.tokens.upperBound) == "of", !Self.isPartOfTime(fraction.tokens, in: tokens) {
                return build(fraction, unit: "percent", unitEnd: fraction.tokens.upperBound, rule: "fraction of", in: sentence)
            }
            // "trade fell by roughly two thirds", "cut by half": the share of a change.
            let lead = FigureLexicon.qualifier(endingBefore: i, in: tokens)?.start ?? i
            if tokens.lower(at: lead - 1) == "by" {
                return build(fraction, unit: "percent", unitEnd: fraction.tokens.upperBound, rule: "fraction after 'by'", in: sentence)
            }
            // "fewer than a tenth had returned", "nearly a third smaller than expected": a share standing alone after a
            // qualifier (before a verb or the clause's end), or before a comparative.
            let next = tokens.lower(at: fraction.tokens.upperBound)
            if let next, Self.comparatives.contains(next) {
                return build(fraction, unit: "percent", unitEnd: fraction.tokens.upperBound, rule: "fraction before a comparative", in: sentence)
            }
            if lead < i, next.map({ Self.auxiliaries.contains($0) || tokens[fraction.tokens.upperBound].kind == .punctuation }) ?? true {
                return build(fraction, unit: "percent", unitEnd: fraction.tokens.upperBound, rule: "fraction after a qualifier", in: sentence)
            }
        }
        guard var number = NumberGrammar.parse(tokens, at: i) else { return nil }
        if blocked.containsAny(of: number.tokens) { return nil }
        if tokens.kind(at: i) == .number, !tokens[i].suffix.isEmpty, let unit = FigureLexicon.units[tokens[i].suffix] {
            return build(number, unit: unit, unitEnd: i + 1, rule: "number with glued unit", in: sentence)
        }
        var end = number.tokens.upperBound
        var reading: Reading = number.isVague ? .vague : (number.isDigits ? .number : .words)
        // Ranges: "8,000 to 11,000", "1,500-2,000", "between 1,500 and 2,000", "between $10 and $20 million".
        let sign = tokens.lower(at: number.tokens.lowerBound - 1).flatMap { FigureLexicon.currencySigns[$0] != nil ? $0 : nil }
        let beforeRange = tokens.lower(at: number.tokens.lowerBound - (sign == nil ? 1 : 2))
        let secondStart = end + 1 + (sign != nil && tokens.lower(at: end + 1) == sign ? 1 : 0)
        if !number.isVague, let joiner = tokens.lower(at: end), Self.rangeJoiners.contains(joiner),
           joiner != "and" || beforeRange == "between",
           // "the toll rose from 30 to 32": a change from one amount to another, two figures, not a range.
           !(joiner == "to" && Self.changeVerb(before: number.tokens.lowerBound, in: tokens) != nil),
           let second = NumberGrammar.parse(tokens, at: secondStart), var a = number.value, var b = second.value,
           !second.isVague, second.isDigits == number.isDigits, !blocked.containsAny(of: second.tokens) {
            let secondScale = second.tokens.count > 1 ? tokens.lower(at: second.tokens.upperBound - 1).flatMap({ NumberGrammar.scales[$0] }) : nil
            if b < a, tokens[secondStart].kind == .number, let scale = secondScale {
                b *= scale
            }
            // "8 to 11 million", "between $10 and $20 million": the scale written once covers both ends, when the
            // first end has none of its own and still comes below the second.
            if let scale = secondScale, number.tokens.count == 1, tokens[number.tokens.lowerBound].suffix.isEmpty, a * scale <= b {
                a *= scale
            }
            if b > a {
                number = ParsedNumber(low: a, high: b, tokens: number.tokens.lowerBound..<second.tokens.upperBound,
                                      isDigits: number.isDigits, isVague: false)
                end = second.tokens.upperBound
                reading = .range
            }
        }
        // Money: "$30 billion", "£2m".
        if number.isDigits, !number.isVague, let sign = tokens.lower(at: number.tokens.lowerBound - 1),
           let currency = FigureLexicon.currencySigns[sign] {
            return build(number, unit: currency, unitEnd: end, rule: Self.rule(reading, .currencySign), in: sentence, leading: 1)
        }
        // A number word after a determiner refers rather than counts ("the two cities"), except for
        // durations ("the six years of the war").
        let before = tokens.lower(at: number.tokens.lowerBound - 1) ?? ""
        // A possessive determines too: "Syria's two biggest cities".
        let determined = !number.isDigits && !number.isVague
            && (Self.determiners.contains(before) || before.hasSuffix("’s") || before.hasSuffix("'s") || before == "s")
        if let (unit, unitEnd) = FigureLexicon.unit(after: end, in: tokens, allowingOf: number.isVague) {
            if number.isVague, tokens.lower(at: end) != "of" { return nil }
            if determined, !FigureLexicon.nonCountUnits.contains(unit) { return nil }
            return build(number, unit: unit, unitEnd: unitEnd, rule: Self.rule(reading, .unit), in: sentence)
        }
        // What is counted, named in quotation marks: `four "de-escalation zones"`, `two "military police" battalions`.
        if !number.isVague, !determined, let (unit, unitEnd) = Self.quotedPluralNoun(after: end, in: tokens) {
            return build(number, unit: unit, unitEnd: unitEnd, rule: Self.rule(reading, .noun), in: sentence)
        }
        // A plain plural noun after the number, perhaps after one adjective or name: "2 stars", "300 roadside
        // bombs", "10,000 ISIS detainees".
        if !number.isVague, !determined, (number.isDigits || (number.value ?? 0) >= 2) {
            // Up to three words before the noun: "three mortar rounds", "two heavy machine guns", "seven oil storage
            // tanks", "15 ISIS tactical units" (a name first).
            var k = end
            var limit = min(end + 4, tokens.count)
            var sawDesignation = false
            var nameWords = 0
            while k < limit {
                defer { k += 1 }
                let t = tokens[k]
                // "six Tu-22M3 bombers", "two Su-24 jets": a designation glued to a name, not counted among the words.
                if k > end, !t.spaceBefore, t.kind == .number || t.lower == "-" && tokens[k - 1].isCapitalized
                    && k + 1 < tokens.count && tokens[k + 1].kind == .number && !tokens[k + 1].spaceBefore {
                    limit = min(limit + 1, tokens.count)
                    sawDesignation = true
                    continue
                }
                // "three explosive-laden drones": a hyphen glued inside a modifier (after a designation, as "Tu-22M3
                // long-range bombers", not counted among the words either).
                if t.lower == "-", !t.spaceBefore, k > end {
                    if sawDesignation { limit = min(limit + 1, tokens.count) }
                    continue
                }
                // A verb ends the noun phrase ("Deir Ezzor 24 said families fled").
                guard t.kind == .word, !t.classes.contains(.attribution), !Self.auxiliaries.contains(t.lower) else { break }
                if t.isCapitalized {
                    if k == end { continue }
                    // "785 foreign Islamic State affiliates": a name of up to three words after a modifier.
                    if nameWords < 3, tokens[k - 1].isCapitalized || FigureLexicon.modifiers.contains(tokens[k - 1].lower) {
                        nameWords += 1
                        limit = min(limit + 1, tokens.count)
                        continue
                    }
                    break
                }
                if Self.isPluralNoun(t.lower) {
                    return build(number, unit: t.lower, unitEnd: k + 1, rule: Self.rule(reading, .noun), in: sentence)
                }
                // An adjective the unit grammar knows ("300 special forces") may stand before the noun.
                if FigureLexicon.modifiers.contains(t.lower), !Self.functionWords.contains(t.lower), !t.lower.hasSuffix("s") { continue }
                if FigureLexicon.modifiers.contains(t.lower) || t.lower.hasSuffix("s") || Self.functionWords.contains(t.lower) {
                    if k > end, Self.joinsTwoModifiers(tokens, at: k) { continue }
                    break
                }
            }
        }
        // "23 civilians, seven of them children": a part of those just counted, named after "of them".
        if !number.isVague, tokens.lower(at: end) == "of", let pronoun = tokens.lower(at: end + 1), pronoun == "them" || pronoun == "whom" {
            // "at least 14 of them Hezbollah members": past up to two names before the noun.
            var k = end + 2
            while k < min(end + 4, tokens.count), tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
            if k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized {
                let noun = tokens[k].lower
                if let unit = FigureLexicon.units[noun] ?? (Self.isPluralNoun(noun) && !Self.functionWords.contains(noun) ? noun : nil) {
                    return build(number, unit: unit, unitEnd: k + 1, rule: Self.rule(reading, .noun), in: sentence)
                }
            }
        }
        // "two of the rockets", "19 of the hostages": a part of a set, counted in the set's noun (past two modifiers).
        if !number.isVague, !determined, tokens.lower(at: end) == "of", let owner = tokens.lower(at: end + 1),
           owner == "the" || owner == "its" || owner == "their", number.isDigits || (number.value ?? 0) >= 2 {
            for k in (end + 2)..<min(end + 5, tokens.count) {
                let t = tokens[k]
                guard t.kind == .word, !t.isCapitalized, !Self.functionWords.contains(t.lower) else { break }
                if Self.isPluralNoun(t.lower) || FigureLexicon.units[t.lower] != nil {
                    let unit = FigureLexicon.units[t.lower] ?? t.lower
                    guard !FigureLexicon.nonCountUnits.contains(unit) else { break }
                    return build(number, unit: unit, unitEnd: k + 1, rule: Self.rule(reading, .noun), in: sentence)
                }
            }
        }
        // "about 9,000 are foreigners": the noun a copula after the number predicates of it.
        if !number.isVague, !determined, let copula = tokens.lower(at: end), copula == "are" || copula == "were",
           end + 1 < tokens.count, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
           Self.isPluralNoun(tokens[end + 1].lower), !Self.functionWords.contains(tokens[end + 1].lower) {
            return build(number, unit: tokens[end + 1].lower, unitEnd: end + 2, rule: Self.rule(reading, .noun), in: sentence)
        }
        // "hundreds of bombs", "dozens of air force cadets", "dozens of booby-trapped cars": a vague amount's "of"
        // before a plain plural noun the unit lexicon lacks, perhaps after lower-case modifiers (hyphens inside them).
        if number.isVague, tokens.lower(at: end) == "of" {
            for k in (end + 1)..<min(end + 6, tokens.count) {
                let t = tokens[k]
                if t.lower == "-", !t.spaceBefore { continue }
                guard t.kind == .word, !t.isCapitalized, !Self.functionWords.contains(t.lower) else { break }
                if Self.isPluralNoun(t.lower) {
                    return build(number, unit: t.lower, unitEnd: k + 1, rule: Self.rule(reading, .noun), in: sentence)
                }
                // "dozens of wanted men": a count noun the unit grammar knows, after a modifier.
                if k > end + 1, let unit = FigureLexicon.units[t.lower], !FigureLexicon.nonCountUnits.contains(unit) {
                    return build(number, unit: unit, unitEnd: k + 1, rule: Self.rule(reading, .unit), in: sentence)
                }
            }
        }
        // "2,000 families stayed, while thousands more fled": "more" with no noun after it counts what a figure beside
        // it counts (the claim extractor gives it that figure's unit).
        if tokens.lower(at: end) == "more", number.isVague || (number.value ?? 0) >= 10,
           !(end + 1 < tokens.count && tokens[end + 1].kind == .word && Self.isPluralNoun(tokens[end + 1].lower)),
           var built = build(number, unit: FigureExtractor.unknownUnit, unitEnd: end + 1, rule: Self.rule(reading, .withoutUnit), in: sentence) {
            built.0.needsUnit = true
            return built
        }
        // "7,000 between police and soldiers": the unit is the coordinated nouns' last one.
        if tokens.lower(at: end) == "between" {
            var k = end + 1
            var unit: (String, Int)?
            while k < tokens.count, tokens[k].kind == .word, k < end + 8 {
                if let u = FigureLexicon.units[tokens[k].lower], !FigureLexicon.nonCountUnits.contains(u) { unit = (u, k + 1) }
                k += 1
            }
            if let (u, unitEnd) = unit {
                return build(number, unit: u, unitEnd: unitEnd, rule: Self.rule(reading, .betweenNouns), in: sentence)
            }
        }
        // "tens of thousands have fled", "as many as one million could be displaced": a verb of what befalls people
        // after the number says it counts people.
        if Self.impliesPeople(after: end, in: tokens), number.isVague || !number.isDigits || (number.value ?? 0) >= 100,
           !(number.isDigits && tokens.kind(at: number.tokens.lowerBound) == .number && Self.looksLikeYear(tokens[number.tokens.lowerBound])) {
            return build(number, unit: "people", unitEnd: end, rule: Self.readingNames[reading.rawValue] + " with people implied by its verb",
                         in: sentence)
        }
        // "the attacks … rose from about 15 a month to between 40 and 60 a month": a rate counts the plural noun the
        // clause named before it.
        if !number.isVague, let per = tokens.lower(at: end), per == "a" || per == "per",
           let unit = tokens.lower(at: end + 1), DateGrammar.timeUnits[unit] != nil, !unit.hasSuffix("s"),
           let noun = Self.pluralNounBefore(number.tokens.lowerBound, in: tokens) {
            return build(number, unit: noun, unitEnd: end, rule: Self.readingNames[reading.rawValue] + " a rate of the noun before", in: sentence)
        }
        guard number.isDigits, !number.isVague else { return nil }
        // "a population of about 200,000", "the number of militants is put at 1,000": the noun before names it.
        if let (unit, rule2) = Self.unitNamedBefore(number.tokens.lowerBound, in: tokens) {
            return build(number, unit: unit, unitEnd: end, rule: Self.readingNames[reading.rawValue] + rule2, in: sentence)
        }
        // "half of the residents are under 18": an age, not a count.
        if let bound = tokens.lower(at: number.tokens.lowerBound - 1), bound == "under" || bound == "over" || bound == "aged",
           let copula = tokens.lower(at: number.tokens.lowerBound - 2), Self.auxiliaries.contains(copula) || bound == "aged" {
            return nil
        }
        // "22 of the victims were younger than 14", "a boy aged between 12 and 14": an age (and its range's end).
        var lead = number.tokens.lowerBound
        if lead >= 2, tokens[lead - 1].kind == .word, tokens[lead - 2].kind == .number, Self.rangeJoiners.contains(tokens[lead - 1].lower) {
            lead -= 2
        }
        if lead >= 2, tokens[lead - 1].kind == .word, tokens[lead - 2].kind == .word, Self.ageWords.contains(tokens[lead - 2].lower),
           Self.ageBounds.contains(tokens[lead - 1].lower) {
            return nil
        }
        let hasQualifier = FigureLexicon.qualifier(endingBefore: number.tokens.lowerBound, in: tokens) != nil
        if number.low == nil, (number.value ?? 0) < 10, !hasQualifier { return nil }
        guard var built = build(number, unit: FigureExtractor.unknownUnit, unitEnd: end, rule: Self.rule(reading, .withoutUnit), in: sentence) else { return nil }
        built.0.needsUnit = true
        return built
    }

    /// "the first half of June", "the second half of 2015", "a third of the year": a part of a time, not a share.
    static func isPartOfTime(_ fraction: Range<Int>, in tokens: [WordToken]) -> Bool {
        if let before = tokens.lower(at: fraction.lowerBound - 1), timeOrdinals.contains(before) { return true }
        var k = fraction.upperBound + 1
        if tokens.lower(at: k) == "the" { k += 1 }
        guard let word = tokens.lower(at: k) else { return false }
        if DateGrammar.months[word] != nil || timeNouns.contains(word) { return true }
        return tokens.kind(at: k) == .number && looksLikeYear(tokens[k])
    }

    static let timeOrdinals: GrammarWordSet = ["first", "second", "last", "latter", "former", "final"]
    static let timeNouns: GrammarWordSet = ["year", "month", "decade", "century", "week", "day", "season"]

    static let openingQuotes: Set<String> = ["\"", "“", "‘", "'"]
    static let closingQuotes: Set<String> = ["\"", "”", "’", "'"]

    /// The plural noun right after a quotation that opens at `index`, or the one ending it: `"military police"
    /// battalions`, `"de-escalation zones"`. Nil when the quotation is long (a quote, not a name) or no plural noun ends it.
    static func quotedPluralNoun(after index: Int, in tokens: [WordToken]) -> (unit: String, end: Int)? {
        guard index + 2 < tokens.count, tokens[index].kind == .punctuation, openingQuotes.contains(tokens[index].lower),
              let close = (index + 2..<min(index + 7, tokens.count)).first(where: {
                  tokens[$0].kind == .punctuation && closingQuotes.contains(tokens[$0].lower) }),
              (index + 1..<close).allSatisfy({ tokens[$0].kind == .word || tokens[$0].lower == "-" })
        else { return nil }
        // The unit grammar's name for the noun where it has one ("troops"), else the noun as written.
        func unit(_ k: Int) -> String? {
            guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized else { return nil }
            if let known = FigureLexicon.units[tokens[k].lower] { return known }
            return isPluralNoun(tokens[k].lower) ? tokens[k].lower : nil
        }
        // A noun after the quotation is the head the quoted words modify.
        if let after = unit(close + 1) { return (after, close + 2) }
        if let inside = unit(close - 1) { return (inside, close + 1) }
        return nil
    }

    /// Auxiliaries that may stand between a number and a verb of what befalls people.
    static let impliedPeopleAuxiliaries = GrammarWordSet(auxiliaryWords.union([
        "be", "been", "being", "reportedly", "already", "also", "still", "now",
    ]))
    /// Verbs (as participles or past forms) that happen only to people: "have fled", "were killed", "could be displaced".
    static let impliedPeopleVerbs: GrammarWordSet = [
        "fled", "killed", "displaced", "died", "wounded", "injured", "trapped", "detained", "arrested", "evacuated",
        "abducted", "kidnapped", "executed", "massacred", "starved", "drowned", "returned", "escaped",
    ]

    /// Whether the words at `index` are a verb of what befalls people, perhaps after up to three auxiliaries.
    static func impliesPeople(after index: Int, in tokens: [WordToken]) -> Bool {
        var k = index
        while k < tokens.count, k - index < 3, tokens[k].kind == .word, impliedPeopleAuxiliaries.contains(tokens[k].lower) { k += 1 }
        return k < tokens.count && tokens[k].kind == .word && impliedPeopleVerbs.contains(tokens[k].lower)
    }

    /// The nearest lower-case plural noun before `index` in its clause (at most twelve words back, no punctuation).
    static func pluralNounBefore(_ index: Int, in tokens: [WordToken]) -> String? {
        var k = index - 1
        while k >= 0, index - k <= 12 {
            let t = tokens[k]
            if t.kind == .punctuation { return nil }
            if t.kind == .word, !t.isCapitalized, !functionWords.contains(t.lower), isPluralNoun(t.lower) {
                let unit = FigureLexicon.units[t.lower] ?? t.lower
                if !FigureLexicon.nonCountUnits.contains(unit) { return unit }
            }
            k -= 1
        }
        return nil
    }

    /// A four-digit number without a separator between 1900 and 2099: read as a year, not a count.
    static func looksLikeYear(_ token: WordToken) -> Bool {
        guard token.end - token.start == 4, let value = Int(token.lower) else { return false }
        return (1900...2099).contains(value)
    }

    /// How a figure's number was read, and what followed it: the two halves of its rule ("number" + " with unit").
    private enum Reading: Int { case vague, number, words, range }
    private enum RuleEnding: Int { case currencySign, unit, noun, betweenNouns, withoutUnit }

    private static let readingNames = ["vague amount", "number", "number words", "range"]
    private static let ruleEndings = [" with currency sign", " with unit", " with noun", " between nouns", " without unit"]
    /// Every reading joined with every ending once: joining them per figure would build a new string each time.
    private static let joinedRules: [[String]] = readingNames.map { name in ruleEndings.map { name + $0 } }

    private static func rule(_ reading: Reading, _ ending: RuleEnding) -> String {
        joinedRules[reading.rawValue][ending.rawValue]
    }

    /// Whether every letter of a word is a capital ("COVID", "MH").
    static func isInCapitals(_ token: WordToken, in sentence: TokenizedSentence) -> Bool {
        let written = sentence.text(of: token.range)
        return written.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    }

    /// The unit a noun phrase before a bare number names: "population of (about) N" counts people, "the death
    /// toll rose to N" the dead, and "the number of UNIT … at/was/is N" the unit. Looks back at most twelve words, within the clause.
    static func unitNamedBefore(_ index: Int, in tokens: [WordToken]) -> (unit: String, rule: String)? {
        // "a town of 44,000", "a city of some 2 million": a settlement "of" a number counts its people.
        var lead = index - 1
        if let q = FigureLexicon.qualifier(endingBefore: index, in: tokens) { lead = q.start - 1 }
        if tokens.lower(at: lead) == "of", let noun = tokens.lower(at: lead - 1), settlementNouns.contains(noun),
           ["a", "an"].contains(tokens.lower(at: lead - 2) ?? "") || tokens.lower(at: lead - 3) == "a" {
            return ("people", " after '\(noun) of'")
        }
        // "The death toll from Monday's bombing in Suruç, in Sanliurfa province, rose from 30 to 32": the subject of a
        // change may hold commas, up to 30 words back from its verb.
        if let verb = changeVerb(before: index, in: tokens) {
            var k = verb - 1
            while k >= 0, verb - k <= 30, !Self.clauseStops.contains(tokens[k].lower) {
                if tokens[k].lower == "toll" { return tollUnit(at: k, in: tokens, rule: " … \(tokens[verb].lower)") }
                k -= 1
            }
        }
        var k = index - 1
        while k >= 0, index - k <= 12 {
            let t = tokens[k]
            if t.kind == .punctuation, t.lower != "-" { return nil }
            if t.kind == .number { return nil }
            if t.lower == "population" || t.lower == "populations" { return ("people", " after 'population'") }
            if t.lower == "toll" { return tollUnit(at: k, in: tokens, rule: "") }
            // "the number of IS fighters", "the number of foreign fighters": names and modifiers before the noun.
            if Self.countingNouns.contains(t.lower), tokens.lower(at: k + 1) == "of",
               let noun = countedNoun(after: k + 1, before: index, in: tokens), let unit = FigureLexicon.units[noun],
               !FigureLexicon.nonCountUnits.contains(unit), !FigureLexicon.measureUnits.contains(unit) {
                return (unit, " after '\(t.lower) of \(noun)'")
            }
            k -= 1
        }
        return nil
    }

    /// What the toll at `k` counts: the dead after "death", else casualties (`rule` ends the rule's quotation).
    private static func tollUnit(at k: Int, in tokens: [WordToken], rule: String) -> (unit: String, rule: String) {
        tokens.lower(at: k - 1) == "death" ? ("dead", " after 'death toll\(rule)'") : ("casualties", " after 'toll\(rule)'")
    }

    /// The verb of change before a number that is its start or its end: "rose from 30", "rose from 30 to 32",
    /// "climbed to 40" (past a qualifier: "rose from about 30").
    static func changeVerb(before index: Int, in tokens: [WordToken]) -> Int? {
        // By set lookups only (a failed string comparison takes a slow path).
        guard index >= 2, tokens[index - 1].kind == .word else { return nil }
        var k = index - 1
        if !changeLeads.contains(tokens[k].lower) {
            guard let qualifier = FigureLexicon.qualifier(endingBefore: index, in: tokens) else { return nil }
            k = qualifier.start - 1
        }
        guard k >= 1, tokens[k].kind == .word, changeLeads.contains(tokens[k].lower) else { return nil }
        // "from 30 to 32": back over the first amount to "from".
        if k >= 3, tokens[k - 1].kind == .number, tokens[k - 2].kind == .word, changeLeads.contains(tokens[k - 2].lower),
           !changeVerbs.contains(tokens[k - 1].lower) {
            k -= 2
        }
        let verb = k - 1
        guard tokens[verb].kind == .word, changeVerbs.contains(tokens[verb].lower) else { return nil }
        return verb
    }

    static let changeLeads: GrammarWordSet = ["from", "to"]
    /// "younger than 14", "aged between 12 and 14" ("older between" and "aged than" do not occur).
    static let ageWords: GrammarWordSet = ["younger", "older", "aged"]
    static let ageBounds: GrammarWordSet = ["than", "between", "from"]

    static let changeVerbs: GrammarWordSet = [
        "rose", "risen", "rise", "rises", "rising", "climbed", "climb", "climbs", "climbing", "jumped", "jumps", "increased",
        "increases", "grew", "grown", "grows", "fell", "fallen", "falls", "dropped", "drops", "declined", "soared",
        "surged", "swelled", "shrank", "doubled", "tripled",
    ]
    /// Marks that end a clause's subject, looking back from its verb.
    static let clauseStops: GrammarWordSet = [".", ";", ":", "\"", "“", "”", "(", ")"]

    /// Places whose size is their people: "a town of 44,000".
    static let settlementNouns: GrammarWordSet = ["town", "city", "village", "camp", "district", "neighbourhood", "suburb"]

    /// The noun after "of" at `of`, past up to two names or modifiers, before `limit`.
    private static func countedNoun(after of: Int, before limit: Int, in tokens: [WordToken]) -> String? {
        var k = of + 1
        while k < limit, k - of <= 2, tokens[k].kind == .word,
              tokens[k].isCapitalized || FigureLexicon.modifiers.contains(tokens[k].lower) && FigureLexicon.units[tokens[k].lower] == nil {
            k += 1
        }
        return k < limit ? tokens[k].lower : nil
    }

    /// "the number of", "a total of": nouns whose "of" names what a bare number counts.
    static let countingNouns: GrammarWordSet = ["number", "numbers", "total", "tally"]

    static let functionWords: GrammarWordSet = [
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "than", "as", "after", "before",
        "were", "was", "are", "is", "had", "have", "has", "would", "will", "could", "may", "might",
    ]

    /// A lower-case word that looks like a plural noun ("axes", "points", "mosques").
    static func isPluralNoun(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("ous")
            && !notPlurals.contains(word)
    }

    /// Words ending in "s" that are not plural nouns.
    static let notPlurals: GrammarWordSet = [
        "this", "thus", "was", "has", "its", "does", "is", "whereas", "perhaps", "across", "towards", "afterwards",
        "others", "ones",
    ]

    /// Comparatives a share can measure ("a third smaller").
    static let comparatives: GrammarWordSet = ["smaller", "larger", "bigger", "fewer", "less", "more", "lower", "higher"]
    /// Auxiliaries, copulas and modals: after a share standing alone, its clause's verb ("fewer than a tenth had
    /// returned"); after a number, the end of its noun phrase.
    static let auxiliaryWords: Set<String> = ["had", "have", "has", "was", "were", "is", "are", "will", "would", "could", "may", "might"]
    static let auxiliaries = GrammarWordSet(auxiliaryWords.union(["did", "do", "does"]))
    /// Words joining the two ends of a range ("8,000 to 11,000").
    static let rangeJoiners: GrammarWordSet = ["to", "-", "–", "—", "and", "or"]
    /// Words before a number word that make it refer rather than count ("the two cities").
    static let determiners: GrammarWordSet = ["the", "these", "those", "its", "their", "his", "her", "our", "both"]

    /// Units of time: "two days earlier" is a time expression, not a count. ("six weeks after the assault began" is
    /// the assault's duration so far, which the gold files count as a figure.)
    static let timeUnits: GrammarWordSet = ["hours", "days", "weeks", "months", "years", "hour", "day", "week", "month", "year"]

    /// `leading`: tokens before the number that belong to the figure (a currency sign).
    private func build(_ number: ParsedNumber, unit: String, unitEnd: Int, rule: String,
                       in sentence: TokenizedSentence, leading: Int = 0) -> (FigureMatch, Int)? {
        let tokens = sentence.tokens
        if Self.timeUnits.contains(unit), let next = tokens.lower(at: unitEnd), next == "earlier" || next == "later" { return nil }
        var start = number.tokens.lowerBound - leading
        var qualifier: String?
        if let q = FigureLexicon.qualifier(endingBefore: start, in: tokens) {
            qualifier = q.text
            start = q.start
        } else if tokens.lower(at: number.tokens.upperBound) == "-", tokens.lower(at: number.tokens.upperBound + 1) == "plus" {
            // "2,500-plus strikes": more than the number.
            qualifier = "over"
        } else if start >= 3, tokens.matches(["a", "total", "of"], at: start - 3) {
            start -= 3
        } else if number.low != nil, let before = tokens.lower(at: start - 1), before == "between" || before == "from" {
            start -= 1
        }
        let range = sentence.characterRange(ofTokens: start..<unitEnd)
        let figure = ExtractedFigure(value: number.value, low: number.low, high: number.high, unit: unit,
                                     qualifier: qualifier, text: sentence.text(of: range))
        return (FigureMatch(figure: figure, range: range, rule: rule, needsUnit: false), unitEnd)
    }
}

/// The tokens of a sentence's time expressions whose numbers are no figures ("in 2017", "on 3 May"), asked of the
/// times themselves: a sentence has a few, and most of its tokens are never asked about.
struct BlockedTokens {
    let times: [TimeExpression]
    /// The sentence's token count: no token past it is blocked.
    let count: Int

    func contains(_ token: Int) -> Bool {
        // By index: `contains(where:)` would hand each time over as a copy (retaining its strings and years).
        guard token < count else { return false }
        for index in times.indices where !times[index].numbersAreFigures && times[index].tokens.contains(token) { return true }
        return false
    }

    /// Whether any token of `range` is blocked.
    func containsAny(of range: Range<Int>) -> Bool {
        for token in range where contains(token) { return true }
        return false
    }
}

extension Array where Element == WordToken {
    func kind(at index: Int) -> WordToken.Kind? {
        index >= 0 && index < count ? self[index].kind : nil
    }
}
