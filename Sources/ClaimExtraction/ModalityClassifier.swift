/// How firmly a sentence asserts what it says.
///
/// Precedence (first that applies): opinion > conditional > predicted > hedged > reported > asserted.
/// The author's own stance frames everything else in the sentence ("I think X will fall" is an
/// opinion); a condition frames a prediction ("if X, Y will happen"); a hedge weakens a report.
/// A sentence attributed to a named source other than the author is at least `reported`.
struct ModalityClassifier: Sendable {
    struct Result {
        var modality: Modality
        var matched: String
        var range: Range<Int>?
        var rule: String
    }

    /// First-person verbs of judgement: "I think", "I doubt", "I would add", "I am sure".
    static let opinionVerbs: GrammarWordSet = [
        "think", "believe", "doubt", "question", "suspect", "expect", "consider", "feel", "agree", "disagree",
        "predict", "fear", "hope", "reckon", "guess", "suppose", "contend", "argue", "add", "say", "insist",
    ]
    static let opinionAdjectives: GrammarWordSet = ["sure", "convinced", "certain", "confident", "afraid", "doubtful"]
    static let hedges: Set<String> = [
        "may", "might", "could", "likely", "unlikely", "apparently", "possibly", "perhaps", "probably", "presumably",
        "supposedly", "seems", "seem", "seemed", "appears", "appear", "appeared", "conceivably", "maybe", "possible",
        "unclear", "uncertain",
    ]
    static let predictions: Set<String> = [
        "will", "shall", "won’t", "won't", "expect", "expects", "expected", "predict", "predicts", "predicted",
        "forecast", "forecasts", "soon", "imminent", "upcoming", "impending",
    ]
    static let reports: Set<String> = ["reportedly", "allegedly", "purportedly", "rumoured", "rumored"]

    /// Words before "will" that make it the noun ("the will of", "popular will").
    static let nounWillModifiers: GrammarWordSet = ["the", "its", "his", "her", "their", "our", "popular", "good", "political"]
    static let passiveAuxiliaries: GrammarWordSet = ["is", "are", "was", "were", "been"]
    /// Verbs after "reports", "rumours", "claims" that make them unnamed sources.
    static let unnamedReportVerbs: GrammarWordSet = ["are", "have", "suggest", "say", "said", "indicate"]

    /// Every word the classifier reacts to (for `GrammarCue.modality`).
    static let cueWords: Set<String> = hedges.union(predictions).union(reports).union([
        "i", "my", "seems", "seem", "if", "unless", "were", "going", "according", "said", "reported", "thought",
        "believed", "claimed", "reports", "sources", "rumours", "claims", "should",
    ])

    /// The cue words `classify` tells apart.
    enum CueKind {
        case other, i, my, seem, `if`, unless, were, will, soon, going, may, according, reports, sources, rumoursOrClaims, should
        /// "said", "reported", "thought", "believed", "claimed": a report after a passive auxiliary.
        case passiveReport

        init(_ word: String) {
            switch word {
            case "i": self = .i
            case "my": self = .my
            case "seems", "seem": self = .seem
            case "if": self = .if
            case "unless": self = .unless
            case "were": self = .were
            case "will": self = .will
            case "soon": self = .soon
            case "going": self = .going
            case "may": self = .may
            case "according": self = .according
            case "reports": self = .reports
            case "sources": self = .sources
            case "rumours", "claims": self = .rumoursOrClaims
            case "should": self = .should
            case "said", "reported", "thought", "believed", "claimed": self = .passiveReport
            default: self = .other
            }
        }
    }

    /// `CueKind` of every lexicon word, by `WordToken.entry`.
    static let cueKinds: [CueKind] = CueLexicon.shared.words.map(CueKind.init)

    /// A rule that matched, kept as token positions: the text it matched is read only for the one that wins.
    private struct Candidate {
        var modality: Modality
        var tokens: Range<Int>
        var rule: String
    }

