extension DatelineScanner {
    /// The first characters of a sentence, read `Character` by `Character` by the dateline grammar.
    ///
    /// Each character is held as its ASCII value, so the grammar's tests are byte tests (a `Character`'s
    /// properties and comparisons cost hundreds of instructions each); the `Character`s themselves are kept
    /// only when some is not ASCII, and answer for those. Plain ASCII text is not split into characters at all.
    struct Cursor {
        /// Every character's `asciiValue` (CR LF is LF), 0 for a character that is not ASCII.
        let ascii: [UInt8]
        /// The characters, when some is not ASCII; nil when all are (`ascii` then says everything).
        let characters: [Character]?
        var index = 0

        /// The first `length` characters of `text`.
        init(prefixOf text: String, length: Int) {
            // ASCII without CR (which joins a following LF) is one character per byte, provided the byte after
            // the prefix is ASCII too (a combining mark there would join the prefix's last character).
            var text = text  // `withUTF8` reads a native string in place
            var bytes = text.withUTF8 { Array($0.prefix(length + 1)) }
            if bytes.allSatisfy({ $0 < 0x80 }) && !bytes.prefix(length).contains(0x0D) {
                if bytes.count > length { bytes.removeLast() }
                ascii = bytes
                characters = nil
            } else {
                (characters, ascii) = Cursor.characters(of: text, length: length)
            }
        }

        /// `Array(text.prefix(length))` and the characters' `asciiValue`s, without grapheme breaking when every
        /// scalar there (and the one after) is a `Character` of its own (`NameText.isSingleCharacterScalar`, no CR).
        private static func characters(of text: String, length: Int) -> (characters: [Character], ascii: [UInt8]) {
            var characters: [Character] = [], ascii: [UInt8] = []
            characters.reserveCapacity(length)
            ascii.reserveCapacity(length)
            for scalar in text.unicodeScalars {
                guard NameText.isSingleCharacterScalar(scalar.value), scalar != "\r" else {
                    let characters = Array(text.prefix(length))
                    return (characters, characters.map { $0.asciiValue ?? 0 })
                }
                guard characters.count < length else { break }
                characters.append(Character(scalar))
                ascii.append(scalar.value < 0x80 ? UInt8(scalar.value) : 0)
            }
            return (characters, ascii)
        }

        var count: Int { ascii.count }

        // MARK: Characters

        /// Whether the character at `position` is the ASCII character `byte`.
        func isASCII(_ byte: UInt8, at position: Int) -> Bool { position < ascii.count && ascii[position] == byte }

        /// Whether the character at `position` is `character` (one that is not ASCII).
        func isCharacter(_ character: Character, at position: Int) -> Bool {
            position < ascii.count && ascii[position] == 0 && characters?[position] == character
        }

        func isLetter(at position: Int) -> Bool {
            let byte = ascii[position]
            guard byte == 0, let characters else { return (byte | 0x20) &- 0x61 < 26 }
            return characters[position].isLetter
        }

        func isUppercase(at position: Int) -> Bool {
            let byte = ascii[position]
            guard byte == 0, let characters else { return byte &- 0x41 < 26 }
            return characters[position].isUppercase
        }

        func isLowercase(at position: Int) -> Bool {
            let byte = ascii[position]
            guard byte == 0, let characters else { return byte &- 0x61 < 26 }
            return characters[position].isLowercase
        }

        /// The characters at `positions`, joined and lowercased.
        func lowercased<Positions: Sequence<Int>>(_ positions: Positions) -> String {
            if let characters { return String(positions.map { characters[$0] }).lowercased() }
            return String(decoding: positions.map { ascii[$0] }, as: UTF8.self).lowercased()
        }

        // MARK: Moving

        var startsWithLetter: Bool { index < count && isLetter(at: index) }

        /// Whether the letters from here are one of `openers`, without moving.
        func startsWithOpener() -> Bool {
            var end = index
            while end < count, isLetter(at: end) { end += 1 }
            // No opener is longer than `openerLength` letters (lowercasing keeps the count): no string needed.
            guard end - index <= DatelineScanner.openerLength else { return false }
            return DatelineScanner.openers.contains(lowercased(index..<end))
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard isASCII(byte, at: index) else { return false }
            index += 1
            return true
        }

        mutating func take(_ character: Character) -> Bool {
            guard isCharacter(character, at: index) else { return false }
            index += 1
            return true
        }

        /// Spaces and no-break spaces.
        @discardableResult
        mutating func skipSpaces() -> Int {
            let start = index
            while isASCII(0x20, at: index) || isCharacter("\u{A0}", at: index) { index += 1 }
            return index - start
        }

        // MARK: Grammar

        /// `name ("/" name)*`; names of one to four words joined by single spaces.
        mutating func names() -> [Word]? {
            var words: [Word] = []
            repeat {
                guard let name = name() else { return nil }
                words += name
            } while take(0x2F)
            return words
        }

        private mutating func name() -> [Word]? {
            var words: [Word] = []
            while words.count < 4, let word = word() {
                words.append(word)
                let mark = index
                guard take(0x20), startsWithLetter, !atDate else { index = mark; break }
            }
            return words.isEmpty ? nil : words
        }

