import ClaimStore

/// `.show c17`: the claim, its sentence in its paragraph, and for each extracted value the text that
/// matched and the rule or alias behind it.
public struct ClaimDetailRenderer {
    public let store: EntityStore
    public var color: Bool

    public init(store: EntityStore, color: Bool = false) {
        self.store = store
        self.color = color
    }

    /// The detail of record `id` (`c17`, or any other kind's id as a one-record line listing); nil when there is no such record.
    public func render(id text: String) -> String? {
        guard let (kind, id) = EntityKind.parseID(text), id <= store.count(kind) else { return nil }
        guard kind == .claims else { return recordLines(kind, id: id) }
        let claim = store.claims[id - 1]
        let document = store.documents[claim.doc - 1]
        var out = bold("c\(claim.id)") + "  d\(document.id) \(document.file), paragraph \(claim.paragraph), sentence \(claim.sentence)\n"
        out += "  \(document.title)\n\n"
        let paragraph = document.sentences(inParagraph: claim.paragraph)
        if !paragraph.isEmpty {
            out += "  " + paragraph.map { sentence in
                sentence.index == claim.sentence ? highlight(sentence.text) : sentence.text
            }.joined(separator: " ") + "\n\n"
        }
        var rows: [(String, String, String)] = []
        func add(_ field: String, _ value: String) {
            let why = claim.evidence.filter { $0.field == field && ($0.value == value || $0.value.isEmpty) }
                .map { "“\($0.matched)” — \($0.rule)" }.first ?? ""
            rows.append((field, value, why))
        }
        for place in claim.places { add("places", store.name(.places, id: place)) }
        for actor in claim.actors { add("actors", store.name(.actors, id: actor)) }
        for person in claim.people { add("people", store.name(.people, id: person)) }
        add("years", claim.years.map(String.init).joined(separator: ", "))
        rows.append(("year", claim.year.map(String.init) ?? "—", "basis: \(claim.yearBasis.rawValue)"))
        if let date = claim.date { add("date", date.iso) }
        for figureID in claim.figures {
            let figure = store.figures[figureID - 1]
            let amount = figure.value.map(Value.format) ?? "\(figure.low.map(Value.format) ?? "?")–\(figure.high.map(Value.format) ?? "?")"
            rows.append(("figures", "f\(figure.id) \((figure.qualifier.map { $0 + " " } ?? ""))\(amount) \(figure.unit)", "“\(figure.text)”"))
        }
        add("type", claim.type.rawValue)
        add("source", claim.source)
        add("modality", claim.modality.rawValue)
        let fieldWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = min(32, rows.map(\.1.count).max() ?? 0)
        for (field, value, why) in rows {
            let paddedField = field + String(repeating: " ", count: fieldWidth - field.count)
            let paddedValue = value + String(repeating: " ", count: max(0, valueWidth - value.count))
            out += "  \(paddedField)  \(paddedValue)  \(why)".trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    private func recordLines(_ kind: EntityKind, id: Int) -> String {
        let fields = store.schema[kind].fields
        let width = fields.map(\.name.count).max() ?? 0
        return fields.map { field in
            let values = store.values(kind, id: id, field: field.name).map { store.display($0).description }
            return String(repeating: " ", count: width - field.name.count) + field.name + " = " + values.joined(separator: ", ")
        }.joined(separator: "\n") + "\n"
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func highlight(_ text: String) -> String { color ? "\u{1B}[1;33m\(text)\u{1B}[0m" : "»\(text)«" }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
