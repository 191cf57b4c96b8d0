/// A parsed meta-command line: `.name arg "quoted arg"`, with the raw text after the name kept
/// for commands that take the rest of the line (`.explain`).
public struct MetaCommandLine: Equatable {
    /// Lowercased, without the dot.
    public var name: String
    public var arguments: [String]
    /// Everything after the name, trimmed.
    public var rest: String

    /// nil when the line is not a meta-command: it must start with `.` (or be `show ID`).
    public static func parse(_ line: String) -> MetaCommandLine? {
        let trimmed = line.trimmingCharacters()
        if trimmed.hasPrefix(".") {
            let body = trimmed.dropFirst()
            let nameEnd = body.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? body.endIndex
            let name = String(body[..<nameEnd]).lowercased()
            guard !name.isEmpty else { return nil }
            let rest = String(body[nameEnd...]).trimmingCharacters()
            return MetaCommandLine(name: name, arguments: splitArguments(rest), rest: rest)
        }
        // `show ID` is `.show ID` without the dot.
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count == 2, words[0].lowercased() == "show" {
            return MetaCommandLine(name: "show", arguments: [String(words[1])], rest: String(words[1]))
        }
        return nil
    }

    /// Splits on blanks; double or single quotes group words, a backslash escapes inside double quotes.
    public static func splitArguments(_ text: String) -> [String] {
        var arguments: [String] = []
        var current = ""
        var inArgument = false
        var quote: Character?
        var escaped = false
        for character in text {
            if let open = quote {
                if escaped { current.append(character); escaped = false }
                else if character == "\\" && open == "\"" { escaped = true }
                else if character == open { quote = nil }
                else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inArgument = true
            } else if character == " " || character == "\t" {
                if inArgument { arguments.append(current) }
                current = ""
                inArgument = false
            } else {
                current.append(character)
                inArgument = true
            }
        }
        if inArgument { arguments.append(current) }
        return arguments
    }
}
