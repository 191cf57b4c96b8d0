import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Readings the fourteenth session's probes and blind articles lacked, tested on sentences written for these tests.
final class FourteenthSessionTests: SentenceProbeTestCase {
    func testTakingBackIsACaptureWhenAJihadistGroupDoesIt() {
        XCTAssertEqual(claim("ISIS may try to retake Tadmur within weeks, a Russian officer warned.")?.type, .capture)
        XCTAssertEqual(claim("Jabhat al-Nusra fighters regained three villages near Hama overnight.")?.type, .capture)
        XCTAssertEqual(claim("The town, recaptured by the Islamic State last winter, lies east of Homs.")?.type, .capture)
        // The state and the forces against the group liberate, even when the group is named after the verb.
        XCTAssertEqual(claim("Iraqi troops retook Rawa from ISIS on Friday.")?.type, .liberation)
        XCTAssertEqual(claim("Government forces recaptured the town, which Jabhat al-Nusra had held.")?.type, .liberation)
        // Other liberation words are not verbs of taking back.
        XCTAssertEqual(claim("ISIS freed 40 hostages near Kirkuk.")?.type, .liberation)
    }

    func testACompassHalfIsAPartOfAPlaceNotAShare() {
        let c = claim("More than 400,000 people remained in the eastern half of Aleppo, aid groups estimated.")
        XCTAssertEqual(c?.figures.map(\.unit), ["people"])
        // A half without a compass word is still a share.
        XCTAssertEqual(claim("Nearly half of Raqqa was destroyed, the UN said.")?.figures.map(\.value), [50])
    }

    func testAPresentNowDatesTheClaimBesideOtherDates() {
        XCTAssertEqual(claim("The army now controls about 60 percent of Deir Ezzor province, up from a third in 2015.")?.years,
                       [2015, 2017])
        XCTAssertEqual(claim("Turkey said its post near Sarman, set up under a 2018 deal, was now surrounded.")?.years, [2017, 2018])
        // Set off by a dash, "now" describes in passing: only the sentence's own dates count.
        XCTAssertEqual(claim("The Syrian army – now heavily reinforced by Iran – returned to Palmyra in 2016.")?.years, [2016])
        // Alone, "now" still gives the reference year.
        XCTAssertEqual(claim("Kurdish fighters now hold Tabqa.")?.years, [2017])
    }

    func testAMonthOrYearInThePossessiveStillDates() {
        XCTAssertEqual(claim("Pumps damaged during last October's offensive were repaired near Hasakah.")?.years, [2016])
        XCTAssertEqual(claim("Pumps damaged in last October\u{2019}s shelling were repaired near Hasakah.")?.years, [2016])
        XCTAssertEqual(claim("Last year's floods cut the road to Hasakah.")?.years, [2016])
        XCTAssertEqual(claim("This year's harvest near Qamishli was poor.")?.years, [2017])
    }

    func testThanExpectedLooksNoWhereAhead() {
        // Written in May: June is last year's June, since "than expected" is a comparison, not a plan.
        XCTAssertEqual(claim("Farmers near Qamishli say the harvest was smaller than expected after fires in June.")?.years, [2016])
        XCTAssertEqual(claim("Talks on Qamishli are expected to resume in June.")?.years, [2017])
    }

    func testAShareStandingAloneAfterAQualifierOrBeforeAComparative() {
        let tenth = claim("About 60,000 people fled Jalawla, and fewer than a tenth had returned by last week.")
        XCTAssertEqual(tenth?.figures.map(\.unit), ["people", "percent"])
        XCTAssertEqual(tenth?.figures.last?.value, 10)
        let third = claim("Farmers near Qamishli say the harvest was nearly a third smaller than last year.")
        XCTAssertEqual(third?.figures.first?.value ?? 0, 33.3, accuracy: 0.1)
        // An ordinal "a third" counts nothing.
        XCTAssertEqual(claim("The talks on Idlib entered a third round in Astana.")?.figures, [])
    }

    func testAnAgeIsNoFigure() {
        let c = claim("Umm Ahmed, 41, who reached Hammam al-Alil on Monday, said the walk took six hours.")
        XCTAssertEqual(c?.figures.map(\.unit), ["hours"])
        XCTAssertEqual(c?.source, "Umm Ahmed")
    }

