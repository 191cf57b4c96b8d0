/// The words around a place name that change what it means.
struct PlacePhrase {
    static let provinceWords: [String] = ["province", "governorate", "countryside", "provinces", "governorates"]

    var isProvinceAfter = false
    var isProvincesPlural = false
    var isProvinceBefore = false
    var isDesertAfter = false
    /// First token of a direction phrase before the name, and its words.
    var direction: (first: Int, words: String)?

    init(text: NameText, first: Int, last: Int) {
        let tokens = text.tokens
        if last + 1 < tokens.count, tokens[last + 1].flags.contains(.gapIsSpace) {
            let next = tokens[last + 1].classes
            isProvinceAfter = next.contains(.provinceWord)
            isDesertAfter = next.contains(.desert)
        }
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
}
