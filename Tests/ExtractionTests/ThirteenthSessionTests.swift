import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Readings the thirteenth session's blind articles (`al_hol_camp_2019`, `qaraqosh_2016`, `tal_abyad_2015`) lacked,
/// tested on sentences written for these tests.
final class ThirteenthSessionTests: SentenceProbeTestCase {
    func testTheAllianceIsTheLastAllianceNamed() {
        let c = claims(["Raqqa's western suburbs fell to the Syrian Democratic Forces on Sunday.",
                        "Residents fled toward Tabqa.",
                        "The alliance said 60 militants were killed in the fighting."])
        XCTAssertEqual(c.last?.source, "Syrian Democratic Forces")
        // The last alliance named wins, even over a source that spoke after it.
        let later = claims(["NATO met in Brussels on Monday.",
                            "The Syrian Democratic Forces took Karama, officials in Qamishli said.",
                            "The Kurdish-led alliance said it lost 12 fighters near Raqqa."])
        XCTAssertEqual(later.last?.source, "Syrian Democratic Forces")
        // With no alliance named, the words stay the speaker.
        let none = claims(["Fighting went on near Raqqa.", "The alliance said 60 militants were killed."])
        XCTAssertEqual(none.last?.source, "alliance")
        // Named in the same sentence, before the words.
        let same = claims(["NATO met in Brussels on Monday.",
                           "Fighters of the Syrian Democratic Forces entered Tabqa, the alliance said."])
        XCTAssertEqual(same.last?.source, "Syrian Democratic Forces")
    }

    func testPoliticalPartiesAreActors() {
        let c = claim("A PUK official said Kurdish fighters had left Tuz Khurmatu.")
        XCTAssertEqual(actors(c).first, "Patriotic Union of Kurdistan")
        XCTAssertEqual(extractor.catalog.actor(forKey: "actor:puk")?.kind, "party")
        XCTAssertTrue(actors(claim("The Democratic Union Party (PYD) rejected the talks on Afrin.")).contains("Democratic Union Party"))
        // A party's name is not the place inside it.
        XCTAssertFalse(places(claim("The Kurdistan Democratic Party won most seats in Dohuk.")).contains("Kurdistan Region"))
    }

    func testUSLedStrikesAreTheCoalitionsAndASyrianRebelIsTheOpposition() {
        XCTAssertEqual(actors(claim("US-led jets struck Mayadin overnight.")), ["US-led coalition"])
        XCTAssertEqual(actors(claim("Syrian rebel groups shelled Hama on Friday.")), ["Syrian opposition"])
    }

    func testSyriaAndIraqAreStatesWhenTheyAct() {
        let c = claim("Syria has rejected the Turkish plan for Manbij.")
        XCTAssertTrue(actors(c).contains("Syria"))
        XCTAssertEqual(places(c), ["Manbij"])
        XCTAssertEqual(actors(claim("Iraq sent 2,000 troops to the border near Qaim.")), ["Iraq"])
        // Where something happens, the country is a place.
        let there = claim("Fighting in Iraq killed 300 civilians last month.")
        XCTAssertEqual(places(there), ["Iraq"])
        XCTAssertEqual(actors(there), [])
    }

    func testACapitalAfterARelationAndWithIsItsGovernment() {
        let c = claim("Rebels in Daraa accepted a deal reached with Damascus on Friday.")
        XCTAssertTrue(actors(c).contains("Syrian government"))
        XCTAssertFalse(places(c).contains("Damascus"))
        XCTAssertTrue(actors(claim("Ankara suspended talks with Baghdad over the Sinjar strikes.")).contains("Iraqi government"))
        // A road with no relation word keeps the city.
        XCTAssertTrue(places(claim("A convoy left Homs on the highway with Damascus in sight.")).contains("Damascus"))
    }

    func testAnOutcomeBeforeACountNounDescribesIt() {
        XCTAssertEqual(claim("About 3,000 displaced families reached Hasakah.")?.figures.first?.unit, "families")
        XCTAssertEqual(claim("Hundreds of wounded civilians were taken to Erbil.")?.figures.first?.unit, "civilians")
        // An outcome alone is still the unit.
        XCTAssertEqual(claim("The clashes near Deir Ezzor left 40 dead.")?.figures.first?.unit, "dead")
    }

