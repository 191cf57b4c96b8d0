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
    /// The text of every sentence of the cleaned body, one after another: one string per document instead of one per
    /// sentence (a million claims come with more sentences still). A claim's text is a run of it.
    let body: String
    /// Where each sentence is in `body`, in order.
    let spans: [SentenceSpan]
    /// UTF-8 bytes of the body's paragraphs, a measure of corpus size.
    public var textBytes: Int

    init(id: Int, file: String, title: String, outlet: String?, author: String?, published: CalendarDate?,
         dateBasis: DateBasis?, words: Int, claimIDs: [Int], body: String, spans: [SentenceSpan], textBytes: Int) {
        self.id = id
        self.file = file
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.dateBasis = dateBasis
        self.words = words
        self.claimIDs = claimIDs
        self.body = body
        self.spans = spans
        self.textBytes = textBytes
    }

    /// Every sentence of the cleaned body in order, kept for `.show` (paragraph context); paragraph text is not
    /// kept, since `.show` joins the sentences.
    public var sentences: [Sentence] { spans.map { $0.sentence(in: body) } }

    /// The sentences of paragraph `index` (1-based), in order.
    public func sentences(inParagraph index: Int) -> ArraySlice<Sentence> {
        guard let start = spans.firstIndex(where: { $0.paragraph == index }) else { return [] }
        let end = spans[start...].firstIndex(where: { $0.paragraph != index }) ?? spans.endIndex
        return ArraySlice(spans[start..<end].map { $0.sentence(in: body) })
    }
}

/// A run of UTF-8 bytes of a document's body, with the sentence's place in the document (both 0 for the text of a
/// claim that is not one of the sentences).
struct SentenceSpan: Sendable {
    var start: Int32
    var length: Int32
    var paragraph: Int32
    var index: Int32

    func text(in body: String) -> String { Self.text(in: body, start: start, length: length) }

    func sentence(in body: String) -> Sentence {
        Sentence(text: text(in: body), paragraph: Int(paragraph), index: Int(index))
    }

    /// The bytes `start..<start + length` of `body` as a string. Cut by bytes, not characters: a sentence may begin
    /// with a combining mark that the previous sentence's last character would otherwise absorb.
    static func text(in body: String, start: Int32, length: Int32) -> String {
        let utf8 = body.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let to = utf8.index(from, offsetBy: Int(length))
        return String(decoding: utf8[from..<to], as: UTF8.self)
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
    private let textStart: Int32
    private let textLength: Int32
    public var yearBasis: YearBasis
    public var type: ClaimType
    public var modality: Modality
    /// The document's body, shared by its claims (see `DocumentRecord.body`); the text is a run of it.
    private let body: String
    public var source: String
    /// places, actors, people, years, figures, year and date, in a buffer of its document's (see `PackedLists`).
    private let lists: PackedLists
    /// Claims of other documents that match (see `Corroboration`); groups of matching claims share one list.
    public var supportedBy: IDList = []
    /// Why each value was extracted, packed (see `EvidenceList`); reads as `[Evidence]`.
    public var evidence: EvidenceList

    /// A claim whose text is `text` alone and whose lists are in a buffer of their own (tests).
    init(id: Int, doc: Int, text: String, paragraph: Int, sentence: Int, places: [Int], actors: [Int], people: [Int],
         years: [Int], year: Int?, date: CalendarDate?, yearBasis: YearBasis, type: ClaimType, figures: [Int],
         source: String, modality: Modality, evidence: EvidenceList) {
        let lists = PackedLists(Self.lists(places: places, actors: actors, people: people, years: years, figures: figures,
                                           year: year, date: date))
        self.init(id: id, doc: doc, body: text, text: SentenceSpan(start: 0, length: Int32(text.utf8.count), paragraph: 0, index: 0),
                  paragraph: paragraph, sentence: sentence, lists: lists, yearBasis: yearBasis, type: type, source: source,
                  modality: modality, evidence: evidence)
    }

    /// A claim whose text is the run `text` of its document's `body`, with `lists` laid out as `lists(…)` gives them.
    init(id: Int, doc: Int, body: String, text: SentenceSpan, paragraph: Int, sentence: Int, lists: PackedLists,
         yearBasis: YearBasis, type: ClaimType, source: String, modality: Modality, evidence: EvidenceList) {
        storedID = Int32(id)
        storedDoc = Int32(doc)
        storedParagraph = Int32(paragraph)
        storedSentence = Int32(sentence)
        self.lists = lists
        self.body = body
        textStart = text.start
        textLength = text.length
        self.yearBasis = yearBasis
        self.type = type
        self.source = source
        self.modality = modality
        self.evidence = evidence
    }

    /// The lists a claim keeps packed, in their order there. A missing month or day is -1 (dates never hold negative
    /// months or days).
    static func lists(places: [Int], actors: [Int], people: [Int], years: [Int], figures: [Int], year: Int?,
                      date: CalendarDate?) -> [[Int]] {
        let packedDate = date.map { [$0.year, $0.month ?? -1, $0.day ?? -1] } ?? []
        return [places, actors, people, years, figures, year.map { [$0] } ?? [], packedDate]
    }

    public var id: Int { Int(storedID) }
    public var doc: Int { Int(storedDoc) }
    /// The sentence (or clause) as written, cut from the document's body on each read.
    public var text: String { SentenceSpan.text(in: body, start: textStart, length: textLength) }

    /// Calls `read` with the UTF-8 bytes of `text`, in place in the document's body: a scan over many claims'
    /// text (`contains`) then copies nothing.
    public func withTextUTF8<Result>(_ read: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var body = self.body
        let start = Int(textStart), length = Int(textLength)
        return try body.withUTF8 { bytes in try read(UnsafeBufferPointer(rebasing: bytes[start..<start + length])) }
    }
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
    /// The claims naming it, in order (32-bit, exactly sized).
    public var claimIDs: IDList
}

public struct ActorRecord: Sendable {
    public var id: Int
    public var entry: ActorEntry
    /// Spellings the articles use that the dictionary lacks but that share its transliteration key.
    public var seenSpellings: [String] = []
    /// Id of the actor this one belongs to, when that actor is in the store.
    public var partOf: Int?
    /// The claims naming it, in order (32-bit, exactly sized).
    public var claimIDs: IDList
}

public struct PersonRecord: Sendable {
    public var id: Int
    public var entry: PersonEntry
    /// Spellings the articles use that the dictionary lacks but that share its transliteration key.
    public var seenSpellings: [String] = []
    /// The claims naming it, in order (32-bit, exactly sized).
    public var claimIDs: IDList
}

/// A figure. Numbers are stored in 32 bits and the optional ones without their optional's padding (a large corpus
/// has hundreds of thousands); the public properties read as the plain values.
public struct FigureRecord: Sendable {
    private let storedID: Int32
    private let storedClaim: Int32
    private let storedDoc: Int32
    /// -1 for none (ids start at 1).
    private let storedPlace: Int32
    private let storedActor: Int32
    /// Which of value, low and high are present (bits 0, 1, 2).
    private let present: UInt8
    private let storedValue: Double
    private let storedLow: Double
    private let storedHigh: Double
    public let unit: String
    public let qualifier: String?
    public let text: String

