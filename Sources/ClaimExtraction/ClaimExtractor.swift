import ClaimCorpus

/// Turns an article into claims: every sentence that names a place, actor, person, year/date or
/// figure becomes a claim with its time, figures, source, modality, type and evidence.
///
/// `extract` is a pure function of the article: the same article always gives the same document.
/// Context flows forward only, paragraph by paragraph: quoted blocks (their source and, for an
/// author's older article, their date), the unit and subject a list inherits, and the countries
/// mentioned so far (which rank ambiguous place names).
public struct ClaimExtractor: Sendable {
    let places: PlaceRecognizer
    let actors: ActorRecognizer
    let people: PersonRecognizer
    let standardCatalog: StandardCatalog

    public init() {
        places = PlaceRecognizer()
        actors = ActorRecognizer()
        people = PersonRecognizer()
        standardCatalog = StandardCatalog.shared
    }

    /// Builds the lazily made tables that do not need the gazetteer (the actor and person matchers, the cue lexicon,
    /// the word classes), so that a caller waiting for the gazetteer's load on another thread can build them meanwhile
    /// instead of the first extraction building them after it.
    public static func loadTablesBesidesGazetteer() {
        ActorRecognizer.loadTables()
        PersonRecognizer.loadTables()
        _ = CueLexicon.shared
        _ = WordClass.table
        _ = GrammarCue.table
    }

    public var catalog: any EntityCatalog { standardCatalog }

    public func extract(_ article: Article) -> ExtractedDocument {
        var document = article
        if document.published == nil, let inferred = PublicationDateInference.infer(article) {
            document.published = inferred
            document.dateBasis = .inferred
        }
        var state = ArticleState(published: document.published)
        var claims: [ExtractedClaim] = []
        // One set of name-word arrays for the whole article, refilled sentence after sentence.
        var nameBuffers = NameTextBuffers()
        for paragraph in article.paragraphs {
            // Appended in place: no claim is copied from a paragraph's array into the document's.
            extract(paragraph, state: &state, into: &claims, nameBuffers: &nameBuffers)
        }
        return ExtractedDocument(article: document, claims: claims)
    }

    // MARK: Paragraphs

