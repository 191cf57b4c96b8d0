import ClaimCorpus

/// A sentence's tokens and the entities recognised in it.
struct SentenceEntities: Sendable {
    var tokens: TokenizedSentence
    var places: [EntityMatch]
    var actors: [EntityMatch]
    var people: [EntityMatch]
    var paragraph: Int
    /// The whole sentence is a dateline ("MOSCOW, September 20. /TASS/."): it makes no claim.
    var isOnlyDateline = false

    /// A sentence with no text and no entities (nothing in it is allocated).
    static let empty = SentenceEntities(tokens: TokenizedSentence(""), places: [], actors: [], people: [], paragraph: 0)

    /// Actors and people with their canonical names, for naming sources.
    func namedSpans(catalog: StandardCatalog) -> [NamedSpan] {
        // Most sentences name nobody: no array is made for them; otherwise one, filled in place.
        guard !actors.isEmpty || !people.isEmpty else { return [] }
        var spans: [NamedSpan] = []
        spans.reserveCapacity(actors.count + people.count)
        // By index, each field read in place (a copy of a match would retain each of its strings); sorted in place.
        for i in actors.indices {
            let name = catalog.actorName(forKey: actors[i].key)
            spans.append(NamedSpan(range: actors[i].range, name: name ?? actors[i].matched, entity: i, isCatalogName: name != nil))
        }
        for i in people.indices {
            let name = catalog.personName(forKey: people[i].key)
            spans.append(NamedSpan(range: people[i].range, name: name ?? people[i].matched, entity: actors.count + i,
                                   isCatalogName: name != nil))
        }
        if spans.count > 1 { spans.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return spans
    }
}

/// What a list inherits from the sentence introducing it: "ISIS still has 8,000 to 11,000 fighters
/// … the following breakdown" makes "The Yarmouk Basin – 1,500 to 2,000." count ISIS fighters.
struct ListContext: Hashable, Sendable {
    var unit: String
    var actorKey: String?
    var source: String
}

/// A dated earlier text announced but not yet opened ("an article I wrote on 19th January 2016").
struct PendingAnchor: Hashable, Sendable {
    var date: CalendarDate
    var paragraph: Int
    var source: String
    var introducer: String
}

/// The context the claim extractor carries forward through an article.
struct ArticleState {
    var published: CalendarDate?
    /// Countries of places mentioned so far, first mention first.
    var countries: [String] = []
    /// `countries` hashed for the place recogniser, kept beside them so no sentence re-folds them.
    var countryContext = CountryContext()
    /// Where the article's places without a namesake lie (`preferNearbyNamesakes`), latest last.
    var placeAnchors: [PlaceAnchor] = []
    var active: QuoteBlock?
    var pending: QuoteBlock?
    var pendingAnchor: PendingAnchor?
    var listContext: ListContext?
    /// The last source other than the author, for "it said" and "It has provided the following".
    var recentSource: String?
    /// The last source that is a dictionary actor: "according to the alliance" after a spokesman of the SDF spoke.
    var recentActorSource: String?
    /// The last alliance named, as actor or source: "The alliance said …" after "fell to the Syrian Democratic Forces".
    var recentAlliance: String?

    init(published: CalendarDate?) {
        self.published = published
    }

    /// Opens a pending block or decides whether the active one goes on into this paragraph.
    mutating func enter(_ paragraph: Paragraph, sentences: [SentenceEntities], catalog: StandardCatalog) {
        if let anchor = pendingAnchor, anchor.paragraph < paragraph.index - 1 { pendingAnchor = nil }
        if var block = pending {
            block.listOnly = paragraph.isListItem
            block.paragraphCount = 1
            active = block
            pending = nil
            return
        }
        guard var block = active else { return }
        if shouldEnd(block, paragraph: paragraph, sentences: sentences, catalog: catalog) {
            active = nil
            if block.source != "author" { recentSource = block.source }
            return
        }
        block.paragraphCount += 1
        active = block
    }

    private func shouldEnd(_ block: QuoteBlock, paragraph: Paragraph, sentences: [SentenceEntities], catalog: StandardCatalog) -> Bool {
        if block.listOnly == true { return !paragraph.isListItem }
        if block.paragraphCount >= block.maximumParagraphs { return true }
        guard let first = sentences.first else { return false }
        if QuoteBlockRules.startsWithAuthorMarker(first.tokens.tokens) { return true }
        if let anchor = block.anchor {
            for sentence in sentences {
                for time in TemporalScanner.scan(sentence.tokens, reference: nil) where time.basis == .explicit {
                    if (time.years.last ?? 0) > anchor.year { return true }
                }
            }
        }
        if block.source != "author" {
            let lowered = paragraph.text.lowercased()
            if lowered.contains(block.source.lowercased()) { return true }
            for sentence in sentences {
                for span in sentence.namedSpans(catalog: catalog) where span.name == block.source { return true }
            }
        }
        return false
    }
}
