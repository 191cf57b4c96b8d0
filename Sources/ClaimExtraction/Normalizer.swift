/// Folds names so that different spellings of one name meet on one key.
///
/// Two levels:
/// - `folded(_:)`: lowercase, diacritics and apostrophes removed, separators collapsed to one space.
///   `Deir al-Zour` → `deir al zour`. Used for exact alias matches.
/// - `key(_:)`: the transliteration key, much coarser; `Deir al-Zour`, `Dayr az Zawr`, `Deir Ezzor` and
///   `Deir ez-Zor` all give `darzar`. Used for spellings no alias lists.
///
/// The key is an Arabic-transliteration skeleton: articles (`al-`, `ar-`, `ez-`, …) dropped before
/// another word, `Abu`/`Albu`/`al-Bu` as one word, consonant folds (q/k/c, kh/k, sh/ch/s, ph/f, dh/d,
/// th/t, dj/j), every run of vowels (including `y` and `w`, which romanisations trade with vowels:
/// Dayr/Deir, Zawr/Zour, iya/ia/ieh) written as one `a`, and doubled letters collapsed.
public enum Normalizer {
    /// The transliteration key of a name: `Deir al-Zour` and `Deir ez-Zor` share one.
    public static func key(_ text: String) -> String {
        FoldedName(text).key
    }

    /// Lowercase, diacritic-free, apostrophe-free form with single spaces between words.
    public static func folded(_ text: String) -> String {
        FoldedName(text).folded
    }

    /// Words dropped as the Arabic article when another word follows (`al-Raqqah`, `Dayr az Zawr`).
    public static let articleWords: Set<String> = [
        "al", "el", "il", "ul", "ar", "er", "ur", "as", "es", "ash", "esh", "az", "ez", "uz",
        "ad", "ed", "ud", "at", "et", "ut", "an", "en", "un", "adh", "ath",
    ]

    /// ’ ‘ ` ʿ ʾ ' ʼ ´ ′ ʻ: transliterations of ayn and hamza, or possessive marks; never word breaks.
    static let apostrophes: Set<UInt32> = [0x2019, 0x2018, 0x60, 0x2BF, 0x2BE, 0x27, 0x2BC, 0xB4, 0x2032, 0x2BB]

    /// The lowercase ASCII folding of a Latin letter with diacritics (`Ḩ` → `h`, `æ` → `ae`), packed
    /// little-endian in up to three bytes; 0 when there is none (`Resources/LatinFold.swift`).
    @inline(__always)
    static func latinFold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xC0..<0x260: return LatinFold.from00C0[Int(value - 0xC0)]
        case 0x1E00..<0x1F00: return LatinFold.from1E00[Int(value - 0x1E00)]
        default: return 0
        }
    }
}

/// A name folded to lowercase ASCII words, kept flat (one byte buffer plus word ranges) so that
/// building the gazetteer's indexes stays fast.
struct FoldedName {
    var bytes: [UInt8] = []
    var words: [Range<Int>] = []

    init(_ text: String) {
        refill(text)
    }

    init() {}

