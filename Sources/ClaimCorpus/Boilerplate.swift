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
        let lower = line.lowercased()
        if endMarkers.contains(where: { lower == $0 }) || endPrefixes.contains(where: { lower.hasPrefix($0) })
            || lower.contains("appeared first on") || lower.contains("uses akismet") {
            return .endOfBody
        }
        if isCode(line) || dropExact.contains(lower) || dropPrefixes.contains(where: { lower.hasPrefix($0) })
            || disclaimerPhrases.contains(where: { lower.contains($0) }) {
            return .drop
        }
        if line.count < 40, lower.range(of: #"^\d+ (comments?|points?|shares?|views?)$"#, options: .regularExpression) != nil {
            return .drop
        }
        // A line with no word of three letters is debris ("in ,", "v", "|").
        if !hasWord(line, minimumLetters: 3) { return .drop }
        return .keep
    }

    /// "The post TITLE appeared first on OUTLET." names the outlet.
    public static func outlet(fromFooter line: String) -> String? {
        guard let range = line.range(of: "appeared first on ") else { return nil }
        var outlet = String(line[range.upperBound...]).trimmingSpaces()
        while let last = outlet.last, ".!".contains(last) { outlet.removeLast() }
        return outlet.isEmpty ? nil : outlet
    }

    /// A byline such as "By Jane Smith" or "Baghdad by Elijah J. Magnier:" gives the author.
    public static func author(fromByline line: String) -> String? {
        let trimmed = line.trimmingSpaces().trimmingCharacters(in: ":")
        guard trimmed.count < 80 else { return nil }
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
        // CSS rules and minified script: braces with property-like or call-like content.
        let braces = line.filter { $0 == "{" || $0 == "}" }.count
        if braces >= 2, line.contains(":") || line.contains("(") { return true }
        if line.contains("!important") || line.contains("display:") || line.contains(".push(") { return true }
        return false
    }

    private static func hasWord(_ line: String, minimumLetters: Int) -> Bool {
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

    private static let endMarkers: Set<String> = [
        "what do you think?", "leave a comment", "leave a reply", "comments are closed.", "comments are closed",
        "notify of", "inline feedbacks", "view all comments", "upvote downvote", "report", "subscribe",
        "related posts", "related articles", "related", "share this:", "share this", "you may also like",
        "read more", "most popular", "trending",
    ]
    private static let endPrefixes = ["paypal:", "donate", "support us", "click here to donate", "share this article", "related:"]
    private static let dropExact: Set<String> = ["* * *", "***", "source", "guest", "advertisement", "—", "share", "tweet", "email", "print"]
    private static let dropPrefixes = ["key words:", "keywords:", "tags:", "published here:", "filed under:", "image:", "photo:", "credit:"]
    private static let disclaimerPhrases = [
        "opinions expressed in this column", "do not necessarily represent", "does not give financial",
        "all rights reserved", "cookie policy", "sign up for our newsletter",
    ]
}

extension String {
    func trimmingSpaces() -> String {
        trimmingCharacters(in: " \t\r\n\u{00A0}\u{2028}\u{FEFF}")
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
