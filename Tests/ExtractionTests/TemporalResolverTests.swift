import XCTest
import ClaimCorpus
@testable import ClaimExtraction

final class TemporalResolverTests: XCTestCase {
    let resolver = TemporalResolver()
    let reference = CalendarDate(year: 2019, month: 4, day: 10)

    private func resolve(_ text: String, _ reference: CalendarDate? = CalendarDate(year: 2019, month: 4, day: 10)) -> TemporalResult {
        resolver.resolve(text, reference: reference)
    }

    func testExplicitYearAndNumbersThatAreNotYears() {
        let r = resolve("The 2014 offensive brought 2,000 fighters and 1,500 more to the front.")
        XCTAssertEqual(r.years, [2014])
        XCTAssertEqual(r.yearBasis, .explicit)
        XCTAssertEqual(resolve("Some 2000 fighters crossed the river.").years, [2019], "a count is not a year")
        XCTAssertEqual(resolve("Some 2000 fighters crossed the river.").yearBasis, .publication)
        XCTAssertEqual(resolve("Resistance ends in 2101.").yearBasis, .publication)
        // A year before 1900 is read after a time preposition ("in 1899"), not bare.
        XCTAssertEqual(resolve("Resistance ended in 1899.").years, [1899])
        XCTAssertEqual(resolve("Some 1899 fighters crossed the river.").yearBasis, .publication)
        // A participle after a year in a time phrase is the verb, not the counted noun.
        XCTAssertEqual(resolve("Fighting in the first quarter of 2017 displaced 60,000 people.").years, [2017])
        XCTAssertEqual(resolve("Shelling in 2016 killed hundreds in the old city.").years, [2016])
        XCTAssertEqual(resolve("A total of 2000 displaced people reached the camp.").yearBasis, .publication)
        XCTAssertEqual(resolve("Some 2000 killed were buried near the river.").yearBasis, .publication)
    }

    /// "the previous week", "the end of the year", "the start of last year" resolve against the reference.
    func testPreviousAndPartsOfTheReferenceYear() {
        XCTAssertEqual(resolve("The previous week, troops entered the town.").date, CalendarDate(year: 2019, month: 4))
        XCTAssertEqual(resolve("The previous week, troops entered the town.").yearBasis, .relative)
        XCTAssertEqual(resolve("In the previous year the town fell.").years, [2018])
        XCTAssertEqual(resolve("They expect to take the town by the end of the year.").years, [2019])
        XCTAssertEqual(resolve("At the start of last year the town fell.").years, [2018])
        XCTAssertEqual(resolve("At the end of next year the troops leave.").years, [2020])
        XCTAssertEqual(resolve("The previous government fled.").yearBasis, .publication)
        XCTAssertEqual(resolve("At the end of the day the town fell.").yearBasis, .publication)
    }

    func testYearRanges() {
        XCTAssertEqual(resolve("Its territory peaked in 2013-2015.").years, [2013, 2014, 2015])
        XCTAssertEqual(resolve("Its territory peaked in 2013–15.").years, [2013, 2014, 2015])
        XCTAssertEqual(resolve("The rebels held the valley from 2012 to 2016.").years, [2012, 2013, 2014, 2015, 2016])
        XCTAssertEqual(resolve("Clashes flared in 2015 and 2018.").years, [2015, 2018])
        let since = resolve("The town has been besieged since 2016.")
        XCTAssertEqual(since.years, [2016, 2017, 2018, 2019])
        XCTAssertEqual(since.year, 2019, "a span stands for its latest year")
    }

    func testFullDates() {
        let a = resolve("Reports on 12 March 2018 said the bridge was cut.")
        XCTAssertEqual(a.date, CalendarDate(year: 2018, month: 3, day: 12))
        XCTAssertEqual(a.years, [2018])
        XCTAssertEqual(resolve("On February 7, 2016, the siege was lifted.").date, CalendarDate(year: 2016, month: 2, day: 7))
        XCTAssertEqual(resolve("It was written on the 21st of June 2015.").date, CalendarDate(year: 2015, month: 6, day: 21))
        XCTAssertEqual(resolve("The town fell in August 2014.").date, CalendarDate(year: 2014, month: 8))
        XCTAssertEqual(resolve("Troops arrived in mid-2015.").years, [2015])
        XCTAssertEqual(resolve("Troops arrived in the summer of 2013.").years, [2013])
    }

    func testAbbreviatedMonthsAndMonthSpans() {
        XCTAssertEqual(resolve("On Oct. 14, 2016 the army entered the town.").date, CalendarDate(year: 2016, month: 10, day: 14))
        XCTAssertEqual(resolve("By Sept. 3 the siege was lifted.").date, CalendarDate(year: 2018, month: 9, day: 3))
        XCTAssertEqual(resolve("The siege lasted from September 2014 until May 2017.").years, [2014, 2015, 2016, 2017])
        XCTAssertTrue(FigureExtractor().extract(from: "On Oct. 14, 2016 the army entered the town.").isEmpty)
    }