    func testANumberTakesThePluralNounItsCopulaPredicates() {
        let figures = claim("Of those held near Hasakah, about 2,500 were teenagers from 30 countries.")?.figures ?? []
        XCTAssertEqual(figures.first?.unit, "teenagers")
        XCTAssertEqual(figures.first?.value, 2500)
        XCTAssertEqual(figures.last?.unit, "countries")
    }

    func testAPartOfATimeIsNoShare() {
        XCTAssertEqual(claim("Attacks near Kirkuk rose in the second half of 2016.")?.figures ?? [], [])
        XCTAssertEqual(claim("Rockets hit Idlib through the first half of the year.")?.figures ?? [], [])
        // A share of a place is still a percentage.
        XCTAssertEqual(claim("The army held half of Aleppo by then.")?.figures.first?.unit, "percent")
    }

    func testAQuotedSpeakerMayEndWithARelativeClause() {
        let c = claim("\"The bells will ring again,\" said a bishop who returned to Mosul in March.")
        XCTAssertEqual(c?.source, "a bishop")
    }

    func testTheJaziraCantonIsTheRegion() {
        XCTAssertEqual(places(claim("Kurdish officials in the Jazira canton said 300 families arrived from Deir Ezzor.")),
                       ["Jazira region", "Deir ez-Zor"])
    }

    // MARK: The second three (`maarat_numan_2019`, `rutba_2016`, `basra_protests_2018`)

    private func claim(_ text: String, published: CalendarDate) -> ExtractedClaim? {
        extractor.extract(TestArticle.make([text], published: published)).claims.first
    }

    func testAnAppositiveAboutThePlaceLeavesTheSubjectTheSpeaker() {
        XCTAssertEqual(claim("Doctors in Hit, a town west of Ramadi, said 40 people were wounded.")?.source, "Doctors in Hit")
        XCTAssertEqual(claim("Residents of Manbij, the largest town near the river, said the bridge would reopen.")?.source,
                       "Residents of Manbij")
        XCTAssertEqual(claim("Hayat Tahrir al-Sham, formerly the Nusra Front, said its men would stay in Idlib.")?.source,
                       "Hayat Tahrir al-Sham")
        // Words after ", said" that make a clause are what was said, not who said it.
        XCTAssertNotEqual(claim("In Tikrit, the fighting was over, said the roads would reopen soon.")?.source,
                          "roads would reopen soon")
    }

    func testACapitalOrCountryWithAPossessiveOfficeIsTheState() {
        let c = claim("Moscow's envoy met rebel leaders in Daraa on Monday.")
        XCTAssertTrue(actors(c).contains("Russia"))
        XCTAssertEqual(places(c), ["Dar‘ā"])
        let s = claim("Syria's foreign ministry condemned the strike on Idlib.")
        XCTAssertTrue(actors(s).contains("Syria"))
        XCTAssertFalse(places(s).contains("Syria"))
        // A country's city is still the country's place.
        XCTAssertTrue(places(claim("Mosul, Iraq's second city, fell in June 2014.")).contains("Iraq"))
    }

    func testAFractionAfterByIsAShareOfAChange() {
        let f = claim("Exports through Nasib fell by nearly half in 2016.")?.figures.first
        XCTAssertEqual(f?.unit, "percent")
        XCTAssertEqual(f?.value, 50)
        XCTAssertEqual(claim("Aid to Idlib was cut by a third last year.")?.figures.first?.unit, "percent")
    }

    func testMoreWithNoNounCountsWhatTheFigureBesideItCounts() {
        let figures = claim("About 400 fighters surrendered in Hajin and hundreds more fled east.")?.figures ?? []
        XCTAssertEqual(figures.map(\.unit), ["fighters", "fighters"])
        XCTAssertEqual(figures.last?.low, 100)
    }

