/// A word of running text, with `Character` offsets, for the dictionary recognisers
/// (places, actors, people).
struct NameToken: Sendable {
    var text: String
    /// Character offsets into the text (`String.count` units); a possessive `’s` is left outside.
    var range: Range<Int>
    /// What separates this token from the previous one (spaces, a hyphen, punctuation …).
    var gapBefore: String

    var isCapitalised: Bool { text.first.map { $0.isUppercase || $0.isNumber } ?? false }
    var isNumber: Bool { text.allSatisfy(\.isNumber) }
    var lowercased: String { text.lowercased() }

    /// Whether this token continues a name begun by the previous one (`Deir ez-Zor`, `Abu Kamal`):
    /// only spaces or one hyphen between them.
    var joinsPrevious: Bool {
        guard !gapBefore.isEmpty, gapBefore.count <= 3 else { return false }
        var hyphens = 0
        for character in gapBefore {
            if character == "-" || character == "‐" || character == "‑" { hyphens += 1; continue }
            if character == " " || character == "\u{A0}" { continue }
            return false
        }
        return hyphens <= 1
    }

    /// Splits text into words: letters and digits, with apostrophes inside a word kept (`Qa’im`).
    static func tokenize(_ text: String) -> [NameToken] {
        var tokens: [NameToken] = []
        var current = ""
        var start = 0
        var gap = ""
        var offset = 0
        func finish() {
            guard !current.isEmpty else { return }
            var word = current
            var end = offset
            // Possessive: Syria’s, ISIS's → the name without the suffix.
            for suffix in ["’s", "'s", "’", "'"] where word.count > suffix.count + 1 && word.hasSuffix(suffix) {
                word.removeLast(suffix.count)
                end -= suffix.count
                break
            }
            while let last = word.last, Normalizer.apostropheCharacters.contains(last) {
                word.removeLast(); end -= 1
            }
            tokens.append(NameToken(text: word, range: start..<end, gapBefore: gap))
            current = ""
            gap = ""
        }
        for character in text {
            let isWordCharacter = character.isLetter || character.isNumber
                || (!current.isEmpty && Normalizer.apostropheCharacters.contains(character))
            if isWordCharacter {
                if current.isEmpty { start = offset }
                current.append(character)
            } else {
                finish()
                gap.append(character)
            }
            offset += 1
        }
        finish()
        return tokens
    }
}

extension Normalizer {
    /// Apostrophe-like characters that may sit inside a transliterated name.
    static let apostropheCharacters: Set<Character> = ["’", "‘", "'", "`", "ʿ", "ʾ", "ʼ"]
}
