import ClaimCorpus

/// The rules that resolve against the reference date: durations, "ago", relative words, weekdays,
/// seasons and vague words.
extension TemporalScanner {
    /// "for five years", "for nearly 5 years", "over the past two years", "for the last 3 months",
    /// "in the past year", "a siege that lasted more than four months": a span ending at the reference.
    /// `afterDurationWord`: the word at `i` is one a duration follows directly, "for", "lasted", "lasting" or "within"
    /// (`match(at:)` has told the words apart). "lasted", "lasting" read as "for": what lasted N months to now began N
    /// months back.
    func forDuration(at i: Int, afterDurationWord isFor: Bool) -> TimeExpression? {
        guard let reference else { return nil }
        let word = tokens[i].lower
        // "would be restored within a month": a deadline ahead, read only where the sentence looks forward.
        let isWithin = isFor && word == "within"
        if isWithin, !Self.looksAhead(tokens, before: i, schedule: false) { return nil }
        var j = i + 1
        var hasPast = false
        // "the previous 48 hours" reads as "the past 48 hours".
        if word == "the", tokens.lower(at: i - 1) != "for",
           tokens.lower(at: i + 1) == "past" || tokens.lower(at: i + 1) == "last" || tokens.lower(at: i + 1) == "previous",
           tokens.lower(at: i + 2) != "few" {
            // "the last two weeks": a span like "over the last two weeks".
            j = i + 2
            hasPast = true
            guard NumberGrammar.parse(tokens, at: j) != nil else { return nil }
        } else if tokens.lower(at: j) == "the", let which = tokens.lower(at: j + 1),
                  which == "past" || which == "last" || which == "previous" && NumberGrammar.parse(tokens, at: j + 2) != nil {
            // ("in the previous year" is the year before, read elsewhere; "over the previous 48 hours" a span.)
            j += 2
            hasPast = true
        } else if !isFor {
            return nil
        }
        if let q = FigureLexicon.qualifier(in: tokens, at: j) { j = q.end }
        var amount = 1.0
        var numbersAreFigures = false
        if let n = NumberGrammar.parse(tokens, at: j), let v = n.value, !n.isVague {
            amount = v
            j = n.tokens.upperBound
            // A deadline's amount is a duration like any other: "within 30 days" counts 30 days.
            numbersAreFigures = isFor
        } else if tokens.lower(at: j) == "few" || tokens.lower(at: j) == "several" {
            amount = 3
            j += 1
        } else if tokens.lower(at: j) == "a" || tokens.lower(at: j) == "an" {
            j += 1
        } else if !hasPast {
            return nil
        }
        guard let unitWord = tokens.lower(at: j), let unit = DateGrammar.timeUnits[unitWord], amount >= 1, amount <= 100 else { return nil }
        // "in the last years" (plural, no number) is vague: only the reference year.
        if !numbersAreFigures, amount == 1, unitWord.hasSuffix("s"), tokens.lower(at: j - 1) != "few", tokens.lower(at: j - 1) != "several" {
            var e = makeYear(reference.year, tokens: i..<(j + 1), rule: "vague: the last \(unitWord)", basis: .relative)
            e.specificity = .vague
            e.date = nil
            return e
        }
        // "the truce would halt fighting for six months": a duration the sentence looks forward to runs from now.
        let ahead = isFor && !hasPast && Self.looksAhead(tokens, before: i, schedule: false)
        let sign = ahead ? 1 : -1
        let startDate: CalendarDate
        switch unit {
        // "over the past 24 hours": back a day for each full 24.
        case .hour: startDate = reference.day == nil ? reference : reference.adding(days: sign * (Int(amount) / 24))
        case .day: startDate = reference.day == nil ? reference : reference.adding(days: sign * Int(amount))
        case .week: startDate = reference.day == nil ? reference : reference.adding(days: sign * 7 * Int(amount))
        case .month: startDate = reference.adding(months: sign * Int(amount))
        case .year: startDate = CalendarDate(year: reference.year + sign * Int(amount))
        case .decade: startDate = CalendarDate(year: reference.year + sign * 10 * Int(amount))
        }
        let (low, high) = ahead ? (reference.year, startDate.year) : (startDate.year, reference.year)
        guard low <= high else { return nil }
        var expression = makeSpan(low...high, tokens: i..<(j + 1), rule: ahead ? "duration from reference (ahead)" : "duration to reference",
                                  basis: .relative)
        expression.numbersAreFigures = numbersAreFigures
        // A deadline ahead dates the claim even inside the reference year.
        if startDate.year == reference.year, !(isWithin && ahead) { expression.specificity = .vague }
        return expression
    }

