import XCTest
@testable import ClaimShell

final class MetaCommandLineTests: XCTestCase {
    func testParsesNameArgumentsAndRest() {
        let line = MetaCommandLine.parse(#"  .Output "my results.csv"  "#)
        XCTAssertEqual(line?.name, "output")
        XCTAssertEqual(line?.arguments, ["my results.csv"])
        XCTAssertEqual(MetaCommandLine.parse(".explain claims where year = 2017")?.rest, "claims where year = 2017")
        XCTAssertEqual(MetaCommandLine.parse(".load a.txt 'b c/'")?.arguments, ["a.txt", "b c/"])
        XCTAssertEqual(MetaCommandLine.parse(".quit")?.arguments, [])
    }

    func testShowWithoutTheDot() {
        XCTAssertEqual(MetaCommandLine.parse("show c12"), MetaCommandLine(name: "show", arguments: ["c12"], rest: "c12"))
        XCTAssertNil(MetaCommandLine.parse("show"))
        XCTAssertNil(MetaCommandLine.parse("claims where text = \"show\""))
    }

    func testStatementsAreNotMetaCommands() {
        XCTAssertNil(MetaCommandLine.parse("claims"))
        XCTAssertNil(MetaCommandLine.parse("."))
    }

    func testTableDrivesHelpAndNamesAreUnique() {
        let names = MetaCommands.all.flatMap { [$0.name] + $0.aliases }
        XCTAssertEqual(names.count, Set(names).count)
        let help = MetaCommands.helpText
        for command in MetaCommands.all {
            XCTAssertTrue(command.usage.hasPrefix("." + command.name), command.usage)
            XCTAssertEqual(help.contains(command.usage), !command.isHidden, command.name)
        }
        XCTAssertEqual(MetaCommands.named("exit")?.name, "quit")
        XCTAssertEqual(MetaCommands.named("HELP")?.name, "help")
        XCTAssertNil(MetaCommands.named("frobnicate"))
    }

    func testUnknownNamesGetTheCounterpartOrTheNearestName() {
        XCTAssertEqual(MetaCommands.unknownMessage(for: "tables"), "unknown meta-command '.tables'; here it is .schema (see .help schema)")
        XCTAssertEqual(MetaCommands.unknownMessage(for: "indexes"), "unknown meta-command '.indexes'; here it is .explain (see .help explain)")
        XCTAssertEqual(MetaCommands.unknownMessage(for: "shema"), "unknown meta-command '.shema'; did you mean .schema?")
        XCTAssertEqual(MetaCommands.unknownMessage(for: "frobnicate"), "unknown meta-command '.frobnicate'; try .help")
        // Every counterpart named is a real command.
        for counterpart in MetaCommands.foreignNames.values {
            XCTAssertNotNil(MetaCommands.named(String(counterpart.split(separator: " ")[0])), counterpart)
        }
    }

    func testModeWordsAreTheOutputFormats() {
        XCTAssertEqual(MetaCommands.named("mode")?.arguments, .words(["table", "line", "json", "jsonl", "csv", "markdown"]))
    }
}
