/// Finds mentions of known people in text, from `PersonDictionary`.
///
/// Word-bounded and longest first (`Ibrahim Abu Bakr Al-Baghdadi` is one mention); a capitalised
/// alias needs capitalised words in the text; Arabic-derived names also match through
/// `Normalizer.key` (`Abu Bakr al-Bagdadi`, `Qassem Soleimany`). "Presidents Trump and Putin" names both.
public struct PersonRecognizer: Sendable {
    public init() {}

    public static let entries: [PersonEntry] = PersonDictionary.entries

    private static let matcher = AliasMatcher(aliases: PersonDictionary.entries.flatMap { entry in
        ([entry.name] + entry.aliases).map { (entryKey: entry.key, alias: $0) }
    }, source: "person dictionary")

    /// Builds the matcher now (see `ClaimExtractor.loadTablesBesidesGazetteer`).
    static func loadTables() { _ = matcher }

    public func recognize(in text: String) -> [EntityMatch] {
        recognize(in: NameText(text))
    }

    /// The same, on text already split into words (shared with `PlaceRecognizer` and `ActorRecognizer`).
    public func recognize(in text: NameText) -> [EntityMatch] {
        var spans = SpanScratch()
        return recognize(in: text, spans: &spans)
    }

    /// The same, sharing span keys through `spans` (made for `text`) with the other recognisers.
    func recognize(in text: NameText, spans: inout SpanScratch) -> [EntityMatch] {
        PersonRecognizer.matcher.matches(in: text, source: "person dictionary", scratch: &spans)
    }
}
