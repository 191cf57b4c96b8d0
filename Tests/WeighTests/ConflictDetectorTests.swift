import XCTest
import ClaimCorpus
import ClaimExtraction
@testable import ClaimStore

final class ConflictDetectorTests: XCTestCase {
    private func fighters(_ text: String, value: Double? = nil, low: Double? = nil, high: Double? = nil,
                          qualifier: String? = nil, unit: String = "fighters", place: String? = "t:raqqa",
                          actor: String? = "t:isis") -> ExtractedFigure {
        ExtractedFigure(value: value, low: low, high: high, unit: unit, qualifier: qualifier, placeKey: place,
                        actorKey: actor, text: text)
    }

    private func figureClaim(_ text: String, year: Int = 2016, _ figure: ExtractedFigure) -> ExtractedClaim {
        claim(text, type: .estimate, places: ["t:raqqa"], actors: ["t:isis"], years: [year], figures: [figure])
    }

    // MARK: Figures

    func testFiguresThatCannotMeetAreAConflictWithBothSidesAndTheGap() {
        let s = store([
            document("a.txt", published: "2016-05-01", [
                figureClaim("Some 3,000 ISIS fighters hold Raqqa.", fighters("Some 3,000 ISIS fighters", value: 3000, qualifier: "about")),
            ]),
            document("b.txt", published: "2016-06-01", [
                claim("Nothing to see."),
                figureClaim("Raqqa is held by over 12,000 militants.", fighters("over 12,000 militants", value: 12000, qualifier: "over")),
            ]),
        ])
        let conflicts = ConflictDetector.detect(in: s)
        XCTAssertEqual(conflicts.count, 1)
        let conflict = conflicts[0]
        XCTAssertEqual(conflict.id, 1)
        XCTAssertEqual(conflict.subject, "ISIS fighters in Raqqa")
        XCTAssertEqual([conflict.claimA, conflict.claimB], [1, 3])
        XCTAssertEqual([conflict.docA, conflict.docB], [1, 2])
        XCTAssertEqual(conflict.valueA, "Some 3,000 ISIS fighters")
        XCTAssertEqual(conflict.valueB, "over 12,000 militants fighters")
        XCTAssertEqual(conflict.gap, 9000)
        XCTAssertEqual(conflict.places.map { s.name(.places, id: $0) }, ["Raqqa"])
        XCTAssertEqual(conflict.actors.map { s.name(.actors, id: $0) }, ["ISIS"])
    }

    func testQualifiersDecideWhetherFiguresMeet() {
        func conflicts(_ a: ExtractedFigure, _ b: ExtractedFigure) -> Int {
            ConflictDetector.detect(in: store([
                document("a.txt", published: "2016", [figureClaim("One figure.", a)]),
                document("b.txt", published: "2016", [figureClaim("Another figure.", b)]),
            ])).count
        }
        // "at least 1,000" is a floor that 3,000 respects.
        XCTAssertEqual(conflicts(fighters("at least 1,000", value: 1000, qualifier: "at least"), fighters("3,000", value: 3000)), 0)
        // "over 5000" does not stretch to 180,000.
        XCTAssertEqual(conflicts(fighters("over 5000", value: 5000, qualifier: "over"), fighters("180,000", value: 180_000)), 1)
        // "up to 2,000" meets 1,500; "as many as 500" does not meet 4,000 to 5,000.
        XCTAssertEqual(conflicts(fighters("up to 2,000", value: 2000, qualifier: "up to"), fighters("1,500", value: 1500)), 0)
        XCTAssertEqual(conflicts(fighters("as many as 500", value: 500, qualifier: "as many as"),
                                 fighters("4,000 to 5,000", low: 4000, high: 5000)), 1)
        // Rounded numbers a few percent apart agree.
        XCTAssertEqual(conflicts(fighters("2,000", value: 2000), fighters("2,100", value: 2100)), 0)
    }

