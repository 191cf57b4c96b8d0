extension ClaimExtractor {
    /// Nouns of the press that a nationality may describe: "the Lebanese news agency Al-Masdar" is an outlet from
    /// Lebanon, and Lebanon itself does nothing in the sentence.
    static let outletNouns: GrammarWordSet = [
        "news", "newspaper", "daily", "weekly", "broadcaster", "television", "tv", "outlet", "website", "channel",
        "radio", "agency", "magazine", "paper", "press", "media", "journalist", "journalists", "reporter", "reporters",
    ]

    static let outletOwners: GrammarWordSet = ["state", "official", "government"]

    /// Whether an actor match (its `range` and `matched` text) is a lone nationality word right before a noun of the
    /// press, or one with "state" ("Syrian state media", "Syrian state news agency SANA": the outlet speaks, not the state).
    static func isOutletNationality(_ range: Range<Int>, matched: String, in sentence: TokenizedSentence) -> Bool {
        // The noun first: it is rarely there, and the demonym test lowercases the match.
        let tokens = sentence.tokens
        guard var next = tokens.firstIndex(where: { $0.start >= range.upperBound }), tokens[next].kind == .word else { return false }
        // "Iranian state television", "Turkish state-run media", "Iraqi official media": who runs the outlet between
        // (its length tested first: most actors are followed by no such word).
        let length = tokens[next].end - tokens[next].start
        if length == 5 || length == 8 || length == 10, Self.outletOwners.contains(tokens[next].lower) {
            next += 1
            if tokens.lower(at: next) == "-", tokens.lower(at: next + 1) == "run" { next += 2 }
            guard next < tokens.count, tokens[next].kind == .word else { return false }
        }
        guard outletNouns.contains(tokens[next].lower) else { return false }
        if !containsSpace(matched) { return PlaceStopWords.demonyms.contains(matched.lowercased()) }
        let words = matched.lowercased().split(separator: " ")
        return words.count == 2 && words[1] == "state" && PlaceStopWords.demonyms.contains(String(words[0]))
    }
}
