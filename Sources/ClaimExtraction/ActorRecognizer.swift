/// Finds actor mentions (states, armed forces, militias, jihadist groups, coalitions, governments,
/// news sources) in text, from `ActorDictionary`.
///
/// Word-bounded and longest first (`Syrian Democratic Forces` before `Syrian`); acronyms are
/// case-sensitive (`US`, not "us"); demonyms name their state (`Russian airstrikes` → Russia,
/// `US aircraft` → United States, `Iranian backed` → Iran); Arabic-derived names also match through
/// `Normalizer.key` (`Jabhat an-Nusra`). A capital is a place, except as a speaker
/// (`Damascus said` → Syrian government).
public struct ActorRecognizer: Sendable {
    public init() {}

    public static let entries: [ActorEntry] = ActorDictionary.entries

    /// Aliases only, not names: `Syria` (the state's name) is a place; `Syrian` is the actor.
    private static let matcher = AliasMatcher(aliases: ActorDictionary.entries.flatMap { entry in
        entry.aliases.map { (entryKey: entry.key, alias: $0) }
    }, source: "actor dictionary")

    /// Builds the matcher now (see `ClaimExtractor.loadTablesBesidesGazetteer`).
    static func loadTables() { _ = matcher }

    public func recognize(in text: String) -> [EntityMatch] {
        recognize(in: NameText(text))
    }

    /// The same, on text already split into words (shared with `PlaceRecognizer` and `PersonRecognizer`).
    public func recognize(in text: NameText) -> [EntityMatch] {
        var spans = SpanScratch()
        return recognize(in: text, spans: &spans)
    }

    /// The same, sharing span keys through `spans` (made for `text`) with the other recognisers.
    func recognize(in text: NameText, spans: inout SpanScratch) -> [EntityMatch] {
        let tokens = text.tokens
        var matches = ActorRecognizer.matcher.matches(in: text, source: "actor dictionary", scratch: &spans)
        var added = false
        // By index: most sentences have no speaking capital, and `enumerated()` would copy each token to look.
        for index in tokens.indices where tokens[index].classes.contains(.speakingCapital) {
            let token = tokens[index]
            let word = text.text(of: index)
            guard let slug = ActorDictionary.speakingCapitals[word],
                  !matches.contains(where: { $0.range.overlaps(token.range) }) else { continue }
            guard let rule = governmentReading(of: index, word: word, in: text, actors: matches) else { continue }
            matches.append(EntityMatch(key: "actor:\(slug)", range: token.range, matched: word, rule: rule))
            added = true
        }
        // "the peshmerga", "the federal police": an actor written in lower case, which the matcher (capitalised words
        // only) does not see.
        for index in tokens.indices where tokens[index].classes.contains(.lowercaseActor) && !tokens[index].isCapitalised {
            // The first word compared in place (no string is made for it).
            guard let forms = ActorDictionary.lowercaseAliases.first(where: { Self.isWord(index, $0.key, in: text) })?.value,
                  let form = forms.first(where: { form in
                      form.rest.indices.allSatisfy { Self.isWord(index + 1 + $0, form.rest[$0], in: text) }
                  }) else { continue }
            let range = tokens[index].range.lowerBound..<tokens[index + form.rest.count].range.upperBound
            guard !matches.contains(where: { $0.range.overlaps(range) }) else { continue }
            let written = text.written(index, index + form.rest.count)
            matches.append(EntityMatch(key: "actor:\(form.slug)", range: range, matched: written,
                                       rule: "lower-case alias '\(written)' (actor dictionary)"))
            added = true
        }
        return added ? matches.sorted { $0.range.lowerBound < $1.range.lowerBound } : matches
    }

