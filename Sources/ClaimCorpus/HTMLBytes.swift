/// HTMLText's tag and entity passes as byte scans, giving exactly what the regular expressions and
/// Foundation's searches give, or nil where they might not (then the caller runs the old passes).
///
/// Regular expressions compare ASCII tag names; ICU's case-insensitive matching also lets a few non-ASCII
/// characters stand for ASCII letters (the long s for "s", the Kelvin sign for "k", the ligature ﬆ for
/// "st"), and its `\b` reads Unicode properties. A text with such a character, or a tag name followed
/// by a non-ASCII character, goes the slow way. Foundation's string search matches canonically equivalent
/// text (U+037E for ";") and whole characters, so an entity next to a non-ASCII byte goes the slow way too.
enum HTMLBytes {
    // MARK: Tags

    /// The body after the six block removals, the break and list-item replacements and the tag removal
    /// of `HTMLText.extract`, or nil when the regular expressions might read the text otherwise.
    static func strippedTags(_ html: String) -> String? {
        var buffer = Array(html.utf8)
        guard !hasFoldingRisk(buffer) else { return nil }
        for (open, close) in blocks {
            buffer = removingBlocks(buffer, open: open, close: close)
        }
        guard let broken = replacingTags(buffer, names: breakNames, with: Array("\n".utf8)),
              let listed = replacingTags(broken, names: [Array("li".utf8)], with: Array("\n• ".utf8)) else { return nil }
        return String(decoding: removingTags(listed), as: UTF8.self)
    }

