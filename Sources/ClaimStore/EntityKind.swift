/// The kinds of record a store holds; their names are the query language's nouns.
public enum EntityKind: String, CaseIterable, Sendable, Hashable, Comparable {
    case documents, claims, places, actors, people, figures, conflicts

    /// The letter that prefixes ids of this kind: `d3`, `c17`, `p5`.
    public var idPrefix: String {
        switch self {
        case .documents: return "d"
        case .claims: return "c"
        case .places: return "p"
        case .actors: return "a"
        case .people: return "n"
        case .figures: return "f"
        case .conflicts: return "x"
        }
    }

    public var singular: String {
        switch self {
        case .documents: return "document"
        case .claims: return "claim"
        case .places: return "place"
        case .actors: return "actor"
        case .people: return "person"
        case .figures: return "figure"
        case .conflicts: return "conflict"
        }
    }

    /// Parses an id like `c17` into its kind and number.
    public static func parseID(_ text: String) -> (EntityKind, Int)? {
        guard let first = text.first, let number = Int(text.dropFirst()), number > 0 else { return nil }
        guard let kind = allCases.first(where: { $0.idPrefix == String(first).lowercased() }) else { return nil }
        return (kind, number)
    }

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
