/// The catalog backed by the built-in gazetteer, actor and person dictionaries.
public struct StandardCatalog: EntityCatalog {
    public static let shared = StandardCatalog()

    private let actorsByKey: [String: ActorEntry]
    private let peopleByKey: [String: PersonEntry]
    /// What extraction reads for every match, found without copying entries (`EntityFields`).
    let placeFields: EntityFields
    let actorFields: EntityFields
    let personFields: EntityFields

    public init() {
        actorsByKey = Dictionary(ActorRecognizer.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByKey = Dictionary(PersonRecognizer.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        // The gazetteer indexes keys by assigning in order (the last entry of a key wins); the dictionaries keep the first.
        placeFields = EntityFields(Gazetteer.shared.entries.map { ($0.key, $0.name, $0.country) }, firstWins: false)
        actorFields = EntityFields(ActorRecognizer.entries.map { ($0.key, $0.name, $0.kind) }, firstWins: true)
        personFields = EntityFields(PersonRecognizer.entries.map { ($0.key, $0.name, nil) }, firstWins: true)
    }

    public func place(forKey key: String) -> PlaceEntry? {
        Gazetteer.shared.entry(forKey: key)
    }

    public func actor(forKey key: String) -> ActorEntry? {
        actorsByKey[key]
    }

    public func person(forKey key: String) -> PersonEntry? {
        peopleByKey[key]
    }
}