    func testFiguresNeedTheSameUnitSubjectTimeAndDifferentDocuments() {
        let big = fighters("180,000", value: 180_000)
        let small = fighters("5,000", value: 5000)
        func count(_ documents: [ExtractedDocument]) -> Int { ConflictDetector.detect(in: store(documents)).count }
        // Another unit.
        XCTAssertEqual(count([
            document("a.txt", published: "2016", [figureClaim("A.", big)]),
            document("b.txt", published: "2016", [figureClaim("B.", fighters("5,000 civilians", value: 5000, unit: "civilians"))]),
        ]), 0)
        // Another place.
        XCTAssertEqual(count([
            document("a.txt", published: "2016", [figureClaim("A.", big)]),
            document("b.txt", published: "2016", [figureClaim("B.", fighters("5,000", value: 5000, place: "t:homs"))]),
        ]), 0)
        // Another year.
        XCTAssertEqual(count([
            document("a.txt", published: "2016", [figureClaim("A.", year: 2014, big)]),
            document("b.txt", published: "2016", [figureClaim("B.", year: 2016, small)]),
        ]), 0)
        // The same document.
        XCTAssertEqual(count([document("a.txt", published: "2016", [figureClaim("A.", big), figureClaim("B.", small)])]), 0)
        // Durations and percentages are not head counts.
        XCTAssertEqual(count([
            document("a.txt", published: "2016", [figureClaim("A.", fighters("40%", value: 40, unit: "percent"))]),
            document("b.txt", published: "2016", [figureClaim("B.", fighters("90%", value: 90, unit: "percent"))]),
        ]), 0)
        // Sanity: the same pair in two documents does conflict.
        XCTAssertEqual(count([
            document("a.txt", published: "2016", [figureClaim("A.", big)]),
            document("b.txt", published: "2016", [figureClaim("B.", small)]),
        ]), 1)
    }

    func testOneConflictPerSubjectAndPairOfDocumentsTheFurthestApart() {
        let s = store([
            document("a.txt", published: "2016", [
                figureClaim("A1.", fighters("1,000", value: 1000)),
                figureClaim("A2.", fighters("900", value: 900)),
            ]),
            document("b.txt", published: "2016", [figureClaim("B.", fighters("10,000", value: 10_000))]),
        ])
        let conflicts = ConflictDetector.detect(in: s)
        XCTAssertEqual(conflicts.count, 1)
        XCTAssertEqual(conflicts.first?.valueA, "900 fighters")
        XCTAssertEqual(conflicts.first?.gap, 9100)
    }

    // MARK: Siege lengths and start years

    /// Three documents on one siege, in words of our own: a start year, a length that agrees with it, and a
    /// length that agrees with neither. The third names the besieged city only in an earlier sentence.
    private func siegeStore() -> EntityStore {
        let startText = "Troops in Dayr az Zawr have held out since the jihadists encircled the city back in 2012."
        let fiveText = "The garrison had been besieged for 5 years by then."
        let fourText = "Fighting is fierce in Raqqa, where the published population figures are disputed and out of date, "
            + "while the men who endured a four-year siege are tired."
        return store([
            document("spring.txt", published: "2017-03-20", [
                claim(startText, type: .siege, places: ["t:dez"], actors: ["t:saa", "t:isis"], years: [2012], yearBasis: .explicit,
                      evidence: [placeEvidence("Dayr az Zawr", in: startText, name: "Deir ez-Zor")]),
            ]),
            document("autumn.txt", published: "2017-11-05", [
                claim("The siege of Deir Ezzor was lifted in September.", type: .siege, places: ["t:dez"], actors: ["t:saa"], years: [2017]),
                claim("Nobody expected it.", years: [2017]),
                claim(fiveText, type: .siege, actors: ["t:isis"], years: [2017],
                      figures: [ExtractedFigure(value: 5, unit: "years", text: "5 years")]),
            ]),
            document("october.txt", published: "2017-10-20", [
                claim("The siege of Deir Ezzor is broken.", type: .siege, places: ["t:dez"], years: [2017]),
                claim(fourText, type: .attack, places: ["t:raqqa"], actors: ["t:isis"], years: [2017],
                      figures: [ExtractedFigure(value: 4, unit: "years", placeKey: "t:raqqa", text: "four-year")],
                      evidence: [placeEvidence("Raqqa", in: fourText, name: "Raqqa")]),
            ]),
        ])
    }