    func testSpeakersBehindLongerClausesAndPlaceAppositives() {
        XCTAssertEqual(claim("Residents of Qabasin and Bzaa, just east of al-Bab, said most houses were damaged.")?.source,
                       "Residents of Qabasin and Bzaa")
        XCTAssertEqual(claim("Hawar news agency, which is close to the administration, reported that Hasakah had no water.")?.source,
                       "Hawar News Agency")
        XCTAssertEqual(claim("Kurdish fighters drove ISIS out of Jalula on Sunday, officials on both sides said.")?.source,
                       "officials on both sides")
        XCTAssertEqual(claim("Residents who fled to Homs and the town of Sadad last summer said they would not go back.")?.source,
                       "Residents")
        // The "who" of another verb's object speaks inside that clause, not for the sentence.
        XCTAssertEqual(claim("I have spoken to a doctor in Tabqa who says the hospitals are full.")?.source, "author")
    }

    func testSpeechInsideAClauseAboutANounInAppositionIsNotTheSentences() {
        XCTAssertEqual(claim("The militants still hold Rawa and al-Qaim, towns that US officials say serve as a corridor.")?.source,
                       "author")
        // Reported speech after a verb is still the speaker's.
        XCTAssertEqual(claim("US officials said that Rawa serves as a corridor.")?.source, "United States")
    }

    func testPlacesTheExtractsLackedAndFacilities() {
        XCTAssertEqual(places(claim("Iraqi special forces stormed the Ghazlani base after retaking Mosul's airport.")), ["Ghazlani military base", "Mosul airport"])
        XCTAssertEqual(places(claim("Troops recaptured Mosul airport on Thursday.")), ["Mosul airport"])
        XCTAssertEqual(places(claim("Families fled from Wadi Hajar towards Badush.")), ["Wadi Hajar", "Badush"])
        XCTAssertEqual(places(claim("The militants regrouped in the Himreen mountains, officials said.")), ["Hamrin Mountains"])
        XCTAssertEqual(places(claim("Aid agencies sent tents to the camps of Dibaga.")), ["Debaga"])
        let prison = claim("ISIS fighters stormed the Gweiran prison in Hasakah.")
        XCTAssertEqual(places(prison).first, "Ghwayran prison")
        XCTAssertEqual(extractor.catalog.place(forKey: prison?.placeKeys.first ?? "")?.kind, "facility")
        // The prison's name is no party's ("Ghwayran" and "Gorran" share a key).
        XCTAssertFalse(actors(prison).contains("Gorran Movement"))
        XCTAssertEqual(places(claim("Pumping stopped at the Allouk station near Ras al-Ain.")).first, "Alouk water station")
        XCTAssertEqual(places(claim("Troops entered the centre of Heet on Thursday.")), ["Hīt"])
    }

    func testTribesThatFoughtAreActors() {
        XCTAssertEqual(actors(claim("ISIS killed dozens of Albu Nimr tribesmen near Hit in 2014.")), ["Islamic State", "Albu Nimr"])
        XCTAssertEqual(actors(claim("Shaitat fighters clashed with ISIS near Abu Hamam.")).first, "Shaitat")
    }

    func testAnAynApostropheBeforeAWordKeepsTheNameWhole() {
        XCTAssertEqual(places(claim("Civilians reached a screening centre at Hammam al-'Alil on Sunday.")), ["Hammam al-Alil"])
        XCTAssertEqual(places(claim("Civilians reached Hammam al-\u{2018}Alil on Sunday.")), ["Hammam al-Alil"])
        // A quotation mark after a word and a space starts no name with it.
        XCTAssertEqual(places(claim("Officials in Mosul called it 'a disaster'.")), ["Mosul"])
    }

    func testThePeshmergaInLowerCase() {
        XCTAssertEqual(actors(claim("The peshmerga will stay in Jalawla, a commander said.")), ["Peshmerga"])
        XCTAssertEqual(actors(claim("Clashes broke out between the peshmerga and Iraqi troops near Kirkuk.")), ["Peshmerga", "Iraqi Army"])
        XCTAssertEqual(actors(claim("Baghdad will send two federal police brigades to Kirkuk.")), ["Iraqi government", "Iraqi Federal Police"])
        // "federal" alone is no actor.
        XCTAssertEqual(actors(claim("A federal court in Baghdad sentenced 40 men.")), [])
    }

