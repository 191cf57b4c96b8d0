import ClaimRender
#if canImport(Glibc)
import Glibc
#endif

/// A field whose values are years (`year`, `years`, `claim.year`): its groups chart as a year histogram.
enum YearField {
    static func matches(_ field: String) -> Bool {
        let last = field.split(separator: ".").last.map(String.init) ?? field
        return last == "year" || last == "years"
    }
}

/// `.chart` and `.map`: the session's side of the graphic renderers.
extension ShellSession {
    static let mapUsage = ".map [--svg FILE] [QUERY]"

    /// Width and height graphics are drawn to: the terminal's size, else COLUMNS and LINES, else 80 by 32.
    func graphicsSize() -> (width: Int, height: Int) {
        let onTerminal = output.isStdout && terminal.stdoutIsTerminal
        let width = onTerminal ? TerminalInfo.currentWidth(environment: environment)
                               : environment["COLUMNS"].flatMap { Int($0) }.map { max(20, $0) } ?? 80
        let height = (onTerminal ? TerminalInfo.currentHeight(environment: environment) : environment["LINES"].flatMap { Int($0) })
            .map { max(10, $0) } ?? 32
        return (width, height)
    }

    private func graphicsOptions() -> RenderOptions {
        RenderOptions(width: graphicsSize().width, unicode: TerminalInfo.localeIsUTF8(environment: environment))
    }

    /// Keeps what `.chart` and `.map` draw when given nothing: the last grouped result, the last result.
    func rememberResult(_ summary: ResultSummary?) {
        guard let summary, summary != .other else { return }
        if case .count = summary { return }
        state.lastResult = summary
        if case .groups = summary { state.lastGroups = summary }
    }

    /// `.chart`: the last grouped result as horizontal bars, or as a year histogram when it was grouped by a year.
    func chart(_ arguments: [String]) -> MetaOutcome {
        guard arguments.isEmpty else {
            reportError(".chart takes no arguments; it draws the last grouped result")
            return .failed
        }
        guard case .groups(let kind, let field, let groups)? = state.lastGroups else {
            reportError("no grouped result to chart yet; run one first, e.g. `count claims by year` or `claims group by type`")
            return .failed
        }
        output.write(ChartText.render(kind: kind, field: field, groups: groups, options: graphicsOptions()))
        judgeTutorialChart(field: field)
        return .succeeded
    }

    /// `.map [--svg FILE] [QUERY]`: the places of QUERY's result (or of the last result) on a map of the region.
    func map(_ rest: String) -> MetaOutcome {
        guard let request = MapRequest.parse(rest) else {
            reportError("usage: \(Self.mapUsage); --svg needs a file name")
            return .failed
        }
        let summary: ResultSummary
        if let query = request.query {
            let text = query.hasSuffix(";") ? String(query.dropLast()) : query
            let statement = ShellStatement(text: text, origin: .init(text: text), offsetInOrigin: 0, displayText: text)
            interrupt.clear()
            let report = backend.execute(statement, settings: renderSettings(), isCancelled: interrupt.cancellationCheck)
            for message in report.messages { StandardError.write(message.withTrailingNewline) }
            if report.cancelled { StandardError.write("interrupted: the statement was cancelled\n") }
            guard !report.failed, !report.cancelled, let found = report.summary else { return .failed }
            summary = found
        } else {
            guard let last = state.lastResult else {
                reportError("no result to map yet; give a query, e.g. .map places where country = \"Syria\"")
                return .failed
            }
            summary = last
        }
        guard let places = backend.mapPlaces(for: summary) else {
            reportError("that result names no places to map; try claims, places, figures or conflicts (with their id column)")
            return .failed
        }
        let size = graphicsSize()
        // Leave room for the footer line and the prompt.
        let rows = max(8, size.height - 3)
        guard let path = request.svgPath else {
            output.write(MapRenderer(options: graphicsOptions(), maxRows: rows).render(places))
            return .succeeded
        }
        let svg = SVGMapWriter(gridColumns: size.width, gridRows: rows).svg(places)
        if let error = AtomicFile.write(svg, to: path) {
            reportError(error)
            return .failed
        }
        output.write("wrote \(path): a map of \(places.count) \(places.count == 1 ? "place" : "places")\n")
        return .succeeded
    }
}

/// What `.map` was asked for: `--svg FILE` and the query after it, either optional.
struct MapRequest: Equatable {
    var svgPath: String?
    var query: String?

    /// nil when `--svg` has no file name after it.
    static func parse(_ rest: String) -> MapRequest? {
        var text = Substring(rest.trimmingCharacters())
        var request = MapRequest()
        if text.hasPrefix("--svg") {
            text = text.dropFirst("--svg".count).drop { $0 == " " || $0 == "\t" }
            guard let first = text.first else { return nil }
            let name: Substring
            if first == "\"" || first == "'" {
                guard let close = text.dropFirst().firstIndex(of: first) else { return nil }
                name = text[text.index(after: text.startIndex)..<close]
                text = text[text.index(after: close)...]
            } else {
                let end = text.firstIndex { $0 == " " || $0 == "\t" } ?? text.endIndex
                name = text[..<end]
                text = text[end...]
            }
            guard !name.isEmpty else { return nil }
            request.svgPath = String(name)
        }
        let query = String(text).trimmingCharacters()
        request.query = query.isEmpty ? nil : query
        return request
    }
}

/// Writes a file whole or not at all: a temporary file beside it, then a rename.
enum AtomicFile {
    /// nil on success, else a message.
    static func write(_ text: String, to path: String) -> String? {
        let temporary = path + ".tmp-\(getpid())"
        guard let file = fopen(temporary, "w") else {
            return "cannot write '\(path)': \(String(cString: strerror(errno)))"
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file) == 0
        guard written == bytes.count, closed else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return "cannot write '\(path)': \(reason)"
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return "cannot write '\(path)': \(reason)"
        }
        return nil
    }
}

/// A grouped result as a chart: a title line, then bars (or a year histogram) and what had no value.
enum ChartText {
    /// Columns a year takes in `ChartRenderer.yearHistogram`.
    static let histogramColumnWidth = 5

    static func render(kind: String, field: String, groups: [ResultSummary.GroupCount], options: RenderOptions) -> String {
        let chart = ChartRenderer(options: options)
        let withValue = groups.filter { !$0.value.isEmpty }
        let missing = groups.first { $0.value.isEmpty }?.count ?? 0
        var text = "\(kind) by \(field)\n"
        let years = withValue.compactMap { group in Int(group.value).map { (year: $0, count: Double(group.count)) } }
        if YearField.matches(field), !years.isEmpty, years.count == withValue.count {
            let span = (years.map(\.year).max() ?? 0) - (years.map(\.year).min() ?? 0) + 1
            // A column per year only while they fit; else a bar per year that has claims, in year order
            // (one stray 1945 would otherwise list seventy empty years).
            text += span * histogramColumnWidth + 3 <= options.width
                ? chart.yearHistogram(years)
                : chart.bars(years.sorted { $0.year < $1.year }.map { (label: String($0.year), count: $0.count) })
        } else {
            text += chart.bars(groups.map { (label: $0.value.isEmpty ? "(none)" : $0.value, count: Double($0.count)) })
        }
        if YearField.matches(field), missing > 0 { text += "(\(missing) with no \(field))\n" }
        return text
    }
}
