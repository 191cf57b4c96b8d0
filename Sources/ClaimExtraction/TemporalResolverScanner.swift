import ClaimCorpus

/// Walks a sentence's tokens left to right and tries each time grammar rule at each position.
struct TemporalScanner {
    /// The sentence, borrowed for the length of `scan(_:reference:)`: a stored copy would retain each of its arrays
    /// and its text for every sentence. Each read through the pointer copies the sentence, so the expressions' words
    /// are read after the scan, from the sentence itself.
    private let sentence: UnsafePointer<TokenizedSentence>
    let reference: CalendarDate?
    /// `sentence.tokens`, stored: a rule reads a token's field in place, where a computed property would hand
    /// out the array (and often a copy of the token) on every read.
    let tokens: [WordToken]
    /// The last "ago" or "back": "… ago" can start only before it, so most words skip that rule at once.
    let lastAgoWord: Int

    /// The sentence's time expressions, left to right.
    static func scan(_ sentence: TokenizedSentence, reference: CalendarDate?) -> [TimeExpression] {
        var found = withUnsafePointer(to: sentence) { TemporalScanner(sentence: $0, reference: reference).scan() }
        // Each expression's words as written, from the tokens it covers (`makeDate` and `makeSpan` leave them out).
        for index in found.indices {
            found[index].text = sentence.text(ofTokens: found[index].tokens)
            found[index].range = sentence.characterRange(ofTokens: found[index].tokens)
        }
        return found
    }

    private init(sentence: UnsafePointer<TokenizedSentence>, reference: CalendarDate?) {
        self.sentence = sentence
        self.reference = reference
        tokens = sentence.pointee.tokens
        lastAgoWord = tokens.lastIndex { $0.classes.contains(.agoWord) } ?? -1
    }

    /// The words of `range` as written (read through the pointer, which copies the sentence: for the rare rule that
    /// needs them while scanning).
    func text(ofTokens range: Range<Int>) -> String {
        sentence.pointee.text(ofTokens: range)
    }

    /// Words before a bare month that make it a date ("in September", "since May").
    private static let monthLeadIns: GrammarWordSet = [
        "in", "since", "early", "late", "mid", "last", "this", "next", "of", "by", "until", "till", "during",
        "from", "between", "to", "and", "on", "before", "after", "through", "throughout", "end", "beginning",
    ]
    static let vagueWords = GrammarWordMap<String>([
        "now": "now", "recently": "recently", "currently": "currently", "nowadays": "nowadays",
    ])

    /// Words that can start a time expression; any other word is skipped at once.
    static let triggers: Set<String> = {
        var words: Set<String> = [
            "since", "from", "between", "for", "over", "in", "during", "throughout", "the", "lasted", "lasting", "today", "tonight",
            "overnight", "yesterday", "tomorrow", "early", "late", "earlier", "later", "mid", "this", "last", "next",
            "past", "at", "these", "to", "recent", "a", "an", "few", "several", "end", "beginning", "middle", "start", "previous",
            "within",
        ]
        words.formUnion(DateGrammar.months.keys)
        words.formUnion(DateGrammar.seasons.keys)
        words.formUnion(DateGrammar.feastMonths.keys)
        words.formUnion(DateGrammar.weekdays.keys)
        words.formUnion(DateGrammar.periodParts)
        words.formUnion(vagueWords.keys)
        words.formUnion(NumberGrammar.smallNumbers.dictionary.keys)
        words.formUnion(NumberGrammar.tens.dictionary.keys)
        words.formUnion(FigureLexicon.qualifiers.map { $0.0[0] })
        // Second words of expressions, so a lead word sees them ("a year ago", "to date", "at present").
        words.formUnion(DateGrammar.timeUnits.keys)
        words.formUnion(["date", "present", "days", "past", "recent", "first"])
        return words
    }()

    /// The words `relativeWords(at:)`, `vague(at:)` and the span rules of `match(at:)` start with: any
    /// other word is no such expression.
    static let relativeLeads: Set<String> = Set([
        "today", "tonight", "overnight", "yesterday", "tomorrow", "early", "late", "earlier", "later", "mid", "this", "last",
        "next", "past", "previous",
    ]).union(DateGrammar.feastMonths.keys)
    static var vagueLeads: Set<String> { Set(vagueWords.keys).union(["at", "these", "to", "the", "recent"]) }
    static let spanLeads: Set<String> = ["since", "from", "between", "for", "over", "in", "during", "throughout", "the", "lasted",
                                         "lasting", "within"]

