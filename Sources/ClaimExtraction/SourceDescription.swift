/// Whether a definite description ("the observatory", "the ministry") can refer back to the previous
/// source: its head noun must fit that source, by name ("the observatory" → Syrian Observatory for Human
/// Rights, "the group" → a monitoring group) or by the kind of actor it is ("the ministry" → a state).
/// Nouns that fit anyone who speaks ("the spokesman", "the official") always do.
enum SourceDescription {
    /// Head nouns that name only certain kinds of actor.
    static let kindsByHead: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        let government = governmentKinds
        for noun in ["ministry", "government", "minister", "president", "authorities", "office", "governor", "mayor",
                     "department", "embassy", "presidency", "cabinet"] {
            table[noun] = government
        }
        let forces: Set<String> = ["state", "government", "armed force", "militia", "coalition", "jihadist group"]
        for noun in ["army", "military", "command", "police", "forces", "units"] { table[noun] = forces }
        let media: Set<String> = ["news source"]
        for noun in ["agency", "channel", "outlet", "newspaper", "paper", "website", "blog", "monitor", "observatory",
                     "media", "correspondent", "journalist", "television", "tv", "radio", "broadcaster"] {
            table[noun] = media
        }
        table["coalition"] = ["coalition"]
        for noun in bodyNouns { table[noun] = ["coalition", "government"] }
        // An organisation may also be an agency or a monitor that reports ("the organisation" → IOM, SOHR).
        for noun in ["organisation", "organization", "charity", "watchdog"] { table[noun, default: []].insert("news source") }
        table["group"] = ["jihadist group", "militia", "armed force", "news source"]
        // "according to the alliance": a coalition of forces, never a person.
        table["alliance"] = ["militia", "coalition", "armed force"]
        table["party"] = ["party"]
        return table
    }()

    /// `description` as written ("the ministry"); `source` the previous source's name.
    ///
    /// A dictionary actor must be of a fitting kind. Any other source (a person, an agency the dictionary
    /// lacks) fits, unless its name says it is an organisation and the noun is a government's ("the ministry"
    /// is not the International Organization for Migration).
    static func fits(_ description: String, source: String, actorKinds: [String: String] = actorKindsByName) -> Bool {
        guard let head = description.split(whereSeparator: { !$0.isLetter }).last?.lowercased() else { return false }
        if source.lowercased().contains(head) { return true }
        guard let kinds = kindsByHead[head] else { return true }
        if let kind = actorKinds[source] { return kinds.contains(kind) }
        // "the council" is a body, never a person the dictionary lacks.
        if bodyNouns.contains(head) { return isOrganisation(source) }
        return !(isOrganisation(source) && kinds == governmentKinds)
    }

    private static func isOrganisation(_ name: String) -> Bool {
        name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { organisationWords.contains(String($0)) }
    }

    /// Head nouns that name a body of people: they fit organisations (and the dictionary's coalitions).
    static let bodyNouns: Set<String> = ["council", "committee", "commission", "organisation", "organization", "charity", "watchdog",
                                         "alliance"]

    static let governmentKinds: Set<String> = ["state", "government"]

    /// Words that make a name an organisation's, not a person's or a government's.
    static let organisationWords: Set<String> = [
        "organization", "organisation", "observatory", "agency", "council", "committee", "watch", "network",
        "international", "monitor", "foundation", "institute", "centre", "center", "group", "union", "fund",
        "programme", "program", "commission", "helmets", "cross", "crescent",
    ]

    /// Each dictionary actor's canonical name → its kind.
    static let actorKindsByName: [String: String] = Dictionary(
        ActorRecognizer.entries.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
}