    func classify(_ sentence: TokenizedSentence, attributedToOther: Bool) -> Result {
        let tokens = sentence.tokens
        var conditional: Candidate?
        var predicted: Candidate?
        var hedged: Candidate?
        var reported: Candidate?
        func result(_ modality: Modality, _ range: Range<Int>, _ rule: String) -> Result {
            let chars = sentence.characterRange(ofTokens: range)
            return Result(modality: modality, matched: sentence.text(of: chars), range: chars, rule: rule)
        }
        func candidate(_ modality: Modality, _ range: Range<Int>, _ rule: String) -> Candidate {
            Candidate(modality: modality, tokens: range, rule: rule)
        }
        var next = 0
        while next < tokens.count {
            // Past the words no rule reacts to in a loop of its own: the loop below carries four results, which
            // the compiler moves on every pass.
            while next < tokens.count, !tokens[next].classes.contains(.modality) { next += 1 }
            guard next < tokens.count else { break }
            let i = next
            next += 1
            let w = tokens[i].lower
            // Which of the words tested below it is, from its lexicon entry: one array read, not a string compare per test.
            let entry = tokens[i].entry
            let kind = entry != WordToken.noEntry ? Self.cueKinds[Int(entry)] : CueKind(w)
            // Opinion: "I think", "I do not agree", "I would add", "I am sure", "in my opinion", "it seems to me".
            if kind == .i {
                var j = i + 1
                while let next = tokens.lower(at: j), ["do", "don’t", "don't", "not", "would", "also", "still", "strongly",
                                                       "certainly", "really", "am", "will", "must", "can", "personally"].contains(next) { j += 1 }
                if let verb = tokens.lower(at: j), Self.opinionVerbs.contains(verb) || Self.opinionAdjectives.contains(verb) {
                    return result(.opinion, i..<(j + 1), "first-person judgement")
                }
            }
            if kind == .my, let next = tokens.lower(at: i + 1), ["opinion", "view", "mind", "judgement", "judgment"].contains(next) {
                return result(.opinion, (i - (i > 0 ? 1 : 0))..<(i + 2), "in my opinion")
            }
            if kind == .seem, tokens.lower(at: i + 1) == "to", tokens.lower(at: i + 2) == "me" {
                return result(.opinion, i..<(i + 3), "it seems to me")
            }
            if conditional == nil {
                let before = tokens.lower(at: i - 1)
                if kind == .if, before != "as", before != "even" { conditional = candidate(.conditional, i..<(i + 1), "if") }
                else if kind == .unless { conditional = candidate(.conditional, i..<(i + 1), "unless") }
                else if kind == .were, tokens.lower(at: i + 1) == "to", before != "who", before != "that" { conditional = candidate(.conditional, i..<(i + 2), "were to") }
                // "Should the talks fail, …": a sentence opening with "should" and a clause set off by a comma.
                else if kind == .should, i == 0 || before == "“" || before == "\"", tokens[(i + 1)...].contains(where: { $0.lower == "," }) {
                    conditional = candidate(.conditional, i..<(i + 1), "should (inverted condition)")
                }
            }
            if predicted == nil {
                let isNounWill = kind == .will && (Self.nounWillModifiers.contains(tokens.lower(at: i - 1) ?? "") || tokens.lower(at: i + 1) == "of")
                let isAsSoonAs = kind == .soon && tokens.lower(at: i - 1) == "as" && tokens.lower(at: i + 1) == "as"
                if tokens[i].classes.contains(.prediction), !(kind == .will && tokens[i].isCapitalized && i > 0), !isNounWill, !isAsSoonAs {
                    predicted = candidate(.predicted, i..<(i + 1), w)
                } else if kind == .going, tokens.lower(at: i + 1) == "to", tokens.lower(at: i - 1).map({ ["is", "are", "was", "were", "am"].contains($0) }) == true {
                    predicted = candidate(.predicted, i..<(i + 2), "going to")
                } else if w.lastUTF8Byte == UInt8(ascii: "l"), w == "’ll" || w.hasSuffix("’ll") || w.hasSuffix("'ll") {
                    predicted = candidate(.predicted, i..<(i + 1), "will")
                }
            }
            if hedged == nil, tokens[i].classes.contains(.hedge), !(kind == .may && tokens[i].isCapitalized && i > 0) {
                hedged = candidate(.hedged, i..<(i + 1), w)
            }
            if reported == nil {
                if tokens[i].classes.contains(.reportWord) { reported = candidate(.reported, i..<(i + 1), w) }
                else if kind == .according, tokens.lower(at: i + 1) == "to" { reported = candidate(.reported, i..<(i + 2), "according to") }
                else if kind == .passiveReport, let before = tokens.lower(at: i - 1), Self.passiveAuxiliaries.contains(before) {
                    reported = candidate(.reported, (i - 1)..<(i + 1), "passive report")
                } else if kind == .reports || kind == .sources, i == 0 || tokens[i - 1].lower == "," {
                    reported = candidate(.reported, i..<(i + 1), "unnamed reports")
                } else if kind == .reports || kind == .rumoursOrClaims, Self.unnamedReportVerbs.contains(tokens.lower(at: i + 1) ?? "") {
                    reported = candidate(.reported, i..<(i + 2), "unnamed reports")
                }
            }
        }
        if let winner = conditional ?? predicted ?? hedged ?? reported {
            return result(winner.modality, winner.tokens, winner.rule)
        }
        if attributedToOther { return Result(modality: .reported, matched: "", range: nil, rule: "named source") }
        return Result(modality: .asserted, matched: "", range: nil, rule: "default")
    }
}
