/// One mention of a dictionary entity (place, actor or person) in a piece of text.
///
/// Recognisers return matches in text order. Ranges count `Character`s (`String.count` units) of the
/// text passed to `recognize(in:)`, the same units `Evidence.range` uses.
public struct EntityMatch: Hashable, Sendable {
    /// The `PlaceEntry` / `ActorEntry` / `PersonEntry` key.
    public var key: String
    /// Character offsets into the text passed in.
    public var range: Range<Int>
    /// The text as written.
    public var matched: String
    /// Why it matched, for `Evidence.rule`: e.g. `alias 'Deir al-Zour' (GeoNames)`, `translit key 'dyrzr'`.
    public var rule: String

    public init(key: String, range: Range<Int>, matched: String, rule: String) {
        self.key = key
        self.range = range
        self.matched = matched
        self.rule = rule
    }

    /// Whether the two matches share at least one character.
    public func overlaps(_ other: EntityMatch) -> Bool {
        range.overlaps(other.range)
    }
}
