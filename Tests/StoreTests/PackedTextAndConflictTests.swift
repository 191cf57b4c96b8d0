import XCTest
import ClaimCorpus
import ClaimExtraction
@testable import ClaimStore

/// A document's sentences live in one string and claims' texts are runs of it; conflicts are kept packed. Both
/// must read back exactly what was put in.
final class PackedTextAndConflictTests: XCTestCase {
    func testSentencesAndClaimTextsReadBackByteForByte() {
        // The second sentence begins with a combining accent: cut by characters, the first sentence's last
        // letter would absorb it.
        let sentences = [
            Sentence(text: "Les forces ont pris Raqqa", paragraph: 1, index: 1),
            Sentence(text: "\u{301}tonnamment, l’armée a reculé à Dayr az Zawr.", paragraph: 1, index: 2),
            Sentence(text: "Mosul fell in 2017.", paragraph: 2, index: 3),
        ]
        let article = Article(file: "a.txt", title: "A", paragraphs: [
            Paragraph(index: 1, text: sentences[0].text + " " + sentences[1].text, isListItem: false, sentences: Array(sentences[0...1])),
            Paragraph(index: 2, text: sentences[2].text, isListItem: false, sentences: [sentences[2]]),
        ])
        let clause = "l’armée a reculé"
        let document = ExtractedDocument(article: article, claims: [
            ExtractedClaim(text: sentences[1].text, paragraph: 1, sentence: 2, type: .withdrawal),
            ExtractedClaim(text: clause, paragraph: 1, sentence: 2, type: .withdrawal),
            ExtractedClaim(text: sentences[2].text, paragraph: 2, sentence: 3, type: .capture),
            ExtractedClaim(text: "Not in the article at all.", paragraph: 9, sentence: 9),
        ])
        let store = EntityStore.build(documents: [document], catalog: TestCatalog())
        XCTAssertEqual(store.claims.map { Array($0.text.utf8) },
                       [sentences[1].text, clause, sentences[2].text, "Not in the article at all."].map { Array($0.utf8) })
        // Read in place, the bytes are the same as the text's.
        XCTAssertEqual(store.claims.map { $0.withTextUTF8 { Array($0) } }, store.claims.map { Array($0.text.utf8) })
        XCTAssertEqual(store.documents[0].sentences, sentences)
        XCTAssertEqual(store.documents[0].sentences(inParagraph: 1).map(\.text), [sentences[0].text, sentences[1].text])
        XCTAssertEqual(store.documents[0].sentences(inParagraph: 2).map(\.index), [3])
        XCTAssertTrue(store.documents[0].sentences(inParagraph: 7).isEmpty)
        XCTAssertEqual(store.values(.claims, id: 2, field: "text"), [.string(clause)])
    }

    func testCollectorKeepsTheWidestPairPerSubjectAndDocumentsAndNumbersInClaimOrder() {
        // Claims 1–2 are in document 1, 3–4 in document 2, 5 in document 3.
        var collector = ConflictCollector(claimDocs: [1, 1, 2, 2, 3])
        let fighters = collector.intern("fighters in Raqqa"), troops = collector.intern("troops in Raqqa")
        let (low, high, other) = (collector.intern("300"), collector.intern("3,000"), collector.intern("9,000"))
        collector.offer(subject: fighters, claimA: 2, claimB: 4, valueA: low, valueB: high, gap: 2700, places: [1], actors: [])
        // Same subject and documents, a wider gap: replaces the first.
        collector.offer(subject: fighters, claimA: 1, claimB: 3, valueA: low, valueB: other, gap: 8700, places: [1], actors: [2])
        // Same gap, later claims: does not replace.
        collector.offer(subject: fighters, claimA: 2, claimB: 3, valueA: low, valueB: other, gap: 8700, places: [1], actors: [])
        // Another subject, or other documents: kept apart.
        collector.offer(subject: troops, claimA: 1, claimB: 4, valueA: low, valueB: high, gap: nil, places: [], actors: [])
        collector.offer(subject: fighters, claimA: 4, claimB: 5, valueA: high, valueB: other, gap: 6000, places: [1, 2], actors: [3])
        collector.startSource()
        // Another source keeps its own choice beside the first source's, even for the same subject and documents.
        collector.offer(subject: fighters, claimA: 2, claimB: 4, valueA: low, valueB: high, gap: 1, places: [], actors: [],
                        bothDurations: true)
        let conflicts = collector.finish()
        XCTAssertEqual(conflicts.map { [$0.id, $0.claimA, $0.claimB, $0.docA, $0.docB] },
                       [[1, 1, 3, 1, 2], [2, 1, 4, 1, 2], [3, 2, 4, 1, 2], [4, 4, 5, 2, 3]])
        XCTAssertEqual(conflicts.map(\.subject), ["fighters in Raqqa", "troops in Raqqa", "fighters in Raqqa", "fighters in Raqqa"])
        XCTAssertEqual(conflicts.map(\.valueB), ["9,000", "3,000", "3,000", "9,000"])
        XCTAssertEqual(conflicts.map(\.gap), [8700, nil, 1, 6000])
        XCTAssertEqual(conflicts.map { Array($0.places) }, [[1], [], [], [1, 2]])
        XCTAssertEqual(conflicts.map { Array($0.actors) }, [[2], [], [], [3]])
        XCTAssertEqual(conflicts.gap(at: 1), nil)
        XCTAssertEqual(conflicts.docB(at: 3), 3)
    }
}
