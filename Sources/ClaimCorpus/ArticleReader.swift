import ClaimDiagnostics
import Foundation

/// Why a file could not be read as an article.
public struct ArticleError: Error, Hashable, Sendable {
    public var file: String
    public var message: String
}

/// Reads article files (`.txt` with an optional sidecar or front matter, `.html`) into cleaned Articles.
public enum ArticleReader {
    /// Files larger than this are named and skipped.
    public static let maximumBytes = 64 * 1024 * 1024

    /// Reads one article from its bytes. Warnings (replaced bytes, stripped NULs) come back beside the article;
    /// a file that cannot be an article throws.
    public static func read(name: String, data: [UInt8], metadata: ArticleMetadata? = nil) throws -> (Article, [Diagnostic]) {
        var warnings: [Diagnostic] = []
        guard data.count <= maximumBytes else {
            throw ArticleError(file: name, message: "file is \(data.count / 1_048_576) MB, over the \(maximumBytes / 1_048_576) MB limit for one article")
        }
        let census = ByteCensus(data)
        let nulCount = census.nulCount
        var bytes = data
        if nulCount > 0 { bytes.removeAll { $0 == 0 } }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Validated once, for the binary test and the text both: ASCII is valid, and without NULs the
        // bytes are the data less a valid byte-order mark.
        let isValid = !census.hasNonASCII || UTF8Validity.isValid(bytes)
        if looksBinary(data, census: census, isValidWithoutNULs: nulCount == 0 ? isValid : nil) {
            throw ArticleError(file: name, message: "looks like a binary file (\(nulCount) NUL bytes), not an article")
        }
        if nulCount > 0 {
            warnings.append(.warning("corpus.nul-bytes", "\(name): removed \(nulCount) NUL byte(s)"))
        }
        if !isValid {
            warnings.append(.warning("corpus.invalid-utf8", "\(name): invalid UTF-8 bytes replaced with U+FFFD"))
        }
        let lowerName = name.lowercased()
        let namedHTML = lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm")
        // Valid plain text with no CR, no `<` (no HTML marker) and no front matter (most files) is cut into lines
        // on its bytes: no String of the whole text is made, each line's String is made once.
        if isValid, !census.hasCR, !namedHTML, !bytes.starts(with: frontMatterOpening), !hasAngleBracket(bytes) {
            return (try assemble(name: name, bytes: bytes, isASCII: !census.hasNonASCII, metadata: metadata ?? ArticleMetadata()), warnings)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if census.hasCR { text = unifyingLineBreaks(text) }

        var meta = metadata ?? ArticleMetadata()
        if namedHTML || HTMLText.looksLikeHTML(text) {
            let page = HTMLText.extract(text)
            meta = meta.filling(from: page.metadata)
            text = page.text
        } else if let (frontMatter, body) = FrontMatter.split(text) {
            meta = meta.filling(from: frontMatter)
            text = body
        }
        let article = try assemble(name: name, bytes: Array(text.utf8), metadata: meta)
        return (article, warnings)
    }

    /// How front matter opens (see `FrontMatter.split`).
    private static let frontMatterOpening: [UInt8] = Array("---\n".utf8)

    /// Whether a `<` occurs (every HTML marker starts with one): `memchr`, not a loop over the bytes here.
    static func hasAngleBracket(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "<")), buffer.count) != nil
        }
    }

    /// CR LF, then any other CR, as LF. Byte by byte, which is what the two `replacingOccurrences` passes
    /// do, unless CR CR LF occurs (the first pass leaves a CR LF there, which the second pass's search
    /// reads as one character and keeps) or a break stands next to a non-ASCII byte (Foundation's search
    /// keeps a CR before a combining mark).
    static func unifyingLineBreaks(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let plain = !bytes.indices.contains { index in
            bytes[index] == 0x0D && (index > 0 && bytes[index - 1] >= 0x80 || bytes[index + 1..<min(bytes.count, index + 3)].contains { $0 >= 0x80 })
        }
        if !plain || bytes.contains(phrase: [0x0D, 0x0D, 0x0A]) {
            return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        var unified: [UInt8] = []
        unified.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                unified.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                unified.append(bytes[index])
            }
            index += 1
        }
        return String(decoding: unified, as: UTF8.self)
    }

    /// Binary, not text with a few stray bytes: mostly NULs (or UTF-16), control bytes beyond tab and line
    /// breaks in more than 5% of the rest, or more than a tenth of it undecodable.
    static func looksBinary(_ data: [UInt8], nulCount: Int) -> Bool {
        looksBinary(data, census: ByteCensus(data), isValidWithoutNULs: nil)
    }

    /// `isValidWithoutNULs`: whether `data` is valid UTF-8 when the caller knows it and it has no NUL.
    static func looksBinary(_ data: [UInt8], census: ByteCensus, isValidWithoutNULs: Bool?) -> Bool {
        let nulCount = census.nulCount
        let rest = data.count - nulCount
        guard nulCount > 0 || !data.isEmpty else { return false }
        if rest == 0 || nulCount * 10 > data.count * 4 { return nulCount > 0 }
        if census.controls * 20 > rest { return true }
        // Valid UTF-8 (pure ASCII most of all) decodes without a single replacement.
        if !census.hasNonASCII { return false }
        if nulCount == 0, data.count <= 65_536, isValidWithoutNULs ?? (String(validating: data, as: UTF8.self) != nil) { return false }
        let sample = data.prefix(65_536).filter { $0 != 0 }
        let decoded = String(decoding: sample, as: UTF8.self)
        let replaced = decoded.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
        return replaced * 10 > max(1, decoded.unicodeScalars.count)
    }

    /// Reads a file from disk, with its `NAME.meta.json` sidecar when one sits beside it.
    public static func read(path: String) throws -> (Article, [Diagnostic]) {
        let (name, sidecar) = ArticlePath.nameAndSidecar(of: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ArticleError(file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw ArticleError(file: path, message: "is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw ArticleError(file: path, message: "permission denied") }
        if let size = itemSize(atPath: path), size > maximumBytes {
            throw ArticleError(file: path, message: "file is \(size / 1_048_576) MB, over the \(maximumBytes / 1_048_576) MB limit for one article")
        }
        guard let data = FileBytes.contents(atPath: path) else {
            throw ArticleError(file: path, message: "could not be read")
        }
        var warnings: [Diagnostic] = []
        var metadata: ArticleMetadata?
        if let sidecarData = FileBytes.contents(atPath: sidecar) {
            do {
                let (decoded, unknownKeys) = try SidecarJSON.decodeReportingUnknownKeys(sidecarData)
                metadata = decoded
                if !unknownKeys.isEmpty {
                    let keys = unknownKeys.map { "'\($0)'" }.joined(separator: ", ")
                    warnings.append(.warning("corpus.sidecar-key", "\(name): \(URL(fileURLWithPath: sidecar).lastPathComponent) has \(unknownKeys.count == 1 ? "a key" : "keys") not read: \(keys) (read: \(ArticleMetadata.sidecarKeys.joined(separator: ", ")))"))
                }
            } catch {
                warnings.append(.warning("corpus.bad-sidecar", "\(name): ignoring \(URL(fileURLWithPath: sidecar).lastPathComponent): not valid metadata JSON"))
            }
        }
        let (article, readWarnings) = try read(name: name, data: data, metadata: metadata)
        return (article, warnings + readWarnings)
    }

    /// The size `FileManager.attributesOfItem` reports (of a link itself, not its target), from one
    /// `lstat` instead of a dictionary of every attribute.
    static func itemSize(atPath path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Cleans the text (its bytes: valid UTF-8 with LF line breaks; `isASCII`: all of them ASCII, when known) line by
    /// line, finds the title, and splits paragraphs into sentences.
    static func assemble(name: String, bytes: [UInt8], isASCII: Bool = false, metadata: ArticleMetadata) throws -> Article {
        var meta = metadata
        // The cleaned lines, edited in place below (a second array of them would be a copy of every line).
        var lines: [String] = []
        // About one line (or blank line) in 64 bytes, so the array seldom grows line by line.
        lines.reserveCapacity(bytes.count / 64 + 8)
        var bodyStarted = false
        // Splitting the bytes avoids grapheme breaking over the whole text. A line is classified on its bytes when they
        // settle it, and its String is made once, copied from its (trimmed) bytes: they are valid already, so they are
        // not checked again. A dropped line needs no String at all.
        // Loaded once per article, not once per line.
        let linePhrases = Boilerplate.linePhrases
        bytes.withUnsafeBufferPointer { buffer in
            func string(_ part: UnsafeBufferPointer<UInt8>) -> String { String(validUTF8: part, knownASCII: isASCII) }
            var lineStart = 0
            scan: while lineStart <= buffer.count {
                let lineEnd = endOfLine(in: buffer, from: lineStart)
                let raw = UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                if raw.isEmpty {
                    // An empty line holds no phrase, and `classify` drops it as the paragraph break it is.
                    lines.append("")
                    continue
                }
                let phrases = linePhrases.hits(in: raw)
                if phrases & Boilerplate.footerGroup != 0, meta.outlet == nil,
                   let outlet = Boilerplate.outlet(fromFooter: string(raw), phrases: phrases) {
                    meta.outlet = outlet
                }
                // The whole line's String, made only when characters must decide.
                var line: String?
                let verdict: Boilerplate.Verdict
                if let settled = Boilerplate.classify(bytes: raw, phrases: phrases) {
                    verdict = settled
                } else {
                    let whole = string(raw)
                    line = whole
                    verdict = Boilerplate.classifyCharacters(whole, phrases: phrases)
                }
                switch verdict {
                case .keep:
                    let trimmedBytes = raw.trimmingSpaces()
                    let trimmed = trimmedBytes.count == raw.count ? line ?? string(raw) : string(trimmedBytes)
                    // Only a line ending in `)` can end in a picture credit.
                    let kept = trimmedBytes.last == UInt8(ascii: ")") ? Boilerplate.removingTrailingCredit(trimmed) : trimmed
                    lines.append(kept)
                    // Once the body has started, no line needs its length measured.
                    if !bodyStarted, Self.isLongerThan120Characters(kept) { bodyStarted = true }
                case .drop:
                    let trimmed = raw.trimmingSpaces()
                    if trimmed.isEmpty {
                        lines.append("")
                    } else if !bodyStarted, meta.published == nil, trimmed.count <= 40, let date = WrittenDate.parse(string(trimmed)) {
                        // A date on a line of its own above the body ("2018-12-14", "14.12.2018" is debris) dates it.
                        meta.published = date.iso
                        meta.date_basis = DateBasis.stated.rawValue
                    }
                case .endOfBody:
                    // A widget before any body text (a share bar above the article) does not end it.
                    if bodyStarted { break scan }
                }
            }
        }
        HeaderLines.take(from: &lines, into: &meta)
        // The title: metadata's, or the first short line that does not read as a sentence.
        let firstIndex = lines.firstIndex { !$0.isEmpty }
        var title = meta.title
        if title == nil, let first = firstIndex, lines[first].count <= 250, !lines[first].hasSuffix(".") {
            title = lines[first]
        }
        if let title {
            let trimmedTitle = title.trimmingCharacters(in: ":. ")
            var normalizedTitle: String?
            let titleBytes = title.utf8.count
            // From the end, so that a removal moves no line still to be read; a line more than three bytes longer or
            // shorter than the title is not read beyond its length.
            for index in lines.indices.reversed() where abs(lines[index].utf8.count - titleBytes) <= 3 {
                let trimmed = lines[index].trimmingCharacters(in: ":. ")
                // The same bytes lowercase alike: the title's own line needs no lowercasing.
                if hasSameBytes(trimmed, trimmedTitle) {
                    lines.remove(at: index)
                    continue
                }
                if normalizedTitle == nil { normalizedTitle = trimmedTitle.lowercasedByBytes() }
                if trimmed.lowercasedByBytes() == normalizedTitle { lines.remove(at: index) }
            }
        }
        // A byline gives the author (and any date or outlet on its line) and is not body text.
        for index in 0..<min(12, lines.count) {
            guard let byline = Boilerplate.byline(lines[index]) else { continue }
            if meta.author == nil { meta.author = byline.author }
            HeaderLines.apply(byline.others, to: &meta)
            // The outlet on the line below a byline ("By A. Writer" / "Associated Press") is no body text either.
            if index + 1 < lines.count, let outlet = HeaderLines.outletLine(lines[index + 1]) {
                if meta.outlet == nil { meta.outlet = outlet }
                lines.remove(at: index + 1)
            }
            lines.remove(at: index)
            break
        }
        let paragraphs = ParagraphBuilder.paragraphs(from: lines)
        guard !paragraphs.isEmpty else {
            throw ArticleError(file: name, message: "no article text found")
        }
        var published: CalendarDate?
        var basis: DateBasis?
        if let iso = meta.published {
            let day = iso.prefixString(10)
            published = CalendarDate(iso: day) ?? CalendarDate(iso: iso.prefixString(7)) ?? CalendarDate(iso: iso.prefixString(4))
                ?? WrittenDate.parse(iso)
            if published != nil { basis = meta.date_basis.flatMap(DateBasis.init(rawValue:)) ?? .metadata }
        }
        return Article(file: name, title: title ?? name, outlet: meta.outlet, author: meta.author,
                       published: published, dateBasis: basis, paragraphs: paragraphs)
    }
}

extension ArticleReader {
    /// The offset of the first line feed at or after `start`, or the end: `memchr`, not a loop over the bytes here.
    static func endOfLine(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { endOfLine(in: $0, from: start) }
    }

    static func endOfLine(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < buffer.count, let base = buffer.baseAddress,
              let hit = memchr(base + start, 0x0A, buffer.count - start) else { return buffer.count }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether two strings hold the same UTF-8 (not merely canonically equivalent text).
    static func hasSameBytes(_ one: String, _ other: String) -> Bool {
        guard one.utf8.count == other.utf8.count else { return false }
        var one = one
        var other = other
        return one.withUTF8 { first in
            other.withUTF8 { second in
                first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0
            }
        }
    }

    /// `line.count > 120` without counting the characters of a long paragraph: a line of ASCII (and no line
    /// breaks) has one character per byte. Otherwise two ASCII bytes side by side (but CR LF) always have a
    /// character break between them (no ASCII scalar extends a character, is a prepended mark or a joiner), so a
    /// line has more characters than such breaks, and 120 of them settle it too.
    static func isLongerThan120Characters(_ line: String) -> Bool {
        guard line.utf8.count > 120 else { return false }
        var text = line
        let settled = text.withUTF8 { bytes in
            // 121 ASCII bytes (no CR) are 121 characters at least: a later combining mark extends the last one.
            // Read a word at a time, and the CR by `memchr`.
            let head = UnsafeBufferPointer(rebasing: bytes[..<121])
            if UTF8Validity.isASCII(head), memchr(head.baseAddress!, 0x0D, head.count) == nil { return true }
            var breaks = 0
            for index in 1..<bytes.count where bytes[index] < 0x80 && bytes[index - 1] < 0x80 {
                if bytes[index] == UInt8(ascii: "\n") && bytes[index - 1] == UInt8(ascii: "\r") { continue }
                breaks += 1
                if breaks >= 120 { return true }
            }
            return false
        }
        return settled || !line.dropFirst(120).isEmpty
    }
}

/// What one pass over a file's bytes tells the reader: NULs, control bytes (beyond tab, line breaks and
/// form feed), whether any byte is not ASCII, whether a carriage return occurs.
struct ByteCensus {
    var nulCount = 0
    var controls = 0
    var hasNonASCII = false
    var hasCR = false

    init(_ data: [UInt8]) {
        var nuls = 0
        var controls = 0
        var high: UInt8 = 0
        var crs = 0
        func count(_ byte: UInt8) {
            if byte < 0x20 || byte == 0x7F {
                switch byte {
                case 0: nuls += 1
                case 0x0D: crs += 1
                case 0x09, 0x0A, 0x0C: break
                default: controls += 1
                }
            }
        }
        var highBits = SIMD16<UInt8>()
        let unusual = UnusualBytes()
        data.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var index = 0
            // Sixteen bytes at a time: only a run with a control byte other than a line feed, or a DEL, is looked at
            // byte by byte.
            while index + 16 <= bytes.count {
                let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                highBits |= chunk
                if unusual.occurs(in: chunk) {
                    for offset in index..<(index + 16) { count(bytes[offset]) }
                }
                index += 16
            }
            while index < bytes.count {
                high |= bytes[index]
                count(bytes[index])
                index += 1
            }
        }
        nulCount = nuls
        self.controls = controls
        let highWords = unsafeBitCast(highBits, to: SIMD2<UInt64>.self)
        hasNonASCII = high >= 0x80 || (highWords[0] | highWords[1]) & 0x8080_8080_8080_8080 != 0
        hasCR = crs > 0
    }
}

/// Finds, among sixteen bytes, a byte below 0x20 other than a line feed, or a DEL: a run `ByteCensus` must count byte by
/// byte (a line feed, the only control byte in most text, counts as nothing).
struct UnusualBytes {
    // Stored vectors of a named type, so that each comparison is one vector instruction (see `StopBytes`).
    private let space = SIMD16<UInt8>(repeating: 0x20)
    private let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
    private let delete = SIMD16<UInt8>(repeating: 0x7F)

    @inline(__always)
    func occurs(in chunk: SIMD16<UInt8>) -> Bool {
        let unusual = ((chunk .< space) .& (chunk .!= lineFeed)) .| (chunk .== delete)
        // Lanes are all ones or all zeros; read as two words, any set bit is an unusual byte.
        let lanes = unsafeBitCast(unusual, to: SIMD2<UInt64>.self)
        return lanes[0] | lanes[1] != 0
    }
}

/// Groups cleaned lines into paragraphs: one line is one paragraph, except hard-wrapped lines, which join.
enum ParagraphBuilder {
    static func paragraphs(from lines: [String]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(lines.count)
        var cutter = SentenceCutter()
        // About two sentences a line (blank lines counted), so the ranges of the whole article seldom outgrow it.
        cutter.ranges.reserveCapacity(lines.count * 2)
        // The paragraph being gathered: a hard-wrapped line joins it, any other line starts the next one.
        var pending: (text: String, isListItem: Bool)?
        var pendingJoin = false
        for line in lines {
            if line.isEmpty { pendingJoin = false; continue }
            let (body, isListItem) = stripListMarker(line)
            if pendingJoin, !isListItem, let first = body.first, first.isLowercase || first.isNumber, pending != nil {
                pending?.text += " " + body
            } else {
                if let done = pending.take() {
                    paragraphs.append(cutter.paragraph(done.text, number: paragraphs.count + 1, isListItem: done.isListItem))
                }
                pending = (body, isListItem)
            }
            pendingJoin = !endsClosed(body)
        }
        if let done = pending.take() {
            paragraphs.append(cutter.paragraph(done.text, number: paragraphs.count + 1, isListItem: done.isListItem))
        }
        return paragraphs
    }

    /// Splits an article's paragraphs into sentences, numbered through the article.
    private struct SentenceCutter {
        /// One buffer of sentence ranges for every paragraph of the article.
        var ranges: [Range<Int>] = []
        var sentenceNumber = 0

        /// The paragraph of `text`; each sentence's String is made once, from the paragraph's.
        mutating func paragraph(_ body: String, number: Int, isListItem: Bool) -> Paragraph {
            // This paragraph's ranges follow the ones before it: the buffer is never cleared.
            let first = ranges.count
            // The String knows whether it is ASCII: then so is every sentence, and none needs looking at.
            let isASCII = body.utf8Span.isKnownASCII
            var sentenceNumber = self.sentenceNumber
            var text = body
            // The bytes are read once, for the split and the sentences' copies; `map` makes the array at its size in one go.
            let sentences = text.withUTF8 { bytes in
                UTF8SentenceSplitter(bytes: bytes).split(into: &ranges)
                return ranges[first...].map { range in
                    sentenceNumber += 1
                    let sentence = SentenceSplitter.sentence(range, of: body, bytes: bytes, knownASCII: isASCII)
                    return Sentence(text: sentence, paragraph: number, index: sentenceNumber)
                }
            }
            self.sentenceNumber = sentenceNumber
            return Paragraph(index: number, text: text, isListItem: isListItem, sentences: sentences)
        }
    }

    /// Whether the last character is one that closes a sentence or quote (`.!?:”"’)`), so the next line
    /// does not continue it. A last byte that is ASCII after an ASCII byte is a whole character.
    static func endsClosed(_ body: String) -> Bool {
        // The last two bytes, read in place (borrowed: no copy of the String to make its bytes contiguous).
        let lastTwo = { (bytes: UnsafeBufferPointer<UInt8>) -> (last: UInt8, before: UInt8)? in
            guard let last = bytes.last else { return nil }
            return (last, bytes.count >= 2 ? bytes[bytes.count - 2] : 0)
        }
        let ends = body.utf8.withContiguousStorageIfAvailable(lastTwo) ?? Array(body.utf8).withUnsafeBufferPointer(lastTwo)
        // An empty body (a bare marker) continues nothing either.
        guard let (last, before) = ends else { return true }
        if last < 0x80, before < 0x80 {
            return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: ":")
                || last == UInt8(ascii: "\"") || last == UInt8(ascii: ")")
        }
        return body.last.map { ".!?:”\"’)".contains($0) } ?? false
    }

    /// Removes a bullet (•, ·, *, -, –, —) or a number marker ("3." / "3)") from the front of a list item.
    static func stripListMarker(_ line: String) -> (String, Bool) {
        // A line that opens with an ASCII byte that is no space, `*`, `-` or digit starts no marker: every other
        // bullet is non-ASCII, and a character that opens with that byte is neither a bullet nor a number. Only its
        // end may need trimming (none when it ends in visible ASCII).
        guard let first = line.utf8.first else { return stripListMarkerByCharacters(line) }
        if first > 0x20, first < 0x80, first != UInt8(ascii: "*"), first != UInt8(ascii: "-"), first &- 0x30 >= 10 {
            guard let last = line.lastUTF8Byte, last > 0x20, last < 0x7F else { return (line.trimmingSpaces(), false) }
            return (line, false)
        }
        if first &- 0x30 < 10, let trimmed = trimmedWithoutNumberMarker(line) { return (trimmed, false) }
        return first >= 0x80 && opensWithPlainScalar(line) ? (line.trimmingSpaces(), false) : stripListMarkerByCharacters(line)
    }

    /// A line that opens with an ASCII digit, trimmed, when its bytes show it has no number marker: the digits and the
    /// two bytes after them are ASCII (so each is a character, and the digits are all the number's characters), and
    /// they are not `.` or `)` and a space after one or two digits. Nil leaves the line to the character rules.
    @inline(never)
    private static func trimmedWithoutNumberMarker(_ line: String) -> String? {
        var trimmed = line.trimmingSpaces()
        let plain = trimmed.withUTF8 { bytes -> Bool in
            var digits = 0
            while digits < bytes.count, bytes[digits] &- 0x30 < 10 { digits += 1 }
            for index in digits..<min(bytes.count, digits + 2) where bytes[index] >= 0x80 { return false }
            guard digits <= 2, digits + 1 < bytes.count else { return true }
            return !((bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")")) && bytes[digits + 1] == UInt8(ascii: " "))
        }
        return plain ? trimmed : nil
    }

    /// Whether the line opens with a non-ASCII scalar (a curly quote) that no bullet is canonically equivalent to, that is
    /// not trimmed and not numeric: no character it opens is a bullet or a number.
    @inline(never)
    private static func opensWithPlainScalar(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return !first.isTrimmedSpace && !bulletScalars.contains(first.value) && first.properties.numericType == nil
    }

    /// The bullets' scalars, and U+0387 (canonically equivalent to `·`).
    private static let bulletScalars: [UInt32] = [0x2022, 0x00B7, 0x0387, 0x2A, 0x2D, 0x2013, 0x2014, 0x25AA, 0x25E6]

    /// The list-marker rules read character by character, without the shortcut (which must agree with them).
    static func stripListMarkerByCharacters(_ line: String) -> (String, Bool) {
        let trimmed = line.trimmingSpaces()
        if let first = trimmed.first, "•·*-–—▪◦".contains(first) {
            let rest = trimmed.dropFirst()
            if rest.first == " " { return (String(rest).trimmingSpaces(), true) }
        }
        var digits = 0
        for character in trimmed {
            if character.isNumber { digits += 1 } else { break }
        }
        if (1...2).contains(digits) {
            let rest = trimmed.dropFirst(digits)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return (String(rest.dropFirst(2)).trimmingSpaces(), true) }
        }
        return (trimmed, false)
    }
}

