/// What kind of event a sentence reports, from a verb lexicon in the spirit of ACLED/CAMEO.
///
/// Precedence (first that applies): airstrike > liberation > capture > casualties > siege > withdrawal >
/// attack > estimate > declaration > prediction > opinion > other. Specific events beat generic ones
/// (an air attack is an airstrike, not just an attack; "recaptured" is a liberation, not a capture);
/// events beat statements about them ("announced it had captured" is a capture); prediction and
/// opinion come from the modality when no event word is present.
struct ClaimTypeClassifier: Sendable {
    struct Result {
        var type: ClaimType
        var matched: String
        var range: Range<Int>?
        var rule: String
    }

    /// A rule: a word (or word sequence) and the type it signals.
    private struct Cue {
        var words: [String]
        var type: ClaimType
        /// Words at most this far after the cue that must include one of `needs` (e.g. "took … control").
        var needs: Set<String> = []
        var window: Int = 0
        /// Not when a quantity follows ("exports fell to about 225,000 barrels" is no capture).
        var notBeforeNumber = false
        /// Position of `type` in `order` (nil: never chosen) and the evidence rule, made once per cue.
        var rank: Int? = nil
        var rule = ""
    }

    private static let order: [ClaimType] = [
        .airstrike, .liberation, .capture, .casualties, .siege, .withdrawal, .attack, .estimate, .declaration,
    ]

    private static let cues: [Cue] = {
        var cues: [Cue] = []
        func add(_ type: ClaimType, _ phrases: [String]) {
            for phrase in phrases { cues.append(Cue(words: phrase.split(separator: " ").map(String.init), type: type)) }
        }
        add(.airstrike, ["airstrike", "airstrikes", "air strike", "air strikes", "air attack", "air attacks", "air raid",
                         "air raids", "airstrikes", "bombed", "bombing", "bombings", "bombarded", "air-strike",
                         "air - strike", "air - strikes", "aircraft struck", "warplanes", "jets struck", "drone strike",
                         "air campaign", "to bomb"])
        add(.liberation, ["liberated", "liberate", "liberates", "liberating", "liberation", "freed"] + retakingVerbs
                + ["driven out", "expelled", "cleared", "purging", "purged",
                   "lifting of the siege", "lifted the siege", "broke the siege", "been broken", "restored"])
        add(.capture, ["captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing",
                       "fell to", "fall to", "falls to", "fallen to", "overran", "overrun", "stormed", "gained control",
                       "gain control", "gains control", "taken control", "took control", "take control", "takes control",
                       "taken over", "took over", "take over", "occupied", "conquered", "conquests", "lost control",
                       "losing control", "has lost", "have lost", "had lost"])
        // "have taken full control of", "gained effective control over".
        for verb in ["took", "taken", "take", "takes", "taking", "gained", "gain", "gains", "gaining"] {
            cues.append(Cue(words: [verb], type: .capture, needs: ["control"], window: 3))
        }
        for index in cues.indices where cues[index].words.count == 2 && cues[index].words[1] == "to"
            && ["fell", "fall", "falls", "fallen"].contains(cues[index].words[0]) {
            cues[index].notBeforeNumber = true
        }
        for verb in ["drove", "driving", "driven", "drive", "drives"] {
            cues.append(Cue(words: [verb], type: .liberation, needs: ["out"], window: 5))
        }
        add(.casualties, ["killed", "kill", "kills", "dead", "died", "deaths", "death toll", "wounded", "injured",
                          "casualties", "lost their lives", "lost his life", "lost her life", "massacre", "massacred",
                          "executed", "beheadings", "beheaded", "slain"])
        add(.siege, ["siege", "sieges", "besieged", "besieging", "encircled", "encircle", "encirclement", "surrounded",
                     "surround", "blockade", "blockaded", "trapped", "cut off"])
        add(.withdrawal, ["withdraw", "withdrew", "withdrawn", "withdrawal", "withdrawing", "withdraws", "pulling back",
                          "pulled back", "pull back", "pull - back", "pullback", "pull-back", "retreat", "retreated",
                          "retreating", "retreats", "evacuated", "evacuation", "pulling out", "pulled out", "pull out",
                          "abandoned", "abandon", "fleeing", "fled"])
        add(.attack, ["attack", "attacks", "attacked", "attacking", "assault", "assaults", "offensive", "offensives",
                      "raid", "raids", "raided", "struck", "strike", "strikes", "shelled", "shelling", "clashes",
                      "clashed", "battle", "battles", "fighting", "counter - attacks", "counter - attack", "ambush",
                      "ambushed", "advance", "advances", "advanced", "advancing"])
        add(.estimate, ["estimated", "estimate", "estimates", "estimating", "numbers of", "number of", "strength"])
        add(.declaration, ["declared", "declare", "declares", "declaration", "announced", "announce", "announces",
                           "announcement", "proclaimed", "proclaim", "proclamation", "proclaims"])
        for index in cues.indices {
            cues[index].rank = order.firstIndex(of: cues[index].type)
            cues[index].rule = "verb lexicon '\(cues[index].words.joined(separator: " "))'"
        }
        return cues
    }()