    /// "by Christmas", "last Christmas", "before Nowruz": a feast of a fixed month, the next one where the sentence
    /// looks forward, else the last one.
    func feast(_ word: String, month: Int, at i: Int) -> TimeExpression? {
        guard let reference else { return nil }
        // "Christmas 2015": the year rule reads the written year.
        if tokens.kind(at: i + 1) == .number { return nil }
        let before = tokens.lower(at: i - 1)
        let start = before == "last" || before == "next" || before == "this" ? i - 1 : i
        let refMonth = reference.month ?? 12
        let year: Int
        switch before {
        case "last": year = month < refMonth ? reference.year : reference.year - 1
        case "next": year = month > refMonth ? reference.year : reference.year + 1
        case "this": year = reference.year
        default:
            let ahead = Self.looksAhead(tokens, before: i, schedule: true)
            year = ahead ? DateGrammar.nextMonth(month, onOrAfter: reference).year : DateGrammar.latestMonth(month, onOrBefore: reference).year
        }
        return makeDate(CalendarDate(year: year, month: month), tokens: start..<(i + 1), rule: "feast: \(word)", basis: .relative)
    }

    // MARK: Relative expressions

    /// "two years ago", "over a year ago", "five years back", "a few months ago", "10 days ago".
    func ago(at i: Int) -> TimeExpression? {
        guard let reference, lastAgoWord > i else { return nil }
        var j = i
        if let q = FigureLexicon.qualifier(in: tokens, at: j) { j = q.end }
        var amount: Double
        if tokens.lower(at: j) == "a" || tokens.lower(at: j) == "an", let next = tokens.lower(at: j + 1), DateGrammar.timeUnits[next] != nil {
            amount = 1
            j += 1
        } else if tokens.matches("a", "few", at: j) || tokens.lower(at: j) == "several" || tokens.lower(at: j) == "few" {
            amount = 3
            j += tokens.lower(at: j) == "a" ? 2 : 1
        } else if let n = NumberGrammar.parse(tokens, at: j), let v = n.value, !n.isVague {
            amount = v
            j = n.tokens.upperBound
        } else {
            return nil
        }
        guard let unitWord = tokens.lower(at: j), let unit = DateGrammar.timeUnits[unitWord],
              let after = tokens.lower(at: j + 1), after == "ago" || after == "back",
              amount <= 100 else { return nil }
        let n = Int(amount)
        let range = i..<(j + 2)
        switch unit {
        case .hour:
            let date = reference.day == nil ? reference : reference.adding(days: -(n / 24))
            return makeDate(date, tokens: range, rule: "hours ago", basis: .relative)
        case .day:
            let date = reference.day == nil ? reference : reference.adding(days: -n)
            return makeDate(date, tokens: range, rule: "days ago", basis: .relative)
        case .week:
            let date = reference.day == nil ? reference : reference.adding(days: -7 * n)
            return makeDate(CalendarDate(year: date.year, month: date.month), tokens: range, rule: "weeks ago", basis: .relative)
        case .month:
            return makeDate(reference.month == nil ? reference : CalendarDate(year: reference.year, month: reference.month).adding(months: -n),
                            tokens: range, rule: "months ago", basis: .relative)
        case .year:
            return makeYear(reference.year - n, tokens: range, rule: "years ago", basis: .relative)
        case .decade:
            return makeYear(reference.year - 10 * n, tokens: range, rule: "decades ago", basis: .relative)
        }
    }

