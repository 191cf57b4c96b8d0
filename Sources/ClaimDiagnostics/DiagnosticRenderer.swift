/// Renders a diagnostic against its source, with a caret span under the offending text:
///
///     error: unknown field 'plac' for claims
///       1 | claims where plac = 1
///         |              ^^^^ did you mean 'place'?
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    /// Source lines longer than this many characters are cut to a window around the caret, with `…` at each cut.
    public static let maximumShownLineLength = 160

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
        // The caret spans the range, clipped to the line it starts on; at least one caret.
        let lineEndOffset = source.lineStarts[lineIndex] + lineText.utf8.count
        let endColumn = source.location(of: min(range.end, lineEndOffset)).column
        var width = max(1, endColumn - column)
        // A very long line (a 100,000-deep statement) is shown as a window around the caret, not echoed whole.
        var shownText = lineText
        var caretColumn = column
        let characters = Array(lineText)
        if characters.count > Self.maximumShownLineLength {
            let start = max(0, min(column - 1 - Self.maximumShownLineLength / 3, characters.count - Self.maximumShownLineLength))
            let end = min(characters.count, start + Self.maximumShownLineLength)
            shownText = (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
            caretColumn = column - start + (start > 0 ? 1 : 0)
            width = max(1, min(width, end - (column - 1)))
        }
        out += "  \(gutter) | \(shownText)\n"
        var caretLine = "  \(pad) | " + String(repeating: " ", count: caretColumn - 1)
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