    /// First words of cues (for `GrammarCue.claimType`).
    static var firstWords: [String] { Array(cuesByFirstWord.keys) }

    /// Cues (positions in `cues`) by their first word, so each token costs one look-up.
    private static let cuesByFirstWord: [String: [Int]] = Dictionary(grouping: cues.indices, by: { cues[$0].words[0] })

    /// `cuesByFirstWord` by lexicon entry (`WordToken.entry`): an array read instead of a hashed word.
    private static let cuesByEntry: [[Int]] = CueLexicon.shared.words.map { cuesByFirstWord[$0] ?? [] }

    /// Units that make a bare figure an estimate of strength or numbers.
    static let strengthUnits: GrammarWordSet = [
        "fighters", "troops", "soldiers", "militants", "jihadists", "terrorists", "rebels", "civilians", "refugees",
        "people", "members", "men", "insurgents", "police", "personnel", "residents", "combatants",
    ]

    /// Whether a capitalised word goes on into another one ("Liberation Front", "Liberation Square"); a name that ends
    /// in the cue names an event ("the Great Battle of Aleppo") and keeps it.
    private static func isInsideName(_ tokens: [WordToken], at index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
    }

    /// Cue nouns that also name organisations and places ("Liberation Front", "Assault Brigade"); verbs never do.
    static let nounsInNames: GrammarWordSet = [
        "liberation", "siege", "assault", "strike", "attack", "offensive", "battle", "raid", "advance", "bombing",
    ]

    /// No lower-case word but the small ones a title leaves in lower case: a headline in title case.
    private static func isTitleCase(_ tokens: [WordToken]) -> Bool {
        !tokens.contains { $0.kind == .word && !$0.isCapitalized && !titleSmallWords.contains($0.lower) }
    }

    static let titleSmallWords: GrammarWordSet = [
        "a", "an", "the", "and", "or", "but", "nor", "yet", "for", "with", "from", "into", "over", "off", "out", "per",
        "via", "as", "at", "by", "in", "of", "on", "to", "up", "its", "his", "her", "our", "their", "vs",
    ]

    /// A number at `index`, or after a qualifier there ("to about 225,000", "to 30 percent").
    private static func quantityFollows(_ tokens: [WordToken], at index: Int) -> Bool {
        let start = FigureLexicon.qualifier(in: tokens, at: index)?.end ?? index
        return start < tokens.count && (tokens[start].kind == .number || tokens[start].classes.contains(.number))
    }

    /// Verbs of taking back. Who takes back decides the event: the state or the forces against a jihadist group
    /// liberate, a jihadist group captures (ACLED's "non-state actor overtakes territory").
    static let retakingVerbs = [
        "recaptured", "recapture", "recaptures", "recapturing", "retook", "retaken", "retake", "regained", "regain",
    ]
    static let retakingWords = GrammarWordSet(retakingVerbs)