    /// Frequent words that start an expression only when a time word follows.
    static let leadWords: Set<String> = [
        "the", "in", "for", "over", "during", "throughout", "a", "an", "to", "at", "these", "from", "between", "since",
        "few", "several",
    ]

    private func scan() -> [TimeExpression] {
        var found: [TimeExpression] = []
        // The one year of the last expression found, which "two years later" counts from.
        var anchorYear: Int?
        var i = 0
        let tokens = self.tokens
        while i < tokens.count {
            // Only numbers and time cue words start an expression (`match(at:)` says no to the rest).
            let canStart = tokens[i].kind == .number || (tokens[i].kind == .word && tokens[i].classes.contains(.time))
            if canStart, var expression = match(at: i) ?? (anchorYear == nil ? nil : yearsFromAnchor(at: i, anchor: anchorYear)) {
                applySinceClause(to: &expression)
                if expression.isPerfectSince { reachBack(&expression, to: found) }
                anchorYear = expression.years.count == 1 ? expression.years.first : nil
                i = max(expression.tokens.upperBound, i + 1)
                // Room for a few at the first (an array grown one by one from empty copies each on the way).
                if found.isEmpty { found.reserveCapacity(4) }
                found.append(consume expression)  // moved in, not copied
            } else {
                i += 1
            }
        }
        return found
    }

    /// "formed in 2014 …, was folded into the state two years later": years counted from the one year named before
    /// them in the sentence ("N days later" dates an event in the year before it, and adds nothing).
    private func yearsFromAnchor(at i: Int, anchor: Int?) -> TimeExpression? {
        // The anchor first: most numbers have no year named before them in their sentence.
        guard let year = anchor, i + 2 < tokens.count,
              tokens[i + 1].classes.contains(.time), Self.yearWords.contains(tokens[i + 1].lower),
              Self.laterWords.contains(tokens[i + 2].lower), let direction = tokens.lower(at: i + 2),
              let amount = NumberGrammar.parse(tokens, at: i), amount.tokens.upperBound == i + 1, let value = amount.value,
              !amount.isVague, value >= 1, value <= 50, value == value.rounded() else { return nil }
        let n = Int(value)
        return makeYear(direction == "later" ? year + n : year - n, tokens: i..<(i + 3), rule: "years \(direction) than \(year)",
                        basis: .relative)
    }

    static let yearWords: GrammarWordSet = ["year", "years"]
    static let laterWords: GrammarWordSet = ["later", "earlier"]

    /// "since it was first encircled … back in 2012", "starting five years back": a past point
    /// introduced by "since" or "starting" in the same clause is a span to the reference.
    /// Marks that end the clause a "since" must share with a year (sets, not array literals: looked up per token).
    static let clauseBreaks: GrammarWordSet = [",", ";", ":", ".", "(", ")", "–", "—"]
    static let yearJoiners: GrammarWordSet = ["to", "until", "till", "and", "through", "-", "–"]

    /// "took the town in March 2015 and has since lost it": "has since" runs from the earliest year named before it.
    private func reachBack(_ expression: inout TimeExpression, to earlier: [TimeExpression]) {
        guard let first = earlier.compactMap(\.years.first).min(), let last = expression.years.last, first < last else { return }
        expression.years = Array(first...last)
        expression.specificity = .span
    }

    /// Changed in place: most expressions have no such clause, and a copy of one would retain its strings and years.
    private func applySinceClause(to expression: inout TimeExpression) {
        guard let reference, expression.specificity != .span, expression.specificity != .vague,
              let year = expression.years.first, year < reference.year else { return }
        var k = expression.tokens.lowerBound - 1
        // Up to ten words back, or 16 for a month or a day: "since US air strikes pushed the militants back from its
        // gates in September last year" (a bare year that far off is too often a clause of its own).
        let reach = expression.date?.month != nil ? 16 : 10
        while k >= 0, expression.tokens.lowerBound - k <= reach {
            // Fields read in place: a copy of the token would retain its strings.
            switch tokens[k].kind {
            case .punctuation:
                if Self.clauseBreaks.contains(tokens[k].lower) { return }
            case .word:
                // One comparison a word: "since" is a span lead, "starting" is not.
                let opensSpan = tokens[k].classes.contains(.spanLead) ? tokens[k].lower == "since" : tokens[k].lower == "starting"
                if opensSpan {
                    expression.years = Array(year...reference.year)
                    expression.date = nil
                    expression.specificity = .span
                    expression.rule += " (\(tokens[k].lower) … → to reference)"
                    return
                }
            case .number:
                break
            }
            k -= 1
        }
    }

