// What one fuzz input does. Shared by the libFuzzer targets (Fuzz/*.swift, linked by scripts/fuzz.sh) and the
// regression replay (FuzzRegressionTests), so a saved input runs exactly the code that found it.
import ClaimCorpus
import ClaimDiagnostics
import ClaimExtraction
import ClaimRender
import ClaimStore
@testable import ClaimQuery

enum QueryFuzzCase {
    /// Rows rendered per result: enough to reach every column and cell shape without rendering whole tables.
    static let renderedRows = 20

    /// The seed store with one engine, built once: a fresh store per input would cost a full extraction.
    static func makeSeedEngine() -> QueryEngine {
        let extractor = ClaimExtractor()
        let articles = ArticleReader.readEmbeddedSeeds().map(\.0)
        let store = EntityStore.build(documents: StoreLoader.extract(articles, with: extractor), catalog: extractor.catalog)
        return QueryEngine(store: store)
    }

    /// Parses (checking the print/parse round trip), executes, explains and renders one statement.
    /// Returns a broken invariant; a trap anywhere is a finding too.
    static func run(_ text: String, engine: QueryEngine) -> String? {
        let parsed = Parser.parse(text)
        if let statement = parsed.statement {
            let printed = SyntaxPrinter.text(of: statement)
            let again = Parser.parse(printed)
            guard let reparsed = again.statement, SyntaxPrinter.tree(of: reparsed) == SyntaxPrinter.tree(of: statement) else {
                return "print/parse round trip changed the tree: \(text.debugDescription) printed as \(printed.debugDescription)"
            }
        }
        let source = SourceFile(name: "fuzz", text: text)
        let outcome = engine.execute(text, source: source)
        if parsed.error != nil, !outcome.hasErrors { return "a statement that does not parse ran without an error" }
        let renderer = DiagnosticRenderer(useColor: false)
        for diagnostic in outcome.diagnostics where renderer.render(diagnostic, in: source).isEmpty {
            return "diagnostic \(diagnostic.id) rendered as nothing"
        }
        if let result = outcome.result { render(result) }
        // `.explain` evaluates again; run it on half the inputs (by length, so a replay does the same).
        if parsed.statement != nil, text.utf8.count % 2 == 1 { _ = engine.explain(text) }
        return nil
    }

    static func render(_ result: StatementResult) {
        switch result {
        case .rows(let set), .grouped(let set):
            let table = Table(columns: set.columns.map { Table.Column(name: $0.name, isMulti: $0.isMulti) },
                              rows: set.rows.prefix(renderedRows).map { row in row.map { Array($0) } })
            for mode in OutputMode.allCases {
                _ = Renderer(options: RenderOptions(mode: mode, width: 60, maxTableRows: renderedRows)).render(table)
            }
        case .count(_, let value):
            _ = Renderer(options: RenderOptions(mode: .json)).render(count: value)
        default:
            break
        }
    }
}

enum ArticleFuzzCase {
    /// Reads the bytes as an article (the first byte picks .txt or .html, so both readers see every shape),
    /// then extracts it. Returns a broken invariant.
    static func run(_ data: [UInt8], extractor: ClaimExtractor) -> String? {
        let name = (data.first ?? 0) & 1 == 0 ? "fuzz.txt" : "fuzz.html"
        let article: Article
        do {
            (article, _) = try ArticleReader.read(name: name, data: data)
        } catch let error as ArticleError {
            return error.message.isEmpty || error.file != name ? "an unreadable article's error does not name it" : nil
        } catch {
            return "the reader threw \(error), not an ArticleError"
        }
        var dated = article
        if dated.published == nil, let inferred = PublicationDateInference.infer(article) {
            dated.published = inferred
            dated.dateBasis = .inferred
        }
        let document = extractor.extract(dated)
        let sentences = Set(article.paragraphs.flatMap(\.sentences).map(\.index))
        if let stray = document.claims.first(where: { !sentences.contains($0.sentence) }) {
            return "claim refers to sentence \(stray.sentence), which the article does not have"
        }
        return nil
    }
}
