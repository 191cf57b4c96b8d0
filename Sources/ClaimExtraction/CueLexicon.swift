/// `GrammarCue.table` laid out for the tokenizer: an ASCII word's lowercase string and cues found from its
/// bytes as written, so a word some grammar looks at (most short words of a sentence) costs a hash and a
/// byte comparison, and no string is made for it. The words `WordClass` names (common English words, place
/// nouns, articles) have their strings kept too, as making a string costs more than finding it.
struct CueLexicon: Sendable {
    static let shared = CueLexicon()

    /// Hash of a lowercase word → its position in `spellings`, and the `WordClass.table` classes of the hash (for a
    /// tokenizer that finds both with one look-up).
    private var slots = NameTable<Slot>()
    /// Every word some grammar looks at; a token's `entry` is its word's position here.
    private(set) var words: [String] = []
    /// `words`, then the words only `WordClass` names.
    private var spellings: [Spelling] = []
    /// Every spelling's bytes, back to back (`Spelling.start`, `Spelling.count`).
    private var bytes: [UInt8] = []

    /// What a look-up that finds a word hands out, kept together: a hit reads one array element, not four.
    private struct Spelling: Sendable {
        /// The lowercase string, handed out as it is.
        var lower: String
        /// None for a word only `WordClass` names.
        var cues: GrammarCue
        /// `FoldedName.capitalisedWordKey` (a name word's key when it is written capitalised: "The").
        var wordKey: (hash: NameHash, singleWordKeyLength: UInt16)
        /// Where its bytes start in `bytes`, and how many there are.
        var start: Int
        var count: Int
    }

    private struct Slot: Sendable {
        /// Position in `spellings` (below `words.count`: a lexicon word, and its entry).
        var position: Int32
        var wordClass: WordClass
    }

    init() {
        for (word, wordCues) in GrammarCue.table {
            slots[NameHash(word.utf8)] = Slot(position: Int32(words.count), wordClass: [])
            words.append(word)
            addSpelling(word, cues: wordCues)
        }
        // The classes of a hash, as `WordClass.table` holds them (keyed by hash alone, as there).
        for (word, wordClass) in WordClass.wordsAndClasses {
            let hash = NameHash(word.utf8)
            var slot = slots[hash] ?? Slot(position: Int32(spellings.count), wordClass: [])
            if slot.position == spellings.count { addSpelling(word, cues: []) }
            slot.wordClass.formUnion(wordClass)
            slots[hash] = slot
        }
        // Room for `isWord` to read eight bytes from any spelling's last bytes.
        bytes.append(contentsOf: repeatElement(0, count: 8))
    }

    private mutating func addSpelling(_ word: String, cues wordCues: GrammarCue) {
        spellings.append(Spelling(lower: word, cues: wordCues,
                                  wordKey: Array(word.utf8).withUnsafeBufferPointer(FoldedName.capitalisedWordKey),
                                  start: bytes.count, count: word.utf8.count))
        bytes.append(contentsOf: word.utf8)
    }

    /// The position in `words` of the word hashed `hash`, if some word of the lexicon has that hash.
    @inline(__always)
    private func lexiconPosition(_ hash: NameHash) -> Int32? {
        guard let slot = slots[hash], slot.position < words.count else { return nil }
        return slot.position
    }

    /// What `(word.lowercased(), GrammarCue.cues(of: word.lowercased()))` gives, for ASCII bytes.
    func lowercaseAndCues(ofASCII word: UnsafeBufferPointer<UInt8>) -> (lower: String, cues: GrammarCue) {
        let (lower, cues, _) = lowercaseCuesAndEntry(ofASCII: word)
        return (lower, cues)
    }