    func testMostSpecificExpressionIsPrimary() {
        let r = resolve("Held since 2012, the airport was retaken on 5 May 2016.")
        XCTAssertEqual(r.year, 2016)
        XCTAssertEqual(r.date, CalendarDate(year: 2016, month: 5, day: 5))
        XCTAssertEqual(r.years, [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019])
    }

    func testMonthWithoutYearTakesReferenceOrPreviousYear() {
        let earlier = resolve("The dam was seized in early February.")
        XCTAssertEqual(earlier.date, CalendarDate(year: 2019, month: 2))
        XCTAssertEqual(earlier.yearBasis, .relative)
        XCTAssertEqual(resolve("The dam was seized in late October.").date, CalendarDate(year: 2018, month: 10))
        XCTAssertEqual(resolve("In January this year the front collapsed.").date, CalendarDate(year: 2019, month: 1))
        XCTAssertEqual(resolve("Officials may meet again.").yearBasis, .publication, "the modal 'may' is not a month")
    }

    func testRelativeExpressions() {
        XCTAssertEqual(resolve("Late last month the militia withdrew.").date, CalendarDate(year: 2019, month: 3))
        XCTAssertEqual(resolve("Earlier this month the militia withdrew.").date, CalendarDate(year: 2019, month: 4))
        XCTAssertEqual(resolve("Yesterday the militia withdrew.").date, CalendarDate(year: 2019, month: 4, day: 9))
        XCTAssertEqual(resolve("The militia withdrew last night.").date, CalendarDate(year: 2019, month: 4, day: 9))
        XCTAssertEqual(resolve("Fighting stopped overnight.").date, reference)
        XCTAssertEqual(resolve("The base falls today.").date, reference)
        XCTAssertEqual(resolve("Last year the base fell.").years, [2018])
        XCTAssertEqual(resolve("Next year the base will reopen.").years, [2020])
        XCTAssertEqual(resolve("Two years ago the base fell.").years, [2017])
        XCTAssertEqual(resolve("Over a year ago the base fell.").years, [2018])
        XCTAssertEqual(resolve("Five years back, the city was cut off.").years, [2014])
        XCTAssertEqual(resolve("Starting five years back the city was cut off.").years, [2014, 2015, 2016, 2017, 2018, 2019],
                       "'starting' makes a span to the reference")
        XCTAssertEqual(resolve("The town has been besieged since it was first encircled back in 2016.").years, [2016, 2017, 2018, 2019])
        XCTAssertEqual(resolve("Six months ago the base fell.").date, CalendarDate(year: 2018, month: 10))
        let last = resolve("Last year the base fell.")
        XCTAssertEqual(last.yearBasis, .relative)
        XCTAssertEqual(last.expressions.first?.text, "Last year")
    }

    func testDurationsEndAtTheReference() {
        XCTAssertEqual(resolve("The garrison held out for five years.").years, [2014, 2015, 2016, 2017, 2018, 2019])
        XCTAssertEqual(resolve("The garrison held out for nearly 3 years.").years, [2016, 2017, 2018, 2019])
        XCTAssertEqual(resolve("Over the past two years the town changed hands.").years, [2017, 2018, 2019])
    }

    func testVagueExpressionsGiveTheReferenceYear() {
        let r = resolve("The convoy has recently reached the town.")
        XCTAssertEqual(r.years, [2019])
        XCTAssertEqual(r.yearBasis, .relative)
        XCTAssertNil(r.date)
        XCTAssertEqual(resolve("Over the last few days the town emptied.").years, [2019])
    }

    func testSeasonsDecadesAndPeriods() {
        XCTAssertEqual(resolve("Aid convoys stopped in the 1990s.").years, Array(1990...1999))
        XCTAssertEqual(resolve("The lake froze in winter.").years, [2018], "the latest winter began in December 2018")
        XCTAssertEqual(resolve("The town has been held since early 2016.").years, [2016, 2017, 2018, 2019])
        XCTAssertEqual(resolve("Last summer the dam was repaired.").years, [2018])
        XCTAssertEqual(resolve("Militias grew in the last years.").years, [2019], "a plural unit without a number is vague")
        XCTAssertEqual(resolve("The talks resumed now, in 2016.").years, [2016], "vague words add nothing to a dated sentence")
    }

