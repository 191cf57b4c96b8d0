import ClaimCorpus

// The values Extraction hands to the Store. Plain data; no behaviour.

public enum ClaimType: String, Sendable, CaseIterable, Codable {
    case capture, liberation, siege, attack, airstrike, withdrawal, casualties, estimate,
         declaration, prediction, opinion, other
}

public enum Modality: String, Sendable, CaseIterable, Codable {
    case asserted, reported, hedged, conditional, predicted, opinion
}

public enum YearBasis: String, Sendable, CaseIterable, Codable {
    case explicit, relative, publication
}

/// Why a value was extracted: the span of the sentence that matched and the rule or alias behind it.
public struct Evidence: Hashable, Sendable {
    /// The claim field it fed: `places`, `actors`, `people`, `years`, `date`, `figures`, `source`, `modality`, `type`.
    public var field: String
    /// The text as written in the sentence.
    public var matched: String
    /// Character offsets into the claim text (`String.count` units).
    public var range: Range<Int>?
    /// The rule, alias or dictionary entry that produced the value.
    public var rule: String
    /// The value produced, as shown to a user.
    public var value: String

    public init(field: String, matched: String, range: Range<Int>?, rule: String, value: String) {
        self.field = field
        self.matched = matched
        self.range = range
        self.rule = rule
        self.value = value
    }
}

/// A number the claim states, with its unit and qualifier.
public struct ExtractedFigure: Hashable, Sendable {
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// Plural noun: fighters, civilians, soldiers, troops, percent, km, years, …
    public var unit: String
    /// about, at least, over, as high as, up to, nearly, … (nil when exact).
    public var qualifier: String?
    /// Gazetteer key of the place it is about, if any.
    public var placeKey: String?
    /// Actor key of the actor it is about, if any.
    public var actorKey: String?
    /// The span as written.
    public var text: String

    public init(value: Double? = nil, low: Double? = nil, high: Double? = nil, unit: String,
                qualifier: String? = nil, placeKey: String? = nil, actorKey: String? = nil, text: String) {
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.placeKey = placeKey
        self.actorKey = actorKey
        self.text = text
    }
}

public struct ExtractedClaim: Hashable, Sendable {
    public var text: String
    public var paragraph: Int
    public var sentence: Int
    /// Gazetteer keys, in order of first mention, no duplicates.
    public var placeKeys: [String]
    public var actorKeys: [String]
    public var personKeys: [String]
    /// Every calendar year the claim is about, ascending.
    public var years: [Int]
    public var year: Int?
    public var date: CalendarDate?
    public var yearBasis: YearBasis
    public var type: ClaimType
    public var figures: [ExtractedFigure]
    /// `author`, an outlet, an agency or a speaker.
    public var source: String
    public var modality: Modality
    public var evidence: [Evidence]

    public init(text: String, paragraph: Int, sentence: Int, placeKeys: [String] = [], actorKeys: [String] = [],
                personKeys: [String] = [], years: [Int] = [], year: Int? = nil, date: CalendarDate? = nil,
                yearBasis: YearBasis = .publication, type: ClaimType = .other, figures: [ExtractedFigure] = [],
                source: String = "author", modality: Modality = .asserted, evidence: [Evidence] = []) {
        self.text = text
        self.paragraph = paragraph
        self.sentence = sentence
        self.placeKeys = placeKeys
        self.actorKeys = actorKeys
        self.personKeys = personKeys
        self.years = years
        self.year = year
        self.date = date
        self.yearBasis = yearBasis
        self.type = type
        self.figures = figures
        self.source = source
        self.modality = modality
        self.evidence = evidence
    }
}

public struct ExtractedDocument: Hashable, Sendable {
    public var article: Article
    public var claims: [ExtractedClaim]

    public init(article: Article, claims: [ExtractedClaim]) {
        self.article = article
        self.claims = claims
    }
}