    func testPlacesTheSupplementNowHas() {
        XCTAssertEqual(places(claim("Two rockets hit the Green Zone in Baghdad.")), ["Green Zone", "Baghdad"])
        XCTAssertEqual(places(claim("Troops moved from the H3 airbase toward Turaybil.")), ["H3 airbase", "Trebil"])
        XCTAssertEqual(places(claim("Rebels held Jarjnaz and Tell Mannas until Friday.")), ["Jarjanaz", "Tal Mannas"])
        // Sarman, not the town of Sarmin its name is one letter from.
        XCTAssertEqual(places(claim("A Turkish post near Sarman was surrounded.")), ["Sarman"])
        let road = claim("Government forces reached the M4 highway near Saraqib.")
        XCTAssertEqual(places(road), ["M4 highway", "Saraqib"])
        XCTAssertEqual(extractor.catalog.place(forKey: road?.placeKeys.first ?? "")?.kind, "road")
    }

    func testTheTaskForceIsTheCoalition() {
        XCTAssertEqual(claim("Twenty strikes hit Raqqa on Sunday, according to the Combined Joint Task Force.")?.source,
                       "US-led coalition")
    }

    func testANumberWordLooksPastOneModifier() {
        XCTAssertEqual(claim("Two car bombs exploded in Qamishli on Friday.")?.figures.first?.unit, "bombs")
        // After a possessive it refers to a set, as after "the".
        XCTAssertEqual(claim("Fighting reached Syria's two largest cities in 2012.")?.figures ?? [], [])
    }

    func testWithinIsADeadlineAhead() {
        let c = claim("The bridge near Raqqa will reopen within two months, officials said.",
                      published: CalendarDate(year: 2017, month: 11, day: 20))
        XCTAssertEqual(c?.years, [2017, 2018])
        // In a sentence that does not look forward, "within" dates nothing.
        XCTAssertEqual(claim("Within two months the town near Raqqa had fallen in 2016.")?.years, [2016])
    }

    func testFeastsOfAFixedMonth() {
        let october = CalendarDate(year: 2016, month: 10, day: 20)
        XCTAssertEqual(claim("Families in Mosul hope they will return by Christmas.", published: october)?.years, [2016])
        XCTAssertEqual(claim("Last Christmas, the church in Bartella was still in ruins.",
                             published: CalendarDate(year: 2017, month: 5, day: 9))?.years, [2016])
        XCTAssertEqual(claim("Crowds gathered in Qamishli for Nowruz.", published: CalendarDate(year: 2017, month: 2, day: 1))?.years,
                       [2016])
    }

    // MARK: Probes written after the blind articles

    func testAPlaceFollowedByAFacilityNounIsTheFacility() {
        for spelling in ["Deir al-Zour", "Dayr az Zawr", "Deir Ezzor"] {
            XCTAssertEqual(places(claim("Shells hit \(spelling) military airport on Monday.")), ["Deir ez-Zor military airport"],
                           spelling)
        }
        XCTAssertEqual(places(claim("Jets took off from the Tabaqa air base on Sunday.")), ["Tabqa airbase"])
        // A city with no such facility in the gazetteer stays the city.
        XCTAssertEqual(places(claim("Flights resumed at Qamishli airport on Sunday.")), ["Al Qāmishlī"])
    }

    func testASettlementOfANumberCountsItsPeople() {
        XCTAssertEqual(claim("Troops retook Mayadeen, a town of 44,000 on the Euphrates.")?.figures.first?.unit, "people")
        XCTAssertEqual(claim("Raqqa, a city of about 300,000 before the war, lies in ruins.")?.figures.first?.unit, "people")
    }

    func testACapitalAfterAnAllegianceIsItsGovernment() {
        let c = claim("Militias loyal to Tehran shelled positions near Albukamal.")
        XCTAssertEqual(actors(c), ["Iran"])
        XCTAssertEqual(places(c), ["Ālbū Kamāl"])
        XCTAssertEqual(actors(claim("Groups allied with Moscow entered Palmyra.")), ["Russia"])
        // A journey to the capital is still to the city.
        XCTAssertEqual(places(claim("The delegation travelled to Tehran on Monday.")), ["Tehran"])
    }

    func testKocho() {
        XCTAssertEqual(places(claim("Yazidi survivors returned to Kojo near Sinjar.")), ["Kocho", "Sinjār"])
    }

    // MARK: The last two (`hama_offensive_2017`, `duhok_strikes_2021`)