    private func extract(_ paragraph: Paragraph, state: inout ArticleState, into claims: inout [ExtractedClaim],
                         nameBuffers: inout NameTextBuffers) {
        // Entities and written dates do not depend on context: read them first, then decide
        // whether a quoted block goes on.
        var sentences = paragraph.sentences.enumerated().map { position, sentence -> SentenceEntities in
            var entities = recognize(sentence.text, paragraph: paragraph.index, countries: state.countryContext,
                                     nameBuffers: &nameBuffers)
            if position == 0, paragraph.index <= Self.datelineParagraphs {
                removeDateline(from: &entities, text: sentence.text)
            }
            // The places and actors that the word after them shows to be something else's name, dropped in place:
            // the tokens are read where they are while the places change (disjoint fields of one variable).
            removeOtherThingsNames(from: &entities.places, in: entities.tokens)
            resolveFacilities(&entities.places, in: entities.tokens)
            addCoordinatedFeatures(&entities.places, in: entities.tokens)
            removeSeatsOfGovernment(from: &entities.places, actors: entities.actors, in: entities.tokens)
            Self.removeOtherThingsNames(from: &entities.actors, in: entities.tokens)
            // Each place's key read in place (a copy of a match would retain each of its strings).
            for index in entities.places.indices {
                if let country = standardCatalog.placeCountry(forKey: entities.places[index].key), !state.countries.contains(country) {
                    state.countries.append(country)
                    state.countryContext.insert(FoldedName(country).foldedHash)
                }
            }
            // "Government forces" are Syria's in the dictionary; in an article whose places are in Iraq and not in
            // Syria they are Iraq's.
            if state.countries.contains("Iraq"), !state.countries.contains("Syria") {
                for index in entities.actors.indices where entities.actors[index].key == Self.syrianArmyKey
                    && Self.genericForces.contains(entities.actors[index].matched.lowercased()) {
                    entities.actors[index].key = Self.iraqiArmyKey
                    entities.actors[index].rule += ", Iraq's in an article about Iraq"
                }
            }
            return consume entities  // moved out: a plain return copied it, then destroyed the local
        }
        preferNearbyNamesakes(in: &sentences, anchors: &state.placeAnchors)
        state.enter(paragraph, sentences: sentences, catalog: standardCatalog)
        // Each sentence's entities are swapped out of the array below (moved, not copied); an empty sentence takes the
        // first one's place.
        var entities = SentenceEntities.empty

        var inline: QuoteBlock?
        var paragraphFigureContext: ListContext?
        // A paragraph ending in a colon introduces a list: "… estimates of the fighters still inside:".
        var introducesList = false
        var introducedUnit: String?
        var introducedSource = "author"
        let lastPosition = paragraph.sentences.count - 1
        for (position, sentence) in paragraph.sentences.enumerated() {
            swap(&entities, &sentences[position])
            let block = inline ?? state.active
            let reference = block?.anchor ?? state.published
            // Every written date stays out of the figures, even one the claim's time leaves out.
            let scanned = TemporalScanner.scan(entities.tokens, reference: reference)
            let times = TemporalResolver.removingAsides(scanned, in: entities.tokens.text)
            let temporal = TemporalResolver.combine(times, reference: reference)

            // Source: the sentence's own attribution, else the quoted block's, else a list's, else the author.
            let named = entities.namedSpans(catalog: standardCatalog)
            // The state's fields handed over, not the state (448 bytes, copied for the call).
            let attribution = resolved(AttributionScanner().attribute(entities.tokens, entities: named), entities: entities,
                                       named: named, recentSource: state.recentSource,
                                       recentActorSource: state.recentActorSource, recentAlliance: state.recentAlliance)
            // Tested by pattern, not `== nil`: the types are Equatable, and `==` copies both sides to compare them.
            let isAttributed = attribution.holdsValue, isQuoted = block.holdsValue
            if let alliance = lastAlliance(before: nil, in: named, actors: entities.actors) { state.recentAlliance = alliance }
            var source = attribution?.source ?? block?.source ?? "author"
            var sourceRule = attribution?.rule ?? block.map { "quoted block: \($0.rule)" } ?? "default"
            var sourceRange = attribution?.range
            if !isAttributed, !isQuoted, paragraph.isListItem, let list = state.listContext, list.source != "author" {
                source = list.source
                sourceRule = "list introduced by a sentence of \(list.source)"
                sourceRange = nil
            }

            // Introducers start a block inline (rest of the paragraph) or at the next paragraph.
            let isLast = position == lastPosition
            if let anchor = QuoteBlockRules.anchorDate(entities.tokens, times: times) {
                state.pendingAnchor = PendingAnchor(date: anchor, paragraph: paragraph.index,
                                                    source: attribution?.source ?? "author", introducer: sentence.text)
            }
            // Only a paragraph's last sentence or one ending in a colon can introduce (most sentences are neither: they
            // skip the call, which copies its arguments).
            if isLast || sentence.text.endsWithColonBeforeTrailingWhitespace,
               let introduced = introducer(sentence.text, entities: entities, named: named, isLast: isLast,
                                           ownAttribution: attribution, pendingAnchor: state.pendingAnchor,
                                           recentSource: state.recentSource) {
                // The introducing sentence is said by whoever speaks around it, not by the quoted speaker.
                if isAttributed, attribution?.source == introduced.source {
                    source = block?.source ?? "author"
                    sourceRule = "introduces a quotation of \(introduced.source)"
                    sourceRange = nil
                }
                if isLast {
                    state.pending = introduced
                    state.active = nil
                } else {
                    // Quoted words introduced inside a paragraph end with it, and so does any outer block.
                    inline = introduced
                    state.active = nil
                }
                state.pendingAnchor = nil
            }

            var figures = FigureExtractor().matches(in: entities.tokens, excluding: scanned)
            // A number inside a name counts nothing: "Deir Ezzor 24" (an outlet), "Division 17" (a base).
            if !figures.isEmpty, !entities.actors.isEmpty || !entities.places.isEmpty {
                // By index and offsets: most sentences have no such figure, and nothing is removed or copied for them.
                var index = figures.count - 1
                while index >= 0 {
                    let start = figures[index].range.lowerBound
                    if entities.actors.contains(where: { $0.range.contains(start) }) || entities.places.contains(where: { $0.range.contains(start) }) {
                        figures.remove(at: index)
                    }
                    index -= 1
                }
            }
            inheritUnits(&figures, paragraph: paragraph, list: state.listContext)
            // Located in place: no figure match is copied into a second array.
            for index in figures.indices {
                locate(&figures[index], entities: entities, sourceRange: sourceRange, paragraph: paragraph, list: state.listContext)
            }
            let claimFigures = figures

            if source != "author", isAttributed || isQuoted {
                state.recentSource = source
                if Self.actorSourceNames[source] != nil { state.recentActorSource = source }
            }

            if !paragraph.isListItem, let withUnit = claimFigures.last(where: { $0.figure.unit != FigureExtractor.unknownUnit && !$0.needsUnit }) {
                paragraphFigureContext = ListContext(unit: withUnit.figure.unit, actorKey: withUnit.figure.actorKey, source: source)
            }
            if !paragraph.isListItem, isLast, sentence.text.endsWithColonBeforeTrailingWhitespace {
                introducesList = true
                introducedUnit = Self.unitNoun(in: entities.tokens)
                introducedSource = source
            }

            let hasTime = Self.hasSpecificTime(temporal.expressions)
            // A speaker named in full ("Brigadier General Yahya Rasool told state television …") makes a claim even when
            // the dictionaries know nobody in it.
            guard !entities.isOnlyDateline else { continue }
            guard !entities.places.isEmpty || !entities.actors.isEmpty || !entities.people.isEmpty || hasTime || !claimFigures.isEmpty
                || isAttributed && sourceRange != nil && Self.namesPerson(source) else { continue }
            // Modality and type feed only the claim (pure functions of the sentence): a sentence that makes none skips them.
            let modality = ModalityClassifier().classify(entities.tokens, attributedToOther: source != "author")
            var type = ClaimTypeClassifier().classify(entities.tokens, modality: modality.modality, strengthUnit: {
                claimFigures.first(where: { ClaimTypeClassifier.strengthUnits.contains($0.figure.unit) })?.figure.unit
            })
            if type.type == .liberation, let cue = type.range,
               ClaimTypeClassifier.isTakenBackByJihadists(cue, in: entities.tokens, actors: entities.actors, catalog: standardCatalog) {
                type.type = .capture
                type.rule += ", taken back by a jihadist group"
            }
            // Filled in place in the document's array: a claim made aside would be copied in whole, then destroyed.
            claims.append(ExtractedClaim(text: sentence.text, paragraph: sentence.paragraph, sentence: sentence.index))
            let last = claims.count - 1
            claims[last].placeKeys = uniqueKeys(entities.places)
            claims[last].actorKeys = uniqueKeys(entities.actors)
            claims[last].personKeys = uniqueKeys(entities.people)
            claims[last].years = temporal.years
            claims[last].year = temporal.year
            claims[last].date = temporal.date
            claims[last].yearBasis = temporal.yearBasis
            claims[last].figures = claimFigures.map(\.figure)
            claims[last].source = source
            claims[last].modality = modality.modality
            claims[last].type = type.type
            claims[last].evidence = evidence(entities: entities, named: named, temporal: temporal, figures: claimFigures,
                                             source: (source, sourceRange, sourceRule), modality: modality, type: type)
        }
        // The token arrays, emptied, go back to the article's buffers for the next paragraph's sentences. After the
        // swaps above the last sentence is in `entities` and each other one a place further on (the first place holds
        // the shared empty sentence, left alone).
        if !sentences.isEmpty {
            entities.tokens.giveBackTokens(to: &nameBuffers)
            for position in sentences.indices.dropFirst() { sentences[position].tokens.giveBackTokens(to: &nameBuffers) }
        }
        if !paragraph.isListItem {
            if let context = paragraphFigureContext {
                state.listContext = context
            } else if introducesList {
                // The list counts what its introduction names; an earlier paragraph's unit and source carry over
                // only when the introduction names the same thing (or nothing to count, then no unit at all).
                if let unit = introducedUnit, unit != state.listContext?.unit {
                    state.listContext = ListContext(unit: unit, actorKey: nil, source: introducedSource)
                } else if introducedUnit == nil {
                    state.listContext = nil
                }
            }
        }
    }