    private static let blocks: [([UInt8], [UInt8])] = [
        ("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->"), ("<head", "</head>"), ("<nav", "</nav>"),
        ("<footer", "</footer>"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The alternatives of `<(br|/p|/div|/h[1-6]|/li|/tr|/blockquote|/title)\b[^>]*>`, in order; `#` is a digit 1–6.
    private static let breakNames: [[UInt8]] = ["br", "/p", "/div", "/h#", "/li", "/tr", "/blockquote", "/title"].map { Array($0.utf8) }

    /// Characters whose case folding is ASCII letters only: ß, ſ, ẞ, K, ﬀ–ﬆ. (ICU matches a literal
    /// against whole foldings, so İ, whose folding ends in a combining dot, never matches "i".)
    static func hasFoldingRisk(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            let count = bytes.count
            while index + 1 < count {
                let byte = bytes[index]
                if byte < 0xC3 { index += 1; continue }
                let next = bytes[index + 1]
                switch byte {
                case 0xC3: if next == 0x9F { return true }
                case 0xC5: if next == 0xBF { return true }
                case 0xE1: if next == 0xBA, index + 2 < count, bytes[index + 2] == 0x9E { return true }
                case 0xE2: if next == 0x84, index + 2 < count, bytes[index + 2] == 0xAA { return true }
                case 0xEF: if next == 0xAC, index + 2 < count, (0x80...0x86).contains(bytes[index + 2]) { return true }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    /// Whether `needle` (lowercase ASCII) is at `index`, ASCII letters in either case.
    @inline(__always)
    private static func matchesFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count {
            let byte = bytes[index + offset]
            let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if folded != needle[offset] { return false }
        }
        return true
    }

    private static func firstFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        let first = needle[0]
        while index + needle.count <= bytes.count {
            if bytes[index] == first, matchesFolded(bytes, needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// `OPEN[\s\S]*?CLOSE` (case-insensitive) replaced by a line break, left to right.
    static func removingBlocks(_ input: [UInt8], open: [UInt8], close: [UInt8]) -> [UInt8] {
        input.withUnsafeBufferPointer { bytes in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            while let start = firstFolded(bytes, open, from: index) {
                // The nearest close after the opening; without one no later opening closes either.
                guard let end = firstFolded(bytes, close, from: start + open.count) else { break }
                if output.isEmpty { output.reserveCapacity(bytes.count) }
                output.append(contentsOf: bytes[copied..<start])
                output.append(0x0A)
                index = end + close.count
                copied = index
            }
            if copied == 0 { return input }
            output.append(contentsOf: bytes[copied...])
            return output
        }
    }

    /// `<(NAMES)\b[^>]*>` (case-insensitive) replaced by `replacement`; nil when a name is followed by a
    /// non-ASCII character (ICU's word boundary reads its properties).
    static func replacingTags(_ input: [UInt8], names: [[UInt8]], with replacement: [UInt8]) -> [UInt8]? {
        input.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            var index = 0
            var nextClose = -1  // the first '>' at or after some position; bytes.count when none
            let count = bytes.count
            while index < count {
                guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
                var matchEnd: Int?
                for name in names {
                    guard let end = nameEnd(bytes, name, at: index + 1) else { continue }
                    if end == count { continue }  // a boundary, but no '>' can follow
                    let next = bytes[end]
                    if next >= 0x80 { return nil }
                    if next == UInt8(ascii: "_") || next &- 0x30 < 10 || (next | 0x20) &- 0x61 < 26 { continue }
                    if nextClose < end {
                        nextClose = end
                        while nextClose < count, bytes[nextClose] != UInt8(ascii: ">") { nextClose += 1 }
                    }
                    if nextClose < count { matchEnd = nextClose + 1 }
                    break
                }
                if let matchEnd {
                    output.append(contentsOf: bytes[copied..<index])
                    output.append(contentsOf: replacement)
                    index = matchEnd
                    copied = matchEnd
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: bytes[copied...])
            return output
        }
    }

    /// Where a tag name (lowercase, `#` a digit 1–6) ends when it is at `index`.
    @inline(__always)
    private static func nameEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ name: [UInt8], at index: Int) -> Int? {
        guard index + name.count <= bytes.count else { return nil }
        for offset in 0..<name.count {
            let byte = bytes[index + offset]
            if name[offset] == UInt8(ascii: "#") {
                guard byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "6") else { return nil }
            } else {
                let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
                guard folded == name[offset] else { return nil }
            }
        }
        return index + name.count
    }

    /// `<[^>]+>` removed.
    static func removingTags(_ input: [UInt8]) -> [UInt8] {
        input.withUnsafeBufferPointer { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            let count = bytes.count
            var index = 0
            var copied = 0
            var nextClose = -1
            while index < count {
                if bytes[index] == UInt8(ascii: "<"), index + 1 < count, bytes[index + 1] != UInt8(ascii: ">") {
                    if nextClose <= index {
                        nextClose = index + 1
                        while nextClose < count, bytes[nextClose] != UInt8(ascii: ">") { nextClose += 1 }
                    }
                    if nextClose == count { break }  // no '>' left: no tag either
                    output.append(contentsOf: bytes[copied..<index])
                    index = nextClose + 1
                    copied = index
                } else {
                    index += 1
                }
            }
            output.append(contentsOf: bytes[copied...])
            return output
        }
    }

    /// `[ \t]+` as one space.
    static func collapsingSpaces(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var write = 0
        var read = 0
        var changed = false
        while read < bytes.count {
            let byte = bytes[read]
            if byte == 0x20 || byte == 0x09 {
                if byte == 0x09 { changed = true }
                bytes[write] = 0x20
                write += 1
                read += 1
                while read < bytes.count, bytes[read] == 0x20 || bytes[read] == 0x09 { read += 1; changed = true }
            } else {
                bytes[write] = byte
                write += 1
                read += 1
            }
        }
        return changed ? String(decoding: bytes[..<write], as: UTF8.self) : text
    }

    // MARK: Title and meta tags

    /// What `<title[^>]*>([\s\S]*?)</title>` (its first match's group) and `<meta\s[^>]*>` (every match)
    /// find, case-insensitive; nil when the regular expressions might read the page otherwise: a folding
    /// risk, a non-ASCII character or an information separator after `<meta` (ICU's `\s` reads its properties), or a match edge next
    /// to a non-ASCII byte (a String slice there could round to another character boundary).
    static func titleAndMetaTags(_ html: String) -> (title: String?, metaTags: [String])? {
        let buffer = Array(html.utf8)
        guard !hasFoldingRisk(buffer) else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> (title: String?, metaTags: [String])? in
            func isRiskyEdge(before start: Int, after end: Int) -> Bool {
                start > 0 && bytes[start - 1] >= 0x80 || end < bytes.count && bytes[end] >= 0x80
            }
            func firstClose(from start: Int) -> Int? {
                var index = start
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                return index < bytes.count ? index : nil
            }
            var title: String?
            if let open = firstFolded(bytes, titleOpen, from: 0), let close = firstClose(from: open + titleOpen.count),
               let end = firstFolded(bytes, titleClose, from: close + 1) {
                // A later "<title" closes no sooner: its '>' and "</title>" can only come later.
                if isRiskyEdge(before: close + 1, after: close + 1) || isRiskyEdge(before: end, after: end) { return nil }
                title = String(decoding: bytes[(close + 1)..<end], as: UTF8.self)
            }
            var tags: [String] = []
            var index = 0
            while let open = firstFolded(bytes, metaOpen, from: index) {
                let space = open + metaOpen.count
                guard space < bytes.count else { break }
                let next = bytes[space]
                // White space in ASCII is tab to carriage return and the space; the separators 1C–1F are left to ICU.
                if next >= 0x80 || next &- 0x1C < 4 { return nil }
                guard next == 0x20 || next &- 0x09 < 5 else { index = open + 1; continue }
                guard let close = firstClose(from: space + 1) else { break }
                if isRiskyEdge(before: open, after: close + 1) { return nil }
                tags.append(String(decoding: bytes[open...close], as: UTF8.self))
                index = close + 1
            }
            return (title, tags)
        }
    }

    private static let titleOpen = Array("<title".utf8)
    private static let titleClose = Array("</title>".utf8)
    private static let metaOpen = Array("<meta".utf8)

    // MARK: Entities

    /// `HTMLText.decodeEntities` on bytes, or nil where Foundation's search might find other matches:
    /// a U+037E (canonically a semicolon) anywhere, or an entity next to a non-ASCII byte.
    static func decodedEntities(_ text: String, named: [(String, String)]) -> String? {
        var buffer = Array(text.utf8)
        guard buffer.contains(UInt8(ascii: "&")) else { return text }
        guard !buffer.contains(phrase: [0xCD, 0xBE]) else { return nil }
        // Accented letters first, in one pass (before `&amp;`, so "&amp;eacute;" stays "&eacute;").
        buffer = decodedLetterEntities(buffer)
        for (entity, replacement) in named {
            guard let replaced = replacingAll(buffer, Array(entity.utf8), with: Array(replacement.utf8)) else { return nil }
            buffer = replaced
        }
        for match in numericEntities(buffer) {
            let inner = match[2..<(match.count - 1)]
            let value: UInt32?
            if inner.first == UInt8(ascii: "x") || inner.first == UInt8(ascii: "X") {
                value = parse(inner.dropFirst(), radix: 16)
            } else {
                value = parse(inner, radix: 10)
            }
            guard let value, let scalar = Unicode.Scalar(value) else { continue }
            if value == 0x37E { return nil }
            guard let replaced = replacingAll(buffer, match, with: Array(String(Character(scalar)).utf8)) else { return nil }
            buffer = replaced
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// HTML's named entities for accented Latin letters and a few marks ("M&eacute;decins Sans Fronti&egrave;res",
    /// "&laquo;", "&deg;"), decoded in one pass: `&` and up to eight letters or digits and `;`; others are left.
    static func decodedLetterEntities(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var copied = 0, index = 0
        while index < input.count {
            guard input[index] == UInt8(ascii: "&") else { index += 1; continue }
            var end = index + 1
            while end < input.count, end - index <= 9, isEntityNameByte(input[end]) { end += 1 }
            guard end < input.count, input[end] == UInt8(ascii: ";"), end > index + 1,
                  let replacement = letterEntities[String(decoding: input[(index + 1)..<end], as: UTF8.self)] else {
                index += 1
                continue
            }
            if output.isEmpty { output.reserveCapacity(input.count) }
            output.append(contentsOf: input[copied..<index])
            output.append(contentsOf: replacement.utf8)
            index = end + 1
            copied = index
        }
        if copied == 0 { return input }
        output.append(contentsOf: input[copied...])
        return output
    }

    private static func isEntityNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static let letterEntities: [String: String] = [
        "AElig": "Æ", "Aacute": "Á", "Acirc": "Â", "Agrave": "À", "Aring": "Å", "Atilde": "Ã", "Auml": "Ä",
        "Cacute": "Ć", "Ccedil": "Ç", "Ccirc": "Ĉ", "Eacute": "É", "Ecirc": "Ê", "Egrave": "È", "Euml": "Ë",
        "Iacute": "Í", "Icirc": "Î", "Igrave": "Ì", "Itilde": "Ĩ", "Iuml": "Ï", "Nacute": "Ń", "Ncedil": "Ņ",
        "Ntilde": "Ñ", "OElig": "Œ", "Oacute": "Ó", "Ocirc": "Ô", "Ograve": "Ò", "Oslash": "Ø", "Otilde": "Õ",
        "Ouml": "Ö", "Prime": "″", "Scaron": "Š", "Uacute": "Ú", "Ucirc": "Û", "Ugrave": "Ù", "Uring": "Ů",
        "Utilde": "Ũ", "Uuml": "Ü", "Yacute": "Ý", "Ycirc": "Ŷ", "Yuml": "Ÿ", "Zcaron": "Ž", "aacute": "á",
        "acirc": "â", "aelig": "æ", "agrave": "à", "aring": "å", "atilde": "ã", "auml": "ä", "bdquo": "„",
        "bull": "•", "cacute": "ć", "ccedil": "ç", "ccirc": "ĉ", "cent": "¢", "copy": "©", "deg": "°", "eacute":
        "é", "ecirc": "ê", "egrave": "è", "emsp": " ", "ensp": " ", "eth": "ð", "euml": "ë", "euro": "€",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "iacute": "í", "icirc": "î", "iexcl": "¡", "igrave": "ì",
        "iquest": "¿", "itilde": "ĩ", "iuml": "ï", "laquo": "«", "lrm": "", "lsaquo": "‹", "middot": "·",
        "minus": "−", "nacute": "ń", "ncedil": "ņ", "ntilde": "ñ", "oacute": "ó", "ocirc": "ô", "oelig": "œ",
        "ograve": "ò", "oslash": "ø", "otilde": "õ", "ouml": "ö", "para": "¶", "pound": "£", "prime": "′",
        "raquo": "»", "reg": "®", "rlm": "", "rsaquo": "›", "sbquo": "‚", "scaron": "š", "sect": "§", "shy": "",
        "szlig": "ß", "thinsp": " ", "thorn": "þ", "times": "×", "trade": "™", "uacute": "ú", "ucirc": "û",
        "ugrave": "ù", "uring": "ů", "utilde": "ũ", "uuml": "ü", "yacute": "ý", "ycirc": "ŷ", "yen": "¥",
        "yuml": "ÿ", "zcaron": "ž", "zwj": "", "zwnj": ""
    ]

    /// `UInt32(text, radix:)` for ASCII digits (nil on a non-digit or overflow).
    private static func parse(_ digits: ArraySlice<UInt8>, radix: UInt32) -> UInt32? {
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflow2) = product.addingReportingOverflow(digit)
            if overflow || overflow2 { return nil }
            value = sum
        }
        return value
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 6
    }

    /// The matches of `&#(x?[0-9a-fA-F]+);` (case-insensitive), left to right.
    static func numericEntities(_ bytes: [UInt8]) -> [[UInt8]] {
        var matches: [[UInt8]] = []
        var index = 0
        let count = bytes.count
        while index + 3 < count {
            guard bytes[index] == UInt8(ascii: "&"), bytes[index + 1] == UInt8(ascii: "#") else { index += 1; continue }
            var digits = index + 2
            if bytes[digits] == UInt8(ascii: "x") || bytes[digits] == UInt8(ascii: "X") { digits += 1 }
            var end = digits
            while end < count, isHexDigit(bytes[end]) { end += 1 }
            if end > digits, end < count, bytes[end] == UInt8(ascii: ";") {
                matches.append(Array(bytes[index...end]))
                index = end + 1
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Every occurrence of `needle` replaced, left to right; nil when one stands next to a non-ASCII byte.
    static func replacingAll(_ input: [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        input.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            let count = bytes.count
            let first = needle[0]
            while index + needle.count <= count {
                guard bytes[index] == first else { index += 1; continue }
                var matched = 1
                while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                guard matched == needle.count else { index += 1; continue }
                let end = index + needle.count
                if index > 0 && bytes[index - 1] >= 0x80 || end < count && bytes[end] >= 0x80 { return nil }
                if output.isEmpty { output.reserveCapacity(count) }
                output.append(contentsOf: bytes[copied..<index])
                output.append(contentsOf: replacement)
                index = end
                copied = end
            }
            if copied == 0 { return input }
            output.append(contentsOf: bytes[copied...])
            return output
        }
    }
}
