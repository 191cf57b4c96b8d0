import Foundation

/// Lines above a plain-text article's body that describe the article rather than report anything:
/// `Title: …`, `Published: 18 March 2018`, `Posted on March 18, 2018`, `Source: Levant Wire`, `Author: …`, or a date
/// on a line of its own. They fill the metadata (a sidecar's or front matter's values win) and are not body
/// text, so they never become claims. A date read here has the basis `stated` (the article's text states it).
enum HeaderLines {
    /// Header lines sit among the first few non-empty lines, before the first long (body) line.
    static let window = 6

    static func take(from lines: inout [String], into meta: inout ArticleMetadata) {
        var seen = 0
        var index = 0
        var taken: [Int] = []
        var updated: CalendarDate?
        while index < lines.count, seen < window {
            let line = lines[index]
            defer { index += 1 }
            if line.isEmpty { continue }
            seen += 1
            guard line.utf8.count <= 120 else { break }
            // The first line is the headline's; a reporter's "Name in City" line may follow it.
            guard let fields = fields(ofLine: line) ?? (seen > 1 ? reporterInCity(line).map { [$0] } : nil) else { continue }
            for field in fields { record(field, into: &meta, updated: &updated) }
            taken.append(index)
        }
        settle(updated, into: &meta)
        for position in taken.reversed() { lines.remove(at: position) }
    }

    /// The header fields among `parts` (the rest of a byline's line), where the metadata has none yet.
    static func apply(_ parts: [String], to meta: inout ArticleMetadata) {
        var updated: CalendarDate?
        for part in parts {
            if let field = field(of: part) { record(field, into: &meta, updated: &updated) }
        }
        settle(updated, into: &meta)
    }

    /// Fills the field the metadata lacks; an update time is kept aside for `settle`.
    private static func record(_ field: Field, into meta: inout ArticleMetadata, updated: inout CalendarDate?) {
        switch field {
        case .published(let date):
            if meta.published == nil { meta.published = date.iso; meta.date_basis = DateBasis.stated.rawValue }
        case .updated(let date):
            updated = updated ?? date
        case .outlet(let name):
            if meta.outlet == nil { meta.outlet = name }
        case .author(let name):
            if meta.author == nil { meta.author = name }
        case .title(let title):
            if meta.title == nil { meta.title = title }
        }
    }

    /// An update time stands in for the publication date only when nothing better is given.
    private static func settle(_ updated: CalendarDate?, into meta: inout ArticleMetadata) {
        if meta.published == nil, let updated { meta.published = updated.iso; meta.date_basis = DateBasis.stated.rawValue }
    }

    enum Field: Equatable {
        case published(CalendarDate), updated(CalendarDate), outlet(String), author(String), title(String)
    }

    /// What a header line says: one field, or several in parts that are all header fields
    /// ("November 9, 2017 — Levant Monitor staff"); nil for a line that is not one.
    static func fields(ofLine line: String) -> [Field]? {
        if let field = field(of: line) { return [field] }
        guard Boilerplate.hasPartSeparator(line) else { return nil }
        let parts = Boilerplate.bylineParts(line)
        guard parts.count > 1 else { return nil }
        var fields: [Field] = []
        for part in parts {
            let part = part.trimmingSpaces()
            guard let field = field(of: part) ?? staffCredit(part) else { return nil }
            fields.append(field)
        }
        return fields
    }

