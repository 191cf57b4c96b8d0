import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Readings the sixteenth session's blind articles and the fifteenth's leftovers lacked, tested on sentences written
/// for these tests.
final class SixteenthSessionTests: SentenceProbeTestCase {
    func testAYearBefore1900AfterATimePrepositionIsAYear() {
        let tower = claim("The tower, finished in 1190 and restored twice, was blown up in Aleppo.")
        XCTAssertEqual(tower?.years, [1190])
        XCTAssertEqual(tower?.figures.count, 0)
        XCTAssertEqual(claim("The Ottomans held Mosul until 1918, and the militants held it until 2017.")?.years, [1918, 2017])
        XCTAssertEqual(claim("In 1258 the Mongols sacked Baghdad, a story the militants told in 2014.")?.years, [1258, 2014])
        // A count stays a count: a noun after it, a range, or no time preposition before it.
        let homes = claim("The militants seized 1500 homes in Hit in 1200 raids.")
        XCTAssertEqual(homes?.years, [2017])
        XCTAssertEqual(homes?.figures.map(\.unit), ["homes", "raids"])
        XCTAssertEqual(claim("Aid reached families in 1200 to 1300 tents near Raqqa.")?.years, [2017])
        // "since" is no time preposition for these years: the span would list every year since.
        XCTAssertFalse(claim("The citadel has stood in Aleppo since 1230, officials said.")?.years.contains(1230) ?? true)
    }

    func testASpeakerOpeningWithARoleOrAnAppositiveSpeaksThroughACoordinatedVerb() {
        XCTAssertEqual(claim("Parliament speaker Salim al-Jubouri visited Baquba on Tuesday and said the militias must leave.")?.source,
                       "Salim al-Jabouri")
        XCTAssertEqual(claim("Salim al-Jubouri, a Sunni lawmaker from Diyala, toured the market on Monday and told reporters the army would stay.")?.source,
                       "Salim al-Jabouri")
        XCTAssertEqual(claim("Iraqi Prime Minister Haider al-Abadi flew to Mosul on Sunday and said the battle was over.")?.source,
                       "Haider al-Abadi")
        // A role phrase must end with a role.
        XCTAssertEqual(claim("Residents of Mosul Haider al-Abadi met on Sunday cheered and said the war was over.")?.source, "author")
    }

    func testACapitalStirredOrGivingOrOwningAnActorIsItsGovernment() {
        let angered = claim("The capture of the airbase angered Ankara.")
        XCTAssertEqual(actors(angered), ["Turkey"])
        XCTAssertEqual(places(angered), [])
        XCTAssertEqual(actors(claim("The vote alarmed Baghdad and Tehran, which had both warned against it.")), ["Iraqi government", "Iran"])
        // Its people, not the state: a noun after the capital.
        XCTAssertEqual(places(claim("The shelling alarmed Baghdad residents, who fled east.")), ["Baghdad"])
        let help = claim("The Kurds will not push on to Raqqa without more help from Washington.")
        XCTAssertTrue(actors(help).contains("United States"))
        XCTAssertFalse(places(help).contains("Washington"))
        // Where something comes from is a place.
        XCTAssertEqual(places(claim("Refugees from Damascus arrived in Gaziantep.")), ["Damascus", "Gaziantep"])
        let owned = claim("Iraq's Popular Mobilisation Forces said they had retaken the town.")
        XCTAssertEqual(actors(owned), ["Iraq", "Popular Mobilization Units"])
        XCTAssertEqual(places(owned), [])
        XCTAssertTrue(actors(claim("Davutoglu said Ankara would tighten security along the border.")).contains("Turkey"))
        XCTAssertTrue(actors(claim("The opposition accused the government in Ankara of failing the volunteers.")).contains("Turkey"))
    }

    func testAChangeFromOneAmountToAnotherIsTwoFiguresOfTheTollsUnit() {
        let toll = claim("The death toll from Monday's bombing in the border town of Suruc, in Sanliurfa province, rose from 30 to 32 on Tuesday.")
        XCTAssertEqual(toll?.figures.map(\.unit), ["dead", "dead"])
        XCTAssertEqual(toll?.figures.map(\.value), [30, 32])
        XCTAssertEqual(places(toll), ["Suruç", "Şanlıurfa Province"])
        // A range stays a range.
        let range = claim("Estimates of the group's strength range from 8,000 to 11,000 fighters.")
        XCTAssertEqual(range?.figures.first?.low, 8000)
        XCTAssertEqual(range?.figures.first?.high, 11000)
    }

