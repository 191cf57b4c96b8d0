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
        let line = rawLine.trimmingSpaces()
        if line.isEmpty { return .drop }
        // ASCII case folding is enough for the English markers, and far cheaper than lowercasing a paragraph.
        let isShort = line.utf8.count <= 64
        let lower = isShort ? String(decoding: line.utf8.map(PhraseSet.foldASCII), as: UTF8.self) : ""
        if isShort, endMarkers.contains(lower) || endPrefixes.contains(where: { lower.hasPrefix($0) }) {
            return .endOfBody
        }
        if endPhrases.occurs(in: line) { return .endOfBody }
        if isShort, dropExact.contains(lower) || dropPrefixes.contains(where: { lower.hasPrefix($0) }) { return .drop }
        if isCode(line) || dropPhrases.occurs(in: line) { return .drop }
        // The widget test first: it is cheap (`lower` is empty for long lines), counting characters is not.
        if isCounterWidget(lower), line.count < 40 { return .drop }
        // A line with no word of three letters is debris ("in ,", "v", "|").
        if !hasWord(line, minimumLetters: 3) { return .drop }
        return .keep
    }

    /// "24 Points", "0 Comments", "1 share": a number and a widget noun.
    private static func isCounterWidget(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        guard words.count == 2, !words[0].isEmpty, words[0].allSatisfy(\.isASCIIDigit) else { return false }
        return counterNouns.contains(String(words[1]))
    }

    /// "The post TITLE appeared first on OUTLET." names the outlet.
    public static func outlet(fromFooter line: String) -> String? {
        let marker = "appeared first on "
        guard footerMarker.occurs(in: line), let range = line.range(of: marker) else { return nil }
        var outlet = String(line[range.upperBound...]).trimmingSpaces()
        while let last = outlet.last, ".!".contains(last) { outlet.removeLast() }
        return outlet.isEmpty ? nil : outlet
    }

    /// A byline such as "By Jane Smith" or "Baghdad by Elijah J. Magnier:" gives the author.
    public static func author(fromByline line: String) -> String? {
        let trimmed = line.trimmingSpaces().trimmingCharacters(in: ":")
        // `count < 80` without counting the characters of a long line.
        guard trimmed.utf8.count < 80 || trimmed.dropFirst(79).isEmpty else { return nil }
        let words = trimmed.split(separator: " ").map(String.init)
        guard let byIndex = words.firstIndex(where: { $0.lowercased() == "by" }), byIndex <= 2 else { return nil }
        let name = words[(byIndex + 1)...]
        guard (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        if byIndex > 0, !words[0..<byIndex].allSatisfy({ $0.first?.isUppercase == true }) { return nil }
        return name.joined(separator: " ")
    }

    private static func isCode(_ line: String) -> Bool {
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
        var braces = 0
        var isASCII = true
        var text = line
        text.withUTF8 { bytes in
            for byte in bytes {
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { braces += 1 }
                if byte >= 0x80 { isASCII = false }
            }
        }
        if braces < 2 || isASCII { return braces >= 2 }
        return line.filter { $0 == "{" || $0 == "}" }.count >= 2
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
        return text.withUTF8 { bytes in
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
    }

    private static let endMarkers: Set<String> = [
        "what do you think?", "leave a comment", "leave a reply", "comments are closed.", "comments are closed",
        "notify of", "inline feedbacks", "view all comments", "upvote downvote", "report", "subscribe",
        "related posts", "related articles", "related", "share this:", "share this", "you may also like",
        "read more", "most popular", "trending",
    ]
    private static let counterNouns: Set<String> = ["comment", "comments", "point", "points", "share", "shares", "view", "views"]
    private static let endPrefixes = ["paypal:", "donate", "support us", "click here to donate", "share this article", "related:"]
    private static let dropExact: Set<String> = ["* * *", "***", "source", "guest", "advertisement", "—", "share", "tweet", "email", "print"]
    private static let dropPrefixes = ["key words:", "keywords:", "tags:", "published here:", "filed under:", "image:", "photo:", "credit:"]
    private static let footerMarker = PhraseSet(exact: ["appeared first on "])
    private static let endPhrases = PhraseSet(folded: ["appeared first on", "uses akismet"])
    /// Code phrases (as written) and disclaimers (any case): either drops the line.
    private static let dropPhrases = PhraseSet(exact: ["!important", "display:", ".push("], folded: disclaimerPhrases)
    private static let disclaimerPhrases = [
        "opinions expressed in this column", "do not necessarily represent", "does not give financial",
        "all rights reserved", "cookie policy", "sign up for our newsletter",
    ]
}

extension String {
    /// Without leading and trailing white space (including no-break spaces and a byte-order mark).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              isTrimmedSpace(first) || isTrimmedSpace(last) else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmedSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmedSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    private func isTrimmedSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\r", "\n", "\u{00A0}", "\u{2028}", "\u{FEFF}": return true
        default: return false
        }
    }

    func trimmingCharacters(in set: String) -> String {
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
