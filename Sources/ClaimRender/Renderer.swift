import ClaimDiagnostics
import ClaimStore

/// Turns tables, counts and diagnostics into text in the chosen mode. Only Render and Shell print.
public struct Renderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    public func render(_ table: Table) -> String {
        switch options.mode {
        case .table: return TableRenderer(options: options).render(table)
        case .line: return LineRenderer().render(table)
        case .json: return JSONRenderer(linePerRecord: false).render(table)
        case .jsonl: return JSONRenderer(linePerRecord: true).render(table)
        case .csv: return CSVRenderer(headers: options.headers).render(table)
        case .markdown: return MarkdownRenderer().render(table)
        }
    }

    /// A single number (a count) in the current mode.
    public func render(count: Int, named name: String = "count") -> String {
        switch options.mode {
        case .table, .line: return String(count) + "\n"
        default: return render(Table(columns: [.init(name: name)], rows: [[[.int(count)]]]))
        }
    }

    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        DiagnosticRenderer(useColor: options.color).render(diagnostic, in: source)
    }
}
