/// What a field holds; the checker binds queries to these and the renderers format by them.
public enum FieldType: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// A record's own id, or a reference printed as an id (a claim's `doc` prints `d3`).
    case id(EntityKind)
    /// A named entity (place, actor, person): compares through aliases and the transliteration key, prints the canonical name.
    case entity(EntityKind)
    case string, int, decimal, date, bool
    /// A closed set of words (`type`, `modality`, …).
    case enumeration([String])

    public var description: String {
        switch self {
        case .id(let kind): return "id(\(kind.rawValue))"
        case .entity(let kind): return kind.singular
        case .string: return "string"
        case .int: return "int"
        case .decimal: return "decimal"
        case .date: return "date"
        case .bool: return "bool"
        case .enumeration(let words): return words.joined(separator: "|")
        }
    }
}

public struct FieldDescriptor: Hashable, Sendable {
    public var name: String
    /// Other names accepted in queries (`place` for `places`).
    public var aliases: [String]
    public var type: FieldType
    public var isMulti: Bool
    public var summary: String
    /// A posting list per value exists, so equality needs no scan.
    public var isIndexed: Bool

    public init(_ name: String, _ type: FieldType, multi: Bool = false, aliases: [String] = [],
                indexed: Bool = false, _ summary: String) {
        self.name = name
        self.aliases = aliases
        self.type = type
        self.isMulti = multi
        self.summary = summary
        self.isIndexed = indexed
    }

    /// `[place]`, `int`, … as `.schema` shows it.
    public var typeDescription: String {
        isMulti ? "[\(type)]" : type.description
    }
}

public struct KindSchema: Sendable {
    public var kind: EntityKind
    public var fields: [FieldDescriptor]
    /// What a table shows when the query names no columns.
    public var defaultColumns: [String]

    /// The field called `name` or one of its aliases, case-insensitively.
    public func field(named name: String) -> FieldDescriptor? {
        let lowered = name.lowercased()
        return fields.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }
}

public struct Schema: Sendable {
    public var kinds: [KindSchema]

    /// The kind called `name` (plural or singular), case-insensitively.
    public func kind(named name: String) -> EntityKind? {
        let lowered = name.lowercased()
        return EntityKind.allCases.first { $0.rawValue == lowered || $0.singular == lowered }
    }

    public subscript(kind: EntityKind) -> KindSchema {
        kinds.first { $0.kind == kind }!
    }

