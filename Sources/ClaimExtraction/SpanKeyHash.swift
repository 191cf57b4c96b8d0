/// The hash of a span's transliteration key, over raw buffers: the span's words streamed through a
/// `SpanKeyStream` (`FoldedName.writeJoined`'s and `FoldedName.skeleton`'s rules, each word read once), with no
/// array or slice per word. `SpanKeyHashTests` checks it against `FoldedName.keyHash` on many spans.
extension NameText {
    /// `FoldedName.keyHash` of the words `first...last` (their folded forms, empty ones skipped).
    func spanKeyHash(_ first: Int, _ last: Int) -> (hash: NameHash, length: Int) {
        var stream = SpanKeyStream()
        return SpanKeyStream.withRoles { roles in
            folded.withUnsafeBufferPointer { folded in
                for index in first...last { stream.add(UnsafeBufferPointer(rebasing: folded[tokens[index].folded]), roles: roles) }
                return stream.key(roles: roles)
            }
        }
    }
}

extension FoldedName {
    /// `wordKeyHash` of a word, and the length of the word's key as a one-word span (`NameText.spanKeyHash`)
    /// when that key hashes the same: 0 when a final vowel-h or -ine is trimmed there (or the length is 0 or
    /// does not fit). `Abu`'s word key is `ba`, and so is the skeleton of its span key `bu`.
    static func capitalisedWordKey(_ word: UnsafeBufferPointer<UInt8>) -> (hash: NameHash, singleWordKeyLength: UInt16) {
        skeletonRoles.withUnsafeBufferPointer { capitalisedWordKey(word, roles: $0) }
    }

    /// `capitalisedWordKey(_:)` with `roles` (`skeletonRoles`) read by the caller once for many words: a global's
    /// every read checks that it is made.
    static func capitalisedWordKey(_ word: UnsafeBufferPointer<UInt8>, roles: UnsafeBufferPointer<UInt8>)
        -> (hash: NameHash, singleWordKeyLength: UInt16) {
        if isAbu(word) {
            var hash = NameHash()
            hash.add(UInt8(ascii: "b")); hash.add(UInt8(ascii: "a"))
            return (hash, 2)
        }
        let key = skeletonHash(word, roles: roles)
        let count = word.count
        let trims = (count > 2 && word[count - 1] == UInt8(ascii: "h") && isVowel(word[count - 2]))
            || (count > 4 && word[count - 3] == UInt8(ascii: "i") && word[count - 2] == UInt8(ascii: "n")
                && word[count - 1] == UInt8(ascii: "e"))
        guard !trims, key.length > 0, key.length <= Int(UInt16.max) else { return (key.hash, 0) }
        return (key.hash, UInt16(key.length))
    }

    /// `skeleton(_:into:)` with a `SkeletonHash` sink, over raw bytes: the same letters, hashed.
    static func skeletonHash(_ input: UnsafeBufferPointer<UInt8>) -> (hash: NameHash, length: Int) {
        // The roles table read through one pointer: a global's every read would check that it is made.
        skeletonRoles.withUnsafeBufferPointer { roles in skeletonHash(input, roles: roles) }
    }

    @inline(__always)
    private static func skeletonHash(_ input: UnsafeBufferPointer<UInt8>, roles: UnsafeBufferPointer<UInt8>)
        -> (hash: NameHash, length: Int) {
        var hash = NameHash()
        var last: UInt8 = 0
        var length = 0
        var index = 0
        let end = input.count
        @inline(__always) func next(_ offset: Int) -> UInt8 { index + offset < end ? input[index + offset] : 0 }
        @inline(__always) func emit(_ byte: UInt8) {
            hash.add(byte)
            last = byte
            length += 1
        }
        while index < end {
            let byte = input[index]
            // Most letters stand for themselves and vowels for `a`; only those the switch names need it.
            switch roles[Int(byte)] {
            case 0:
                if last != byte { emit(byte) }
                index += 1
                continue
            case 1:
                if last != UInt8(ascii: "a") { emit(UInt8(ascii: "a")) }
                index += 1
                continue
            default: break
            }
            let step = skeletonStep(byte, next(1), next(2))
            if step.isX, last != UInt8(ascii: "k") { emit(UInt8(ascii: "k")) }
            if last != step.emitted { emit(step.emitted) }
            index += step.width
        }
        return (hash, length)
    }

    /// What `skeletonHash` does with a byte: 0 writes it, 1 writes `a` (a vowel), 2 asks `skeletonStep`
    /// (letters that begin a digraph or fold to another: p k g d t z s c q x).
    static let skeletonRoles: [UInt8] = (0...255).map { byte in
        let byte = UInt8(byte)
        if "pkgdtzscqx".utf8.contains(byte) { return 2 }
        return isVowel(byte) ? 1 : 0
    }

