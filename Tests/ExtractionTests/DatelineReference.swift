@testable import ClaimExtraction

// The dateline grammar as it was written before `DatelineScanner.Cursor` read characters as bytes
// (commit af63d7c): every test and comparison on `Character`s. `DatelineEquivalenceTests` checks the
// scanner against it. Kept only as that reference; nothing else uses it.
enum ReferenceDatelineScanner {
    /// Datelines are short; a longer prefix is a sentence.
    static let maximumLength = 90

    static func find(in text: String) -> Dateline? {
        var scanner = Cursor(Array(text.prefix(maximumLength + 1)))
        scanner.skipSpaces()
        let start = scanner.index
        // A sentence opening with a preposition or article ("In Mosul, Iraq — where …") is prose.
        guard let firstWord = scanner.peekLetters(), !Self.openers.contains(firstWord.lowercased()) else { return nil }
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

        /// The letters from here, without moving.
        func peekLetters() -> String? {
            var end = index
            while end < characters.count, characters[end].isLetter { end += 1 }
            return end > index ? String(characters[index..<end]) : nil
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
                guard take(" "), current?.isLetter == true, !atDate else { index = mark; break }
            }
            return words.isEmpty ? nil : words
        }

        /// Letters with inner hyphens, apostrophes and dots: "AL-QAIM", "Deir", "D.C.", "Qa’im".
        private mutating func word() -> Word? {
            guard let first = current, first.isLetter else { return nil }
            var letters: [Character] = []
            var afterHyphen: Character?
            while let character = current,
                  character.isLetter || ((character == "-" || character == "'" || character == "’" || character == ".")
                                         && index + 1 < characters.count && (characters[index + 1].isLetter || character == ".")) {
                if character.isLetter { letters.append(character) }
                if character == "-", afterHyphen == nil { afterHyphen = characters[index + 1] }
                index += 1
            }
            let cased = letters.filter { $0.isUppercase || $0.isLowercase }
            let isCapitals = cased.count >= 2 && cased.allSatisfy(\.isUppercase)
            // Title case, allowing a lowercase article before a hyphen ("al-Qaim", "ash-Shaddadi") and
            // lowercase particles.
            let isTitleCase = first.isUppercase || Cursor.particles.contains(String(letters).lowercased())
                || (first.isLowercase && afterHyphen?.isUppercase == true)
            return Word(isCapitals: isCapitals, isTitleCase: isTitleCase)
        }

        static let particles: Set<String> = ["al", "el", "ad", "as", "ash", "az", "ez", "ar", "de", "of"]

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
            if let month = letterRun(), Cursor.months.contains(month.lowercased()) {
                _ = take(".")
                if take(" "), digits(1...2) { year(); return true }
            }
            index = mark
            if digits(1...2), take(" "), let month = letterRun(), Cursor.months.contains(month.lowercased()) {
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

        private mutating func letterRun() -> String? {
            let start = index
            while let character = current, character.isLetter { index += 1 }
            return index > start ? String(characters[start..<index]) : nil
        }

        private mutating func digits(_ count: ClosedRange<Int>) -> Bool {
            let start = index
            while let character = current, character.isASCII, character.isNumber { index += 1 }
            if count.contains(index - start) { return true }
            index = start
            return false
        }

        /// "Reuters)", "AP)", "Agence France-Presse)": a short name closed by a bracket.
        mutating func agency() -> Bool {
            let start = index
            while let character = current, character != ")", index - start <= 40 {
                guard character.isLetter || character == " " || character == "-" || character == "." || character == "&" else { return false }
                index += 1
            }
            guard index > start, characters[start].isUppercase else { return false }
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
