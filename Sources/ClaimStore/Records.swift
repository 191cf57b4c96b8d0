import ClaimCorpus
import ClaimExtraction

// One struct per entity kind. Ids are 1-based positions in the store's arrays.

public struct DocumentRecord: Sendable {
    public var id: Int
    public var file: String
    public var title: String
    public var outlet: String?
    public var author: String?
    public var published: CalendarDate?
    public var dateBasis: DateBasis?
    public var words: Int
    public var claimIDs: [Int]
    /// Every sentence of the cleaned body in order, kept for `.show` (paragraph context). A claim's sentence shares
    /// its text storage with the claim; paragraph text is not kept, since `.show` joins the sentences.
    public var sentences: [Sentence]
    /// UTF-8 bytes of the body's paragraphs, a measure of corpus size.
    public var textBytes: Int

    /// The sentences of paragraph `index` (1-based), in order.
    public func sentences(inParagraph index: Int) -> ArraySlice<Sentence> {
        guard let start = sentences.firstIndex(where: { $0.paragraph == index }) else { return [] }
        let end = sentences[start...].firstIndex(where: { $0.paragraph != index }) ?? sentences.endIndex
        return sentences[start..<end]
    }
}

public struct ClaimRecord: Sendable {
    public var id: Int
    public var doc: Int
    public var text: String
    public var paragraph: Int
    public var sentence: Int
    /// places, actors, people, years and figures, in one buffer (see `PackedLists`).
    var lists: PackedLists
    public var places: IDList { lists.list(0) }
    public var actors: IDList { lists.list(1) }
    public var people: IDList { lists.list(2) }
    public var years: IDList { lists.list(3) }
    public var figures: IDList { lists.list(4) }
    public var year: Int?
    public var date: CalendarDate?
    public var yearBasis: YearBasis
    public var type: ClaimType
    public var source: String
    public var modality: Modality
    public var support: Int
    /// Claims of other documents that match (see `Corroboration`); groups of matching claims share one list.
    public var supportedBy: IDList
    /// Why each value was extracted, packed (see `EvidenceList`); reads as `[Evidence]`.
    public var evidence: EvidenceList
}

public struct PlaceRecord: Sendable {
    public var id: Int
    public var entry: PlaceEntry
    /// Spellings the articles use that the dictionary lacks but that share its transliteration key.
    public var seenSpellings: [String] = []
    public var claimIDs: [Int]
}

public struct ActorRecord: Sendable {
    public var id: Int
    public var entry: ActorEntry
    /// Spellings the articles use that the dictionary lacks but that share its transliteration key.
    public var seenSpellings: [String] = []
    /// Id of the actor this one belongs to, when that actor is in the store.
    public var partOf: Int?
    public var claimIDs: [Int]
}

public struct PersonRecord: Sendable {
    public var id: Int
    public var entry: PersonEntry
    /// Spellings the articles use that the dictionary lacks but that share its transliteration key.
    public var seenSpellings: [String] = []
    public var claimIDs: [Int]
}

public struct FigureRecord: Sendable {
    public var id: Int
    public var claim: Int
    public var doc: Int
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var unit: String
    public var qualifier: String?
    public var place: Int?
    public var actor: Int?
    public var text: String
}

public struct ConflictRecord: Sendable {
    public var id: Int
    public var subject: String
    public var claimA: Int
    public var claimB: Int
    public var docA: Int
    public var docB: Int
    public var valueA: String
    public var valueB: String
    public var gap: Double?
    public var places: [Int]
    public var actors: [Int]
}
