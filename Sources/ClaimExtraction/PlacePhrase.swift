/// The words around a place name that change what it means.
struct PlacePhrase {
    /// "provincial": "the Salahuddin provincial council" sits in the governorate.
    static let provinceWords: [String] = ["province", "governorate", "countryside", "provinces", "governorates", "provincial"]

    var isProvinceAfter = false
    var isProvincesPlural = false
    var isProvinceBefore = false
    var isDesertAfter = false
    /// "Hama and Aleppo provinces", "Hama, Idlib and Aleppo provinces": a name listed before a plural province word.
    var isListedBeforeProvinces = false
    /// First token of a direction phrase before the name, and its words.
    var direction: (first: Int, words: String)?

    /// `text` borrowed: an initialiser's parameters are otherwise owned, and the sentence's arrays retained for it.
    init(text: borrowing NameText, first: Int, last: Int) {
        let tokens = text.tokens
        if last + 1 < tokens.count, tokens[last + 1].flags.contains(.gapIsSpace) {
            let next = tokens[last + 1].classes
            isProvinceAfter = next.contains(.provinceWord)
            isDesertAfter = next.contains(.desert)
        }
        if !isProvinceAfter { isListedBeforeProvinces = Self.isListedBeforeProvinces(tokens, after: last) }
        if first >= 2, tokens[first - 1].classes.contains(.of), tokens[first - 2].classes.contains(.provinceWord) {
            isProvinceBefore = true
            isProvincesPlural = tokens[first - 2].classes.contains(.plural)
        }
        if first >= 1, tokens[first - 1].classes.contains(.direction), tokens[first].flags.contains(.gapIsSpace) {
            var start = first - 1
            // "north eastern Aleppo", "north-eastern Syria"
            if start >= 1, tokens[start - 1].classes.contains(.northOrSouth), tokens[start].joinsPrevious {
                start -= 1
            }
            direction = (start, text.written(start, first - 1).lowercased())
        }
    }

    /// Names and "and"/"or" up to a plural province word ("… and Aleppo provinces"), at most eight words on.
    private static func isListedBeforeProvinces(_ tokens: [NameToken], after last: Int) -> Bool {
        var sawConjunction = false
        var index = last + 1
        while index < tokens.count, index - last <= 8 {
            let token = tokens[index]
            if token.classes.contains(.provinceWord) {
                return sawConjunction && token.classes.contains(.plural) && token.flags.contains(.gapIsSpace)
            }
            if token.classes.contains(.listWord), !token.classes.contains(.of), !token.isCapitalised {
                sawConjunction = true
            } else if !token.isCapitalised, !token.classes.isArticle {
                return false
            }
            index += 1
        }
        return false
    }
}