    /// The sentence's own attribution with a description or pronoun resolved to whom it stands for: the alliance last
    /// named, the previous source, or the one actor of the sentence the noun fits. `found`: what the attribution grammar
    /// found (bound once here, where a chain of `if let` on a variable copied it for every test).
    /// The `recent…` arguments: `ArticleState`'s.
    private func resolved(_ found: consuming Attribution?, entities: SentenceEntities, named: [NamedSpan],
                          recentSource: String?, recentActorSource: String?, recentAlliance: String?) -> Attribution? {
        guard let a = consume found else { return nil }  // moved out, not copied
        if let range = a.range, Self.headWord(of: range, in: entities.tokens) == "alliance",
           let alliance = lastAlliance(before: range, in: named, actors: entities.actors) ?? recentAlliance,
           !named.contains(where: { $0.range.upperBound == range.upperBound }),
           AttributionScanner.isDefiniteDescription(range, in: entities.tokens) {
            // "the (Kurdish-led) alliance" is the alliance last named, not whoever spoke last nor the "Kurdish" in it.
            return Attribution(source: alliance, range: range, rule: "'\(a.source)' → the last alliance named")
        } else if a.isPronoun {
            return recentSource.map { Attribution(source: $0, range: nil, rule: "pronoun → previous source") }
        } else if let range = a.range, !named.contains(where: { range.overlaps($0.range) }),
                  AttributionScanner.isDefiniteDescription(range, in: entities.tokens),
                  let actor = Self.onlyFittingActor(a.source, before: range, in: named) {
            // "500 SDF fighters were killed, the group says": the one actor of the sentence the noun fits.
            return Attribution(source: actor, range: range, rule: "'\(a.source)' → \(actor) named before it")
        } else if let range = a.range, recentSource != nil,
                  !named.contains(where: { range.overlaps($0.range) }),
                  AttributionScanner.isDefiniteDescription(range, in: entities.tokens),
                  let recent = [recentSource, recentActorSource].lazy.compactMap({ $0 })
                      .first(where: { SourceDescription.fits(a.source, source: $0) }) {
            return Attribution(source: recent, range: range, rule: "'\(a.source)' → previous source")
        }
        return a
    }

    /// A sentence that introduces quoted text, and the block it opens. `pendingAnchor`, `recentSource`: the article
    /// state's (handed over alone: the whole state was copied for each call).
    private func introducer(_ text: String, entities: SentenceEntities, named: [NamedSpan], isLast: Bool,
                            ownAttribution: Attribution?, pendingAnchor: PendingAnchor?, recentSource: String?) -> QuoteBlock? {
        let tokens = entities.tokens.tokens
        let trimmed = text.trimmingTrailingWhitespace
        let colonEnd = trimmed.endsWithColon
        guard colonEnd || isLast else { return nil }
        let follows = QuoteBlockRules.hasFollowCue(tokens)
        // Read only where a test needs it (rarely: most sentences have neither a pending anchor nor a follow cue).
        func open() -> Bool { QuoteBlockRules.endsWithoutFullStop(trimmed) }
        if let anchor = pendingAnchor, isLast, colonEnd || follows || (open() && anchor.paragraph == entities.paragraph) {
            return QuoteBlock(source: anchor.source, anchor: anchor.date, introducer: anchor.introducer,
                              rule: "text dated \(anchor.date.iso)")
        }
        // A colon introduces quoted words only with a cue that someone speaks ("What X had to say:",
        // "X said:", "as follows:"); "two cities: Aleppo and Damascus" is a list, not a quote.
        guard colonEnd || (isLast && follows && open()) else { return nil }
        let speaks = tokens.first?.lower == "what" || follows || ownAttribution.holdsValue
            || tokens.contains { QuoteBlockRules.quoteNouns.contains($0.lower) }
        guard speaks else { return nil }
        guard let speaker = AttributionScanner().introducerSpeaker(entities.tokens, entities: named) else { return nil }
        var source = speaker.source
        if speaker.isPronoun {
            guard let recent = recentSource else { return nil }
            source = recent
        }
        guard !source.isEmpty else { return nil }
        return QuoteBlock(source: source, anchor: nil, introducer: text, rule: "introduced by '\(trimmed.suffix(60))'")
    }

    // MARK: Entities

    /// `text.contains(" ")` (Foundation's search, which compares characters), answered from the bytes where they
    /// settle it: no space byte, no space (no other character is canonically equivalent to one); a space byte
    /// between ASCII bytes (or the text's ends) is a character of its own. Anything else asks the search.
    static func containsSpace(_ text: String) -> Bool {
        var copy = text  // `withUTF8` reads a native string in place
        let settled: Bool? = copy.withUTF8 { bytes in
            var sawSpace = false
            for index in bytes.indices where bytes[index] == 0x20 {
                sawSpace = true
                let beforeIsASCII = index == 0 || bytes[index - 1] < 0x80
                let afterIsASCII = index + 1 == bytes.count || bytes[index + 1] < 0x80
                if beforeIsASCII && afterIsASCII { return true }
            }
            return sawSpace ? nil : false
        }
        return settled ?? text.contains(" ")
    }

