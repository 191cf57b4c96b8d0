/// The places extraction knows: GeoNames (generated) plus a curated supplement.
public final class Gazetteer: @unchecked Sendable {
    public static let shared = Gazetteer()

    public let entries: [PlaceEntry]
    private let byKey: [String: Int]

    init(entries: [PlaceEntry] = []) {
        self.entries = entries
        var byKey: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { byKey[entry.key] = index }
        self.byKey = byKey
    }

    public func entry(forKey key: String) -> PlaceEntry? {
        byKey[key].map { entries[$0] }
    }

    /// Candidates for a written name (exact alias, then transliteration key), best first.
    public func lookup(_ name: String, countryContext: [String] = []) -> [PlaceEntry] {
        []
    }
}