    /// today, yesterday, last night, this year, late last month, earlier this week, …
    func relativeWords(at i: Int) -> TimeExpression? {
        guard let reference, tokens[i].classes.contains(.relativeLead) else { return nil }
        let w = tokens[i].lower
        var j = i
        var part = ""
        // The frequent words first: a switch on a string compares case by case.
        switch w {
        case "last", "this", "next", "past", "previous":
            break  // read below, with the unit after them
        case "today", "tonight", "overnight":
            return makeDate(reference, tokens: i..<(i + 1), rule: w, basis: .relative)
        case "yesterday":
            return makeDate(shift(reference, days: -1), tokens: i..<(i + 1), rule: w, basis: .relative)
        case "tomorrow":
            return makeDate(shift(reference, days: 1), tokens: i..<(i + 1), rule: w, basis: .relative)
        case "early", "late", "earlier", "later", "mid":
            part = w + " "
            j += 1
            if tokens.lower(at: j) == "-" { j += 1 }
        default:
            if let month = DateGrammar.feastMonths[w] { return feast(w, month: month, at: i) }
        }
        guard var which = tokens.lower(at: j), which == "this" || which == "last" || which == "next" || which == "past"
                || which == "previous" && tokens.lower(at: j - 1) == "the",
              let written = tokens.lower(at: j + 1) else { return nil }
        let unit = DateGrammar.withoutPossessive(written)
        let range = i..<(j + 2)
        // The rule as written, joined only for an expression that is made (most words after "this" or "last" are no
        // unit of time).
        let writtenWhich = which
        func rule() -> String { part + writtenWhich + " " + unit }
        // "the previous week" is last week.
        if which == "previous" { which = "last" }
        let offset = which == "last" || which == "past" ? -1 : (which == "next" ? 1 : 0)
        switch unit {
        case "year":
            if which == "past", tokens.lower(at: i - 1) == "the" {
                var e = makeSpan((reference.year - 1)...reference.year, tokens: (i - 1)..<(j + 2), rule: "the past year", basis: .relative)
                e.specificity = .span
                return e
            }
            return makeYear(reference.year + offset, tokens: range, rule: rule(), basis: .relative)
        case "week":
            let day = shift(reference, days: 7 * offset)
            return makeDate(CalendarDate(year: day.year, month: day.month), tokens: range, rule: rule(), basis: .relative)
        case "month":
            guard reference.month != nil else { return makeYear(reference.year, tokens: range, rule: rule(), basis: .relative) }
            let month = CalendarDate(year: reference.year, month: reference.month).adding(months: offset)
            return makeDate(month, tokens: range, rule: rule(), basis: .relative)
        case "night":
            guard which == "last" else { return nil }
            return makeDate(shift(reference, days: -1), tokens: range, rule: rule(), basis: .relative)
        case "morning", "afternoon", "evening":
            guard which == "this" else { return nil }
            return makeDate(reference, tokens: range, rule: rule(), basis: .relative)
        default:
            if let season = DateGrammar.seasons[unit] {
                let year: Int
                switch offset {
                // "last summer" in July is the summer before: a season still under way is no "last" one (winter,
                // which runs into the next year, ends after any month).
                case -1: year = min(season + 2, 12) < (reference.month ?? 12) ? reference.year : reference.year - 1
                case 1: year = season > (reference.month ?? 12) ? reference.year : reference.year + 1
                default: year = reference.year
                }
                return makeYear(year, tokens: range, rule: rule(), basis: .relative)
            }
            return nil
        }
    }

