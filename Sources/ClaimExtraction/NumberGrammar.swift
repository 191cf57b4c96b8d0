/// A number read from tokens: digits ("1,500", "2.5 million") or words ("two hundred", "a dozen"),
/// or a vague quantity ("tens of thousands": `low`/`high`).
struct ParsedNumber: Hashable, Sendable {
    var value: Double?
    var low: Double?
    var high: Double?
    /// Token indexes covered.
    var tokens: Range<Int>
    /// Written in digits (words are trusted only with a known unit).
    var isDigits: Bool
    /// A vague amount like "thousands of"; its unit follows "of".
    var isVague: Bool
    /// A fraction converted to percent ("two fifths" → 40).
    var isFraction: Bool = false
}

/// Number words, scales, ordinals, fractions and vague amounts.
///
/// Vague amounts are read as ranges: "dozens" 24–99, "hundreds" 100–999, "thousands" 1,000–9,999,
/// "tens of thousands" 10,000–99,999, "hundreds of thousands" 100,000–999,999, "millions" 1–9.99 million.
/// Fractions are reported in percent ("two fifths of the city" → 40 percent) so they compare with "40%".
enum NumberGrammar {
    static let smallNumbers = GrammarWordMap<Double>([
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ])
    static let tens = GrammarWordMap<Double>([
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ])
    static let scales = GrammarWordMap<Double>([
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
    ])
    static let ordinalSuffixes: GrammarWordSet = ["st", "nd", "rd", "th"]
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "twentieth", "thirtieth",
    ]
    /// Denominators of fractions, singular and plural.
    static let denominators = GrammarWordMap<Double>([
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
    ])
    /// Plural amount words and the range they stand for.
    static let vagueAmounts = GrammarWordMap<(Double, Double)>([
        "dozens": (24, 99), "scores": (40, 99), "hundreds": (100, 999), "thousands": (1_000, 9_999),
        "millions": (1_000_000, 9_999_999),
    ])

    /// Words a number can start with (for `GrammarCue.number`).
    static let startWords: Set<String> = Set(smallNumbers.dictionary.keys).union(tens.dictionary.keys).union(vagueAmounts.dictionary.keys)
        .union(["a", "tens", "several", "half", "one", "an"])

    /// The cardinal value of a single number word, if it is one.
    static func wordValue(_ word: String) -> Double? {
        smallNumbers[word] ?? tens[word]
    }

    /// Reads a number starting at token `index`.
    static func parse(_ tokens: [WordToken], at index: Int) -> ParsedNumber? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            guard var value = token.number else { return nil }
            var end = index + 1
            if !token.suffix.isEmpty {
                // A glued unit ("20km") is read by the caller from the suffix; other letters are no number.
                if let scale = scales[token.suffix] {
                    value *= scale
                } else if FigureLexicon.units[token.suffix] == nil {
                    return nil
                }
            } else if let next = tokens.lower(at: end), let scale = scales[next], next.count > 1 {
                value *= scale
                end += 1
            }
            return ParsedNumber(value: value, tokens: index..<end, isDigits: true, isVague: false)
        }
        if let vague = parseVague(tokens, at: index) { return vague }
        return parseWords(tokens, at: index)
    }

    /// "two hundred", "twenty-five", "a hundred", "a dozen", "three thousand".
    static func parseWords(_ tokens: [WordToken], at index: Int) -> ParsedNumber? {
        var i = index
        var total = 0.0
        var current = 0.0
        var sawAny = false
        // "half a million", "half a dozen": half the scale.
        if tokens.lower(at: i) == "half", tokens.lower(at: i + 1) == "a", let next = tokens.lower(at: i + 2),
           let scale = next == "dozen" ? 12 : scales[next], next.count > 2 {
            return ParsedNumber(value: scale / 2, tokens: index..<(i + 3), isDigits: false, isVague: false)
        }
        if tokens.lower(at: i) == "a" || tokens.lower(at: i) == "one" {
            if let next = tokens.lower(at: i + 1), next == "dozen" {
                return ParsedNumber(value: 12, tokens: index..<(i + 2), isDigits: false, isVague: false)
            }
            if let next = tokens.lower(at: i + 1), let scale = scales[next], next.count > 2, tokens.lower(at: i) == "a" {
                current = scale
                sawAny = true
                i += 2
            }
        }
        while i < tokens.count {
            let word = tokens[i].lower
            if let v = smallNumbers[word] {
                if sawAny {
                    // Only "twenty five" or "hundred five" continue a number; "two three" does not.
                    let rest = current.truncatingRemainder(dividingBy: 100)
                    let afterTens = rest >= 20 && rest.truncatingRemainder(dividingBy: 10) == 0 && v < 10
                    guard rest == 0 || afterTens else { break }
                }
                current += v
                sawAny = true
                i += 1
            } else if let v = tens[word] {
                current += v
                sawAny = true
                i += 1
                if tokens.lower(at: i) == "-", let unit = tokens.lower(at: i + 1).flatMap({ smallNumbers[$0] }), unit < 10 {
                    current += unit
                    i += 2
                }
            } else if sawAny, word == "dozen", current > 0, current < 100, total == 0 {
                // "two dozen", "three dozen": dozens counted.
                current *= 12
                i += 1
            } else if sawAny, let scale = scales[word], word.count > 2 {
                if scale == 100 {
                    current = max(current, 1) * 100
                } else {
                    total += max(current, 1) * scale
                    current = 0
                }
                i += 1
            } else if sawAny, word == "and", tokens.lower(at: i + 1) == "a", tokens.lower(at: i + 2) == "half", total == 0,
                      current > 0, current < 100, current.rounded() == current {
                // "two and a half million", "three and a half years".
                current += 0.5
                i += 3
            } else if sawAny, word == "and", let next = tokens.lower(at: i + 1), wordValue(next) != nil,
                      current.truncatingRemainder(dividingBy: 100) == 0, current + total >= 100 {
                i += 1
            } else {
                break
            }
        }
        guard sawAny else { return nil }
        return ParsedNumber(value: total + current, tokens: index..<i, isDigits: false, isVague: false)
    }

    /// "tens of thousands", "hundreds of thousands", "thousands", "several hundred", "a few thousand".
    static func parseVague(_ tokens: [WordToken], at index: Int) -> ParsedNumber? {
        guard let word = tokens.lower(at: index) else { return nil }
        if word == "tens", tokens.lower(at: index + 1) == "of", let next = tokens.lower(at: index + 2),
           let (low, _) = vagueAmounts[next] {
            return ParsedNumber(low: low * 10, high: low * 100 - 1, tokens: index..<(index + 3), isDigits: false, isVague: true)
        }
        if word == "hundreds", tokens.lower(at: index + 1) == "of", let next = tokens.lower(at: index + 2),
           next == "thousands" || next == "millions", let (low, _) = vagueAmounts[next] {
            return ParsedNumber(low: low * 100, high: low * 1000 - 1, tokens: index..<(index + 3), isDigits: false, isVague: true)
        }
        if let (low, high) = vagueAmounts[word] {
            return ParsedNumber(low: low, high: high, tokens: index..<(index + 1), isDigits: false, isVague: true)
        }
        // "several hundred", "a few thousand": 2–9 times the scale.
        var i = index
        if word == "several" { i += 1 } else if word == "a", tokens.lower(at: index + 1) == "few" { i += 2 } else { return nil }
        guard let scaleWord = tokens.lower(at: i), let scale = scales[scaleWord], scaleWord.count > 2 else { return nil }
        return ParsedNumber(low: 2 * scale, high: 9 * scale, tokens: index..<(i + 1), isDigits: false, isVague: false)
    }

    /// "one in five", "1 in 4", "nine out of ten", "one in every three" → percent.
    static func parseRatio(_ tokens: [WordToken], at index: Int) -> ParsedNumber? {
        func small(_ k: Int) -> Double? {
            guard k < tokens.count else { return nil }
            if tokens[k].kind == .number {
                guard tokens[k].isPlainInteger, tokens[k].digitCount <= 3 else { return nil }
                return tokens[k].number
            }
            return smallNumbers[tokens[k].lower]
        }
        guard let part = small(index), part >= 1 else { return nil }
        var i = index + 1
        if tokens.lower(at: i) == "out", tokens.lower(at: i + 1) == "of" { i += 2 } else if tokens.lower(at: i) == "in" { i += 1 } else { return nil }
        if tokens.lower(at: i) == "every" { i += 1 }
        // Both written the same way: "one in 2017" is no ratio.
        guard let whole = small(i), whole > part, tokens[i].kind == tokens[index].kind else { return nil }
        return ParsedNumber(value: part / whole * 100, tokens: index..<(i + 1), isDigits: false, isVague: false, isFraction: true)
    }

    /// "two fifths", "one-third", "a third", "half", "three quarters" → percent.
    static func parseFraction(_ tokens: [WordToken], at index: Int) -> ParsedNumber? {
        guard let word = tokens.lower(at: index) else { return nil }
        if word == "half" {
            // "the western half of the city" is a part of a place, not a share.
            if let previous = tokens.lower(at: index - 1), WordClass.directionWords.contains(previous) { return nil }
            return ParsedNumber(value: 50, tokens: index..<(index + 1), isDigits: false, isVague: false, isFraction: true)
        }
        var numerator: Double?
        if word == "a" || word == "one" { numerator = 1 } else { numerator = smallNumbers[word] }
        guard let n = numerator else { return nil }
        var i = index + 1
        if tokens.lower(at: i) == "-" { i += 1 }
        guard let denomWord = tokens.lower(at: i), let d = denominators[denomWord], denomWord != "half" else { return nil }
        // "one fifth" needs a singular, "two fifths" a plural denominator ("the third" is an ordinal).
        if n == 1, denomWord.hasSuffix("s") { return nil }
        return ParsedNumber(value: n / d * 100, tokens: index..<(i + 1), isDigits: false, isVague: false, isFraction: true)
    }
}
