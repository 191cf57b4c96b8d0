import XCTest
@testable import ClaimExtraction

final class GazetteerTests: XCTestCase {
    let gazetteer = Gazetteer.shared

    /// Between a Syrian or Iraqi place and a neighbour's of the same name, the coverage means the Syrian or Iraqi
    /// one, unless the other is a city of a million.
    func testSyrianAndIraqiPlacesWinTiesWithTheNeighbours() {
        let gazetteer = Gazetteer.shared
        XCTAssertEqual(gazetteer.lookup("Ras al Ayn").first?.country, "Syria")
        XCTAssertEqual(gazetteer.lookup("Nabek").first?.country, "Syria")
        XCTAssertEqual(gazetteer.lookup("Akre").first?.country, "Iraq")
        // Spellings the press uses that GeoNames lacks.
        XCTAssertEqual(gazetteer.lookup("Qaim").first?.name, "Al Qā’im")
        XCTAssertEqual(gazetteer.lookup("Tel Keppe").first?.name, "Tallkayf")
        XCTAssertEqual(gazetteer.lookup("Medina").first?.country, "Saudi Arabia")
        XCTAssertEqual(gazetteer.lookup("Riyadh").first?.country, "Saudi Arabia")
        // The article's countries still come first.
        XCTAssertEqual(gazetteer.lookup("Ras al Ayn", countryContext: ["Israel"]).first?.country, "Israel")
    }

    func testDataCoversSyriaIraqNeighboursCountriesAndSupplement() {
        let entries = gazetteer.entries
        XCTAssertGreaterThan(entries.filter { $0.country == "Syria" && $0.key.hasPrefix("gn:") }.count, 250)
        XCTAssertGreaterThan(entries.filter { $0.country == "Iraq" && $0.key.hasPrefix("gn:") }.count, 100)
        XCTAssertGreaterThan(entries.filter { $0.kind == "country" }.count, 200)
        XCTAssertGreaterThan(entries.filter { $0.country == "Turkey" }.count, 100)
        let kinds = Set(entries.map(\.kind))
        for kind in ["city", "town", "village", "country", "governorate", "crossing", "oil field", "river", "region",
                     "neighbourhood", "airport", "base", "dam", "lake"] {
            XCTAssertTrue(kinds.contains(kind), kind)
        }
        XCTAssertEqual(Set(entries.map(\.key)).count, entries.count, "keys are unique")
    }

    func testEveryGovernorateOfSyriaAndIraqHasAnEntryMatchingGeoNamesAdmin1() {
        let governorates = gazetteer.entries.filter { $0.kind == "governorate" && ["Syria", "Iraq"].contains($0.country) }
        let admin1Names = Set(gazetteer.entries.filter { ["Syria", "Iraq"].contains($0.country) }.compactMap(\.admin1))
        XCTAssertEqual(admin1Names.subtracting(governorates.compactMap(\.admin1)), [])
        XCTAssertEqual(governorates.count, 14 + 19)
        for governorate in governorates {
            XCTAssertEqual(governorate.name, "\(governorate.admin1 ?? "?") Governorate")
        }
        // The neighbours' border provinces go by their own word: Turkey's "Province", Jordan's "Governorate".
        for governorate in gazetteer.entries where governorate.kind == "governorate" && governorate.country == "Turkey" {
            XCTAssertEqual(governorate.name, "\(governorate.admin1 ?? "?") Province")
        }
        for governorate in gazetteer.entries where governorate.kind == "governorate" && governorate.country == "Jordan" {
            XCTAssertEqual(governorate.name, "\(governorate.admin1 ?? "?") Governorate")
        }
    }

    /// A governorate never shares a spelling (nor a transliteration key, which the store also resolves
    /// names by) with a settlement inside it: "Raqqa" is the city, "Raqqa province" the governorate.
    func testGovernoratesAndTheirCapitalsHaveDistinctNames() {
        let places = gazetteer.entries.filter { ["city", "town", "village"].contains($0.kind) }
        for governorate in gazetteer.entries where governorate.kind == "governorate" {
            let keys = Set(([governorate.name] + governorate.aliases).map(Normalizer.key))
            let folded = Set(([governorate.name] + governorate.aliases).map(Normalizer.folded))
            for place in places where place.admin1 == governorate.admin1 && place.country == governorate.country {
                for spelling in [place.name] + place.aliases {
                    XCTAssertFalse(keys.contains(Normalizer.key(spelling)), "\(governorate.name) / \(place.name): \(spelling)")
                    XCTAssertFalse(folded.contains(Normalizer.folded(spelling)), "\(governorate.name) / \(place.name): \(spelling)")
                }
            }
        }
        XCTAssertFalse(gazetteer.lookup("Deir Ezzor").contains { $0.kind == "governorate" })
        XCTAssertEqual(gazetteer.lookup("Deir Ezzor province").first?.name, "Deir ez-Zor Governorate")
        XCTAssertEqual(gazetteer.lookup("province of Raqqa").first?.name, "Raqqa Governorate")
        XCTAssertEqual(gazetteer.lookup("Nineveh").first?.name, "Nineveh Governorate", "no settlement is called Nineveh")
    }

