/// The words around numbers: units, qualifiers and labels.
enum FigureLexicon {
    /// Currency signs written before an amount, and the unit they give it.
    static let currencySigns = GrammarWordMap<String>(["$": "dollars", "£": "pounds", "€": "euros"])

    /// Unit nouns (singular and plural, as written) → the unit a figure reports.
    static let units: GrammarWordMap<String> = {
        var table: [String: String] = [:]
        let countNouns = [
            "fighter", "civilian", "soldier", "troop", "militant", "jihadist", "terrorist", "rebel", "insurgent",
            "refugee", "resident", "member", "child", "woman", "man", "person", "people", "family", "casualty",
            "policeman", "officer", "prisoner", "hostage", "recruit", "volunteer", "mercenary", "guerrilla",
            "tank", "vehicle", "aircraft", "jet", "warplane", "helicopter", "drone", "missile", "rocket", "shell",
            "airstrike", "strike", "raid", "attack", "village", "town", "city", "settlement", "house", "building",
            "camp", "checkpoint", "position", "base", "barrel", "dollar", "euro", "pound", "student", "worker",
            "defector", "commander", "leader", "guard", "personnel", "citizen", "inhabitant", "victim", "body",
            "operative", "combatant", "displaced", "wounded", "dead", "killed", "injured", "police", "star",
            "kilometre", "kilometer", "mile", "metre", "meter", "hectare", "year", "month", "week", "day", "hour", "minute", "second",
            "time", "percent", "tonne", "ton", "square", "gunman", "adviser", "advisor", "trainer", "instructor",
            "commando", "sniper", "bomber", "pocket", "assailant", "attacker", "extremist", "loyalist", "defender",
            "protester", "demonstrator", "detainee", "captive", "migrant", "evacuee", "survivor", "patient", "doctor",
            "journalist", "official", "tribesman",
        ]
        let irregular: [String: String] = [
            "child": "children", "woman": "women", "man": "men", "person": "people", "people": "people",
            "family": "families", "casualty": "casualties", "aircraft": "aircraft", "personnel": "personnel",
            "displaced": "displaced", "wounded": "wounded", "dead": "dead", "killed": "killed", "injured": "injured",
            "police": "police", "policeman": "policemen", "gunman": "gunmen", "tribesman": "tribesmen", "body": "bodies", "city": "cities", "militia": "militias",
        ]
        let renamed: [String: String] = [
            "kilometre": "km", "kilometer": "km", "mile": "miles", "metre": "m", "meter": "m", "percent": "percent",
            "troop": "troops", "time": "times", "square": "square km",
        ]
        for noun in countNouns {
            // "casualty" → "casualties", but "day" → "days" (a vowel before the y).
            let consonantY = noun.hasSuffix("y") && !"aeiou".contains(noun.dropLast().last ?? "a")
            let plural = irregular[noun] ?? (consonantY ? String(noun.dropLast()) + "ies" : noun + "s")
            let unit = renamed[noun] ?? plural
            table[noun] = unit
            table[plural] = unit
        }
        // A people's plural counts people: "5.6 million Syrians", "3,000 Yazidis".
        for people in ["syrians", "iraqis", "kurds", "yazidis", "lebanese", "jordanians", "palestinians", "afghans",
                       "iranians", "turkmen", "christians", "assyrians", "arabs", "sunnis", "shias", "shiites", "alawites"] {
            table[people] = "people"
        }
        table["km"] = "km"
        table["kms"] = "km"
        table["men"] = "men"
        table["troops"] = "troops"
        table["%"] = "percent"
        table["per"] = "percent"  // "per cent": checked for "cent" by the caller
        table["pc"] = "percent"
        return GrammarWordMap(table)
    }()

    /// Units that count people or things (used to tell "2000 fighters" from the year 2000).
    static let nonCountUnits: GrammarWordSet = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"]
    /// Units that measure rather than count: a bare number beside one is no distance or sum
    /// ("80 km west of Mosul, with a population of about 200,000").
    static let measureUnits: GrammarWordSet = ["km", "miles", "m", "square km", "cubic m", "hectares", "tonnes", "tons", "dollars", "pounds",
                                            "euros", "times", "percent"]