    private func match(at i: Int) -> TimeExpression? {
        // The token's fields are read in place: a copy of it would retain its strings.
        let kind = tokens[i].kind
        if kind == .number {
            guard tokens[i].digitCount <= 4 else { return nil }
            return isoDate(at: i) ?? numericDate(at: i) ?? fullDate(at: i) ?? yearRange(at: i) ?? decade(at: i)
                ?? singleYear(at: i) ?? ago(at: i)
        }
        let classes = tokens[i].classes
        guard kind == .word, classes.contains(.time) else { return nil }
        if classes.contains(.timeLead) {
            guard i + 1 < tokens.count, tokens[i + 1].kind == .number || tokens[i + 1].classes.contains(.time)
                    || (tokens[i].lower == "since" && (Self.perfectAuxiliaries.contains(tokens.lower(at: i - 1) ?? "")
                                                       || Self.perfectAuxiliaries.contains(tokens.lower(at: i - 2) ?? "")
                                                       || tokens.lower(at: i + 1) == "then"))
            else { return nil }
        }
        if classes.contains(.spanLead) {
            // The frequent words first: a switch on a string compares case by case.
            switch tokens[i].lower {
            case "since": if let e = since(at: i) { return e }
            case "the", "in", "over", "during", "throughout": if let e = forDuration(at: i, afterDurationWord: false) { return e }
            case "for", "lasted", "lasting", "within": if let e = forDuration(at: i, afterDurationWord: true) { return e }
            case "from", "between": if let e = fromTo(at: i) { return e }
            default: break
            }
        }
        // Each rule below starts only at a word of its classes (or, for "… ago", before the last "ago"): a rule is
        // called only where its own first test can pass, in the same order, so the first match is the same.
        if !classes.isDisjoint(with: [.periodPart, .season]), let e = periodOfYear(at: i) { return e }
        if !classes.isDisjoint(with: [.month, .periodPart]) || (classes.contains(.relativeLead) && Self.isMonthDirection(tokens[i].lower)),
           let e = monthExpression(at: i) { return e }
        if classes.contains(.season), let e = season(at: i) { return e }
        if classes.contains(.relativeLead), let e = relativeWords(at: i) { return e }
        if i < lastAgoWord, let e = ago(at: i) { return e }
        if classes.contains(.weekday), let e = weekday(at: i) { return e }
        return classes.contains(.vagueLead) ? vague(at: i) : nil
    }

    /// "last", "next" or "this", which `monthExpression` reads before a month ("last September").
    static func isMonthDirection(_ word: String) -> Bool { word == "last" || word == "next" || word == "this" }

    // MARK: Explicit dates and years

    /// "19th January 2016", "the 3rd of November 2017", "January 19, 2016", "3 November" (no year).
    func fullDate(at i: Int) -> TimeExpression? {
        guard let day = DateGrammar.day(tokens[i]) else { return nil }
        var j = i + 1
        if tokens.lower(at: j) == "of" { j += 1 }
        guard j < tokens.count, let month = DateGrammar.month(tokens[j]) else { return nil }
        j += 1
        if isAbbreviationPoint(at: j) { j += 1 }
        var start = i
        if tokens.lower(at: i - 1) == "the" { start = i - 1 }
        if j < tokens.count, let year = DateGrammar.year(tokens[j]) {
            return makeDate(CalendarDate(year: year, month: month, day: day), tokens: start..<(j + 1), rule: "day month year", basis: .explicit)
        }
        guard let reference else { return nil }
        let ahead = isDeadlineAhead(before: start)
        return makeDate(dayWithoutYear(month: month, day: day, reference: reference, ahead: ahead), tokens: start..<j,
                        rule: ahead ? "day month (deadline ahead)" : "day month (reference year)", basis: .relative)
    }

