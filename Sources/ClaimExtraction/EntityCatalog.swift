// Dictionary entries for the entities extraction can recognise. The Store turns the ones
// a corpus mentions into records with ids.

public struct PlaceEntry: Hashable, Sendable {
    /// Stable key: `gn:GEONAMEID` for GeoNames places, `sup:SLUG` for the curated supplement.
    public var key: String
    public var name: String
    public var aliases: [String]
    /// city, town, village, governorate, country, river, region, crossing, oil field, neighbourhood, airport, base, dam, lake,
    /// road, facility, landmark (a mosque, shrine or minaret)
    public var kind: String
    public var country: String
    public var admin1: String?
    public var lat: Double
    public var lon: Double
    public var population: Int?

    public init(key: String, name: String, aliases: [String], kind: String, country: String,
                admin1: String?, lat: Double, lon: Double, population: Int?) {
        self.key = key
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.population = population
    }
}

public struct ActorEntry: Hashable, Sendable {
    public var key: String
    public var name: String
    public var aliases: [String]
    /// state, armed force, militia, jihadist group, coalition, government, news source, party
    public var kind: String
    public var country: String?
    /// Key of the actor this one belongs to (Tiger Forces → Syrian Army).
    public var partOf: String?

    public init(key: String, name: String, aliases: [String], kind: String, country: String?, partOf: String?) {
        self.key = key
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.country = country
        self.partOf = partOf
    }
}

public struct PersonEntry: Hashable, Sendable {
    public var key: String
    public var name: String
    public var aliases: [String]
    public var role: String

    public init(key: String, name: String, aliases: [String], role: String) {
        self.key = key
        self.name = name
        self.aliases = aliases
        self.role = role
    }
}

/// Looks up dictionary entries by key; the Store needs it to describe what claims name.
public protocol EntityCatalog: Sendable {
    func place(forKey key: String) -> PlaceEntry?
    func actor(forKey key: String) -> ActorEntry?
    func person(forKey key: String) -> PersonEntry?
}