    func testACountryAfterAVerbOfGoingIsAPlace() {
        let c = claim("Some 3,000 Kurds who fled Turkey in 1994 live in the camp near Erbil.")
        XCTAssertTrue(places(c).contains("Turkey"))
        XCTAssertFalse(actors(c).contains("Turkey"))
        // Acting, it is the state.
        XCTAssertTrue(actors(claim("Turkey shelled villages near Amedi.")).contains("Turkey"))
    }

    func testTheSeatOfAGovernmentIsPartOfItsName() {
        let c = claim("The Kurdistan Regional Government in Erbil rejected the plan for Sinjar.")
        XCTAssertEqual(places(c), ["Sinjār"])
        XCTAssertEqual(actors(c), ["Kurdistan Regional Government"])
    }

    func testMountainRegionsOfTheKurdistanRegion() {
        XCTAssertEqual(places(claim("Turkish jets struck the Qandil mountains and the Zap area.")), ["Qandil Mountains", "Zap"])
        XCTAssertEqual(places(claim("Troops set up bases in Metina and Avashin.")), ["Metina", "Avashin"])
    }

    func testGovernmentWarplanesAreTheArmysAndIraqsInIraq() {
        XCTAssertEqual(actors(claim("Government warplanes bombed Khan Sheikhoun on Monday.")), ["Syrian Army"])
        let iraq = extractor.extract(TestArticle.make(["Fighting went on in Mosul and Tikrit.",
                                                       "Government warplanes bombed Hawija on Monday."],
                                                      published: CalendarDate(year: 2017, month: 5, day: 9))).claims.last
        XCTAssertEqual(actors(iraq), ["Iraqi Army"])
    }

    func testTwoNamesThatOpenTheSentenceSpeakThroughTheFirst() {
        XCTAssertEqual(claim("Ahrar al-Sham and Jaish al-Izza said they took 5 villages near Hama.")?.source, "Ahrar al-Sham")
        // One name after another phrase is still the speaker.
        XCTAssertEqual(claim("After the battle for Hama and Jaish al-Izza said it lost 20 fighters.")?.source, "Jaish al-Izza")
    }

    func testVillagesOfNorthernHama() {
        XCTAssertEqual(places(claim("Jets struck Latamneh and Khattab north of Hama.")), ["Al-Lataminah", "Khattab", "Ḩamāh"])
    }

    func testANumberPlusIsMoreThanIt() {
        let f = claim("The coalition has conducted 2,500-plus strikes near Raqqa since June.")?.figures.first
        XCTAssertEqual(f?.unit, "strikes")
        XCTAssertEqual(f?.qualifier, "over")
        XCTAssertEqual(f?.value, 2500)
    }

    func testPerOpeningASentenceNamesItsSource() {
        XCTAssertEqual(claim("Per the Syrian Observatory, 3,000 fighters remain in Raqqa.")?.source,
                       "Syrian Observatory for Human Rights")
        // "per" as a rate is nobody.
        XCTAssertEqual(claim("Raqqa lost 40 fighters per day in June.")?.source, "author")
    }

    func testEnvoysAndSpokesmenTheWiresQuote() {
        func people(_ c: ExtractedClaim?) -> [String] { c?.personKeys.compactMap { extractor.catalog.person(forKey: $0)?.name } ?? [] }
        let c = claim("UN envoy Geir Pedersen said talks on Idlib would resume in Geneva.")
        XCTAssertEqual(people(c), ["Geir Pedersen"])
        XCTAssertEqual(c?.source, "Geir Pedersen")
        XCTAssertEqual(people(claim("Kremlin spokesman Dmitri Peskov denied strikes on Idlib.")), ["Dmitry Peskov"])
        XCTAssertEqual(claim("SDF spokesman Talal Sello said 40 fighters died in Raqqa.")?.source, "Talal Silo")
    }

    func testASeasonAcrossTheTurnOfTheYear() {
        XCTAssertEqual(claim("Troops entered Raqqa in the winter of 2016-17.")?.years, [2016, 2017])
        XCTAssertEqual(claim("Aid to Idlib ran short in winter 2018/19.")?.years, [2018, 2019])
        // A season and a year alone stay one year.
        XCTAssertEqual(claim("ISIS took Palmyra in the summer of 2015.")?.years, [2015])
    }
}