    /// `lowercaseAndCues(ofASCII:)` and the word's position in `words` (`WordToken.noEntry` when it is none of them).
    func lowercaseCuesAndEntry(ofASCII word: UnsafeBufferPointer<UInt8>) -> (lower: String, cues: GrammarCue, entry: Int32) {
        // Lowercased once, on the stack: the hash, the check against the lexicon and the string all read those bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { out in
            let found = lowercaseCuesAndEntry(ofASCII: word, writingTo: out, at: 0)
            return (found.lower, found.cues, found.entry)
        }
    }

    /// `lowercaseCuesAndEntry(ofASCII:)` with the lowercase bytes written to `out[at..<at + word.count]` and
    /// returned with their hash (`NameHash`) and `WordClass.table`'s classes for it, for a tokenizer that keeps them
    /// (the name view's folded word); and for a word the lexicon spells, its `FoldedName.capitalisedWordKey`.
    @inline(__always)
    func lowercaseCuesAndEntry(ofASCII word: UnsafeBufferPointer<UInt8>, writingTo out: UnsafeMutableBufferPointer<UInt8>,
                               at offset: Int)
        -> (lower: String, cues: GrammarCue, entry: Int32, hash: NameHash, hasUpper: Bool, wordClass: WordClass,
            wordKey: (hash: NameHash, singleWordKeyLength: UInt16)?) {
        var hash = NameHash()
        // The bits lowercasing flipped, for `hasUpper` after the loop (the fewer steps a byte takes, the better).
        var flipped: UInt8 = 0
        for position in 0..<word.count {
            let byte = word[position]
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            flipped |= lower ^ byte
            hash.add(lower)
            out[offset &+ position] = lower
        }
        return lookUp(lowercase: out, at: offset, count: word.count, hash: hash, hasUpper: flipped != 0)
    }

    /// `lowercaseCuesAndEntry(ofASCII:writingTo:at:)` for a word already lowercased into `out[offset..<offset + count]`
    /// and hashed (`hash`; `hasUpper`: whether the word as written has a capital letter).
    @inline(__always)
    func lookUp(lowercase out: UnsafeMutableBufferPointer<UInt8>, at offset: Int, count: Int, hash: NameHash,
                hasUpper: Bool)
        -> (lower: String, cues: GrammarCue, entry: Int32, hash: NameHash, hasUpper: Bool, wordClass: WordClass,
            wordKey: (hash: NameHash, singleWordKeyLength: UInt16)?) {
        let slot = slots[hash]
        if let slot, isWord(out, offset, count, Int(slot.position)) {
            let position = Int(slot.position)
            let spelling = spellings[position]
            return (spelling.lower, spelling.cues, position < words.count ? slot.position : WordToken.noEntry,
                    hash, hasUpper, slot.wordClass, spelling.wordKey)
        }
        let (lower, cues) = Self.unknownWord(UnsafeBufferPointer(rebasing: out[offset..<offset + count]),
                                             sharesAWordsHash: slot.map { $0.position < words.count } ?? false)
        return (lower, cues, WordToken.noEntry, hash, hasUpper, slot?.wordClass ?? [], nil)
    }

    /// The string and cues of a lowercase word that is no spelling: no word has cues, but one sharing a lexicon
    /// word's hash is looked up in the table, as `cues(of:)` does. Kept out of line: inlined, it made the tokenizer
    /// call `lowercaseCuesAndEntry` instead of inlining it.
    @inline(never)
    private static func unknownWord(_ lower: UnsafeBufferPointer<UInt8>, sharesAWordsHash: Bool) -> (String, GrammarCue) {
        let lower = asciiString(lower)
        return (lower, sharesAWordsHash ? GrammarCue.table[lower] ?? [] : [])
    }

    /// `GrammarCue.cues(of: lower)` and the word's position in `words` (`WordToken.noEntry` when it is none of them),
    /// for a word already lowercased.
    func cuesAndEntry(ofLower lower: String) -> (cues: GrammarCue, entry: Int32) {
        var bytes = lower  // `withUTF8` reads a short string in place
        guard let position = lexiconPosition(bytes.withUTF8 { NameHash($0) }) else { return ([], WordToken.noEntry) }
        if words[Int(position)] == lower { return (spellings[Int(position)].cues, position) }
        // Another word with the same hash: ask the table itself.
        return (GrammarCue.table[lower] ?? [], WordToken.noEntry)
    }

    /// The position of a lowercase word in `words`, if it is one of them.
    func entry(ofLower lower: String) -> Int32? {
        let entry = cuesAndEntry(ofLower: lower).entry
        return entry == WordToken.noEntry ? nil : entry
    }

    /// ASCII bytes as a string. A word of up to 15 bytes (nearly every one) becomes a small string with no check of
    /// its bytes (`String(unsafeUninitializedCapacity:)` sees that the bytes it was handed are ASCII from its
    /// small form), where `String(decoding:as:)` scans them for non-ASCII first. Other UTF-8 gives the string
    /// `String(decoding:as:)` gives: the small form that is not ASCII is checked (and repaired) as that checks it.
    @inline(__always)
    static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for index in 0..<bytes.count { out[index] = bytes[index] }
            return bytes.count
        }
    }

    /// Whether the lowercase bytes `out[offset..<offset + count]` are spelling `position`'s, compared eight bytes at
    /// a time, the last few too: eight are read on both sides (the spellings' bytes are padded) and the bytes past
    /// the word masked off, so a short word costs one comparison.
    @inline(__always)
    private func isWord(_ out: UnsafeMutableBufferPointer<UInt8>, _ offset: Int, _ count: Int, _ position: Int) -> Bool {
        let start = spellings[position].start
        guard spellings[position].count == count else { return false }
        // The last word of a sentence may end too near the end of `out` for that.
        guard offset + count + 8 <= out.count else {
            return isWordNearEnd(UnsafeBufferPointer(rebasing: out[offset..<offset + count]), start)
        }
        return bytes.withUnsafeBytes { stored in
            let word = UnsafeRawBufferPointer(out)
            var index = 0
            while true {
                let lower = UInt64(littleEndian: word.loadUnaligned(fromByteOffset: offset + index, as: UInt64.self))
                let spelling = UInt64(littleEndian: stored.loadUnaligned(fromByteOffset: start + index, as: UInt64.self))
                let rest = count - index
                if rest <= 8 { return (lower ^ spelling) & UInt64.max >> (64 - 8 * rest) == 0 }
                guard lower == spelling else { return false }
                index += 8
            }
        }
    }

    /// `isWord` byte by byte, for a word too near the end of its buffer to read eight bytes from its last ones.
    @inline(never)
    private func isWordNearEnd(_ lower: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            for index in 0..<lower.count where lower[index] != stored[start + index] { return false }
            return true
        }
    }
}