    /// The latest such day on or before the reference; with `ahead`, the first on or after it.
    private func dayWithoutYear(month: Int, day: Int, reference: CalendarDate, ahead: Bool = false) -> CalendarDate {
        let refMonth = reference.month ?? 12
        let refDay = reference.day ?? 31
        let year: Int
        if ahead {
            year = (month, day) >= (refMonth, reference.day ?? 1) ? reference.year : reference.year + 1
        } else {
            year = (month, day) <= (refMonth, refDay) ? reference.year : reference.year - 1
        }
        return CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))
    }

    /// Words that set a deadline before a date ("withdrawn by 10 October", "until March") or a start after which
    /// something will happen ("will stop flying from May 6").
    static let deadlineWords: GrammarWordSet = ["by", "until", "till", "before", "from", "starting"]
    /// Words that put a sentence's deadline in the future: "must be withdrawn by", "will stay until".
    static let futureCues: GrammarWordSet = [
        "will", "shall", "must", "should", "would", "due", "deadline", "expected", "scheduled", "plans", "planned", "aims",
    ]

    /// Present-tense words for what lies ahead: "faces elections in May", "the upcoming vote in June".
    static let scheduleCues: GrammarWordSet = ["faces", "face", "upcoming", "next"]

    /// Whether a word before `end` looks ahead ("will", "expected", and with `schedule` "faces", "upcoming"), leaving
    /// out a comparison's "than expected" or "as planned".
    static func looksAhead(_ tokens: [WordToken], before end: Int, schedule: Bool) -> Bool {
        for k in 0..<min(end, tokens.count) where tokens[k].kind == .word {
            guard futureCues.contains(tokens[k].lower) || schedule && scheduleCues.contains(tokens[k].lower) else { continue }
            if let before = tokens.lower(at: k - 1), before == "than" || before == "as" { continue }
            return true
        }
        return false
    }

    /// Whether the expression starting at `start` is a deadline the sentence looks forward to ("heavy weapons must be
    /// withdrawn by 10 October", written in September): the date is then the next one, not the last.
    func isDeadlineAhead(before start: Int) -> Bool {
        guard let lead = tokens.lower(at: start - 1), Self.deadlineWords.contains(lead) else { return false }
        return Self.looksAhead(tokens, before: start, schedule: false)
    }

    /// "2017-04-04": year, month and day joined by hyphens with no spaces. ("2017-04" alone is left to the year
    /// range rule, since "2010-11" is more often two years than a month.)
    private func isoDate(at i: Int) -> TimeExpression? {
        guard let year = DateGrammar.year(tokens[i]), i + 4 < tokens.count,
              tokens[i + 1].lower == "-", tokens[i + 3].lower == "-",
              (i + 1...i + 4).allSatisfy({ !tokens[$0].spaceBefore }),
              let month = Self.twoDigits(tokens[i + 2]), (1...12).contains(month),
              let day = Self.twoDigits(tokens[i + 4]), day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        return makeDate(CalendarDate(year: year, month: month, day: day), tokens: i..<(i + 5), rule: "ISO date", basis: .explicit)
    }

    /// "25/12/2016" (day first) or "12/25/2016" (month first), read only when one part is over 12 or both are
    /// equal; "4/5/2017" could be either, so only its year is taken.
    private func numericDate(at i: Int) -> TimeExpression? {
        guard i + 4 < tokens.count, tokens[i + 1].lower == "/", tokens[i + 3].lower == "/",
              (i + 1...i + 4).allSatisfy({ !tokens[$0].spaceBefore }),
              let first = Self.oneOrTwoDigits(tokens[i]), let second = Self.oneOrTwoDigits(tokens[i + 2]),
              let year = DateGrammar.year(tokens[i + 4]) else { return nil }
        let (month, day): (Int, Int)
        if first > 12, second <= 12 { (month, day) = (second, first) }
        else if second > 12, first <= 12 { (month, day) = (first, second) }
        else if first == second, first <= 12 { (month, day) = (first, first) }
        else { return makeYear(year, tokens: i..<(i + 5), rule: "numeric date (day and month ambiguous)", basis: .explicit) }
        guard month >= 1, day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        return makeDate(CalendarDate(year: year, month: month, day: day), tokens: i..<(i + 5), rule: "numeric date", basis: .explicit)
    }

    private static func twoDigits(_ token: WordToken) -> Int? {
        guard token.kind == .number, token.isPlainInteger, token.digitCount == 2, let v = token.number else { return nil }
        return Int(v)
    }

    private static func oneOrTwoDigits(_ token: WordToken) -> Int? {
        guard token.kind == .number, token.isPlainInteger, token.digitCount <= 2, let v = token.number else { return nil }
        return Int(v)
    }

    /// "2014-2015", "2014–15", "2014/15".
    private func yearRange(at i: Int) -> TimeExpression? {
        guard let first = DateGrammar.year(tokens[i]), let dash = tokens.lower(at: i + 1),
              dash == "-" || dash == "–" || dash == "—" || dash == "/", i + 2 < tokens.count, !tokens[i + 2].spaceBefore || dash != "-" else { return nil }
        let next = tokens[i + 2]
        var last: Int?
        if let y = DateGrammar.year(next) { last = y }
        else if next.kind == .number, next.isPlainInteger, next.digitCount == 2, let v = next.number {
            last = first / 100 * 100 + Int(v)
        }
        guard let last, last > first, last - first <= 50 else { return nil }
        return makeSpan(first...last, tokens: i..<(i + 3), rule: "year range", basis: .explicit)
    }

    /// "the 1990s".
    private func decade(at i: Int) -> TimeExpression? {
        let t = tokens[i]
        guard t.kind == .number, t.suffix == "s", t.digitCount == 4, let v = t.number, v >= 1900, v <= 2100,
              Int(v) % 10 == 0 else { return nil }
        return makeSpan(Int(v)...(Int(v) + 9), tokens: i..<(i + 1), rule: "decade", basis: .explicit)
    }

    /// A written year, unless it counts something ("2000 fighters"). A participle after it counts nothing when the
    /// year follows a time preposition or a part of a year: "fighting in 2018 displaced 60,000", "the first quarter of
    /// 2018 killed more" (but "a total of 2000 displaced" counts).
    private func singleYear(at i: Int) -> TimeExpression? {
        guard let year = DateGrammar.year(tokens[i]) ?? olderYear(at: i), tokens.lower(at: i - 1) != "$" else { return nil }
        // "a 2018 settlement": after "a" the number is one thing's year, never a count.
        if FigureLexicon.countsSomething(tokens, after: i), tokens.lower(at: i - 1) != "a", tokens.lower(at: i - 1) != "an" {
            guard let next = tokens.lower(at: i + 1), Self.participleUnits.contains(next), let before = tokens.lower(at: i - 1),
                  Self.yearPrepositions.contains(before)
                    || before == "of" && Self.partsOfAYear.contains(tokens.lower(at: i - 2) ?? "") else { return nil }
        }
        return makeYear(year, tokens: i..<(i + 1), rule: "year", basis: .explicit)
    }

    /// A year before 1900 needs a time preposition and no counted noun or range after it: "completed in 1172",
    /// "ruled the city until 1918" (but "in 1500 homes", "in 1200 to 1300 homes" count). "since" is left out: a
    /// span from it would list every year of the centuries since.
    private func olderYear(at i: Int) -> Int? {
        guard tokens[i].isPlainInteger, tokens[i].digitCount == 4, let v = tokens[i].number, v >= 1000, v < 1900,
              let before = tokens.lower(at: i - 1), Self.olderYearPrepositions.contains(before),
              !FigureLexicon.countsSomething(tokens, after: i) else { return nil }
        if let next = tokens.lower(at: i + 1), Self.rangeWords.contains(next), i + 2 < tokens.count,
           tokens[i + 2].kind == .number { return nil }
        return Int(v)
    }

    static let olderYearPrepositions: GrammarWordSet = ["in", "until", "till", "during", "before"]
    static let rangeWords: GrammarWordSet = ["to", "-", "–", "and", "or", "of"]

    static let participleUnits: GrammarWordSet = ["displaced", "killed", "wounded", "injured", "dead"]
    static let yearPrepositions: GrammarWordSet = ["in", "since", "during", "until", "till", "by", "before", "after", "throughout"]
    static let partsOfAYear: GrammarWordSet = [
        "quarter", "half", "end", "start", "beginning", "middle", "summer", "spring", "autumn", "fall", "winter", "months",
    ]

    /// "early 2016", "mid-2016", "the end of 2015", "the summer of 2014", "late 2016".
    private func periodOfYear(at i: Int) -> TimeExpression? {
        let word = tokens[i].lower
        var j = i + 1
        if !tokens[i].classes.isDisjoint(with: [.periodPart, .season]) {
            if tokens.lower(at: j) == "-" || tokens.lower(at: j) == "of" { j += 1 }
            if word == "fall", tokens.lower(at: i + 1) != "of" { return nil }
            let start = tokens.lower(at: i - 1) == "the" ? i - 1 : i
            // "the end of the year", "the summer of last year": the reference's year, or the one before or after.
            if tokens.lower(at: j - 1) == "of", let reference, let which = tokens.lower(at: j), tokens.lower(at: j + 1) == "year",
               let offset = ["the": 0, "this": 0, "last": -1, "next": 1][which] {
                return makeYear(reference.year + offset, tokens: start..<(j + 2), rule: "\(word) of \(which) year", basis: .relative)
            }
            guard j < tokens.count, let year = DateGrammar.year(tokens[j]) else { return nil }
            // "the winter of 2016-17", "winter 2016/17": a season across the turn of the year.
            if let joiner = tokens.lower(at: j + 1), joiner == "-" || joiner == "/", j + 2 < tokens.count,
               tokens[j + 2].kind == .number, let next = tokens[j + 2].number,
               Int(next) == (year + 1) % 100 && tokens[j + 2].digitCount == 2 || Int(next) == year + 1 {
                return makeSpan(year...(year + 1), tokens: start..<(j + 3), rule: "\(word) of year-year", basis: .explicit)
            }
            return makeYear(year, tokens: start..<(j + 1), rule: "\(word) of year", basis: .explicit)
        }
        return nil
    }

    // MARK: Months

    /// "April 1945", "January 19, 2016", "early September", "January this year", "last September".
    func monthExpression(at i: Int) -> TimeExpression? {
        var j = i
        var start = i
        var direction = 0  // -1 last, 0 bare, +1 next, 2 this
        let first = tokens[i].lower
        if first == "last" || first == "next" || first == "this" {
            direction = first == "last" ? -1 : (first == "next" ? 1 : 2)
            j += 1
        }
        if tokens.has(.periodPart, at: j) {
            j += 1
            if tokens.lower(at: j) == "-" || tokens.lower(at: j) == "of" { j += 1 }
        }
        guard j < tokens.count, let month = DateGrammar.month(tokens[j]) else { return nil }
        let monthIndex = j
        j += 1
        if isAbbreviationPoint(at: j) { j += 1 }
        // "January 19, 2016" / "January 19 2016"
        // A day's digits and ordinal suffix are ASCII: its bytes are its characters (no grapheme count).
        if let next = tokens.lower(at: j), tokens[j].kind == .number, let day = DateGrammar.day(tokens[j]), next.utf8.count <= 4 {
            var k = j + 1
            if tokens.lower(at: k) == "," { k += 1 }
            if k < tokens.count, let year = DateGrammar.year(tokens[k]) {
                return makeDate(CalendarDate(year: year, month: month, day: day), tokens: start..<(k + 1),
                                rule: "month day year", basis: .explicit)
            }
            if let reference {
                let ahead = isDeadlineAhead(before: start)
                return makeDate(dayWithoutYear(month: month, day: day, reference: reference, ahead: ahead), tokens: start..<(j + 1),
                                rule: ahead ? "month day (deadline ahead)" : "month day (reference year)", basis: .relative)
            }
        }
        // "March and May 2016", "from January to March 2015", "March-April 2016": the year is written once,
        // after the second month ("December to February 2016" starts the year before).
        if direction == 0, let joiner = tokens.lower(at: j), Self.monthJoiners.contains(joiner),
           j + 1 < tokens.count, let secondMonth = DateGrammar.month(tokens[j + 1]) {
            var k = j + 2
            if isAbbreviationPoint(at: k) { k += 1 }
            if tokens.lower(at: k) == "," { k += 1 }
            if k < tokens.count, let year = DateGrammar.year(tokens[k]) {
                let firstYear = month <= secondMonth ? year : year - 1
                if let lead = tokens.lower(at: start - 1), lead == "between" || lead == "from" { start -= 1 }
                var range = makeDate(CalendarDate(year: firstYear, month: month), tokens: start..<(k + 1),
                                     rule: "month to month year", basis: .explicit)
                range.years = Array(firstYear...year)
                return range
            }
            // "October and November of last year": the relative year, read against the reference.
            if tokens.lower(at: k) == "of" { k += 1 }
            if let reference, let shift = Self.relativeYearShift(tokens, at: k) {
                let year = reference.year + shift
                let firstYear = month <= secondMonth ? year : year - 1
                var range = makeDate(CalendarDate(year: firstYear, month: month), tokens: start..<(k + 2),
                                     rule: "month to month \(tokens[k].lower) year", basis: .relative)
                range.years = Array(firstYear...year)
                return range
            }
        }
        var k = j
        if tokens.lower(at: k) == "," || tokens.lower(at: k) == "of" { k += 1 }
        if k < tokens.count, let year = DateGrammar.year(tokens[k]) {
            return makeDate(CalendarDate(year: year, month: month), tokens: start..<(k + 1), rule: "month year", basis: .explicit)
        }
        // Bare month: needs a lead-in word unless capitalised mid-sentence and unambiguous.
        let ambiguous = DateGrammar.ambiguousMonths.contains(tokens[monthIndex].lower)
        if direction == 0, monthIndex == i {
            let before = tokens.lower(at: i - 1) ?? ""
            if !Self.monthLeadIns.contains(before) && (ambiguous || i == 0) { return nil }
        }
        guard let reference else { return nil }
        // "January this year", "January last year", "January of last year".
        var m = j
        if tokens.lower(at: m) == "of" { m += 1 }
        if let shift = Self.relativeYearShift(tokens, at: m) {
            return makeDate(CalendarDate(year: reference.year + shift, month: month), tokens: start..<(m + 2),
                            rule: "month \(tokens[m].lower) year", basis: .relative)
        }
        if start > 0, tokens[start - 1].lower == "the", direction == 0 { start -= 1 }
        let refMonth = reference.month ?? 12
        let date: CalendarDate
        switch direction {
        case -1: date = CalendarDate(year: month < refMonth ? reference.year : reference.year - 1, month: month)
        case 1: date = CalendarDate(year: month > refMonth ? reference.year : reference.year + 1, month: month)
        case 2: date = CalendarDate(year: reference.year, month: month)
        default:
            if isDeadlineAhead(before: start) {
                return makeDate(DateGrammar.nextMonth(month, onOrAfter: reference), tokens: start..<j, rule: "month (deadline ahead)",
                                basis: .relative)
            }
            // "faces elections in May", "talks will resume in March": a month the sentence looks forward to.
            if tokens.lower(at: start - 1) == "in",
               Self.looksAhead(tokens, before: start, schedule: true) {
                return makeDate(DateGrammar.nextMonth(month, onOrAfter: reference), tokens: start..<j, rule: "month (ahead)",
                                basis: .relative)
            }
            date = DateGrammar.latestMonth(month, onOrBefore: reference)
        }
        return makeDate(date, tokens: start..<j, rule: "month (reference year)", basis: .relative)
    }

    /// -1, 0 or +1 for "last year", "this year", "next year" at `index`.
    static func relativeYearShift(_ tokens: [WordToken], at index: Int) -> Int? {
        guard tokens.lower(at: index + 1) == "year" else { return nil }
        switch tokens.lower(at: index) {
        case "last": return -1
        case "this": return 0
        case "next": return 1
        default: return nil
        }
    }

    /// Words between two months that share one written year.
    static let monthJoiners: GrammarWordSet = ["and", "to", "until", "till", "through", "-", "–", "—"]

    // MARK: Spans

    /// "since 2012" (to the reference year), "since January 2015", "since then" (from the year named before it).
    private func since(at i: Int) -> TimeExpression? {
        var j = i + 1
        var startYear: Int?
        // "since early 2015", "since the end of 2014"
        if tokens.lower(at: j) == "the", tokens.has(.periodPart, at: j + 1) { j += 1 }
        if tokens.has(.periodPart, at: j) {
            j += 1
            if tokens.lower(at: j) == "-" || tokens.lower(at: j) == "of" { j += 1 }
        }
        if j < tokens.count, let y = DateGrammar.year(tokens[j]) { startYear = y; j += 1 }
        else if j + 1 < tokens.count, DateGrammar.month(tokens[j]) != nil, let y = DateGrammar.year(tokens[j + 1]) {
            startYear = y; j += 2
        }
        guard let startYear else {
            // "sealed the border in June 2016 and has allowed only a few deliveries since then": like "has since", from
            // the earliest year named before it up to now.
            if let reference, j == i + 1, tokens.lower(at: j) == "then" {
                var expression = makeYear(reference.year, tokens: i..<(j + 1), rule: "'since then' (to reference)", basis: .relative)
                expression.isPerfectSince = true
                return expression
            }
            // "fighting has since displaced …": from the time the sentence names up to now.
            // "… and that fewer than half have returned since.": the participle before it, at the clause's end.
            let closesClause = j >= tokens.count || tokens[j].kind == .punctuation
            guard let reference, let auxiliary = tokens.lower(at: i - 1).flatMap({ Self.perfectAuxiliaries.contains($0) ? $0 : nil })
                    ?? (closesClause && tokens.kind(at: i - 1) == .word ? tokens.lower(at: i - 2).flatMap({ Self.perfectAuxiliaries.contains($0) ? $0 : nil }) : nil),
                  closesClause || j < tokens.count && tokens[j].kind == .word && tokens[j].lower != "then" else { return nil }
            var expression = makeYear(reference.year, tokens: i..<j, rule: "'\(auxiliary) since' (to reference)", basis: .relative)
            expression.isPerfectSince = true
            return expression
        }
        let endYear = max(reference?.year ?? startYear, startYear)
        return makeSpan(startYear...endYear, tokens: i..<j, rule: "since year (to reference)", basis: .explicit)
    }

    static let perfectAuxiliaries: GrammarWordSet = ["has", "have", "'ve"]

    /// "from 2014 to 2016", "between 2014 and 2016".
    /// "from 2014 to 2016", "between 2014 and 2016", "from September 2014 until May 2017".
    private func fromTo(at i: Int) -> TimeExpression? {
        /// A year, perhaps after a month name: returns the year and the index after it.
        func year(at k: Int) -> (Int, Int)? {
            var k = k
            if k < tokens.count, DateGrammar.month(tokens[k]) != nil { k += 1 }
            if isAbbreviationPoint(at: k) { k += 1 }
            guard k < tokens.count, let y = DateGrammar.year(tokens[k]) else { return nil }
            return (y, k + 1)
        }
        guard let (a, afterA) = year(at: i + 1), let joiner = tokens.lower(at: afterA),
              Self.yearJoiners.contains(joiner),
              let (b, afterB) = year(at: afterA + 1), b >= a, b - a <= 50 else { return nil }
        return makeSpan(a...b, tokens: i..<afterB, rule: "\(tokens[i].lower) year to year", basis: .explicit)
    }

    /// The full stop of an abbreviated month ("Oct. 14", "Sept. 3").
    private func isAbbreviationPoint(at k: Int) -> Bool {
        guard tokens.lower(at: k) == ".", k > 0, tokens[k - 1].lower.count <= 4, !tokens[k].spaceBefore else { return false }
        return k + 1 < tokens.count && (tokens[k + 1].kind == .number)
    }

    // MARK: Building expressions
    // (Their words as written, `text` and `range`, are filled in by `scan(_:reference:)` once the scan is over.)

    func shift(_ date: CalendarDate, days: Int) -> CalendarDate {
        date.day == nil ? date : date.adding(days: days)
    }

    func makeDate(_ date: CalendarDate, tokens range: Range<Int>, rule: String, basis: YearBasis) -> TimeExpression {
        let specificity: TimeExpression.Specificity = date.day != nil ? .day : (date.month != nil ? .month : .year)
        return TimeExpression(text: "", range: 0..<0, rule: rule,
                              years: DateGrammar.yearArray(date.year), date: date, basis: basis, specificity: specificity, tokens: range)
    }

    func makeYear(_ year: Int, tokens range: Range<Int>, rule: String, basis: YearBasis) -> TimeExpression {
        makeDate(CalendarDate(year: year), tokens: range, rule: rule, basis: basis)
    }

    func makeSpan(_ years: ClosedRange<Int>, tokens range: Range<Int>, rule: String, basis: YearBasis) -> TimeExpression {
        TimeExpression(text: "", range: 0..<0, rule: rule,
                       years: Array(years), date: nil, basis: basis, specificity: .span, tokens: range)
    }
}