    /// "Martin Kells in Beirut": a reporter's name of two to four capitalised words and the city filed from, the
    /// Guardian's byline.
    static func reporterInCity(_ line: String) -> Field? {
        guard line.utf8.count <= 80, Array(line.utf8).contains(phrase: " in ") else { return nil }
        let words = line.trimmingSpaces().splitAtSpaces()
        guard (4...8).contains(words.count), let at = words.firstIndex(of: "in"), (2...4).contains(at), words.count - at - 1 <= 3,
              words.allSatisfy({ $0 == "in" || ($0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }) })
        else { return nil }
        return .author(words[..<at].joinedBySpaces())
    }

    /// A line that is only an outlet's name: one to four capitalised words, one of them a word outlets are named
    /// by ("Associated Press", "Levant News Agency", "The Tigris Review").
    static func outletLine(_ line: String) -> String? {
        let trimmed = line.trimmingSpaces()
        let words = trimmed.splitAtSpaces()
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }),
              words.contains(where: { outletWords.contains($0.lowercased()) }) else { return nil }
        return trimmed
    }

    private static let outletWords: Set<String> = [
        "press", "news", "agency", "reuters", "afp", "times", "post", "wire", "daily", "media", "network", "television",
        "radio", "tv", "journal", "monitor", "review", "gazette", "herald", "telegraph", "guardian", "observer", "tribune",
        "bureau", "service", "desk",
    ]

    /// "Levant Monitor staff", "Reuters Staff": an outlet's staff credited as a whole, which names the outlet.
    static func staffCredit(_ part: String) -> Field? {
        let words = part.splitAtSpaces()
        guard (2...6).contains(words.count), let last = words.last, last.lowercasedEquals("staff"),
              words.dropLast().allSatisfy({ $0.startsUppercase() }) else { return nil }
        return .outlet(words.dropLast().joinedBySpaces())
    }

    /// What a header line says, nil for a line that is not one.
    static func field(of line: String) -> Field? {
        if let date = WrittenDate.parse(line) { return .published(date) }
        let (key, value, hadColon) = split(line)
        guard let key, !value.isEmpty else { return nil }
        if publishedKeys.contains(key) || updatedKeys.contains(key) {
            var dateText = Substring(value)
            if dateText.lowercased().hasPrefix("on ") { dateText = dateText.dropFirst(3) }
            guard let date = WrittenDate.parse(String(dateText)) else { return nil }
            return publishedKeys.contains(key) ? .published(date) : .updated(date)
        }
        // Titles, outlets and authors need the colon: "Source close to the talks said …" is prose.
        guard hadColon, value.first?.isLetter == true || value.first?.isNumber == true else { return nil }
        if titleKeys.contains(key) { return .title(value) }
        guard value.utf8.count <= 80, value.first?.isLetter == true else { return nil }
        if outletKeys.contains(key) { return .outlet(value) }
        if authorKeys.contains(key) { return .author(value) }
        return nil
    }

    /// The lowercased key before a colon, or the first one or two words when they are a date key
    /// ("Posted on …", "First published 3 May 2017"); the value after it.
    private static func split(_ line: String) -> (key: String?, value: String, hadColon: Bool) {
        if let colon = firstColon(in: line) {
            let key = String(line[..<colon]).trimmingSpaces().lowercased()
            if key.splitAtSpaces().count <= 2 {
                return (key, String(line[line.index(after: colon)...]).trimmingSpaces(), true)
            }
        }
        guard mayOpenDateKey(line) else { return (nil, "", false) }
        let words = line.split(separator: " ", maxSplits: 2)
        for count in [2, 1] where words.count > count {
            let key = words[..<count].joinedBySpaces().lowercased()
            if publishedKeys.contains(key) || updatedKeys.contains(key) {
                return (key, words[count...].joinedBySpaces(), false)
            }
        }
        return (nil, "", false)
    }

    /// `line.firstIndex(of: ":")`, found on the bytes when the first colon byte has an ASCII byte (or the line's
    /// start) before it and an ASCII byte (or the end) after it: no ASCII scalar extends the character before it or
    /// is a prepended mark, and none extends the colon, so that colon is a character of its own, and no earlier
    /// character can be a colon without a colon byte. Any other colon is left to Characters.
    static func firstColon(in line: String) -> String.Index? {
        var text = line
        // The colon's offset; -1 for none, nil when a non-ASCII neighbour leaves it to Characters.
        let found = text.withUTF8 { bytes -> Int?? in
            guard let base = bytes.baseAddress, let hit = memchr(base, Int32(UInt8(ascii: ":")), bytes.count) else { return .some(nil) }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if offset > 0, bytes[offset - 1] >= 0x80 { return .none }
            if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80 { return .none }
            return .some(offset)
        }
        guard let found else { return line.firstIndex(of: ":") }
        return found.map { line.utf8.index(line.utf8.startIndex, offsetBy: $0) }
    }

    /// Whether the first word, lowercased, may start a date key: false when the line opens with a word of ASCII bytes
    /// that ends at a space with an ASCII byte after it (or at the end), so that it is the first word the split
    /// makes, and that word is no key's first word ("Deir …", "Posting …"): no words need joining.
    static func mayOpenDateKey(_ line: String) -> Bool {
        var text = line
        return text.withUTF8 { bytes in
            guard let first = bytes.first, first != UInt8(ascii: " ") else { return true }
            var end = 0
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") {
                if bytes[end] >= 0x80 { return true }
                end += 1
            }
            if end + 1 < bytes.count, bytes[end + 1] >= 0x80 { return true }
            let word = UnsafeBufferPointer(rebasing: bytes[..<end])
            // ASCII lowercasing, as `lowercased()` does for these bytes.
            return dateKeyFirstWords.contains { key in
                key.count == word.count && zip(key, word).allSatisfy { $0 == ($1 &- 0x41 < 26 ? $1 | 0x20 : $1) }
            }
        }
    }

    /// The first words of the date keys ("published", "first", "last" …), as bytes.
    private static let dateKeyFirstWords: [[UInt8]] = Set(publishedKeys.union(updatedKeys).map { $0.split(separator: " ")[0] })
        .sorted().map { Array($0.utf8) }

    private static let publishedKeys: Set<String> = ["published", "date", "posted", "first published", "published on",
                                                     "posted on", "dated", "filed"]
    private static let updatedKeys: Set<String> = ["updated", "last updated", "modified", "updated on"]
    private static let outletKeys: Set<String> = ["source", "outlet", "publisher", "publication", "site"]
    private static let authorKeys: Set<String> = ["author", "by", "written by", "reporter", "byline"]
    private static let titleKeys: Set<String> = ["title", "headline"]
}
