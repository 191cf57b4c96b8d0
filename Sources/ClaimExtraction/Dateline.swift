/// A wire-style dateline at the start of a story: where the reporter filed from, not where anything
/// happened, so its places are no claim's places ("DAMASCUS, Oct 14 (Reuters) - The army took …").
///
/// Offsets count `Character`s, as `EntityMatch.range` does.
struct Dateline: Equatable, Sendable {
    /// The place part: "AMMAN/BEIRUT", "MOSUL, Iraq", "Beirut, Lebanon".
    var location: Range<Int>
    /// Where the story starts, after the separator and its spaces.
    var end: Int
    /// Written in capitals ("BAGHDAD"), the unmistakable wire form; title case needs more around it.
    var isCapitals: Bool
    /// What follows the location: a second place part (", Iraq"), a date, the agency in brackets.
    var hasSecondPart = false
    var hasDate = false
    var agency: Range<Int>?
}

/// Finds a dateline by its grammar:
///
///     dateline := location [", " date] [" (" agency ")"] separator | location ", " date [". "] "/" agency "/" ["."]
///     location := names [", " names]          names := name ("/" name)*      name := 1–4 words
///     date     := month ["."] " " day | day " " month        (optionally ", " year)
///     separator := " - " | "—" | "–" | ":" (capitals only)
///
/// A title-case location ("Beirut, Lebanon —") must have a second part, a date or an agency, since
/// "Hezbollah — the Lebanese group —" opens many sentences. The caller still checks that the location
/// names a place.
enum DatelineScanner {
    /// Datelines are short; a longer prefix is a sentence.
    static let maximumLength = 90

    static func find(in text: String) -> Dateline? {
        // Most sentences hold no separator at all: they are settled from their bytes, with no cursor made.
        guard mayHoldSeparator(text) else { return nil }
        var scanner = Cursor(prefixOf: text, length: maximumLength + 1)
        scanner.skipSpaces()
        let start = scanner.index
        // A sentence opening with a preposition or article ("In Mosul, Iraq — where …") is prose.
        guard scanner.startsWithLetter, !scanner.startsWithOpener() else { return nil }
        guard let first = scanner.names() else { return nil }
        var location = start..<scanner.index
        var words = first
        var hasSecondPart = false, hasDate = false
        var agency: Range<Int>?
        // ", Iraq": a second place part, unless it is the date.
        var mark = scanner.index
        if scanner.take(0x2C), scanner.skipSpaces() > 0, !scanner.atDate, let second = scanner.names() {
            words += second
            location = start..<scanner.index
            hasSecondPart = true
            mark = scanner.index
        }
        scanner.index = mark
        mark = scanner.index
        if scanner.take(0x2C), scanner.skipSpaces() > 0, scanner.date() {
            hasDate = true
        } else {
            scanner.index = mark
        }
        mark = scanner.index
        scanner.skipSpaces()
        let agencyStart = scanner.index + 1
        var slashed = false
        if scanner.take(0x28), scanner.agency() {
            agency = agencyStart..<(scanner.index - 1)
        } else {
            scanner.index = mark
            if hasDate, let between = scanner.slashedAgency() {
                agency = between
                slashed = true
            }
        }
        let isCapitals = words.allSatisfy(\.isCapitals)
        guard isCapitals || (words.allSatisfy(\.isTitleCase) && (hasSecondPart || hasDate || agency != nil)) else { return nil }
        guard slashed || scanner.separator(allowColon: isCapitals) else { return nil }
        scanner.skipSpaces()
        // A slashed agency may end the sentence: the reader cuts ". /TASS/." off the story.
        guard scanner.index <= maximumLength, scanner.index < scanner.count || slashed else { return nil }
        return Dateline(location: location, end: scanner.index, isCapitals: isCapitals, hasSecondPart: hasSecondPart,
                        hasDate: hasDate, agency: agency)
    }

    /// Whether the bytes of `text` hold what every separator is made of: a dash character ("—", "–", "―"), a hyphen
    /// between a space (or no-break space) and a space, or a colon before a space. A dateline ends in one of them
    /// (`Cursor.separator`, which compares whole characters: each is these very bytes, nothing else is equal to it),
    /// so text without any has none.
    static func mayHoldSeparator(_ text: String) -> Bool {
        var text = text  // `withUTF8` reads a native string in place
        return text.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            for index in 1..<bytes.count {
                switch bytes[index] {
                // U+2013, U+2014, U+2015: E2 80 93…95.
                case 0x93...0x95:
                    if index >= 2, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2 { return true }
                // " - " or NBSP (C2 A0) "- ".
                case 0x2D:
                    if index + 1 < bytes.count, bytes[index + 1] == 0x20, bytes[index - 1] == 0x20 || bytes[index - 1] == 0xA0 {
                        return true
                    }
                // ": ", and "/." or "/ " after the agency of ". /TASS/.".
                case 0x20, 0x2E:
                    if bytes[index - 1] == 0x3A && bytes[index] == 0x20 || bytes[index - 1] == 0x2F { return true }
                default:
                    break
                }
            }
            return false
        }
    }

    /// First words of prose, never of a dateline.
    static let openers: GrammarWordSet = [
        "in", "at", "near", "from", "outside", "inside", "on", "after", "before", "across", "around", "along",
        "beyond", "throughout", "since", "during", "for", "by", "with", "the", "a", "an", "and", "but", "as", "when",
        "while", "if", "despite", "under", "over", "to", "into", "of", "between", "among", "against", "toward",
        "towards", "within", "without", "this", "that", "these", "those", "there", "here", "so", "yet", "meanwhile",
    ]

    /// One word of a location, with what its letters say about its case.
    struct Word {
        var isCapitals: Bool
        var isTitleCase: Bool
    }
}