    /// The public contract of SCHEMA.md.
    public static let standard = Schema(kinds: [
        KindSchema(kind: .documents, fields: [
            FieldDescriptor("id", .id(.documents), indexed: true, "d1, d2, …"),
            FieldDescriptor("file", .string, indexed: true, "file name as loaded"),
            FieldDescriptor("title", .string, "title, from metadata or the text"),
            FieldDescriptor("outlet", .string, indexed: true, "the publishing outlet"),
            FieldDescriptor("author", .string, indexed: true, "the author, when known"),
            FieldDescriptor("published", .date, "publication date"),
            FieldDescriptor("published_precision", .enumeration(["day", "month", "year"]), indexed: true, "precision of published"),
            FieldDescriptor("date_basis", .enumeration(["stated", "metadata", "inferred"]), indexed: true, "where published came from"),
            FieldDescriptor("words", .int, "size in words"),
            FieldDescriptor("claims", .int, "number of claims"),
        ], defaultColumns: ["id", "file", "published", "outlet", "claims", "title"]),
        KindSchema(kind: .claims, fields: [
            FieldDescriptor("id", .id(.claims), indexed: true, "c1, c2, …"),
            FieldDescriptor("doc", .id(.documents), indexed: true, "the document it comes from"),
            FieldDescriptor("text", .string, "the sentence (or clause) as written"),
            FieldDescriptor("paragraph", .int, "paragraph number in the document"),
            FieldDescriptor("sentence", .int, "sentence number in the document"),
            FieldDescriptor("places", .entity(.places), multi: true, aliases: ["place"], indexed: true, "places it names"),
            FieldDescriptor("actors", .entity(.actors), multi: true, aliases: ["actor"], indexed: true, "actors it names"),
            FieldDescriptor("people", .entity(.people), multi: true, aliases: ["person"], indexed: true, "people it names"),
            FieldDescriptor("years", .int, multi: true, indexed: true, "every calendar year it is about"),
            FieldDescriptor("year", .int, indexed: true, "the primary year"),
            FieldDescriptor("date", .date, "the most precise date it is about"),
            FieldDescriptor("date_precision", .enumeration(["day", "month", "year"]), indexed: true, "precision of date"),
            FieldDescriptor("year_basis", .enumeration(["explicit", "relative", "publication"]), indexed: true, "how the year was found"),
            FieldDescriptor("type", .enumeration(["capture", "liberation", "siege", "attack", "airstrike", "withdrawal", "casualties",
                                                  "estimate", "declaration", "prediction", "opinion", "other"]), indexed: true, "event category"),
            FieldDescriptor("figures", .id(.figures), multi: true, "numbers it states"),
            FieldDescriptor("source", .string, indexed: true, "who asserts it: author, an outlet, agency or speaker"),
            FieldDescriptor("modality", .enumeration(["asserted", "reported", "hedged", "conditional", "predicted", "opinion"]),
                            indexed: true, "how firmly it is asserted"),
            FieldDescriptor("support", .int, "other documents making a matching claim"),
            FieldDescriptor("supported_by", .id(.claims), multi: true, "the matching claims in other documents"),
        ], defaultColumns: ["id", "doc", "year", "places", "type", "text"]),
        KindSchema(kind: .places, fields: [
            FieldDescriptor("id", .id(.places), indexed: true, "p1, p2, …"),
            FieldDescriptor("name", .entity(.places), indexed: true, "canonical name"),
            FieldDescriptor("aliases", .string, multi: true, "every known spelling"),
            FieldDescriptor("kind", .enumeration(["city", "town", "village", "governorate", "country", "river", "region", "crossing",
                                                  "oil field", "neighbourhood", "airport", "base", "dam", "lake", "road", "facility", "landmark"]),
                            indexed: true, "what sort of place"),
            FieldDescriptor("country", .string, indexed: true, "country name"),
            FieldDescriptor("admin1", .string, indexed: true, "governorate or province"),
            FieldDescriptor("lat", .decimal, "latitude (WGS84)"),
            FieldDescriptor("lon", .decimal, "longitude (WGS84)"),
            FieldDescriptor("population", .int, "population, when known"),
            FieldDescriptor("claims", .int, "claims naming it"),
        ], defaultColumns: ["id", "name", "kind", "country", "admin1", "claims"]),
        KindSchema(kind: .actors, fields: [
            FieldDescriptor("id", .id(.actors), indexed: true, "a1, a2, …"),
            FieldDescriptor("name", .entity(.actors), indexed: true, "canonical name"),
            FieldDescriptor("aliases", .string, multi: true, "every known name"),
            FieldDescriptor("kind", .enumeration(["state", "armed force", "militia", "jihadist group", "coalition", "government",
                                                  "news source", "party"]), indexed: true, "what sort of actor"),
            FieldDescriptor("country", .string, indexed: true, "country it belongs to"),
            FieldDescriptor("part_of", .entity(.actors), "the actor it is part of"),
            FieldDescriptor("claims", .int, "claims naming it"),
        ], defaultColumns: ["id", "name", "kind", "country", "part_of", "claims"]),
        KindSchema(kind: .people, fields: [
            FieldDescriptor("id", .id(.people), indexed: true, "n1, n2, …"),
            FieldDescriptor("name", .entity(.people), indexed: true, "canonical name"),
            FieldDescriptor("aliases", .string, multi: true, "every known name"),
            FieldDescriptor("role", .string, indexed: true, "role or office"),
            FieldDescriptor("claims", .int, "claims naming them"),
        ], defaultColumns: ["id", "name", "role", "claims"]),
        KindSchema(kind: .figures, fields: [
            FieldDescriptor("id", .id(.figures), indexed: true, "f1, f2, …"),
            FieldDescriptor("claim", .id(.claims), indexed: true, "the claim stating it"),
            FieldDescriptor("doc", .id(.documents), indexed: true, "its document"),
            FieldDescriptor("value", .decimal, "the number (when not a range)"),
            FieldDescriptor("low", .decimal, "low end of a range"),
            FieldDescriptor("high", .decimal, "high end of a range"),
            FieldDescriptor("unit", .string, indexed: true, "fighters, civilians, soldiers, percent, km, years, …"),
            FieldDescriptor("qualifier", .string, indexed: true, "about, at least, over, as high as, up to, nearly, …"),
            FieldDescriptor("place", .entity(.places), indexed: true, "the place it is about"),
            FieldDescriptor("actor", .entity(.actors), indexed: true, "the actor it is about"),
            FieldDescriptor("text", .string, "the span as written"),
        ], defaultColumns: ["id", "claim", "value", "low", "high", "unit", "qualifier", "place", "actor", "text"]),
        KindSchema(kind: .conflicts, fields: [
            FieldDescriptor("id", .id(.conflicts), indexed: true, "x1, x2, …"),
            FieldDescriptor("subject", .string, indexed: true, "what they disagree about"),
            FieldDescriptor("claim_a", .id(.claims), "one claim"),
            FieldDescriptor("claim_b", .id(.claims), "the other claim"),
            FieldDescriptor("doc_a", .id(.documents), "document of claim_a"),
            FieldDescriptor("doc_b", .id(.documents), "document of claim_b"),
            FieldDescriptor("value_a", .string, "what claim_a says"),
            FieldDescriptor("value_b", .string, "what claim_b says"),
            FieldDescriptor("gap", .decimal, "size of the disagreement"),
            FieldDescriptor("places", .entity(.places), multi: true, aliases: ["place"], indexed: true, "places involved"),
            FieldDescriptor("actors", .entity(.actors), multi: true, aliases: ["actor"], indexed: true, "actors involved"),
        ], defaultColumns: ["id", "subject", "claim_a", "claim_b", "value_a", "value_b", "gap"]),
    ])
}