    /// "on Monday", "last Tuesday": the latest such day on or before the reference.
    func weekday(at i: Int) -> TimeExpression? {
        guard let reference, reference.day != nil, tokens[i].isCapitalized,
              tokens[i].classes.contains(.weekday), let target = DateGrammar.weekdays[tokens[i].lower] else { return nil }
        let before = tokens.lower(at: i - 1)
        // "late Sunday", "early on Monday" is "on"; "Sunday night": a part of the day names the day too.
        let partOfDay = Self.partsOfDay.contains(tokens.lower(at: i + 1) ?? "")
        let phaseLead = before == "late" || before == "early"
        guard before == "on" || before == "last" || before == "since" || before == "by" || before == "until" || phaseLead
                || partOfDay else { return nil }
        let start = before == "last" || phaseLead ? i - 1 : i
        // "on Tuesday, April 4, 2017", "on Tuesday 4 April": the written date, not the reference week's Tuesday.
        var k = i + 1
        if tokens.lower(at: k) == "," { k += 1 }
        if k < tokens.count, let written = tokens[k].kind == .number ? fullDate(at: k) : monthExpression(at: k),
           written.specificity == .day, let date = written.date {
            return makeDate(date, tokens: start..<written.tokens.upperBound, rule: "weekday, \(written.rule)", basis: written.basis)
        }
        var back = (DateGrammar.weekday(of: reference) - target + 7) % 7
        if before == "last", back == 0 { back = 7 }
        return makeDate(reference.adding(days: -back), tokens: start..<(i + 1), rule: "weekday", basis: .relative)
    }

    /// Words after a weekday that name a part of it ("Sunday night").
    static let partsOfDay: GrammarWordSet = ["night", "morning", "afternoon", "evening"]

    /// now, recently, currently, the last few days, in recent weeks, at present.
    func vague(at i: Int) -> TimeExpression? {
        guard let reference, tokens[i].classes.contains(.vagueLead) else { return nil }
        let w = tokens[i].lower
        var end: Int?
        if tokens[i].classes.contains(.vagueWord) { end = i + 1 }
        else if let next = tokens.lower(at: i + 1), w == "at" && next == "present" || w == "these" && next == "days"
                    || w == "to" && next == "date" { end = i + 2 }
        else if w == "the", let which = tokens.lower(at: i + 1), which == "last" || which == "past",
                tokens.lower(at: i + 2) == "few", let unit = tokens.lower(at: i + 3),
                unit == "days" || unit == "weeks" || unit == "months" { end = i + 4 }
        else if w == "recent", let unit = tokens.lower(at: i + 1), unit == "days" || unit == "weeks" || unit == "months" { end = i + 2 }
        guard let end else { return nil }
        var e = makeYear(reference.year, tokens: i..<end, rule: "vague: \(text(ofTokens: i..<end).lowercased())", basis: .relative)
        e.specificity = .vague
        e.date = nil
        // "now, in 2016": the date after the comma says which "now".
        e.isPresentNow = (w == "now" || w == "currently") && i > 0 && tokens[i - 1].kind == .word && tokens.lower(at: i + 1) != ","
        return e
    }

    /// "in the spring", "in winter" (no year): the latest such season at or before the reference.
    func season(at i: Int) -> TimeExpression? {
        guard let reference, tokens[i].classes.contains(.season), let start = DateGrammar.seasons[tokens[i].lower],
              tokens[i].lower != "fall" else { return nil }
        let before = tokens.lower(at: i - 1)
        let before2 = tokens.lower(at: i - 2)
        guard before == "in" || (before == "the" && (before2 == "in" || before2 == "during")) || before == "during" else { return nil }
        if tokens.lower(at: i + 1) == "of" { return nil }
        let year = start <= (reference.month ?? 12) ? reference.year : reference.year - 1
        return makeYear(year, tokens: i..<(i + 1), rule: "season (reference year)", basis: .relative)
    }
}

extension Array where Element == WordToken {
    /// `matches([first, second], at:)`, with no array made (and destroyed) per call.
    func matches(_ first: String, _ second: String, at index: Int) -> Bool {
        index >= 0 && index + 2 <= count && self[index].lower == first && self[index + 1].lower == second
    }
}