    /// Why the capital `word` at `index` stands for its government here (the rule's text), or nil where it is the city.
    private func governmentReading(of index: Int, word: String, in text: NameText, actors: [EntityMatch]) -> String? {
        // "Biden, visiting Ankara, said": the object of a participle is the place visited, not the speaker.
        let before = Self.lowercasedWord(index - 1, in: text) ?? ""
        // "in Syria", "from Moscow": after a place preposition only the rules that read the words after the capital can
        // make it the state, a compound ("from Tehran-backed militias") or a possessive office (most mentions of Syria and
        // Iraq end there).
        let readsBefore = before == "to" || !Self.placePrepositions.contains(before)
        if readsBefore {
            if let verb = governmentVerb(after: index, in: text), !Self.placePrepositions.contains(before),
               !Self.isCoordinatedAfterPlacePreposition(index, in: text),
               !(before.hasSuffix("ing") && text.tokens[index - 1].flags.contains(.lowercaseStart)) {
                return "'\(word) … \(text.text(of: verb))' → \(Self.reading(word)) as subject)"
            }
            if let verb = governmentObjectVerb(before: index, in: text) { return "'\(verb) \(word) …' → \(Self.reading(word)) as object)" }
            if let participle = agentParticiple(before: index, in: text) {
                return "'\(participle) by \(word)' → \(Self.reading(word)) as agent)"
            }
            if let verb = transferVerb(before: index, in: text) { return "'\(verb) … to \(word)' → \(Self.readingNoun(word)) (given it)" }
        }
        // "at the request of Baghdad, which has sought …": a relative clause's own state verb, after any preposition.
        if !readsBefore, relativeClauseEnd(after: index, in: text) != nil, let verb = verb(after: index + 2, in: text) {
            return "'\(word), which … \(text.text(of: verb))' → \(Self.reading(word)) as subject)"
        }
        if let participle = compoundAgentParticiple(after: index, in: text) {
            return "'\(word)-\(participle)' → \(Self.reading(word)) as agent)"
        }
        if readsBefore {
            if let stance = stancePrefix(before: index, in: text) { return "'\(stance)-\(word)' → \(Self.readingNoun(word)) (a stance towards it)" }
            if let reason = partyBetween(index, in: text, actors: actors) { return "'between … \(word) …' → \(Self.readingNoun(word)) (\(reason))" }
            if let count = statesListedWith(index, in: text, actors: actors) {
                return "'\(word)' listed with \(count) other actors → \(Self.readingNoun(word))"
            }
            if let loyalty = allegiance(before: index, in: text) { return "'\(loyalty) \(word)' → \(Self.readingNoun(word)) (an allegiance)" }
        }
        if let office = possessedOffice(after: index, in: text) { return "'\(word)'s \(office)' → \(Self.readingNoun(word)) (its office)" }
        if ownedActor(after: index, in: text, actors: actors) { return "'\(word)'s' before an actor → \(Self.readingNoun(word)) (owns it)" }
        if let noun = givenFrom(index, in: text) { return "'\(noun) from \(word)' → \(Self.readingNoun(word)) (gives it)" }
        if readsBefore, let relation = relationWith(index, in: text) {
            return "'\(relation) with \(word)' → \(Self.readingNoun(word)) (a party to it)"
        }
        return nil
    }

    /// How a rule names what the word became: a capital its government, a country its state.
    private static func reading(_ word: String) -> String {
        ActorDictionary.actingCountries.contains(word) ? "state (country" : "government (capital"
    }

    private static func readingNoun(_ word: String) -> String { ActorDictionary.actingCountries.contains(word) ? "state" : "government" }

    /// The office or body a possessive after the capital at `index` names: "Iraq's ambassador", "Moscow's envoy",
    /// "Ankara's foreign ministry". ("Iraq's second-largest city" is the country's.)
    private func possessedOffice(after index: Int, in text: NameText) -> String? {
        guard Self.hasPossessive(after: index, in: text) else { return nil }
        // "Iraq's ambassador", "Lebanon's health ministry", "Iraq's Joint Operations Command": the office within three
        // words, with no mark between.
        for offset in 1...3 {
            guard let word = Self.lowercasedWord(index + offset, in: text) else { return nil }
            if Self.officeNouns.contains(word) { return word }
            if offset > 1, Self.gapHasComma(before: index + offset, in: text) || Self.gapHasStop(before: index + offset, in: text) {
                return nil
            }
        }
        return nil
    }

