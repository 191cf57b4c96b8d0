import XCTest
import ClaimCorpus
import ClaimDiagnostics
@testable import ClaimQuery

final class LexerTests: XCTestCase {
    private func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(text).tokens.map(\.kind)
    }

    func testTokensCarryUTF8Ranges() {
        let tokens = Lexer.tokenize(#"claims where place = "Dayr az Zawr""#).tokens
        XCTAssertEqual(tokens.map(\.kind), [.identifier, .keyword(.where), .identifier, .equal, .string("Dayr az Zawr"), .endOfInput])
        XCTAssertEqual(tokens.map { [$0.range.start, $0.range.end] }, [[0, 6], [7, 12], [13, 18], [19, 20], [21, 35], [35, 35]])
        XCTAssertEqual(tokens[4].text, #""Dayr az Zawr""#)
    }

    func testRangesCountBytesNotCharacters() {
        let tokens = Lexer.tokenize(#"places where name = "Ḩalab" and kind = "city""#).tokens
        // "Ḩalab" is 6 characters in quotes but Ḩ takes 3 bytes.
        XCTAssertEqual(tokens[4].range, .init(start: 20, end: 29))
        XCTAssertEqual(tokens[5].range.start, 30)
    }

    func testKeywordsAreCaseInsensitive() {
        XCTAssertEqual(kinds("CLAIMS Where year BETWEEN 1 AND 2"),
                       [.identifier, .keyword(.where), .identifier, .keyword(.between), .integer(1), .keyword(.and), .integer(2), .endOfInput])
    }

    func testNumbersDatesAndOperators() {
        XCTAssertEqual(kinds("2017 36.5 -3.25 -7 2017-09 2017-09-05 = != < <= > >= ( ) , . ;"), [
            .integer(2017), .decimal(36.5), .decimal(-3.25), .integer(-7),
            .date(CalendarDate(year: 2017, month: 9)), .date(CalendarDate(year: 2017, month: 9, day: 5)),
            .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .leftParen, .rightParen, .comma, .dot, .semicolon, .endOfInput,
        ])
    }

    func testStringEscapes() {
        XCTAssertEqual(kinds(#""say \"no\"" "a\\b" "\d+""#), [.string(#"say "no""#), .string(#"a\b"#), .string(#"\d+"#), .endOfInput])
    }

    func testCommentsNewlinesAndContinuationsAreTrivia() {
        XCTAssertEqual(kinds("claims -- everything\n  where \\\n year = 2017 -- trailing"),
                       [.identifier, .keyword(.where), .identifier, .equal, .integer(2017), .endOfInput])
    }

    func testErrorsStopLexingWithTheirRange() {
        let cases: [(String, String, SourceRangeTuple)] = [
            (#"claims where place = "Raqqa"#, "query.unterminated-string", (21, 27)),
            ("claims where place = 'Raqqa'", "query.single-quotes", (21, 28)),
            ("claims where year == 2017", "query.double-equals", (18, 20)),
            ("claims where year <> 2017", "query.sql-not-equal", (18, 20)),
            ("claims where a = 1 && b = 2", "query.symbolic-connective", (19, 21)),
            ("claims where ! a = 1", "query.bang-without-equals", (13, 14)),
            ("claims where date = 2017-13-01", "query.invalid-date", (20, 30)),
            ("claims where year = 2017x", "query.invalid-number", (20, 25)),
            ("claims where year = 99999999999999999999", "query.invalid-number", (20, 40)),
            ("claims where year = 2017 @", "query.unexpected-character", (25, 26)),
            ("claims where year = 2017 é", "query.unexpected-character", (25, 27)),
        ]
        for (text, id, range) in cases {
            let result = Lexer.tokenize(text)
            XCTAssertEqual(result.error?.id.rawValue, id, text)
            XCTAssertEqual(result.error?.range, .init(start: range.0, end: range.1), text)
            XCTAssertEqual(result.tokens.last?.kind, .endOfInput, text)
        }
    }
}

typealias SourceRangeTuple = (Int, Int)
