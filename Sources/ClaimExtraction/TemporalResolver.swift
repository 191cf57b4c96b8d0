import ClaimCorpus

/// One time expression found in a sentence and what it resolves to.
public struct TimeExpression: Hashable, Sendable {
    /// How precisely an expression pins down time; the primary year comes from the most specific one.
    public enum Specificity: Int, Comparable, Sendable {
        /// "now", "recently", "the last few days": only the reference year.
        case vague
        /// A run of years: "2014-2015", "since 2012", "for five years".
        case span
        case year
        case month
        case day

        public static func < (lhs: Specificity, rhs: Specificity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The expression as written.
    public var text: String
    /// Character offsets into the sentence.
    public var range: Range<Int>
    /// The grammar rule that matched, for `Evidence.rule`.
    public var rule: String
    /// Every calendar year it covers, ascending.
    public var years: [Int]
    /// The date it names, at day, month or year precision (nil for spans and vague expressions).
    public var date: CalendarDate?
    /// `explicit` when a year is written, `relative` when resolved against the reference date.
    public var basis: YearBasis
    public var specificity: Specificity
    /// Token indexes covered (internal: lets the figure grammar skip dates).
    var tokens: Range<Int>
    /// Numbers inside may still be figures ("for 5 years" is also a figure of 5 years).
    var numbersAreFigures: Bool = false
    /// "has since": a span from the earliest year named before it (`TemporalScanner.scan`).
    var isPerfectSince: Bool = false
    /// "The army now controls …": "now" or "currently" in the clause's own run of words, which dates the claim at the
    /// reference year even beside other dates ("…, up from a third in 2015"). One set off by a dash or comma
    /// ("– now heavily reinforced –") describes in passing and counts only when nothing else dates the sentence, and so
    /// does one a comma explains ("now, in 2016").
    var isPresentNow: Bool = false

    /// The year this expression stands for when it is the primary one: a span stands for its
    /// latest year (the state it describes still holds then), anything else for its own year.
    public var primaryYear: Int? { date?.year ?? years.last }
}

/// Everything a sentence says about time.
public struct TemporalResult: Hashable, Sendable {
    public var expressions: [TimeExpression]
    /// Every year the sentence is about, ascending; the reference year when it has no time expression.
    public var years: [Int]
    /// The primary year: see `TemporalResolver`.
    public var year: Int?
    public var date: CalendarDate?
    public var yearBasis: YearBasis
    /// Where in `expressions` the expression `year` and `date` come from lies (a position: a copy of the expression
    /// would retain its strings and years for every sentence).
    var primaryIndex: Int?

    /// The expression `year` and `date` come from.
    public var primary: TimeExpression? { primaryIndex.map { expressions[$0] } }
}

/// Finds and resolves time expressions: written years, ranges, dates, months, seasons and
/// relative expressions ("late last month", "two years ago", "for five years").
///
/// Rules for the claim fields:
/// - `years`: the union of every expression's years, ascending; vague words ("now", "recently") count
///   only when nothing else dates the sentence.
/// - `year` and `date`: from the *primary* expression, the most specific one (day > month > year >
///   span > vague); ties go to the first mentioned. A span's primary year is its latest year, since a
///   span ("since 2012", "for five years") describes a state that still holds at its end.
/// - `yearBasis`: the basis of the primary expression (`explicit` when a year is written,
///   `relative` when resolved from the reference); `publication` when nothing is found and the
///   sentence takes the reference year.
/// - A month or day with no year takes the reference year, or the year before when it would fall
///   after the reference ("early September" written in March → the previous September).
public struct TemporalResolver: Sendable {
    public init() {}

    public func resolve(_ sentence: String, reference: CalendarDate?) -> TemporalResult {
        resolve(TokenizedSentence(sentence), reference: reference)
    }

    func resolve(_ sentence: TokenizedSentence, reference: CalendarDate?) -> TemporalResult {
        Self.combine(Self.expressions(in: sentence, reference: reference), reference: reference)
    }

    /// The sentence's time expressions, leaving out those inside a comparison
    /// ("…a last stand, rather like Berlin in April 1945 – …": that date is not the claim's).
    static func expressions(in sentence: TokenizedSentence, reference: CalendarDate?) -> [TimeExpression] {
        removingAsides(TemporalScanner.scan(sentence, reference: reference), in: sentence.text)
    }

    static func removingAsides(_ expressions: [TimeExpression], in text: String) -> [TimeExpression] {
        // Nothing to remove: the sentence is not searched for asides.
        guard !expressions.isEmpty else { return expressions }
        let asides = ComparisonAside.ranges(in: text)
        guard !asides.isEmpty else { return expressions }
        return expressions.filter { expression in !asides.contains { $0.contains(expression.range.lowerBound) } }
    }

