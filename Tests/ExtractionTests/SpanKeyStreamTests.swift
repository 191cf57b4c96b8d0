import XCTest
@testable import ClaimExtraction

/// `SpanKeyStream` must give, for every span from a start word, the reference `FoldedName.keyHash` (what
/// `NameText.spanKeyHash`, a stream per span, gives too), and its committed letters must begin the key of every
/// longer span from that word.
final class SpanKeyStreamTests: XCTestCase {
    private let sentences = [
        "Abu Kamal and Albu Kamal, al-Bu Kamal, Dayr az Zawr, Deir Ezzor, Deir ez-Zor and Deir al-Zour.",
        "Mayadine, Hajine, Raqqah, Hasakeh, al Assafir, the Ash Sham, As Suwayda, Khan Sheikhoun, Tal Afar.",
        "Schaffhausen Kh Sh Ch Ph Dh Th Dj Zh Sch ck x xk Qx — ʿAin ʾIssa, Qa’im’s, Ezzor Ellah Ad",
        "Ḩalab, Ar Raqqah, Mosu̇l and Deír ez-Zór; el al ash adh ath; Al",
        "Is s ch Tas Chaos Dis Cheikh Mus Haf Sak Hot P Hamas Sc Hule Es Sc Hmidt, ax kx Ks, Pas Hapa Ad J",
        "Syrian Observatory for Human Rights said\r\nthe Free Syrian Army 2B X1 near Idlib 🇸🇾 e\u{301}e Ya Ha Ah",
        "al- -al Abu Abou Bu Abu al-Abbas Ezzor al Ezzor Allah Alleh Mine Ine Zzz Ṣāliḥ ʿAbd al‐Qādir",
        "",
    ]

    func testStreamedKeysEqualSpanKeyHash() {
        var spans = 0
        for sentence in sentences {
            let text = NameText(sentence)
            for first in text.tokens.indices {
                var stream = SpanKeyStream()
                for last in first..<min(text.tokens.count, first + 12) {
                    text.foldedBytes(of: last).withUnsafeBufferPointer { word in SpanKeyStream.withRoles { stream.add(word, roles: $0) } }
                    let words = (first...last).map { text.tokens[$0].folded }.filter { !$0.isEmpty }
                    var joined: [UInt8] = []
                    let expected = FoldedName.keyHash(bytes: text.folded, words: words, joined: &joined)
                    let key = SpanKeyStream.withRoles { stream.key(roles: $0) }
                    XCTAssertEqual(key.hash, expected.hash, "\(sentence) \(first)...\(last)")
                    XCTAssertEqual(key.length, expected.length, "\(sentence) \(first)...\(last)")
                    spans += 1
                }
            }
        }
        XCTAssertGreaterThan(spans, 300)
    }

    func testCommittedLettersBeginEveryLongerSpansKey() {
        for sentence in sentences {
            let text = NameText(sentence)
            for first in text.tokens.indices {
                var stream = SpanKeyStream()
                for last in first..<min(text.tokens.count, first + 6) {
                    text.foldedBytes(of: last).withUnsafeBufferPointer { word in SpanKeyStream.withRoles { stream.add(word, roles: $0) } }
                    let committed = stream.committedHash
                    for longer in last + 1..<min(text.tokens.count, last + 4) {
                        let key = Self.key(text, first, longer)
                        var hash = NameHash()
                        var begins = committed == hash
                        for byte in key {
                            hash.add(byte)
                            if hash == committed { begins = true }
                        }
                        XCTAssertTrue(begins, "\(sentence) \(first)...\(last) in \(first)...\(longer)")
                    }
                }
            }
        }
    }