    func testLastSummerWhileSummerLastsIsTheSummerBefore() {
        // The probe articles are published on 9 May 2017: spring is under way, summer has not begun.
        XCTAssertEqual(claim("The militants first threatened Hasakah last spring.")?.years, [2016])
        XCTAssertEqual(claim("The militants first threatened Hasakah last summer.")?.years, [2016])
        XCTAssertEqual(claim("The militants first threatened Hasakah last winter.")?.years, [2016])
    }

    func testAnAliasAppositiveOrAClauseOpeningWithAPrepositionLeavesTheSpeaker() {
        XCTAssertEqual(claim("The Islamic State group, also known as ISIL or Daesh, claimed the attack in a statement posted online, saying a suicide bomber had struck.")?.source,
                       "Islamic State")
        let alliance = claims([
            "The Syrian Democratic Forces pushed south with US-led coalition air support on Tuesday.",
            "The alliance, in which the Kurdish YPG militia is the dominant force, said it had seized 137 villages.",
        ])
        XCTAssertEqual(alliance.last?.source, "Syrian Democratic Forces")
    }

    func testANationalityBeforeStateTelevisionIsTheOutletsNotTheStates() {
        let tv = claim("Gunmen killed 25 people in Ahvaz, Iranian state television reported.")
        XCTAssertEqual(actors(tv), [])
        XCTAssertEqual(tv?.source, "Iranian state television")
        XCTAssertEqual(actors(claim("Turkish state-run media said the border was closed near Kilis.")), [])
        // A state that acts keeps its demonym.
        XCTAssertEqual(actors(claim("Iranian state forces shelled the border near Penjwen.")), ["Iran"])
    }

    func testAParticipleOfSpeechAfterACommaTakesTheOpeningSubject() {
        XCTAssertEqual(claim("Supreme Leader Ayatollah Ali Khamenei played down the violence on Thursday, telling students the attacks would not weaken Iran.")?.source,
                       "Ali Khamenei")
        XCTAssertEqual(claim("Haider al-Abadi visited Mosul on Sunday, adding that the army would stay.")?.source, "Haider al-Abadi")
        // Not without the comma.
        XCTAssertEqual(claim("Residents kept telling reporters in Mosul that the army would stay.")?.source, "author")
    }

    func testSecondsAndANameBetweenAModifierAndItsCountedNoun() {
        XCTAssertEqual(claim("The group posted a 24-second video from Raqqa.")?.figures.map(\.unit), ["seconds"])
        let affiliates = claim("Officials said 785 foreign Islamic State affiliates escaped from the camp at Ain Issa.")
        XCTAssertEqual(affiliates?.figures.map(\.unit), ["affiliates"])
        XCTAssertEqual(affiliates?.figures.first?.value, 785)
        // A name after the number itself, as before.
        XCTAssertEqual(claim("Jets struck 15 ISIS tactical units near Raqqa.")?.figures.map(\.unit), ["units"])
    }

    func testACountryOwningItsPeopleOrLandOrLocatedByAnotherNameIsThePlace() {
        let minority = claim("Ahvaz is home to much of Iran's Arab minority.")
        XCTAssertEqual(places(minority), ["Ahvaz", "Iran"])
        XCTAssertEqual(actors(minority), [])
        XCTAssertEqual(places(claim("Shells landed on Turkey's southern border near Kilis.")), ["Turkey", "Kilis"])
        // Its offices, its forces and nouns after the place noun stay the state's.
        XCTAssertEqual(actors(claim("Iraq's interior ministry said the truck came from Diyala.")), ["Iraq"])
        XCTAssertEqual(actors(claim("Iran's Revolutionary Guards said the gunmen were dead.")), ["Iran", "Islamic Revolutionary Guard Corps"])
        XCTAssertEqual(actors(claim("Turkey's border guards shot two men near Kilis.")), ["Turkey"])
        let republic = claim("It was the first assault claimed inside the Islamic Republic, officials said.")
        XCTAssertEqual(places(republic), ["Iran"])
        XCTAssertEqual(actors(republic), [])
        // A state's name before a noun, or a demonym, is no place.
        XCTAssertEqual(places(claim("Mortar rounds landed near the US embassy in Baghdad.")), ["Baghdad"])
        XCTAssertEqual(places(claim("Shells fell in Iranian territory near Penjwen.")).contains("Iran"), false)
    }