    /// `nameBuffers`: the article's arrays for the sentence's name words (refilled here, given back at the end).
    private func recognize(_ text: String, paragraph: Int, countries: CountryContext,
                           nameBuffers: inout NameTextBuffers) -> SentenceEntities {
        // Grammar tokens and name words from one scan where the text allows; one name text serves all three
        // recognisers (on the sentence's one copy of its bytes).
        let tokenized = TokenizedSentence(text, nameBuffers: &nameBuffers)
        var names = NameText(text, sentence: tokenized, buffers: &nameBuffers)
        defer { nameBuffers.recycle(&names) }
        var spans = SpanScratch(for: names)
        var actorMatches = actors.recognize(in: names, spans: &spans)
        var personMatches = people.recognize(in: names, spans: &spans)
        let allPlaces = places.recognize(in: names, context: countries, spans: &spans)
        // A name that only sounds like an actor's or a person's but is written as a place's, or inside one, is the
        // place ("Samarra", not Al-Sumaria; "Al Basrah al Qadimah", not a man called Kadhimi); so is one word that
        // only sounds like a surname on any place's span ("Sulaimani", not Suleimani). And "Hamid al-Baghdadi" is not
        // Abu Bakr al-Baghdadi: a lone surname after another name is someone else's.
        if !personMatches.isEmpty {
            // Each person's fields read in place, where it lies.
            personMatches.removeMatches { people, i in
                Self.isSurnameOfAnotherName(people[i].matched, range: people[i].range, in: tokenized)
                    || !allPlaces.isEmpty && (Self.isTransliterationInsideWrittenPlace(people[i].range, rule: people[i].rule,
                                                                                      places: allPlaces)
                        || Self.isTransliteration(people[i].rule) && !Self.containsSpace(people[i].matched)
                            && allPlaces.contains { $0.range == people[i].range })
            }
        }
        if !actorMatches.isEmpty, !allPlaces.isEmpty {
            actorMatches.removeMatches { Self.isTransliterationInsideWrittenPlace($0[$1].range, rule: $0[$1].rule, places: allPlaces) }
            // "the Syrian Badia", "the Syrian Desert": a demonym inside a place's exact, longer name is part of the name.
            // By index, the places' fields read in place: `contains(where:)` would hand each place over as a copy.
            actorMatches.removeMatches { actors, i in
                let range = actors[i].range
                for p in allPlaces.indices where allPlaces[p].range != range && allPlaces[p].range.lowerBound <= range.lowerBound
                    && range.upperBound <= allPlaces[p].range.upperBound && allPlaces[p].rule.hasPrefix("alias") {
                    return true
                }
                return false
            }
        }
        if !actorMatches.isEmpty {
            // "Mohsen al-Shammari": a word that only sounds like an actor's name, after a given name, is a man's
            // surname, not Al-Sumaria.
            actorMatches.removeMatches { actors, i in
                Self.isOutletNationality(actors[i].range, matched: actors[i].matched, in: tokenized)
                    || Self.isTransliteration(actors[i].rule)
                        && Self.isSurnameOfAnotherName(actors[i].matched, range: actors[i].range, in: tokenized)
            }
        }
        // Compared by ranges only (no match copied): no two places share a range, so a place equals
        // a located one exactly when their ranges are equal.
        // A name that is both a place and an actor ("Turkey", "Britain") is a place where the text
        // locates something there ("in Turkey", "Britain-based"), an actor otherwise.
        var locatedRanges: [Range<Int>] = []
        // "The British-based Observatory": a state's demonym before "-based" locates in its country.
        var demonymPlaces: [EntityMatch] = []
        if !actorMatches.isEmpty {
            for place in allPlaces
            where actorMatches.contains(where: { $0.range == place.range }) && Self.isLocative(place.range, in: tokenized)
                && !Self.ownsActor(place.range, actors: actorMatches, in: tokenized) {
                locatedRanges.append(place.range)
            }
            // "UK-based" locates; it never names the actor, whether or not the gazetteer knows the place.
            actorMatches.removeMatches { actors, i in
                if locatedRanges.contains(actors[i].range) { return true }
                let isCompound = Self.isCompoundLocation(actors[i].range, in: tokenized)
                if isCompound {
                    if !allPlaces.contains(where: { $0.range.overlaps(actors[i].range) }), let place = countryPlace(ofState: actors[i].key) {
                        demonymPlaces.append(EntityMatch(key: place.key, range: actors[i].range, matched: actors[i].matched,
                                                         rule: "'\(actors[i].matched)-based' → \(place.name)"))
                    }
                    return true
                }
                // "inside the Islamic Republic": a state's other name of several words where the text locates
                // something is its country (not an abbreviation: "from the US and Iranian backed army" is the state).
                guard Self.isStateAliasOfSeveralWords(actors[i].matched),
                      !allPlaces.contains(where: { $0.range.overlaps(actors[i].range) }),
                      Self.isLocative(actors[i].range, in: tokenized),
                      let last = tokenized.tokens.lastIndex(where: { $0.start < actors[i].range.upperBound }),
                      Self.endsNounPhrase(after: last, in: tokenized.tokens),
                      let place = countryPlace(ofState: actors[i].key) else { return false }
                demonymPlaces.append(EntityMatch(key: place.key, range: actors[i].range, matched: actors[i].matched,
                                                 rule: "'\(actors[i].matched)' located → \(place.name)"))
                return true
            }
        }
        // A place inside an actor's or person's name is not a place ("Al-Masdar", "Syrian Army"). The places are moved
        // here and dropped in place (while `allPlaces` shared the array, the first swap copied it).
        var placeMatches = consume allPlaces
        if !actorMatches.isEmpty || !personMatches.isEmpty {
            placeMatches.removeMatches { places, i in
                let range = places[i].range
                return !locatedRanges.contains(range) && (actorMatches.contains { $0.range.overlaps(range) }
                                                          || personMatches.contains { $0.range.overlaps(range) })
            }
        }
        if !demonymPlaces.isEmpty {
            placeMatches.append(contentsOf: demonymPlaces)
            placeMatches.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // Moved into the result, not copied (a copy retains each of the sentence's arrays, then releases them).
        return SentenceEntities(tokens: consume tokenized, places: consume placeMatches, actors: consume actorMatches,
                                people: consume personMatches, paragraph: paragraph)
    }

    /// Whether a one-word person match follows a capitalised word that is no title, inside the sentence: a given
    /// name the dictionary's person does not have ("Hamid al-Baghdadi", "Rifaat al-Assad").
    /// `matched` and `range`: the match's fields.
    static func isSurnameOfAnotherName(_ matched: String, range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        guard !containsSpace(matched) else { return false }
        let tokens = sentence.tokens
        guard let k = tokens.firstIndex(where: { $0.start == range.lowerBound }), k >= 2 else { return false }
        let before = tokens[k - 1]
        // After a word, a comma, or the full stop of an abbreviated rank ("Col. John Dorrian").
        guard before.kind == .word, before.isCapitalized, tokens[k].spaceBefore, !personTitles.contains(before.lower),
              tokens[k - 2].kind == .word || tokens[k - 2].lower == "," || tokens[k - 2].lower == "." else { return false }
        return true
    }

    /// Whether a match found only by transliteration lies inside a place matched as written (ranges first: most
    /// matches are inside no place, and the rules are compared only for those that are).
    /// `range` and `rule`: the match's fields.
    static func isTransliterationInsideWrittenPlace(_ range: Range<Int>, rule: String, places: [EntityMatch]) -> Bool {
        places.contains { $0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound
            && !isTransliteration($0.rule) } && isTransliteration(rule)
    }

    static func isTransliteration(_ rule: String) -> Bool {
        // The first byte settles most rules ("alias …") without a walk over the prefix.
        rule.utf8.first == UInt8(ascii: "t") && rule.utf8.starts(with: "translit key".utf8)
    }

    /// Whether a speaker phrase holds a personal name: a run of capitalised words with two that are no titles
    /// ("Brigadier General Yahya Rasool", "Jihan Sheikh Ahmed"; not "The Spokesman" or "a military source").
    static func namesPerson(_ phrase: String) -> Bool {
        var names = 0
        // ASCII text split on its bytes: there a space, comma or full stop is always a character of its own, so the
        // words are the same, without the walk over characters (nearly all of this test's cost).
        let words: [Substring] = phrase.utf8.allSatisfy({ $0 < 0x80 })
            ? phrase.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x2E }).map { Substring($0) }
            : phrase.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        for word in words {
            guard let first = word.utf8.first, first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") else {
                names = 0
                continue
            }
            // "Abu Jaafar": a kunya is a name in full, though "abu" is no given name before a surname.
            if word != "Abu", personTitles.contains(word.lowercased()) { continue }
            names += 1
            if names == 2 { return true }
        }
        return false
    }

    /// Words before a surname that say who the person is (titles), or that are no given name ("and", "the", "al").
    static let personTitles: GrammarWordSet = [
        "president", "presidents", "prime", "minister", "general", "gen", "caliph", "leader", "sheikh", "shaykh", "imam",
        "ayatollah", "mr", "mrs", "ms", "dr", "commander", "colonel", "col", "major", "maj", "king", "prince", "emir",
        "chief", "spokesman", "secretary", "senator", "sen", "envoy", "premier", "chancellor", "lieutenant", "lt", "brig",
        "brigadier", "sergeant", "captain", "capt", "cleric", "grand", "al", "abu", "and", "the", "pm", "fm", "vp",
        "sayyed", "sayyid", "sheik", "mullah", "amir", "vice", "deputy", "mayor", "governor", "chairman", "head",
        "defence", "defense", "foreign", "marshal", "admiral", "adm", "strongman", "dictator", "warlord",
    ]

    /// Kinds of place whose one-word names can be a person's first name (not countries, cities or regions); a place of
    /// any other kind can be one only when its name was matched by transliteration alone ("Walid Jumblatt" is no
    /// Al-Walid crossing).
    static let firstNamePlaceKinds: Set<String> = ["town", "village", "neighbourhood"]

    /// `SourceDescription.actorKindsByName` for the look-up made for every sourced sentence (a byte hash, not SipHash).
    static let actorSourceNames = GrammarWordMap(SourceDescription.actorKindsByName)

    static let syrianArmyKey = "actor:syrian-army"
    static let iraqiArmyKey = "actor:iraqi-army"
    /// Names of an army that say only whose government it serves, not which country's.
    static let genericForces: GrammarWordSet = [
        "government forces", "pro-government forces", "government troops", "government soldiers", "government warplanes",
        "government aircraft", "government jets", "government helicopters",
    ]

    /// The actor named before a definite description in its sentence, when it is the only dictionary actor
    /// there of a kind the description's noun fits ("the group" and the SDF); nil when none or several fit.
    /// Only nouns that name an organisation's kind; "the spokesman" or "the army" may be someone else's.
    /// The last word of a phrase at `range` in lower case ("alliance" in "the Kurdish-led alliance").
    static func headWord(of range: Range<Int>, in sentence: TokenizedSentence) -> String? {
        // The token before the first one past the range, found by binary search (no token is copied on the way).
        let last = (NameSurroundings.tokenAfter(range.upperBound..<range.upperBound, in: sentence) ?? sentence.tokens.count) - 1
        guard last >= 0, sentence.tokens[last].start >= range.lowerBound, sentence.tokens[last].kind == .word else { return nil }
        return sentence.tokens[last].lower
    }

    /// The name of the last alliance (`ActorDictionary.allianceKeys`) among a sentence's named spans, before `range` if given.
    func lastAlliance(before range: Range<Int>?, in named: [NamedSpan], actors: [EntityMatch]) -> String? {
        // By index from the end, a sentence's few spans read in place.
        var index = named.count - 1
        while index >= 0 {
            let entity = named[index].entity
            if entity >= 0, entity < actors.count, range.map({ named[index].range.upperBound <= $0.lowerBound }) ?? true,
               ActorDictionary.isAllianceKey(actors[entity].key) {
                return named[index].name
            }
            index -= 1
        }
        return nil
    }

    static func onlyFittingActor(_ description: String, before range: Range<Int>, in named: [NamedSpan]) -> String? {
        guard let head = description.split(whereSeparator: { !$0.isLetter }).last?.lowercased(),
              sameSentenceHeads.contains(head) else { return nil }
        let kinds = SourceDescription.actorKindsByName
        var fitting = Set<String>()
        for span in named where span.range.upperBound <= range.lowerBound && kinds[span.name] != nil
            && SourceDescription.fits(description, source: span.name) {
            fitting.insert(span.name)
        }
        return fitting.count == 1 ? fitting.first : nil
    }

    static let sameSentenceHeads: GrammarWordSet = [
        "group", "agency", "monitor", "observatory", "channel", "outlet", "newspaper", "website", "coalition", "ministry",
        "government",
    ]

    static let locativePrepositions: GrammarWordSet = [
        "in", "across", "into", "inside", "within", "throughout", "near", "from", "to", "towards", "around", "outside",
    ]

    static let motionVerbs: GrammarWordSet = ["fled", "flee", "flees", "fleeing", "left", "entered", "enter", "enters", "reached",
                                              "crossed", "visited", "visit", "visits", "toured", "invaded", "invade"]

    /// "according to SANA", "thanks to Russia", "loyal to Moscow": words before "to" that make it name no destination.
    static let nonLocativeBeforeTo = GrammarWordSet(Set(["according", "thanks", "due", "owing"]).union(ActorRecognizer.allegianceWords))

    /// Whether the words around a name place something there: a locative preposition before it, or "-based" after.
    static func isLocative(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.start >= range.lowerBound }) else { return false }
        // "12,000 Kurds who fled Turkey", "troops entered Syria": a verb of going right before the name names a place it
        // goes from or to ("crossed the Lebanese-Syrian border" crosses the border, not Lebanon).
        if let word = tokens.lower(at: first - 1), motionVerbs.contains(word) { return true }
        var before = first - 1
        if tokens.lower(at: before) == "the" { before -= 1 }
        if let word = tokens.lower(at: before), locativePrepositions.contains(word) {
            guard let previous = tokens.lower(at: before - 1) else { return true }
            // "according to SANA", "thanks to Russia": "to" that names no destination.
            if word == "to" { return !nonLocativeBeforeTo.contains(previous) && !followsTransferVerb(before - 1, in: tokens) }
            // "help from Washington": what a state gives comes from the state, not from a place.
            if word == "from" { return !ActorRecognizer.givenFromNouns.contains(previous) }
            return true
        }
        return isCompoundLocation(range, in: sentence) || ownsPlaceNoun(range, in: sentence)
    }

    /// "Iran's Arab minority", "Turkey's southern border": a country owning its people or its land, within two words
    /// of the possessive, is the place.
    static func ownsPlaceNoun(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        // The token holding the name's end ("Iran's" may be one token).
        guard let last = tokens.lastIndex(where: { $0.start < range.upperBound }), last + 1 < tokens.count else { return false }
        // The possessive glued to the name's last word ("Iran's" is one word), tested on its bytes.
        guard Self.endsWithPossessive(tokens[last].lower) else { return false }
        let next = last + 1
        for k in next..<min(next + 3, tokens.count) {
            guard tokens[k].kind == .word || tokens[k].lower == "-" else { return false }
            // The noun ends the phrase ("Iraq's border guards" are the state's).
            if possessedPlaceNouns.contains(tokens[k].lower) { return endsNounPhrase(after: k, in: tokens) }
        }
        return false
    }

    /// Whether the word after `index` leaves the noun at `index` the head of its phrase: the sentence's end, a mark,
    /// or a function word ("the Islamic Republic, …", "near the US embassy" has a noun after it).
    static func endsNounPhrase(after index: Int, in tokens: [WordToken]) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        return next.kind != .word || FigureExtractor.functionWords.contains(next.lower) || phraseEndingWords.contains(next.lower)
    }

    /// Prepositions and clause words besides `FigureExtractor.functionWords` that may follow a noun phrase's head.
    static let phraseEndingWords: GrammarWordSet = [
        "near", "along", "where", "which", "that", "since", "until", "during", "between", "inside", "outside", "across",
        "through", "under", "over", "around", "about", "because", "while", "when", "who", "into", "against", "beyond",
    ]

    /// The states' dictionary aliases of more than one word ("Islamic Republic", "Russian Federation"), as written.
    static let stateAliasesOfSeveralWords: Set<String> = Set(ActorRecognizer.entries.filter { $0.kind == "state" }
        .flatMap { [$0.name] + $0.aliases }.filter { $0.contains(" ") })

    /// Whether `matched` is one of `stateAliasesOfSeveralWords`. Asked of every actor match: most fail the length
    /// filter and are never hashed.
    static func isStateAliasOfSeveralWords(_ matched: String) -> Bool {
        stateAliasFilter.mayContain(matched) && stateAliasesOfSeveralWords.contains(matched)
    }

    private static let stateAliasFilter = NameLengthFilter(stateAliasesOfSeveralWords)

    /// Whether a word ends in "'s" or "’s", read from its last bytes (no character is compared).
    static func endsWithPossessive(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            let n = bytes.count
            guard n >= 2, bytes[n - 1] == UInt8(ascii: "s") else { return false }
            if bytes[n - 2] == 0x27 { return true }
            return n >= 4 && bytes[n - 2] == 0x99 && bytes[n - 3] == 0x80 && bytes[n - 4] == 0xE2
        }
    }

    static let possessedPlaceNouns: GrammarWordSet = [
        "minority", "minorities", "population", "populations", "citizens", "border", "borders", "frontier", "territory",
        "soil", "airspace", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "coast", "provinces", "cities", "towns", "villages", "regions",
    ]

    /// Whether a verb of handing over ("hand the town to", "selling crude … to") ends at `last`, as
    /// `ActorRecognizer.transferVerbs` reads it: what is handed to a capital goes to its government, not to the city.
    static func followsTransferVerb(_ last: Int, in tokens: [WordToken]) -> Bool {
        var k = last, words = 0
        while k >= 0, words < 9 {
            defer { k -= 1 }
            // A comma or other mark ends the clause; a hyphen joins a name ("al-Omar").
            if tokens[k].kind == .punctuation {
                if tokens[k].lower == "-" { continue }
                return false
            }
            if ActorRecognizer.transferVerbs.contains(tokens[k].lower) { return true }
            if ActorRecognizer.transferClauseStops.contains(tokens[k].lower) { return false }
            words += 1
        }
        return false
    }

    /// "Britain-based", "London-based".
    static func isCompoundLocation(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        let tokens = sentence.tokens
        guard let last = tokens.lastIndex(where: { $0.end <= range.upperBound }) else { return false }
        return tokens.lower(at: last + 1) == "-" && tokens.lower(at: last + 2) == "based"
    }

    /// A dateline opens the story's first paragraph, or its second after a byline.
    static let datelineParagraphs = 2

    /// Leaves out what a dateline names ("DAMASCUS, Oct 14 (Reuters) -"): where the story was filed and who
    /// filed it. Its location must open with a recognised place, or in capitals with an actor a capital stands
    /// for ("WASHINGTON", "UNITED NATIONS"), or be in capitals before a known outlet ("MOSCOW (Reuters) -");
    /// in title case the place must come with a second part, a date or a known outlet ("ISIS —", "Tal Abyad
    /// (Gire Spi) -" are prose).
    func removeDateline(from entities: inout SentenceEntities, text: String) {
        guard let dateline = DatelineScanner.find(in: text) else { return }
        let start = dateline.location.lowerBound
        let opensWithPlace = entities.places.contains { $0.range.lowerBound == start }
        let opensWithActor = entities.actors.contains { $0.range.lowerBound == start }
        let knownOutlet = dateline.agency.map { agency in
            entities.actors.contains { $0.range.overlaps(agency) && standardCatalog.actorKind(forKey: $0.key) == "news source" }
        } ?? false
        let confirmed = dateline.isCapitals
            ? opensWithPlace || opensWithActor || knownOutlet
            : opensWithPlace && (dateline.hasSecondPart || dateline.hasDate || knownOutlet)
        guard confirmed else { return }
        entities.places.removeAll { $0.range.upperBound <= dateline.end }
        entities.actors.removeAll { $0.range.upperBound <= dateline.end }
        entities.people.removeAll { $0.range.upperBound <= dateline.end }
        entities.isOnlyDateline = dateline.end >= entities.tokens.count
    }

    // MARK: Figures

    /// The first countable unit noun a sentence names ("the fighters still inside"), if any.
    static func unitNoun(in sentence: TokenizedSentence) -> String? {
        // The speaker is not what the list counts: "A US defence official gave a breakdown of the fighters:".
        for token in sentence.tokens where token.kind == .word && !token.classes.contains(.sourceNoun) {
            if let unit = FigureLexicon.units[token.lower], !FigureLexicon.nonCountUnits.contains(unit), unit != "percent" {
                return unit
            }
        }
        return nil
    }

    /// Gives unit-less figures the unit of a figure in the same sentence, or of the sentence that
    /// introduces a list.
    private func inheritUnits(_ figures: inout [FigureMatch], paragraph: Paragraph, list: ListContext?) {
        for index in figures.indices where figures[index].needsUnit {
            let neighbour = figures.indices
                .filter { !figures[$0].needsUnit && !FigureLexicon.nonCountUnits.contains(figures[$0].figure.unit)
                    && !FigureLexicon.measureUnits.contains(figures[$0].figure.unit) }
                .min { abs($0 - index) < abs($1 - index) }
            if let neighbour {
                figures[index].figure.unit = figures[neighbour].figure.unit
                figures[index].rule += ", unit from '\(figures[neighbour].figure.text)'"
                figures[index].needsUnit = false
            } else if paragraph.isListItem, let list {
                figures[index].figure.unit = list.unit
                figures[index].rule += ", unit from the list's introduction"
                figures[index].needsUnit = false
            }
        }
    }

    /// Whether a figure's words hold "its" or "their" ("17 of its fighters", "their own men").
    static func hasPossessive(_ text: String) -> Bool {
        // Words between spaces compared as bytes, read in place (`withUTF8`; the UTF-8 view's indexes cost a call a
        // byte): no array of words is made.
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
                if isPossessive(bytes[start..<index]) { return true }
                start = index + 1
            }
            return false
        }
    }

    /// Whether the bytes are "its" or "their".
    private static func isPossessive(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        switch word.count {
        case 3: return word.elementsEqual("its".utf8)
        case 5: return word.elementsEqual("their".utf8)
        default: return false
        }
    }

    /// Sets the place and actor a figure is about: one inside its span, else the nearest in the
    /// sentence (not the source); list items take their label's place and the list's subject.
    private func locate(_ match: inout FigureMatch, entities: SentenceEntities, sourceRange: Range<Int>?,
                        paragraph: Paragraph, list: ListContext?) {
        // Actors outside the source's phrase (tested in place, no array of them is made); "The KRG said 30 of its
        // fighters were killed": a possessive counts the speaker's own.
        // (Read only when the source's phrase holds an actor: the words are not looked at otherwise.)
        let ownedBySpeaker = sourceRange.map { source in entities.actors.contains { $0.range.overlaps(source) } } == true
            && Self.hasPossessive(match.figure.text)
        let actor = nearest(entities.actors, to: match.range) { actor in
            ownedBySpeaker || sourceRange.map { !$0.overlaps(actor.range) } ?? true
        }
        match.figure.actorKey = actor.map { entities.actors[$0].key }
        if paragraph.isListItem {
            let separator = entities.tokens.tokens.first { ["–", "—", "-", ":"].contains($0.lower) && $0.spaceBefore }?.start
            let label = entities.places.firstIndex { place in separator.map { place.range.upperBound <= $0 } ?? true }
            match.figure.placeKey = (label ?? nearest(entities.places, to: match.range)).map { entities.places[$0].key }
            // The list counts its introduction's subject, whatever else an item names.
            if let listActor = list?.actorKey { match.figure.actorKey = listActor }
        } else {
            match.figure.placeKey = nearest(entities.places, to: match.range).map { entities.places[$0].key }
        }
    }

    /// The position of the first match nearest to `range` among those `isCandidate` accepts (what `min(by:)` over
    /// them picks), read in place.
    private func nearest(_ matches: [EntityMatch], to range: Range<Int>,
                         where isCandidate: (EntityMatch) -> Bool = { _ in true }) -> Int? {
        var best: Int?
        var bestDistance = 0
        for index in matches.indices where isCandidate(matches[index]) {
            let d = distance(matches[index].range, range)
            if best == nil || d < bestDistance {
                best = index
                bestDistance = d
            }
        }
        return best
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.overlaps(b) { return 0 }
        return a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : b.lowerBound - a.upperBound
    }

    /// Whether some expression dates more than vaguely ("now", "recently" do not). By index, in a function of its own:
    /// `contains(where:)` would hand each expression over as a copy, and a closure reading the temporal result copied
    /// all of it (each of its arrays and strings retained, then released).
    private static func hasSpecificTime(_ expressions: [TimeExpression]) -> Bool {
        for index in expressions.indices where expressions[index].specificity != .vague { return true }
        return false
    }

    /// The matches' keys, first occurrences in order. A sentence names a handful of entities, so a linear scan
    /// beats hashing; read from the matches in place, with no array of all keys made first.
    private func uniqueKeys(_ matches: [EntityMatch]) -> [String] {
        // One match: its key in an array made at its size (no growing from empty).
        guard matches.count > 1 else { return matches.isEmpty ? [] : [matches[0].key] }
        var kept: [String] = []
        kept.reserveCapacity(matches.count)
        for index in matches.indices where !kept.contains(matches[index].key) { kept.append(matches[index].key) }
        return kept
    }
}

