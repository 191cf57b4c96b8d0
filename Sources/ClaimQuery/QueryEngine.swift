import Foundation
import ClaimDiagnostics
import ClaimStore

/// Runs statements of the query language against one store, keeping the results saved with `let`.
///
///     let engine = QueryEngine(store: store)
///     let outcome = engine.execute(#"claims where place = "Deir al-Zour" and year = 2017"#)
public final class QueryEngine {
    public let store: EntityStore
    /// Polled during long evaluation; when it returns true the statement stops with a `query.cancelled` error.
    public var isCancelled: (() -> Bool)?
    /// Seconds `matches` may run over one statement before it is stopped with `query.regex-too-slow`.
    public static let defaultRegexTimeLimit = 2.0
    public var regexTimeLimit = QueryEngine.defaultRegexTimeLimit
    private var saved: [String: (result: SavedResult, order: Int)] = [:]

    public init(store: EntityStore) {
        self.store = store
    }

    /// Every reserved word, for completion.
    public static let keywords: [String] = Keyword.allCases.map(\.rawValue)

    /// Runs one statement (a trailing `;` is allowed). Diagnostics' ranges are UTF-8 offsets into `statement`;
    /// `source` is the caller's, for rendering them as FILE:LINE:COL.
    public func execute(_ statement: String, source: SourceFile? = nil) -> StatementOutcome {
        run(statement).outcome
    }

    /// The names saved with `let`, in the order they were first saved.
    public var savedNames: [String] {
        saved.values.sorted { $0.order < $1.order }.map(\.result.name)
    }

    /// One line per saved name: `NAME = QUERY  (N kind)`, for `.vars`.
    public func describeVariables() -> String {
        let lines = saved.values.sorted { $0.order < $1.order }.map { entry -> String in
            let result = entry.result
            let noun = result.ids.count == 1 ? result.kind.singular : result.kind.rawValue
            return "\(result.name) = \(result.text)  (\(result.ids.count) \(noun))"
        }
        return lines.isEmpty ? "no saved results; save one with: let NAME = QUERY" : lines.joined(separator: "\n")
    }

    // MARK: - Running

    /// Everything one run produced, kept for `.explain`.
    struct Run {
        var outcome: StatementOutcome
        var parse: ParseResult
        var trace: PlanStepTrace?
        var candidates = 0
        /// How the store's date order served `order by date`, for `.explain`; nil when a sort did.
        var orderNote: String?
    }

    func run(_ text: String, saving: Bool = true) -> Run {
        let parsed = Parser.parse(text)
        if let error = parsed.error {
            return Run(outcome: StatementOutcome(result: nil, diagnostics: [error]), parse: parsed)
        }
        guard let statement = parsed.statement else {
            return Run(outcome: StatementOutcome(result: nil), parse: parsed)
        }
        var checker = Checker(store: store, saved: saved.mapValues { $0.result }, source: text)
        let bound: BoundStatement
        do {
            bound = try checker.bind(statement)
        } catch let diagnostic as Diagnostic {
            return Run(outcome: StatementOutcome(result: nil, diagnostics: checker.warnings + [diagnostic]), parse: parsed)
        } catch {
            fatalError("the checker throws only diagnostics")
        }
        var run = Run(outcome: StatementOutcome(result: nil, diagnostics: checker.warnings), parse: parsed)
        do {
            try evaluate(bound, text: text, saving: saving, into: &run)
        } catch let slow as RegexTooSlow {
            run.outcome.result = nil
            run.outcome.diagnostics.append(QueryMessages.regexTooSlow(slow.pattern, limit: regexTimeLimit))
        } catch {
            run.outcome.result = nil
            run.outcome.diagnostics.append(QueryMessages.cancelled())
        }
        return run
    }

