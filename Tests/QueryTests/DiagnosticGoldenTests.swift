import XCTest
import ClaimDiagnostics
@testable import ClaimQuery

/// Every diagnostic's whole rendered text, caret line included (after DuckDB's error_location tests and jq's %%FAIL blocks).
final class DiagnosticGoldenTests: XCTestCase {
    var engine: QueryEngine!

    override func setUp() {
        engine = QueryEngine(store: TestStore.make())
    }

    private func assertRenders(_ statement: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let outcome = engine.execute(statement)
        let rendered = outcome.diagnostics.map { DiagnosticRenderer().render($0, in: SourceFile(text: statement)) }.joined()
        XCTAssertEqual(rendered, expected, file: file, line: line)
    }

    func testUnknownFieldSuggestsTheNearestField() {
        assertRenders("claims where plac = 1", """
            error: unknown field 'plac' for claims
              1 | claims where plac = 1
                |              ^^^^ did you mean 'place'?

            """)
    }

    func testUnknownFieldSuggestsAPathThroughALink() {
        assertRenders(#"claims where outlet = "The Duran""#, """
            error: unknown field 'outlet' for claims
              1 | claims where outlet = "The Duran"
                |              ^^^^^^ did you mean 'doc.outlet'?

            """)
    }

    func testUnknownKind() {
        assertRenders("claimz", """
            error: unknown kind or saved name 'claimz'
              1 | claimz
                | ^^^^^^ did you mean 'claims'?

            """)
    }

    func testUnknownEntityValueIsAWarningWithTheNearestName() {
        assertRenders(#"claims where place = "Deir Ezor""#, """
            warning: no place named "Deir Ezor" in the store
              1 | claims where place = "Deir Ezor"
                |                      ^^^^^^^^^^^ did you mean "Deir ez-Zor"?

            """)
    }

    func testTypeMismatchSaysWhatTheFieldWants() {
        assertRenders(#"claims where year = "last""#, """
            error: 'year' wants a whole number (like 2017), found "last"
              1 | claims where year = "last"
                |                     ^^^^^^

            """)
    }

    func testUnknownEnumerationValue() {
        assertRenders(#"claims where type = "captur""#, """
            error: "captur" is not a value of 'type'; expected one of capture, liberation, siege, attack, airstrike, withdrawal, casualties, estimate, declaration, prediction, opinion, other
              1 | claims where type = "captur"
                |                     ^^^^^^^^ did you mean "capture"?

            """)
    }

    func testUnterminatedString() {
        assertRenders(#"claims where place = "Raqqa"#, """
            error: unterminated string
              1 | claims where place = "Raqqa
                |                      ^^^^^^ add a closing '"'

            """)
    }

    func testUnbalancedParentheses() {
        assertRenders(#"claims where (place = "Raqqa" and year = 2017"#, """
            error: this '(' is never closed
              1 | claims where (place = "Raqqa" and year = 2017
                |              ^ add ')' at the end

            """)
        assertRenders(#"claims where place = "Raqqa")"#, """
            error: this ')' has no matching '('
              1 | claims where place = "Raqqa")
                |                             ^ remove it

            """)
    }

    func testTrailingGarbageAndMisspelledClause() {
        assertRenders("claims where year = 2017 foo", """
            error: unexpected 'foo' after the query; expected 'where', 'group by', 'order by', 'limit', 'offset', 'select' or the end of the statement
              1 | claims where year = 2017 foo
                |                          ^^^

            """)
        assertRenders("claims were year = 2017", """
            error: unexpected 'were' after the query; expected 'where', 'group by', 'order by', 'limit', 'offset', 'select' or the end of the statement
              1 | claims were year = 2017
                |        ^^^^ did you mean 'where'?

            """)
    }

    func testSQLLikeIsRewrittenTheClaimshWay() {
        assertRenders(#"places where name like "%raq%""#, """
            error: 'like' is SQL: here write contains "text", starts with "text" or matches "regex" (all ignore case)
              1 | places where name like "%raq%"
                |                   ^^^^ write 'contains "raq"'

            """)
        assertRenders(#"documents where outlet LIKE "Al%""#, """
            error: 'LIKE' is SQL: here write contains "text", starts with "text" or matches "regex" (all ignore case)
              1 | documents where outlet LIKE "Al%"
                |                        ^^^^ write 'starts with "Al"'

            """)
        assertRenders(#"claims where text like "%d_y 1.5%""#, """
            error: 'like' is SQL: here write contains "text", starts with "text" or matches "regex" (all ignore case)
              1 | claims where text like "%d_y 1.5%"
                |                   ^^^^ write 'matches "^.*d.y 1\\\\.5.*$"'

            """)
    }

    func testSQLSelectIsRewrittenAsTheClaimshStatement() {
        assertRenders("SELECT * FROM claims WHERE year = 2017", """
            error: claimsh is not SQL: a statement starts with the kind it lists (count KIND for a count)
              1 | SELECT * FROM claims WHERE year = 2017
                | ^^^^^^ write 'claims where year = 2017'

            """)
        assertRenders("select count(*) from claims where place = 'Raqqa' group by year;", """
            error: claimsh is not SQL: a statement starts with the kind it lists (count KIND for a count)
              1 | select count(*) from claims where place = 'Raqqa' group by year;
                | ^^^^^^ write 'count claims where place = "Raqqa" group by year'

            """)
        assertRenders("select text, year from claims order by year desc limit 3", """
            error: claimsh is not SQL: a statement starts with the kind it lists (count KIND for a count)
              1 | select text, year from claims order by year desc limit 3
                | ^^^^^^ write 'claims order by year desc limit 3 select text, year'

            """)
        // The rewrite runs as written.
        XCTAssertNil(engine.execute("claims order by year desc limit 3 select text, year").diagnostics.first)
        XCTAssertNil(engine.execute(#"count claims where place = "Raqqa" group by year"#).diagnostics.first)
    }

    func testPsqlCommandsAndBareMetaWords() {
        assertRenders(#"\d places"#, """
            error: '\\d' is psql's; here it is .schema
              1 | \\d places
                | ^^ write '.schema places'

            """)
        assertRenders(#"\watch"#, """
            error: backslash commands are psql's; here meta-commands start with a dot (try .help)
              1 | \\watch
                | ^^^^^^

            """)
        assertRenders("help", """
            error: 'help' is not a kind; meta-commands start with a dot: .help
              1 | help
                | ^^^^ write '.help'

            """)
        // A word close to a kind is that kind's typo, not a command.
        XCTAssertEqual(engine.execute("clams").diagnostics.first?.id, "query.unknown-source")
    }

    func testMissingValueAndMissingOperator() {
        assertRenders("claims where year =", """
            error: expected a value after '=', found the end of the statement
              1 | claims where year =
                |                    ^ values are strings in double quotes, numbers, dates like 2017-09-05, or true/false

            """)
        assertRenders(#"claims where place "Raqqa""#, """
            error: expected an operator after 'place' (=, !=, <, <=, >, >=, in, between, contains, starts with, matches or is empty), found "Raqqa"
              1 | claims where place "Raqqa"
                |                    ^^^^^^^ insert '='

            """)
        assertRenders("claims where", """
            error: expected a condition after 'where' (like place = "Raqqa"), found the end of the statement
              1 | claims where
                |             ^

            """)
    }

    func testMissingConnective() {
        assertRenders("claims where year = 2017 year = 2016", """
            error: expected 'and' or 'or' before 'year'
              1 | claims where year = 2017 year = 2016
                |                          ^^^^ insert 'and'

            """)
    }

    func testHabitsFromOtherLanguagesAreCorrected() {
        assertRenders("claims where place = Raqqa", """
            error: 'Raqqa' is not a value; text values go in double quotes
              1 | claims where place = Raqqa
                |                      ^^^^^ write "Raqqa"

            """)
        assertRenders("claims where place = 'Raqqa'", """
            error: strings are written in double quotes
              1 | claims where place = 'Raqqa'
                |                      ^^^^^^^ write "Raqqa"

            """)
        assertRenders("claims where year == 2017", """
            error: '==' is not an operator; equality is a single '='
              1 | claims where year == 2017
                |                   ^^ write '='

            """)
        assertRenders(#"claims where place not = "Raqqa""#, """
            error: 'not =' is written '!='
              1 | claims where place not = "Raqqa"
                |                    ^^^^^ write '!='

            """)
        assertRenders("claims where years = 2014-2016", """
            error: '2014-2016' is not a date; a range of years is written 'between 2014 and 2016'
              1 | claims where years = 2014-2016
                |                      ^^^^^^^^^ write '2014 and 2016'

            """)
    }

    func testOperatorsThatDoNotFitTheField() {
        assertRenders(#"claims where year contains "1""#, """
            error: 'contains' does not apply to 'year', which holds a whole number; it needs text, a name or a word
              1 | claims where year contains "1"
                |                   ^^^^^^^^

            """)
        assertRenders("claims where year.x = 1", """
            error: 'year' holds a whole number, not a link to other records; only a field such as doc or place can be followed by '.'
              1 | claims where year.x = 1
                |              ^^^^

            """)
        assertRenders(#"claims where doc = "c3""#, """
            error: "c3" is a claim id; 'doc' wants a document id like "d3"
              1 | claims where doc = "c3"
                |                    ^^^^

            """)
    }

    func testRegexAndBetweenProblems() {
        assertRenders(#"claims where text matches "(""#, """
            error: "(" is not a valid regular expression
              1 | claims where text matches "("
                |                           ^^^

            """)
        assertRenders("claims where year between 2017 and 2014", """
            warning: 'between 2017 and 2014' matches nothing: the low end comes first
              1 | claims where year between 2017 and 2014
                |                           ^^^^^^^^^^^^^ did you mean 'between 2014 and 2017'?

            """)
    }

    func testClauseProblems() {
        assertRenders("claims limit 5 limit 6", """
            error: 'limit' appears twice; a query takes each clause once
              1 | claims limit 5 limit 6
                |                ^^^^^
              note: the first 'limit' is here

            """)
        assertRenders("claims group by year order by place", """
            error: a grouped result can be ordered by 'year' or 'count', not 'place'
              1 | claims group by year order by place
                |                               ^^^^^ did you mean 'count'?

            """)
        assertRenders("let claims = places", """
            error: 'claims' names a kind; choose another name to save the result under
              1 | let claims = places
                |     ^^^^^^

            """)
        assertRenders("claims where year = 2017; places", """
            error: one statement at a time: found more text after ';'
              1 | claims where year = 2017; places
                |                           ^^^^^^

            """)
    }

    func testScriptLocationsUseTheCallersSourceFile() {
        let statement = "claims where plac = 1"
        let diagnostic = engine.execute(statement).diagnostics[0]
        let script = SourceFile(name: "queries.cq", text: statement, firstLine: 12)
        XCTAssertTrue(DiagnosticRenderer().render(diagnostic, in: script).hasPrefix("queries.cq:12:14: error: unknown field 'plac' for claims\n  12 | "))
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let depth = 100_000
        let statement = "claims where " + String(repeating: "(", count: depth) + "year = 2017" + String(repeating: ")", count: depth)
        let outcome = engine.execute(statement)
        XCTAssertEqual(outcome.diagnostics.map(\.id), ["query.nesting-too-deep"])
        XCTAssertEqual(outcome.diagnostics.first?.range?.start, 13 + Parser.maximumNesting)
        let nots = "claims where " + String(repeating: "not ", count: depth) + "year = 2017"
        XCTAssertEqual(engine.execute(nots).diagnostics.map(\.id), ["query.nesting-too-deep"])
        let fine = "claims where " + String(repeating: "(", count: 200) + "year = 2017" + String(repeating: ")", count: 200)
        XCTAssertFalse(engine.execute(fine).hasErrors)
    }

    func testOverlongStatementIsRefused() {
        let statement = "claims where " + String(repeating: "year = 2017 or ", count: 70_000) + "year = 2016"
        XCTAssertEqual(engine.execute(statement).diagnostics.map(\.id), ["query.statement-too-long"])
    }

    func testLongFlatChainsDoNotRecurse() {
        let statement = "claims where " + Array(repeating: "year = 2017", count: 20_000).joined(separator: " or ")
        let outcome = engine.execute(statement)
        XCTAssertFalse(outcome.hasErrors)
    }
}