    /// The offices and bodies through which a state acts.
    static let officeNouns: Set<String> = [
        "ambassador", "ambassadors", "envoy", "envoys", "embassy", "foreign", "defence", "defense", "interior", "government",
        "ministry", "ministers", "minister", "prime", "president", "presidency", "parliament", "cabinet", "leaders", "leadership",
        "delegation", "delegates", "negotiators", "representative", "representatives", "military", "intelligence", "consulate",
        "director", "directorate", "authorities", "officials", "spokesman", "spokeswoman", "chief", "head",
        // Security bodies named in full: "Iraq's Security Media Cell", "Iraq's Joint Operations Command".
        "cell", "command", "agency", "service", "services", "police", "army", "forces",
    ]

    /// The relation word before "with" and the capital at `index`: "the agreement with Baghdad", "talks with Damascus",
    /// "a deal reached with Ankara". ("The road with Baghdad" is no relation.)
    private func relationWith(_ index: Int, in text: NameText) -> String? {
        guard Self.isWord(index - 1, "with", in: text) else { return nil }
        var k = index - 2
        if let word = Self.lowercasedWord(k, in: text), Self.relationParticiples.contains(word) {
            // "The zone, agreed with Moscow in 2017,": a participle opening its own phrase names the relation.
            if Self.gapHasComma(before: k, in: text) { return word }
            k -= 1
        }
        guard let relation = Self.lowercasedWord(k, in: text), Self.relationWords.contains(relation) else { return nil }
        return relation
    }

    /// Participles between a relation and "with": "a deal reached with", "the agreement signed with".
    static let relationParticiples: Set<String> = ["reached", "struck", "signed", "agreed", "brokered", "held", "made"]

    /// "Diplomats in Beirut and Amman said": a capital joined by "and" or "or" to names after a place preposition is
    /// one of the places the preposition governs.
    private static func isCoordinatedAfterPlacePreposition(_ index: Int, in text: NameText) -> Bool {
        var lead = index - 1
        while lead >= 1, isWord(lead, "and", in: text) || isWord(lead, "or", in: text), text.tokens[lead - 1].isCapitalised {
            lead -= 2
        }
        guard lead < index - 1, let word = lowercasedWord(lead, in: text) else { return false }
        return placePrepositions.contains(word)
    }

    /// Word `index` in lower case, nil outside the text (read only around the rare capitals). An ASCII word with no
    /// capital (most words here) is its own lower case: no second string is made for it.
    private static func lowercasedWord(_ index: Int, in text: NameText) -> String? {
        guard index >= 0 && index < text.tokens.count else { return nil }
        return text.tokens[index].flags.contains(.lowercaseASCII) ? text.text(of: index) : text.text(of: index).lowercased()
    }

    /// Whether word `index` in lower case is `word` (false outside the text): a lowercase ASCII word's bytes are
    /// compared in place, with no string made.
    private static func isWord(_ index: Int, _ word: String, in text: NameText) -> Bool {
        guard index >= 0 && index < text.tokens.count else { return false }
        let token = text.tokens[index]
        guard token.flags.contains(.lowercaseASCII) else { return lowercasedWord(index, in: text) == word }
        return text.bytes[token.bytes].elementsEqual(word.utf8)
    }

    /// Verbs whose object, followed by what it is asked or accused of, is a state: "told Ankara to stay out",
    /// "accused Baghdad of betrayal", "called on Moscow to restrain its allies".
    static let objectVerbs: Set<String> = [
        "told", "tells", "urged", "urges", "accused", "accuses", "warned", "warns", "pressed", "presses", "asked", "asks",
        "blamed", "blames", "criticised", "criticized", "condemned", "condemns", "thanked", "lobbied",
        // ", Ankara said, accusing Damascus of breaching …": the participles too.
        "accusing", "urging", "telling", "warning", "pressing", "asking", "blaming", "criticising", "criticizing",
        // What a state is let or made to do: "allowed Lebanon to recover", "forced Damascus to accept".
        "allowed", "allows", "allowing", "forced", "forces", "forcing", "persuaded", "helped", "invited",
    ]
    static let afterObject: Set<String> = ["to", "of", "for", "not", "that"]

