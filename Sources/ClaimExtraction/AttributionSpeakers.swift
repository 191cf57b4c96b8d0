/// Speakers the subject grammar misses because commas or a coordinated verb stand between them and their verb.
extension AttributionScanner {
    /// "The US envoy to the coalition, James Jeffrey, said …" / "…, the spokesman, Sherfan Darwish, said.": a name
    /// set off by commas right before the verb, after a role noun, is the speaker. Returns the name's tokens.
    func appositiveNameSpeaker(_ tokens: [WordToken], verb: Int) -> Range<Int>? {
        let closing = verb - 1
        guard closing >= 3, tokens[closing].lower == "," else { return nil }
        var start = closing
        while start > 0, closing - start < 8 {
            let t = tokens[start - 1]
            // "Brig. Gen. Yahya Rasool": a dot glued to a capitalised word is an abbreviation's.
            let abbreviationDot = t.lower == "." && !t.spaceBefore && start >= 2 && tokens[start - 2].isCapitalized
            // "Staffan de Mistura", "Osama bin Laden": a lower-case particle inside the name.
            guard t.kind == .word && (t.isCapitalized || Self.hasNameArticle(t.lower)) || t.lower == "-"
                || (t.lower == "al" || Self.nameParticles.contains(t.lower)) && start < closing || abbreviationDot else { break }
            start -= 1
        }
        guard start < closing, tokens[start].isCapitalized, start >= 2, tokens[start - 1].lower == "," else { return nil }
        // The phrase before the name holds the role: "the governor", "The UN envoy for Yemen".
        let opening = start - 1
        let phrase = backwardPhraseStart(tokens, end: opening)..<opening
        guard phrase.contains(where: { k in
            tokens[k].kind == .word && !tokens[k].isCapitalized
                && (tokens[k].classes.contains(.sourceNoun) || Self.roleNouns.contains(tokens[k].lower))
        }) else { return nil }
        return start..<closing
    }

    /// "Parliament speaker Salim al-Jubouri", "Army spokesman …": up to four words naming a role before the name that
    /// opens the sentence, each capitalised or a speaker noun, the last a speaker noun or a title.
    static func isRoleOpening(_ tokens: [WordToken], before opening: Int) -> Bool {
        guard opening > 0 else { return false }
        let last = tokens[opening - 1]
        guard last.classes.contains(.sourceNoun) || ClaimExtractor.personTitles.contains(last.lower) else { return false }
        return tokens[0..<opening].allSatisfy { $0.kind == .word && ($0.isCapitalized || $0.classes.contains(.sourceNoun)) }
    }

