import ClaimDiagnostics
import ClaimExtraction
import ClaimQuery
import ClaimRender
import ClaimStore
#if canImport(Glibc)
import Glibc
#endif

/// The real backend: the store, the query engine and the renderers.
public final class EngineBackend: ShellBackend {
    private(set) var store: EntityStore
    private var engine: QueryEngine
    /// `let` statements that succeeded, replayed against a rebuilt store so saved names survive `.load`.
    private var savedStatements: [String] = []

    init(store: EntityStore) {
        self.store = store
        self.engine = QueryEngine(store: store)
    }

    /// Starts loading the extraction tables on another thread; the first `load` waits for them.
    public static func startLoadingTables() {
        StoreLoader.startLoadingTables()
    }

    /// The first load (seeds and `--corpus` paths), as `Shell.run` wants it.
    public static func load(includeSeeds: Bool, paths: [String],
                            progress: @escaping @Sendable (Int, Int, Int) -> Void) -> InitialLoad {
        let bytes = CorpusSize.bytes(of: paths)
        let result = StoreLoader.load(includeSeeds: includeSeeds, paths: paths) { done, total in
            progress(done, total, total > 0 ? bytes * done / total : 0)
        }
        let messages = result.diagnostics.map { DiagnosticRenderer().render($0, in: nil) }
        let empty = result.store.documentCount == 0 && !(paths.isEmpty && !includeSeeds)
        if result.failed || empty {
            return InitialLoad(backend: nil, messages: messages, failed: true)
        }
        return InitialLoad(backend: EngineBackend(store: result.store), messages: messages, failed: false)
    }

    public var summary: CorpusSummary {
        CorpusSummary(documents: store.documentCount, claims: store.claimCount, bytes: store.textSize)
    }

    private func renderer(_ settings: RenderSettings, color: Bool? = nil) -> Renderer {
        Renderer(options: RenderOptions(mode: settings.format,
                                        headers: settings.headers, width: settings.width,
                                        color: color ?? settings.color))
    }

    public func execute(_ statement: ShellStatement, settings: RenderSettings,
                        isCancelled: @escaping @Sendable () -> Bool) -> StatementReport {
        engine.isCancelled = isCancelled
        defer { engine.isCancelled = nil }
        let outcome = engine.execute(statement.text, source: statement.origin)
        if outcome.diagnostics.contains(where: { $0.id == "query.cancelled" }) {
            return StatementReport(failed: true, cancelled: true)
        }
        if case .assigned? = outcome.result { savedStatements.append(statement.text) }
        return report(outcome, statement: statement, settings: settings)
    }

    public func explain(_ statement: ShellStatement, settings: RenderSettings) -> StatementReport {
        report(engine.explain(statement.text), statement: statement, settings: settings)
    }

    private func report(_ outcome: StatementOutcome, statement: ShellStatement, settings: RenderSettings) -> StatementReport {
        let messageRenderer = renderer(settings, color: settings.messageColor)
        var messages = outcome.diagnostics.map { messageRenderer.render(statement.relocated($0), source: statement.origin) }
        messages += outcome.notes.map { "note: " + $0 }
        let output = outcome.result.map { ResultText.render($0, with: renderer(settings), unicode: settings.unicode) }
        return StatementReport(output: output, messages: messages, failed: outcome.hasErrors,
                               summary: outcome.result.map(ResultText.summary))
    }

    public func showClaim(_ id: String, settings: RenderSettings) -> String? {
        ClaimDetailRenderer(store: store, color: settings.color).render(id: id)
    }

    public func schemaDescription(kind: String?) -> String? {
        let kinds: [KindSchema]
        if let kind {
            guard let found = store.schema.kind(named: kind) else { return nil }
            kinds = [store.schema[found]]
        } else {
            kinds = store.schema.kinds
        }
        return kinds.map(SchemaText.describe).joined(separator: "\n")
    }

    public func variables() -> [(name: String, description: String)] {
        guard !engine.savedNames.isEmpty else { return [] }
        return engine.describeVariables().split(separator: "\n").map { line in
            let text = String(line)
            guard let equals = text.range(of: " = ") else { return (text, "") }
            return (String(text[..<equals.lowerBound]), "= " + String(text[equals.upperBound...]))
        }
    }

    public func needsContinuation(_ text: String) -> Bool {
        QueryEngine.needsContinuation(text)
    }

    final class Prepared: PreparedLoad {
        let result: LoadResult
        let messages: [String]
        let failed: Bool
        init(result: LoadResult, messages: [String], failed: Bool) {
            self.result = result
            self.messages = messages
            self.failed = failed
        }
    }

    public func prepareLoad(paths: [String], progress: @escaping @Sendable (Int, Int, Int) -> Void) -> PreparedLoad {
        let bytes = CorpusSize.bytes(of: paths)
        let before = store.documentCount
        let result = StoreLoader.load(includeSeeds: false, paths: paths, existing: store.sources) { done, total in
            progress(done, total, total > 0 ? bytes * done / total : 0)
        }
        let messages = result.diagnostics.map { DiagnosticRenderer().render($0, in: nil) }
        return Prepared(result: result, messages: messages, failed: result.failed || result.store.documentCount == before)
    }

    public func install(_ load: PreparedLoad) {
        guard let prepared = load as? Prepared else { return }
        store = prepared.result.store
        engine = QueryEngine(store: store)
        let replayed = savedStatements
        savedStatements = []
        for text in replayed {
            if case .assigned? = engine.execute(text).result { savedStatements.append(text) }
        }
    }

    // MARK: Completion data

