import XCTest
@testable import ClaimRender

final class ChartRendererTests: XCTestCase {
    func testHorizontalBarsScaleToTheRoomInEighths() {
        // Labels 5 wide, counts 2 wide: room = 30 - 5 - 2 - 3 = 20 characters for the largest bar.
        let chart = ChartRenderer(options: RenderOptions(width: 30, unicode: true))
        let text = chart.bars([("Raqqa", 16), ("Homs", 5), ("Idlib", 1), ("Hama", 0)])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "Raqqa " + String(repeating: "█", count: 20) + " 16")
        // 5/16 of 20 = 6.25 characters: six blocks and a quarter block.
        XCTAssertEqual(lines[1], "Homs  ██████▎" + String(repeating: " ", count: 13) + "  5")
        // 1/16 of 20 = 1.25.
        XCTAssertEqual(lines[2], "Idlib █▎" + String(repeating: " ", count: 18) + "  1")
        // Zero draws nothing.
        XCTAssertEqual(lines[3], "Hama  " + String(repeating: " ", count: 20) + "  0")
    }

    func testASCIIBarsUseWholeHashes() {
        // Counts 3 wide ("0.1"): room = 31 - 5 - 3 - 3 = 20.
        let chart = ChartRenderer(options: RenderOptions(width: 31, unicode: false))
        let lines = chart.bars([("Raqqa", 16), ("Homs", 5), ("Idlib", 0.1)]).split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("Raqqa " + String(repeating: "#", count: 20) + " "))
        XCTAssertTrue(lines[1].hasPrefix("Homs  ###### "))
        // A small non-zero count still shows.
        XCTAssertTrue(lines[2].hasPrefix("Idlib # "))
        XCTAssertTrue(lines.joined().unicodeScalars.allSatisfy(\.isASCII))
    }

    func testLongLabelsAreCut() {
        let chart = ChartRenderer(options: RenderOptions(width: 30, unicode: true))
        let line = chart.bars([("A very long label indeed", 3)])
        // Labels take at most a third of the width.
        XCTAssertTrue(line.hasPrefix("A very lo… "), line)
    }

    func testYearHistogramHasAColumnPerYearIncludingEmptyYears() {
        let chart = ChartRenderer(options: RenderOptions(width: 80, unicode: true), histogramHeight: 4)
        let text = chart.yearHistogram([(2014, 2), (2016, 8), (2017, 3)])
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "   2014 2015 2016 2017")
        XCTAssertEqual(lines[lines.count - 2], "  └────────────────────")
        // 8 is the tallest: four full rows; 2 is one row; 3 is one and a half rows. Counts sit on top.
        XCTAssertEqual(lines[0], "  │           8")
        XCTAssertEqual(lines[1], "  │           ██")
        XCTAssertEqual(lines[2], "  │           ██   3")
        XCTAssertEqual(lines[3], "  │ 2         ██   ▄▄")
        XCTAssertEqual(lines[4], "  │ ██        ██   ██")
    }

    func testYearHistogramInASCIIAndFallbackToBarsWhenTooWide() {
        let ascii = ChartRenderer(options: RenderOptions(width: 80, unicode: false), histogramHeight: 4)
            .yearHistogram([(2014, 2), (2016, 8)])
        XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII))
        XCTAssertTrue(ascii.contains("  | ##        ##\n"), ascii)
        let narrow = ChartRenderer(options: RenderOptions(width: 20, unicode: true)).yearHistogram([(2000, 1), (2017, 2)])
        // 18 years do not fit 20 columns: one bar per year instead.
        XCTAssertEqual(narrow.split(separator: "\n").count, 18)
        XCTAssertTrue(narrow.hasPrefix("2000 "))
    }
}