    init(id: Int, claim: Int, doc: Int, value: Double?, low: Double?, high: Double?, unit: String, qualifier: String?,
         place: Int?, actor: Int?, text: String) {
        storedID = Int32(id)
        storedClaim = Int32(claim)
        storedDoc = Int32(doc)
        storedPlace = place.map { Int32($0) } ?? -1
        storedActor = actor.map { Int32($0) } ?? -1
        present = (value == nil ? 0 : 1) | (low == nil ? 0 : 2) | (high == nil ? 0 : 4)
        storedValue = value ?? 0
        storedLow = low ?? 0
        storedHigh = high ?? 0
        self.unit = unit
        self.qualifier = qualifier
        self.text = text
    }

    public var id: Int { Int(storedID) }
    public var claim: Int { Int(storedClaim) }
    public var doc: Int { Int(storedDoc) }
    public var value: Double? { present & 1 != 0 ? storedValue : nil }
    public var low: Double? { present & 2 != 0 ? storedLow : nil }
    public var high: Double? { present & 4 != 0 ? storedHigh : nil }
    public var place: Int? { storedPlace < 0 ? nil : Int(storedPlace) }
    public var actor: Int? { storedActor < 0 ? nil : Int(storedActor) }
}

/// A conflict as read from the store (`EntityStore.conflicts`, which keeps them packed).
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
    public var places: IDList
    public var actors: IDList

    public init(id: Int, subject: String, claimA: Int, claimB: Int, docA: Int, docB: Int, valueA: String, valueB: String,
                gap: Double?, places: [Int], actors: [Int]) {
        self.init(id: id, subject: subject, claimA: claimA, claimB: claimB, docA: docA, docB: docB, valueA: valueA,
                  valueB: valueB, gap: gap, places: IDList(places), actors: IDList(actors))
    }

    init(id: Int, subject: String, claimA: Int, claimB: Int, docA: Int, docB: Int, valueA: String, valueB: String,
         gap: Double?, places: IDList, actors: IDList) {
        self.id = id
        self.subject = subject
        self.claimA = claimA
        self.claimB = claimB
        self.docA = docA
        self.docB = docB
        self.valueA = valueA
        self.valueB = valueB
        self.gap = gap
        self.places = places
        self.actors = actors
    }
}