    /// Folds `text` into this value, reusing its buffers.
    mutating func refill(_ text: String) {
        words.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { utf8 in
            if FoldedName.foldASCII(utf8, into: &bytes, words: &words) { return }
            bytes.removeAll(keepingCapacity: true)
            bytes.reserveCapacity(utf8.count)
            var wordStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let isWordPart: Bool
                if byte < 0x80 {
                    isWordPart = FoldedName.appendFolded(Unicode.Scalar(byte), to: &bytes)
                    index += 1
                } else {
                    var length = 2
                    var value = UInt32(byte & 0x1F)
                    if byte >= 0xF0 { length = 4; value = UInt32(byte & 0x07) } else if byte >= 0xE0 { length = 3; value = UInt32(byte & 0x0F) }
                    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                    isWordPart = FoldedName.appendFoldedNonASCII(Unicode.Scalar(value) ?? "\u{FFFD}", to: &bytes)
                    index += length
                }
                if !isWordPart {
                    if bytes.count > wordStart { words.append(wordStart..<bytes.count) }
                    wordStart = bytes.count
                }
            }
            if bytes.count > wordStart { words.append(wordStart..<bytes.count) }
        }
    }

    /// `refill` of an all-ASCII text (most names): each byte folded by `asciiFolds` on the stack, then the
    /// letters put in place of `bytes`' at once, not a byte at a time; the word ranges appended to the emptied
    /// `words`. False, with `bytes` untouched and `words` left empty, for any other text.
    private static func foldASCII(_ utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8],
                                  words: inout [Range<Int>]) -> Bool {
        asciiFolds.withUnsafeBufferPointer { folds in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { out in
                var count = 0, wordStart = 0
                for byte in utf8 {
                    guard byte < 0x80 else {
                        words.removeAll(keepingCapacity: true)
                        return false
                    }
                    let folded = folds[Int(byte)]
                    if folded == asciiSeparator {
                        if count > wordStart { words.append(wordStart..<count) }
                        wordStart = count
                    } else if folded != asciiDropped {
                        out[count] = folded
                        count += 1
                    }
                }
                if count > wordStart { words.append(wordStart..<count) }
                bytes.replaceSubrange(bytes.indices, with: UnsafeBufferPointer(rebasing: out[..<count]))
                return true
            }
        }
    }

    /// `appendFolded` of each ASCII byte, tabulated: the folded byte, `asciiSeparator` (the byte separates
    /// words) or `asciiDropped` (an apostrophe: part of the word, but not written).
    static let asciiFolds: [UInt8] = (0..<128).map { byte in
        var folded: [UInt8] = []
        guard appendFolded(Unicode.Scalar(UInt8(byte)), to: &folded) else { return asciiSeparator }
        return folded.first ?? asciiDropped
    }
    static let asciiSeparator: UInt8 = 0, asciiDropped: UInt8 = 1

    /// A name already folded into words (the recognisers' tokens).
    init(bytes: [UInt8], words: [Range<Int>]) {
        self.bytes = bytes
        self.words = words
    }

    /// Appends the folded form of one scalar; false when the scalar separates words.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: bytes.append(UInt8(value + 0x20))
            case 0x61...0x7A, 0x30...0x39: bytes.append(UInt8(value))
            case 0x27, 0x60: break
            default: return false
            }
            return true
        }
        return appendFoldedNonASCII(scalar, to: &bytes)
    }

    static func appendFoldedNonASCII(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) -> Bool {
        let value = scalar.value
        if Normalizer.apostrophes.contains(value) {
            return true
        } else if case var folded = Normalizer.latinFold(value), folded != 0 {
            while folded != 0 {
                bytes.append(UInt8(truncatingIfNeeded: folded))
                folded >>= 8
            }
        } else if scalar.properties.generalCategory == .nonspacingMark {
            return true
        } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            bytes.append(contentsOf: Array(String(Character(scalar)).lowercased().utf8))
        } else {
            return false
        }
        return true
    }

    /// Hash of `folded`: the words joined by single spaces.
    var foldedHash: NameHash {
        var hash = NameHash()
        for (index, word) in words.enumerated() { hash.addWord(bytes[word], first: index == 0) }
        return hash
    }

    /// The word `firstWordKey` is made from: the first that is not an article, or the first word when it is alone
    /// or every word is an article.
    @inline(__always) var keyedFirstWord: Range<Int>? {
        guard words.count > 1 else { return words.first }
        // Raw words: a slice of `bytes` per word would retain and release the array.
        return bytes.withUnsafeBufferPointer { bytes in
            words.first(where: { !FoldedName.isArticle(UnsafeBufferPointer(rebasing: bytes[$0])) })
        } ?? words.first
    }

    /// Hash of `firstWordKey`.
    var firstWordKeyHash: NameHash {
        guard let range = keyedFirstWord else { return NameHash() }
        return bytes.withUnsafeBufferPointer { FoldedName.wordKeyHash(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// `firstWordKey` into a reusable buffer (cleared first).
    func writeFirstWordKey(into out: inout [UInt8]) {
        guard let range = keyedFirstWord else { out.removeAll(keepingCapacity: true); return }
        FoldedName.writeWordKey(bytes[range], into: &out)
    }

    var folded: String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + words.count)
        for word in words {
            if !out.isEmpty { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: bytes[word])
        }
        return String(decoding: out, as: UTF8.self)
    }

    var key: String {
        var joined: [UInt8] = [], out: [UInt8] = []
        writeKey(into: &out, joined: &joined)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the transliteration key into `out` (cleared first); `joined` is scratch space.
    func writeKey(into out: inout [UInt8], joined: inout [UInt8]) {
        FoldedName.writeKey(bytes: bytes, words: words, into: &out, joined: &joined)
    }

    /// The transliteration key of `words` (ranges of folded, non-empty words in `bytes`).
    static func writeKey<Words: Collection>(bytes: [UInt8], words: Words, into out: inout [UInt8], joined: inout [UInt8])
        where Words.Element == Range<Int> {
        writeJoined(bytes: bytes, words: words, into: &joined)
        FoldedName.writeSkeleton(joined[...], into: &out)
    }

    /// `writeKey`'s key as its hash and length only, joined on the stack and hashed over raw bytes
    /// (`skeletonHash`): what the gazetteer's index keeps of each spelling's key.
    var keyHash: (hash: NameHash, length: Int) {
        bytes.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
                let count = FoldedName.join(bytes, words: words, into: out)
                return FoldedName.skeletonHash(UnsafeBufferPointer(rebasing: out[..<count]))
            }
        }
    }

    /// What `writeKey` writes, as its hash and length only: the span filters need no more, and
    /// skip building the bytes.
    static func keyHash<Words: Collection>(bytes: [UInt8], words: Words, joined: inout [UInt8]) -> (hash: NameHash, length: Int)
        where Words.Element == Range<Int> {
        writeJoined(bytes: bytes, words: words, into: &joined)
        var sink = SkeletonHash()
        skeleton(joined[...], into: &sink)
        return (sink.hash, sink.length)
    }

    /// The words a key is the skeleton of, joined: articles dropped (but a last one), `Abu` as `bu`,
    /// glued articles and final vowel-h / French -ine trimmed.
    private static func writeJoined<Words: Collection>(bytes: [UInt8], words: Words, into joined: inout [UInt8])
        where Words.Element == Range<Int> {
        joined.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out in
                let count = join(bytes, words: words, into: out)
                joined.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<count]))
            }
        }
    }

    /// `writeJoined` over raw bytes, into `out` (room for as many bytes as `bytes`: joining never lengthens);
    /// how many bytes it wrote. Raw: a slice per word would retain the bytes, an array append check its buffer.
    private static func join<Words: Collection>(_ bytes: UnsafeBufferPointer<UInt8>, words: Words,
                                                into out: UnsafeMutableBufferPointer<UInt8>) -> Int
        where Words.Element == Range<Int> {
        var written = 0
        var afterArticle = false
        let count = words.count
        for (index, range) in words.enumerated() {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            let isLast = index == count - 1
            if !isLast && FoldedName.isArticle(word) {
                afterArticle = true
                continue
            }
            var start = range.lowerBound
            if FoldedName.isAbu(word) {
                out[written] = UInt8(ascii: "b"); out[written + 1] = UInt8(ascii: "u")
                written += 2
                afterArticle = false
                continue
            }
            // `Ezzor` → `zor`: an article assimilated into the word (vowel + doubled sun letter),
            // unless an article was already written (`al-Assafir` keeps its vowel).
            if index > 0 && !afterArticle && FoldedName.hasGluedArticle(word) { start += 2 }
            afterArticle = false
            var end = range.upperBound
            let length = end - start
            if length > 2, bytes[end - 1] == UInt8(ascii: "h"), FoldedName.isVowel(bytes[end - 2]) {
                end -= 1  // Raqqah, Hasakeh: final h after a vowel
            } else if length > 4, bytes[end - 3] == UInt8(ascii: "i"), bytes[end - 2] == UInt8(ascii: "n"),
                      bytes[end - 1] == UInt8(ascii: "e") {
                end -= 1  // French -ine: Mayadine, Hajine
            }
            for position in start..<end {
                out[written] = bytes[position]
                written += 1
            }
        }
        return written
    }

    /// The key of the first word that is not an article: recognisers try a name only where a known
    /// name could begin (`Dayr` and `Deir` share `dar`).
    var firstWordKey: String {
        guard let range = keyedFirstWord else { return "" }
        if FoldedName.isAbu(bytes[range]) { return "ba" }
        return FoldedName.skeleton(Array(bytes[range]))
    }

    /// `firstWordKey` of a single folded word, written into `out` (cleared first).
    static func writeWordKey(_ word: ArraySlice<UInt8>, into out: inout [UInt8]) {
        if isAbu(word) {
            out.removeAll(keepingCapacity: true)
            out.append(UInt8(ascii: "b")); out.append(UInt8(ascii: "a"))
        } else {
            writeSkeleton(word, into: &out)
        }
    }

    /// The folded letters without article words and spaces: what edit distances compare.
    var withoutArticles: [UInt8] {
        var out: [UInt8] = []
        for (index, range) in words.enumerated() {
            if index < words.count - 1 && FoldedName.isArticle(bytes[range]) { continue }
            out.append(contentsOf: bytes[range])
        }
        return out
    }

    /// `withoutArticles` appended to `out`.
    func appendWithoutArticles(to out: inout [UInt8]) {
        // Raw words: a slice of `bytes` per word would retain and release the array.
        bytes.withUnsafeBufferPointer { bytes in
            for (index, range) in words.enumerated() {
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                if index < words.count - 1 && FoldedName.isArticle(word) { continue }
                out.append(contentsOf: word)
            }
        }
    }

    /// Levenshtein distance between two short byte strings.
    static func editDistance<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int
        where A.Element == UInt8, B.Element == UInt8 {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if a.elementsEqual(b) { return 0 }
        if a.count <= 64, let distance = bitParallelEditDistance(a, b) { return distance }
        return tableEditDistance(a, b)
    }

    /// The distance by the full table, row by row (any lengths; the definition `EditDistanceTests` checks against).
    static func tableEditDistance<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int
        where A.Element == UInt8, B.Element == UInt8 {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let columns = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * columns) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0..<columns])
            var current = UnsafeMutableBufferPointer(rebasing: rows[columns...])
            for j in 0..<columns { previous[j] = j }
            var i = 0
            for left in a {
                i += 1
                current[0] = i
                var j = 0
                for right in b {
                    j += 1
                    let substitution = previous[j - 1] + (left == right ? 0 : 1)
                    current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                }
                swap(&previous, &current)
            }
            return previous[columns - 1]
        }
    }

    static func isArticle(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count == 2 || word.count == 3 else { return false }
        return articleCodes.contains(packed(word))
    }

    /// Articles packed into integers, so the check allocates nothing; a short array scans faster than a set hashes.
    static let articleCodes: [UInt32] = Normalizer.articleWords.map { packed(ArraySlice($0.utf8)) }.sorted()

    static func packed<Bytes: Collection<UInt8>>(_ word: Bytes) -> UInt32 {
        var code: UInt32 = 0
        for byte in word.prefix(4) { code = code << 8 | UInt32(byte) }
        return code
    }

    /// abu, abou, albu, bu (the "Bu" of tribal names): one word so `Abu Kamal` meets `Albu Kamal`.
    static func isAbu(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 2 && word.count <= 4 else { return false }
        let code = packed(word)
        return code == abuCodes.0 || code == abuCodes.1 || code == abuCodes.2 || code == abuCodes.3
    }

    static let abuCodes = (packed(ArraySlice("abu".utf8)), packed(ArraySlice("abou".utf8)),
                           packed(ArraySlice("albu".utf8)), packed(ArraySlice("bu".utf8)))

    static func hasGluedArticle(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 5 else { return false }
        return startsWithGluedArticle(word[word.startIndex], word[word.startIndex + 1], word[word.startIndex + 2])
    }

    /// The rule of `hasGluedArticle` on a word's first three bytes (the word has at least five): a vowel, then
    /// a doubled sun letter ("assuwayda", "irraqqa"). The raw-buffer version shares it.
    @inline(__always)
    static func startsWithGluedArticle(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        guard third == second else { return false }
        switch first {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "u"): break
        default: return false
        }
        switch second {
        case UInt8(ascii: "t"), UInt8(ascii: "d"), UInt8(ascii: "r"), UInt8(ascii: "z"), UInt8(ascii: "s"),
             UInt8(ascii: "n"), UInt8(ascii: "l"):
            return true
        default:
            return false
        }
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"), UInt8(ascii: "w"):
            return true
        default:
            return false
        }
    }

    /// Consonant folds and vowel runs → `a`, then doubled letters collapsed.
    static func skeleton(_ input: [UInt8]) -> String {
        var out: [UInt8] = []
        writeSkeleton(input[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `skeleton` into a reusable buffer (cleared first).
    static func writeSkeleton(_ input: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var sink = SkeletonBytes()
        swap(&sink.bytes, &out)
        sink.bytes.removeAll(keepingCapacity: true)
        skeleton(input, into: &sink)
        swap(&sink.bytes, &out)
    }

    /// The hash of `firstWordKey` of one folded word, computed without building it.
    static func wordKeyHash(_ word: ArraySlice<UInt8>) -> NameHash {
        word.withUnsafeBufferPointer(wordKeyHash)
    }

    /// The same over raw bytes.
    static func wordKeyHash(_ word: UnsafeBufferPointer<UInt8>) -> NameHash {
        if isAbu(word) {
            var hash = NameHash()
            hash.add(UInt8(ascii: "b")); hash.add(UInt8(ascii: "a"))
            return hash
        }
        return skeletonHash(word).hash
    }

    /// `stoppingAfter`: the last input position a step may start at (the rest is not written).
    static func skeleton<Sink: SkeletonSink>(_ input: ArraySlice<UInt8>, into out: inout Sink, stoppingAfter: Int = .max) {
        var index = input.startIndex
        let end = input.endIndex
        func next(_ offset: Int) -> UInt8 { index + offset < end ? input[index + offset] : 0 }
        while index < end && index <= stoppingAfter {
            let step = skeletonStep(input[index], next(1), next(2))
            if step.isX, out.last != UInt8(ascii: "k") { out.emit(UInt8(ascii: "k")) }
            if out.last != step.emitted { out.emit(step.emitted) }
            index += step.width
        }
    }

    /// One step of the skeleton's rules: the byte written for the letter at hand (given the two after it) and
    /// how many letters it takes; `isX`: an x, written "ks" (the k only when the last byte is not one).
    /// `skeleton` and `skeletonHash` share it, so the rules exist once.
    @inline(__always)
    static func skeletonStep(_ byte: UInt8, _ next1: UInt8, _ next2: UInt8) -> (emitted: UInt8, width: Int, isX: Bool) {
        let h = UInt8(ascii: "h")
        // One branch on the letter, then its digraphs: cases with `where` clauses would be tried one after another.
        switch byte {
        case UInt8(ascii: "p"): return next1 == h ? (UInt8(ascii: "f"), 2, false) : (byte, 1, false)
        case UInt8(ascii: "k"), UInt8(ascii: "g"), UInt8(ascii: "t"): return (byte, next1 == h ? 2 : 1, false)
        case UInt8(ascii: "d"):
            if next1 == h { return (byte, 2, false) }
            return next1 == UInt8(ascii: "j") ? (UInt8(ascii: "j"), 2, false) : (byte, 1, false)
        case UInt8(ascii: "z"): return next1 == h ? (UInt8(ascii: "j"), 2, false) : (byte, 1, false)
        case UInt8(ascii: "s"):
            if next1 == UInt8(ascii: "c") && next2 == h { return (byte, 3, false) }
            return (byte, next1 == h ? 2 : 1, false)
        case UInt8(ascii: "c"):
            if next1 == h { return (UInt8(ascii: "s"), 2, false) }
            return (UInt8(ascii: "k"), next1 == UInt8(ascii: "k") ? 2 : 1, false)
        case UInt8(ascii: "q"): return (UInt8(ascii: "k"), 1, false)
        case UInt8(ascii: "x"): return (UInt8(ascii: "s"), 1, true)
        default: return (isVowel(byte) ? UInt8(ascii: "a") : byte, 1, false)
        }
    }
}

/// Where `FoldedName.skeleton` writes: bytes, or only their hash. `last` is 0 before the first byte
/// (skeletons hold letters and digits only).
protocol SkeletonSink {
    var last: UInt8 { get }
    mutating func emit(_ byte: UInt8)
}

struct SkeletonBytes: SkeletonSink {
    var bytes: [UInt8] = []
    var last: UInt8 { bytes.last ?? 0 }
    mutating func emit(_ byte: UInt8) { bytes.append(byte) }
}

struct SkeletonHash: SkeletonSink {
    var hash = NameHash()
    private(set) var last: UInt8 = 0
    /// Bytes emitted.
    private(set) var length = 0
    mutating func emit(_ byte: UInt8) {
        hash.add(byte)
        last = byte
        length += 1
    }
}
