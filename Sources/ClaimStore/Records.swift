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

/// A claim. Numbers are stored in 32 bits and the id lists, year and date in one packed buffer (a million claims
/// are held at once); the public properties read as the plain values.
public struct ClaimRecord: Sendable {
    private let storedID: Int32
    private let storedDoc: Int32
    private let storedParagraph: Int32
    private let storedSentence: Int32
    private var storedSupport: Int32 = 0
    public var yearBasis: YearBasis
    public var type: ClaimType
    public var modality: Modality
    public var text: String
    public var source: String
    /// places, actors, people, years, figures, year and date, in one buffer (see `PackedLists`).
    private let lists: PackedLists
    /// Claims of other documents that match (see `Corroboration`); groups of matching claims share one list.
    public var supportedBy: IDList = []
    /// Why each value was extracted, packed (see `EvidenceList`); reads as `[Evidence]`.
    public var evidence: EvidenceList

    init(id: Int, doc: Int, text: String, paragraph: Int, sentence: Int, places: [Int], actors: [Int], people: [Int],
         years: [Int], year: Int?, date: CalendarDate?, yearBasis: YearBasis, type: ClaimType, figures: [Int],
         source: String, modality: Modality, evidence: EvidenceList) {
        storedID = Int32(id)
        storedDoc = Int32(doc)
        storedParagraph = Int32(paragraph)
        storedSentence = Int32(sentence)
        // A missing month or day is -1 (dates never hold negative months or days).
        let packedDate = date.map { [$0.year, $0.month ?? -1, $0.day ?? -1] } ?? []
        lists = PackedLists([places, actors, people, years, figures, year.map { [$0] } ?? [], packedDate])
        self.text = text
        self.yearBasis = yearBasis
        self.type = type
        self.source = source
        self.modality = modality
        self.evidence = evidence
    }

    public var id: Int { Int(storedID) }
    public var doc: Int { Int(storedDoc) }
    public var paragraph: Int { Int(storedParagraph) }
    public var sentence: Int { Int(storedSentence) }
    public var places: IDList { lists.list(0) }
    public var actors: IDList { lists.list(1) }
    public var people: IDList { lists.list(2) }
    public var years: IDList { lists.list(3) }
    public var figures: IDList { lists.list(4) }
    public var year: Int? { lists.list(5).first }
    public var date: CalendarDate? {
        let parts = lists.list(6)
        guard parts.count == 3 else { return nil }
        return CalendarDate(year: parts[0], month: parts[1] < 0 ? nil : parts[1], day: parts[2] < 0 ? nil : parts[2])
    }
    /// How many other documents hold a matching claim.
    public var support: Int {
        get { Int(storedSupport) }
        set { storedSupport = Int32(newValue) }
    }
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

/// A conflict. There can be several per claim in a large corpus, so numbers are 32-bit and a conflict naming at most
/// one place and one actor (nearly all) holds them inline; the public properties read as plain values.
public struct ConflictRecord: Sendable {
    private var storedID: Int32
    private let storedClaimA: Int32
    private let storedClaimB: Int32
    private let storedDocA: Int32
    private let storedDocB: Int32
    private let hasGap: Bool
    private let storedGap: Double
    public var subject: String
    public var valueA: String
    public var valueB: String
    private let refs: ConflictRefs

    public init(id: Int, subject: String, claimA: Int, claimB: Int, docA: Int, docB: Int, valueA: String, valueB: String,
                gap: Double?, places: [Int], actors: [Int]) {
        storedID = Int32(id)
        storedClaimA = Int32(claimA)
        storedClaimB = Int32(claimB)
        storedDocA = Int32(docA)
        storedDocB = Int32(docB)
        hasGap = gap != nil
        storedGap = gap ?? 0
        self.subject = subject
        self.valueA = valueA
        self.valueB = valueB
        refs = ConflictRefs(places: places, actors: actors)
    }

    public var id: Int {
        get { Int(storedID) }
        set { storedID = Int32(newValue) }
    }
    public var claimA: Int { Int(storedClaimA) }
    public var claimB: Int { Int(storedClaimB) }
    public var docA: Int { Int(storedDocA) }
    public var docB: Int { Int(storedDocB) }
    public var gap: Double? { hasGap ? storedGap : nil }
    public var places: IDList { refs.list(0) }
    public var actors: IDList { refs.list(1) }
}

/// A conflict's places and actors: inline when there is at most one of each, else packed.
enum ConflictRefs: Sendable {
    /// -1 for none.
    case single(place: Int32, actor: Int32)
    case lists(PackedLists)

    init(places: [Int], actors: [Int]) {
        let fitsInline = { (ids: [Int]) in ids.count <= 1 && ids.allSatisfy { $0 >= 0 && $0 <= Int(Int32.max) } }
        if fitsInline(places), fitsInline(actors) {
            self = .single(place: Int32(places.first ?? -1), actor: Int32(actors.first ?? -1))
        } else {
            self = .lists(PackedLists([places, actors]))
        }
    }

    func list(_ index: Int) -> IDList {
        switch self {
        case .single(let place, let actor):
            let value = index == 0 ? place : actor
            return value < 0 ? IDList() : IDList([Int(value)])
        case .lists(let lists):
            return lists.list(index)
        }
    }
}