    public var kindNames: [String] { EntityKind.allCases.map(\.rawValue) }
    public var statementKeywords: [String] { QueryEngine.keywords }
    public var savedNames: [String] { engine.savedNames }

    public func fieldNames(kind: String) -> [String] {
        guard let found = store.schema.kind(named: kind) else { return [] }
        return store.schema[found].fields.flatMap { [$0.name] + $0.aliases }
    }

    public func valueStyle(kind: String, field: String) -> ValueStyle {
        guard let found = store.schema.kind(named: kind), let descriptor = store.schema[found].field(named: field) else { return .none }
        switch descriptor.type {
        // The language wants every text value (names and enumeration words) in double quotes.
        case .entity, .string, .enumeration: return .quoted
        case .int: return .bare
        case .id, .decimal, .date, .bool: return .none
        }
    }

    public func completionValues(kind: String, field: String) -> [CompletionValue] {
        guard let found = store.schema.kind(named: kind), let descriptor = store.schema[found].field(named: field) else { return [] }
        if case .entity(let target) = descriptor.type, store.count(target) > 0 {
            return (1...store.count(target)).map { id in
                CompletionValue(store.name(target, id: id), aliases: store.aliases(target, id: id))
            }
        }
        return store.completionValues(kind: found, field: field).map { CompletionValue($0) }
    }

    public func matchKey(_ text: String) -> String {
        Normalizer.key(text)
    }
}

/// `.schema` text: one block per kind, a line per field with its type and meaning.
enum SchemaText {
    static func describe(_ kind: KindSchema) -> String {
        let names = kind.fields.map { field in
            field.aliases.isEmpty ? field.name : field.name + " (" + field.aliases.joined(separator: ", ") + ")"
        }
        let nameWidth = names.map(\.count).max() ?? 0
        let typeWidth = kind.fields.map(\.typeDescription.count).max() ?? 0
        var text = kind.kind.rawValue + "\n"
        for (field, name) in zip(kind.fields, names) {
            text += "  " + name.padding(to: nameWidth) + "  " + field.typeDescription.padding(to: typeWidth) + "  " + field.summary + "\n"
        }
        return text
    }
}

/// A statement's result as text in the chosen mode.
enum ResultText {
    static func render(_ result: StatementResult, with renderer: Renderer, unicode: Bool = true) -> String {
        switch result {
        case .timeline(let set) where renderer.options.mode == .table:
            var options = renderer.options
            options.unicode = unicode
            return TimelineRenderer(options: options).render(TimelineText.entries(set))
        case .timeline(let set):
            return renderer.render(table(set, grouped: false, options: renderer.options))
        case .rows(let set):
            return renderer.render(table(set, grouped: false, options: renderer.options))
        case .grouped(let set):
            return renderer.render(table(set, grouped: true, options: renderer.options))
        case .count(_, let value):
            return renderer.render(count: value)
        case .assigned(let name, let count):
            return "saved \(name): \(count) \(count == 1 ? "record" : "records")\n"
        case .text(let text):
            return text.withTrailingNewline
        }
    }

    /// What the tutorial compares: ids of a listing, a count, (value, count) pairs of groups.
    static func summary(_ result: StatementResult) -> ResultSummary {
        switch result {
        case .rows(let set):
            let idColumn = set.columns.firstIndex { $0.name == "id" }
            return .records(kind: set.kind.rawValue,
                            ids: idColumn.map { column in set.rows.map { $0[column].map(\.description).joined(separator: ", ") } })
        case .grouped(let set):
            guard set.columns.count >= 2, let countColumn = set.columns.firstIndex(where: { $0.name == "count" }) else { return .other }
            let valueColumn = countColumn == 0 ? 1 : 0
            let groups = set.rows.map { row in
                ResultSummary.GroupCount(value: row[valueColumn].map(\.description).joined(separator: ", "),
                                         count: row[countColumn].first?.numeric.map { Int($0) } ?? 0)
            }
            return .groups(kind: set.kind.rawValue, field: set.columns[valueColumn].name, groups: groups)
        case .count(let kind, let value):
            return .count(kind: kind.rawValue, value: value)
        case .timeline(let set):
            return .timeline(ids: set.rows.map { $0[0].map(\.description).joined() })
        case .assigned, .text:
            return .other
        }
    }

    static func table(_ set: ResultSet, grouped: Bool, options: RenderOptions) -> Table {
        let columns = set.columns.map { Table.Column(name: $0.name, isMulti: $0.isMulti) }
        let isTable = options.mode == .table
        let visible = isTable
            ? set.defaultColumns.compactMap { name in set.columns.firstIndex { $0.name == name } }
            : nil
        // Table mode draws at most maxTableRows; the other rows of a large listing are never built.
        let shown = isTable ? set.rows.prefix(options.maxTableRows) : set.rows[...]
        let rows = shown.map { row in row.map { Array($0) } }
        return Table(columns: columns, rows: rows, totalRows: set.rows.count, visibleColumns: visible?.isEmpty == false ? visible : nil, showsBars: grouped)
    }
}

/// Bytes of article files under paths, for deciding whether a load deserves a progress bar.
enum CorpusSize {
    static func bytes(of paths: [String]) -> Int {
        var total = 0
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            if (status.st_mode & S_IFMT) != S_IFDIR {
                total += Int(status.st_size)
                continue
            }
            for entry in DirectoryListing.entries(of: path, home: nil) where !entry.isDirectory {
                var child = stat()
                if stat(path + "/" + entry.name, &child) == 0 { total += Int(child.st_size) }
            }
        }
        return total
    }
}
