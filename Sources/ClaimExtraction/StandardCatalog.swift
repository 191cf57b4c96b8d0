/// The catalog backed by the built-in gazetteer, actor and person dictionaries.
public struct StandardCatalog: EntityCatalog {
    public static let shared = StandardCatalog()

    public init() {}

    public func place(forKey key: String) -> PlaceEntry? {
        Gazetteer.shared.entry(forKey: key)
    }

    public func actor(forKey key: String) -> ActorEntry? {
        ActorRecognizer.entries.first { $0.key == key }
    }

    public func person(forKey key: String) -> PersonEntry? {
        PersonRecognizer.entries.first { $0.key == key }
    }
}