        /// Letters with inner hyphens, apostrophes and dots: "AL-QAIM", "Deir", "D.C.", "Qa’im".
        private mutating func word() -> Word? {
            guard startsWithLetter else { return nil }
            let first = index
            // Counted, not collected: the first three letters' positions are all a particle needs.
            var letters = 0, cased = 0, uppercase = 0
            var firstLetters = (0, 0, 0)
            var afterHyphen: Int?
            while index < count {
                let isLetter = isLetter(at: index)
                let isDot = isASCII(0x2E, at: index)
                guard isLetter || ((isASCII(0x2D, at: index) || isASCII(0x27, at: index) || isCharacter("’", at: index) || isDot)
                                   && index + 1 < count && (self.isLetter(at: index + 1) || isDot)) else { break }
                if isLetter {
                    switch letters {
                    case 0: firstLetters.0 = index
                    case 1: firstLetters.1 = index
                    case 2: firstLetters.2 = index
                    default: break
                    }
                    letters += 1
                    if isUppercase(at: index) {
                        cased += 1
                        uppercase += 1
                    } else if isLowercase(at: index) {
                        cased += 1
                    }
                }
                if isASCII(0x2D, at: index), afterHyphen == nil { afterHyphen = index + 1 }
                index += 1
            }
            let isCapitals = cased >= 2 && uppercase == cased
            // Title case, allowing a lowercase article before a hyphen ("al-Qaim", "ash-Shaddadi") and
            // lowercase particles (none is longer than three letters).
            let isTitleCase = isUppercase(at: first)
                || (letters <= 3 && Cursor.particles.contains(lowercased([firstLetters.0, firstLetters.1, firstLetters.2].prefix(letters))))
                || (isLowercase(at: first) && afterHyphen.map { isUppercase(at: $0) } == true)
            return Word(isCapitals: isCapitals, isTitleCase: isTitleCase)
        }

        static let particles: GrammarWordSet = ["al", "el", "ad", "as", "ash", "az", "ez", "ar", "de", "of"]

        static let months: GrammarWordSet = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december",
        ]

        /// Whether the letters `run` are a month's name (none is longer than nine letters).
        private func isMonth(_ run: Range<Int>) -> Bool {
            run.count <= 9 && Cursor.months.contains(lowercased(run))
        }

        /// Whether a date starts here (a month name or a day number), so it is not read as a place.
        var atDate: Bool {
            var probe = self
            return probe.date()
        }

        /// `month ["."] " " day` or `day " " month`, then an optional ", year".
        mutating func date() -> Bool {
            let mark = index
            if let month = letterRun(), isMonth(month) {
                _ = take(0x2E)
                if take(0x20), digits(1...2) { year(); return true }
            }
            index = mark
            if digits(1...2), take(0x20), let month = letterRun(), isMonth(month) {
                _ = take(0x2E)
                year()
                return true
            }
            index = mark
            return false
        }

        private mutating func year() {
            let mark = index
            if take(0x2C), take(0x20), digits(4...4) { return }
            index = mark
            if take(0x20), digits(4...4) { return }
            index = mark
        }

        private mutating func letterRun() -> Range<Int>? {
            let start = index
            while index < count, isLetter(at: index) { index += 1 }
            return index > start ? start..<index : nil
        }

        /// ASCII digits (the only ASCII characters that are numbers).
        private mutating func digits(_ count: ClosedRange<Int>) -> Bool {
            let start = index
            while index < ascii.count, ascii[index] &- 0x30 < 10 { index += 1 }
            if count.contains(index - start) { return true }
            index = start
            return false
        }

        /// "Reuters)", "AP)", "Agence France-Presse)": a short name closed by a bracket.
        mutating func agency() -> Bool {
            let start = index
            while index < count, !isASCII(0x29, at: index), index - start <= 40 {
                let byte = ascii[index]
                guard isLetter(at: index) || byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x26 else { return false }
                index += 1
            }
            guard index > start, isUppercase(at: start) else { return false }
            return take(0x29)
        }

        /// TASS's form after the date, ". /TASS/." (or without the periods): the agency between slashes, which also
        /// ends the dateline. Returns the agency's range.
        mutating func slashedAgency() -> Range<Int>? {
            let mark = index
            _ = take(0x2E)
            skipSpaces()
            guard take(0x2F) else { index = mark; return nil }
            let start = index
            while index < count, index - start <= 20, isLetter(at: index) || isASCII(0x20, at: index) || isASCII(0x2D, at: index) {
                index += 1
            }
            guard index > start, isUppercase(at: start) else { index = mark; return nil }
            let agency = start..<index
            guard take(0x2F) else { index = mark; return nil }
            _ = take(0x2E)
            return agency
        }

        /// " - ", "—", "–" (spaces optional around the dashes), or ": " in the capitals form.
        mutating func separator(allowColon: Bool) -> Bool {
            let mark = index
            let spaces = skipSpaces()
            if take("—") || take("–") || take("―") { return true }
            if spaces > 0, take(0x2D), isASCII(0x20, at: index) { return true }
            if allowColon, spaces == 0, take(0x3A), isASCII(0x20, at: index) { return true }
            index = mark
            return false
        }
    }

    /// The longest of `openers`.
    static let openerLength = openers.map(\.count).max() ?? 0
}
