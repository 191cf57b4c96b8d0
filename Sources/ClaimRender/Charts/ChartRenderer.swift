/// Bar charts in the terminal: horizontal bars for counts by label, and a year histogram with a column per
/// year (years with nothing included, so gaps show). Unicode block characters with eighth steps
/// (`▏▎▍▌▋▊▉█`, `▁▂▃▄▅▆▇█`); whole `#` characters when the terminal is not UTF-8.
///
///     ChartRenderer(options: options).bars([("Raqqa", 12), ("Deir ez-Zor", 30)])
///     ChartRenderer(options: options).yearHistogram([(2014, 3), (2017, 9)])
public struct ChartRenderer: Sendable {
    public var options: RenderOptions
    /// Rows the histogram's tallest column takes.
    public var histogramHeight: Int

    public init(options: RenderOptions, histogramHeight: Int = 8) {
        self.options = options
        self.histogramHeight = histogramHeight
    }

    static let horizontalEighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let verticalEighths = ["", "▁", "▂", "▃", "▄", "▅", "▆", "▇"]

    // MARK: Horizontal bars

    /// One bar per row, longest label first column, the count after the bar; scaled so the largest fills the room.
    public func bars(_ rows: [(label: String, count: Double)]) -> String {
        guard !rows.isEmpty else { return "(nothing to chart)\n" }
        let labelWidth = min(rows.map { $0.label.count }.max() ?? 0, max(8, options.width / 3))
        let counts = rows.map { format($0.count) }
        let countWidth = counts.map(\.count).max() ?? 0
        let room = max(10, options.width - labelWidth - countWidth - 3)
        let largest = rows.map(\.count).max() ?? 0
        var out = ""
        for (index, row) in rows.enumerated() {
            let length = largest > 0 ? max(0, row.count) / largest * Double(room) : 0
            let bar = horizontalBar(length, minimumVisible: row.count > 0)
            let label = fitted(row.label, to: labelWidth)
            out += label + String(repeating: " ", count: labelWidth - label.count) + " "
            out += bar + String(repeating: " ", count: max(0, room - bar.count)) + " "
            out += String(repeating: " ", count: countWidth - counts[index].count) + counts[index] + "\n"
        }
        return out
    }

    /// A bar `length` characters long, in eighths (or whole `#` in ASCII, rounded).
    func horizontalBar(_ length: Double, minimumVisible: Bool) -> String {
        if !options.unicode {
            let whole = Int(length.rounded())
            return String(repeating: "#", count: max(minimumVisible ? 1 : 0, whole))
        }
        var eighths = Int((length * 8).rounded())
        if minimumVisible { eighths = max(1, eighths) }
        return String(repeating: "█", count: eighths / 8) + ChartRenderer.horizontalEighths[eighths % 8]
    }

    // MARK: Year histogram

    /// A column per year from the first to the last, heights in eighths of a row, the count above each column
    /// and the years below. Falls back to horizontal bars when the years do not fit the width.
    public func yearHistogram(_ rows: [(year: Int, count: Double)]) -> String {
        guard let first = rows.map(\.year).min(), let last = rows.map(\.year).max() else { return "(nothing to chart)\n" }
        var byYear: [Int: Double] = [:]
        for row in rows { byYear[row.year, default: 0] += row.count }
        let years = Array(first...last)
        let columnWidth = 5
        let counts = years.map { format(byYear[$0] ?? 0) }
        let axisWidth = 1
        if axisWidth + 2 + years.count * columnWidth > options.width {
            return bars(years.map { (String($0), byYear[$0] ?? 0) })
        }
        let largest = byYear.values.max() ?? 0
        let heights = years.map { year -> Int in
            let value = byYear[year] ?? 0
            guard largest > 0, value > 0 else { return 0 }
            let steps = options.unicode ? 8 : 1
            return max(1, Int((value / largest * Double(histogramHeight * steps)).rounded()))
        }
        let steps = options.unicode ? 8 : 1
        let rail = options.unicode ? "│" : "|"
        let corner = options.unicode ? "└" : "+"
        let rule = options.unicode ? "─" : "-"
        var out = ""
        // Bars take rows 1…height; the count sits on the row just above each column's top.
        for row in stride(from: histogramHeight + 1, through: 1, by: -1) {
            var line = String(repeating: " ", count: axisWidth) + " " + rail
            for (index, height) in heights.enumerated() {
                let top = (height + steps - 1) / steps
                let cell: String
                if row == top + 1, height > 0 {
                    cell = centred(counts[index], in: columnWidth - 1)
                } else if row <= top {
                    let filled = min(steps, height - (row - 1) * steps)
                    let glyph = filled >= steps ? (options.unicode ? "█" : "#") : ChartRenderer.verticalEighths[filled]
                    cell = centred(String(repeating: glyph, count: 2), in: columnWidth - 1)
                } else {
                    cell = String(repeating: " ", count: columnWidth - 1)
                }
                line += cell + " "
            }
            out += trimmed(line) + "\n"
        }
        out += String(repeating: " ", count: axisWidth) + " " + corner
            + String(repeating: rule, count: years.count * columnWidth) + "\n"
        out += String(repeating: " ", count: axisWidth + 2) + years.map { centred(String($0), in: columnWidth - 1) + " " }.joined()
        return trimmed(out) + "\n"
    }

    // MARK: Helpers

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format2(value))
    }

    private func format2(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return String(scaled)
    }

    private func fitted(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        return String(text.prefix(width - 1)) + (options.unicode ? "…" : "~")
    }

    private func centred(_ text: String, in width: Int) -> String {
        let spare = max(0, width - text.count)
        return String(repeating: " ", count: spare / 2) + text + String(repeating: " ", count: spare - spare / 2)
    }

    private func trimmed(_ text: String) -> String {
        var result = text
        while result.last == " " { result.removeLast() }
        return result
    }
}