extension Optional {
    /// `self != nil`, tested by pattern: for an Equatable type `!=` is the Equatable one, which copies both sides.
    var holdsValue: Bool {
        if case .some = self { return true }
        return false
    }
}

extension String {
    /// `hasSuffix(":")`, which only a text whose last byte is a colon can be (a Prepend mark before the colon
    /// would make one character of both, so the last byte alone does not settle it).
    var endsWithColon: Bool { lastUTF8Byte == UInt8(ascii: ":") && hasSuffix(":") }

    /// `utf8.last`, read in place when the bytes are contiguous (the view's index arithmetic costs several times more).
    var lastUTF8Byte: UInt8? { utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last }

    /// `trimmingTrailingWhitespace.endsWithColon`, with no trimmed copy made when the last byte settles it.
    var endsWithColonBeforeTrailingWhitespace: Bool {
        if let last = lastUTF8Byte, last < 0x80, last != 0x20, !(0x09...0x0D).contains(last) {
            return last == UInt8(ascii: ":") && hasSuffix(":")
        }
        return trimmingTrailingWhitespace.endsWithColon
    }

    var trimmingTrailingWhitespace: String {
        // A last byte that is ASCII and not white space ends a character that is not white space: nothing to trim.
        if let last = lastUTF8Byte, last < 0x80, last != 0x20, !(0x09...0x0D).contains(last) { return self }
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}

// MARK: Evidence

extension ClaimExtractor {
    /// One `Evidence` per extracted value, so `.show` can say why each field has its value.
    /// `named`: the sentence's `namedSpans(catalog:)`, whose catalog names the actors' and people's values reuse.
    func evidence(entities: SentenceEntities, named: [NamedSpan], temporal: TemporalResult, figures: [FigureMatch],
                  source: (name: String, range: Range<Int>?, rule: String),
                  modality: ModalityClassifier.Result, type: ClaimTypeClassifier.Result) -> [Evidence] {
        var evidence: [Evidence] = []
        evidence.reserveCapacity(entities.places.count + entities.actors.count + entities.people.count
                                 + temporal.expressions.count + figures.count + 5)
        // By index: each field is read in place, no match is copied whole.
        let places = entities.places, actors = entities.actors, people = entities.people
        for i in places.indices {
            evidence.append(Evidence(field: "places", matched: places[i].matched, range: places[i].range, rule: places[i].rule,
                                     value: standardCatalog.placeName(forKey: places[i].key) ?? places[i].key))
        }
        for i in actors.indices {
            evidence.append(Evidence(field: "actors", matched: actors[i].matched, range: actors[i].range, rule: actors[i].rule,
                                     value: Self.catalogName(ofEntity: i, in: named)
                                        ?? standardCatalog.actorName(forKey: actors[i].key) ?? actors[i].key))
        }
        for i in people.indices {
            evidence.append(Evidence(field: "people", matched: people[i].matched, range: people[i].range, rule: people[i].rule,
                                     value: Self.catalogName(ofEntity: actors.count + i, in: named)
                                        ?? standardCatalog.personName(forKey: people[i].key) ?? people[i].key))
        }
        // By index too: a copy of an expression or a figure match would retain every string it holds.
        let expressions = temporal.expressions
        for i in expressions.indices {
            let years = expressions[i].years
            let text = years.count > 1 ? Self.yearText(years[0]) + "–" + Self.yearText(years[years.count - 1])
                : years.first.map(Self.yearText) ?? ""
            evidence.append(Evidence(field: "years", matched: expressions[i].text, range: expressions[i].range,
                                     rule: expressions[i].rule, value: text))
        }
        if temporal.expressions.isEmpty, let year = temporal.year {
            evidence.append(Evidence(field: "years", matched: "", range: nil, rule: "no time expression: reference year", value: Self.yearText(year)))
        }
        if let primary = temporal.primaryIndex, let date = temporal.date {
            evidence.append(Evidence(field: "date", matched: expressions[primary].text, range: expressions[primary].range,
                                     rule: expressions[primary].rule, value: date.iso))
        }
        for i in figures.indices {
            evidence.append(Evidence(field: "figures", matched: figures[i].figure.text, range: figures[i].range,
                                     rule: figures[i].rule, value: Self.describe(figures[i].figure)))
        }
        evidence.append(Evidence(field: "source", matched: source.range.map { entities.tokens.text(of: $0) } ?? "",
                                 range: source.range, rule: source.rule, value: source.name))
        evidence.append(Evidence(field: "modality", matched: modality.matched, range: modality.range, rule: modality.rule,
                                 value: modality.modality.rawValue))
        evidence.append(Evidence(field: "type", matched: type.matched, range: type.range, rule: type.rule, value: type.type.rawValue))
        return evidence
    }

