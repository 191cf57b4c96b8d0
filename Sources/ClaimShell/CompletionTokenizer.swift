/// A rough token of a partly typed statement: enough to tell what may come next.
struct CompletionToken: Equatable {
    enum Kind: Equatable {
        case word
        /// A quoted string; `terminated` is false while the closing quote is still to come.
        case string(terminated: Bool)
        case comparison
        case openParen, closeParen, comma, semicolon
    }

    var kind: Kind
    var text: String
    /// Scalar indices into the line.
    var start: Int
    var end: Int

    var lowered: String { text.lowercased() }
}

enum CompletionTokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [CompletionToken] {
        var tokens: [CompletionToken] = []
        var index = 0
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" {
                index += 1
            } else if scalar == "\"" || scalar == "'" {
                var end = index + 1
                var escaped = false
                var terminated = false
                while end < scalars.count {
                    let current = scalars[end]
                    end += 1
                    if escaped { escaped = false } else if current == "\\" { escaped = true } else if current == scalar {
                        terminated = true
                        break
                    }
                }
                tokens.append(CompletionToken(kind: .string(terminated: terminated), text: text(index..<end), start: index, end: end))
                index = end
            } else if "=<>!~".unicodeScalars.contains(scalar) {
                var end = index + 1
                while end < scalars.count, "=<>!~".unicodeScalars.contains(scalars[end]) { end += 1 }
                tokens.append(CompletionToken(kind: .comparison, text: text(index..<end), start: index, end: end))
                index = end
            } else if scalar == "(" || scalar == ")" || scalar == "," || scalar == ";" {
                let kind: CompletionToken.Kind = scalar == "(" ? .openParen : scalar == ")" ? .closeParen : scalar == "," ? .comma : .semicolon
                tokens.append(CompletionToken(kind: kind, text: String(scalar), start: index, end: index + 1))
                index += 1
            } else {
                var end = index + 1
                while end < scalars.count, !isBreak(scalars[end]) { end += 1 }
                tokens.append(CompletionToken(kind: .word, text: text(index..<end), start: index, end: end))
                index = end
            }
        }
        return tokens
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        " \t\n\"'=<>!~(),;".unicodeScalars.contains(scalar)
    }
}