    private func evaluate(_ statement: BoundStatement, text: String, saving: Bool, into run: inout Run) throws {
        let query = statement.query
        let builder = ResultBuilder(store: store, kind: query.kind)
        // Every record in date order: walk the store's date order without listing a million ids first.
        if query.base == nil, query.filter == nil, case .query(let listing) = statement, listing.groupBy == nil,
           let ordered = builder.orderedEveryRecord(by: listing.orderBy, first: Self.rowsNeeded(listing)) {
            run.candidates = store.count(query.kind)
            run.orderNote = Self.dateOrderNote(listing, kept: ordered.count)
            let shown = ResultBuilder.cut(ordered, limit: listing.limit, offset: listing.offset)
            run.outcome.result = .rows(rowsResult(shown, total: store.count(query.kind), query: listing, builder: builder))
            return
        }
        // Every record is already in id order, and a filter's first step need not see it listed; only a saved
        // result needs sorting.
        let rows: Evaluator.Rows = query.base.map { .list($0.sorted()) } ?? .all(store.count(query.kind))
        var ids: [Int]
        run.candidates = rows.count
        if let filter = query.filter {
            let plan = Planner(store: store, kind: query.kind).plan(filter)
            var evaluator = Evaluator(store: store, kind: query.kind, isCancelled: isCancelled)
            evaluator.regexBudget = RegexBudget(seconds: regexTimeLimit)
            let (kept, trace) = try evaluator.run(plan, rows: rows)
            ids = kept
            run.trace = trace
            if kept.isEmpty { run.outcome.notes.append(EmptyResultExplainer.explain(trace, kind: query.kind, total: rows.count)) }
        } else {
            ids = rows.ids
        }
        if query.filter == nil, ids.isEmpty {
            run.outcome.notes.append(EmptyResultExplainer.explainEmptySource(kind: query.kind, isSaved: query.base != nil))
        }
        if let savedOrder = query.base, query.orderBy.isEmpty {
            let keptSet = Set(ids)
            ids = savedOrder.filter { keptSet.contains($0) }
        }

        switch statement {
        case .count(_, let by?):
            run.outcome.result = .grouped(groupedResult(ids, by: by, query: query, builder: builder))
        case .count:
            run.outcome.result = .count(kind: query.kind, value: ids.count)
        case .query(let query) where query.groupBy != nil:
            run.outcome.result = .grouped(groupedResult(ids, by: query.groupBy!, query: query, builder: builder))
        case .query(let query):
            // Only the rows up to offset + limit need ordering.
            let (ordered, byDateOrder) = builder.ordered(ids, by: query.orderBy, first: Self.rowsNeeded(query))
            if byDateOrder { run.orderNote = Self.dateOrderNote(query, kept: ordered.count) }
            let shown = ResultBuilder.cut(ordered, limit: query.limit, offset: query.offset)
            run.outcome.result = .rows(rowsResult(shown, total: ids.count, query: query, builder: builder))
        case .assignment(let name, let query):
            let (sorted, byDateOrder) = builder.ordered(ids, by: query.orderBy, first: Self.rowsNeeded(query))
            if byDateOrder { run.orderNote = Self.dateOrderNote(query, kept: sorted.count) }
            let ordered = ResultBuilder.cut(sorted, limit: query.limit, offset: query.offset)
            let written = run.parse.statement.map { Self.slice(text, $0.query.range) } ?? text
            if saving {
                let key = name.lowercased()
                if let previous = saved[key] { run.outcome.notes.append("replaced the earlier '\(previous.result.name)'") }
                let order = saved[key]?.order ?? (saved.values.map(\.order).max() ?? 0) + 1
                saved[key] = (SavedResult(name: name, kind: query.kind, ids: ordered, text: written), order)
            }
            run.outcome.result = .assigned(name: name, count: ordered.count)
        case .timeline(let query):
            run.outcome.result = .timeline(TimelineBuilder(store: store).timeline(ids, limit: query.limit))
        }
    }

    static func dateOrderNote(_ query: BoundQuery, kept: Int) -> String {
        let end = query.orderBy.first(where: { $0.path != nil })?.descending == true ? "latest" : "earliest"
        return "date order index, walked from the \(end) date" + (rowsNeeded(query) == nil ? "" : ", stopped after \(kept) rows")
    }

    /// How many leading rows of the order a limit shows (offset included); nil for all of them.
    static func rowsNeeded(_ query: BoundQuery) -> Int? {
        guard let limit = query.limit else { return nil }
        let (sum, overflow) = max(0, limit).addingReportingOverflow(max(0, query.offset ?? 0))
        return overflow ? nil : sum
    }

    static func slice(_ text: String, _ range: SourceRange) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[min(range.start, bytes.count)..<min(range.end, bytes.count)], as: UTF8.self)
    }

    /// The listing of `shown`: every field of the kind, or the selected ones.
    private func rowsResult(_ shown: [Int], total: Int, query: BoundQuery, builder: ResultBuilder) -> ResultSet {
        let schema = store.schema[query.kind]
        let paths = query.select.isEmpty
            ? schema.fields.map { BoundPath(steps: [BoundStep(kind: query.kind, field: $0)]) }
            : query.select
        let columns = paths.map { ResultColumn(name: $0.name, type: $0.type, isMulti: $0.isMulti) }
        return ResultSet(kind: query.kind, columns: columns, rows: builder.lazyRows(shown, columns: paths),
                         defaultColumns: query.select.isEmpty ? schema.defaultColumns : paths.map(\.name), totalBeforeLimit: total)
    }

    private func groupedResult(_ ids: [Int], by path: BoundPath, query: BoundQuery, builder: ResultBuilder) -> ResultSet {
        let groups = builder.grouped(ids, by: path, order: query.orderBy)
        let shown = ResultBuilder.cut(groups, limit: query.limit, offset: query.offset)
        return ResultSet(
            kind: query.kind,
            columns: [ResultColumn(name: path.name, type: path.type, isMulti: false), ResultColumn(name: "count", type: .int, isMulti: false)],
            rows: shown.map { [$0.value.map { [$0] } ?? [], [.int($0.count)]] },
            defaultColumns: [path.name, "count"], totalBeforeLimit: groups.count)
    }
}
