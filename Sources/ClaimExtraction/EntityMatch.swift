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
    /// Why it matched, for `Evidence.rule`: e.g. `alias 'Deir al-Zour' (GeoNames)`, `translit key 'darzar'`.
    public var rule: String
    /// The gazetteer entry of a place match, where the recogniser knew it (-1 otherwise): what a later look-up by
    /// key would find. Not part of the match's identity (equality and hashing leave it out).
    var entry: Int32 = -1

    public init(key: String, range: Range<Int>, matched: String, rule: String) {
        self.key = key
        self.range = range
        self.matched = matched
        self.rule = rule
    }

    public static func == (lhs: EntityMatch, rhs: EntityMatch) -> Bool {
        lhs.key == rhs.key && lhs.range == rhs.range && lhs.matched == rhs.matched && lhs.rule == rhs.rule
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(range)
        hasher.combine(matched)
        hasher.combine(rule)
    }

    /// Whether the two matches share at least one character.
    public func overlaps(_ other: EntityMatch) -> Bool {
        range.overlaps(other.range)
    }

    /// Place matches that do not overlap an actor or person match: `Al-Masdar` is a news agency,
    /// `al-Baghdadi` a man, `Damascus said` a government. A country the place recogniser found is kept
    /// when the overlapping actor is that country's state (`Russia` is both a place and an actor).
    ///
    ///     let places = PlaceRecognizer().recognize(in: text)
    ///     let actors = ActorRecognizer().recognize(in: text)
    ///     let people = PersonRecognizer().recognize(in: text)
    ///     let kept = EntityMatch.places(places, notOverlapping: actors + people)
    public static func places(_ places: [EntityMatch], notOverlapping others: [EntityMatch],
                              catalog: any EntityCatalog = StandardCatalog.shared) -> [EntityMatch] {
        places.filter { place in
            let clashes = others.filter { $0.overlaps(place) }
            return clashes.allSatisfy { other in
                guard let actor = catalog.actor(forKey: other.key), actor.kind == "state",
                      let entry = catalog.place(forKey: place.key), entry.kind == "country" else { return false }
                return actor.country == entry.name && other.range == place.range
            }
        }
    }
}