    func testWeekdayBeforeReference() {
        // 10 April 2019 was a Wednesday.
        XCTAssertEqual(resolve("The talks collapsed on Monday.").date, CalendarDate(year: 2019, month: 4, day: 8))
        XCTAssertEqual(resolve("The minister ordered the advance late Sunday.").date, CalendarDate(year: 2019, month: 4, day: 7))
        XCTAssertEqual(resolve("Shelling resumed early Tuesday near the dam.").date, CalendarDate(year: 2019, month: 4, day: 9))
        XCTAssertEqual(resolve("Jets struck the bridge Monday night.").date, CalendarDate(year: 2019, month: 4, day: 8))
        // A weekday with no lead word is too often part of a name ("the Sunday Times").
        XCTAssertNil(resolve("The Sunday Times ran the story.").date)
    }

    func testNoReferenceLeavesRelativeUnresolved() {
        let r = resolve("Last year the base fell, and in 2016 it was retaken.", nil)
        XCTAssertEqual(r.years, [2016])
        XCTAssertEqual(resolve("Last year the base fell.", nil).years, [])
    }

    func testDeadlineAheadTakesTheNextDate() {
        // Written 10 April 2019: a deadline the sentence looks forward to is still to come.
        XCTAssertEqual(resolve("Fighters must leave the town by 20 May, the governor said.").date, CalendarDate(year: 2019, month: 5, day: 20))
        XCTAssertEqual(resolve("The convoy will stay until June 3, officials said.").date, CalendarDate(year: 2019, month: 6, day: 3))
        XCTAssertEqual(resolve("The checkpoints should be removed by October.").date, CalendarDate(year: 2019, month: 10))
        XCTAssertEqual(resolve("Aid is due to arrive before 2 February.").date, CalendarDate(year: 2020, month: 2, day: 2))
        // Without a look ahead, or without a deadline word, the date is the last one.
        XCTAssertEqual(resolve("The fighters had left the town by 20 May.").date, CalendarDate(year: 2018, month: 5, day: 20))
        XCTAssertEqual(resolve("Officials said the road will reopen, as it did on 20 May.").date, CalendarDate(year: 2018, month: 5, day: 20))
    }
}

final class ComparisonAsideTests: XCTestCase {
    func testAComparisonsDateIsNotTheClaims() {
        let resolver = TemporalResolver()
        let reference = CalendarDate(year: 2019, month: 5, day: 2)
        let result = resolver.resolve("A last stand in Hajin will follow – rather like the siege of Stalingrad in 1942 – within weeks.",
                                      reference: reference)
        XCTAssertFalse(result.years.contains(1942), "\(result.years)")
        let plain = resolver.resolve("The siege of Stalingrad ended in 1943.", reference: reference)
        XCTAssertEqual(plain.years, [1943])
        let analogy = resolver.resolve("Fighting in Hajin in March 2019 was much like Mosul in 2017, officials said.", reference: reference)
        XCTAssertTrue(analogy.years.contains(2019))
        XCTAssertFalse(analogy.years.contains(2017), "\(analogy.years)")
        let related = resolver.resolve("They might take the town, similar to what occurred last month in Raqqa.", reference: reference)
        XCTAssertEqual(related.date, CalendarDate(year: 2019, month: 4), "a related event keeps its date")
    }

    /// The byte-level pre-check must not hide a marker in capitals or in text with non-ASCII letters.
    func testMarkersInCapitalsAndBesideNonASCIIText() {
        let shouted = "FIGHTING IN HAJIN WAS MUCH LIKE MOSUL IN 2017, OFFICIALS SAID."
        XCTAssertEqual(ComparisonAside.ranges(in: shouted).count, 1)
        let accented = "Fighting near Dayr az Zawr – Rather Like Grozny in 2000 – was fierce, said Müller."
        let ranges = ComparisonAside.ranges(in: accented)
        XCTAssertEqual(ranges.count, 1)
        let characters = Array(accented)
        XCTAssertEqual(String(characters[ranges[0]]), "Rather Like Grozny in 2000 ")
        XCTAssertEqual(ComparisonAside.ranges(in: "Much the same happened in Mosul in 2017, said Müller."), [])
        // The Kelvin sign lowercases to "k".
        XCTAssertEqual(ComparisonAside.ranges(in: "WAS MUCH LI\u{212A}E MOSUL IN 2017, SAID MÜLLER.").count, 1)
    }

    func testMarkerPrefilterAgreesWithALowercaseSearch() {
        let texts = ["", "It fell, rather like Berlin in 1945.", "RATHER LIKE", "Much Like", "not unlike", "NOT UNLI", "just li",
                     "reminiscent of", "In The Manner Of", "rather  like", "ratherlike", "mucH lIke Grozny", "Not Unlikely", "much",
                     "\u{212A}", "JUST LİKE", "rather-like"]
        for text in texts {
            let bytes = Array(text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let expected = ComparisonAside.markerLeads.contains { lead in
                bytes.count >= lead.count && (0...(bytes.count - lead.count)).contains { Array(bytes[$0..<($0 + lead.count)]) == lead }
            }
            XCTAssertEqual(ComparisonAside.mayContainMarker(text), expected, text)
        }
    }
}
