import Foundation
import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// Measures extraction against hand-written gold annotations (Gold/*.jsonl; see Gold/README.md).
final class GoldTests: XCTestCase {
    struct GoldFigure: Decodable {
        var value: Double?
        var low: Double?
        var high: Double?
        var unit: String
    }

    struct GoldClaim: Decodable {
        var file: String
        var sentence: String
        var places: [String]
        var actors: [String]
        var years: [Int]
        var figures: [GoldFigure]
        var source: String
    }

    /// True and false positives and misses for one set-valued field.
    struct Tally {
        var truePositives = 0
        var predicted = 0
        var expected = 0
        var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }

        mutating func add(predicted: [String], expected: [String]) {
            let p = Set(predicted), e = Set(expected)
            truePositives += p.intersection(e).count
            self.predicted += p.count
            self.expected += e.count
        }
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Gold")

    func testGoldStandard() throws {
        let goldFiles = try FileManager.default.contentsOfDirectory(atPath: Self.goldFolder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThanOrEqual(goldFiles.count, 8)
        var byArticle: [String: [GoldClaim]] = [:]
        for name in goldFiles {
            let text = try String(contentsOf: Self.goldFolder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.isEmpty {
                let claim = try JSONDecoder().decode(GoldClaim.self, from: Data(line.utf8))
                byArticle[claim.file, default: []].append(claim)
            }
        }
        let extractor = ClaimExtractor()
        let catalog = extractor.catalog
        var places = Tally(), actors = Tally(), figures = Tally()
        var yearsRight = 0, sourcesRight = 0, total = 0, unaligned = 0
        var report: [String] = []
        for (file, golds) in byArticle.sorted(by: { $0.key < $1.key }) {
            let path = file.hasPrefix("0") ? Self.repository.appendingPathComponent("seeds/\(file)")
                                           : Self.goldFolder.appendingPathComponent("articles/\(file)")
            let (article, _) = try ArticleReader.read(path: path.path)
            let document = extractor.extract(article)
            var claimsByText: [String: ExtractedClaim] = [:]
            for claim in document.claims { claimsByText[Self.normalized(claim.text)] = claim }
            for gold in golds {
                total += 1
                guard let claim = claimsByText[Self.normalized(gold.sentence)] else {
                    unaligned += 1
                    report.append("  no claim: \(file): \(gold.sentence.prefix(80))")
                    places.add(predicted: [], expected: gold.places)
                    actors.add(predicted: [], expected: gold.actors)
                    figures.expected += gold.figures.count
                    continue
                }
                let placeNames = claim.placeKeys.map { catalog.place(forKey: $0)?.name ?? $0 }
                let actorNames = claim.actorKeys.map { catalog.actor(forKey: $0)?.name ?? $0 }
                places.add(predicted: placeNames, expected: gold.places)
                actors.add(predicted: actorNames, expected: gold.actors)
                if Set(placeNames) != Set(gold.places) { report.append("  places \(file) \(claim.paragraph).\(claim.sentence): got \(placeNames) want \(gold.places)") }
                if Set(actorNames) != Set(gold.actors) { report.append("  actors \(file) \(claim.paragraph).\(claim.sentence): got \(actorNames) want \(gold.actors)") }
                if claim.years == gold.years { yearsRight += 1 } else { report.append("  years \(file) \(claim.paragraph).\(claim.sentence): got \(claim.years) want \(gold.years)") }
                if Self.sameSource(claim.source, gold.source) { sourcesRight += 1 } else { report.append("  source \(file) \(claim.paragraph).\(claim.sentence): got '\(claim.source)' want '\(gold.source)'") }
                let matched = Self.matchFigures(claim.figures, gold.figures)
                figures.truePositives += matched
                figures.predicted += claim.figures.count
                figures.expected += gold.figures.count
                if matched != claim.figures.count || matched != gold.figures.count {
                    report.append("  figures \(file) \(claim.paragraph).\(claim.sentence): got \(claim.figures.map { ClaimExtractor.describe($0) }) want \(gold.figures.map { "\($0.value ?? $0.low ?? 0)–\($0.high ?? $0.value ?? 0) \($0.unit)" })")
                }
            }
        }
        let yearAccuracy = Double(yearsRight) / Double(max(total, 1))
        let sourceAccuracy = Double(sourcesRight) / Double(max(total, 1))
        print(report.joined(separator: "\n"))
        print(String(format: "GOLD %d sentences (%d without a claim)", total, unaligned))
        print(String(format: "GOLD places  P %.3f R %.3f", places.precision, places.recall))
        print(String(format: "GOLD actors  P %.3f R %.3f", actors.precision, actors.recall))
        print(String(format: "GOLD years   accuracy %.3f", yearAccuracy))
        print(String(format: "GOLD figures P %.3f R %.3f", figures.precision, figures.recall))
        print(String(format: "GOLD source  accuracy %.3f", sourceAccuracy))
        XCTAssertGreaterThanOrEqual(places.precision, 0.90)
        XCTAssertGreaterThanOrEqual(places.recall, 0.90)
        XCTAssertGreaterThanOrEqual(actors.precision, 0.85)
        XCTAssertGreaterThanOrEqual(actors.recall, 0.85)
        XCTAssertGreaterThanOrEqual(yearAccuracy, 0.90)
        XCTAssertGreaterThanOrEqual(figures.precision, 0.80)
        XCTAssertGreaterThanOrEqual(figures.recall, 0.80)
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Sources match case-insensitively, ignoring a leading article, when one contains the other
    /// ("Coalition spokesman Colonel Ryan Dillon" names "Ryan Dillon").
    static func sameSource(_ predicted: String, _ gold: String) -> Bool {
        func clean(_ s: String) -> String {
            var t = s.lowercased()
            for article in ["the ", "a ", "an "] where t.hasPrefix(article) { t.removeFirst(article.count) }
            return t
        }
        let p = clean(predicted), g = clean(gold)
        return p == g || (!p.isEmpty && !g.isEmpty && (p.contains(g) || g.contains(p)))
    }

    /// How many predicted figures match a distinct gold figure: same unit and same value, or same low and high (±1%).
    static func matchFigures(_ predicted: [ExtractedFigure], _ gold: [GoldFigure]) -> Int {
        func close(_ a: Double?, _ b: Double?) -> Bool {
            guard let a, let b else { return false }
            return abs(a - b) <= max(0.01 * abs(b), 0.001)
        }
        var unused = Array(gold.indices)
        var matched = 0
        for figure in predicted {
            if let k = unused.firstIndex(where: { index in
                let g = gold[index]
                guard g.unit == figure.unit else { return false }
                if g.value != nil { return close(figure.value, g.value) }
                return close(figure.low, g.low) && close(figure.high, g.high)
            }) {
                unused.remove(at: k)
                matched += 1
            }
        }
        return matched
    }
}
