import ClaimCorpus
import ClaimDiagnostics

/// What the lexer produced: the tokens up to the first error (always ending in `.endOfInput`), and that error.
public struct LexResult: Sendable {
    public var tokens: [Token]
    public var error: Diagnostic?
}

/// Turns a statement into tokens with UTF-8 ranges. Whitespace, newlines, `\`-newline continuations and
/// `-- comments` separate tokens and are dropped.
public struct Lexer {
    private let bytes: [UInt8]
    private let source: String
    private var position = 0
    private var tokens: [Token] = []

    public static func tokenize(_ source: String) -> LexResult {
        var lexer = Lexer(source: source)
        return lexer.run()
    }

    private init(source: String) {
        self.source = source
        self.bytes = Array(source.utf8)
    }

    private mutating func run() -> LexResult {
        while true {
            skipTrivia()
            guard position < bytes.count else { break }
            let start = position
            do {
                let kind = try scanToken()
                tokens.append(Token(kind: kind, range: SourceRange(start: start, end: position), text: text(start, position)))
            } catch let diagnostic as Diagnostic {
                tokens.append(endToken())
                return LexResult(tokens: tokens, error: diagnostic)
            } catch {
                fatalError("the lexer throws only diagnostics")
            }
        }
        tokens.append(endToken())
        return LexResult(tokens: tokens, error: nil)
    }

    private func endToken() -> Token {
        Token(kind: .endOfInput, range: SourceRange(start: bytes.count, end: bytes.count), text: "")
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private mutating func skipTrivia() {
        while let byte = peek() {
            if byte == ascii(" ") || byte == ascii("\t") || byte == ascii("\n") || byte == ascii("\r") {
                position += 1
            } else if byte == ascii("-"), peek(1) == ascii("-") {
                while let next = peek(), next != ascii("\n") { position += 1 }
            } else if byte == ascii("\\"), isLineContinuation(after: position + 1) {
                position += 1
            } else {
                return
            }
        }
    }

    /// A backslash followed only by blanks up to a newline (or the end) joins two lines.
    private func isLineContinuation(after index: Int) -> Bool {
        var index = index
        while index < bytes.count, bytes[index] == ascii(" ") || bytes[index] == ascii("\t") || bytes[index] == ascii("\r") {
            index += 1
        }
        return index == bytes.count || bytes[index] == ascii("\n")
    }

    private mutating func scanToken() throws -> TokenKind {
        let start = position
        let byte = bytes[position]
        position += 1
        switch byte {
        case ascii("("): return .leftParen
        case ascii(")"): return .rightParen
        case ascii(","): return .comma
        case ascii("."): return .dot
        case ascii(";"): return .semicolon
        case ascii("="):
            if peek() == ascii("=") {
                position += 1
                throw QueryMessages.doubleEquals(at: SourceRange(start: start, end: position))
            }
            return .equal
        case ascii("!"):
            if peek() == ascii("=") { position += 1; return .notEqual }
            throw QueryMessages.bangWithoutEquals(at: SourceRange(start: start, end: position))
        case ascii("<"):
            if peek() == ascii("=") { position += 1; return .lessEqual }
            if peek() == ascii(">") {
                position += 1
                throw QueryMessages.sqlNotEqual(at: SourceRange(start: start, end: position))
            }
            return .less
        case ascii(">"):
            if peek() == ascii("=") { position += 1; return .greaterEqual }
            return .greater
        case ascii("&"), ascii("|"):
            if peek() == byte { position += 1 }
            throw QueryMessages.symbolicConnective(text(start, position), at: SourceRange(start: start, end: position))
        case ascii("\""):
            return try scanString(start: start)
        case ascii("'"):
            throw singleQuotedString(start: start)
        case ascii("-") where peek().map(isDigit) == true:
            return try scanNumber(start: start)
        default:
            if isDigit(byte) { return try scanNumber(start: start) }
            if isIdentifierStart(byte) {
                while let next = peek(), isIdentifierPart(next) { position += 1 }
                let word = text(start, position)
                if let keyword = Keyword(rawValue: word.lowercased()) { return .keyword(keyword) }
                return .identifier
            }
            position = start + scalarLength(at: start)
            throw QueryMessages.unexpectedCharacter(text(start, position), at: SourceRange(start: start, end: position))
        }
    }

    private mutating func scanString(start: Int) throws -> TokenKind {
        var value: [UInt8] = []
        while let byte = peek() {
            position += 1
            if byte == ascii("\"") { return .string(String(decoding: value, as: UTF8.self)) }
            if byte == ascii("\\"), let escaped = peek() {
                position += 1
                switch escaped {
                case ascii("\""): value.append(escaped)
                case ascii("\\"): value.append(escaped)
                case ascii("n"): value.append(ascii("\n"))
                case ascii("t"): value.append(ascii("\t"))
                // Other escapes stay as written, so regular expressions like "\d+" need no doubling.
                default: value.append(byte); value.append(escaped)
                }
            } else {
                value.append(byte)
            }
        }
        throw QueryMessages.unterminatedString(at: SourceRange(start: start, end: position))
    }

    private mutating func singleQuotedString(start: Int) -> Diagnostic {
        while let byte = peek(), byte != ascii("'") { position += 1 }
        let closed = peek() == ascii("'")
        let contents = text(start + 1, position)
        if closed { position += 1 }
        return QueryMessages.singleQuotedString(contents, at: SourceRange(start: start, end: position))
    }

    private mutating func scanNumber(start: Int) throws -> TokenKind {
        if bytes[position - 1] == ascii("-") { position += 1 }
        while let next = peek(), isDigit(next) { position += 1 }
        let digitCount = position - start
        // `2017-09` and `2017-09-05`: a date, whose validity the calendar decides.
        if digitCount == 4, bytes[start] != ascii("-"), peek() == ascii("-"), peek(1).map(isDigit) == true {
            position += 1
            while let next = peek(), isDigit(next) || next == ascii("-") { position += 1 }
            let written = text(start, position)
            guard let date = CalendarDate(iso: written) else {
                throw QueryMessages.invalidDate(written, at: SourceRange(start: start, end: position))
            }
            return .date(date)
        }
        var isDecimal = false
        if peek() == ascii("."), peek(1).map(isDigit) == true {
            isDecimal = true
            position += 1
            while let next = peek(), isDigit(next) { position += 1 }
        }
        if let next = peek(), isIdentifierPart(next) {
            while let more = peek(), isIdentifierPart(more) { position += 1 }
            throw QueryMessages.invalidNumber(text(start, position), at: SourceRange(start: start, end: position))
        }
        let written = text(start, position)
        if isDecimal, let value = Double(written) { return .decimal(value) }
        guard let value = Int(written) else {
            throw QueryMessages.invalidNumber(written, at: SourceRange(start: start, end: position))
        }
        return .integer(value)
    }

    private func scalarLength(at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return min(length, bytes.count - index)
    }
}

@inline(__always) func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }
private func isDigit(_ byte: UInt8) -> Bool { byte >= ascii("0") && byte <= ascii("9") }
private func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= ascii("a") && byte <= ascii("z")) || (byte >= ascii("A") && byte <= ascii("Z")) || byte == ascii("_")
}
private func isIdentifierPart(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }
