import ClaimCorpus

/// One event on a timeline: a claim's date, type, text and document.
public struct TimelineEntry: Sendable, Equatable {
    /// nil for undated claims, which are listed apart.
    public var date: CalendarDate?
    public var type: String
    public var text: String
    /// How the document is named, e.g. `d4` or `d4 003_dcb4a5e4ccaeaa55.txt`.
    public var document: String

    public init(date: CalendarDate?, type: String, text: String, document: String) {
        self.date = date
        self.type = type
        self.text = text
        self.document = document
    }
}

/// Draws events as a vertical timeline: dated events in date order (equal dates keep their input order),
/// each at its own precision (2017, 2017-11, 2017-11-03), grouped under year headings; undated events follow.
///
///     ┌ 2017
///     │ ● 2017-01     siege       In January this siege became critical…  d1
///     │ ● 2017-11-03  liberation  Deir Ezzor city has been liberated.      d4
///     └
///     undated
///       ○             other       The war goes on.                           d3
public struct TimelineRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    private var glyphs: (top: String, branch: String, rail: String, end: String, dated: String, undated: String, ellipsis: String) {
        options.unicode ? ("┌", "├", "│", "└", "●", "○", "…") : ("+", "+", "|", "+", "*", "o", "~")
    }

    public func render(_ entries: [TimelineEntry]) -> String {
        let g = glyphs
        let dated = entries.enumerated().filter { $0.element.date != nil }
            .sorted { ($0.element.date!, $0.offset) < ($1.element.date!, $1.offset) }.map(\.element)
        let undated = entries.filter { $0.date == nil }
        guard !entries.isEmpty else { return "(no events)\n" }
        let typeWidth = entries.map { $0.type.count }.max() ?? 0
        let textWidth = entries.map { flattened($0.text).count }.max() ?? 0
        let dateWidth = 10
        var out = ""
        var currentYear: Int?
        for entry in dated {
            let year = entry.date!.year
            if year != currentYear {
                if currentYear != nil { out += g.rail + "\n" }
                out += (currentYear == nil ? g.top : g.branch) + " " + String(year) + "\n"
                currentYear = year
            }
            let prefix = g.rail + " " + g.dated + " " + padded(entry.date!.iso, to: dateWidth) + "  "
            out += line(prefix: prefix, entry: entry, typeWidth: typeWidth, textWidth: textWidth)
        }
        if !dated.isEmpty { out += g.end + "\n" }
        if !undated.isEmpty {
            out += "undated\n"
            for entry in undated {
                out += line(prefix: "  " + g.undated + " " + padded("", to: dateWidth) + "  ", entry: entry, typeWidth: typeWidth, textWidth: textWidth)
            }
        }
        out += "(\(dated.count) dated, \(undated.count) undated)\n"
        return out
    }

    /// `prefix type text  document`, the text cut so the line fits the width.
    private func line(prefix: String, entry: TimelineEntry, typeWidth: Int, textWidth: Int) -> String {
        let head = prefix + padded(entry.type, to: typeWidth) + "  "
        let tail = "  " + entry.document
        let room = min(textWidth, max(12, options.width - head.count - tail.count))
        let text = shortened(entry.text, to: room)
        return head + padded(text, to: room) + tail + "\n"
    }

    private func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func shortened(_ text: String, to width: Int) -> String {
        let flat = flattened(text)
        guard flat.count > width else { return flat }
        return String(flat.prefix(width - 1)) + glyphs.ellipsis
    }

    private func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