    func testAYearAfterAIsNoCountAndAPerfectSinceAtTheClausesEnd() {
        let c = claim("Rebels kept the light weapons that a 2016 settlement in Daraa had allowed.")
        XCTAssertEqual(c?.years, [2016])
        XCTAssertEqual(c?.figures, [])
        XCTAssertEqual(claim("Thousands fled Kirkuk in 2015, and fewer than half have returned since.")?.years, [2015, 2016, 2017])
    }

    func testFiguresPastModifiersNamesAndPartitives() {
        let strikes = claim("Near Raqqa, 22 strikes engaged 15 ISIS tactical units and destroyed two heavy machine guns.")
        XCTAssertEqual(strikes?.figures.map(\.unit), ["strikes", "units", "guns"])
        XCTAssertEqual(claim("Near Qayyarah, three strikes destroyed seven oil storage tanks.")?.figures.map(\.unit), ["strikes", "tanks"])
        XCTAssertEqual(claim("A general proposed sending dozens of wanted men to Idlib.")?.figures.map(\.unit), ["men"])
        XCTAssertEqual(claim("Baghdad will send two more federal police brigades to Kirkuk.")?.figures.map(\.unit), ["brigades"])
        let part = claim("At least 23 civilians, seven of them children, were killed near al-Ashara.")
        XCTAssertEqual(part?.figures.map(\.unit), ["civilians", "children"])
        // A number inside a name counts nothing.
        XCTAssertEqual(claim("Deir Ezzor 24 said families fled Mayadin.")?.figures, [])
    }

    func testSpeakersAroundPublicationsAndNamesEndingInNumbers() {
        XCTAssertEqual(claim("The Syrian army's general command, in a statement carried by SANA, said it had taken Mayadin.")?.source,
                       "Syrian Army")
        let network = claim("\"Families crossed the river,\" Deir Ezzor 24, an activist network, said in a post on Telegram near Mayadin.")
        XCTAssertEqual(network?.source, "DeirEzzor 24")
        XCTAssertEqual(claim("The White Helmets, the rescue service in opposition-held areas, said 20 people died in Idlib.")?.source,
                       "White Helmets")
        XCTAssertEqual(claim("At least 40 people died near Tikrit, according to a tally kept by the Salahuddin provincial council.")?.source,
                       "Salahuddin provincial council")
    }

    func testNeighboursActAsStatesAndCapitalsAsObjectsOfParticiples() {
        let jordan = claim("Jordan shut the Jaber crossing on Friday.")
        XCTAssertEqual(actors(jordan), ["Jordan"])
        XCTAssertEqual(places(jordan), ["Nasib"])
        XCTAssertEqual(places(claim("Thousands fled to Jordan from Daraa.")), ["Jordan", "Dar‘ā"])
        let accusing = claim("Two Turkish soldiers were wounded near Saraqeb, Ankara said, accusing Damascus of breaching the deal.")
        XCTAssertTrue(actors(accusing).contains("Syrian government"))
        XCTAssertFalse(places(accusing).contains("Damascus"))
        XCTAssertEqual(places(claim("Families fled towards the border, which Ankara has kept closed, near Idlib.")), ["Idlib"])
    }

    func testPlacesAndActorsOfTheSecondBatch() {
        XCTAssertEqual(places(claim("Government forces shelled Daraa al-Balad on Thursday.")), ["Daraa al-Balad"])
        XCTAssertEqual(places(claim("Troops failed to storm Kabani in Jabal al-Akrad.")), ["Kabani", "Jabal al-Akrad"])
        XCTAssertEqual(places(claim("Shells struck the Turkish post at Shir Mughar.")), ["Shir Mughar"])
        XCTAssertEqual(places(claim("ISIS cells attacked convoys in the Syrian Badia.")), ["Syrian Desert"])
        XCTAssertEqual(actors(claim("ISIS cells attacked convoys in the Syrian Badia.")), ["Islamic State"])
        XCTAssertEqual(places(claim("Kurdish families left Duz Khurmatu in 2017.")), ["Ţūz Khūrmātū"])
        XCTAssertEqual(places(claim("The Salahuddin provincial council met in Tikrit.")), ["Salah ad-Din Governorate", "Tikrīt"])
        XCTAssertEqual(actors(claim("Fighters of the National Front for Liberation retook Kafr Nabuda.")), ["National Front for Liberation"])
        XCTAssertEqual(actors(claim("The White Flags attacked a checkpoint near Tuz Khurmatu.")), ["White Flags"])
    }

