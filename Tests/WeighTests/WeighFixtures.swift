import ClaimCorpus
import ClaimExtraction
@testable import ClaimStore

/// A small catalog so these tests do not depend on the real gazetteer.
struct WeighCatalog: EntityCatalog {
    static let placeEntries: [PlaceEntry] = [
        PlaceEntry(key: "t:dez", name: "Deir ez-Zor", aliases: ["Deir Ezzor", "Dayr az Zawr"], kind: "city",
                   country: "Syria", admin1: "Deir ez-Zor", lat: 35.33, lon: 40.14, population: 242_565),
        PlaceEntry(key: "t:raqqa", name: "Raqqa", aliases: ["Ar Raqqah"], kind: "city",
                   country: "Syria", admin1: "Raqqa", lat: 35.95, lon: 39.01, population: 177_636),
        PlaceEntry(key: "t:homs", name: "Homs", aliases: ["Hims"], kind: "city",
                   country: "Syria", admin1: "Homs", lat: 34.73, lon: 36.71, population: 775_404),
        PlaceEntry(key: "t:syria", name: "Syria", aliases: [], kind: "country",
                   country: "Syria", admin1: nil, lat: 33.51, lon: 36.29, population: nil),
    ]
    static let actorEntries: [ActorEntry] = [
        ActorEntry(key: "t:isis", name: "ISIS", aliases: ["Islamic State"], kind: "jihadist group", country: nil, partOf: nil),
        ActorEntry(key: "t:saa", name: "Syrian Army", aliases: ["SAA"], kind: "armed force", country: "Syria", partOf: nil),
        ActorEntry(key: "t:sdf", name: "SDF", aliases: ["Syrian Democratic Forces"], kind: "militia", country: "Syria", partOf: nil),
    ]

    func place(forKey key: String) -> PlaceEntry? { Self.placeEntries.first { $0.key == key } }
    func actor(forKey key: String) -> ActorEntry? { Self.actorEntries.first { $0.key == key } }
    func person(forKey key: String) -> PersonEntry? { nil }
}

/// An extracted document with the claims given, published on `published` (ISO).
func document(_ file: String, published: String?, _ claims: [ExtractedClaim]) -> ExtractedDocument {
    let article = Article(file: file, title: file, published: published.flatMap { CalendarDate(iso: $0) },
                          dateBasis: published == nil ? nil : .metadata, paragraphs: [])
    let numbered = claims.enumerated().map { offset, claim -> ExtractedClaim in
        var copy = claim
        copy.sentence = offset + 1
        return copy
    }
    return ExtractedDocument(article: article, claims: numbered)
}

/// A claim with the fields these tests vary.
func claim(_ text: String, type: ClaimType = .other, places: [String] = [], actors: [String] = [], years: [Int] = [],
           yearBasis: YearBasis = .publication, figures: [ExtractedFigure] = [], evidence: [Evidence] = []) -> ExtractedClaim {
    ExtractedClaim(text: text, paragraph: 1, sentence: 1, placeKeys: places, actorKeys: actors, years: years,
                   year: years.last, yearBasis: yearBasis, type: type, figures: figures, evidence: evidence)
}

/// Place evidence for `matched` as found in `text`, so the detector can measure distances.
func placeEvidence(_ matched: String, in text: String, name: String) -> Evidence {
    let start = text.range(of: matched).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? 0
    return Evidence(field: "places", matched: matched, range: start..<(start + matched.count), rule: "test", value: name)
}

func store(_ documents: [ExtractedDocument]) -> EntityStore {
    EntityStore.build(documents: documents, catalog: WeighCatalog())
}