    /// "The Syrian government has denied using chemical weapons and said …": a speech verb after "and" (or ", saying")
    /// shares the subject of the verb before it, when that subject is a named actor or person opening the sentence. Nothing
    /// that opens another clause ("that", "which", "when" …) may stand between them.
    func coordinatedSubject(_ tokens: [WordToken], verb: Int, entities: [NamedSpan]) -> NamedSpan? {
        var end = verb
        while end > 0, tokens[end - 1].classes.contains(.auxiliary) { end -= 1 }
        // "Iraqi officials criticised the agreement, saying …": a participle after a comma, likewise.
        guard end > 2, tokens[end - 1].lower == "and" || Self.speechParticiples.contains(tokens[verb].lower) && tokens[end - 1].lower == ",",
              let first = entities.first else { return nil }
        // The entity opens the sentence, after at most "The" or a title ("Prime Minister Nouri al-Maliki").
        guard let opening = tokens.firstIndex(where: { $0.start == first.range.lowerBound }),
              opening == 0 || opening == 1 && tokens[0].lower == "the"
                || opening <= 4 && tokens[0..<opening].allSatisfy({ $0.isCapitalized && ClaimExtractor.personTitles.contains($0.lower) })
                || opening <= 4 && Self.isRoleOpening(tokens, before: opening)
        else { return nil }
        guard var after = tokens.firstIndex(where: { $0.start >= first.range.upperBound }), after < end - 1 else { return nil }
        // "UN envoy Staffan de Mistura, who …, welcomed … and said": a role and the person holding it after the
        // opening actor are the subject too.
        if entities.count > 1, let person = entities.dropFirst().first,
           let personStart = tokens.firstIndex(where: { $0.start == person.range.lowerBound }), personStart > after,
           (after..<personStart).allSatisfy({ k in
               tokens[k].kind == .word && !tokens[k].isCapitalized
                   && (tokens[k].classes.contains(.sourceNoun) || Self.roleNouns.contains(tokens[k].lower)
                       || Self.rankWords.contains(tokens[k].lower))
                   // "Iraqi Defence Minister Khalid al-Obeidi": capitalised role words.
                   || tokens[k].kind == .word && tokens[k].isCapitalized
                       && (tokens[k].classes.contains(.sourceNoun) || Self.rankWords.contains(tokens[k].lower))
                   // "Hezbollah's leader, Hassan Nasrallah, defended …": the name set off by commas after the role.
                   || tokens[k].lower == "," && k == personStart - 1 && k > after
           }),
           let personEnd = tokens.firstIndex(where: { $0.start >= person.range.upperBound }), personEnd < end - 1 {
            after = personEnd
            if tokens[personStart - 1].lower == ",", tokens[after].lower == "," { after += 1 }
        }
        // "The Islamic State group, …": a noun saying what the named actor is.
        if tokens[after].kind == .word, !tokens[after].isCapitalized, tokens.lower(at: after + 1) == ",",
           tokens[after].classes.contains(.sourceNoun) || Self.roleNouns.contains(tokens[after].lower) {
            after += 1
        }
        // "The YPG, which Ankara considers …, has denied … and said": a clause set off by commas after the subject.
        if tokens[after].lower == ",", after + 2 < end - 1, ["which", "who", "whose"].contains(tokens[after + 1].lower),
           let closing = (after + 2..<min(end - 1, after + 16)).first(where: { tokens[$0].lower == "," }) {
            after = closing + 1
        } else if tokens[after].lower == ",", after + 2 < end - 1,
                  let closing = (after + 2..<min(end - 1, after + 16)).first(where: { tokens[$0].lower == "," }),
                  appositiveOpening(tokens, closingComma: closing) == after {
            // "Hayat Tahrir al-Sham, the jihadist alliance that dominates the province, denied … and said": an
            // appositive naming what the subject is.
            after = closing + 1
        } else if tokens[after].lower == ",", after + 4 < end - 1,
                  tokens[after + 1].lower == "known" && tokens[after + 2].lower == "as"
                    || (tokens[after + 1].lower == "also" || tokens[after + 1].lower == "formerly")
                        && tokens[after + 2].lower == "known" && tokens[after + 3].lower == "as",
                  let closing = (after + 3..<min(end - 1, after + 12)).first(where: { tokens[$0].lower == "," }) {
            // "The Islamic State group, also known as ISIL or Daesh, claimed …, saying": the subject's other names.
            after = closing + 1
        } else if tokens[after].lower == ",", after + 2 < end - 1, ["a", "an", "the"].contains(tokens[after + 1].lower),
                  let closing = (after + 2..<min(end - 1, after + 10)).first(where: { tokens[$0].lower == "," }),
                  (after + 2..<closing).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].classes.contains(.subjectBoundary) }) {
            // "Salim al-Jubouri, a Sunni from Diyala, visited … and said": a short appositive of any noun, since the
            // subject opens the sentence and its verb follows the closing comma.
            after = closing + 1
        }
        guard after < end - 1 else { return nil }
        // Its verb follows it: a lower-case word that is no preposition or article ("… Government called the pullback").
        let next = tokens[after]
        guard next.kind == .word, !next.isCapitalized,
              next.classes.contains(.auxiliary) || !FigureExtractor.functionWords.contains(next.lower) else { return nil }
        for k in after..<(end - 1) where tokens[k].kind == .word && !tokens[k].isCapitalized
            && tokens[k].classes.contains(.subjectBoundary) && tokens[k].lower != "and" {
            return nil
        }
        return first
    }

    /// "The U.S.-led coalition has carried out 200 strikes near Hajin, and it says …": "it" or "they" right after "and"
    /// is the sentence's opening actor, when no other actor or person stands between them.
    func coordinatedAntecedent(_ tokens: [WordToken], pronoun: Int, entities: [NamedSpan]) -> NamedSpan? {
        guard pronoun > 2, tokens[pronoun].lower == "it" || tokens[pronoun].lower == "they", tokens[pronoun - 1].lower == "and",
              let first = entities.first,
              let opening = tokens.firstIndex(where: { $0.start == first.range.lowerBound }),
              opening == 0 || opening == 1 && tokens[0].lower == "the",
              !entities.dropFirst().contains(where: { $0.range.lowerBound < tokens[pronoun].start }),
              let after = tokens.firstIndex(where: { $0.start >= first.range.upperBound }), after < pronoun - 1
        else { return nil }
        // The opening entity is the subject of the first clause: a lower-case verb (or auxiliary) follows it.
        let next = tokens[after]
        guard next.kind == .word, !next.isCapitalized,
              next.classes.contains(.auxiliary) || !FigureExtractor.functionWords.contains(next.lower) else { return nil }
        return first
    }

    /// The speaker a coordinated verb shares: the opening entity, or, when a role and a name follow it, the whole
    /// phrase ("UNESCO director-general Irina Bokova welcomed …, saying": the director-general speaks).
    func coordinatedAttribution(_ subject: NamedSpan, verb: Int, in sentence: TokenizedSentence,
                                entities: [NamedSpan]) -> Attribution {
        let tokens = sentence.tokens
        let rule = "coordinated subject \(tokens[verb].lower)"
        guard let after = tokens.firstIndex(where: { $0.start >= subject.range.upperBound }) else {
            return Attribution(source: subject.name, range: subject.range, rule: rule)
        }
        // Role words (lower-case, joined by hyphens) and then a capitalised name.
        var end = after
        var sawRole = false
        // "Iraqi Prime Minister Haider al-Abadi": capitalised role words too, before the name.
        while end < verb, tokens[end].kind == .word
                && (tokens[end].classes.contains(.sourceNoun) || Self.roleNouns.contains(tokens[end].lower) || Self.rankWords.contains(tokens[end].lower))
                || tokens[end].lower == "-" && sawRole {
            if tokens[end].kind == .word { sawRole = true }
            end += 1
        }
        // "Hezbollah's leader, Hassan Nasrallah, …": the name may be set off by commas.
        if sawRole, end < verb, tokens[end].lower == "," { end += 1 }
        let nameStart = end
        while end < verb, tokens[end].kind == .word, tokens[end].isCapitalized || Self.hasNameArticle(tokens[end].lower)
                || tokens[end].lower == "-" && end > nameStart && !tokens[end].spaceBefore { end += 1 }
        // A name in commas speaks for itself: the person named, not the phrase with its owner.
        if sawRole, nameStart > after, tokens[nameStart - 1].lower == ",", end > nameStart,
           let person = entities.first(where: { $0.range.lowerBound == tokens[nameStart].start }) {
            return Attribution(source: person.name, range: person.range, rule: rule + " (role, then the name in commas)")
        }
        guard sawRole, end > nameStart, let first = tokens.firstIndex(where: { $0.start == subject.range.lowerBound }) else {
            return Attribution(source: subject.name, range: subject.range, rule: rule)
        }
        return named(first..<end, head: end - 1, in: sentence, entities: entities, rule: rule + " (role and name)")
    }

    /// Words of a title that join a role: "director-general", "deputy", "acting".
    static let rankWords: GrammarWordSet = ["general", "deputy", "acting", "senior", "chief", "foreign", "defence", "defense", "prime"]

    /// A name set off by a comma after a role phrase, ending the clause: "the mayor of Shingal, Mahma Khalil."
    func nameAfterRole(_ tokens: [WordToken], phrase: Range<Int>) -> Range<Int>? {
        let comma = phrase.upperBound
        guard comma + 1 < tokens.count, tokens[comma].lower == ",",
              phrase.contains(where: { k in
                  tokens[k].kind == .word && !tokens[k].isCapitalized
                      && (tokens[k].classes.contains(.sourceNoun) || Self.roleNouns.contains(tokens[k].lower))
              }) else { return nil }
        var end = comma + 1
        while end < tokens.count, end - comma <= 6,
              tokens[end].kind == .word && (tokens[end].isCapitalized || Self.hasNameArticle(tokens[end].lower))
                || tokens[end].lower == "-" || tokens[end].lower == "al" && end > comma + 1 {
            end += 1
        }
        guard end > comma + 1, tokens[comma + 1].isCapitalized,
              end == tokens.count || tokens[end].kind == .punctuation else { return nil }
        return (comma + 1)..<end
    }

    /// The "(" of a short bracketed abbreviation closed at `closing` and written after a capitalised word: "(YPG)",
    /// "(SOHR)".
    func abbreviationOpening(_ tokens: [WordToken], closing: Int) -> Int? {
        guard closing >= 3, tokens[closing].lower == ")" else { return nil }
        let opening = closing - 2
        // After a name, or a speaker noun: "the UN's humanitarian office (OCHA) warned".
        guard tokens[opening].lower == "(", tokens[opening + 1].kind == .word, tokens[opening + 1].isCapitalized,
              tokens[opening - 1].isCapitalized || tokens[opening - 1].classes.contains(.sourceNoun) else { return nil }
        return opening
    }

    /// A word written with a lower-case Arabic article glued to a name: "al-Shammari", "el-Sisi", "ad-Dawla".
    static func hasNameArticle(_ word: String) -> Bool {
        nameArticles.contains { word.hasPrefix($0) && word.utf8.count > $0.utf8.count }
    }

    static let nameArticles = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "an-", "at-", "ath-"]
    static let nameParticles: Set<String> = ["de", "da", "di", "van", "von", "der", "bin", "ibn", "bint", "le", "la", "du"]
}
