extension ClaimExtractor {
    /// Nouns of the press that a nationality may describe: "the Lebanese news agency Al-Masdar" is an outlet from
    /// Lebanon, and Lebanon itself does nothing in the sentence.
    static let outletNouns: GrammarWordSet = [
        "news", "newspaper", "daily", "weekly", "broadcaster", "television", "tv", "outlet", "website", "channel",
        "radio", "agency", "magazine", "paper", "press", "media", "journalist", "journalists", "reporter", "reporters",
    ]

    /// Whether an actor match is a lone nationality word right before a noun of the press.
    static func isOutletNationality(_ match: EntityMatch, in sentence: TokenizedSentence) -> Bool {
        guard !containsSpace(match.matched), PlaceStopWords.demonyms.contains(match.matched.lowercased()) else { return false }
        let tokens = sentence.tokens
        guard let next = tokens.firstIndex(where: { $0.start >= match.range.upperBound }) else { return false }
        return tokens[next].kind == .word && outletNouns.contains(tokens[next].lower)
    }
}
