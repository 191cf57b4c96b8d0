import ClaimCorpus

/// Calendar words: months, seasons, weekdays and the phrases that modify them.
enum DateGrammar {
    static let months: GrammarWordMap<Int> = {
        var names = [
            "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
            "september": 9, "october": 10, "november": 11, "december": 12,
        ]
        // "during last October's offensive": a month in the possessive still dates.
        for (name, month) in names {
            for ending in possessiveEndings { names[name + ending] = month }
        }
        names.merge([
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
            "nov": 11, "dec": 12,
        ]) { first, _ in first }
        return GrammarWordMap(names)
    }()

    /// A possessive's endings as a lower-cased word keeps them.
    static let possessiveEndings = ["'s", "\u{2019}s"]

    /// "last year's floods": a word without its possessive ending.
    static func withoutPossessive(_ word: String) -> String {
        for ending in possessiveEndings where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        return word
    }
    /// Month names that are also common words ("may", "march"): accepted only capitalised and in
    /// date context.
    static let ambiguousMonths: GrammarWordSet = ["may", "march", "may's", "march's", "may\u{2019}s", "march\u{2019}s", "jan", "mar", "sep", "dec", "oct", "nov", "aug", "jun", "jul", "apr", "feb"]

    /// Seasons and the month they start in (northern hemisphere; winter counts from December).
    static let seasons = GrammarWordMap<Int>(["spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12])
    /// Feasts on a fixed day of the Gregorian year, by month (Easter and the Islamic feasts move, and are left out).
    static let feastMonths = GrammarWordMap<Int>(["christmas": 12, "nowruz": 3, "newroz": 3, "nawruz": 3])

    /// Monday = 0 … Sunday = 6.
    static let weekdays = GrammarWordMap<Int>([
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ])

    /// Words that place an event within a period: "early September", "mid-2016", "late last month".
    static let periodParts: GrammarWordSet = ["early", "mid", "late", "end", "beginning", "middle", "start"]

    /// Units of relative time and their length in days (months and years are handled by the calendar).
    static let timeUnits = GrammarWordMap<TimeUnit>([
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade, "hour": .hour, "hours": .hour,
    ])

    enum TimeUnit: Sendable { case hour, day, week, month, year, decade }

    /// The month a token names, if it does, honouring capitalisation for ambiguous names.
    @inline(__always)  // inlined, a rule reads the token in its array: no copy of it is passed
    static func month(_ token: WordToken) -> Int? {
        guard token.kind == .word, token.classes.contains(.month), let month = months[token.lower] else { return nil }
        if !token.isCapitalized && ambiguousMonths.contains(token.lower) { return nil }
        if token.lower.count <= 4, token.lower != "june", token.lower != "july", !token.isCapitalized { return nil }
        return month
    }

    /// A year written as a plain four-digit number in 1900–2100.
    @inline(__always)  // inlined, a rule reads the token in its array: no copy of it is passed
    static func year(_ token: WordToken) -> Int? {
        guard token.kind == .number, token.isPlainInteger, token.digitCount == 4, let v = token.number,
              v >= 1900, v <= 2100 else { return nil }
        return Int(v)
    }

    /// A day of the month: "19", "19th", "3rd".
    @inline(__always)  // inlined, a rule reads the token in its array: no copy of it is passed
    static func day(_ token: WordToken) -> Int? {
        guard token.kind == .number, token.digitCount <= 2, let v = token.number, v >= 1, v <= 31,
              token.suffix.isEmpty || NumberGrammar.ordinalSuffixes.contains(token.suffix),
              !token.lower.utf8.contains(UInt8(ascii: ".")) else { return nil }  // a decimal point ("3.5")
        return Int(v)
    }

    /// `[year]`, shared for the years news names: a one-year array made for every expression (and every sentence
    /// with none) would cost an allocation, and its last release a free.
    static func yearArray(_ year: Int) -> [Int] {
        commonYears.contains(year) ? commonYearArrays[year - commonYears.lowerBound] : [year]
    }

    private static let commonYears = 1900..<2100
    private static let commonYearArrays = commonYears.map { [$0] }

    /// The weekday of a day-precision date (Monday = 0).
    static func weekday(of date: CalendarDate) -> Int {
        // 1970-01-01 was a Thursday (3).
        let n = (date.dayNumber + 3) % 7
        return n < 0 ? n + 7 : n
    }

    /// The most recent occurrence of `month` at or before the reference (same month counts),
    /// as a month-precision date.
    static func latestMonth(_ month: Int, onOrBefore reference: CalendarDate) -> CalendarDate {
        let refMonth = reference.month ?? 12
        return CalendarDate(year: month <= refMonth ? reference.year : reference.year - 1, month: month)
    }

    /// The first `month` on or after the reference (a deadline still to come).
    static func nextMonth(_ month: Int, onOrAfter reference: CalendarDate) -> CalendarDate {
        let refMonth = reference.month ?? 1
        return CalendarDate(year: month >= refMonth ? reference.year : reference.year + 1, month: month)
    }
}
