import Foundation
import XCTest
@testable import ClaimExtraction

/// Every place spelling the seed articles use resolves, inside the seed's own sentences.
/// Only the spellings and their expected canonical names are listed here; the sentences are read from the files.
final class GazetteerSeedSpellingTests: XCTestCase {
    static let seedsDirectory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    let spellings: [(written: String, canonical: String)] = [
        ("Deir Ezzor", "Deir ez-Zor"), ("Deir al-Zour", "Deir ez-Zor"), ("Deir Al-Zour", "Deir ez-Zor"),
        ("Raqqa", "Ar Raqqah"), ("Raqqah", "Ar Raqqah"), ("al-Raqqah", "Ar Raqqah"), ("Deir Hafer", "Dayr Ḩāfir"),
        ("Mosul", "Mosul"), ("al-Mayadeen", "Al Mayādīn"), ("al Mayadeen", "Al Mayādīn"), ("Mayadin", "Al Mayādīn"),
        ("Palmyra", "Tadmur"), ("Tadmur", "Tadmur"), ("al-Tanaf", "Al-Tanf"), ("Al-Tanf", "Al-Tanf"),
        ("Al-Qaim", "Al Qā’im"), ("Al-Qaem", "Al Qā’im"), ("al-Qaem", "Al Qā’im"), ("al-Bu Kamal", "Ālbū Kamāl"),
        ("Abu Kamal", "Ālbū Kamāl"), ("Aleppo", "Aleppo"), ("Damascus", "Damascus"), ("Baghdad", "Baghdad"),
        ("Yarmouk Basin", "Yarmouk Basin"), ("Euphrates", "Euphrates"), ("Jubaliyah", "Al-Jubaylah"),
        ("Hamidiyah", "Al-Hamidiyah (Deir ez-Zor)"), ("Ghouta", "Ghouta"), ("Bilad al-Sham", "Levant"),
        ("Levant", "Levant"), ("Maskana", "Maskanah"), ("Syria", "Syria"), ("Iraq", "Iraq"),
        ("Idlib province", "Idlib Governorate"), ("Deir Ezzor province", "Deir ez-Zor Governorate"),
        ("Aleppo province", "Aleppo Governorate"),
    ]

    func testEverySeedSpellingResolvesInItsSentence() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.seedsDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        XCTAssertFalse(files.isEmpty, "seeds found at \(Self.seedsDirectory.path)")
        let lines = try files.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
        let recognizer = PlaceRecognizer()
        var recognised: [String: [EntityMatch]] = [:]
        for (written, canonical) in spellings {
            var occurrences = 0
            for line in lines {
                let found = Self.wordBoundedOccurrences(of: written, in: line)
                guard !found.isEmpty else { continue }
                let matches = recognised[line] ?? recognizer.recognize(in: line)
                recognised[line] = matches
                for range in found {
                    occurrences += 1
                    let covering = matches.first { $0.range.lowerBound <= range.lowerBound && $0.range.upperBound >= range.upperBound }
                    guard let covering else {
                        XCTFail("'\(written)' not recognised in: \(line.prefix(120))")
                        continue
                    }
                    // A longer name (`middle Euphrates valley`) may contain the spelling; otherwise it must resolve as expected.
                    if covering.matched == written {
                        XCTAssertEqual(Gazetteer.shared.entry(forKey: covering.key)?.name, canonical, "\(written): \(covering.rule)")
                    }
                }
            }
            XCTAssertGreaterThan(occurrences, 0, "'\(written)' occurs in the seeds")
        }
    }

    /// Character ranges where `word` occurs with no letter or digit on either side.
    static func wordBoundedOccurrences(of word: String, in line: String) -> [Range<Int>] {
        let characters = Array(line), pattern = Array(word)
        guard pattern.count <= characters.count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(characters.count - pattern.count) where characters[start..<start + pattern.count].elementsEqual(pattern) {
            let end = start + pattern.count
            let before = start == 0 || !(characters[start - 1].isLetter || characters[start - 1].isNumber)
            let after = end == characters.count || !(characters[end].isLetter || characters[end].isNumber)
            if before && after { found.append(start..<end) }
        }
        return found
    }
}