    /// Verbs of stirring a state, whose object needs nothing after it: "a move that angered Ankara", "alarming
    /// Baghdad and Erbil". The capital must end its phrase ("alarmed Baghdad residents" names the city's people).
    static let stirringVerbs: Set<String> = [
        "angered", "angering", "angers", "infuriated", "infuriating", "alarmed", "alarming", "alarms", "irked", "irking",
        "upset", "upsetting", "antagonised", "antagonized", "antagonising", "antagonizing", "provoked", "provoking",
        "reassured", "reassuring", "dismayed", "frustrated", "embarrassed",
    ]
    /// Words that may follow the object of a stirring verb.
    static let afterStirredObject: Set<String> = ["and", "by", "because", "with", "as", "after", "when", "which", "who", "in", "at", "over"]

    /// Nouns of what a state gives or asks for, before "from" and the capital: "without more help from Washington",
    /// "pressure from Ankara", "approval from Damascus".
    static let givenFromNouns: Set<String> = [
        "help", "support", "assistance", "aid", "backing", "pressure", "approval", "permission", "consent", "blessing",
        "guarantees", "funding", "objections", "opposition", "criticism", "threats", "warnings", "demands", "request",
        "requests", "orders", "instructions",
    ]

    /// "help from Washington": the noun before "from" and the capital at `index`.
    private func givenFrom(_ index: Int, in text: NameText) -> String? {
        guard Self.isWord(index - 1, "from", in: text), let noun = Self.lowercasedWord(index - 2, in: text),
              Self.givenFromNouns.contains(noun), !Self.gapHasComma(before: index - 1, in: text) else { return nil }
        return noun
    }

    /// "Iraq's Popular Mobilisation Forces": a possessive owning the actor named right after it.
    private func ownedActor(after index: Int, in text: NameText, actors: [EntityMatch]) -> Bool {
        guard index + 1 < text.tokens.count, Self.hasPossessive(after: index, in: text) else { return false }
        let next = text.tokens[index + 1].range.lowerBound
        return actors.contains { $0.range.lowerBound == next }
    }

    /// Whether "'s" or "’s" follows word `index` in the text's bytes.
    private static func hasPossessive(after index: Int, in text: NameText) -> Bool {
        let end = text.tokens[index].bytes.upperBound
        let bytes = text.bytes
        if end + 1 < bytes.count, bytes[end] == 0x27 { return bytes[end + 1] == 0x73 }
        return end + 3 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99 && bytes[end + 3] == 0x73
    }

    /// The verb (as written, with "on" after "called") whose object the capital at `index` is, when what the
    /// capital is told, asked or accused of follows it; a second capital may be joined to it by "and" ("urged
    /// Ankara and Baghdad to coordinate").
    private func governmentObjectVerb(before index: Int, in text: NameText) -> String? {
        let tokens = text.tokens
        // The object's words: the capital, and a second one joined to it by "and" on either side.
        var first = index, last = index
        if Self.isWord(index + 1, "and", in: text), index + 2 < tokens.count,
           tokens[index + 2].classes.contains(.speakingCapital) {
            last = index + 2
        } else if Self.isWord(index - 1, "and", in: text), index >= 2, tokens[index - 2].classes.contains(.speakingCapital) {
            first = index - 2
        }
        guard first >= 1, let before = Self.lowercasedWord(first - 1, in: text) else { return nil }
        // "a move that angered Ankara.": a stirring verb's object ends its phrase.
        if Self.stirringVerbs.contains(before) {
            let next = Self.lowercasedWord(last + 1, in: text)
            if next == nil || Self.gapHasComma(before: last + 1, in: text) || Self.gapHasStop(before: last + 1, in: text)
                || Self.afterStirredObject.contains(next!) {
                return before
            }
        }
        guard let next = Self.lowercasedWord(last + 1, in: text), Self.afterObject.contains(next) else { return nil }
        if Self.objectVerbs.contains(before) { return before }
        if before == "on", let called = Self.lowercasedWord(first - 2, in: text), ["called", "calls", "call"].contains(called) {
            return called + " on"
        }
        return nil
    }

