/// Which spans starting at one word could name a gazetteer place, found with hash probes only, so
/// that the recogniser builds strings and ranks candidates just for those.
///
/// A span can be acceptable only if its folded form is some spelling's (an exact alias) or it passes
/// the key rules of `PlaceRecognizer` (no lowercase start, every content word capitalised or a
/// connector, a capitalised last word, a key long enough) and its key is some spelling's key. Exact
/// spans stop growing when no spelling starts with their words; key spans when a content word is in
/// lowercase or the key outgrows every spelling's.
///
/// Made for one sentence (`init(for:)`), it also remembers the span keys it computed, so the place,
/// actor and person recognisers work each key out once between them.
struct SpanScratch {
    /// Span keys computed so far, direct-mapped by span (a clash only recomputes), held in place so that
    /// no sentence allocates for them; used only when made for a sentence.
    private var keys = SpanKeyCache()
    /// Whether the scratch was made for one sentence (and may remember keys).
    private var remembers = false
    /// The alias matchers' key streams from start words, the same way (only when `keepsStreams`).
    var streams = SpanStreamMemo()

    /// A scratch that remembers nothing between calls (any text).
    init() {}

    /// A scratch for the words of `text` only, remembering span keys.
    init(for text: borrowing NameText) {
        remembers = true
    }

    /// Bit `k` set: the span `start...start + k` may be acceptable. Spans end at `end` at the latest (≤ 64 words),
    /// or before the first word that does not join the one before.
    /// `gazetteer`'s index is read in place, never copied (a copy would retain each of its arrays).
    mutating func possibleSpans(_ text: NameText, from start: Int, through end: Int, gazetteer: Gazetteer) -> SpanSet {
        let tokens = text.tokens
        let end = min(end, start + 63)
        var possible = text.exactSpans(from: start, through: end, spellings: gazetteer.index.aliasEntries,
                                       prefixes: gazetteer.index.foldedPrefixes)
        let first = tokens[start]
        guard first.isCapitalised || first.classes.isArticle else { return possible }
        var contentWords = 0
        for last in start...end {
            let token = tokens[last]
            if last > start && !token.joinsPrevious { break }
            if !token.classes.isArticle {
                guard token.isCapitalised || token.classes.contains(.connector) else { break }
                contentWords += 1
            }
            guard token.isCapitalised, contentWords > 0 else { continue }
            let key = keyHash(text, start, last)
            let hadArticle = contentWords < last - start + 1
            if key.length >= (hadArticle ? 3 : 4) && gazetteer.index.keyEntries.contains(key.hash) { possible.insert(last) }
            // Keys only grow with more words (an article dropped once not last aside).
            if key.length > gazetteer.index.longestKey + 3 && !text.isArticle(last) { break }
        }
        return possible
    }

    /// The hash and length of the transliteration key of the words `first...last`.
    mutating func keyHash(_ text: NameText, _ first: Int, _ last: Int) -> (hash: NameHash, length: Int) {
        // A capitalised word alone: made with its token.
        if first == last {
            let token = text.tokens[first]
            if token.isCapitalised && token.singleWordKeyLength > 0 {
                return (token.capitalisedWordKeyHash, Int(token.singleWordKeyLength))
            }
        }
        guard remembers && last - first < 4096 && first < 1 << 18 else { return text.spanKeyHash(first, last) }
        let span = Int32(first * 4096 + (last - first) + 1)
        let slot = (first &* 7 &+ last) & (SpanKeyCache.slots - 1)
        if let known = keys.key(at: slot, span: span) { return known }
        let key = text.spanKeyHash(first, last)
        keys.remember(key, at: slot, span: span)
        return key
    }

    /// Remembers `key` as the key of the words `first...last` (when made for a sentence), for `keyHash`.
    mutating func remember(_ key: (hash: NameHash, length: Int), _ first: Int, _ last: Int) {
        guard remembers && last - first < 4096 && first < 1 << 18 else { return }
        let span = Int32(first * 4096 + (last - first) + 1)
        keys.remember(key, at: (first &* 7 &+ last) & (SpanKeyCache.slots - 1), span: span)
    }

    /// Whether `streams` may be used: the scratch was made for one sentence.
    var keepsStreams: Bool { remembers }

    /// What `Gazetteer.candidates` needs of the words `first...last` first: hashes of their folded form
    /// and key, and the key's length (their bare letters, `NameText.bareLetters`, only when asked).
    mutating func lookupForm(_ text: NameText, _ first: Int, _ last: Int)
        -> (foldedHash: NameHash, keyHash: NameHash, keyLength: Int) {
        var folded = NameHash()
        var position = 0
        for index in first...last where !text.tokens[index].folded.isEmpty {
            // A first word's folded hash is its token's.
            if position == 0 { folded = text.tokens[index].foldedHash } else { folded.addWord(text.foldedBytes(of: index), first: false) }
            position += 1
        }
        let key = keyHash(text, first, last)
        return (folded, key.hash, key.length)
    }
}

/// `SpanScratch`'s remembered span keys: 32 slots stored inline (a tuple, read through a pointer), so a
/// sentence's scratch lives on the stack instead of allocating an array.
struct SpanKeyCache {
    static let slots = 32

    /// All zeros when empty, so that a scratch's slots are made by clearing memory (a `NameHash` starts non-zero).
    struct Slot {
        /// The key's `NameHash.value`.
        var hash: UInt64 = 0
        /// `first * 4096 + (last - first) + 1`; 0: empty.
        var span: Int32 = 0
        var length: Int32 = 0
    }

