import ClaimCorpus
import ClaimExtraction
import ClaimStore

/// A small hand-built corpus (text written for these tests) with known places, actors and people.
struct TestCatalog: EntityCatalog {
    static let places: [PlaceEntry] = [
        PlaceEntry(key: "t:deir", name: "Deir ez-Zor", aliases: ["Deir al-Zour", "Dayr az Zawr", "Deir Ezzor"], kind: "city",
                   country: "Syria", admin1: "Deir ez-Zor", lat: 35.33, lon: 40.14, population: 211_857),
        PlaceEntry(key: "t:raqqa", name: "Raqqa", aliases: ["Al-Raqqah", "ar-Raqqa"], kind: "city",
                   country: "Syria", admin1: "Raqqa", lat: 35.95, lon: 39.01, population: 220_488),
        PlaceEntry(key: "t:mosul", name: "Mosul", aliases: ["Al-Mawsil"], kind: "city",
                   country: "Iraq", admin1: "Nineveh", lat: 36.34, lon: 43.13, population: 1_739_800),
        PlaceEntry(key: "t:palmyra", name: "Palmyra", aliases: ["Tadmur"], kind: "town",
                   country: "Syria", admin1: "Homs", lat: 34.56, lon: 38.28, population: nil),
        PlaceEntry(key: "t:mayadin", name: "Al-Mayadin", aliases: ["al-Mayadeen", "Mayadin"], kind: "town",
                   country: "Syria", admin1: "Deir ez-Zor", lat: 35.02, lon: 40.45, population: 44_000),
    ]
    static let actors: [ActorEntry] = [
        ActorEntry(key: "t:is", name: "Islamic State", aliases: ["ISIS", "ISIL", "Daesh"], kind: "jihadist group", country: nil, partOf: nil),
        ActorEntry(key: "t:saa", name: "Syrian Army", aliases: ["SAA", "Syrian Arab Army"], kind: "armed force", country: "Syria", partOf: nil),
        ActorEntry(key: "t:tiger", name: "Tiger Forces", aliases: [], kind: "militia", country: "Syria", partOf: "t:saa"),
    ]
    static let people: [PersonEntry] = [
        PersonEntry(key: "t:assad", name: "Bashar al-Assad", aliases: ["Assad"], role: "President of Syria"),
    ]

    func place(forKey key: String) -> PlaceEntry? { Self.places.first { $0.key == key } }
    func actor(forKey key: String) -> ActorEntry? { Self.actors.first { $0.key == key } }
    func person(forKey key: String) -> PersonEntry? { Self.people.first { $0.key == key } }
}

enum TestStore {
    static func article(_ file: String, _ title: String, outlet: String?, published: CalendarDate?, _ sentences: [String]) -> Article {
        let paragraph = Paragraph(index: 1, text: sentences.joined(separator: " "), isListItem: false,
                                  sentences: sentences.enumerated().map { Sentence(text: $0.element, paragraph: 1, index: $0.offset + 1) })
        return Article(file: file, title: title, outlet: outlet, published: published, dateBasis: .metadata, paragraphs: [paragraph])
    }

    static func claim(_ text: String, _ sentence: Int, places: [String] = [], actors: [String] = [], people: [String] = [],
                      years: [Int] = [], year: Int? = nil, date: CalendarDate? = nil, type: ClaimType = .other,
                      figures: [ExtractedFigure] = [], source: String = "author", modality: Modality = .asserted) -> ExtractedClaim {
        ExtractedClaim(text: text, paragraph: 1, sentence: sentence, placeKeys: places.map { "t:" + $0 },
                       actorKeys: actors.map { "t:" + $0 }, personKeys: people.map { "t:" + $0 }, years: years, year: year, date: date,
                       yearBasis: year == nil ? .publication : .explicit, type: type, figures: figures, source: source, modality: modality)
    }

    /// Seven claims in three documents:
    /// c1 Deir ez-Zor/SAA 2017 liberation; c2 Deir ez-Zor/IS 2014–2017 siege; c3 Al-Mayadin 2017 casualties (figure);
    /// c4 Mosul/IS 2017 capture; c5 Raqqa/IS 2014 declaration; c6 Assad 2017 prediction; c7 Palmyra, no year.
    static func documents() -> [ExtractedDocument] {
        let first = [
            "The Syrian Army broke the siege of Deir ez-Zor in September 2017.",
            "Islamic State fighters had besieged the city since 2014.",
            "About 7,000 civilians remained in al-Mayadin.",
        ]
        let second = [
            "Iraqi forces retook Mosul from ISIS in July 2017.",
            "Raqqa was declared the capital of the caliphate in 2014.",
            "Assad said the war would end \"soon\".",
        ]
        let third = ["Palmyra changed hands twice."]
        return [
            ExtractedDocument(article: article("duran.txt", "Army breaks the siege", outlet: "The Duran",
                                               published: CalendarDate(year: 2017, month: 9, day: 5), first), claims: [
                claim(first[0], 1, places: ["deir"], actors: ["saa"], years: [2017], year: 2017,
                      date: CalendarDate(year: 2017, month: 9), type: .liberation),
                claim(first[1], 2, places: ["deir"], actors: ["is"], years: [2014, 2015, 2016, 2017], year: 2014, type: .siege),
                claim(first[2], 3, places: ["mayadin"], years: [2017], year: 2017, type: .casualties,
                      figures: [ExtractedFigure(value: 7000, unit: "civilians", qualifier: "about", placeKey: "t:mayadin", text: "About 7,000 civilians")]),
            ]),
            ExtractedDocument(article: article("wire.txt", "Mosul retaken", outlet: "Example Wire",
                                               published: CalendarDate(year: 2017, month: 7, day: 10), second), claims: [
                claim(second[0], 1, places: ["mosul"], actors: ["is"], years: [2017], year: 2017,
                      date: CalendarDate(year: 2017, month: 7), type: .capture),
                claim(second[1], 2, places: ["raqqa"], actors: ["is"], years: [2014], year: 2014, type: .declaration),
                claim(second[2], 3, people: ["assad"], years: [2017], year: 2017, type: .prediction, source: "Bashar al-Assad",
                      modality: .predicted),
            ]),
            ExtractedDocument(article: article("opinion.txt", "Opinion", outlet: nil, published: CalendarDate(year: 2016), third), claims: [
                claim(third[0], 1, places: ["palmyra"], type: .other),
            ]),
        ]
    }

    static func make() -> EntityStore {
        EntityStore.build(documents: documents(), catalog: TestCatalog())
    }
}
