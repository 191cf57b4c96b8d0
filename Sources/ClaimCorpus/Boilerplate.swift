import Foundation

/// Recognises the lines of a scraped page that are not the article: styles and scripts, site disclaimers,
/// comment and share widgets, donation lines, and the related headlines that follow the body.
public enum Boilerplate {
    /// What to do with one line of text.
    public enum Verdict: Equatable {
        case keep
        /// Noise inside the body: drop the line, keep reading.
        case drop
        /// A widget or footer that ends the body: drop it and everything after it.
        case endOfBody
    }

    public static func classify(_ rawLine: String) -> Verdict {
        classify(rawLine, phrases: linePhrases.hits(in: rawLine))
    }

    static func classify(_ rawLine: String, phrases: UInt8) -> Verdict {
        // A short line of ASCII (most lines that are not paragraphs) is settled on its bytes.
        var text = rawLine
        if let verdict = text.withUTF8({ classify(bytes: $0, phrases: phrases) }) { return verdict }
        return classifyCharacters(rawLine, phrases: phrases)
    }

    /// The verdict a line's bytes settle: a short line of ASCII, or a paragraph kept without a question. Nil leaves the
    /// line to `classifyCharacters`.
    static func classify(bytes: UnsafeBufferPointer<UInt8>, phrases: UInt8) -> Verdict? {
        classifyShortASCII(bytes, phrases: phrases) ?? keepsParagraph(bytes, phrases: phrases)
    }

    /// `.keep` for a paragraph `classifyCharacters` keeps without a question, read on its bytes: longer than a short
    /// line with nothing to trim (so no marker set is asked), no phrase found, no code opening and fewer than two
    /// braces (so no code), and a word of three ASCII letters. Nil leaves the line to the characters.
    private static func keepsParagraph(_ bytes: UnsafeBufferPointer<UInt8>, phrases: UInt8) -> Verdict? {
        guard phrases & (endGroup | dropGroup) == 0, bytes.count > 64, !bytes.opensWithTrimmedSpace, !bytes.closesWithTrimmedSpace
        else { return nil }
        // The bytes `isCode` looks further at a line opening with.
        switch bytes[0] {
        case UInt8(ascii: "@"), UInt8(ascii: "<"), UInt8(ascii: "("), UInt8(ascii: "v"), UInt8(ascii: "w"), UInt8(ascii: "d"),
             UInt8(ascii: "/"): return nil
        default: break
        }
        if braceCount(bytes) >= 2 || !hasASCIIWord(bytes, minimumLetters: 3) { return nil }
        return .keep
    }

    /// `classify` by characters, for any line: the reference the byte path must agree with.
    static func classifyCharacters(_ rawLine: String, phrases: UInt8) -> Verdict {
        let line = rawLine.trimmingSpaces()
        if line.isEmpty { return .drop }
        // ASCII case folding is enough for the English markers, and far cheaper than lowercasing a paragraph.
        let isShort = line.utf8.count <= 64
        let lower = isShort ? foldingASCII(line) : ""
        if isShort, endMarkers.contains(lower) || hasPrefix(lower, among: endPrefixes) {
            return .endOfBody
        }
        if phrases & endGroup != 0 { return .endOfBody }
        if isShort, dropExact.contains(lower) || hasPrefix(lower, among: dropPrefixes) { return .drop }
        if isCode(line) || phrases & dropGroup != 0 { return .drop }
        // The widget test first: it is cheap (`lower` is empty for long lines), counting characters is not.
        if isCounterWidget(lower), line.count < 40 { return .drop }
        // A line with no word of three letters is debris ("in ,", "v", "|").
        if !hasWord(line, minimumLetters: 3) { return .drop }
        return .keep
    }

