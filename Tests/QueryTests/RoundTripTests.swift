import XCTest
import ClaimCorpus
import ClaimDiagnostics
@testable import ClaimQuery

/// Property: printing a tree and parsing the text gives the same tree, for trees generated from a seeded RNG.
final class RoundTripTests: XCTestCase {
    func testPrintedStatementsParseBackToTheSameTree() {
        var generator = StatementGenerator(seed: 0x5EED_C1A1)
        for _ in 0..<2_000 {
            let statement = generator.statement()
            let text = SyntaxPrinter.text(of: statement)
            let reparsed = Parser.parse(text)
            XCTAssertNil(reparsed.error, "\(text): \(reparsed.error?.message ?? "")")
            guard let again = reparsed.statement else { continue }
            XCTAssertEqual(SyntaxPrinter.tree(of: again), SyntaxPrinter.tree(of: statement), text)
            XCTAssertEqual(SyntaxPrinter.text(of: again), text)
        }
    }

    func testStringLiteralsSurviveEscaping() {
        // A backslash or quote followed by a combining mark is one Character but two scalars to the lexer.
        let combining = ["\\\\\u{0730}x", "a\\\u{0301}", "\"\u{0301}", "\\\u{0301}\\"]
        for value in [#"say "no""#, #"a\b"#, #"\d+"#, "\\", "tab\there", "line\nbreak", #"ends with \"#, #"\""#, "Ḩalab", ""] + combining {
            let text = SyntaxPrinter.quoted(value)
            XCTAssertEqual(Lexer.tokenize(text).tokens.first?.kind, .string(value), text)
        }
    }
}

/// SplitMix64, so every run generates the same statements.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct StatementGenerator {
    var random: SeededRandom
    let names = ["claims", "places", "doc", "outlet", "year", "place", "text", "Published", "x_1", "supported_by"]
    let strings = ["Raqqa", "Deir ez-Zor", #"say "no""#, #"\d{4}"#, "", "Ḩalab", "a\\b", "two words", "tab\tin"]
    let range = SourceRange(start: 0, end: 0)

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func name() -> Name { Name(text: pick(names), range: range) }

    mutating func path() -> FieldPath {
        FieldPath(components: (0..<Int.random(in: 1...3, using: &random)).map { _ in name() })
    }

    mutating func literal() -> Literal {
        let value: LiteralValue
        switch Int.random(in: 0..<5, using: &random) {
        case 0: value = .string(pick(strings))
        case 1: value = .integer(Int.random(in: -100_000...100_000, using: &random))
        case 2: value = .decimal(Double(Int.random(in: -40_000...40_000, using: &random)) / 8)
        case 3:
            let year = Int.random(in: 1900...2030, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            value = .date(chance(50) ? CalendarDate(year: year, month: month) : CalendarDate(year: year, month: month, day: Int.random(in: 1...28, using: &random)))
        default: value = .bool(chance(50))
        }
        return Literal(value: value, range: range)
    }

    mutating func predicate() -> FieldPredicate {
        let op = pick(PredicateOperator.allCases)
        let negatable: Set<PredicateOperator> = [.in, .between, .contains, .startsWith, .matches, .isEmpty]
        var operands: [Literal] = []
        switch op {
        case .isEmpty: break
        case .between: operands = [literal(), literal()]
        case .in: operands = (0..<Int.random(in: 1...4, using: &random)).map { _ in literal() }
        default: operands = [literal()]
        }
        return FieldPredicate(path: path(), op: op, negated: negatable.contains(op) && chance(40), operands: operands,
                         operatorRange: range, range: range)
    }

    mutating func expr(depth: Int) -> Expr {
        guard depth > 0, chance(60) else { return .predicate(predicate()) }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return .and((0..<Int.random(in: 2...4, using: &random)).map { _ in expr(depth: depth - 1) })
        case 1: return .or((0..<Int.random(in: 2...4, using: &random)).map { _ in expr(depth: depth - 1) })
        default: return .not(expr(depth: depth - 1), keyword: range)
        }
    }

    mutating func query() -> Query {
        var query = Query(source: name(), range: range)
        if chance(80) { query.filter = expr(depth: 4) }
        if chance(20) { query.groupBy = path() }
        if chance(30) {
            query.orderBy = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                OrderItem(path: chance(20) ? FieldPath(components: [Name(text: "count", range: range)]) : path(), descending: chance(50))
            }
        }
        if chance(30) { query.limit = Literal(value: .integer(Int.random(in: 0...500, using: &random)), range: range) }
        if chance(20) { query.offset = Literal(value: .integer(Int.random(in: 0...500, using: &random)), range: range) }
        if chance(30) { query.select = (0..<Int.random(in: 1...4, using: &random)).map { _ in path() } }
        return query
    }

    mutating func statement() -> Statement {
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            var base = Query(source: name(), range: range)
            if chance(70) { base.filter = expr(depth: 3) }
            return .count(base, by: chance(50) ? path() : nil)
        case 1:
            return .assignment(name: Name(text: "saved_" + String(Int.random(in: 0...99, using: &random)), range: range), query: query())
        case 2:
            var events = Query(source: name(), range: range)
            if chance(70) { events.filter = expr(depth: 3) }
            if chance(40) { events.limit = Literal(value: .integer(Int.random(in: 0...500, using: &random)), range: range) }
            return .timeline(events)
        default:
            return .query(query())
        }
    }
}
