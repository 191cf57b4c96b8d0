/// The few fields extraction reads for every match (a canonical name, a place's country, an actor's kind),
/// found by entity key with a hash probe and read in place: no `Dictionary` hashing and no copy of a whole
/// entry (its aliases and every other field) per look-up.
struct EntityFields: Sendable {
    /// Hash of a key → its position.
    private var positions = NameTable<Int32>()
    private var keys: [String] = []
    /// The entries' canonical names, and one more field each (country, kind), by position.
    private(set) var names: [String] = []
    private(set) var others: [String?] = []
    /// Every key's position, for a key whose hash another key holds.
    private var fallback: [String: Int] = [:]

    /// `entries`: (key, name, other) in catalog order; `firstWins`: which of two entries with one key is found
    /// (the first, as `Dictionary(_:uniquingKeysWith:)` keeps it, or the last, as assigning by key in order does).
    init(_ entries: [(key: String, name: String, other: String?)], firstWins: Bool) {
        var byKey: [String: Int] = [:]
        for entry in entries {
            if let position = byKey[entry.key] {
                if firstWins { continue }
                names[position] = entry.name
                others[position] = entry.other
                continue
            }
            byKey[entry.key] = keys.count
            keys.append(entry.key)
            names.append(entry.name)
            others.append(entry.other)
        }
        // Keys sharing a hash (about one pair in 2^64) keep the first; `position(of:)` then asks `byKey`.
        for (position, key) in keys.enumerated() where positions[NameHash(key.utf8)] == nil {
            positions[NameHash(key.utf8)] = Int32(position)
        }
        fallback = byKey
    }

    /// The position of the entry with key `key`, if any.
    func position(of key: String) -> Int? {
        // The bytes read in place (`withUTF8` would need a copy of the key to mutate, retained and released per look-up).
        let hash = key.utf8.withContiguousStorageIfAvailable { NameHash($0) } ?? NameHash(key.utf8)
        guard let position = positions[hash] else { return nil }
        if keys[Int(position)] == key { return Int(position) }
        return fallback[key]
    }
}

extension StandardCatalog {
    /// `place(forKey:)?.name`.
    func placeName(forKey key: String) -> String? { placeFields.position(of: key).map { placeFields.names[$0] } }

    /// `place(forKey:)?.country`.
    func placeCountry(forKey key: String) -> String? {
        placeFields.position(of: key).flatMap { placeFields.others[$0] }
    }

    /// `actor(forKey:)?.name`.
    func actorName(forKey key: String) -> String? { actorFields.position(of: key).map { actorFields.names[$0] } }

    /// `actor(forKey:)?.kind`.
    func actorKind(forKey key: String) -> String? {
        actorFields.position(of: key).flatMap { actorFields.others[$0] }
    }

    /// `person(forKey:)?.name`.
    func personName(forKey key: String) -> String? { personFields.position(of: key).map { personFields.names[$0] } }
}