    /// The line with its ASCII capitals in lowercase, every other byte as it was.
    private static func foldingASCII(_ line: String) -> String {
        var text = line
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for offset in bytes.indices { buffer[offset] = PhraseSet.foldASCII(bytes[offset]) }
                return bytes.count
            }
        }
    }

    /// `prefixes.contains { lower.hasPrefix($0) }`: the prefixes are ASCII, so the first byte rules out
    /// most lines, and a byte match followed by an ASCII byte (or the end) is a match of characters.
    private static func hasPrefix(_ lower: String, among prefixes: [String]) -> Bool {
        guard let first = lower.utf8.first, prefixes.contains(where: { $0.utf8.first == first }) else { return false }
        return prefixes.contains { lower.hasPrefix($0) }
    }

    private static let bylineSeparators: Set<String> = ["|", "-", "–", "—", "·"]
    /// Whether a byte starts a separator, by byte value.
    private static let separatorLeads: [Bool] = (0...255).map { byte in bylineSeparators.contains { $0.utf8.first == UInt8(byte) } }
    /// Each separator's bytes, for `hasPartSeparator`.
    private static let separatorBytes: [[UInt8]] = bylineSeparators.map { Array($0.utf8) }

    /// Whether a line holds one of `bylineParts`' separators with a space on both sides: a scan of its bytes, so
    /// most lines are never split.
    static func hasPartSeparator(_ line: String) -> Bool {
        var text = line
        let separators = separatorBytes
        let leads = separatorLeads
        return text.withUTF8 { bytes in
            // The line's ends count as spaces, as they do for `bylineParts`.
            func spaceOrEnd(_ offset: Int) -> Bool { offset < 0 || offset >= bytes.count || bytes[offset] == 0x20 }
            // Only a byte a separator starts with is tried: most lines hold few.
            for start in bytes.indices where leads[Int(bytes[start])] && spaceOrEnd(start - 1) {
                for separator in separators where start + separator.count <= bytes.count && spaceOrEnd(start + separator.count)
                    && bytes[start..<(start + separator.count)].elementsEqual(separator) {
                    return true
                }
            }
            return false
        }
    }

    /// A byline's line split at " | ", " - ", " – ", " — " and " · " (a separator needs a space on both sides).
    static func bylineParts(_ line: String) -> [String] {
        // Without a byte any separator starts with, the line is one part (split at spaces and joined again).
        let leads = separatorLeads
        guard line.utf8.contains(where: { leads[Int($0)] }) else { return [line] }
        let separators = bylineSeparators
        var parts: [String] = []
        var current: [Substring] = []
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if separators.contains(String(word)) {
                parts.append(current.joinedBySpaces())
                current = []
            } else {
                current.append(word)
            }
        }
        parts.append(current.joinedBySpaces())
        return parts
    }

    /// Whether the word "by" (any case) stands among a line's first 48 bytes, the cheap test before a byline is parsed
    /// (every line near the top of an article is asked).
    private static func opensWithBy(_ line: String) -> Bool {
        // The bytes in place when the String has them so (no array made per line), else copied.
        line.utf8.withContiguousStorageIfAvailable { opensWithBy(UnsafeBufferPointer(rebasing: $0.prefix(48))) }
            ?? Array(line.utf8.prefix(48)).withUnsafeBufferPointer { opensWithBy($0) }
    }

    private static func opensWithBy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        for index in 0..<(bytes.count - 1) where bytes[index] | 0x20 == UInt8(ascii: "b") && bytes[index + 1] | 0x20 == UInt8(ascii: "y") {
            let before = index == 0 ? UInt8(ascii: " ") : bytes[index - 1]
            let after = index + 2 < bytes.count ? bytes[index + 2] : UInt8(ascii: " ")
            if before == UInt8(ascii: " ") || before == UInt8(ascii: "\t"), after == UInt8(ascii: " ") || after == UInt8(ascii: ":") {
                return true
            }
        }
        return false
    }

    /// A caption without the picture credit that ends it: "Fighters in the square. (Photo: AFP)" → "Fighters in the
    /// square." The credit names who took the picture, not who says anything.
    public static func removingTrailingCredit(_ line: String) -> String {
        guard line.lastUTF8Byte == UInt8(ascii: ")"), let open = line.utf8.lastIndex(of: UInt8(ascii: "(")),
              line.utf8.distance(from: open, to: line.utf8.endIndex) <= 80 else { return line }
        let inside = String(line[line.utf8.index(after: open)...]).lowercased()
        guard creditOpenings.contains(where: { inside.hasPrefix($0) }) else { return line }
        return String(line[..<open]).trimmingSpaces()
    }

    /// "24 Points", "0 Comments", "1 share": a number and a widget noun.
    private static func isCounterWidget(_ lower: String) -> Bool {
        // The first word must start with a digit: a line opening with another byte (not a space) is no widget.
        guard let first = lower.utf8.first, first &- 0x30 < 10 || first == UInt8(ascii: " ") else { return false }
        let words = lower.split(separator: " ")
        guard words.count == 2, !words[0].isEmpty, words[0].allSatisfy(\.isASCIIDigit) else { return false }
        return counterNouns.contains(String(words[1]))
    }

    /// "The post TITLE appeared first on OUTLET." names the outlet.
    public static func outlet(fromFooter line: String) -> String? {
        outlet(fromFooter: line, phrases: linePhrases.hits(in: line))
    }

    static func outlet(fromFooter line: String, phrases: UInt8) -> String? {
        let marker = "appeared first on "
        guard phrases & footerGroup != 0, let range = line.range(of: marker) else { return nil }
        var outlet = String(line[range.upperBound...]).trimmingSpaces()
        while let last = outlet.last, ".!".contains(last) { outlet.removeLast() }
        return outlet.isEmpty ? nil : outlet
    }

    /// A byline such as "By Jane Smith" or "Baghdad by Elijah J. Magnier:" gives the author; the other parts of its
    /// line come with it ("By A B and C D | Updated 20 October 2017" → "A B and C D", ["Updated 20 October 2017"]):
    /// parts are split at " | ", " - ", " – ", " — " and " · ". The byline may follow header parts
    /// ("13 November 2015 | By Hana Barzani").
    public static func byline(_ line: String) -> (author: String, others: [String])? {
        guard opensWithBy(line) else { return nil }
        let trimmed = line.trimmingSpaces()
        // `count < 160` without counting the characters of a long line.
        guard trimmed.utf8.count < 160 || trimmed.dropFirst(159).isEmpty else { return nil }
        let parts = bylineParts(trimmed).map { $0.trimmingSpaces() }
        for (index, part) in parts.enumerated() {
            if let author = author(inBylinePart: part) {
                return (author, parts.enumerated().filter { $0.offset != index && !$0.element.isEmpty }.map(\.element))
            }
            // Only header parts (a date, "Updated …") may stand before the byline.
            guard HeaderLines.field(of: part) != nil else { return nil }
        }
        return nil
    }

    /// The people a byline part names: "By A B", "Baghdad by A B:", "By A B, C D and E F".
    static func author(inBylinePart part: String) -> String? {
        var head = part.trimmingCharacters(in: ":")
        // A part of ASCII without a line feed (nearly every byline) is read on its bytes: each byte is a character.
        let ascii = head.withUTF8 { bytes -> String?? in
            bytes.contains { $0 >= 0x80 || $0 == 0x0A } ? .none : .some(author(inASCII: bytes))
        }
        return ascii ?? authorByCharacters(inHead: head)
    }

    /// `authorByCharacters` on the bytes of an ASCII part (no line feed, so no CR LF): words are the runs between
    /// spaces, and a word's case is its first byte's.
    private static func author(inASCII bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count < 80 else { return nil }
        var words: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: " ") { index += 1; continue }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: " ") { index += 1 }
            words.append(start..<index)
        }
        // `lowercasedEquals` and `startsUppercase` for ASCII.
        func isWord(_ word: Range<Int>, _ name: StaticString) -> Bool {
            word.count == name.utf8CodeUnitCount && word.indices.allSatisfy { bytes[$0] | 0x20 == name.utf8Start[$0 - word.lowerBound] }
        }
        func startsUppercase(_ word: Range<Int>) -> Bool { !word.isEmpty && bytes[word.lowerBound] &- 0x41 < 26 }
        guard let byIndex = words.firstIndex(where: { isWord($0, "by") }), byIndex <= 2 else { return nil }
        if byIndex > 0, !words[0..<byIndex].allSatisfy(startsUppercase) { return nil }
        var people = 1
        var wordsOfPerson = 0
        var wellFormed = true
        func endPerson() {
            if !(2...4).contains(wordsOfPerson) { wellFormed = false }
            people += 1
            wordsOfPerson = 0
        }
        for word in words[(byIndex + 1)...] {
            if isWord(word, "and") || word.count == 1 && bytes[word.lowerBound] == UInt8(ascii: "&") {
                endPerson()
            } else if bytes[word.upperBound - 1] == UInt8(ascii: ",") {
                if !startsUppercase(word.lowerBound..<(word.upperBound - 1)) { wellFormed = false }
                wordsOfPerson += 1
                endPerson()
            } else {
                if !startsUppercase(word) { wellFormed = false }
                wordsOfPerson += 1
            }
        }
        if !(2...4).contains(wordsOfPerson) { wellFormed = false }
        guard people <= 3, wellFormed else { return nil }
        // The author's words joined by single spaces.
        let names = words[(byIndex + 1)...]
        let length = names.reduce(-1) { $0 + $1.count + 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for word in names {
                if offset > 0 { buffer[offset] = UInt8(ascii: " "); offset += 1 }
                for index in word { buffer[offset] = bytes[index]; offset += 1 }
            }
            return offset
        }
    }

    /// `author(inBylinePart:)` by characters, for any part (`head`: the part without colons at its ends).
    static func authorByCharacters(inHead head: String) -> String? {
        guard head.utf8.count < 80 || head.dropFirst(79).isEmpty else { return nil }
        // The words stay Substrings of `head`, and each person is counted, not collected: one article in one has a byline.
        let words = head.splitAtSpaces()
        guard let byIndex = words.firstIndex(where: { $0.lowercasedEquals("by") }), byIndex <= 2 else { return nil }
        if byIndex > 0, !words[0..<byIndex].allSatisfy({ $0.startsUppercase() }) { return nil }
        // One to three people of two to four capitalised words, joined by "and" or commas.
        var people = 1
        var wordsOfPerson = 0
        var wellFormed = true
        func endPerson() {
            if !(2...4).contains(wordsOfPerson) { wellFormed = false }
            people += 1
            wordsOfPerson = 0
        }
        for word in words[(byIndex + 1)...] {
            if word.lowercasedEquals("and") || word == "&" {
                endPerson()
            } else if word.hasSuffix(asciiByte: UInt8(ascii: ",")) {
                if !word.dropLast().startsUppercase() { wellFormed = false }
                wordsOfPerson += 1
                endPerson()
            } else {
                if !word.startsUppercase() { wellFormed = false }
                wordsOfPerson += 1
            }
        }
        if !(2...4).contains(wordsOfPerson) { wellFormed = false }
        guard people <= 3, wellFormed else { return nil }
        return words[(byIndex + 1)...].joinedBySpaces()
    }

    private static func isCode(_ line: String) -> Bool {
        // Every code prefix starts with one of these bytes (a Character-wise prefix starts with its first byte).
        switch line.utf8.first {
        case UInt8(ascii: "@"), UInt8(ascii: "<"), UInt8(ascii: "("), UInt8(ascii: "v"), UInt8(ascii: "w"), UInt8(ascii: "d"),
             UInt8(ascii: "/"): break
        default: return hasTwoBraces(line) && (line.contains(":") || line.contains("("))
        }
        if line.hasPrefix("@media") || line.hasPrefix("@import") || line.hasPrefix("<script") || line.hasPrefix("<style") { return true }
        if line.hasPrefix("(function") || line.hasPrefix("(adsbygoogle") || line.hasPrefix("var ") || line.hasPrefix("window.") { return true }
        if line.hasPrefix("document.") || line.hasPrefix("//") && !line.hasPrefix("// ") { return true }
        // CSS rules and minified script: braces with property-like or call-like content (`dropPhrases` holds
        // the code phrases).
        return hasTwoBraces(line) && (line.contains(":") || line.contains("("))
    }

    /// Whether two characters are `{` or `}`. Each such character is one brace byte, so fewer than two
    /// brace bytes, or ASCII text, settles it; otherwise a brace with a combining mark is another
    /// character, so characters are counted.
    private static func hasTwoBraces(_ line: String) -> Bool {
        var text = line
        let (braces, isASCII) = text.withUTF8 { bytes -> (Int, Bool) in
            let braces = braceCount(bytes)
            return (braces, braces < 2 || !bytes.contains { $0 >= 0x80 })
        }
        if braces < 2 || isASCII { return braces >= 2 }
        return line.filter { $0 == "{" || $0 == "}" }.count >= 2
    }

    /// How many `{` and `}` bytes there are, counted up to two. Nearly every line has no brace: `memchr` finds
    /// that without a loop over its bytes here.
    private static func braceCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var braces = 0
        func count(_ brace: UInt8) {
            var from = 0
            while braces < 2, from < bytes.count, let hit = memchr(base + from, Int32(brace), bytes.count - from) {
                braces += 1
                from = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
        count(UInt8(ascii: "{"))
        count(UInt8(ascii: "}"))
        return braces
    }

    private static func hasWord(_ line: String, minimumLetters: Int) -> Bool {
        if hasASCIIWord(line, minimumLetters: minimumLetters) { return true }
        var run = 0
        for character in line {
            if character.isLetter {
                run += 1
                if run >= minimumLetters { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// A run of ASCII letters at the start or after an ASCII byte: that many letter characters (no ASCII
    /// letter extends a character, and an ASCII byte ends any character before it).
    private static func hasASCIIWord(_ line: String, minimumLetters: Int) -> Bool {
        var text = line
        return text.withUTF8 { hasASCIIWord($0, minimumLetters: minimumLetters) }
    }

    private static func hasASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, minimumLetters: Int) -> Bool {
        var run = 0
        var runStartsCharacter = false
        var previousIsASCII = true  // the start of the line
        for byte in bytes {
            if (byte | 0x20) &- 0x61 < 26 {
                if run == 0 { runStartsCharacter = previousIsASCII }
                run += 1
                if run >= minimumLetters && runStartsCharacter { return true }
            } else {
                run = 0
            }
            previousIsASCII = byte < 0x80
        }
        return false
    }

    static let endMarkers: Set<String> = [
        "what do you think?", "leave a comment", "leave a reply", "comments are closed.", "comments are closed",
        "notify of", "inline feedbacks", "view all comments", "upvote downvote", "report", "subscribe",
        "related posts", "related articles", "related", "share this:", "share this", "you may also like",
        "read more", "most popular", "trending",
    ]
    static let counterNouns: Set<String> = ["comment", "comments", "point", "points", "share", "shares", "view", "views"]
    static let endPrefixes = ["paypal:", "donate", "support us", "click here to donate", "share this article", "related:"]
    static let dropExact: Set<String> = ["* * *", "***", "source", "guest", "advertisement", "—", "share", "tweet", "email", "print"]
    static let dropPrefixes = ["key words:", "keywords:", "tags:", "published here:", "filed under:", "image:", "photo:", "credit:",
                                       "(photo:", "(image:", "(credit:", "photo credit:", "(photo credit:", "picture:", "(picture:",
                                       "photograph:", "(photograph:"]
    /// How a picture credit opens, inside brackets at the end of a caption.
    private static let creditOpenings = ["photo:", "photo credit:", "image:", "credit:", "picture:", "photograph:", "photos:"]
    /// The footer marker, the phrases that end the body, and code phrases (as written) and disclaimers
    /// (any case), which drop the line: one pass over a line finds all three groups, for `classify` and
    /// `outlet(fromFooter:)` together.
    static let linePhrases = PhraseSet(groups: [
        (exact: ["appeared first on "], folded: []),
        (exact: [], folded: ["appeared first on", "uses akismet"]),
        (exact: ["!important", "display:", ".push("], folded: disclaimerPhrases),
    ])
    static let footerGroup: UInt8 = 1 << 0
    static let endGroup: UInt8 = 1 << 1
    static let dropGroup: UInt8 = 1 << 2
    private static let disclaimerPhrases = [
        "opinions expressed in this column", "do not necessarily represent", "does not give financial",
        "all rights reserved", "cookie policy", "sign up for our newsletter",
        // Credit lines under a story: "SOURCE: Al Jazeera and news agencies", "X contributed to this report".
        "and news agencies", "contributed to this report", "contributed reporting", "contributed to this story",
    ]
}

extension String {
    /// Without leading and trailing white space (including no-break spaces and a byte-order mark).
    func trimmingSpaces() -> String {
        // When neither end's bytes spell a space (most lines), nothing is trimmed and no scalar is decoded. The
        // bytes are read in place: `utf8.last` alone costs more than the test.
        let untouched = utf8.withContiguousStorageIfAvailable { !$0.isEmpty && !$0.opensWithTrimmedSpace && !$0.closesWithTrimmedSpace }
        return untouched == true ? self : trimmingSpacesByScalars()
    }

    /// `utf8.last`, read in place when the bytes are contiguous (far cheaper than the view's index arithmetic).
    var lastUTF8Byte: UInt8? {
        utf8.withContiguousStorageIfAvailable { $0.last } ?? utf8.last
    }

    /// `trimmingSpaces` scalar by scalar, for any text.
    func trimmingSpacesByScalars() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              first.isTrimmedSpace || last.isTrimmedSpace else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isTrimmedSpace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isTrimmedSpace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    func trimmingCharacters(in set: String) -> String {
        if let trimmed = trimmingASCII(in: set) { return trimmed }
        let chars = Set(set)
        var start = startIndex
        var end = endIndex
        while start < end, chars.contains(self[start]) { start = index(after: start) }
        while end > start, chars.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Array where Element == UInt8 {
    /// Whether the UTF-8 of `phrase` occurs in these bytes; a plain scan, far cheaper than Foundation's search per line.
    public func contains(phrase: String) -> Bool {
        contains(phrase: Array(phrase.utf8))
    }

    /// The same with the phrase's UTF-8 made once, for phrases looked for on every line.
    public func contains(phrase needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var index = 0
        let last = count - needle.count
        while index <= last {
            if self[index] == first {
                var matched = 1
                while matched < needle.count, self[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Valid UTF-8 without the scalars `trimmingSpaces` removes from its ends: the same bytes that call leaves.
    func trimmingSpaces() -> UnsafeBufferPointer<UInt8> {
        var rest = self
        while rest.opensWithTrimmedSpace {
            // The lead byte gives the scalar's length: ASCII, C2 A0, or three bytes.
            let length = rest[0] < 0x80 ? 1 : rest[0] == 0xC2 ? 2 : 3
            rest = UnsafeBufferPointer(rebasing: rest[length...])
        }
        while rest.closesWithTrimmedSpace {
            let length = rest[rest.count - 1] < 0x80 ? 1 : rest[rest.count - 1] == 0xA0 ? 2 : 3
            rest = UnsafeBufferPointer(rebasing: rest[..<(rest.count - length)])
        }
        return rest
    }

    /// Whether valid UTF-8 opens with a scalar `isTrimmedSpace` holds: an ASCII space, or the bytes of U+00A0,
    /// U+2028 or U+FEFF (a lead byte is never a continuation byte, so these bytes are that scalar).
    var opensWithTrimmedSpace: Bool {
        guard let first = first else { return false }
        switch first {
        case 0x20, 0x09, 0x0D, 0x0A: return true
        case 0xC2: return count >= 2 && self[1] == 0xA0
        case 0xE2: return count >= 3 && self[1] == 0x80 && self[2] == 0xA8
        case 0xEF: return count >= 3 && self[1] == 0xBB && self[2] == 0xBF
        default: return false
        }
    }

    /// Whether valid UTF-8 closes with such a scalar.
    var closesWithTrimmedSpace: Bool {
        guard let last = last else { return false }
        switch last {
        case 0x20, 0x09, 0x0D, 0x0A: return true
        case 0xA0: return count >= 2 && self[count - 2] == 0xC2
        case 0xA8: return count >= 3 && self[count - 3] == 0xE2 && self[count - 2] == 0x80
        case 0xBF: return count >= 3 && self[count - 3] == 0xEF && self[count - 2] == 0xBB
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// The white space `trimmingSpaces` removes (the sentence splitter trims by the same list).
    var isTrimmedSpace: Bool {
        switch self {
        case " ", "\t", "\r", "\n", "\u{00A0}", "\u{2028}", "\u{FEFF}": return true
        default: return false
        }
    }
}
