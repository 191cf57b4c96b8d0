import Foundation

/// Turns an HTML page into article text: scripts and styles removed, block tags as line breaks,
/// entities decoded; the title and `<meta>` dates, authors and site name read.
enum HTMLText {
    struct Page {
        var text: String
        var metadata: ArticleMetadata
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        // Both markers start with '<', which no lowercasing makes: without one, skip the head's Characters.
        let hasAngle = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "<")), bytes.count) != nil } ?? false
        } ?? text.utf8.contains(UInt8(ascii: "<"))
        guard hasAngle else { return false }
        if let answer = asciiHeadHasMarker(text) { return answer }
        let head = text.prefix(512).lowercased()
        return head.contains("<!doctype html") || head.contains("<html")
    }

    /// The same test on a head of plain ASCII (no CR), where the first 512 characters are the first 512
    /// bytes (the 513th byte is ASCII too, so no combining mark joins the last one) and lowercasing and
    /// searching work byte by byte; nil for any other head.
    private static func asciiHeadHasMarker(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            let checked = bytes.prefix(513)
            guard !checked.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
            let head = bytes.prefix(512).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            return head.contains(phrase: "<!doctype html") || head.contains(phrase: "<html")
        }
    }

    static func extract(_ html: String) -> Page {
        var meta = ArticleMetadata()
        let (titleText, metaTags) = HTMLBytes.titleAndMetaTags(html) ?? regexTitleAndMetaTags(html)
        meta.title = titleText.map(decodeEntities)?.trimmingSpaces()
        for tag in metaTags {
            let attributes = attributes(of: tag)
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            guard let content = attributes["content"].map(decodeEntities), !content.isEmpty else { continue }
            switch key {
            case "article:published_time", "date", "pubdate", "publishdate", "dc.date", "datepublished", "og:published_time":
                meta.published = meta.published ?? content
            case "author", "article:author", "dc.creator":
                meta.author = meta.author ?? content
            case "og:site_name", "application-name":
                meta.outlet = meta.outlet ?? content
            case "og:title":
                meta.title = content
            default:
                break
            }
        }
        if meta.published == nil { meta.published = embeddedPublicationDate(html) }
        if let title = meta.title,
           let (headline, site) = splitSiteName(title, siteName: meta.outlet, heading: { firstHeading(html) }) {
            meta.title = headline
            meta.outlet = meta.outlet ?? site
        }
        var body = HTMLBytes.strippedTags(html) ?? regexStrippedTags(html)
        body = decodeEntities(body)
        body = HTMLBytes.collapsingSpaces(body)
        return Page(text: body, metadata: meta)
    }

    /// A publication date given outside `<meta>`: structured data's `"datePublished": "…"`, else a `<time datetime>`
    /// tag marked as the publication's (`itemprop="datePublished"`, `pubdate`, a class naming "publish"), else the
    /// page's first `<time datetime>`. Pages without one (most) cost one search each.
    static func embeddedPublicationDate(_ html: String) -> String? {
        if let value = firstMatch(datePublishedPattern, in: html) { return value }
        let times = matches(timePattern, in: html)
        let marked = times.first { $0.lowercased().contains("publish") || $0.lowercased().contains("pubdate") }
        guard let tag = marked ?? times.first else { return nil }
        return attributes(of: tag)["datetime"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A page title's headline and the site name after it: "Headline | Site" (a bar always separates a site
    /// name), "Headline - Site" or "Headline — Site" only when the page's site name or its `<h1>` (the headline
    /// alone) says so ("Syria - the forgotten war" is one headline). `heading` is read only for a dash.
    static func splitSiteName(_ title: String, siteName: String?,
                              heading: () -> String? = { nil }) -> (headline: String, site: String)? {
        var pageHeading: String??
        func headingMatches(_ headline: String) -> Bool {
            if pageHeading == nil { pageHeading = .some(heading()) }
            guard let text = pageHeading ?? nil else { return false }
            return text.lowercased() == headline.lowercased()
        }
        for separator in [" | ", " - ", " – ", " — "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let headline = String(title[..<range.lowerBound]).trimmingSpaces()
            let site = String(title[range.upperBound...]).trimmingSpaces()
            guard !headline.isEmpty, !site.isEmpty, site.split(separator: " ").count <= 5 else { continue }
            if let siteName, siteName.lowercased() == site.lowercased() { return (withoutSection(headline), site) }
            if separator == " | " { return (withoutSection(headline), site) }
            if headingMatches(headline) { return (headline, site) }
        }
        return nil
    }

    /// The text of the page's first `<h1>`, tags inside it removed and spaces collapsed.
    static func firstHeading(_ html: String) -> String? {
        guard let inner = firstMatch(headingPattern, in: html) else { return nil }
        let text = HTMLBytes.collapsingSpaces(decodeEntities(inner.replacingOccurrences(of: #"<[^>]*>"#, with: " ",
                                                                                        options: .regularExpression)))
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "Headline | News" → "Headline": a section name of one or two words after a headline of four or more
    /// ("Raqqa | The long siege" may be a kicker and its headline, and stays whole).
    private static func withoutSection(_ headline: String) -> String {
        guard let range = headline.range(of: " | ", options: .backwards) else { return headline }
        let section = headline[range.upperBound...]
        let rest = String(headline[..<range.lowerBound]).trimmingSpaces()
        return rest.split(separator: " ").count >= 4 && section.split(separator: " ").count <= 2 ? rest : headline
    }

    /// The title and meta tags as regular expressions find them, for the pages `HTMLBytes.titleAndMetaTags` leaves to them.
    static func regexTitleAndMetaTags(_ html: String) -> (title: String?, metaTags: [String]) {
        (firstMatch(titlePattern, in: html), matches(metaPattern, in: html))
    }

    /// The tag passes as regular expressions, for the texts `HTMLBytes.strippedTags` leaves to them.
    static func regexStrippedTags(_ html: String) -> String {
        var body = html
        for pattern in [#"<script[\s\S]*?</script>"#, #"<style[\s\S]*?</style>"#, #"<!--[\s\S]*?-->"#, #"<head[\s\S]*?</head>"#,
                        #"<nav[\s\S]*?</nav>"#, #"<footer[\s\S]*?</footer>"#] {
            body = body.replacingOccurrences(of: pattern, with: "\n", options: [.regularExpression, .caseInsensitive])
        }
        body = body.replacingOccurrences(of: #"<(br|/p|/div|/h[1-6]|/li|/tr|/blockquote|/title)\b[^>]*>"#, with: "\n",
                                         options: [.regularExpression, .caseInsensitive])
        body = body.replacingOccurrences(of: #"<li\b[^>]*>"#, with: "\n• ", options: [.regularExpression, .caseInsensitive])
        return body.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
    }

    static func decodeEntities(_ text: String) -> String {
        HTMLBytes.decodedEntities(text, named: namedEntities) ?? foundationDecodedEntities(text)
    }

    /// In a fixed order, `&amp;` last, so `&amp;lt;` reads `&lt;` on every run (a dictionary's order
    /// changed from run to run, and with it whether that became `<`).
    static let namedEntities = [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
                                ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ldquo;", "“"), ("&rdquo;", "”"), ("&ndash;", "–"), ("&mdash;", "—"),
                                ("&hellip;", "…"), ("&amp;", "&")]

    /// The entity passes as Foundation's searches, for the texts `HTMLBytes.decodedEntities` leaves to them.
    static func foundationDecodedEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = String(decoding: HTMLBytes.decodedLetterEntities(Array(text.utf8)), as: UTF8.self)
        // `replacingOccurrences` only for entities whose bytes (the `;` aside, which U+037E is canonically
        // equivalent to) occur: it is a no-op for the others.
        var bytes = Array(result.utf8)
        for (entity, replacement) in namedEntities where bytes.contains(phrase: Array(entity.utf8.dropLast())) {
            result = result.replacingOccurrences(of: entity, with: replacement)
            bytes = Array(result.utf8)
        }
        for match in matches(numericEntityPattern, in: result) {
            let inner = match.dropFirst(2).dropLast()
            let value = inner.hasPrefix("x") || inner.hasPrefix("X") ? UInt32(inner.dropFirst(), radix: 16) : UInt32(inner)
            if let value, let scalar = Unicode.Scalar(value) {
                result = result.replacingOccurrences(of: match, with: String(Character(scalar)))
            }
        }
        return result
    }

    // Compiled once: building an `NSRegularExpression` costs more than running it over a page.
    private static let titlePattern = try? NSRegularExpression(pattern: #"<title[^>]*>([\s\S]*?)</title>"#, options: [.caseInsensitive])
    private static let headingPattern = try? NSRegularExpression(pattern: #"<h1[^>]*>([\s\S]*?)</h1>"#, options: [.caseInsensitive])
    private static let metaPattern = try? NSRegularExpression(pattern: #"<meta\s[^>]*>"#, options: [.caseInsensitive])
    private static let numericEntityPattern = try? NSRegularExpression(pattern: #"&#(x?[0-9a-fA-F]+);"#, options: [.caseInsensitive])
    private static let datePublishedPattern = try? NSRegularExpression(pattern: #""datePublished"\s*:\s*"([^"]{4,40})""#)
    private static let timePattern = try? NSRegularExpression(pattern: #"<time\s[^>]*datetime\s*=[^>]*>"#, options: [.caseInsensitive])
    private static let attributePattern = try? NSRegularExpression(pattern: #"([a-zA-Z:_-]+)\s*=\s*("([^"]*)"|'([^']*)')"#)

    private static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        guard let regex = attributePattern else { return result }
        let ns = tag as NSString
        for match in regex.matches(in: tag, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1)).lowercased()
            let valueRange = match.range(at: 3).location != NSNotFound ? match.range(at: 3) : match.range(at: 4)
            result[name] = ns.substring(with: valueRange)
        }
        return result
    }

    private static func firstMatch(_ regex: NSRegularExpression?, in text: String) -> String? {
        guard let regex, let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    private static func matches(_ regex: NSRegularExpression?, in text: String) -> [String] {
        guard let regex else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }
}