    /// The catalog's name `namedSpans` found for the sentence's `entity`-th actor or person (actors first), if it
    /// found one; nil sends the caller to the catalog (a key it lacks is then looked up again, and is still missing).
    static func catalogName(ofEntity entity: Int, in named: [NamedSpan]) -> String? {
        for k in named.indices where named[k].entity == entity { return named[k].isCatalogName ? named[k].name : nil }
        return nil
    }

    /// `String(year)`, for the years news mostly names read from a table made once.
    static func yearText(_ year: Int) -> String {
        commonYears.contains(year) ? commonYearTexts[year - commonYears.lowerBound] : String(year)
    }

    private static let commonYears = 1900..<2100
    private static let commonYearTexts = commonYears.map(String.init)

    /// "8000–11000 fighters", "about 100 soldiers".
    static func describe(_ figure: ExtractedFigure) -> String {
        let qualifier = figure.qualifier ?? "", separator = figure.qualifier == nil ? "" : " "
        if let value = figure.value {
            if let whole = wholeNumber(value) { return text(qualifier, separator, whole, nil, figure.unit) }
            return RuleText.concatenated(qualifier, separator, String(value), " ", figure.unit)
        } else if let low = figure.low, let high = figure.high {
            if let wholeLow = wholeNumber(low), let wholeHigh = wholeNumber(high) {
                return text(qualifier, separator, wholeLow, wholeHigh, figure.unit)
            }
            let range = RuleText.concatenated(wholeNumber(low).map(String.init) ?? String(low), "–",
                                              wholeNumber(high).map(String.init) ?? String(high))
            return RuleText.concatenated(qualifier, separator, range, " ", figure.unit)
        }
        return RuleText.concatenated(qualifier, separator, "", " ", figure.unit)
    }