    func testSiegeLengthsReconcileWithStartYearsThroughThePublicationDate() {
        let s = siegeStore()
        let conflicts = ConflictDetector.detect(in: s)
        // since 2012 (March 2017) and 5 years (November 2017) agree; four years disagrees with both.
        XCTAssertEqual(conflicts.count, 2)
        let fourYearClaim = 6
        XCTAssertTrue(conflicts.allSatisfy { $0.claimB == fourYearClaim })
        XCTAssertEqual(Set(conflicts.map(\.claimA)), [1, 4])
        XCTAssertTrue(conflicts.allSatisfy { $0.subject == "siege length of Deir ez-Zor (years)" })
        XCTAssertTrue(conflicts.allSatisfy { $0.places.map { s.name(.places, id: $0) } == ["Deir ez-Zor"] })
        let againstFive = conflicts.first { $0.claimA == 4 }!
        XCTAssertEqual(againstFive.valueA, "5 years as of 2017-11-05 (began ≈2012)")
        XCTAssertEqual(againstFive.valueB, "four-year as of 2017-10-20 (began ≈2013)")
        XCTAssertEqual(againstFive.gap, 1.0)
        XCTAssertEqual(againstFive.actors.map { s.name(.actors, id: $0) }, ["ISIS"])
        let againstStart = conflicts.first { $0.claimA == 1 }!
        XCTAssertEqual(againstStart.valueA, "began in 2012")
        XCTAssertGreaterThan(againstStart.gap ?? 0, 1)
    }

    func testALengthWrittenLaterStillAgreesWithTheSameStart() {
        // Three years in mid-2015 and five years in mid-2017 describe the same siege.
        let s = store([
            document("a.txt", published: "2015-06-01", [
                claim("Homs has been under siege for three years.", type: .siege, places: ["t:homs"], years: [2015],
                      figures: [ExtractedFigure(value: 3, unit: "years", text: "three years")]),
            ]),
            document("b.txt", published: "2017-06-01", [
                claim("Homs was besieged for 5 years.", type: .siege, places: ["t:homs"], years: [2017],
                      figures: [ExtractedFigure(value: 5, unit: "years", text: "5 years")]),
            ]),
            document("c.txt", published: "2017-07-01", [
                claim("The blockade of Homs began in 2014.", type: .siege, places: ["t:homs"], years: [2014], yearBasis: .explicit),
            ]),
        ])
        let conflicts = ConflictDetector.detect(in: s)
        // Only the start in 2014 disagrees, with both lengths (which put the start in 2012).
        XCTAssertEqual(conflicts.map { [$0.claimA, $0.claimB] }, [[1, 3], [2, 3]])
        XCTAssertEqual(conflicts.map(\.valueB), ["began in 2014", "began in 2014"])
    }

    func testMonthsAndQualifiedLengths() {
        let s = store([
            document("a.txt", published: "2016-06-15", [
                claim("The town has been under blockade for 18 months.", type: .siege, places: ["t:homs"], years: [2016],
                      figures: [ExtractedFigure(value: 18, unit: "months", text: "18 months")]),
            ]),
            document("b.txt", published: "2016-07-01", [
                claim("Homs, encircled for nearly two years, starves.", type: .siege, places: ["t:homs"], years: [2016],
                      figures: [ExtractedFigure(value: 2, unit: "years", qualifier: "nearly", text: "nearly two years")]),
            ]),
            document("c.txt", published: "2016-07-01", [
                claim("Homs has been besieged for six months.", type: .siege, places: ["t:homs"], years: [2016],
                      figures: [ExtractedFigure(value: 6, unit: "months", text: "six months")]),
            ]),
        ])
        let pairs = ConflictDetector.detect(in: s).map { [$0.claimA, $0.claimB] }
        // 18 months and "nearly two years" agree; six months disagrees with both.
        XCTAssertEqual(pairs, [[1, 3], [2, 3]])
    }