    /// Whether the liberation cue at `cue` is a verb of taking back whose agent is a jihadist group, which makes it a
    /// capture: "ISIS retook Palmyra", "Palmyra, retaken by ISIS". The agent is the actor after a passive "by", else the
    /// nearest actor before the verb.
    static func isTakenBackByJihadists(_ cue: Range<Int>, in sentence: TokenizedSentence, actors: [EntityMatch],
                                       catalog: StandardCatalog) -> Bool {
        guard !actors.isEmpty else { return false }
        let tokens = sentence.tokens
        guard let verb = tokens.firstIndex(where: { $0.start == cue.lowerBound }), retakingWords.contains(tokens[verb].lower)
        else { return false }
        var agent: Int?
        if tokens.lower(at: verb + 1) == "by" {
            let name = tokens.lower(at: verb + 2) == "the" ? verb + 3 : verb + 2
            if name < tokens.count { agent = actors.firstIndex { $0.range.lowerBound == tokens[name].start } }
        }
        if agent == nil { agent = actors.lastIndex { $0.range.upperBound <= cue.lowerBound } }
        guard let agent else { return false }
        return catalog.actorKind(forKey: actors[agent].key) == "jihadist group"
    }

    func classify(_ sentence: TokenizedSentence, modality: Modality, figureUnits: [String]) -> Result {
        classify(sentence, modality: modality, strengthUnit: { figureUnits.first(where: { Self.strengthUnits.contains($0) }) })
    }

    /// The same, with the sentence's figures' first strength unit asked for only when no event word decides
    /// (the claim loop reads it from its figures in place, with no array of units made).
    func classify(_ sentence: TokenizedSentence, modality: Modality, strengthUnit: () -> String?) -> Result {
        let tokens = sentence.tokens
        // The best cue so far by rank and position (as a position in `cues`: no cue is copied); its text and
        // rule are written once, for the winner.
        var bestCue: (rank: Int, cue: Int, at: Int)?
        // The tables read once, not through their lazy globals' accessors at every cue word.
        let cues = Self.cues
        let cuesByEntry = Self.cuesByEntry
        for i in tokens.indices where tokens[i].classes.contains(.claimType) {
            let entry = tokens[i].entry
            guard let candidates = entry != WordToken.noEntry ? cuesByEntry[Int(entry)] : Self.cuesByFirstWord[tokens[i].lower]
            else { continue }
            // "the National Liberation Front": a cue inside a name is no event, unless
            // the whole sentence is written in title case (a headline).
            if tokens[i].isCapitalized, i > 0, Self.nounsInNames.contains(tokens[i].lower), Self.isInsideName(tokens, at: i),
               !Self.isTitleCase(tokens) { continue }
            for index in candidates where tokens.matches(cues[index].words, at: i) {
                if !cues[index].needs.isEmpty {
                    let after = (i + cues[index].words.count)..<min(tokens.count, i + cues[index].words.count + cues[index].window)
                    guard after.contains(where: { cues[index].needs.contains(tokens[$0].lower) }) else { continue }
                }
                if cues[index].notBeforeNumber, Self.quantityFollows(tokens, at: i + cues[index].words.count) { continue }
                guard let rank = cues[index].rank else { continue }
                if bestCue == nil || rank < bestCue!.rank { bestCue = (rank, index, i) }
            }
        }
        // The winning cue's fields read in place (no cue or result is copied on the way).
        func result(of index: Int, at i: Int) -> Result {
            let range = sentence.characterRange(ofTokens: i..<(i + cues[index].words.count))
            return Result(type: cues[index].type, matched: sentence.text(of: range), range: range, rule: cues[index].rule)
        }
        let bestType = bestCue.map { cues[$0.cue].type }
        if let bestCue, bestType != .estimate, bestType != .declaration { return result(of: bestCue.cue, at: bestCue.at) }
        if bestType == nil || bestType == .declaration,
           let unit = strengthUnit() {
            return Result(type: .estimate, matched: unit, range: nil, rule: "figure of \(unit)")
        }
        if let bestCue { return result(of: bestCue.cue, at: bestCue.at) }
        switch modality {
        case .predicted: return Result(type: .prediction, matched: "", range: nil, rule: "predicted modality")
        case .opinion: return Result(type: .opinion, matched: "", range: nil, rule: "opinion modality")
        default: return Result(type: .other, matched: "", range: nil, rule: "no event word")
        }
    }
}
