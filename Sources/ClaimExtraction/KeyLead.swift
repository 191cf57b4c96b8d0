/// The first letters of a transliteration key that its first word alone decides, so the recognisers
/// can tell that no key starting with a word is any alias's key before computing keys of spans.
///
/// A span's key (`FoldedName.writeKey`) is the skeleton of its words joined, articles dropped: it
/// begins with the skeleton of the first word that is not an article (that word gets no glued-article
/// stripping: it is first, or follows a written article). The skeleton reads at most two letters
/// ahead, so what it writes for all but the word's last two letters cannot change whatever follows.
enum KeyLead {
    /// The most leading key letters compared.
    static let length = 4

    /// Hash and length (≤ `length`; 0 when the word decides nothing) of the key letters `word` fixes.
    static func of(_ word: ArraySlice<UInt8>) -> (hash: NameHash, length: Int) {
        word.withUnsafeBufferPointer { word in
            FoldedName.skeletonRoles.withUnsafeBufferPointer { roles in of(word, roles: roles) }
        }
    }

    /// The same over raw bytes: `FoldedName.skeleton`'s steps, stopped once `length` letters are written
    /// (later letters change neither the hash nor the count). `roles`: `FoldedName.skeletonRoles`.
    static func of(_ word: UnsafeBufferPointer<UInt8>, roles: UnsafeBufferPointer<UInt8>) -> (hash: NameHash, length: Int) {
        guard word.count >= 3, !FoldedName.isAbu(word) else { return (NameHash(), 0) }
        var end = word.count
        if word[end - 1] == UInt8(ascii: "h"), FoldedName.isVowel(word[end - 2]) {
            end -= 1
        } else if end > 4, word[end - 3] == UInt8(ascii: "i"), word[end - 2] == UInt8(ascii: "n"),
                  word[end - 1] == UInt8(ascii: "e") {
            end -= 1
        }
        // The skeleton reads two letters ahead: steps from the last two letters may change with what follows.
        let lastStep = end - 3
        var hash = NameHash()
        var count = 0
        var last: UInt8 = 0
        @inline(__always) func emit(_ byte: UInt8) {
            last = byte
            guard count < length else { return }
            hash.add(byte)
            count += 1
        }
        var index = 0
        while index < end && index <= lastStep && count < length {
            let byte = word[index]
            // Most letters stand for themselves and vowels for `a` (`skeletonStep`'s default).
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
            let step = FoldedName.skeletonStep(byte, index + 1 < end ? word[index + 1] : 0, index + 2 < end ? word[index + 2] : 0)
            if step.isX, last != UInt8(ascii: "k") { emit(UInt8(ascii: "k")) }
            if last != step.emitted { emit(step.emitted) }
            index += step.width
        }
        return (hash, count)
    }

    /// Hashes of the first 1…`length` letters of `key`, for the table `of(_:)` results are looked up in.
    static func prefixes(of key: [UInt8]) -> [NameHash] {
        var hash = NameHash()
        var out: [NameHash] = []
        for byte in key.prefix(length) {
            hash.add(byte)
            out.append(hash)
        }
        return out
    }
}