    func testASpeechVerbInAClauseAboutTheNounBeforeItsSubjectIsNotTheSentences() {
        XCTAssertEqual(claim("The attacks the group claimed near Palmyra rose to 40 a month.")?.source, "author")
        XCTAssertEqual(claim("Kirkuk is an area the US-led coalition estimates holds up to 3,000 fighters.")?.source, "author")
        // Time before the subject is no noun the clause is about.
        XCTAssertEqual(claim("Late last month the SDF announced it had taken Tabqa.")?.source, "Syrian Democratic Forces")
    }

    func testOnePluralFeatureNounAfterTwoNamesNamesAFeatureForEach() {
        XCTAssertEqual(places(claim("Moscow says the M4 and M5 highways must reopen.")), ["M4 highway", "M5 highway"])
        XCTAssertEqual(places(claim("The SDF holds the Tishrin and Tabqa dams.")), ["Tishrin Dam", "Tabqa Dam"])
        XCTAssertEqual(places(claim("The SDF took the al-Omar and Tanak oil fields in 2017.")), ["Al-Omar oil field", "Al-Tanak oil field"])
        // Without a feature of that name for each, the names stay what they are.
        XCTAssertEqual(places(claim("Troops entered Raqqa and Tabqa towns on Monday.")), ["Ar Raqqah", "Al-Tabqa"])
    }

    func testARateCountsThePluralNounItsClauseNamedBefore() {
        let c = claim("The attacks claimed near Palmyra rose from about 15 a month in 2019 to between 40 and 60 a month.")
        XCTAssertEqual(c?.figures.map(\.unit), ["attacks", "attacks"])
        // A rate after its own noun keeps it.
        XCTAssertEqual(claim("The hospital near Mosul received 80 wounded patients a day.")?.figures.map(\.unit), ["patients"])
    }

    func testAPlaceBetweenAGivenNameAndASurnameIsAMiddleName() {
        XCTAssertEqual(places(claim("A Kurdish lawmaker, Karwan Hama Amin, said families would not come back to Kirkuk.")), ["Kirkuk"])
        // A place between capitalised words of a headline, or before a kind of place, stays a place.
        XCTAssertEqual(places(claim("Syrian Army Retakes Hama Airport From Rebels")).isEmpty, false)
        XCTAssertEqual(places(claim("Rebels shelled the Damascus Aleppo highway near Hama.")).contains("Ḩamāh"), true)
    }

    func testTheThirdBatchsReadings() {
        XCTAssertEqual(claim("Maamoun Abdulkarim, Syria's director of antiquities and museums, said the temples in Palmyra stood.")?.source,
                       "Maamoun Abdulkarim")
        let rukban = claim("Nearly half of the residents of Rukban are under 18, according to a UNICEF assessment.")
        XCTAssertEqual(rukban?.figures.map(\.unit), ["percent"])
        XCTAssertEqual(claim("A strike by three explosive-laden drones hit Ain al-Asad.")?.figures.map(\.unit), ["drones"])
        XCTAssertEqual(claim("Air defences intercepted two of the rockets over Ain al-Asad.")?.figures.map(\.unit), ["rockets"])
        XCTAssertEqual(places(claim("A drone hit Erbil airport on Tuesday.")), ["Erbil International Airport"])
        XCTAssertEqual(places(claim("Troops cleared the hills above Ras Baalbeck and al-Qaa.")), ["Ras Baalbek", "Al-Qaa"])
        XCTAssertEqual(actors(claim("The Islamic Resistance in Iraq claimed the attack on Erbil.")), ["Islamic Resistance in Iraq"])
        XCTAssertEqual(actors(claim("The Syrian Arab Red Crescent sent 133 trucks to Rukban.")), ["Syrian Arab Red Crescent"])
    }

    func testARoleThenANameInCommasSpeaksThroughTheName() {
        XCTAssertEqual(claim("Hezbollah's leader, Hassan Nasrallah, defended the deal, saying it freed soldiers held in Arsal.")?.source,
                       "Hassan Nasrallah")
        XCTAssertEqual(claim("Iraq's prime minister, Haider al-Abadi, called the transfer an insult and said Baghdad was not consulted.")?.source,
                       "Haider al-Abadi")
    }
}
