import XCTest
import ClaimCorpus
import ClaimDiagnostics
@testable import ClaimQuery

final class ParserTests: XCTestCase {
    private func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Statement? {
        let result = Parser.parse(text)
        XCTAssertNil(result.error, "\(text): \(result.error?.message ?? "")", file: file, line: line)
        return result.statement
    }

    private func tree(_ text: String) -> String {
        parse(text).map(SyntaxPrinter.tree(of:)) ?? ""
    }

    func testQueryClausesInAnyOrderPrintCanonically() throws {
        let statement = try XCTUnwrap(parse("claims select id, doc.outlet limit 5 where year = 2017 order by year desc, id offset 2"))
        XCTAssertEqual(SyntaxPrinter.text(of: statement),
                       "claims where year = 2017 order by year desc, id limit 5 offset 2 select id, doc.outlet")
        XCTAssertEqual(SyntaxPrinter.tree(of: statement), """
            query
              source claims
              where
                predicate year = 2017
              order by year desc
              order by id asc
              limit 5
              offset 2
              select id, doc.outlet
            """)
    }

    func testAndBindsTighterThanOrAndNotTighterThanAnd() {
        XCTAssertEqual(tree("claims where a = 1 or b = 2 and not c = 3"), """
            query
              source claims
              where
                or
                  predicate a = 1
                  and
                    predicate b = 2
                    not
                      predicate c = 3
            """)
        XCTAssertEqual(tree("claims where (a = 1 or b = 2) and c = 3"), """
            query
              source claims
              where
                and
                  or
                    predicate a = 1
                    predicate b = 2
                  predicate c = 3
            """)
    }

    func testEveryPredicateForm() {
        let forms = [
            #"place = "Raqqa""#, "year != 2017", "year < 2017", "year <= 2017", "lat > 35.5", "lon >= -3.25",
            #"place in ("Raqqa", "Mosul")"#, #"place not in ("Raqqa")"#, "year between 2014 and 2016", "year not between 1 and 2",
            #"text contains "siege""#, #"text not contains "siege""#, #"text starts with "The""#, #"text not starts with "A""#,
            #"text matches "\d+""#, #"text not matches "x""#, "year is empty", "year is not empty", "published = 2017-09-05",
            "published < 2017-09", "flag = true", "flag = false", #"doc.outlet = "The \"Duran\"""#,
        ]
        for form in forms {
            let statement = parse("claims where " + form)
            XCTAssertEqual(statement.map(SyntaxPrinter.text(of:)), "claims where " + form)
        }
    }

    func testPredicateRangesCoverWhatWasWritten() throws {
        let text = #"claims where doc.outlet not in ("A", "B") and year is not empty"#
        guard case .query(let query)? = parse(text), case .and(let children)? = query.filter,
              case .predicate(let first) = children[0], case .predicate(let second) = children[1] else {
            return XCTFail("unexpected shape")
        }
        XCTAssertEqual(first.path.components.map(\.text), ["doc", "outlet"])
        XCTAssertEqual(first.path.range, SourceRange(start: 13, end: 23))
        XCTAssertEqual(first.operatorRange, SourceRange(start: 24, end: 30))
        XCTAssertEqual(first.range, SourceRange(start: 13, end: 41))
        XCTAssertEqual(first.operands.map(\.range), [SourceRange(start: 32, end: 35), SourceRange(start: 37, end: 40)])
        XCTAssertTrue(first.negated)
        XCTAssertEqual(second.op, .isEmpty)
        XCTAssertEqual(second.range, SourceRange(start: 46, end: 63))
    }

    func testCountAndLetStatements() {
        XCTAssertEqual(tree(#"count claims where place = "Raqqa" by year"#), """
            count
              source claims
              where
                predicate place = "Raqqa"
              by year
            """)
        XCTAssertEqual(tree("let recent = claims where year >= 2017 limit 3;"), """
            let recent
              query
                source claims
                where
                  predicate year >= 2017
                limit 3
            """)
        XCTAssertEqual(parse("count places group by country").map(SyntaxPrinter.text(of:)), "count places by country")
    }

    func testBlankStatementsParseToNothing() {
        for text in ["", "   ", "-- only a comment", ";"] {
            let result = Parser.parse(text)
            XCTAssertNil(result.statement, text)
            XCTAssertNil(result.error, text)
        }
    }

    func testErrorsPointAtTheOffendingToken() {
        let cases: [(String, String, Int, Int)] = [
            ("claims where year = 2017 and", "query.expected-condition", 28, 28),
            ("claims order year", "query.expected", 13, 17),
            ("claims limit ten", "query.expected", 13, 16),
            ("claims limit -1", "query.expected", 13, 15),
            ("claims select", "query.expected-field", 13, 13),
            ("claims select id,", "query.expected-field", 17, 17),
            ("claims where year in 2017", "query.expected", 21, 25),
            ("claims where year in (2017", "query.unclosed-paren", 21, 22),
            ("claims where year between 2014 or 2016", "query.expected", 31, 33),
            ("claims where year is 2017", "query.expected", 21, 25),
            ("claims where text starts \"a\"", "query.expected", 25, 28),
            ("claims where (year = 1", "query.unclosed-paren", 13, 14),
            ("claims where ()", "query.expected-condition", 14, 15),
            ("let where = claims", "query.reserved-name", 4, 9),
            ("count", "query.expected-source", 5, 5),
            ("count claims limit 3", "query.trailing-text", 13, 18),
            ("claims where year = 2017 )", "query.unmatched-paren", 25, 26),
            ("claims where and = 1", "query.expected-condition", 13, 16),
        ]
        for (text, id, start, end) in cases {
            let error = Parser.parse(text).error
            XCTAssertEqual(error?.id.rawValue, id, text)
            XCTAssertEqual(error?.range, SourceRange(start: start, end: end), text)
        }
    }

    func testParserLoopsEndOnEveryPrefixOfAStatement() {
        // Each prefix either parses, or fails with a ranged error inside the text: no hang, no crash.
        let text = #"let x = claims where (place in ("a", "b") or not year between 1 and 2) and doc.outlet starts with "T" order by year desc, id limit 3 offset 1 select id, text"#
        let bytes = Array(text.utf8)
        for end in 0...bytes.count {
            let prefix = String(decoding: bytes[0..<end], as: UTF8.self)
            let result = Parser.parse(prefix)
            if let range = result.error?.range {
                XCTAssertLessThanOrEqual(range.end, end, prefix)
            }
        }
    }
}
