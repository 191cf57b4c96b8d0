import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// The per-sentence grammar steps rewritten to read in place give what the plain versions they replaced give, on
/// text written to be awkward: Unicode, CR LF, combining marks, curly apostrophes, digits glued to letters, Arabic
/// script, emoji.
final class GrammarLoopEquivalenceTests: XCTestCase {
    static let hostileSentences = [
        "The Britain-based monitor said 40 fighters were killed.",
        "the observatory reported that 12 civilians died",
        "The London-based Syrian Observatory said the group had withdrawn.",
        "The agency\r\nsaid the town fell to the army on 3 May.",
        "The e\u{301}lite monitor, the agency and the ministry said so.",
        "The group’s spokesman said 10km of road was cleared.",
        "The 3rd brigade said the monitor in دير الزور was shelled.",
        "The 🛰️ monitor said the 2nd attack came at dawn.",
        "THE MONITOR said The Agency had left.",
        "the",
        "",
        "The group - the monitor - said nothing.",
    ]

    /// The former test: the tokens whose characters lie inside the range, gathered into an array first.
    private func referenceIsDefiniteDescription(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        let inside = sentence.tokens.filter { $0.start >= range.lowerBound && $0.end <= range.upperBound }
        guard let first = inside.first, first.lower == "the", let head = inside.last, head.kind == .word,
              !head.isCapitalized, head.classes.contains(.sourceNoun), !head.lower.hasSuffix("s") else { return false }
        for (k, t) in inside.enumerated().dropFirst() where t.isCapitalized {
            guard k + 1 < inside.count, inside[k + 1].lower == "-" else { return false }
        }
        return true
    }

    func testDefiniteDescriptionMatchesTheArrayVersionOnEveryRange() {
        var positives = 0
        for text in Self.hostileSentences {
            let sentence = TokenizedSentence(text)
            // Every range of character offsets, token-aligned or not, and some past the end.
            for lower in 0...(sentence.count + 1) {
                for upper in lower...(sentence.count + 2) {
                    let expected = referenceIsDefiniteDescription(lower..<upper, in: sentence)
                    XCTAssertEqual(AttributionScanner.isDefiniteDescription(lower..<upper, in: sentence), expected,
                                   "\(text.debugDescription) \(lower)..<\(upper)")
                    if expected { positives += 1 }
                }
            }
        }
        XCTAssertGreaterThan(positives, 0, "some ranges are definite descriptions")
    }

    private func expression(_ years: [Int], _ specificity: TimeExpression.Specificity, at token: Int) -> TimeExpression {
        TimeExpression(text: "x", range: token..<(token + 1), rule: "test", years: years,
                       date: years.count == 1 && specificity != .vague && specificity != .span ? CalendarDate(year: years[0]) : nil,
                       basis: .explicit, specificity: specificity, tokens: token..<(token + 1))
    }

    /// The former union: every counted expression's years appended, sorted, repeats dropped.
    private func referenceYears(_ expressions: [TimeExpression]) -> [Int] {
        let anyDated = expressions.contains { $0.specificity != .vague }
        let years = expressions.filter { !anyDated || $0.specificity != .vague }.flatMap(\.years)
        return Array(Set(years)).sorted()
    }

    func testYearsOfASentenceAreTheSortedUnionWhetherOrNotOneExpressionCounts() {
        let cases: [[TimeExpression]] = [
            [expression([2016], .year, at: 0)],
            [expression([2014, 2015, 2016], .span, at: 0)],
            // One expression whose years are out of order or repeated: sorted and made unique, not shared as they are.
            [expression([2017, 2015], .span, at: 0)],
            [expression([2015, 2015, 2016], .span, at: 0)],
            [expression([2019], .vague, at: 0), expression([2012, 2013], .span, at: 2)],
            [expression([2019], .vague, at: 0), expression([2019], .vague, at: 3)],
            [expression([2018], .year, at: 0), expression([2016, 2017, 2018], .span, at: 2), expression([2019], .vague, at: 5)],
            [expression([], .span, at: 0)],
            [expression([2020], .month, at: 0), expression([2010], .day, at: 4)],
        ]
        for expressions in cases {
            let result = TemporalResolver.combine(expressions, reference: CalendarDate(year: 2019, month: 4, day: 10))
            XCTAssertEqual(result.years, referenceYears(expressions), "\(expressions.map(\.years))")
        }
        XCTAssertEqual(TemporalResolver.combine([], reference: CalendarDate(year: 2019)).years, [2019])
    }

    /// Only the winning rule's words are read, and they are the words that rule matched.
    func testModalityWinnerKeepsItsOwnMatchedText() {
        let cases: [(String, Modality, String, String)] = [
            ("If the army reportedly may advance, it will win.", .conditional, "If", "if"),
            ("The army reportedly may advance and will win.", .predicted, "will", "will"),
            ("Reports say the army may possibly advance.", .hedged, "may", "may"),
            ("Reports say the army advanced.", .reported, "Reports", "unnamed reports"),
            ("The army is said to have advanced.", .reported, "is said", "passive report"),
            ("The ministry\u{2019}s forces will retake the e\u{301}glise, reportedly.", .predicted, "will", "will"),
            ("القوات may advance on دير الزور 🛰️.", .hedged, "may", "may"),
        ]
        for (text, modality, matched, rule) in cases {
            let sentence = TokenizedSentence(text)
            let result = ModalityClassifier().classify(sentence, attributedToOther: false)
            XCTAssertEqual(result.modality, modality, text)
            XCTAssertEqual(result.matched, matched, text)
            XCTAssertEqual(result.rule, rule, text)
            XCTAssertEqual(result.range.map { sentence.text(of: $0) }, matched, text)
        }
    }

    func testFigureDescriptionsAndJoinedRuleText() {
        XCTAssertEqual(ClaimExtractor.describe(ExtractedFigure(value: 300, unit: "fighters", text: "300 fighters")), "300 fighters")
        XCTAssertEqual(ClaimExtractor.describe(ExtractedFigure(value: 2.5, unit: "km", qualifier: "about", text: "about 2.5 km")), "about 2.5 km")
        XCTAssertEqual(ClaimExtractor.describe(ExtractedFigure(low: 8000, high: 11000, unit: "fighters", qualifier: "up to", text: "up to 8,000 to 11,000 fighters")),
                       "up to 8000–11000 fighters")
        XCTAssertEqual(ClaimExtractor.describe(ExtractedFigure(unit: "count", text: "")), " count")
        XCTAssertEqual(RuleText.concatenated("é\u{301}", "–🛰️", "دير"), "é\u{301}" + "–🛰️" + "دير")
        XCTAssertEqual(RuleText.concatenated("", "", ""), "")
    }
}
