import ClaimDiagnostics

/// Collects input lines into complete statements, as sqlite3's shell does:
/// `;` ends a statement, `--` starts a comment, and a line without `;` ends one unless the
/// grammar says it is unfinished (open quote or bracket, trailing operator, trailing `\`).
/// Quotes are tracked so `;` and `--` inside a string are text.
public struct StatementAccumulator {
    /// Asks the grammar whether text so far needs more lines.
    public var needsContinuation: (String) -> Bool
    /// Name statements' sources carry (a script path, `<stdin>`), nil for the prompt and `-c`.
    public var sourceName: String?

    /// Raw lines of the pending statement (the first may begin before the statement does).
    private var rawLines: [String] = []
    /// Lines with comments and continuation backslashes blanked (same UTF-8 lengths as raw).
    private var cleanLines: [String] = []
    /// Line number of `rawLines[0]` in its source.
    private var firstLineNumber = 1
    /// UTF-8 offset in `rawLines[0]` where the pending statement starts.
    private var startOffset = 0
    /// The quote character we are inside at the end of the pending text, if any.
    private var openQuote: Unicode.Scalar?

    public init(sourceName: String? = nil, needsContinuation: @escaping (String) -> Bool) {
        self.sourceName = sourceName
        self.needsContinuation = needsContinuation
    }

    /// True when some statement text is waiting for more lines.
    public var hasPending: Bool {
        !pendingText.allSatisfy(\.isWhitespace)
    }

    /// Forgets the pending statement (Ctrl-C at a continuation prompt).
    public mutating func reset() {
        rawLines = []
        cleanLines = []
        startOffset = 0
        openQuote = nil
    }

    /// Adds one line (without its newline); returns the statements it completes, in order.
    public mutating func add(line: String, number: Int) -> [ShellStatement] {
        if rawLines.isEmpty {
            firstLineNumber = number
            startOffset = 0
        }
        var completed: [ShellStatement] = []
        let scalars = Array(line.unicodeScalars)
        var clean = String.UnicodeScalarView()
        var escaped = false
        var index = 0
        // Offsets of `;` that end statements, in UTF-8 bytes of this line.
        var utf8Offset = 0
        rawLines.append(line)
        cleanLines.append("")
        while index < scalars.count {
            let scalar = scalars[index]
            let width = String(scalar).utf8.count
            if let quote = openQuote {
                clean.append(scalar)
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == quote { openQuote = nil }
            } else if scalar == "\"" || scalar == "'" {
                openQuote = scalar
                clean.append(scalar)
            } else if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == "-" {
                // A comment: blank the rest of the line, keeping byte offsets.
                let rest = String(String.UnicodeScalarView(scalars[index...]))
                clean.append(contentsOf: String(repeating: " ", count: rest.utf8.count).unicodeScalars)
                utf8Offset += rest.utf8.count
                break
            } else if scalar == ";" {
                clean.append(" ")
                cleanLines[cleanLines.count - 1] = String(clean)
                if let statement = makeStatement(endLineUTF8: utf8Offset) {
                    completed.append(statement)
                }
                // The next statement starts after the `;` on this same line.
                rawLines = [line]
                cleanLines = [String(clean)]
                firstLineNumber = number
                startOffset = utf8Offset + width
            } else {
                clean.append(scalar)
            }
            utf8Offset += width
            index += 1
        }
        // A trailing backslash outside quotes only asks for another line.
        var cleanText = String(clean)
        if openQuote == nil, let last = cleanText.unicodeScalars.last(where: { $0 != " " && $0 != "\t" }), last == "\\" {
            if let position = cleanText.lastIndex(of: "\\") {
                cleanText.replaceSubrange(position...position, with: " ")
            }
            cleanLines[cleanLines.count - 1] = cleanText
            return completed
        }
        cleanLines[cleanLines.count - 1] = cleanText
        let pending = pendingText
        if pending.allSatisfy(\.isWhitespace) {
            resetKeepingNothing()
            return completed
        }
        if openQuote != nil || needsContinuation(pending.trimmingTrailingWhitespace()) {
            return completed
        }
        if let statement = makeStatement(endLineUTF8: nil) { completed.append(statement) }
        resetKeepingNothing()
        return completed
    }

    /// At end of input: whatever is pending becomes a statement (the engine reports what is missing).
    public mutating func finish() -> ShellStatement? {
        defer { resetKeepingNothing() }
        guard hasPending else { return nil }
        return makeStatement(endLineUTF8: nil)
    }

    /// The pending statement's cleaned text (comments blanked), from its start.
    private var pendingText: String {
        guard !cleanLines.isEmpty else { return "" }
        var joined = cleanLines.joined(separator: "\n")
        let bytes = Array(joined.utf8)
        joined = String(decoding: bytes[min(startOffset, bytes.count)...], as: UTF8.self)
        return joined
    }

    private mutating func resetKeepingNothing() {
        rawLines = []
        cleanLines = []
        startOffset = 0
        openQuote = nil
    }

    /// Builds the statement from the pending lines; `endLineUTF8` cuts the last line (at a `;`).
    private func makeStatement(endLineUTF8: Int?) -> ShellStatement? {
        var cleanJoined = cleanLines.joined(separator: "\n")
        if let end = endLineUTF8 {
            let lastStart = cleanJoined.utf8.count - cleanLines[cleanLines.count - 1].utf8.count
            let bytes = Array(cleanJoined.utf8)
            cleanJoined = String(decoding: bytes[..<(lastStart + end)], as: UTF8.self)
        }
        let bytes = Array(cleanJoined.utf8)
        var start = min(startOffset, bytes.count)
        while start < bytes.count, isBlank(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        // At the prompt and in -c each statement is its own source: its lines count from 1.
        let origin = SourceFile(name: sourceName, text: rawLines.joined(separator: "\n"),
                                firstLine: sourceName == nil ? 1 : firstLineNumber)
        let display = text.split(whereSeparator: { $0 == "\n" })
            .map { $0.trimmingCharacters() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return ShellStatement(text: text, origin: origin, offsetInOrigin: start, displayText: display)
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingCharacters() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