/// A leading `---` block of `key: value` lines (title, outlet, author, date or published).
enum FrontMatter {
    static func split(_ text: String) -> (ArticleMetadata, String)? {
        guard text.hasPrefix("---\n") else { return nil }
        let rest = text.dropFirst(4)
        guard let close = rest.range(of: "\n---\n") ?? rest.range(of: "\n---", options: .anchored) else { return nil }
        var meta = ArticleMetadata()
        for line in rest[..<close.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = String(line[line.index(after: colon)...]).trimmingSpaces()
            value = value.trimmingCharacters(in: "\"'")
            switch key {
            case "title": meta.title = value
            case "outlet", "source", "publisher", "site": meta.outlet = value
            case "author", "by": meta.author = value
            case "date", "published", "published_at": meta.published = value
            default: break
            }
        }
        return (meta, String(rest[close.upperBound...]))
    }
}

extension ArticleReader {
    /// The embedded seed articles, read and cleaned, in file-name order.
    /// Read on every core, returned in file-name order.
    public static func readEmbeddedSeeds() -> [(Article, [Diagnostic])] {
        let seeds = EmbeddedSeeds.articles
        var results = [(Article, [Diagnostic])?](repeating: nil, count: seeds.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: seeds.count) { index in
            let seed = seeds[index]
            let metadata = try? JSONDecoder().decode(ArticleMetadata.self, from: Data(seed.metadata.utf8))
            let result = try? read(name: seed.file, data: Array(seed.text.utf8), metadata: metadata)
            lock.lock()
            results[index] = result
            lock.unlock()
        }
        return results.compactMap { $0 }
    }
}