    /// `value` as the whole number it is, if it is one (written without a fraction, as `String(Int)` writes it).
    private static func wholeNumber(_ value: Double) -> Int? {
        value == value.rounded() && abs(value) < 1e15 ? Int(value) : nil
    }

    /// `qualifier + separator + low (+ "–" + high) + " " + unit`, the numbers' digits written straight into the one
    /// string (nearly every figure is whole: no string is made for its number first).
    private static func text(_ qualifier: String, _ separator: String, _ low: Int, _ high: Int?, _ unit: String) -> String {
        let dash = "–"
        let total = qualifier.utf8.count + separator.utf8.count + digitCount(low)
            + (high.map { dash.utf8.count + digitCount($0) } ?? 0) + 1 + unit.utf8.count
        // Each part returns the offset after it (a variable captured by nested functions was checked on each access).
        return String(unsafeUninitializedCapacity: total) { buffer in
            var offset = write(qualifier, into: buffer, at: 0)
            offset = write(separator, into: buffer, at: offset)
            offset = write(low, into: buffer, at: offset)
            if let high {
                offset = write(dash, into: buffer, at: offset)
                offset = write(high, into: buffer, at: offset)
            }
            offset = write(" ", into: buffer, at: offset)
            return write(unit, into: buffer, at: offset)
        }
    }

    /// How many bytes `String(number)` has.
    private static func digitCount(_ number: Int) -> Int {
        var count = number < 0 ? 2 : 1, rest = number.magnitude
        while rest >= 10 { rest /= 10; count += 1 }
        return count
    }

    /// Writes `number` as `String(number)` would into `buffer` from `offset`; the offset after it.
    private static func write(_ number: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let end = offset + digitCount(number)
        if number < 0 { buffer[offset] = UInt8(ascii: "-") }
        var rest = number.magnitude, position = end
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        return end
    }

    /// Copies `part`'s bytes into `buffer` from `offset`, in one block where they lie together (native and small
    /// strings); the offset after them.
    private static func write(_ part: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let copied: Int? = part.utf8.withContiguousStorageIfAvailable { bytes in
            guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return offset }
            (target + offset).initialize(from: source, count: bytes.count)
            return offset + bytes.count
        }
        if let copied { return copied }
        var end = offset
        for byte in part.utf8 { buffer[end] = byte; end += 1 }
        return end
    }
}