    private var storage: (Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot,
                          Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot, Slot)
        = (Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(),
           Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(), Slot(),
           Slot(), Slot(), Slot(), Slot())

    /// The key remembered at `slot` for `span`, if that is the span the slot holds (`slot` < `slots`).
    mutating func key(at slot: Int, span: Int32) -> (hash: NameHash, length: Int)? {
        precondition(slot >= 0 && slot < Self.slots)
        return withUnsafeMutablePointer(to: &storage) { tuple in
            tuple.withMemoryRebound(to: Slot.self, capacity: Self.slots) { slots in
                slots[slot].span == span ? (NameHash(value: slots[slot].hash), Int(slots[slot].length)) : nil
            }
        }
    }

    mutating func remember(_ key: (hash: NameHash, length: Int), at slot: Int, span: Int32) {
        precondition(slot >= 0 && slot < Self.slots)
        withUnsafeMutablePointer(to: &storage) { tuple in
            tuple.withMemoryRebound(to: Slot.self, capacity: Self.slots) { slots in
                slots[slot] = Slot(hash: key.hash.value, span: span, length: Int32(truncatingIfNeeded: key.length))
            }
        }
    }
}

extension NameText {
    /// The folded letters of the words `first...last` without their articles (a last one kept), back to
    /// back: what gazetteer edit distances compare.
    func bareLetters(_ first: Int, _ last: Int) -> [UInt8] {
        var bare: [UInt8] = []
        var lastWord = last
        while lastWord >= first && tokens[lastWord].folded.isEmpty { lastWord -= 1 }
        guard lastWord >= first else { return bare }
        for index in first...lastWord where !tokens[index].folded.isEmpty {
            let word = foldedBytes(of: index)
            // Articles are dropped, but a last one.
            if index < lastWord && word.withUnsafeBufferPointer(FoldedName.isArticle) { continue }
            bare.append(contentsOf: word)
        }
        return bare
    }

    /// `bareLetters(first, last).count`, counted without making the array.
    func bareLetterCount(_ first: Int, _ last: Int) -> Int {
        var lastWord = last
        while lastWord >= first && tokens[lastWord].folded.isEmpty { lastWord -= 1 }
        guard lastWord >= first else { return 0 }
        var count = 0
        for index in first...lastWord where !tokens[index].folded.isEmpty {
            let word = foldedBytes(of: index)
            if index < lastWord && word.withUnsafeBufferPointer(FoldedName.isArticle) { continue }
            count += word.count
        }
        return count
    }
}

/// A set of span ends after one start word, as bits.
struct SpanSet {
    let start: Int
    private(set) var bits: UInt64 = 0

    init(start: Int) { self.start = start }

    mutating func insert(_ last: Int) { bits |= 1 << UInt64(last - start) }

    func contains(_ last: Int) -> Bool { last >= start && last - start < 64 && bits & (1 << UInt64(last - start)) != 0 }

    /// The longest span's last word (the start itself when empty).
    var last: Int { bits == 0 ? start - 1 : start + 63 - bits.leadingZeroBitCount }
}

extension NameText {
    /// Whether word `index`'s folded form is an article (`FoldedName.isArticle`), read in place.
    @inline(__always)
    func isArticle(_ index: Int) -> Bool {
        folded.withUnsafeBufferPointer { FoldedName.isArticle(UnsafeBufferPointer(rebasing: $0[tokens[index].folded])) }
    }

    /// `wordKeyHash(of:)`, a capitalised word's read from its token in place: the recognisers ask where a
    /// name may begin at most words, and most that pass their first test are capitalised.
    @inline(__always)
    func startKeyHash(of index: Int) -> NameHash {
        let token = tokens[index]
        return token.isCapitalised ? token.capitalisedWordKeyHash : wordKeyHash(of: index)
    }
}

extension NameText {
    /// "As Syrian …", "at Raqqa": an article that is also an English word, written without a hyphen
    /// before the next word, is the English word.
    func hasUnhyphenatedArticle(_ span: ClosedRange<Int>) -> Bool {
        guard span.count > 1 else { return false }
        // Every word but the last (a range: `dropLast` on the span costs a call).
        for index in span.lowerBound..<span.upperBound where tokens[index].classes.contains(.hyphenOnlyArticle) {
            if !tokens[index + 1].flags.contains(.gapHasHyphen) { return true }
        }
        return false
    }
}

extension NameText {
    /// Spans from `start` (to `end` at most, and over words that join the one before) whose folded form is one of
    /// `spellings`, grown word by word while the folded form still begins some spelling. Hash probes only; shared
    /// by the gazetteer and the alias matcher.
    /// `prefixes` must hold every spelling's folded hash but the empty one's (a spelling with no words).
    func exactSpans(from start: Int, through end: Int, spellings: NamePostings, prefixes: NameTable<Bool>) -> SpanSet {
        var possible = SpanSet(start: start)
        var folded = NameHash()
        var words = 0
        for last in start...end {
            let token = tokens[last]
            if last > start && !token.joinsPrevious { break }
            if !token.folded.isEmpty {
                // A first word's folded hash is its token's.
                if words == 0 { folded = token.foldedHash } else { folded.addWord(self.folded[token.folded], first: false) }
                words += 1
            }
            // Most spans begin no spelling: one probe rules them out (a spelling is a prefix of itself).
            guard prefixes.contains(folded) else {
                if words == 0 && spellings.contains(folded) { possible.insert(last) }
                break
            }
            if spellings.contains(folded) { possible.insert(last) }
        }
        return possible
    }
}
