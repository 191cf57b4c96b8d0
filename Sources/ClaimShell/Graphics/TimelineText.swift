import ClaimCorpus
import ClaimQuery
import ClaimRender

/// Turns a `timeline` result (columns id, date, date_precision, type, text, doc) into the renderer's entries.
enum TimelineText {
    static func entries(_ set: ResultSet) -> [TimelineEntry] {
        func column(_ name: String) -> Int? { set.columns.firstIndex { $0.name == name } }
        let id = column("id"), date = column("date"), type = column("type"), text = column("text"), doc = column("doc")
        return set.rows.map { row in
            func cell(_ index: Int?) -> String { index.map { row[$0].map(\.description).joined(separator: ", ") } ?? "" }
            var when: CalendarDate?
            if let date, case .date(let value)? = row[date].first { when = value }
            // The claim id rides with the document so `.show ID` is one look away.
            let claim = cell(id)
            return TimelineEntry(date: when, type: cell(type), text: cell(text),
                                 document: claim.isEmpty ? cell(doc) : "\(cell(doc)) (\(claim))")
        }
    }
}
