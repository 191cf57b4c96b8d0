import XCTest
@testable import ClaimExtraction

/// `DatelineScanner` reads characters as ASCII bytes where it can; it must find exactly the datelines the
/// `Character`-by-`Character` grammar (`ReferenceDatelineScanner`) finds, on hostile text too.
final class DatelineEquivalenceTests: XCTestCase {
    private func assertSame(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(DatelineScanner.find(in: text), ReferenceDatelineScanner.find(in: text), text.debugDescription,
                       file: file, line: line)
    }

    func testWrittenDatelines() {
        let heads = [
            "KİLİS, Turkey (Reuters) - ", "ÉVREUX, Oct 3 (AFP) - ", "DEİR EZ-ZOR — ", "Deir ez-Zor, Syria — ", "AL-QA’IM: ",
            "Tal Abyad (Gire Spi) - ", "MOSUL, Iraq, Nov. 4, 2017 (AP) - ", "Dayr az Zawr, 12 October - ", "BEIRUT/AMMAN – ",
            "THROUGHOUTMOSUL - ", "Throughout Syria — ", "D.C., Sept 9 - ", "al-Mayadeen, Syria - ", "ar-Raqqa (Reuters) - ",
            "ALEPPO\u{301}, Syria — ", "RAQQA\r\n, Syria - ", "RAQQA\r, Syria - ", "Homs, Jan 2017 — ", "HOMS, 3 Januaryy - ",
            "ＭＯＳＵＬ - ", "QAIM: ", "Qaim: ", "\u{212A}IRKUK - ", "ABU KAMAL/DEIR EZZOR, Syria, Oct 19 (Reuters) – ",
            "Raqqa—", "AS SUKHNAH - ", "  \u{A0}HOMS\u{A0}- ", "ǅemal, Bosnia — ", "Al-Qa'im, Iraq ― ", "MAYADIN, Syria (SANA & AP) - ",
            "RAQQA 🇸🇾 - ", "HAMA, Syria, Sept. 30 2016 - ", "IDLIB, Mar. 22, 2018 (SANA) — ", "In Mosul, Iraq — ",
        ]
        let bodies = ["", "The army took the town.", " ", "—", String(repeating: "A", count: 100)]
        for head in heads {
            for body in bodies { assertSame(head + body) }
        }
    }

    /// Random strings over an alphabet of what datelines are made of and what breaks characters apart or joins them.
    func testRandomText() {
        let alphabet: [String] = [
            "A", "B", "Q", "Z", "a", "l", "q", "z", "I", "K", " ", " ", " ", ",", ".", "-", "/", "(", ")", ":", "'", "’", "—",
            "–", "―", "\u{A0}", "1", "9", "2017", "Oct", "October", "Sept", "al", "AL", "é", "E\u{301}", "\u{301}", "\r\n",
            "\r", "\n", "İ", "\u{212A}", "ǅ", "Ж", "ش", "🇸🇾", "👍🏽", "&", "Reuters", "THE", "In", "\u{0}",
        ]
        var state: UInt64 = 0x5EED_DA7E
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + next(40)) { text += alphabet[next(alphabet.count)] }
            assertSame(text)
        }
        // Dateline-shaped text (a location, maybe a date and an agency, a separator), then one random change.
        let names = ["MOSUL", "Mosul", "DEIR EZ-ZOR", "Deir ez-Zor", "al-Qaim", "AL-QA’IM", "Ḩamāh", "ÉVREUX", "D.C.",
                     "Abu Kamal", "ABU KAMAL", "Iraq", "Syria", "KİLİS", "E\u{301}VREUX", "Tal Abyad", "as-Suwayda", "AMMAN"]
        let dates = ["", ", Oct 14", ", Oct. 14, 2017", ", 3 January", ", Sept 9 2016", ", Mayy 3"]
        let agencies = ["", " (Reuters)", " (AP)", " (Agence France-Presse)", " (SANA & AP)", " (reuters)"]
        let separators = [" - ", " — ", "—", " – ", ": ", " ― ", " -", "\u{A0}- "]
        var found = 0
        for _ in 0..<20_000 {
            var location = names[next(names.count)]
            if next(3) == 0 { location += (next(2) == 0 ? "/" : ", ") + names[next(names.count)] }
            var characters = Array(location + dates[next(dates.count)] + agencies[next(agencies.count)]
                                   + separators[next(separators.count)] + "The army took the town.")
            if next(2) == 0 {
                let position = next(characters.count + 1)
                if position < characters.count && next(2) == 0 { characters.remove(at: position) }
                else { characters.insert(contentsOf: Array(alphabet[next(alphabet.count)]), at: position) }
            }
            let text = String(characters)
            if DatelineScanner.find(in: text) != nil { found += 1 }
            assertSame(text)
        }
        XCTAssertGreaterThan(found, 5_000)  // the shapes do make datelines: the comparison is not all nil
    }
}

/// The byte test `DatelineScanner.find` runs first: it must say yes to every separator the grammar reads.
final class DatelineSeparatorTests: XCTestCase {
    func testSeparatorBytes() {
        for separator in [" - ", "\u{A0}- ", "—", "–", "―", ": "] {
            XCTAssertTrue(DatelineScanner.mayHoldSeparator("MOSUL" + separator + "Troops"), separator.debugDescription)
        }
        // A hyphen inside a word, a colon without a space, other dashes and marks: no separator.
        for text in ["US-backed fighters", "09:30 today", "a -b", "x- y", "‐ ‑ ‒ − ﹣ －", "", "-", ":", "\u{2014}"] {
            XCTAssertEqual(DatelineScanner.mayHoldSeparator(text), text == "\u{2014}", text.debugDescription)
            // Where the bytes say no, the character grammar finds no dateline either.
            if !DatelineScanner.mayHoldSeparator(text) { XCTAssertNil(ReferenceDatelineScanner.find(in: "HOMS" + text + "x")) }
        }
        // A dash followed by a combining mark is another character: the bytes still say "maybe", the grammar says no.
        XCTAssertTrue(DatelineScanner.mayHoldSeparator("HOMS —\u{301} Troops"))
        XCTAssertNil(DatelineScanner.find(in: "HOMS —\u{301} Troops"))
    }
}