    /// How many other actors share a list of names with the country at `index`, when at least two do and no place
    /// preposition opens the list: "nations that conducted strikes included Australia, Belgium, France, Jordan and the
    /// Netherlands" lists states ("refugees in Turkey, Lebanon and Jordan" lists places).
    private func statesListedWith(_ index: Int, in text: NameText, actors: [EntityMatch]) -> Int? {
        let tokens = text.tokens
        // A comma beside the country or one word off, tested first: most countries stand in no list.
        guard (index - 1...index + 2).contains(where: { Self.gapHasComma(before: $0, in: text) }) else { return nil }
        func joins(_ k: Int) -> Bool {
            tokens[k].isCapitalised || Self.isWord(k, "and", in: text) || Self.isWord(k, "the", in: text)
        }
        var start = index
        while start > 0, index - start < 24, joins(start - 1) { start -= 1 }
        var end = index
        while end + 1 < tokens.count, end - index < 24, joins(end + 1) { end += 1 }
        // Only names joined by commas and "and": some comma inside the list, and none of it after a place preposition.
        guard end > start, (start + 1...end).contains(where: { Self.gapHasComma(before: $0, in: text) }) else { return nil }
        if let before = Self.lowercasedWord(start - 1, in: text), Self.placePrepositions.contains(before) { return nil }
        let list = tokens[start].range.lowerBound..<tokens[end].range.upperBound
        let capital = tokens[index].range
        let others = actors.filter { list.contains($0.range.lowerBound) && !$0.range.overlaps(capital) }.count
        return others >= 2 ? others : nil
    }

    /// Words before "between" whose two sides are parties, not places: "talks between Baghdad and Erbil".
    static let relationWords: Set<String> = [
        "talks", "dispute", "disputes", "tensions", "tension", "agreement", "agreements", "deal", "negotiations", "rift",
        "relations", "ties", "fighting", "clashes", "contested", "war", "conflict", "truce", "ceasefire", "rivalry",
        "standoff", "stand-off", "split", "divided", "mediate", "mediated", "mediating", "rapprochement",
        // What is worked out with a state: "a matter to be solved with Damascus", "coordination with Baghdad".
        "solved", "resolved", "settled", "coordinated", "coordination", "cooperation",
    ]

    /// Why the capital at `index` is a party in a list after "between": the word before "between" relates two parties
    /// ("talks between Baghdad and Erbil"), or an actor stands in the same list ("between Baghdad, Erbil and
    /// PKK-linked militias"). "The road between Baghdad and Erbil" names two places.
    private func partyBetween(_ index: Int, in text: NameText, actors: [EntityMatch]) -> String? {
        let tokens = text.tokens
        // Back to "between" over the list's names and joining words.
        var start = index - 1
        while start >= 0, index - start <= 6 {
            let word = Self.lowercasedWord(start, in: text) ?? ""
            if word == "between" { break }
            guard tokens[start].isCapitalised || word == "and" || word == "or" || tokens[start + 1].flags.contains(.gapIsHyphen)
            else { return nil }
            start -= 1
        }
        guard start >= 0, Self.isWord(start, "between", in: text) else { return nil }
        if let relation = Self.lowercasedWord(start - 1, in: text), Self.relationWords.contains(relation) { return relation }
        // The list runs on past the capital over names, "and", "or" and words hyphenated to the one before
        // ("PKK-linked").
        var end = index + 1
        while end < tokens.count, end - start <= 8,
              tokens[end].isCapitalised || ["and", "or"].contains(Self.lowercasedWord(end, in: text) ?? "")
                || tokens[end].flags.contains(.gapIsHyphen) {
            end += 1
        }
        let list = tokens[start + 1].range.lowerBound..<tokens[end - 1].range.upperBound
        let capital = tokens[index].range
        return actors.contains { list.contains($0.range.lowerBound) && !$0.range.overlaps(capital) } ? "listed with an actor" : nil
    }