    /// `isArticle` over raw bytes, one table read instead of a scan of `articleCodes`.
    @inline(__always)
    static func isArticle(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count == 2 || word.count == 3 else { return false }
        let first = word[0] &- UInt8(ascii: "a"), second = word[1] &- UInt8(ascii: "a")
        guard first < 26, second < 26 else { return false }
        let endings = articleEndings.withUnsafeBufferPointer { $0[Int(first) * 26 + Int(second)] }
        guard word.count == 3 else { return endings & articleEndingsPairBit != 0 }
        let third = word[2] &- UInt8(ascii: "a")
        return third < 26 && endings & (1 << UInt32(third)) != 0
    }

    /// `isAbu` over raw bytes: `abuCodes`' words (abu, abou, albu, bu) compared letter by letter, since a static's
    /// every read checks that it is made and the streams ask at most words.
    @inline(__always)
    static func isAbu(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = UInt8(ascii: "a"), b = UInt8(ascii: "b"), u = UInt8(ascii: "u")
        switch word.count {
        case 2: return word[0] == b && word[1] == u
        case 3: return word[0] == a && word[1] == b && word[2] == u
        case 4:
            return word[0] == a && word[3] == u
                && ((word[1] == b && word[2] == UInt8(ascii: "o")) || (word[1] == UInt8(ascii: "l") && word[2] == b))
        default: return false
        }
    }

    /// `hasGluedArticle` over raw bytes.
    @inline(__always)
    static func hasGluedArticle(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 5 else { return false }
        return startsWithGluedArticle(word[0], word[1], word[2])
    }
}

extension NameText {
    /// Whether the folded words of `span` (empty ones skipped), joined by single spaces, are `folded`'s bytes.
    func foldedSpan(_ span: ClosedRange<Int>, equals folded: String) -> Bool {
        // Compared over the string's bytes in place (its iterator would step byte by byte through the view).
        if let equal = folded.utf8.withContiguousStorageIfAvailable({ foldedSpan(span, equalsBytes: $0) }) { return equal }
        var target = folded.utf8.makeIterator()
        var words = 0
        for index in span where !tokens[index].folded.isEmpty {
            if words > 0 && target.next() != UInt8(ascii: " ") { return false }
            for byte in self.folded[tokens[index].folded] where target.next() != byte { return false }
            words += 1
        }
        return target.next() == nil
    }

    private func foldedSpan(_ span: ClosedRange<Int>, equalsBytes target: UnsafeBufferPointer<UInt8>) -> Bool {
        folded.withUnsafeBufferPointer { folded in
            var position = 0
            var words = 0
            for index in span where !tokens[index].folded.isEmpty {
                if words > 0 {
                    guard position < target.count, target[position] == UInt8(ascii: " ") else { return false }
                    position += 1
                }
                let word = tokens[index].folded
                guard target.count - position >= word.count else { return false }
                // Offsets from the word's start: one counter steps through both buffers.
                for offset in 0..<word.count where folded[word.lowerBound &+ offset] != target[position &+ offset] { return false }
                position += word.count
                words += 1
            }
            return position == target.count
        }
    }

    /// The transliteration key of the words of `span` (`FoldedName.writeKey` of their folded forms).
    func spanKey(_ span: ClosedRange<Int>) -> [UInt8] {
        var words: [Range<Int>] = []
        for index in span where !tokens[index].folded.isEmpty { words.append(tokens[index].folded) }
        var joined: [UInt8] = [], out: [UInt8] = []
        FoldedName.writeKey(bytes: folded, words: words, into: &out, joined: &joined)
        return out
    }
}

extension FoldedName {
    /// The article words (`Normalizer.articleWords`, two or three letters a–z) by their first two letters
    /// (`26 * first + second`): bit `k` set when that pair then letter `k` is one, `articleEndingsPairBit` when
    /// the pair alone is.
    static let articleEndings: [UInt32] = Normalizer.articleWords.reduce(into: [UInt32](repeating: 0, count: 26 * 26)) {
        table, word in
        let letters = word.utf8.map { Int($0 &- UInt8(ascii: "a")) }
        precondition((2...3).contains(letters.count) && letters.allSatisfy { $0 < 26 }, "an article of two or three letters a–z")
        table[letters[0] * 26 + letters[1]] |= letters.count == 2 ? articleEndingsPairBit : 1 << UInt32(letters[2])
    }

    static let articleEndingsPairBit: UInt32 = 1 << 26
}
