import ClaimCorpus

extension EntityStore {
    /// The values of `field` (canonical name) for record `id` of `kind`. Entity and id fields give `.ref`;
    /// a missing value is an empty list.
    public func values(_ kind: EntityKind, id: Int, field: String) -> [Value] {
        guard id >= 1, id <= count(kind) else { return [] }
        switch kind {
        case .documents: return documentValues(documents[id - 1], field)
        case .claims: return claimValues(claims[id - 1], field)
        case .places: return placeValues(places[id - 1], field)
        case .actors: return actorValues(actors[id - 1], field)
        case .people: return personValues(people[id - 1], field)
        case .figures: return figureValues(figures[id - 1], field)
        case .conflicts: return conflictValues(id - 1, field)
        }
    }

    /// `values(kind, id:, field:)` with the field resolved once: scans call the returned reader per id instead of
    /// matching the field name and copying the whole record each time. Claims get direct readers; other kinds,
    /// small, go through `values`.
    public func accessor(_ kind: EntityKind, field: String) -> (Int) -> [Value] {
        guard kind == .claims, let read = claimReader(field) else { return { [unowned self] id in self.values(kind, id: id, field: field) } }
        return { [unowned self] id in id >= 1 && id <= self.claims.count ? read(self.claims, id - 1) : [] }
    }

    private func claimReader(_ field: String) -> (([ClaimRecord], Int) -> [Value])? {
        switch field {
        case "id": return { [.ref(.claims, $0[$1].id)] }
        case "doc": return { [.ref(.documents, $0[$1].doc)] }
        case "text": return { [.string($0[$1].text)] }
        case "paragraph": return { [.int($0[$1].paragraph)] }
        case "sentence": return { [.int($0[$1].sentence)] }
        case "places": return { $0[$1].places.map { .ref(.places, $0) } }
        case "actors": return { $0[$1].actors.map { .ref(.actors, $0) } }
        case "people": return { $0[$1].people.map { .ref(.people, $0) } }
        case "years": return { $0[$1].years.map(Value.int) }
        case "year": return { $0[$1].year.map { [.int($0)] } ?? [] }
        case "date": return { $0[$1].date.map { [.date($0)] } ?? [] }
        case "date_precision": return { $0[$1].date.map { [.string($0.precision.rawValue)] } ?? [] }
        case "year_basis": return { [.string($0[$1].yearBasis.rawValue)] }
        case "type": return { [.string($0[$1].type.rawValue)] }
        case "figures": return { $0[$1].figures.map { .ref(.figures, $0) } }
        case "source": return { [.string($0[$1].source)] }
        case "modality": return { [.string($0[$1].modality.rawValue)] }
        case "support": return { [.int($0[$1].support)] }
        case "supported_by": return { $0[$1].supportedBy.map { .ref(.claims, $0) } }
        default: return nil
        }
    }

    private func documentValues(_ d: DocumentRecord, _ field: String) -> [Value] {
        switch field {
        case "id": return [.ref(.documents, d.id)]
        case "file": return [.string(d.file)]
        case "title": return [.string(d.title)]
        case "outlet": return optional(d.outlet.map(Value.string))
        case "author": return optional(d.author.map(Value.string))
        case "published": return optional(d.published.map(Value.date))
        case "published_precision": return optional(d.published.map { .string($0.precision.rawValue) })
        case "date_basis": return optional(d.dateBasis.map { .string($0.rawValue) })
        case "words": return [.int(d.words)]
        case "claims": return [.int(d.claimIDs.count)]
        default: return []
        }
    }

    private func claimValues(_ c: ClaimRecord, _ field: String) -> [Value] {
        switch field {
        case "id": return [.ref(.claims, c.id)]
        case "doc": return [.ref(.documents, c.doc)]
        case "text": return [.string(c.text)]
        case "paragraph": return [.int(c.paragraph)]
        case "sentence": return [.int(c.sentence)]
        case "places": return c.places.map { .ref(.places, $0) }
        case "actors": return c.actors.map { .ref(.actors, $0) }
        case "people": return c.people.map { .ref(.people, $0) }
        case "years": return c.years.map(Value.int)
        case "year": return optional(c.year.map(Value.int))
        case "date": return optional(c.date.map(Value.date))
        case "date_precision": return optional(c.date.map { .string($0.precision.rawValue) })
        case "year_basis": return [.string(c.yearBasis.rawValue)]
        case "type": return [.string(c.type.rawValue)]
        case "figures": return c.figures.map { .ref(.figures, $0) }
        case "source": return [.string(c.source)]
        case "modality": return [.string(c.modality.rawValue)]
        case "support": return [.int(c.support)]
        case "supported_by": return c.supportedBy.map { .ref(.claims, $0) }
        default: return []
        }
    }

