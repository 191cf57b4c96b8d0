import ClaimStore

/// Box-drawn tables fitted to the terminal width; long text is cut with an ellipsis.
struct TableRenderer {
    let options: RenderOptions

    private var glyphs: (h: String, v: String, tl: String, tm: String, tr: String, ml: String, mm: String, mr: String,
                         bl: String, bm: String, br: String, ellipsis: String, bar: String) {
        options.unicode
            ? ("─", "│", "┌", "┬", "┐", "├", "┼", "┤", "└", "┴", "┘", "…", "█")
            : ("-", "|", "+", "+", "+", "+", "+", "+", "+", "+", "+", "~", "#")
    }

    func render(_ table: Table) -> String {
        let g = glyphs
        var columns = table.visibleColumns.map { table.columns[$0].name }
        let shown = table.rows.prefix(options.maxTableRows)
        var cells: [[String]] = shown.map { row in table.visibleColumns.map { CellText.text(row[$0]) } }
        var rightAligned: [Bool] = table.visibleColumns.map { index in
            !shown.isEmpty && shown.allSatisfy { $0[index].isEmpty || CellText.isNumeric($0[index]) }
        }
        if table.showsBars, let countIndex = table.visibleColumns.last {
            let counts = shown.map { $0[countIndex].first?.numeric ?? 0 }
            let largest = counts.max() ?? 0
            let barWidth = max(10, min(40, options.width / 3))
            columns.append("")
            rightAligned.append(false)
            for (row, count) in counts.enumerated() {
                let length = largest > 0 ? Int((count / largest * Double(barWidth)).rounded()) : 0
                cells[row].append(String(repeating: g.bar, count: max(count > 0 ? 1 : 0, length)))
            }
        }
        let widths = fittedWidths(headers: columns, cells: cells)
        func line(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: g.h, count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        func row(_ values: [String], header: Bool) -> String {
            var parts: [String] = []
            for (index, value) in values.enumerated() {
                var text = truncate(value, to: widths[index], ellipsis: g.ellipsis)
                let padding = String(repeating: " ", count: max(0, widths[index] - displayWidth(text)))
                text = rightAligned[index] && !header ? padding + text : text + padding
                if header, options.color { text = "\u{1B}[1m" + text + "\u{1B}[0m" }
                parts.append(" " + text + " ")
            }
            return g.v + parts.joined(separator: g.v) + g.v + "\n"
        }
        var out = line(g.tl, g.tm, g.tr)
        if options.headers {
            out += row(columns, header: true)
            out += line(g.ml, g.mm, g.mr)
        }
        for values in cells { out += row(values, header: false) }
        out += line(g.bl, g.bm, g.br)
        let total = table.totalRows
        if total > shown.count {
            out += "(\(total - shown.count) more rows not shown in table mode; use limit, or .mode csv/json for all)\n"
        }
        out += "(\(total) row\(total == 1 ? "" : "s"))\n"
        return out
    }

    /// Natural widths, then the widest columns shrink until the table fits the terminal.
    private func fittedWidths(headers: [String], cells: [[String]]) -> [Int] {
        var widths = headers.map { displayWidth($0) }
        for row in cells {
            for (index, value) in row.enumerated() { widths[index] = max(widths[index], displayWidth(value)) }
        }
        let overhead = widths.count * 3 + 1
        let available = max(options.width - overhead, widths.count * 3)
        while widths.reduce(0, +) > available {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 3 else { break }
            let excess = widths.reduce(0, +) - available
            let second = widths.enumerated().filter { $0.offset != widest }.map(\.element).max() ?? 0
            widths[widest] = max(3, max(second, widths[widest] - excess))
            if widths[widest] == second, second > 3 { widths[widest] -= 1 }
        }
        return widths
    }

    private func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard displayWidth(flat) > width else { return flat }
        return String(flat.prefix(max(0, width - 1))) + ellipsis
    }
}

/// Columns a string occupies: one per character (wide East Asian glyphs are rare in this corpus).
func displayWidth(_ text: String) -> Int {
    text.count
}
