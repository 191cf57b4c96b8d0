/// The catalog backed by the built-in gazetteer, actor and person dictionaries.
public struct StandardCatalog: EntityCatalog {
    public static let shared = StandardCatalog()

    private let actorsByKey: [String: ActorEntry]
    private let peopleByKey: [String: PersonEntry]

    public init() {
        actorsByKey = Dictionary(ActorRecognizer.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByKey = Dictionary(PersonRecognizer.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
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
