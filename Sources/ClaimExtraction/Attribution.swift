/// Who a sentence says asserts it.
public struct Attribution: Hashable, Sendable {
    /// A known actor's or person's canonical name, else the phrase as written ("a senior source in Damascus").
    public var source: String
    /// Character offsets of the source phrase in the sentence (nil when inherited from context).
    public var range: Range<Int>?
    /// The rule that found it, for `Evidence.rule`.
    public var rule: String
    /// The subject was a pronoun ("it said"): the caller may resolve it to the previous source.
    public var isPronoun: Bool = false
}

/// A named entity of a sentence, as the attribution grammar sees it.
struct NamedSpan: Sendable {
    var range: Range<Int>
    var name: String
    /// Which match it was named from (the sentence's actors, then its people), and whether `name` is the
    /// catalog's: the claim's evidence reads the name here instead of looking the key up a second time.
    var entity: Int = -1
    var isCatalogName = false
}

/// Finds in-sentence attributions: "according to X", "X said/reported/estimated …", "a report by X",
/// "…," said X. Speech verbs must be lower-case (so "the United States" is not "states").
struct AttributionScanner: Sendable {
    static let speechVerbs: Set<String> = Set([
        "said", "says", "say", "told", "tells", "reported", "reports", "estimated", "estimates", "claimed", "claims",
        "announced", "announces", "stated", "confirmed", "confirms", "added", "noted", "warned", "warns", "insisted",
        "alleged", "alleges", "wrote", "writes", "tweeted", "revealed", "acknowledged", "admitted", "explained",
        "explains", "asserted", "asserts", "argued", "argues", "maintained", "maintains", "estimate", "claim",
        "report", "warn", "confirm", "allege", "insist", "described", "describes", "detailed", "outlined",
        // Not "denied": "civilians denied access to food" is no speaker.
        "suggested", "suggests", "predicted", "predicts", "vowed", "vows", "promised", "promises",
        "demanded", "demands", "urged", "urges", "pledged", "pledges", "accused", "accuses", "accuse", "blamed", "blames", "believe", "believes", "fear", "fears",
        // Only after a comma and a named subject ("X criticised the plan, saying …"): see `coordinatedSubject`.
        "saying", "telling", "adding",
    ]).union(evidenceVerbs)

    /// Participles of speech that take the subject of the clause before their comma: "X played down the attack,
    /// telling students …".
    static let speechParticiples: GrammarWordSet = ["saying", "telling", "adding"]

    /// "subject said", "subject told", …, by the verb's lexicon entry (`WordToken.entry`; empty for words that are no
    /// speech verb): the rule of an attribution to a verb's subject, written once, not for every sentence attributed.
    static let subjectRulesByEntry: [String] = CueLexicon.shared.words.map { speechVerbs.contains($0) ? "subject \($0)" : "" }

    /// `"subject \(verb)"` for the speech verb at `verb`.
    static func subjectRule(_ tokens: [WordToken], verb: Int) -> String {
        let entry = tokens[verb].entry
        if entry != WordToken.noEntry, case let rule = subjectRulesByEntry[Int(entry)], !rule.isEmpty { return rule }
        return "subject \(tokens[verb].lower)"
    }

