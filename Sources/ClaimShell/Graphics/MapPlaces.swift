import ClaimRender
import ClaimStore

extension EngineBackend {
    /// The places a result names, weighted by how many of its records name each: claims (and timelines) and
    /// figures and conflicts through their place fields, documents through their claims, places themselves
    /// (weighted by their claims), groups on a place field by their counts. Countries are left out: their
    /// outlines are drawn anyway. nil when the result's records name no places (a count, documents grouped by
    /// outlet, a listing without its id column).
    public func mapPlaces(for result: ResultSummary) -> [MapPlace]? {
        var weights: [Int: Int] = [:]
        switch result {
        case .records(let kindName, let ids?):
            guard let kind = store.schema.kind(named: kindName) else { return nil }
            let records = ids.compactMap { Self.recordNumber($0, kind: kind) }
            if kind == .places {
                for id in records { weights[id] = max(1, first(.places, id, "claims")?.numeric.map { Int($0) } ?? 1) }
            } else if kind == .documents {
                let wanted = Set(records)
                for claim in stride(from: 1, through: store.count(.claims), by: 1) {
                    guard case .ref(_, let doc)? = first(.claims, claim, "doc"), wanted.contains(doc) else { continue }
                    count(placesOf: .claims, claim, into: &weights)
                }
            } else {
                guard placeFields(of: kind) != [] else { return nil }
                for id in records { count(placesOf: kind, id, into: &weights) }
            }
        case .timeline(let ids):
            for id in ids.compactMap({ Self.recordNumber($0, kind: .claims) }) { count(placesOf: .claims, id, into: &weights) }
        case .groups(let kindName, let field, let groups):
            guard let kind = store.schema.kind(named: kindName), let path = groupField(field, of: kind),
                  path.type == .entity(.places) else { return nil }
            for group in groups where !group.value.isEmpty {
                for id in store.resolve(.places, name: group.value) { weights[id, default: 0] += group.count }
            }
        default:
            return nil
        }
        return weights.keys.sorted().compactMap { id -> MapPlace? in
            guard first(.places, id, "kind") != .string("country"),
                  let lat = first(.places, id, "lat")?.numeric, let lon = first(.places, id, "lon")?.numeric else { return nil }
            return MapPlace(name: store.name(.places, id: id), lat: lat, lon: lon, weight: weights[id] ?? 1)
        }
    }

    /// `c17` → 17 when the prefix is the kind's.
    static func recordNumber(_ text: String, kind: EntityKind) -> Int? {
        guard text.hasPrefix(kind.idPrefix) else { return nil }
        return Int(text.dropFirst(kind.idPrefix.count))
    }

    private func first(_ kind: EntityKind, _ id: Int, _ field: String) -> Value? {
        store.values(kind, id: id, field: field).first
    }

    /// Fields of `kind` that name places (`places` on claims and conflicts, `place` on figures).
    private func placeFields(of kind: EntityKind) -> [String] {
        store.schema[kind].fields.filter { $0.type == .entity(.places) && $0.name != "name" }.map(\.name)
    }

    /// Adds one to each distinct place a record names.
    private func count(placesOf kind: EntityKind, _ id: Int, into weights: inout [Int: Int]) {
        var seen = Set<Int>()
        for field in placeFields(of: kind) {
            for case .ref(.places, let place) in store.values(kind, id: id, field: field) where seen.insert(place).inserted {
                weights[place, default: 0] += 1
            }
        }
    }

    /// The field a group was made on (a single field of the kind; a linked path such as `doc.outlet` is not a place).
    private func groupField(_ name: String, of kind: EntityKind) -> FieldDescriptor? {
        name.contains(".") ? nil : store.schema[kind].field(named: name)
    }
}