    /// "in Ankara agreed" is a meeting's place, not its government.
    static let placePrepositions: Set<String> = ["in", "at", "from", "to", "near", "into", "of", "outside", "via", "through"]

    /// The verb a capital at `index` is the subject of: after it, or after "and" and a second capital ("Washington
    /// and Ankara agreed"), past at most three auxiliaries ("Moscow would not tolerate").
    private func governmentVerb(after index: Int, in text: NameText) -> Int? {
        if let verb = verb(after: index + 1, in: text) { return verb }
        // "Jordan, which hosts 650,000 refugees, has said": the verb after a relative clause between commas; "Baghdad,
        // which has sought": the clause's own verb.
        if let end = relativeClauseEnd(after: index, in: text) {
            if let verb = verb(after: index + 2, in: text) ?? verb(after: end, in: text) { return verb }
        }
        // "Damascus and Tehran, Hezbollah's main allies, condemned …": an appositive between the capitals and the verb.
        var last = index
        if Self.isWord(index + 1, "and", in: text), index + 2 < text.tokens.count,
           text.tokens[index + 2].classes.contains(.speakingCapital) {
            if let verb = verb(after: index + 3, in: text) { return verb }
            last = index + 2
        }
        guard Self.gapHasComma(before: last + 1, in: text), last + 2 < text.tokens.count else { return nil }
        var k = last + 2
        while k < text.tokens.count, k <= last + 8 {
            if Self.gapHasComma(before: k, in: text) { return verb(after: k, in: text) }
            if Self.gapHasStop(before: k, in: text) { return nil }
            k += 1
        }
        return nil
    }

    /// The word after a ", which … ," or ", who … ," clause that follows the name at `index` (at most 30 words on), or
    /// the sentence's end where no comma closes the clause.
    private func relativeClauseEnd(after index: Int, in text: NameText) -> Int? {
        let tokens = text.tokens
        guard index + 2 < tokens.count, Self.gapHasComma(before: index + 1, in: text),
              Self.isWord(index + 1, "which", in: text) || Self.isWord(index + 1, "who", in: text) else { return nil }
        var k = index + 2
        while k < tokens.count && k < index + 32 {
            if Self.gapHasComma(before: k, in: text) { return k }
            k += 1
        }
        // A clause that runs to the sentence's end has no verb after it (its own may still be read).
        return tokens.count
    }

