/// Writes one synthetic news article: a title, a byline, boilerplate, and paragraphs of sentences that name
/// places (in varied spellings), actors, people, dates and relative dates, figures with qualifiers, and sources.
struct ArticleWriter {
    let vocabulary: GeneratorVocabulary
    var random: SplitMix64
    /// Publication date; relative dates ("last month") and bare weekdays are resolved against it.
    let year: Int, month: Int, day: Int

    init(vocabulary: GeneratorVocabulary, random: SplitMix64) {
        self.vocabulary = vocabulary
        self.random = random
        year = self.random.int(in: 2012...2019)
        month = self.random.int(in: 1...12)
        day = self.random.int(in: 1...28)
    }

    var publishedISO: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    /// The article text (roughly `sentences` sentences of body) and its title and author for the sidecar.
    mutating func write(sentences target: Int) -> (text: String, title: String, outlet: String, author: String) {
        let outlet = random.pick(GeneratorVocabulary.outlets)
        let author = random.pick(GeneratorVocabulary.authors)
        let title = "\(name(place())) under pressure as \(name(actor())) forces advance"
        var lines = [title, "", "By \(author)", ""]
        if random.chance(60) { lines += [random.pick(GeneratorVocabulary.disclaimers), ""] }
        var written = 0
        while written < target {
            var paragraph: [String] = []
            for _ in 0..<random.int(in: 2...4) where written < target {
                paragraph.append(sentence())
                written += 1
            }
            lines += [paragraph.joined(separator: " "), ""]
            if random.chance(8) { lines += [random.pick(GeneratorVocabulary.widgets), ""] }
        }
        lines += ["Share this:", "Facebook", "Twitter",
                  "Related: \(name(place())) residents return as \(name(actor())) pulls out", ""]
        return (lines.joined(separator: "\n"), title, outlet, author)
    }

    // MARK: Sentences

    private mutating func sentence() -> String {
        let when = time()
        let (first, second) = twoDifferent { $0.actor() }
        let (here, there) = twoDifferent { $0.place() }
        let actor = name(first), other = name(second)
        let place = name(here), otherPlace = name(there)
        let figure = self.figure()
        let text: String
        switch random.below(15) {
        case 0:
            text = "\(capitalized(when)), \(actor) \(random.pick(["captured", "seized", "took control of"])) \(place)"
                + (random.chance(40) ? " after heavy fighting with \(other)" : "")
        case 1:
            text = "\(actor) \(random.pick(["liberated", "retook", "recaptured"])) \(place) from \(other) \(when)"
        case 2:
            text = "\(place) has been besieged by \(actor) since \(year - random.int(in: 1...4)), leaving \(figure) trapped"
        case 3:
            text = "\(actor) launched an attack on \(place) \(when), killing \(figure)"
        case 4:
            text = "\(actor) airstrikes hit positions near \(place) \(when)"
        case 5:
            text = "\(actor) withdrew its forces from \(place) \(when), pulling back to \(otherPlace)"
        case 6:
            text = "\(capitalized(figure)) were killed in \(place) \(when)"
        case 7:
            text = "\(capitalized(source())) estimates that \(figure) remain in \(place)"
        case 8:
            text = "\(name(random.pick(vocabulary.people))) declared victory over \(actor) in \(place) \(when)"
        case 9:
            text = "Analysts expect \(actor) to reach \(place) by the end of \(year + random.int(in: 0...1))"
        case 10:
            text = "It is clear that the fall of \(place) will weaken \(actor)"
        case 11:
            text = "\(actor) may have moved \(figure) from \(place) to \(otherPlace) \(when)"
        case 12:
            text = "If \(actor) loses \(place), \(other) could advance on \(otherPlace)"
        case 13:
            text = "Residents of \(place) said \(actor) had reportedly blown up the bridge \(when)"
        default:
            return random.pick(GeneratorVocabulary.fillers)
        }
        return text + attribution() + "."
    }

    /// ", according to SANA", ", Reuters reported", … or nothing (the author asserts it).
    private mutating func attribution() -> String {
        switch random.below(6) {
        case 0: return ", according to \(source())"
        case 1: return ", \(source()) said"
        case 2: return ", \(source()) reported"
        default: return ""
        }
    }

    private mutating func source() -> String {
        random.chance(25) ? name(random.pick(vocabulary.people)) : random.pick(GeneratorVocabulary.agencies)
    }

    /// A date or time phrase in one of the forms the press uses, at or before publication.
    private mutating func time() -> String {
        switch random.below(8) {
        case 0: return "on \(random.int(in: 1...28)) \(random.pick(GeneratorVocabulary.months)) \(year - random.int(in: 0...3))"
        case 1: return "in \(random.pick(GeneratorVocabulary.months)) \(year - random.int(in: 0...2))"
        case 2: return "in \(year - random.int(in: 0...5))"
        case 3, 4: return random.pick(GeneratorVocabulary.relativeTimes)
        case 5: return "on \(random.pick(GeneratorVocabulary.weekdays))"
        case 6: return "since \(year - random.int(in: 1...5))"
        default: return "today"
        }
    }

    /// "at least 1,200 civilians", "nearly 40 fighters", "300 troops".
    private mutating func figure() -> String {
        let value = random.chance(70) ? random.int(in: 2...400) : random.int(in: 401...60_000)
        let number = grouped(value)
        let unit = random.pick(GeneratorVocabulary.units)
        return random.chance(70) ? "\(random.pick(GeneratorVocabulary.qualifiers)) \(number) \(unit)" : "\(number) \(unit)"
    }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        guard value >= 1000 else { return digits }
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    /// Two picks naming different entities ("X retook A from Y" needs X ≠ Y); gives up after a few tries.
    private mutating func twoDifferent(_ pick: (inout ArticleWriter) -> [String]) -> ([String], [String]) {
        let first = pick(&self)
        var second = pick(&self)
        for _ in 0..<4 where second == first { second = pick(&self) }
        return (first, second)
    }

    private mutating func place() -> [String] { vocabulary.places.pick(using: &random) }
    private mutating func actor() -> [String] { vocabulary.actors.pick(using: &random) }

    /// The canonical spelling most of the time, else one of the aliases.
    private mutating func name(_ spellings: [String]) -> String {
        spellings.count == 1 || random.chance(55) ? spellings[0] : spellings[1 + random.below(spellings.count - 1)]
    }

    private func capitalized(_ phrase: String) -> String {
        guard let first = phrase.first else { return phrase }
        return first.uppercased() + phrase.dropFirst()
    }
}