    static func combine(_ expressions: [TimeExpression], reference: CalendarDate?) -> TemporalResult {
        guard !expressions.isEmpty else {
            let years = reference.map { DateGrammar.yearArray($0.year) } ?? []
            return TemporalResult(expressions: [], years: years, year: reference?.year, date: nil,
                                  yearBasis: .publication, primaryIndex: nil)
        }
        // The first of the most specific expressions, found by position: no expression is copied on the way.
        var primaryIndex = 0
        for index in expressions.indices.dropFirst() where expressions[index].specificity > expressions[primaryIndex].specificity {
            primaryIndex = index
        }
        // Vague words ("now", "recently") add the reference year only when nothing dates the sentence (or, for
        // "now", when it is the clause's present).
        let anyDated = expressions.indices.contains { expressions[$0].specificity != .vague }  // by index: no copies
        return TemporalResult(expressions: expressions, years: unionOfYears(expressions, anyDated: anyDated),
                              year: expressions[primaryIndex].primaryYear, date: expressions[primaryIndex].date,
                              yearBasis: expressions[primaryIndex].basis, primaryIndex: primaryIndex)
    }

    /// Whether an expression's years count: vague ones only when nothing is dated, or when they are a present "now".
    private static func counts(_ expressions: [TimeExpression], _ index: Int, anyDated: Bool) -> Bool {
        !anyDated || expressions[index].specificity != .vague || expressions[index].isPresentNow
    }

    /// Every year of the expressions that count (not the vague ones when any is dated), ascending without repeats.
    private static func unionOfYears(_ expressions: [TimeExpression], anyDated: Bool) -> [Int] {
        // Most sentences have one expression that counts, whose years are already ascending without repeats:
        // its array is shared, not copied into a new one.
        var only: Int?
        var counted = 0
        for index in expressions.indices where counts(expressions, index, anyDated: anyDated) {
            counted += 1
            if counted > 1 { break }
            only = index
        }
        if counted == 1, let only, isStrictlyAscending(expressions[only].years) { return expressions[only].years }
        var years: [Int] = []
        for index in expressions.indices where counts(expressions, index, anyDated: anyDated) {
            years.append(contentsOf: expressions[index].years)
        }
        // Ascending without repeats: a sort and one pass beat hashing a handful of years.
        years.sort()
        var kept = 0
        for year in years where kept == 0 || years[kept - 1] != year {
            years[kept] = year
            kept += 1
        }
        years.removeLast(years.count - kept)
        return years
    }

    private static func isStrictlyAscending(_ years: [Int]) -> Bool {
        years.indices.dropFirst().allSatisfy { years[$0 - 1] < years[$0] }
    }
}

/// An analogy set into a sentence ("rather like X in 1945", "much like Grozny in 2000"), from its marker to
/// the next dash, comma, semicolon or bracket: what it dates is the thing compared with, not the claim.
enum ComparisonAside {
    /// Analogies only: "similar to what occurred last month" refers to a real, related event and keeps its date.
    static let markers = ["rather like ", "much like ", "just like ", "reminiscent of ", "in the manner of ", "not unlike "]

    /// Character ranges of the asides in `text`.
    static func ranges(in text: String) -> [Range<Int>] {
        // Almost no sentence has a marker: rule that out on bytes before lowercasing or splitting characters.
        guard mayContainMarker(text) else { return [] }
        let lower = text.lowercased()
        let characters = Array(lower)
        var ranges: [Range<Int>] = []
        for marker in markers {
            let pattern = Array(marker)
            var index = 0
            while index + pattern.count <= characters.count {
                if characters[index..<(index + pattern.count)].elementsEqual(pattern) {
                    var end = index + pattern.count
                    while end < characters.count, !"–—,;()".contains(characters[end]) { end += 1 }
                    ranges.append(index..<end)
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return ranges
    }

    /// Each marker up to its first "k": the part only ASCII letters lowercase to (the Kelvin sign K
    /// lowercases to "k"; "İ" to "i" plus a combining dot, which is no "i" character).
    static let markerLeads: [[UInt8]] = markers.map { Array($0.utf8.prefix { $0 != UInt8(ascii: "k") }) }

    /// Whether the text may hold a marker: its lowercased characters can spell a marker's lead only where
    /// the bytes spell it in ASCII, whatever the case, so a `false` is exact, without lowercasing.
    static func mayContainMarker(_ text: String) -> Bool {
        // One pass, ASCII letters in any case, a position ruled out by its first two bytes.
        leadPhrases.occurs(in: text)
    }

    /// `markerLeads` as one phrase set (each lead is lowercase ASCII of more than two bytes).
    static let leadPhrases = PhraseSet(folded: markerLeads.map { String(decoding: $0, as: UTF8.self) })
}
