import ClaimCorpus
import ClaimStore

/// Puts the claims a `timeline` kept in date order, as rows a renderer can draw or print.
struct TimelineBuilder {
    let store: EntityStore

    /// The columns of a timeline, in order.
    static let columns = [
        ResultColumn(name: "id", type: .id(.claims), isMulti: false),
        ResultColumn(name: "date", type: .date, isMulti: false),
        ResultColumn(name: "date_precision", type: .enumeration(DatePrecision.allCases.map(\.rawValue)), isMulti: false),
        ResultColumn(name: "type", type: .string, isMulti: false),
        ResultColumn(name: "text", type: .string, isMulti: false),
        ResultColumn(name: "doc", type: .id(.documents), isMulti: false),
    ]

    /// Dated claims first, earliest first; a coarser date sorts before the finer ones inside it (2017 before
    /// 2017-03), and equal dates keep id order. Undated claims follow by their document's publication date (the
    /// order the story was told in), then in id order. `limit` keeps the first N.
    func timeline(_ ids: [Int], limit: Int?) -> ResultSet {
        let dated = ids.compactMap { id in date(of: id).map { (id: id, date: $0) } }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let datedIds = Set(dated.map(\.id))
        let undated = ids.filter { !datedIds.contains($0) }.map { (id: $0, published: published(of: $0)) }
            .sorted { a, b in
                switch (a.published, b.published) {
                case let (x?, y?) where x != y: return x < y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.id < b.id
                }
            }
        let ordered = dated.map(\.id) + undated.map(\.id)
        let shown = ResultBuilder.cut(ordered, limit: limit, offset: nil)
        let rows = shown.map { id -> [Cell] in
            let date = self.date(of: id)
            return [
                [.string(EntityKind.claims.idPrefix + String(id))],
                date.map { [.date($0)] } ?? [],
                date.map { [.string($0.precision.rawValue)] } ?? [],
                first(id, "type").map { [store.display($0)] } ?? [],
                first(id, "text").map { [$0] } ?? [],
                first(id, "doc").flatMap(Self.idText).map { [$0] } ?? [],
            ]
        }
        return ResultSet(kind: .claims, columns: Self.columns, rows: rows,
                         defaultColumns: Self.columns.map(\.name), totalBeforeLimit: ordered.count)
    }

    /// The claim's own date, else its year when the text gave one (explicitly or relatively); nil when its
    /// year is only the publication's.
    private func date(of id: Int) -> CalendarDate? {
        if case .date(let date)? = first(id, "date") { return date }
        guard case .int(let year)? = first(id, "year"), first(id, "year_basis") != .string("publication") else { return nil }
        return CalendarDate(year: year)
    }

    /// When the claim's document was published; nil when that is unknown.
    private func published(of id: Int) -> CalendarDate? {
        guard case .ref(.documents, let doc)? = first(id, "doc"),
              case .date(let date)? = store.values(.documents, id: doc, field: "published").first else { return nil }
        return date
    }

    private func first(_ id: Int, _ field: String) -> Value? {
        store.values(.claims, id: id, field: field).first
    }

    private static func idText(_ value: Value) -> Value? {
        if case .ref(let kind, let id) = value { return .string(kind.idPrefix + String(id)) }
        return nil
    }
}
