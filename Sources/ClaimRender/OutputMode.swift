/// How results are printed (`.mode`, `--mode`).
public enum OutputMode: String, CaseIterable, Sendable {
    case table, line, json, jsonl, csv, markdown
}

public struct RenderOptions: Sendable {
    public var mode: OutputMode
    /// Column headers in table, csv and markdown modes (`.headers on|off`).
    public var headers: Bool
    /// Terminal width in columns; tables are fitted to it.
    public var width: Int
    /// ANSI colour for headers and errors (only on a terminal, never under NO_COLOR).
    public var color: Bool
    /// Box-drawing and block characters; plain ASCII when the terminal is not UTF-8.
    public var unicode: Bool
    /// Rows printed in table mode before the rest are cut, with a note saying how many.
    public var maxTableRows: Int

    public init(mode: OutputMode = .table, headers: Bool = true, width: Int = 100, color: Bool = false,
                unicode: Bool = true, maxTableRows: Int = RenderOptions.defaultMaxTableRows) {
        self.mode = mode
        self.headers = headers
        self.width = width
        self.color = color
        self.unicode = unicode
        self.maxTableRows = maxTableRows
    }

    public static let defaultMaxTableRows = 2_000
}