    static let beliefVerbs: GrammarWordSet = ["believe", "believes", "fear", "fears"]
    /// Verbs that report only with a report noun as their subject: "UN figures show", not "images show".
    static let evidenceVerbs: GrammarWordSet = ["show", "shows", "showed", "indicate", "indicates", "indicated"]
    /// Words allowed between a subject and its speech verb ("Al-Masdar has recently estimated").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "recently", "previously", "earlier", "later", "further", "again", "officially",
        "publicly", "reportedly", "once", "now", "then", "already", "repeatedly", "just", "initially", "separately",
    ]
    static let reportNouns: Set<String> = [
        "report", "reports", "statement", "statements", "study", "estimate", "estimates", "analysis", "assessment",
        "survey", "investigation", "count", "tally", "figures", "data", "communique", "bulletin", "announcement",
        "statistics", "records",
    ]
    /// Passive verbs whose agent is the source: "provided by Al-Masdar", "published by the ministry".
    static let passiveReportVerbs: Set<String> = [
        "provided", "published", "released", "issued", "announced", "confirmed", "reported", "estimated", "compiled",
        "claimed", "stated", "quoted", "cited", "given",
    ]
    /// Every word that can start an attribution (for `GrammarCue.attribution`).
    static let cueWords: Set<String> = speechVerbs.union(reportNouns).union(passiveReportVerbs).union(["according"])
        .union(estimateFrameVerbs)
    /// Verbs that state an estimate with a figure noun: "X put the number of displaced at 300,000",
    /// "X gave a lower estimate of 180,000".
    static let estimateFrameVerbs: GrammarWordSet = ["put", "puts", "putting", "placed", "places", "gave", "gives", "offered", "offers"]
    static let estimateFrameNouns: GrammarWordSet = [
        "number", "toll", "figure", "estimate", "tally", "count", "total", "numbers", "figures", "estimates",
    ]

    static let pronouns: Set<String> = ["it", "they", "he", "she", "we", "this", "that", "which", "who", "i", "you"]
    /// Words that close a subject phrase going backwards.
    static let subjectBoundaries: Set<String> = [
        "that", "while", "but", "as", "when", "which", "who", "whilst", "because", "since", "after", "before",
        "though", "although", "if", "where", "whereas", "and", "so",
    ]
    static let closingPunctuation: GrammarWordSet = [",", ".", ";", ":", "(", ")", "“", "”", "\"", "!", "?", "–", "—"]

    /// The attribution written in the sentence, if any.
    func attribute(_ sentence: TokenizedSentence, entities: [NamedSpan]) -> Attribution? {
        let tokens = sentence.tokens
        // "Per the Syrian Observatory, 3,000 fighters remain": "per" opening the sentence, before a phrase and a comma.
        if !tokens.isEmpty, tokens[0].lower == "per", let phrase = forwardPhrase(sentence, from: 1), tokens.lower(at: phrase.upperBound) == "," {
            return named(phrase, in: sentence, entities: entities, rule: "per")
        }
        for i in tokens.indices where tokens[i].classes.contains(.attribution) {
            let w = tokens[i].lower
            if w == "according", tokens.lower(at: i + 1) == "to" {
                // "according to a tally kept by the provincial council": the report's keeper speaks.
                if let keeper = reportKeeper(tokens, from: i + 2), let phrase = forwardPhrase(sentence, from: keeper) {
                    return named(phrase, in: sentence, entities: entities, rule: "according to a report kept by")
                }
                if let phrase = forwardPhrase(sentence, from: i + 2) {
                    // "according to the mayor of Shingal, Mahma Khalil": the name after the role speaks.
                    if let name = nameAfterRole(tokens, phrase: phrase) {
                        return named(name, in: sentence, entities: entities, rule: "according to (name after role)")
                    }
                    return named(phrase, in: sentence, entities: entities, rule: "according to")
                }
            }
            if !tokens[i].classes.isDisjoint(with: [.reportNoun, .passiveReportVerb]), tokens.lower(at: i + 1) == "by",
               let phrase = forwardPhrase(sentence, from: i + 2) {
                return named(phrase, in: sentence, entities: entities, rule: "\(w) by")
            }
            // "reports from X" only names a source when X is a known actor or person, not a place.
            if tokens[i].classes.contains(.reportNoun), tokens.lower(at: i + 1) == "from", let phrase = forwardPhrase(sentence, from: i + 2) {
                let range = sentence.characterRange(ofTokens: phrase)
                if entities.contains(where: { range.contains($0.range.lowerBound) }) {
                    return named(phrase, in: sentence, entities: entities, rule: "\(w) from")
                }
            }
        }
        for i in tokens.indices where tokens[i].classes.contains(.attribution) && !tokens[i].isCapitalized && tokens[i].classes.contains(.speechVerb) {
            if Self.speechParticiples.contains(tokens[i].lower) {
                if let subject = coordinatedSubject(tokens, verb: i, entities: entities) {
                    return coordinatedAttribution(subject, verb: i, in: sentence, entities: entities)
                }
                if let phrase = openingSpeakerPhrase(tokens, saying: i) {
                    return named(phrase, head: phrase.upperBound - 1, in: sentence, entities: entities, rule: "opening speaker, saying")
                }
                continue
            }
            if isPassiveOrAdjective(tokens, verb: i) { continue }
            // "Baghdad has pledged to send two brigades" speaks; "Allies pledged $30 billion" gives money.
            if Self.moneyPledgeVerbs.contains(tokens[i].lower), let next = tokens.lower(at: i + 1), next != "to", next != "that" {
                continue
            }
            // "Unconfirmed reports say": a report noun before the verb is its subject's head, not a verb.
            if tokens[i].classes.contains(.reportNoun), let next = tokens.lower(at: i + 1), Self.speechVerbs.contains(next) { continue }
            // "… five days after the minister announced the offensive": the speech is inside a clause about
            // something else, and the main clause stays the writer's.
            if isInAdverbialClause(tokens, verb: i) { continue }
            if let subject = subjectPhrase(sentence, verb: i) {
                if Self.evidenceVerbs.contains(tokens[i].lower), !tokens[subject.head].classes.contains(.reportNoun) { continue }
                // A belief is the sentence's claim only when its holder opens the sentence: in "a branch of Islam ISIS
                // believes it must exterminate" the belief is inside what the writer says.
                if Self.beliefVerbs.contains(tokens[i].lower), subject.range.lowerBound > 0 { continue }
                // "… in a plan Moscow said would halt the fighting": a clause about the noun before its subject
                // (no "that" or "which"), inside what the writer says.
                if isReducedRelative(tokens, verb: i, head: subject.head) { continue }
                // "bombings that Sunni jihadist groups said was revenge", "a camp which Ankara says harbours militants": a
                // relative clause about a noun, whose speaker speaks inside what the writer says.
                if isObjectRelative(tokens, verb: i, subjectStart: subject.range.lowerBound) { continue }
                // "the attacks the group claimed rose …": a second article right after a lower-case noun starts the
                // clause's own subject, about the noun before it.
                if hasObjectRelative(tokens, in: backwardPhraseStart(tokens, end: subject.range.upperBound)..<subject.range.upperBound) {
                    continue
                }
                let head = tokens[subject.head].lower
                if head == "i" || head == "we" { return Attribution(source: "author", range: nil, rule: "first person \(tokens[i].lower)") }
                if subject.isPronoun {
                    // "The coalition has carried out 200 strikes …, and it says …": the opening actor.
                    if let antecedent = coordinatedAntecedent(tokens, pronoun: subject.head, entities: entities) {
                        return Attribution(source: antecedent.name, range: antecedent.range, rule: "'\(head)' after 'and' → opening subject")
                    }
                    return Attribution(source: "", range: nil, rule: "pronoun \(tokens[i].lower)", isPronoun: true)
                }
                return named(subject.range, head: subject.head, in: sentence, entities: entities,
                             rule: Self.subjectRule(tokens, verb: i))
            }
            if let name = appositiveNameSpeaker(tokens, verb: i) {
                return named(name, in: sentence, entities: entities, rule: "appositive name \(tokens[i].lower)")
            }
            if let subject = coordinatedSubject(tokens, verb: i, entities: entities) {
                return coordinatedAttribution(subject, verb: i, in: sentence, entities: entities)
            }
            // Postposed speaker: "…,” said the spokesman." / ", says Al-Masdar." ("told reporters" names the listeners.)
            // The speaker ends its clause: in "…, said the YPG must move back" the words after the verb are what was said.
            if let before = tokens.lower(at: i - 1), before == "," || before == "”" || before == "\"",
               Self.inversionVerbs.contains(tokens[i].lower), let phrase = forwardPhrase(sentence, from: i + 1),
               // ", said in a post on Telegram": how or where it was said, no speaker.
               !Self.mannerPrepositions.contains(tokens[phrase.lowerBound].lower),
               // "Officials in Ramadi, the provincial capital, said electricity would be restored": a clause, no speaker.
               !tokens[phrase].contains(where: { Self.relativeModals.contains($0.lower) || Self.clauseAuxiliaries.contains($0.lower) }),
               phrase.upperBound == tokens.count || tokens[phrase.upperBound].kind == .punctuation
                || tokens[phrase.upperBound].lower == "who" || tokens[phrase.upperBound].lower == "whose",
               // "The Islamic State group, also known as ISIL, claimed the attack in a statement": after a bare comma
               // the words after the verb, up to a preposition, name a speaker only with a name or a speaker noun.
               before != "," || Self.namesSpeaker(tokens[phrase]) {
                // "…," said a priest who fled to Erbil: a relative clause about the speaker may end the sentence.
                return named(phrase, in: sentence, entities: entities, rule: "quote \(tokens[i].lower)")
            }
        }
        for i in tokens.indices where tokens[i].classes.contains(.attribution) && !tokens[i].isCapitalized
            && Self.estimateFrameVerbs.contains(tokens[i].lower) && isEstimateFrame(tokens, verb: i) {
            guard !isInAdverbialClause(tokens, verb: i), let subject = subjectPhrase(sentence, verb: i) else { continue }
            if subject.isPronoun { return Attribution(source: "", range: nil, rule: "pronoun \(tokens[i].lower)", isPronoun: true) }
            return named(subject.range, head: subject.head, in: sentence, entities: entities, rule: "subject \(tokens[i].lower)")
        }
        return nil
    }

    /// "put the number of displaced at", "gave a lower estimate of": a figure noun soon after the verb, and for
    /// "put"/"placed" the "at" that gives the value.
    private func isEstimateFrame(_ tokens: [WordToken], verb: Int) -> Bool {
        let window = (verb + 1)..<min(tokens.count, verb + 5)
        guard let noun = window.first(where: { Self.estimateFrameNouns.contains(tokens[$0].lower) }),
              tokens[(verb + 1)..<noun].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) else { return false }
        // The value follows "of" ("an estimate of about 180,000") or "at" ("the toll at roughly 300", not "at risk").
        let valueWord = ["gave", "gives", "offered", "offers"].contains(tokens[verb].lower) ? "of" : "at"
        // "the number of government soldiers and allied fighters killed since Friday at 74": the noun's modifiers
        // may run to a dozen words.
        guard let marker = (noun + 1..<min(tokens.count, noun + 14)).first(where: { tokens[$0].lower == valueWord }) else { return false }
        return (marker + 1..<min(tokens.count, marker + 4)).contains { tokens[$0].kind == .number || tokens[$0].classes.contains(.number) }
    }

    /// Whether the sentence introduces what follows as someone's words:
    /// "What X had to say about Y:" or "X presented the comments as follows".
    func introducerSpeaker(_ sentence: TokenizedSentence, entities: [NamedSpan]) -> Attribution? {
        let tokens = sentence.tokens
        if tokens.lower(at: 0) == "what" {
            for i in 1..<min(tokens.count, 14) where ["had", "has", "said", "says", "told", "wrote", "thinks", "think"].contains(tokens[i].lower) {
                guard i > 1 else { break }
                return named(1..<i, in: sentence, entities: entities, rule: "what X had to say")
            }
        }
        if let attribution = attribute(sentence, entities: entities) { return attribution }
        // The subject at the start, after a connective: "In addition Al-Masdar makes the following point".
        var i = 0
        while i < tokens.count, ["in", "addition", "overall", "however", "moreover", "also", "then", "now", "meanwhile",
                                 "finally", "again", "furthermore", "here", "so", ",", "though", "although", "but", "and", "yet"].contains(tokens[i].lower) { i += 1 }
        guard i < tokens.count else { return nil }
        if tokens[i].classes.contains(.pronoun) {
            if tokens[i].lower == "i" || tokens[i].lower == "we" { return Attribution(source: "author", range: nil, rule: "first person") }
            return Attribution(source: "", range: nil, rule: "pronoun subject", isPronoun: true)
        }
        if let entity = entities.first(where: { $0.range.lowerBound == tokens[i].start }) {
            return Attribution(source: entity.name, range: entity.range, rule: "subject of introducer")
        }
        // The subject runs to the introducing verb: "A coalition spokesman gave the following breakdown".
        if let verb = (i..<min(tokens.count, i + 9)).first(where: { Self.introducingVerbs.contains(tokens[$0].lower) }), verb > i {
            return named(i..<verb, in: sentence, entities: entities, rule: "subject of introducer")
        }
        var j = i
        while j < tokens.count, tokens[j].isCapitalized || (tokens[j].lower == "-" && !tokens[j].spaceBefore) { j += 1 }
        guard j > i, !["A", "An", "The"].contains(sentence.text(of: tokens[i].range)) || j > i + 1 else { return nil }
        return named(i..<j, in: sentence, entities: entities, rule: "subject of introducer")
    }

    /// Verbs that introduce quoted or listed material.
    static let introducingVerbs: GrammarWordSet = [
        "gave", "gives", "presented", "presents", "made", "makes", "provided", "provides", "offered", "offers", "put",
        "puts", "summarised", "summarized", "summarises", "summarizes", "described", "describes", "explained",
        "explains", "laid", "set", "listed", "lists", "had", "has", "is", "was", "wrote", "writes", "said", "says",
    ]

    /// Whether a speaker phrase is a definite description of an earlier source: "the Britain-based
    /// monitor", "the agency" (the article, lower-case words or "X-based" compounds, a speaker noun).
    static func isDefiniteDescription(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        // The tokens inside the range are one run (tokens go left to right without overlapping): found by
        // position and read in place, with no array of copied tokens.
        guard let first = tokens.firstIndex(where: { $0.start >= range.lowerBound }) else { return false }
        var end = first
        while end < tokens.count, tokens[end].end <= range.upperBound { end += 1 }
        guard end > first, tokens[first].lower == "the" else { return false }
        let head = end - 1
        guard tokens[head].kind == .word, !tokens[head].isCapitalized, tokens[head].classes.contains(.sourceNoun),
              !tokens[head].lower.hasSuffix("s") else { return false }
        // "according to the governor's office": an office named by its holder is a source of its own.
        if tokens[head].lower == "office", head > first + 1,
           tokens[head - 1].lower == "s" || tokens[head - 1].lower.hasSuffix("'s") || tokens[head - 1].lower.hasSuffix("’s") {
            return false
        }
        for k in (first + 1)..<end where tokens[k].isCapitalized {
            // Only a place in a compound ("Britain-based", "New York-based") may be capitalised.
            var last = k
            while last + 1 < end, tokens[last + 1].isCapitalized, last - k < 2 { last += 1 }
            guard last + 1 < end, tokens[last + 1].lower == "-" else { return false }
        }
        return true
    }

    /// Speech verbs whose object is who was spoken to, never the speaker.
    static let addresseeVerbs: GrammarWordSet = ["told", "tells"]
    /// Speech verbs that put their speaker after them ("…,” said the spokesman"); others take an object there
    /// ("The SDF, meanwhile, announced the start of …").
    static let inversionVerbs: GrammarWordSet = [
        "said", "says", "added", "adds", "wrote", "writes", "reported", "reports", "noted", "notes", "warned", "warns",
        "insisted", "explained", "explains", "claimed", "claims", "stated", "argued", "argues", "asserted", "tweeted",
        "alleged", "alleges", "maintained", "maintains",
    ]

    /// Words that open an adverbial clause: a speech verb after one (with its subject between) reports inside
    /// that clause. Not "as" ("as the ministry said" cites the source) and not "that" (reported speech).
    static let adverbialSubordinators: GrammarWordSet = [
        "after", "before", "since", "until", "till", "when", "whenever", "once", "because", "although", "though",
        "if", "unless", "whereas", "while", "whilst",
    ]

    private func isInAdverbialClause(_ tokens: [WordToken], verb: Int) -> Bool {
        var k = verb - 1
        while k >= 0, verb - k <= 12 {
            // Fields read in place: a copy of the token would retain its strings.
            let kind = tokens[k].kind
            if kind == .punctuation, Self.closingPunctuation.contains(tokens[k].lower) { return false }
            if kind == .word, tokens[k].classes.contains(.subjectBoundary), !tokens[k].isCapitalized {
                // "as Erdogan announced the start of …": with an object, "as" says when, and the speech is the clause's
                // own; "as the ministry said" (nothing after the verb but an adverbial) cites the source, and "as
                // officials said the bridge was down" reports them ("say" takes a clause, not an object). Not the article
                // of "as-Sulaimaniya".
                if tokens[k].lower == "as", tokens.lower(at: k + 1) != "-", !Self.clauseSpeechVerbs.contains(tokens[verb].lower),
                   let next = tokens.lower(at: verb + 1) {
                    return Self.determiners.contains(next)
                }
                return Self.adverbialSubordinators.contains(tokens[k].lower) || isRelativeThat(tokens, at: k)
            }
            k -= 1
        }
        return false
    }

    static let determiners: GrammarWordSet = ["a", "an", "the", "this", "its", "their", "his", "her", "our", "every"]
    /// Speech verbs whose next words are what was said, never an object.
    static let clauseSpeechVerbs: GrammarWordSet = ["said", "says", "say", "saying"]

    /// "… averting an offensive that the UN warned could displace 800,000": "that" after a noun phrase opens a
    /// relative clause, and speech inside it is about that noun, not the sentence. After a verb ("said that")
    /// it is reported speech. A noun phrase is told by its determiner, at most three lower-case words back, or by the
    /// comma before it.
    private func isRelativeThat(_ tokens: [WordToken], at index: Int) -> Bool {
        guard tokens[index].lower == "that" else { return false }
        var k = index - 1
        while k >= 0, index - k <= 4 {
            let t = tokens[k]
            // "…, towns that US officials say serve as …": a noun set off by a comma, in apposition.
            if t.lower == ",", k < index - 1 { return true }
            guard t.kind == .word, !t.isCapitalized, !t.classes.contains(.attribution), !t.classes.contains(.auxiliary)
            else { return false }
            if k < index - 1, Self.determiners.contains(t.lower) { return true }
            k -= 1
        }
        return false
    }

    // MARK: Phrases

    /// Words before a report verb that make it passive or an adjective ("an estimated", "is said").
    static let passiveMarkers: GrammarWordSet = ["an", "the", "is", "are", "was", "were", "be", "been", "being"]
    /// Words that end a source's phrase: the predicate or a relative clause starts.
    static let predicateStarts: GrammarWordSet = ["that", "who", "which", "it", "is", "are", "was", "were", "has", "have", "had"]

    private func isPassiveOrAdjective(_ tokens: [WordToken], verb i: Int) -> Bool {
        let before = tokens.lower(at: i - 1) ?? ""
        // "an estimated 5,000", "is said to", "it is reported", "was claimed".
        if Self.passiveMarkers.contains(before) { return true }
        // "claims to be", "is said to have": the verb frames an infinitive, not a report; "vowed to retake" commits
        // its subject to what follows.
        return tokens.lower(at: i + 1) == "to" && tokens[i].lower != "told" && !Self.commitmentVerbs.contains(tokens[i].lower)
    }

    /// Verbs that speak only before "to" or "that": what else is pledged is given, not said.
    static let moneyPledgeVerbs: GrammarWordSet = ["pledged", "pledges"]

    /// Ranks and titles written with a full stop: "Col.", "Brig. Gen.", "Maj.".
    static let rankAbbreviations: GrammarWordSet = ["col", "gen", "brig", "maj", "lt", "capt", "sgt", "cmdr", "adm", "dr", "mr",
                                                     "mrs", "ms", "rev", "sen", "rep", "lieut", "cpl", "pte"]

    /// Whether a phrase's words before any preposition hold a name or a speaker noun ("the spokesman for …", "Ahmed").
    static func namesSpeaker(_ phrase: ArraySlice<WordToken>) -> Bool {
        for token in phrase {
            if token.isCapitalized || token.classes.contains(.sourceNoun) || roleNouns.contains(token.lower) { return true }
            if prepositionsEndingSpeaker.contains(token.lower) { return false }
        }
        return false
    }
    static let clausePrepositions: GrammarWordSet = ["in", "of", "for", "with", "to", "from", "by", "among", "under"]
    static let prepositionsEndingSpeaker: GrammarWordSet = ["in", "on", "at", "from", "with", "for", "by", "to", "into", "of"]

    /// Participles saying how a speaker was asked: "Residents reached by telephone", "Officials contacted by Reuters".
    static let reachedParticiples: GrammarWordSet = ["reached", "contacted", "interviewed", "questioned", "surveyed", "polled"]

    /// Speech verbs after ", which" or ", who" whose clause reports what its antecedent says.
    static let relativeReportVerbs: GrammarWordSet = ["said", "says", "told", "tells", "announced", "stated", "reported", "claimed",
                                                       "insisted", "warned", "added", "confirmed"]

    /// Verbs whose infinitive is what the speaker commits to: "vowed to retake Mosul".
    static let commitmentVerbs: GrammarWordSet = ["vowed", "vows", "promised", "promises", "pledged", "pledges"]

    /// The subject noun phrase before a speech verb, skipping auxiliaries, with the index of its head word.
    private func subjectPhrase(_ sentence: TokenizedSentence, verb: Int) -> (range: Range<Int>, head: Int, isPronoun: Bool)? {
        let tokens = sentence.tokens
        var end = verb
        while end > 0, tokens[end - 1].classes.contains(.auxiliary) { end -= 1 }
        // "The SDF, meanwhile, announced …": a connective set off by commas stands between subject and verb.
        if let opening = interjectionOpening(tokens, closingComma: end - 1) { end = opening }
        // "Yahya Rasool, a spokesman for the command, told reporters": the subject is the name before the appositive.
        if let opening = appositiveOpening(tokens, closingComma: end - 1) { end = opening }
        // "The People's Protection Units (YPG) said": a name's abbreviation in brackets before the verb.
        // The phrase keeps it, and it names the speaker when the dictionary knows the abbreviation only.
        var bracket: Range<Int>?
        if let opening = abbreviationOpening(tokens, closing: end - 1) {
            bracket = opening..<end
            end = opening
        }
        // "… is held by Jaish al-Islam, which said on Wednesday that …": the relative pronoun's antecedent speaks, when
        // the clause reports speech ("Islamic State, which had promised its followers a battle" describes the group).
        if end >= 3, tokens[end - 1].lower == "which" || tokens[end - 1].lower == "who", tokens[end - 2].lower == ",",
           tokens[end - 3].kind == .word, Self.relativeReportVerbs.contains(tokens[verb].lower) {
            end -= 2
        }
        var start = backwardPhraseStart(tokens, end: end)
        // "Residents who fled to Badush described …": the subject is the noun the relative clause is about.
        if start > 1, start < end, tokens[start - 1].lower == "who" || tokens[start - 1].lower == "which", tokens[start - 2].kind == .word {
            end = start - 1
            start = backwardPhraseStart(tokens, end: end)
        } else if start < end, let relative = relativeClauseOpening(tokens, before: start) {
            // "Residents who fled to Homs and the town of Sadad last summer said": a longer clause, with its own "and".
            end = relative
            start = backwardPhraseStart(tokens, end: end)
        }
        guard start < end else { return nil }
        // "Residents reached by telephone in the Zanjili district said": a participle of how they were asked ends the
        // speaker's phrase.
        if end - start >= 4, let participle = (start + 1..<end).first(where: { Self.reachedParticiples.contains(tokens[$0].lower) }) {
            end = participle
        }
        if tokens[end - 1].classes.contains(.pronoun) { return ((end - 1)..<end, end - 1, true) }
        // "Doctors in Harasta and Irbin described …": names joined by "and" inside a speaker's modifier.
        if start > 1, tokens[start - 1].lower == "and" || tokens[start - 1].lower == "or",
           tokens[start..<end].allSatisfy({ $0.isCapitalized || $0.lower == "-" }) {
            var k = start - 1
            while k > 0, tokens[k - 1].isCapitalized || tokens[k - 1].lower == "-" || tokens[k - 1].lower == "," { k -= 1 }
            let wider = backwardPhraseStart(tokens, end: k)
            if wider < k, modifiedHead(tokens, in: wider..<end) != nil { start = wider }
        }
        // The word that names the speaker: a noun of speaking before a modifier ("a commander in the alliance"),
        // else the last word, which must be a capitalised word or a noun of reporting ("following reports that" is
        // not a subject).
        var head = end - 1
        var structured = false
        if let modified = modifiedHead(tokens, in: start..<end) {
            // A speaker "for" or "of" someone speaks for them; "in Hasakah" only says where the speaker is, and the
            // phrase stays as written, unless the speaker noun opens it as a name of its own ("Rebels in the southern
            // pocket of Jobar and Ain Tarma … said": the rebels speak).
            if !Self.locativePrepositions.contains(tokens[modified + 1].lower) {
                head = modified
            } else if modified == 0, modified == start, tokens[modified].isCapitalized {
                head = modified
                structured = true
            }
        } else {
            let last = tokens[end - 1]
            guard last.isCapitalized || last.classes.contains(.sourceNoun) || last.classes.contains(.reportNoun)
                    || Self.endsNameWithNumber(tokens, at: end - 1) else { return nil }
        }
        // (Not when a speaker noun before "of" or "for" heads it: "a commander of the Hashd al-Shaabi in the area".)
        if end - start > 8, !structured, head == end - 1 {
            // Too long to be a clean subject: keep the trailing run of names, with the small words inside one
            // ("the UK-based Syrian Observatory for Human Rights", "Institute for the Study of War").
            var k = end - 1
            while k > start {
                let word = tokens[k - 1]
                if word.isCapitalized || word.lower == "-" || word.lower == "al" {
                    k -= 1
                } else if Self.nameInnerWords.contains(word.lower), k - 2 > start,
                          tokens[k - 2].isCapitalized || Self.nameInnerWords.contains(tokens[k - 2].lower) {
                    k -= 1
                } else {
                    break
                }
            }
            while k < end - 1, Self.nameInnerWords.contains(tokens[k].lower) { k += 1 }
            start = k
            head = end - 1
        }
        if let bracket, bracket.lowerBound == end, head == end - 1 { return (start..<bracket.upperBound, bracket.lowerBound + 1, false) }
        return (start..<end, head, false)
    }

    /// The "who" opening a relative clause that runs to `start` without punctuation, after a speaker noun or a name
    /// that opens the sentence or follows punctuation.
    private func relativeClauseOpening(_ tokens: [WordToken], before start: Int) -> Int? {
        var k = start - 1
        while k >= 1, start - k <= 16 {
            if tokens[k].kind == .punctuation { return nil }
            if tokens[k].lower == "who" {
                let noun = tokens[k - 1]
                guard noun.kind == .word, noun.isCapitalized || noun.classes.contains(.sourceNoun) else { return nil }
                // Not the object of another verb ("I have spoken to a doctor in Tabqa who says …").
                let phrase = backwardPhraseStart(tokens, end: k)
                return phrase == 0 || tokens[phrase - 1].kind == .punctuation ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// A single capital letter, as in "U.S." or "U.N.".
    static func isInitial(_ token: WordToken) -> Bool {
        token.kind == .word && token.isCapitalized && token.end - token.start == 1
    }

    /// Connectives a writer sets off by commas between a subject and its verb.
    static let interjections: GrammarWordSet = [
        "meanwhile", "however", "though", "too", "also", "separately", "instead", "moreover", "furthermore",
        "nevertheless", "likewise", "in", "turn", "for", "its", "their", "his", "her", "part", "then", "later",
        "earlier", "again", "now", "so", "far", "thus", "therefore", "indeed",
    ]

    /// The comma opening ", meanwhile," or ", for its part," when `closingComma` closes it.
    private func interjectionOpening(_ tokens: [WordToken], closingComma: Int) -> Int? {
        guard closingComma > 1, tokens[closingComma].lower == "," else { return nil }
        var k = closingComma - 1
        while k > 0, closingComma - k <= 3, tokens[k].kind == .word, Self.interjections.contains(tokens[k].lower) { k -= 1 }
        if k < closingComma - 1 && tokens[k].lower == "," { return k }
        // ", in a statement carried by SANA,": where the words were published.
        k = closingComma - 1
        while k > 2, closingComma - k <= 8, tokens[k].lower != "," { k -= 1 }
        guard tokens[k].lower == ",", tokens.lower(at: k + 1) == "in", let determiner = tokens.lower(at: k + 2),
              Self.publicationDeterminers.contains(determiner),
              let noun = tokens.lower(at: k + 3), Self.publicationNouns.contains(noun) else { return nil }
        return k
    }

    static let publicationDeterminers: GrammarWordSet = ["a", "an", "its", "their", "his", "her", "the"]
    /// What a speaker's words appear in: ", in a statement,".
    static let publicationNouns: GrammarWordSet = [
        "statement", "post", "video", "interview", "tweet", "communique", "communiqué", "letter", "speech", "message",
        "report", "broadcast", "briefing",
    ]

    /// Prepositions that open a modifier after a speaker noun: "doctors in Harasta", "a spokesman for the group".
    static let modifierPrepositions: GrammarWordSet = ["in", "of", "for", "from", "at", "with", "near", "inside", "on"]
    static let locativePrepositions: GrammarWordSet = ["in", "at", "near", "inside"]

    /// The speaker noun a phrase's modifier follows: "a commander in the pro-government alliance" → "commander".
    private func modifiedHead(_ tokens: [WordToken], in range: Range<Int>) -> Int? {
        // The modifier ends in a noun or name, not a verb's words ("What a source in Damascus had to say").
        guard range.count > 2 else { return nil }
        let last = tokens[range.upperBound - 1]
        guard last.kind == .word, !FigureExtractor.functionWords.contains(last.lower), !last.classes.contains(.auxiliary)
        else { return nil }
        for k in (range.lowerBound + 1)..<(range.upperBound - 1) where Self.modifierPrepositions.contains(tokens[k].lower) {
            // A speaker noun is lower-case, save as the sentence's first word ("Doctors in Harasta said").
            let noun = tokens[k - 1]
            return noun.kind == .word && (!noun.isCapitalized || k == 1) && noun.classes.contains(.sourceNoun) ? k - 1 : nil
        }
        return nil
    }

    /// Lower-case words inside an organisation's name.
    static let nameInnerWords: GrammarWordSet = ["for", "of", "the"]

    /// Where the phrase ending before `end` starts, going back to punctuation, a dash or a clause word.
    func backwardPhraseStart(_ tokens: [WordToken], end: Int) -> Int {
        var start = end
        while start > 0, end - start < 12 {
            let k = start - 1  // its fields read in place: a copy of the token would retain its strings
            // "The U.S. military": a dot after a lone capital letter is part of an abbreviation.
            if tokens[k].kind == .punctuation, tokens[k].lower == ".", !tokens[k].spaceBefore, start >= 2, Self.isInitial(tokens[start - 2]) {
                start -= 1
                continue
            }
            // "Brig. Gen. Yahya Rasool said": so is the full stop of an abbreviated rank.
            if tokens[k].kind == .punctuation, !tokens[k].spaceBefore, start >= 2, tokens[k].lower == ".",
               Self.rankAbbreviations.contains(tokens[start - 2].lower) {
                start -= 1
                continue
            }
            if tokens[k].kind == .punctuation, Self.closingPunctuation.contains(tokens[k].lower) { break }
            // A hyphen with spaces on both sides is a dash ("(Reuters) - Jordan said").
            if tokens[k].kind == .punctuation, tokens[k].lower == "-", tokens[k].spaceBefore, tokens[start].spaceBefore { break }
            // "as-Sulaimaniya", "an-Nabk": a clause word glued by a hyphen to a name is the name's article.
            if tokens[k].kind == .word, tokens[k].classes.contains(.subjectBoundary), !tokens[k].isCapitalized,
               !(tokens[start].lower == "-" && !tokens[start].spaceBefore) { break }
            start -= 1
        }
        return start
    }

    /// The comma that opens an appositive closed by the comma at `closingComma`, when a name stands before it:
    /// ", a spokesman for the Joint Operations Command," / ", co-chair of the council,".
    /// Participles of speaking, whose clause says how the subject before it speaks.
    static let speakerParticiples: GrammarWordSet = ["speaking", "writing", "addressing", "citing", "quoting", "briefing"]

    /// Participles whose short clause describes a subject: "led by X", "backed by X", "based in X", "loyal to X".
    static let agentParticiples: GrammarWordSet = [
        "led", "backed", "supported", "headed", "commanded", "based", "loyal", "dominated", "formed", "founded", "run",
    ]

    func appositiveOpening(_ tokens: [WordToken], closingComma: Int) -> Int? {
        guard closingComma > 2, tokens[closingComma].lower == "," else { return nil }
        var k = closingComma - 1
        // A clause word ("as", "that") may stand inside a relative clause, not inside an appositive.
        var sawClauseWord = false
        // Relative clauses run long ("Jordan, which closed the crossing after a car bombing killed seven of its
        // soldiers in June 2016, has said"): up to 24 words.
        while k > 0, closingComma - k <= 24 {
            let t = tokens[k]
            if t.lower == "," { break }
            // "X, who leads the operations command, told …": a relative clause about the name before it.
            // "Jordan, which already hosts 650,000 refugees, has said": "which" after a name too.
            // "Hawar news agency, which is close to the administration, reported": after a speaker noun as well.
            // "Umm Ahmed, 41, who reached the camp, said": an age between the name and the clause.
            if t.lower == "who" || t.lower == "whose" || t.lower == "which", tokens[k - 1].lower == ",", k > 1 {
                if tokens[k - 2].isCapitalized || tokens[k - 2].classes.contains(.sourceNoun) { return k - 1 }
                if k > 3, Self.isAge(tokens, at: k - 2) { return k - 3 }
            }
            // "The alliance, in which the YPG is the dominant force, said": the clause may open with a preposition.
            if t.lower == "which" || t.lower == "whom", k > 2, Self.clausePrepositions.contains(tokens[k - 1].lower),
               tokens[k - 2].lower == ",", tokens[k - 3].isCapitalized || tokens[k - 3].classes.contains(.sourceNoun)
                || Self.roleNouns.contains(tokens[k - 3].lower) {
                return k - 2
            }
            if t.kind == .punctuation, Self.closingPunctuation.contains(t.lower) { return nil }
            // "the jihadist alliance that dominates the province": a relative clause about the appositive's role noun.
            let describesRole = Self.relativeWords.contains(t.lower) && tokens[k - 1].kind == .word
                && (tokens[k - 1].classes.contains(.sourceNoun) || Self.roleNouns.contains(tokens[k - 1].lower))
            // "so-called": a clause word glued by a hyphen to the next is part of a compound.
            let inCompound = tokens[k + 1].lower == "-" && !tokens[k + 1].spaceBefore
            // "Syria's director of antiquities and museums": "and" between two nouns joins them, it opens no clause.
            let joinsNouns = (t.lower == "and" || t.lower == "or") && tokens[k - 1].kind == .word && !tokens[k - 1].isCapitalized
                && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized && k + 2 == closingComma
            if t.kind == .word, t.classes.contains(.subjectBoundary), !t.isCapitalized, !describesRole, !inCompound, !joinsNouns {
                sawClauseWord = true
            }
            k -= 1
        }
        if sawClauseWord { return nil }
        // The appositive starts with an article or a lower-case word and names a role; a capitalised name ends
        // before it ("In Raqqa, fighting continued in the old city, said …" has no appositive).
        guard tokens[k].lower == ",", k + 1 < closingComma, k > 0 else { return nil }
        let first = tokens[k + 1]
        // "Joe Biden, visiting Ankara, said": a participle's short clause about the name before it (not "In Raqqa,
        // fighting continued in the old city, said …").
        // A speaker's own participle may run longer: "A US defence official, speaking on condition of anonymity, gave",
        // "Western media, citing the so-called Syrian Observatory for Human Rights, claimed".
        if first.kind == .word, !first.isCapitalized, first.lower.hasSuffix("ing"), first.lower.count > 5, tokens[k - 1].isCapitalized
            || Self.speakerParticiples.contains(first.lower),
           closingComma - k <= (Self.speakerParticiples.contains(first.lower) ? 12 : 4) {
            return k
        }
        // "Rebels in Jobar, led by Faylaq al-Rahman, said": a past participle's agent clause about the phrase before it.
        if first.kind == .word, Self.agentParticiples.contains(first.lower), k + 2 < closingComma,
           ["by", "in", "to"].contains(tokens[k + 2].lower), tokens[k - 1].kind == .word {
            return k
        }
        // "The Sinjar Resistance Units (YBS), an Ezidi force …,": a name's bracketed abbreviation before it.
        // "Maamoun Abdulkarim, Syria's director of antiquities, said": a role owned by a name, too.
        guard first.kind == .word, ["a", "an", "the"].contains(first.lower) || !first.isCapitalized
                || first.lower.hasSuffix("'s") || first.lower.hasSuffix("\u{2019}s"),
              tokens[k - 1].isCapitalized || abbreviationOpening(tokens, closing: k - 1) != nil || Self.endsNameWithNumber(tokens, at: k - 1),
              tokens[(k + 1)..<closingComma].contains(where: {
                  $0.classes.contains(.sourceNoun) || Self.roleNouns.contains($0.lower)
                      // "Jabhat Fateh al-Sham, the former Nusra Front, said": another name of the same speaker.
                      || $0.lower == "former" || $0.lower == "formerly"
              }) || describesPlace(tokens, opening: k, closingComma: closingComma)
        else { return nil }
        return k
    }

    /// "Deir Ezzor 24": a number that ends a name (glued to a capitalised word before it).
    static func endsNameWithNumber(_ tokens: [WordToken], at index: Int) -> Bool {
        index > 0 && tokens[index].kind == .number && tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized
    }

    /// "Umm Ahmed, 41,": a person's age set off by commas after a name.
    static func isAge(_ tokens: [WordToken], at index: Int) -> Bool {
        guard index >= 2, index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].isPlainInteger,
              tokens[index].digitCount <= 3, tokens[index - 1].lower == ",", tokens[index + 1].lower == ",",
              tokens[index - 2].kind == .word, tokens[index - 2].isCapitalized else { return false }
        return true
    }

    /// "Officials in Ramadi, the provincial capital recaptured in December,": an article and, within three words, a
    /// noun for a place. ("In Raqqa, fighting continued in the old city, said …" is a clause, not an appositive.)
    /// Also where a place lies: "Residents of Qabasin and Bzaa, just east of al-Bab, said" (a compass word and "of"
    /// within its first four words).
    private func describesPlace(_ tokens: [WordToken], opening k: Int, closingComma: Int) -> Bool {
        if ((k + 1)..<min(closingComma - 1, k + 5)).contains(where: {
            Self.compassWords.contains(tokens[$0].lower) && tokens[$0 + 1].lower == "of"
        }) { return true }
        guard ["a", "an", "the"].contains(tokens[k + 1].lower) else { return false }
        return ((k + 2)..<min(closingComma, k + 5)).contains { Self.placeNouns.contains(tokens[$0].lower) }
    }

    static let compassWords: GrammarWordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upstream", "downstream",
    ]

    /// What an appositive calls the place the phrase before it ends with: "Officials in Ramadi, the provincial capital, said".
    static let placeNouns: GrammarWordSet = [
        "town", "city", "capital", "village", "district", "province", "region", "suburb", "neighbourhood", "neighborhood",
        "camp", "stronghold", "enclave",
    ]

    /// "Rebel delegates walked out of the hall, saying …": a short phrase opening the sentence whose last word is a
    /// speaker noun, followed by its verb, is who ", saying" quotes (a named subject is `coordinatedSubject`'s).
    func openingSpeakerPhrase(_ tokens: [WordToken], saying: Int) -> Range<Int>? {
        guard saying > 3, tokens[saying - 1].lower == ",", tokens[0].kind == .word, tokens[0].isCapitalized else { return nil }
        var end = 0
        // Up to six words: "Islamic State's Amaq news agency gave a different account, saying".
        while end < min(6, saying - 2), tokens[end].kind == .word {
            end += 1
            guard tokens[end - 1].classes.contains(.sourceNoun) else { continue }
            let verb = tokens[end]
            guard verb.kind == .word, !verb.isCapitalized, !FigureExtractor.functionWords.contains(verb.lower),
                  !verb.classes.contains(.sourceNoun) else { return nil }
            // A relative clause before the comma has a subject of its own ("… the envoy, who left, saying"); an
            // adverbial one ("as the memorandum was signed") leaves the participle to the sentence's subject.
            for k in end..<(saying - 1) where Self.relativeWords.contains(tokens[k].lower) { return nil }
            return 0..<end
        }
        return nil
    }

    /// A speech verb followed at once by a modal or a pronoun, whose subject is a name right after a lower-case noun: "a
    /// plan Moscow said would halt the fighting", "the road Damascus says will reopen", "the $88 billion Baghdad says it
    /// needs".
    func isReducedRelative(_ tokens: [WordToken], verb: Int, head: Int) -> Bool {
        guard head > 0, head + 1 == verb, tokens[head].isCapitalized, let next = tokens.lower(at: verb + 1),
              Self.relativeModals.contains(next) || Self.subjectPronouns.contains(next) else { return false }
        // The noun the clause is about: not an article or preposition of the subject's own phrase ("the SDF said it").
        let before = tokens[head - 1]
        return before.kind == .word && !before.isCapitalized && !Self.relativeBreaks.contains(before.lower)
            && !Self.determiners.contains(before.lower) && !FigureExtractor.functionWords.contains(before.lower)
    }

    /// Whether the subject at `subjectStart` opens a relative clause after "that" or "which" and a noun, whose speech
    /// verb at `verb` is followed by the clause's own verb ("that the group said was", "which Ankara says harbours").
    func isObjectRelative(_ tokens: [WordToken], verb: Int, subjectStart: Int) -> Bool {
        guard subjectStart >= 2, let pronoun = tokens.lower(at: subjectStart - 1), pronoun == "that" || pronoun == "which",
              let next = tokens.lower(at: verb + 1), tokens[verb + 1].kind == .word, !tokens[verb + 1].isCapitalized else { return false }
        // After a noun ("bombings that", "a camp which", "Turkey, which"), not after a verb ("officials said that").
        let noun = tokens[subjectStart - 2]
        if pronoun == "which" {
            guard noun.kind == .word || noun.lower == "," else { return false }
        } else {
            guard noun.kind == .word, !noun.classes.contains(.speechVerb), !noun.classes.contains(.auxiliary),
                  !FigureExtractor.functionWords.contains(noun.lower) else { return false }
        }
        // Followed by the clause's verb: an auxiliary or copula, a past participle or a verb in -s.
        return Self.relativeModals.contains(next) || Self.clauseAuxiliaries.contains(next) || tokens[verb + 1].classes.contains(.auxiliary)
            || (next.hasSuffix("ed") || next.hasSuffix("s")) && !Self.determiners.contains(next)
                && !FigureExtractor.functionWords.contains(next) && next != "that" && !next.hasSuffix("ss")
    }

    /// Whether an article inside the phrase follows a lower-case noun directly ("the attacks the group").
    func hasObjectRelative(_ tokens: [WordToken], in range: Range<Int>) -> Bool {
        guard range.count >= 4 else { return false }
        for k in (range.lowerBound + 2)..<(range.upperBound - 1) where tokens[k].lower == "the" || tokens[k].lower == "a" {
            let noun = tokens[k - 1]
            if noun.kind == .word, !noun.isCapitalized, !FigureExtractor.functionWords.contains(noun.lower),
               !Self.nameJoiners.contains(noun.lower), !Self.modifierPrepositions.contains(noun.lower),
               !noun.classes.contains(.auxiliary),
               // "Late last month the SDF announced", "meanwhile the army said": time before the subject.
               DateGrammar.timeUnits[noun.lower] == nil, !noun.classes.contains(.time), !Self.interjections.contains(noun.lower),
               !noun.lower.hasSuffix("ly") {
                return true
            }
        }
        return false
    }

    static let relativeWords: GrammarWordSet = ["who", "whom", "whose", "which", "that"]
    /// Prepositions after a speech verb that say how or where something was said ("said in a statement").
    static let mannerPrepositions: GrammarWordSet = ["in", "on", "at", "from", "by", "with", "through", "via", "during", "after"]
    /// "the $88 billion Baghdad says it needs": the clause's own subject after the verb.
    static let subjectPronouns: GrammarWordSet = ["it", "they", "he", "she", "we"]
    static let relativeModals: GrammarWordSet = ["would", "will", "could", "might", "may", "can", "should", "must"]
    /// Auxiliaries that make the words after a verb a clause, not a postposed speaker.
    static let clauseAuxiliaries: GrammarWordSet = ["was", "were", "is", "are", "had", "has", "have", "been"]
    /// Words before a subject that start a clause of the sentence's own ("and Moscow said …").
    static let relativeBreaks: GrammarWordSet = ["and", "but", "or", "that", "as", "because", "while", "since", "so"]

    /// Roles an appositive gives a speaker, besides the source nouns.
    static let roleNouns: GrammarWordSet = [
        "chair", "chairman", "chairwoman", "head", "leader", "chief", "director", "member", "founder", "deputy",
        "secretary", "adviser", "advisor", "ambassador", "lawmaker", "mp", "researcher", "fellow", "editor", "professor",
        "resident", "doctor", "nurse", "engineer", "farmer", "teacher", "fighter",
        // An organisation's description: "an Ezidi force close to the PKK", "a New York-based consultancy".
        "force", "faction", "militia", "alliance", "movement", "consultancy", "watchdog", "charity", "firm", "institute",
        "organisation", "organization", "tank", "network", "service",
        // "The Hashd al-Shaabi, the mostly Shi'ite paramilitary umbrella, said".
        "umbrella", "body", "party", "bloc", "outfit", "offshoot", "affiliate", "wing", "brigade", "battalion",
    ]

    /// Lower-case words inside names ("Institute for the Study of War", "al-Masdar").
    static let nameJoiners: GrammarWordSet = ["of", "the", "for", "in", "on", "al", "and", "de", "at", "el", "ad", "ar", "as"]

    static let sourceNouns: Set<String> = [
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "agency", "ministry",
        "observatory", "monitor", "media", "correspondent", "correspondents", "analyst", "analysts", "commander",
        "commanders", "witness", "witnesses", "residents", "activists", "activist", "army", "military", "government",
        "report", "reports", "statement", "minister", "president", "general", "colonel", "police", "coalition",
        "forces", "units", "group", "militants", "rebels", "authorities", "office", "command", "spokesmen", "experts",
        "journalist", "journalists", "blog", "website", "channel", "outlet", "newspaper", "paper", "people",
        "agencies", "officer", "officers", "monitors", "groups", "ministries", "diplomats", "doctors", "medics",
        "spokespeople", "spokespersons", "representatives", "representative", "envoy", "governor", "mayor", "council",
        "councils", "administration", "negotiator", "negotiators", "mediator", "mediators", "unit", "alliance",
        "doctor", "medic", "nurse", "resident", "eyewitness", "eyewitnesses", "delegates", "delegate", "delegation",
        "delegations", "donors", "member", "members", "lawmaker", "lawmakers", "legislator", "legislators", "leader",
        "leaders", "elder", "elders",
        "workers", "rescuers", "paramedics", "volunteers",
        "television", "tv", "radio", "broadcaster", "committee", "commission", "watchdog", "charity", "organisation",
        "organization", "department", "embassy", "presidency", "cabinet",
        // People who are not counted as a figure's unit (those would hide the unit of "the fighters still inside").
        "engineer", "engineers", "farmer", "farmers", "villager", "villagers", "locals", "teacher", "teachers", "cleric",
        "clerics", "imam", "imams", "sheikh", "sheikhs", "trader", "traders", "merchant", "merchants", "shopkeeper",
        "shopkeepers", "smuggler", "smugglers", "observer", "observers", "inspector", "inspectors", "investigator",
        "investigators", "prosecutor", "prosecutors", "judge", "judges", "lawyer", "lawyers", "researcher", "researchers",
        "scientist", "scientists", "historian", "historians", "economist", "economists", "expert", "politician",
        "politicians", "aide", "aides", "insider", "insiders", "relative", "relatives", "neighbours", "neighbors",
        "colleagues", "pilot", "pilots", "employee", "employees", "owner", "owners", "manager",
        "managers", "contractor", "contractors", "campaigner", "campaigners", "organisers", "organizers", "reporter",
        "reporters", "photographer", "priest", "priests", "bishop", "bishops", "archbishop", "pastor", "patriarch",
        "mufti", "rabbi", "monk", "monks", "nun", "nuns", "chaplain",
        "protesters", "protestors", "demonstrators",
        // Heads of offices and missions: "the UN relief chief said", "the camp's director said".
        "coordinator", "coordinators", "chief", "chiefs", "head", "director", "directors", "commissioner", "administrator",
        "chairman", "chairwoman", "speaker", "premier", "deputy", "secretary-general", "adviser", "advisers", "advisor",
        "ambassador", "ambassadors", "attache", "consul", "captain", "lieutenant", "sergeant", "brigadier", "commandant",
    ]

    /// A noun phrase after a position, up to punctuation, a relative pronoun or a verb-like boundary.
    /// Where the keeper's phrase starts in "a tally kept by X", "figures compiled by X" (at `start`), if it is one.
    private func reportKeeper(_ tokens: [WordToken], from start: Int) -> Int? {
        var k = start
        if let word = tokens.lower(at: k), ["a", "an", "the"].contains(word) { k += 1 }
        guard k < tokens.count, tokens[k].classes.contains(.reportNoun) || Self.tallyNouns.contains(tokens[k].lower),
              let participle = tokens.lower(at: k + 1), Self.keepingParticiples.contains(participle),
              tokens.lower(at: k + 2) == "by" else { return nil }
        return k + 3
    }

    /// Besides the report nouns ("tally", "count", "figures", "survey").
    static let tallyNouns: GrammarWordSet = ["toll", "database", "list", "record"]
    static let keepingParticiples: GrammarWordSet = [
        "kept", "compiled", "published", "released", "issued", "maintained", "collected", "gathered", "documented",
    ]

    private func forwardPhrase(_ sentence: TokenizedSentence, from start: Int) -> Range<Int>? {
        let tokens = sentence.tokens
        var end = start
        var sawName = false
        var nameEnd: Int?
        while end < tokens.count, end - start < 10 {
            // Fields read in place: a copy of the token would retain its strings.
            // "said Col. Sean Ryan": the full stop of an abbreviated rank ends nothing.
            if tokens[end].kind == .punctuation, !tokens[end].spaceBefore, end > start, tokens[end].lower == ".",
               Self.rankAbbreviations.contains(tokens[end - 1].lower) {
                end += 1
                continue
            }
            if tokens[end].kind == .punctuation, Self.closingPunctuation.contains(tokens[end].lower) { break }
            if tokens[end].kind == .word, Self.predicateStarts.contains(tokens[end].lower) { break }
            // After a name, a lower-case content word starts the predicate ("the Carter Center counts …"),
            // unless a later name follows ("the Lebanese news agency Al-Masdar").
            if tokens[end].kind == .word, !tokens[end].isCapitalized, sawName, !Self.nameJoiners.contains(tokens[end].lower), nameEnd == nil { nameEnd = end }
            if tokens[end].kind == .word, !tokens[end].isCapitalized, nameEnd != nil,
               Self.nameJoiners.contains(tokens[end].lower) || FigureExtractor.functionWords.contains(tokens[end].lower) { break }
            if tokens[end].isCapitalized {
                sawName = true
                if let stop = nameEnd, end - stop > 2 { break }
                nameEnd = nil
            }
            end += 1
        }
        if let nameEnd {
            // "according to a Pentagon report": the report noun is the phrase's head, and the name its owner.
            // "the Salahuddin provincial council": lower-case words after the name up to a speaker noun ending the phrase.
            if end - nameEnd <= 3, end < tokens.count ? tokens[end].kind == .punctuation : true,
               tokens[end - 1].classes.contains(.sourceNoun),
               tokens[nameEnd..<end].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) {
                // The whole phrase.
            } else {
                end = tokens[nameEnd].classes.contains(.reportNoun) || tokens[nameEnd].classes.contains(.sourceNoun) ? nameEnd + 1 : nameEnd
            }
        }
        return end > start ? start..<end : nil
    }

    /// Names the phrase by the entity inside it, else by its text (without a leading "the").
    func named(_ tokenRange: Range<Int>, head headIndex: Int? = nil, in sentence: TokenizedSentence,
                       entities: [NamedSpan], rule: String) -> Attribution {
        let range = sentence.characterRange(ofTokens: tokenRange)
        // The entity names the speaker only as the phrase's head: "the news agency Al-Masdar" is
        // Al-Masdar, "the Britain-based monitor" and "SDF commander Rojda Felat" are not Britain or the SDF.
        // A generic speaker noun speaks for the entity it names ("UN officials", "Coalition officials").
        let head = sentence.tokens[headIndex ?? tokenRange.upperBound - 1]
        // "UN figures", "SOHR data": a report speaks for whoever it belongs to.
        let generic = head.classes.contains(.sourceNoun) || head.classes.contains(.reportNoun)
        // The entity that is the head wins over one before it ("Turkey's Anadolu news agency" is Anadolu); with a
        // generic head, the nearest entity before it speaks.
        // The first entity inside the phrase that holds the head, and the last inside it, found in one pass (no
        // array of the entities inside is made).
        var holdingHead: Int?
        var lastInside: Int?
        for index in entities.indices where range.contains(entities[index].range.lowerBound) {
            if holdingHead == nil, entities[index].range.contains(head.start) { holdingHead = index }
            lastInside = index
        }
        if var index = holdingHead ?? (generic ? lastInside : nil) {
            // "Tahrir al-Sham and Jaish al-Izza said": two names joined by "and" that open the sentence speak through
            // the first (the subject phrase itself stops at "and").
            if index > 0, entities[index].range.lowerBound == range.lowerBound,
               sentence.text(of: entities[index - 1].range.upperBound..<range.lowerBound) == " and ",
               entities[index - 1].range.lowerBound == 0
                || sentence.text(of: 0..<entities[index - 1].range.lowerBound).lowercased() == "the " {
                index -= 1
                return Attribution(source: entities[index].name, range: entities[index].range.lowerBound..<range.upperBound,
                                   rule: rule + " (the first of two names)")
            }
            return Attribution(source: entities[index].name, range: range, rule: rule)
        }
        // "according to its commanders": the possessor is the sentence's first named actor.
        if ["its", "their"].contains(sentence.tokens[tokenRange.lowerBound].lower),
           let owner = entities.first(where: { $0.range.upperBound <= range.lowerBound }) {
            return Attribution(source: owner.name, range: range, rule: rule + " (possessive → \(owner.name))")
        }
        var start = tokenRange.lowerBound
        if ["the"].contains(sentence.tokens[start].lower), tokenRange.count > 1 { start += 1 }
        // "Iraq's Joint Operations Command": the name without the state owning it.
        if start + 1 < tokenRange.upperBound, sentence.tokens[start + 1].isCapitalized,
           sentence.tokens[start].lower.hasSuffix("'s") || sentence.tokens[start].lower.hasSuffix("’s") {
            start += 1
        }
        // "Col. Sean Ryan", "Brig. Gen. Yahya Rasool": the name without its abbreviated ranks.
        while start + 2 < tokenRange.upperBound, sentence.tokens[start + 1].lower == ".",
              Self.rankAbbreviations.contains(sentence.tokens[start].lower) {
            start += 2
        }
        let phraseRange = sentence.characterRange(ofTokens: start..<tokenRange.upperBound)
        return Attribution(source: sentence.text(of: phraseRange), range: range, rule: rule)
    }
}