    func testAnOfficeNamedByItsHolderIsASourceOfItsOwn() {
        let two = claims([
            "Rockets hit Kilis on Monday, local officials said.",
            "More than 20 people have been killed in Kilis since January, according to the governor's office.",
        ])
        XCTAssertEqual(two.last?.source.hasSuffix("governor's office"), true)
        // A bare description still refers back.
        let back = claims([
            "Rockets hit Kilis on Monday, the Turkish foreign ministry said.",
            "More than 20 people have been killed in Kilis since January, according to the ministry.",
        ])
        XCTAssertEqual(back.last?.source, back.first?.source)
    }

    func testSpeechInsideARelativeClauseAboutANounIsTheWriters() {
        XCTAssertEqual(claim("It was the first bombing since a wave of attacks that jihadist groups said was revenge for the war in Syria.")?.source,
                       "author")
        XCTAssertEqual(claim("Near Makhmur lies a camp of 12,000 refugees from Turkey, which Ankara says harbours PKK militants.")?.source,
                       "author")
        XCTAssertEqual(claim("The coalition struck Qarachogh in September in a wave of raids that it said killed 25 militants.")?.source,
                       "author")
        // A speaker after "that" opening what is said still speaks; so does the clause's own subject.
        XCTAssertEqual(claim("Officials said that the militants had left Makhmur.")?.source, "Officials")
        XCTAssertEqual(claim("The Observatory said the militants had left Makhmur.")?.source, "Syrian Observatory for Human Rights")
    }

    func testAStateOwningAnOfficeNamedInSeveralWordsActsThroughIt() {
        let health = claim("Lebanon's health ministry put the death toll at 43 on Friday.")
        XCTAssertEqual(actors(health), ["Lebanon"])
        XCTAssertEqual(places(health), [])
        XCTAssertEqual(actors(claim("Five fighters were killed near Tarmiyah, Iraq's Security Media Cell said.")), ["Iraq"])
        // A possessive before a place noun is still the country.
        XCTAssertEqual(places(claim("Iraq's second-largest city fell in June.")), ["Iraq"])
    }

    func testCapitalsBeforeAnAppositiveActThroughTheVerbAfterIt() {
        let allies = claim("Damascus and Tehran, Hezbollah's main allies, condemned the attack in Beirut.")
        XCTAssertEqual(actors(allies), ["Syrian government", "Iran", "Hezbollah"])
        XCTAssertEqual(places(allies), ["Beirut"])
        XCTAssertEqual(actors(claim("Territory claimed by both Baghdad and the Kurdistan Regional Government lies south of Erbil.")),
                       ["Iraqi government", "Kurdistan Regional Government"])
        XCTAssertTrue(actors(claim("The town has been a hideout since Iraq declared victory over the group in December 2017.")).contains("Iraq"))
        // A city before an appositive that no state verb follows stays the city.
        XCTAssertEqual(places(claim("Damascus, the capital, was shelled on Monday.")), ["Damascus"])
    }

    func testAnAgeIsNoFigure() {
        let young = claim("More than half of the victims were children, and 22 of the victims were younger than 14, doctors in Gaziantep said.")
        XCTAssertEqual(young?.figures.map(\.unit), ["percent", "victims"])
        XCTAssertEqual(claim("The governor said the bomber in Gaziantep was aged between 12 and 14.")?.figures.count, 0)
    }

    func testALongSpeakerPhraseHeadedBeforeOfKeepsItsHead() {
        XCTAssertEqual(claim("The attackers struck from the palm groves by the Tigris, a commander of the Hashd al-Shaabi in the area told reporters by telephone.")?.source,
                       "Popular Mobilization Units")
        let york = claims([
            "Human Rights Watch said the prisoners were shot at a ravine near Badush.",
            "The New York-based group said it had interviewed 15 survivors of the killings.",
        ])
        XCTAssertEqual(york.last?.source, "Human Rights Watch")
    }

    func testYearsLaterOrEarlierCountFromTheYearBeforeThem() {
        XCTAssertEqual(claim("The Hashd, formed in 2014 to fight the militants, was folded into the state forces two years later.")?.years,
                       [2014, 2016])
        XCTAssertEqual(claim("The dam was finished in 1986, and its first cracks appeared three years earlier than feared.")?.years.contains(1983), true)
        // Days later add no year, and no year before them means no anchor.
        XCTAssertEqual(claim("The town fell in 2015 and was retaken two days later.")?.years, [2015])
        XCTAssertEqual(claim("The militants came back to Raqqa two years later.")?.years, [2017])
        // A "since" clause reaches a month sixteen words on.
        XCTAssertEqual(claim("The blast was the deadliest in Turkey since twin suicide bombings killed more than 100 people at a peace rally in Ankara last October.")?.years,
                       [2016, 2017])
    }
}