    /// Adjectives and modifiers allowed between a number and its unit ("350 remaining ISIS fighters").
    static let modifiers: GrammarWordSet = [
        "more", "other", "remaining", "additional", "extra", "armed", "foreign", "local", "pro", "anti", "government",
        "civilian", "regular", "professional", "trained", "elite", "active", "suspected", "alleged", "tribal",
        "innocent", "former", "new", "fresh", "young", "old", "heavily", "lightly", "well", "front", "line",
        "military", "security", "opposition", "rebel", "militia", "jihadi", "jihadist", "islamist", "extra",
        "displaced", "internally", "dead", "truly", "so", "called", "of", "the", "their", "its", "our", "his", "her",
        "these", "those", "them", "many", "cruise", "ballistic", "guided", "unguided", "armoured", "armored",
        "registered", "unregistered", "documented", "verified", "special", "isolated", "separate", "small", "large",
        "besieged", "allied", "senior", "junior", "suicide", "captured", "trapped", "surrendered", "missing", "plus",
    ]
    /// Plural nouns that modify a count noun after them: "300 special forces advisers", "special operations troops".
    static let pluralModifiers: GrammarWordSet = ["forces", "operations"]

    /// Units that say what happened to those counted ("200 people killed"), not what they are.
    static let outcomeUnits: GrammarWordSet = ["dead", "killed", "wounded", "injured", "displaced"]

    static let possessives: GrammarWordSet = ["its", "their", "his", "her", "our"]

    /// Qualifiers in front of a number, longest first; the value is how a figure reports it.
    static let qualifiers: [([String], String)] = [
        (["no", "fewer", "than"], "at least"), (["no", "less", "than"], "at least"), (["as", "high", "as"], "as high as"),
        (["as", "many", "as"], "as many as"), (["as", "much", "as"], "as many as"), (["as", "few", "as"], "as few as"),
        (["at", "least"], "at least"), (["at", "most"], "at most"), (["more", "than"], "more than"),
        (["fewer", "than"], "fewer than"), (["less", "than"], "fewer than"), (["up", "to"], "up to"),
        (["close", "to"], "about"), (["upwards", "of"], "over"), (["in", "excess", "of"], "over"),
        (["just", "over"], "over"), (["just", "under"], "under"), (["an", "estimated"], "about"),
        (["about"], "about"), (["around"], "about"), (["approximately"], "about"), (["roughly"], "about"),
        (["some"], "about"), (["estimated"], "about"), (["nearly"], "nearly"), (["almost"], "nearly"),
        (["over"], "over"), (["under"], "under"), (["below"], "under"), (["above"], "over"), (["exceeding"], "over"),
        (["barely"], "nearly"),
    ]

    /// Nouns that label a number rather than count ("division 17", "Resolution 2254", "Route 4").
    static let labels: GrammarWordSet = [
        "division", "brigade", "regiment", "battalion", "route", "highway", "resolution", "article", "number",
        "no", "page", "chapter", "section", "paragraph", "flight", "squad", "unit", "corps", "platoon", "room",
        "channel", "issue", "volume", "vol", "phase", "level", "grade", "class", "gate", "checkpoint",
        "ak", "mig", "su", "f", "t", "su", "tu",
    ]

    /// Qualifiers by first and by last word, longest first, so a look-up costs one hash.
    private static let qualifiersByFirstWord = GrammarWordMap(Dictionary(grouping: qualifiers, by: { $0.0[0] }))
    private static let qualifiersByLastWord = GrammarWordMap(Dictionary(grouping: qualifiers, by: { $0.0[$0.0.count - 1] }))

    /// A qualifier ending right before `index`? Returns its first token and how it reads.
    static func qualifier(endingBefore index: Int, in tokens: [WordToken]) -> (start: Int, text: String)? {
        guard let last = tokens.lower(at: index - 1), let candidates = qualifiersByLastWord[last] else { return nil }
        for (words, reading) in candidates {
            let start = index - words.count
            if start >= 0, tokens.matches(words, at: start) { return (start, reading) }
        }
        return nil
    }

    /// A qualifier starting at `index`? Returns the index after it.
    static func qualifier(in tokens: [WordToken], at index: Int) -> (end: Int, text: String)? {
        guard let first = tokens.lower(at: index), let candidates = qualifiersByFirstWord[first] else { return nil }
        for (words, reading) in candidates where tokens.matches(words, at: index) {
            return (index + words.count, reading)
        }
        return nil
    }