    func testStreamedSkeletonEqualsSkeleton() {
        let inputs = ["", "a", "h", "s", "sc", "sch", "schh", "scs", "phh", "xk", "kx", "xx", "ckh", "djz", "zhh", "qcck",
                      "aeiouyw", "deirezzor", "abukamal", "chshkhghdhth", "bbaabb", "x", "ssch", "tsch", "sh", "cz", "dh", "scsch", "sscc", "tzsc", "pschx"]
        for input in inputs {
            var reference = SkeletonHash()
            FoldedName.skeleton(Array(input.utf8)[...], into: &reference)
            let bytes = Array(input.utf8)
            SpanKeyStream.withRoles { roles in
                var byByte = StreamingSkeleton()
                for byte in bytes { byByte.add(byte, roles: roles) }
                XCTAssertEqual(byByte.finished(roles: roles).hash, reference.hash, input)
                XCTAssertEqual(byByte.finished(roles: roles).length, reference.length, input)
                // Fed in two runs, split anywhere.
                for split in 0...bytes.count {
                    var streamed = StreamingSkeleton()
                    bytes[..<split].withUnsafeBufferPointer { streamed.add($0, roles: roles) }
                    bytes[split...].withUnsafeBufferPointer { streamed.add($0, roles: roles) }
                    XCTAssertEqual(streamed.finished(roles: roles).hash, reference.hash, "\(input) at \(split)")
                    XCTAssertEqual(streamed.finished(roles: roles).length, reference.length, "\(input) at \(split)")
                }
            }
        }
    }

    private static func key(_ text: NameText, _ first: Int, _ last: Int) -> [UInt8] {
        var words: [Range<Int>] = []
        for index in first...last where !text.tokens[index].folded.isEmpty { words.append(text.tokens[index].folded) }
        var joined: [UInt8] = [], out: [UInt8] = []
        FoldedName.writeKey(bytes: text.folded, words: words, into: &out, joined: &joined)
        return out
    }
}

/// `NameText.exactSpans` (one probe per word where no spelling begins, the first word's hash from its token)
/// must find what growing the folded hash word by word over joined words and probing both tables finds.
final class ExactSpansTests: XCTestCase {
    func testExactSpansEqualWordByWordProbing() {
        let spellings = ["Deir ez-Zor", "deir", "Abu Kamal", "al-Bu Kamal", "middle Euphrates valley", "Ḩalab", "Qa’im",
                         "Syrian Democratic Forces", "Syrian", "the", "", "—", "Deír ez Zór al Jadida"]
        var pairs: [(hash: NameHash, index: Int32)] = []
        var prefixes = NameTable<Bool>()
        for (index, spelling) in spellings.enumerated() {
            let name = FoldedName(spelling)
            pairs.append((name.foldedHash, Int32(index)))
            var prefix = NameHash()
            for (position, word) in name.words.enumerated() {
                prefix.addWord(name.bytes[word], first: position == 0)
                prefixes[prefix] = true
            }
        }
        let postings = NamePostings(pairs)
        let sentences = ["In Deir ez-Zor and deir ez Zor, the Syrian Democratic Forces — near Abu Kamal, al-Bu Kamal.",
                         "— 🇸🇾 — the middle Euphrates valley; Ḩalab, Qa’im and DEÍR EZ ZÓR AL JADIDA\r\nSyrian",
                         "the the — , Deir", ""]
        var found = 0
        for sentence in sentences {
            let text = NameText(sentence)
            for start in text.tokens.indices {
                for end in start..<min(text.tokens.count, start + 8) {
                    var expected = SpanSet(start: start)
                    var folded = NameHash()
                    var words = 0
                    for last in start...end {
                        if last > start && !text.tokens[last].joinsPrevious { break }
                        let word = text.tokens[last].folded
                        if !word.isEmpty {
                            folded.addWord(text.folded[word], first: words == 0)
                            words += 1
                        }
                        if postings.contains(folded) { expected.insert(last) }
                        if !prefixes.contains(folded) { break }
                    }
                    let spans = text.exactSpans(from: start, through: end, spellings: postings, prefixes: prefixes)
                    XCTAssertEqual(spans.bits, expected.bits, "\(sentence) \(start)...\(end)")
                    found += expected.bits.nonzeroBitCount
                }
            }
        }
        XCTAssertGreaterThan(found, 10)
    }
}