    /// Whether a full stop, semicolon, colon or closing quote stands between word `index` and the word before it.
    private static func gapHasStop(before index: Int, in text: NameText) -> Bool {
        guard index > 0 && index < text.tokens.count else { return false }
        return text.bytes[text.tokens[index - 1].bytes.upperBound..<text.tokens[index].bytes.lowerBound].contains {
            $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "\"")
        }
    }

    /// Whether a comma stands between word `index` and the word before it.
    private static func gapHasComma(before index: Int, in text: NameText) -> Bool {
        guard index > 0 && index < text.tokens.count else { return false }
        return text.bytes[text.tokens[index - 1].bytes.upperBound..<text.tokens[index].bytes.lowerBound].contains(UInt8(ascii: ","))
    }

    /// The speech or state verb at `start` or after at most three auxiliaries from there.
    private func verb(after start: Int, in text: NameText) -> Int? {
        let tokens = text.tokens
        var index = start
        while index < tokens.count && index < start + 4 {
            if tokens[index].classes.contains(.speechVerb) { return index }
            guard let word = Self.lowercasedWord(index, in: text), ActorDictionary.auxiliaries.contains(word) else { return nil }
            index += 1
        }
        return nil
    }

    /// The verb of a handing over whose recipient the capital at `index` is: "hand the town to Ankara", "ceded
    /// the area to Damascus", "selling crude from the al-Omar and Conoco fields to Damascus" (at most eight words
    /// between the verb and "to").
    private func transferVerb(before index: Int, in text: NameText) -> String? {
        guard Self.isWord(index - 1, "to", in: text) else { return nil }
        var k = index - 2
        while k >= 0 && k >= index - 10 {
            // Each word probed by its folded hash first: no string is made for the words that are neither.
            if let kind = Self.transferWordHashes[text.tokens[k].foldedHash] {
                let word = String(decoding: text.foldedBytes(of: k), as: UTF8.self)
                if kind, Self.transferVerbs.contains(word) { return word }
                // Not into another clause ("after selling his house he moved to Damascus").
                if !kind, Self.transferClauseStops.contains(word) { return nil }
            }
            // Nor across a comma.
            if Self.gapHasComma(before: k + 1, in: text) { return nil }
            k -= 1
        }
        return nil
    }

    /// The folded hashes of `transferVerbs` (true) and `transferClauseStops` (false).
    private static let transferWordHashes: NameTable<Bool> = {
        var table = NameTable<Bool>()
        for word in transferVerbs { table[NameHash(word.utf8)] = true }
        for word in transferClauseStops { table[NameHash(word.utf8)] = false }
        return table
    }()

    static let transferClauseStops: Set<String> = [
        "he", "she", "they", "we", "it", "who", "which", "while", "when", "before", "after", "then", "but",
    ]

    static let transferVerbs: Set<String> = [
        "hand", "hands", "handed", "handing", "cede", "cedes", "ceded", "ceding", "extradite", "extradited",
        "extraditing", "repatriate", "repatriated", "repatriating", "sell", "sells", "sold", "selling",
    ]

    /// The participle hyphenated after the capital at `index`, whose agent the capital is: "Moscow-brokered",
    /// "Ankara-sponsored" (as "Turkish-backed" names Turkey).
    private func compoundAgentParticiple(after index: Int, in text: NameText) -> String? {
        guard index + 1 < text.tokens.count, text.tokens[index + 1].flags.contains(.gapIsHyphen),
              let participle = Self.lowercasedWord(index + 1, in: text),
              ActorDictionary.agentParticiples.contains(participle) else { return nil }
        return participle
    }

    /// "pro" or "anti" hyphenated before the capital at `index`: "pro-Moscow militias" are for Russia's government,
    /// not in Moscow (as "pro-Iranian" names Iran).
    private func stancePrefix(before index: Int, in text: NameText) -> String? {
        guard index >= 1, text.tokens[index].flags.contains(.gapIsHyphen),
              let word = Self.lowercasedWord(index - 1, in: text), word == "pro" || word == "anti" else { return nil }
        return word
    }

    /// "militias loyal to Tehran", "groups allied with Moscow": the words of an allegiance before the capital at `index`.
    /// ("close to Damascus" is a distance, and left out.)
    private func allegiance(before index: Int, in text: NameText) -> String? {
        guard let preposition = Self.lowercasedWord(index - 1, in: text), preposition == "to" || preposition == "with",
              let adjective = Self.lowercasedWord(index - 2, in: text), Self.allegianceWords.contains(adjective) else { return nil }
        return adjective + " " + preposition
    }

    static let allegianceWords: Set<String> = ["loyal", "allied", "aligned", "affiliated", "beholden"]

    /// The participle whose agent the capital at `index` is: "brokered by Moscow", "brokered by Moscow and Ankara".
    private func agentParticiple(before index: Int, in text: NameText) -> String? {
        var by = index - 1
        if Self.isWord(by, "and", in: text), by >= 1, text.tokens[by - 1].classes.contains(.speakingCapital) {
            by -= 2
        }
        // "claimed by both Baghdad and …".
        if Self.isWord(by, "both", in: text) || Self.isWord(by, "either", in: text) { by -= 1 }
        guard Self.isWord(by, "by", in: text), let participle = Self.lowercasedWord(by - 1, in: text),
              ActorDictionary.agentParticiples.contains(participle) else { return nil }
        return participle
    }
}