    /// The unit a number at `index` is followed by, skipping modifiers and capitalised words.
    /// Returns the unit and the index of its token.
    static func unit(after index: Int, in tokens: [WordToken], allowingOf: Bool) -> (unit: String, end: Int)? {
        var k = index
        var skipped = 0
        while k < tokens.count, skipped <= 4 {
            // Fields read in place: a copy of the token would retain its strings.
            if tokens[k].lower == "%" { return ("percent", k + 1) }
            if tokens[k].lower == "per", tokens.lower(at: k + 1) == "cent" { return ("percent", k + 2) }
            if tokens[k].lower == "air", let next = tokens.lower(at: k + 1), ["strike", "strikes", "raid", "raids"].contains(next) {
                return ("airstrikes", k + 2)
            }
            // "11 billion cubic metres of water": a volume, as "square kilometres" is an area.
            if tokens[k].lower == "cubic", tokens.lower(at: k + 1).flatMap({ units[$0] }) == "m" { return ("cubic m", k + 2) }
            if tokens[k].kind == .word, let unit = units[tokens[k].lower], tokens[k].lower != "per" {
                // "dead" / "wounded" only as a head right after the number or its modifiers.
                if unit == "square km", tokens.lower(at: k + 1).flatMap({ units[$0] }) == "km" { return (unit, k + 2) }
                if unit == "square km" { return nil }
                // A singular noun before another count noun modifies it: "12 fighter jets", "5 civilian casualties".
                if tokens[k].lower != unit, !measureUnits.contains(unit), let next = tokens.lower(at: k + 1), let head = units[next], next == head,
                   !measureUnits.contains(head), !nonCountUnits.contains(head), !outcomeUnits.contains(head) {
                    return (head, k + 2)
                }
                // Two singular nouns joined before a count noun both modify it: "50 rocket and drone attacks".
                if tokens[k].lower != unit, !measureUnits.contains(unit), let joiner = tokens.lower(at: k + 1),
                   joiner == "and" || joiner == "or", k + 3 < tokens.count, tokens[k + 2].kind == .word,
                   !tokens[k + 2].isCapitalized, let next = tokens.lower(at: k + 3), let head = units[next], next == head,
                   units[tokens[k + 2].lower] != head, !measureUnits.contains(head), !nonCountUnits.contains(head),
                   !outcomeUnits.contains(head) {
                    return (head, k + 4)
                }
                // An outcome before a count noun describes it: "thousands of displaced Syrians", "100 dead soldiers".
                if outcomeUnits.contains(unit), let next = tokens.lower(at: k + 1), let head = units[next],
                   !measureUnits.contains(head), !nonCountUnits.contains(head), !outcomeUnits.contains(head) {
                    return (head, k + 2)
                }
                return (unit, k + 1)
            }
            if tokens[k].kind == .punctuation, tokens[k].lower == "-" || tokens[k].lower == "‘" || tokens[k].lower == "’" { k += 1; continue }
            // A model's designation glued to its name: "six Tu-22M3 bombers", "two Su-24 jets".
            if k > index, tokens[k].kind != .punctuation, !tokens[k].spaceBefore, tokens[k - 1].lower == "-" || tokens[k - 1].kind != .punctuation,
               k >= 2, tokens[k - 2].isCapitalized || !tokens[k - 1].spaceBefore {
                k += 1
                continue
            }
            if k == index, tokens[k].lower == "were" || tokens[k].lower == "are" { k += 1; skipped += 1; continue }
            if tokens[k].kind == .word, tokens[k].isCapitalized || modifiers.contains(tokens[k].lower)
                || pluralModifiers.contains(tokens[k].lower) && tokens.lower(at: k + 1).flatMap({ units[$0] }).map({ !measureUnits.contains($0) }) == true {
                // "of" after the number only before a possessive: "17 of its fighters" counts fighters,
                // "two of the towns" picks from a set.
                if tokens[k].lower == "of", !allowingOf, skipped == 0, !possessives.contains(tokens.lower(at: k + 1) ?? "") { return nil }
                k += 1
                skipped += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// Whether a number at `index` counts something ("2000 fighters", "2014 %") rather than being a year.
    static func countsSomething(_ tokens: [WordToken], after index: Int) -> Bool {
        guard let (unit, _) = unit(after: index + 1, in: tokens, allowingOf: false) else { return false }
        if nonCountUnits.contains(unit) { return false }
        // A capitalised word right after a year is usually a name ("the 2014 Mosul offensive"), so
        // only count when the unit follows directly or after lower-case modifiers.
        // ("2014 Syrians" is a year before a people's name, "2000 fighters" a count.)
        if let next = tokens.lower(at: index + 1), units[next] != nil && !tokens[index + 1].isCapitalized || next == "%" { return true }
        return !(tokens.count > index + 1 && tokens[index + 1].isCapitalized)
    }
}
