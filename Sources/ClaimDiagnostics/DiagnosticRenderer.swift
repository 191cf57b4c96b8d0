/// Renders a diagnostic against its source, with a caret span under the offending text:
///
///     error: unknown field 'plac' for claims
///       1 | claims where plac = 1
///         |              ^^^^ did you mean 'place'?
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic, in source: SourceFile?) -> String {
        var out = ""
        var header = paint(diagnostic.severity.rawValue, code: diagnostic.severity == .error ? "1;31" : "1;35")
        if let source, let name = source.name, let range = diagnostic.range {
            let (line, column) = source.location(of: range.start)
            header = "\(name):\(line):\(column): " + header
        } else if let source, let name = source.name {
            header = "\(name): " + header
        }
        out += header + ": " + diagnostic.message + "\n"
        guard let source, let range = diagnostic.range else {
            for note in diagnostic.notes { out += "  note: \(note.message)\n" }
            return out
        }
        let lineIndex = source.lineIndex(of: range.start)
        let lineText = source.line(at: lineIndex)
        let (lineNumber, column) = source.location(of: range.start)
        let gutter = String(lineNumber)
        let pad = String(repeating: " ", count: gutter.count)
        out += "  \(gutter) | \(lineText)\n"
        // The caret spans the range, clipped to the line it starts on; at least one caret.
        let lineEndOffset = source.lineStarts[lineIndex] + lineText.utf8.count
        let endColumn = source.location(of: min(range.end, lineEndOffset)).column
        let width = max(1, endColumn - column)
        var caretLine = "  \(pad) | " + String(repeating: " ", count: column - 1)
            + paint(String(repeating: "^", count: width), code: "1;32")
        let fix = diagnostic.fixIts.first?.message ?? diagnostic.notes.first(where: { $0.range == nil || $0.range == range })?.message
        if let fix { caretLine += " " + fix }
        out += caretLine + "\n"
        for note in diagnostic.notes where note.message != fix {
            out += "  note: \(note.message)\n"
        }
        return out
    }

    private func paint(_ text: String, code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