    func testDurationsWithoutASiegeWordOrAPlaceAreNotCompared() {
        let s = store([
            document("a.txt", published: "2017", [
                claim("The men did not see their families for 5 years.", places: ["t:dez"], years: [2017],
                      figures: [ExtractedFigure(value: 5, unit: "years", text: "5 years")]),
            ]),
            document("b.txt", published: "2017", [
                claim("The siege lasted one year.", type: .siege, years: [2017],
                      figures: [ExtractedFigure(value: 1, unit: "years", text: "one year")]),
                claim("The siege of Homs lasted 9 years.", type: .siege, places: ["t:homs"], years: [2017],
                      figures: [ExtractedFigure(value: 9, unit: "years", text: "9 years")]),
            ]),
        ])
        // "one year" takes Homs from the next sentence, but the first document's 5 years is no siege.
        XCTAssertEqual(ConflictDetector.detect(in: s).count, 0)
    }

    func testDetectionIsDeterministic() {
        let first = ConflictDetector.detect(in: siegeStore())
        let second = ConflictDetector.detect(in: siegeStore())
        XCTAssertEqual(first.map(\.subject), second.map(\.subject))
        XCTAssertEqual(first.map(\.claimA), second.map(\.claimA))
        XCTAssertEqual(first.count, 2)
        XCTAssertEqual(first.map(\.id), [1, 2])
    }
}

final class EventDateConflictTests: XCTestCase {
    private func taking(_ text: String, type: ClaimType = .capture, date: String, actors: [String] = ["t:sdf"],
                        basis: YearBasis = .explicit) -> ExtractedClaim {
        var c = claim(text, type: type, places: ["t:raqqa"], actors: actors, years: [CalendarDate(iso: date)!.year], yearBasis: basis)
        c.date = CalendarDate(iso: date)
        return c
    }

    func testTheSameCaptureOnDifferentDaysIsAConflict() {
        let s = store([
            document("a.txt", published: "2017-10-25", [taking("The SDF took Raqqa on 17 October.", date: "2017-10-17")]),
            document("b.txt", published: "2017-10-26", [taking("Raqqa was liberated on 20 October.", type: .liberation, date: "2017-10-20")]),
            document("c.txt", published: "2017-10-26", [taking("Raqqa fell on 18 October.", date: "2017-10-18")]),
        ])
        let conflicts = ConflictDetector.detect(in: s)
        // 17 vs 20 and 18 vs 20 disagree; 17 vs 18 is within a day.
        XCTAssertEqual(conflicts.map { [$0.claimA, $0.claimB] }, [[1, 2], [2, 3]])
        XCTAssertEqual(conflicts.first?.subject, "date of the capture of Raqqa")
        XCTAssertEqual(conflicts.first?.valueA, "2017-10-17")
        XCTAssertEqual(conflicts.first?.valueB, "2017-10-20")
        XCTAssertEqual(conflicts.first?.gap, 3)
    }

    func testOtherActorsMonthsApartMonthOnlyOrGuessedDatesAreNotCompared() {
        func count(_ other: ExtractedClaim, published: String = "2017-10-26", basis: DateBasis = .metadata) -> Int {
            var second = document("b.txt", published: published, [other])
            second.article.dateBasis = basis
            return ConflictDetector.detect(in: store([
                document("a.txt", published: "2017-10-25", [taking("The SDF took Raqqa on 17 October.", date: "2017-10-17")]),
                second,
            ])).count
        }
        XCTAssertEqual(count(taking("The army took Raqqa on 25 October.", date: "2017-10-25", actors: ["t:saa"])), 0)
        XCTAssertEqual(count(taking("Raqqa was taken on 1 March.", date: "2017-03-01")), 0)
        XCTAssertEqual(count(taking("Raqqa was taken yesterday.", date: "2017-10-25", basis: .relative), basis: .inferred), 0)
        var monthOnly = taking("Raqqa was taken in October.", date: "2017-10-20")
        monthOnly.date = CalendarDate(year: 2017, month: 10)
        XCTAssertEqual(count(monthOnly), 0)
        // Sanity: the same claim with a written date does conflict.
        XCTAssertEqual(count(taking("Raqqa was taken on 25 October.", date: "2017-10-25")), 1)
    }
}
