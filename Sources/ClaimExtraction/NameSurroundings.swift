/// What the word right after a recognised name says about it, beyond the dictionaries:
/// "Al-Sumaria TV" is a channel, not the town its name sounds like; "the Syrian border" is a place, not the
/// Syrian state acting.
enum NameSurroundings {
    /// Capitalised nouns that make the name before them part of an outlet's name ("Anadolu Agency",
    /// "Jerusalem Post", "Aleppo Media Center").
    static let mediaNouns: Set<String> = [
        "tv", "television", "channel", "radio", "news", "agency", "network", "newspaper", "daily", "times", "post",
        "herald", "media", "press", "broadcasting", "broadcaster", "gazette", "tribune", "telegraph",
    ]

    /// Nouns of land that turn a country's adjective into its place ("close to the Syrian border",
    /// "on Iraqi soil", "the Turkish side", "Syrian towns").
    static let territoryNouns: Set<String> = [
        "border", "borders", "frontier", "frontiers", "territory", "territories", "soil", "side", "airspace",
        "coast", "coastline", "desert", "countryside", "city", "cities", "town", "towns", "village", "villages",
        "province", "provinces", "capital", "interior", "heartland", "hinterland", "mainland", "waters", "steppe",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "border-crossing",
    ]

    /// Whether a capitalised media noun follows the name in `range` (character offsets).
    static func isMediaName(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        guard let next = sentence.tokens.firstIndex(where: { $0.start >= range.upperBound }),
              let word = sentence.tokens.lower(at: next), mediaNouns.contains(word),
              sentence.tokens[next].start - range.upperBound <= 1 else { return false }
        return sentence.text(of: sentence.tokens[next].start..<sentence.tokens[next].end).first?.isUppercase == true
    }

    /// Whether a noun of land follows the word in `range` (character offsets), a space apart.
    static func isBeforeTerritory(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        guard let next = sentence.tokens.firstIndex(where: { $0.start >= range.upperBound }),
              sentence.tokens[next].start - range.upperBound == 1,
              let word = sentence.tokens.lower(at: next) else { return false }
        return territoryNouns.contains(word)
    }
}
