import ClaimStore
import Foundation

/// `line` mode: one `field = value` per line, a blank line between records.
struct LineRenderer {
    func render(_ table: Table) -> String {
        let width = table.columns.map(\.name.count).max() ?? 0
        return table.rows.map { row in
            table.columns.indices.map { index in
                let name = table.columns[index].name
                return String(repeating: " ", count: width - name.count) + name + " = " + CellText.text(row[index])
            }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}

/// `json`: one array of objects per statement; `jsonl`: one object per line. Multi-valued fields are arrays.
struct JSONRenderer {
    let linePerRecord: Bool

    func render(_ table: Table) -> String {
        let objects = table.rows.map { row in
            "{" + table.columns.indices.map { index in
                JSONRenderer.quote(table.columns[index].name) + ":" + cell(row[index], isMulti: table.columns[index].isMulti)
            }.joined(separator: ",") + "}"
        }
        if linePerRecord { return objects.map { $0 + "\n" }.joined() }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    private func cell(_ values: [Value], isMulti: Bool) -> String {
        if isMulti { return "[" + values.map(JSONRenderer.scalar).joined(separator: ",") + "]" }
        return values.first.map(JSONRenderer.scalar) ?? "null"
    }

    static func scalar(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .decimal(let number): return number.isFinite ? Value.format(number) : "null"
        case .string(let text): return quote(text)
        case .date(let date): return quote(date.iso)
        case .ref: return quote(value.description)
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.
struct CSVRenderer {
    let headers: Bool

    func render(_ table: Table) -> String {
        var lines: [String] = []
        if headers { lines.append(table.columns.map { field($0.name) }.joined(separator: ",")) }
        for row in table.rows {
            lines.append(row.map { field(CellText.text($0)) }.joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    private func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// GitHub-flavoured Markdown tables, with pipes in cells escaped.
struct MarkdownRenderer {
    func render(_ table: Table) -> String {
        let columns = table.visibleColumns
        var out = "| " + columns.map { escape(table.columns[$0].name) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { _ in " --- " }.joined(separator: "|") + "|\n"
        for row in table.rows {
            out += "| " + columns.map { escape(CellText.text(row[$0])) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
