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
///     dateline := location [", " date] [" (" agency ")"] separator
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
        var scanner = Cursor(Array(text.prefix(maximumLength + 1)))
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
        if scanner.take(","), scanner.skipSpaces() > 0, !scanner.atDate, let second = scanner.names() {
            words += second
            location = start..<scanner.index
            hasSecondPart = true
            mark = scanner.index
        }
        scanner.index = mark
        mark = scanner.index
        if scanner.take(","), scanner.skipSpaces() > 0, scanner.date() {
            hasDate = true
        } else {
            scanner.index = mark
        }
        mark = scanner.index
        scanner.skipSpaces()
        let agencyStart = scanner.index + 1
        if scanner.take("("), scanner.agency() {
            agency = agencyStart..<(scanner.index - 1)
        } else {
            scanner.index = mark
        }
        let isCapitals = words.allSatisfy(\.isCapitals)
        guard isCapitals || (words.allSatisfy(\.isTitleCase) && (hasSecondPart || hasDate || agency != nil)) else { return nil }
        guard scanner.separator(allowColon: isCapitals) else { return nil }
        scanner.skipSpaces()
        guard scanner.index <= maximumLength, scanner.index < scanner.characters.count else { return nil }
        return Dateline(location: location, end: scanner.index, isCapitals: isCapitals, hasSecondPart: hasSecondPart,
                        hasDate: hasDate, agency: agency)
    }

    /// First words of prose, never of a dateline.
    static let openers: Set<String> = [
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

    struct Cursor {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        var current: Character? { index < characters.count ? characters[index] : nil }

        var startsWithLetter: Bool { current.map(DatelineScanner.isLetter) ?? false }

        /// Whether the letters from here are one of `openers`, without moving.
        func startsWithOpener() -> Bool {
            var end = index
            while end < characters.count, DatelineScanner.isLetter(characters[end]) { end += 1 }
            // No opener is longer than `openerLength` letters (lowercasing keeps the count): no string needed.
            guard end - index <= DatelineScanner.openerLength else { return false }
            return DatelineScanner.openers.contains(String(characters[index..<end]).lowercased())
        }

        mutating func take(_ character: Character) -> Bool {
            guard current == character else { return false }
            index += 1
            return true
        }

        @discardableResult
        mutating func skipSpaces() -> Int {
            let start = index
            while let character = current, character == " " || character == "\u{A0}" { index += 1 }
            return index - start
        }

        /// `name ("/" name)*`; names of one to four words joined by single spaces.
        mutating func names() -> [Word]? {
            var words: [Word] = []
            repeat {
                guard let name = name() else { return nil }
                words += name
            } while take("/")
            return words
        }

        private mutating func name() -> [Word]? {
            var words: [Word] = []
            while words.count < 4, let word = word() {
                words.append(word)
                let mark = index
                guard take(" "), startsWithLetter, !atDate else { index = mark; break }
            }
            return words.isEmpty ? nil : words
        }

        /// Letters with inner hyphens, apostrophes and dots: "AL-QAIM", "Deir", "D.C.", "Qa’im".
        private mutating func word() -> Word? {
            guard let first = current, DatelineScanner.isLetter(first) else { return nil }
            var letters: [Character] = []
            var afterHyphen: Character?
            while let character = current,
                  DatelineScanner.isLetter(character)
                    || ((character == "-" || character == "'" || character == "’" || character == ".")
                        && index + 1 < characters.count && (DatelineScanner.isLetter(characters[index + 1]) || character == ".")) {
                if DatelineScanner.isLetter(character) { letters.append(character) }
                if character == "-", afterHyphen == nil { afterHyphen = characters[index + 1] }
                index += 1
            }
            let cased = letters.filter { DatelineScanner.isUppercase($0) || DatelineScanner.isLowercase($0) }
            let isCapitals = cased.count >= 2 && cased.allSatisfy(DatelineScanner.isUppercase)
            // Title case, allowing a lowercase article before a hyphen ("al-Qaim", "ash-Shaddadi") and
            // lowercase particles.
            let isTitleCase = DatelineScanner.isUppercase(first) || Cursor.isParticle(letters)
                || (DatelineScanner.isLowercase(first) && afterHyphen.map(DatelineScanner.isUppercase) == true)
            return Word(isCapitals: isCapitals, isTitleCase: isTitleCase)
        }

        static let particles: Set<String> = ["al", "el", "ad", "as", "ash", "az", "ez", "ar", "de", "of"]

        /// Whether `letters` lowercased is one of `particles` (none is longer than three letters).
        static func isParticle(_ letters: [Character]) -> Bool {
            letters.count <= 3 && particles.contains(String(letters).lowercased())
        }

        /// Whether `letters` lowercased is one of `months` (none is longer than nine letters).
        static func isMonth(_ letters: ArraySlice<Character>) -> Bool {
            letters.count <= 9 && months.contains(String(letters).lowercased())
        }

        static let months: Set<String> = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december",
        ]

        /// Whether a date starts here (a month name or a day number), so it is not read as a place.
        var atDate: Bool {
            var probe = self
            return probe.date()
        }

        /// `month ["."] " " day` or `day " " month`, then an optional ", year".
        mutating func date() -> Bool {
            let mark = index
            if let month = letterRun(), Cursor.isMonth(month) {
                _ = take(".")
                if take(" "), digits(1...2) { year(); return true }
            }
            index = mark
            if digits(1...2), take(" "), let month = letterRun(), Cursor.isMonth(month) {
                _ = take(".")
                year()
                return true
            }
            index = mark
            return false
        }

        private mutating func year() {
            let mark = index
            if take(","), take(" "), digits(4...4) { return }
            index = mark
            if take(" "), digits(4...4) { return }
            index = mark
        }

        private mutating func letterRun() -> ArraySlice<Character>? {
            let start = index
            while let character = current, DatelineScanner.isLetter(character) { index += 1 }
            return index > start ? characters[start..<index] : nil
        }

        private mutating func digits(_ count: ClosedRange<Int>) -> Bool {
            let start = index
            while let character = current, let ascii = character.asciiValue, ascii &- 0x30 < 10 { index += 1 }
            if count.contains(index - start) { return true }
            index = start
            return false
        }

        /// "Reuters)", "AP)", "Agence France-Presse)": a short name closed by a bracket.
        mutating func agency() -> Bool {
            let start = index
            while let character = current, character != ")", index - start <= 40 {
                guard DatelineScanner.isLetter(character) || character == " " || character == "-" || character == "." || character == "&" else { return false }
                index += 1
            }
            guard index > start, DatelineScanner.isUppercase(characters[start]) else { return false }
            return take(")")
        }

        /// " - ", "—", "–" (spaces optional around the dashes), or ": " in the capitals form.
        mutating func separator(allowColon: Bool) -> Bool {
            let mark = index
            let spaces = skipSpaces()
            if take("—") || take("–") || take("―") { return true }
            if spaces > 0, take("-"), current == " " { return true }
            if allowColon, spaces == 0, take(":"), current == " " { return true }
            index = mark
            return false
        }
    }
}

extension DatelineScanner {
    /// The longest of `openers`.
    static let openerLength = openers.map(\.count).max() ?? 0

    // `Character`'s properties cost hundreds of instructions each; an ASCII character (nearly every one
    // in a dateline) answers from its byte. `asciiValue` is nil for anything else but CR LF, which is
    // neither a letter nor cased, as its byte (LF) says too.
    @inline(__always)
    static func isLetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isLetter }
        return (ascii | 0x20) &- 0x61 < 26
    }

    @inline(__always)
    static func isUppercase(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isUppercase }
        return ascii &- 0x41 < 26
    }

    @inline(__always)
    static func isLowercase(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isLowercase }
        return ascii &- 0x61 < 26
    }
}
