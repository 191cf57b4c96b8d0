import XCTest
@testable import ClaimExtraction

/// `NameText.spanKeyHash` and `FoldedName.skeletonHash` (raw-buffer fast paths) must give what the
/// reference `FoldedName.keyHash` / `skeleton` give, on every span of text with articles, `Abu`,
/// glued articles, final vowel-h, French -ine, digraphs across words and empty words.
final class SpanKeyHashTests: XCTestCase {
    private let sentences = [
        "Abu Kamal and Albu Kamal, al-Bu Kamal, Dayr az Zawr, Deir Ezzor, Deir ez-Zor and Deir al-Zour.",
        "Mayadine, Hajine, Raqqah, Hasakeh, al Assafir, the Ash Sham, As Suwayda, Khan Sheikhoun, Tal Afar.",
        "Schaffhausen Kh Sh Ch Ph Dh Th Dj Zh Sch ck x xk Qx — ʿAin ʾIssa, Qa’im’s, Ezzor Ellah Ad",
        "Ḩalab, Ar Raqqah, Mosu̇l and Deír ez-Zór; el al ash adh ath; Al",
        "",
    ]

    func testSpanKeyHashEqualsReferenceKeyHash() {
        for sentence in sentences {
            let text = NameText(sentence)
            for first in text.tokens.indices {
                for last in first..<min(text.tokens.count, first + 8) {
                    let words = (first...last).map { text.tokens[$0].folded }.filter { !$0.isEmpty }
                    var joined: [UInt8] = []
                    let expected = FoldedName.keyHash(bytes: text.folded, words: words, joined: &joined)
                    let fast = text.spanKeyHash(first, last)
                    XCTAssertEqual(fast.hash, expected.hash, "\(sentence) \(first)...\(last)")
                    XCTAssertEqual(fast.length, expected.length, "\(sentence) \(first)...\(last)")
                }
            }
        }
    }

    func testCapitalisedWordsCarryTheirOneWordSpanKey() {
        let extra = ["Abu Abou Albu Bu Raqqah Hasakeh Mayadine Hajine Ine Ah Eh Ash Al Ezzor Zzz Ḩalab İdlib Ṣāliḥ ʿAin",
                     "Qa’im’s Deír 2B X1 Xanadu Sch Kh Dj K\u{212A}obani Allah Alleh Mine"]
        var oneWordKeys = 0
        for sentence in sentences + extra {
            let text = NameText(sentence)
            for (index, token) in text.tokens.enumerated() where token.isCapitalised {
                XCTAssertEqual(token.capitalisedWordKeyHash,
                               FoldedName.wordKeyHash(text.foldedBytes(of: index)), "\(sentence) \(index)")
                guard token.singleWordKeyLength > 0 else { continue }
                oneWordKeys += 1
                let expected = text.spanKeyHash(index, index)
                XCTAssertEqual(token.capitalisedWordKeyHash, expected.hash, "\(sentence) \(index)")
                XCTAssertEqual(Int(token.singleWordKeyLength), expected.length, "\(sentence) \(index)")
            }
            // Words whose one-word key trims a final vowel-h or -ine leave it to be worked out.
            for (index, token) in text.tokens.enumerated() where token.isCapitalised && token.singleWordKeyLength == 0 {
                let word = text.foldedBytes(of: index)
                XCTAssertTrue(word.isEmpty || word.last == UInt8(ascii: "h") || word.last == UInt8(ascii: "e"),
                              "\(sentence) \(index)")
            }
        }
        XCTAssertGreaterThan(oneWordKeys, 20)
    }

    func testFoldedSpanComparesWithTheJoinedFoldedWords() {
        for sentence in sentences + ["Deir ez-Zor, Dayr az Zawr and Deir al-Zour", "ʿAbd al‐Qādir 🇸🇾 \u{301} al"] {
            let text = NameText(sentence)
            for first in text.tokens.indices {
                for last in first..<min(text.tokens.count, first + 5) {
                    let joined = (first...last).map { text.foldedBytes(of: $0) }.filter { !$0.isEmpty }
                        .map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
                    XCTAssertTrue(text.foldedSpan(first...last, equals: joined), "\(sentence) \(first)...\(last)")
                    for other in [joined + " ", " " + joined, String(joined.dropLast()), joined + "a", "", "deir"]
                    where other != joined {
                        XCTAssertFalse(text.foldedSpan(first...last, equals: other), "\(sentence) \(first)...\(last) \(other)")
                    }
                }
            }
        }
    }

    func testSkeletonHashEqualsSkeleton() {
        let inputs = ["", "a", "h", "sch", "schh", "phh", "xk", "kx", "xx", "ckh", "djz", "zhh", "qcck", "aeiouyw",
                      "deirezzor", "abukamal", "chshkhghdhth", "bbaabb", "x"]
        for input in inputs {
            let bytes = Array(input.utf8)
            var sink = SkeletonHash()
            FoldedName.skeleton(bytes[...], into: &sink)
            let fast = bytes.withUnsafeBufferPointer(FoldedName.skeletonHash)
            XCTAssertEqual(fast.hash, sink.hash, input)
            XCTAssertEqual(fast.length, sink.length, input)
            XCTAssertEqual(fast.hash, NameHash(FoldedName.skeleton(bytes).utf8), input)
        }
    }

    func testRawIsAbuAgreesWithSliceIsAbu() {
        let words = ["", "a", "b", "bu", "ba", "ub", "abu", "abo", "aba", "ibu", "abou", "albu", "abuu", "alba", "aybu",
                     "abous", "albus", "bus", "u", "au", "bou", "abbu", "alub"]
        for word in words {
            let bytes = Array(word.utf8)
            XCTAssertEqual(bytes.withUnsafeBufferPointer(FoldedName.isAbu), FoldedName.isAbu(bytes[...]), word)
        }
    }
}
