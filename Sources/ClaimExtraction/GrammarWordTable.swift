/// A grammar's word set or map for its hot look-ups: a byte hash of the word and one comparison, where
/// `Set<String>` or `Dictionary<String, _>` SipHashes the whole string (some 550 instructions a look-up).
///
/// The answers are the standard collection's: a word that is not ASCII (which may equal a stored word under
/// Unicode canonical equivalence without sharing its bytes) and a word whose hash another word holds are looked
/// up in the collection itself.
struct GrammarWordMap<Value: Sendable>: Sendable {
    /// Hash of a word's bytes → its position in `words` and `values`.
    private var positions = NameTable<Int32>()
    private var words: [String] = []
    private var values: [Value] = []
    /// Every word, for the look-ups the table does not settle.
    let dictionary: [String: Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        for (word, value) in dictionary {
            // A word that is not ASCII is stored as the ASCII text equal to it, if any ("\u{212A}" is "K"): that is
            // the form an ASCII look-up brings. Other words that are not ASCII are found in `dictionary` only.
            guard let stored = word.utf8.allSatisfy({ $0 < 0x80 }) ? word : Self.asciiEquivalent(of: word) else { continue }
            let hash = NameHash(stored.utf8)
            // Two words with one hash (never seen): the first keeps the slot, the other is found in `dictionary`.
            guard positions[hash] == nil else { continue }
            positions[hash] = Int32(words.count)
            words.append(stored)
            values.append(value)
        }
    }

    /// The ASCII text equal to `word` (character by character, under canonical equivalence), if there is one.
    static func asciiEquivalent(of word: String) -> String? {
        var ascii = ""
        for character in word {
            guard let twin = (0..<128).lazy.map({ Character(Unicode.Scalar(UInt8($0))) }).first(where: { $0 == character })
            else { return nil }
            ascii.append(twin)
        }
        return ascii
    }

    /// The words, as `Dictionary.keys` (for tables built from this one).
    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    /// `dictionary[word]`.
    subscript(word: String) -> Value? {
        var word = word  // `withUTF8` reads a native string in place
        let (hash, isASCII) = word.withUTF8 { bytes -> (NameHash, Bool) in
            var hash = NameHash()
            var any: UInt8 = 0
            for byte in bytes {
                any |= byte
                hash.add(byte)
            }
            return (hash, any < 0x80)
        }
        guard isASCII else { return dictionary[word] }
        guard let position = positions[hash] else { return nil }
        if words[Int(position)] == word { return values[Int(position)] }
        return dictionary[word]
    }
}

/// `GrammarWordMap` for a set of words; it iterates as the `Set` it replaces (for tables built from it).
struct GrammarWordSet: Sequence, Sendable, ExpressibleByArrayLiteral {
    private let map: GrammarWordMap<Bool>

    func makeIterator() -> Dictionary<String, Bool>.Keys.Iterator { map.keys.makeIterator() }

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        map = GrammarWordMap(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// `Set(words).contains(word)`.
    func contains(_ word: String) -> Bool { map[word] != nil }
}