    func testKindFollowsPopulation() {
        for entry in gazetteer.entries where entry.key.hasPrefix("gn:") && entry.kind != "country" {
            let population = entry.population ?? 0
            let expected = population >= 100_000 ? "city" : population >= 10_000 ? "town" : "village"
            XCTAssertEqual(entry.kind, expected, entry.name)
        }
    }

    func testLookupResolvesUnseenSpellings() {
        let cases: [(String, String)] = [
            ("Dayr az Zawr", "Deir ez-Zor"), ("Deir Al Zor", "Deir ez-Zor"), ("al-Mayadeen", "Al Mayādīn"),
            ("Meyadeen", "Al Mayādīn"), ("al-Qaem", "Al Qā’im"), ("Albu Kamal", "Ālbū Kamāl"),
            ("Ar-Raqqah", "Ar Raqqah"), ("Palmyra", "Tadmur"), ("Dayr Hafir", "Dayr Ḩāfir"), ("al-Tanaf", "Al-Tanf"),
        ]
        for (written, canonical) in cases {
            XCTAssertEqual(gazetteer.lookup(written).first?.name, canonical, written)
        }
    }

    func testAddedAliasesReachTheirGeoNamesPlaces() {
        for (written, canonical) in [("Serekaniye", "Ra’s al ‘Ayn"), ("Girê Spî", "Tall Abyaḑ"), ("Sulaimani", "Sulaymaniyah"),
                                     ("Derik", "Al Mālikīyah"), ("Albukamal", "Ālbū Kamāl")] {
            XCTAssertEqual(gazetteer.lookup(written).first?.name, canonical, written)
        }
        // The additions go to the place with that key, and only once.
        let table = GazetteerTable(tsv: "gn:1\tTestville\ttown\tSyria\tAleppo\t36.0\t37.0\t1000\tTestvil", source: "test")
        let small = Gazetteer(tables: [table], aliasAdditions: "gn:1\tTestburg|Testvil\ngn:2\tNowhere")
        XCTAssertEqual(small.entries.first?.aliases, ["Testvil", "Testburg"])
    }

    func testASurnameSoundAlikeThatIsAPlaceIsThePlace() {
        let doc = ClaimExtractor().extract(TestArticle.make(["Refugees fled to Dohuk and Sulaimani in 2014, and Soleimani visited Baghdad."],
                                                            published: nil))
        let claim = doc.claims.first
        let places = claim?.placeKeys.compactMap { gazetteer.entry(forKey: $0)?.name } ?? []
        XCTAssertTrue(places.contains("Sulaymaniyah"), "\(places)")
        XCTAssertEqual(claim?.personKeys.count, 1, "Soleimani, written as listed, is still the person")
    }

    func testBareNameIsTheCityNotTheGovernorate() {
        XCTAssertEqual(gazetteer.lookup("Raqqa").first?.kind, "city")
        XCTAssertEqual(gazetteer.lookup("Deir Ezzor").first?.kind, "city")
        XCTAssertEqual(gazetteer.lookup("Anbar").first?.kind, "governorate", "no settlement is called Anbar")
    }

    func testCountryContextBreaksTiesAndCloserSpellingWins() {
        let tsv = """
        t:1\tTell Hamra\tvillage\tSyria\t\t36.0\t40.0\t900\t
        t:2\tTell Hamra\tvillage\tIraq\t\t35.0\t42.0\t800\t
        t:3\tQom\tcity\tIran\t\t34.6\t50.9\t1200000\t
        t:4\tAl Qaim\ttown\tIraq\t\t34.4\t41.0\t74000\t
        """
        let small = Gazetteer(tables: [GazetteerTable(tsv: tsv, source: "test")])
        XCTAssertEqual(small.entries.count, 4)
        XCTAssertEqual(small.lookup("Tel Hamra", countryContext: ["Iraq"]).first?.key, "t:2")
        XCTAssertEqual(small.lookup("Tel Hamra", countryContext: ["Syria"]).first?.key, "t:1")
        XCTAssertEqual(small.lookup("al-Qaem").first?.key, "t:4", "closest spelling before the larger city")
    }

    func testEntryForKeyRoundTrips() {
        for entry in gazetteer.entries.prefix(50) + gazetteer.entries.suffix(50) {
            XCTAssertEqual(gazetteer.entry(forKey: entry.key), entry)
        }
        XCTAssertEqual(StandardCatalog.shared.place(forKey: "sup:crossing-al-tanf")?.kind, "crossing")
    }
}
