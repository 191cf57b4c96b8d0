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
        let hasAngle = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "<")) }
            ?? text.utf8.contains(UInt8(ascii: "<"))
        guard hasAngle else { return false }
        let head = text.prefix(512).lowercased()
        return head.contains("<!doctype html") || head.contains("<html")
    }

    static func extract(_ html: String) -> Page {
        var meta = ArticleMetadata()
        meta.title = firstMatch(#"<title[^>]*>([\s\S]*?)</title>"#, in: html).map(decodeEntities)?.trimmingSpaces()
        for tag in matches(#"<meta\s[^>]*>"#, in: html) {
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
        var body = html
        for pattern in [#"<script[\s\S]*?</script>"#, #"<style[\s\S]*?</style>"#, #"<!--[\s\S]*?-->"#, #"<head[\s\S]*?</head>"#,
                        #"<nav[\s\S]*?</nav>"#, #"<footer[\s\S]*?</footer>"#] {
            body = body.replacingOccurrences(of: pattern, with: "\n", options: [.regularExpression, .caseInsensitive])
        }
        body = body.replacingOccurrences(of: #"<(br|/p|/div|/h[1-6]|/li|/tr|/blockquote|/title)\b[^>]*>"#, with: "\n",
                                         options: [.regularExpression, .caseInsensitive])
        body = body.replacingOccurrences(of: #"<li\b[^>]*>"#, with: "\n• ", options: [.regularExpression, .caseInsensitive])
        body = body.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        body = decodeEntities(body)
        body = body.replacingOccurrences(of: #"[ \t]+"#, with: " ", options: .regularExpression)
        return Page(text: body, metadata: meta)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        let named = ["&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'",
                     "&rsquo;": "’", "&lsquo;": "‘", "&ldquo;": "“", "&rdquo;": "”", "&ndash;": "–", "&mdash;": "—", "&hellip;": "…"]
        for (entity, replacement) in named { result = result.replacingOccurrences(of: entity, with: replacement) }
        for match in matches(#"&#(x?[0-9a-fA-F]+);"#, in: result) {
            let inner = match.dropFirst(2).dropLast()
            let value = inner.hasPrefix("x") || inner.hasPrefix("X") ? UInt32(inner.dropFirst(), radix: 16) : UInt32(inner)
            if let value, let scalar = Unicode.Scalar(value) {
                result = result.replacingOccurrences(of: match, with: String(Character(scalar)))
            }
        }
        return result
    }

    private static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = #"([a-zA-Z:_-]+)\s*=\s*("([^"]*)"|'([^']*)')"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return result }
        let ns = tag as NSString
        for match in regex.matches(in: tag, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1)).lowercased()
            let valueRange = match.range(at: 3).location != NSNotFound ? match.range(at: 3) : match.range(at: 4)
            result[name] = ns.substring(with: valueRange)
        }
        return result
    }

    private static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }
}