    private func placeValues(_ p: PlaceRecord, _ field: String) -> [Value] {
        switch field {
        case "id": return [.ref(.places, p.id)]
        case "name": return [.ref(.places, p.id)]
        case "aliases": return (p.entry.aliases + p.seenSpellings).map(Value.string)
        case "kind": return [.string(p.entry.kind)]
        case "country": return [.string(p.entry.country)]
        case "admin1": return optional(p.entry.admin1.map(Value.string))
        case "lat": return [.decimal(p.entry.lat)]
        case "lon": return [.decimal(p.entry.lon)]
        case "population": return optional(p.entry.population.map(Value.int))
        case "claims": return [.int(p.claimIDs.count)]
        default: return []
        }
    }

    private func actorValues(_ a: ActorRecord, _ field: String) -> [Value] {
        switch field {
        case "id": return [.ref(.actors, a.id)]
        case "name": return [.ref(.actors, a.id)]
        case "aliases": return (a.entry.aliases + a.seenSpellings).map(Value.string)
        case "kind": return [.string(a.entry.kind)]
        case "country": return optional(a.entry.country.map(Value.string))
        case "part_of": return optional(a.partOf.map { .ref(.actors, $0) })
        case "claims": return [.int(a.claimIDs.count)]
        default: return []
        }
    }

    private func personValues(_ p: PersonRecord, _ field: String) -> [Value] {
        switch field {
        case "id": return [.ref(.people, p.id)]
        case "name": return [.ref(.people, p.id)]
        case "aliases": return (p.entry.aliases + p.seenSpellings).map(Value.string)
        case "role": return [.string(p.entry.role)]
        case "claims": return [.int(p.claimIDs.count)]
        default: return []
        }
    }

    private func figureValues(_ f: FigureRecord, _ field: String) -> [Value] {
        switch field {
        case "id": return [.ref(.figures, f.id)]
        case "claim": return [.ref(.claims, f.claim)]
        case "doc": return [.ref(.documents, f.doc)]
        case "value": return optional(f.value.map(Value.number))
        case "low": return optional(f.low.map(Value.number))
        case "high": return optional(f.high.map(Value.number))
        case "unit": return [.string(f.unit)]
        case "qualifier": return optional(f.qualifier.map(Value.string))
        case "place": return optional(f.place.map { .ref(.places, $0) })
        case "actor": return optional(f.actor.map { .ref(.actors, $0) })
        case "text": return [.string(f.text)]
        default: return []
        }
    }

    /// Read from the packed list field by field: building the whole record for one field would cost more.
    private func conflictValues(_ index: Int, _ field: String) -> [Value] {
        switch field {
        case "id": return [.ref(.conflicts, index + 1)]
        case "subject": return [.string(conflicts.subject(at: index))]
        case "claim_a": return [.ref(.claims, conflicts.claimA(at: index))]
        case "claim_b": return [.ref(.claims, conflicts.claimB(at: index))]
        case "doc_a": return [.ref(.documents, conflicts.docA(at: index))]
        case "doc_b": return [.ref(.documents, conflicts.docB(at: index))]
        case "value_a": return [.string(conflicts.valueA(at: index))]
        case "value_b": return [.string(conflicts.valueB(at: index))]
        case "gap": return optional(conflicts.gap(at: index).map(Value.number))
        case "places": return conflicts.places(at: index).map { .ref(.places, $0) }
        case "actors": return conflicts.actors(at: index).map { .ref(.actors, $0) }
        default: return []
        }
    }

    private func optional(_ value: Value?) -> [Value] {
        value.map { [$0] } ?? []
    }
}
