/// The gazetteer's lookup tables, keyed by name hashes (`NameHash`) so that building them folds
/// each spelling once and allocates nothing per spelling, and the recognisers can rule a span out
/// with a few table probes before any string is built.
struct GazetteerIndex: Sendable {
    /// Folded spelling (`Normalizer.folded`) → entries.
    let aliasEntries: NamePostings
    /// Transliteration key (`Normalizer.key`) → entries: countries, places of no one country (rivers, regions) and
    /// places of `keyedCountries`.
    let keyEntries: NamePostings
    /// Every leading run of words of every folded spelling (`middle`, `middle euphrates`, …): a span
    /// that is none of these matches no spelling exactly, and neither does any longer one.
    let foldedPrefixes: NameTable<Bool>
    /// `FoldedName.firstWordKey` of every spelling: where a name can begin.
    let firstWordKeys: NameTable<Bool>
    /// Folded first word of every spelling: where a name written in lowercase can begin.
    let firstWordsFolded: NameTable<Bool>
    /// Folded spelling of a country → its entries (what the recogniser adds to an article's countries).
    let countrySpellings: NamePostings
    /// Folded first words of two-word country spellings (`saudi`): only after one can two words name a country.
    let countryFirstWords: NameTable<Bool>
    /// The most words any spelling has.
    let longestAliasWords: Int
    /// The longest transliteration key of any spelling.
    let longestKey: Int
    /// Hash of each entry's folded country, parallel to the entries.
    let countryHashes: [NameHash]
    /// Spellings (name, then aliases) of entry `i` are `spellingStarts[i]..<spellingStarts[i + 1]`.
    private let spellingStarts: [Int32]
    private let foldedHashes: [NameHash]
    private let keyHashes: [NameHash]
    /// Each spelling folded without its articles (what edit distances compare), back to back.
    private let bareBytes: [UInt8]
    private let bareStarts: [Int32]
    /// What ranks an entry among candidates, parallel to the entries (no `PlaceEntry` copies while sorting).
    let ranks: [EntryRank]

    /// Countries whose places are found by transliteration key as well as by spelling: the region, where one name
    /// has many spellings. A place further away (a world capital) is found by a spelling it has; by key it would
    /// shadow the region's names ("Dakar" and "Dhi Qar" share one).
    static let keyedCountries: Set<String> = [
        "Syria", "Iraq", "Turkey", "Jordan", "Lebanon", "Iran", "Israel", "Saudi Arabia",
    ]

    init(_ entries: [PlaceEntry]) {
        var aliasPairs: [(hash: NameHash, index: Int32)] = []
        var countryPairs: [(hash: NameHash, index: Int32)] = []
        var countryFirstWords = NameTable<Bool>()
        var keyPairs: [(hash: NameHash, index: Int32)] = []
        let spellingCount = entries.reduce(0) { $0 + 1 + $1.aliases.count }
        aliasPairs.reserveCapacity(spellingCount)
        keyPairs.reserveCapacity(spellingCount)
        var foldedPrefixes = NameTable<Bool>(minimumCapacity: spellingCount * 2)
        // Up to two keys a spelling: its first word's, and that word's with a final h added or taken off.
        var firstWordKeys = NameTable<Bool>(minimumCapacity: spellingCount * 2)
        var firstWordsFolded = NameTable<Bool>(minimumCapacity: spellingCount)
        var spellingStarts: [Int32] = [], foldedHashes: [NameHash] = [], keyHashes: [NameHash] = []
        var countryHashes: [NameHash] = []
        var bareBytes: [UInt8] = [], bareStarts: [Int32] = []
        bareStarts.reserveCapacity(spellingCount + 1)
        spellingStarts.reserveCapacity(entries.count + 1)
        foldedHashes.reserveCapacity(spellingCount)
        keyHashes.reserveCapacity(spellingCount)
        countryHashes.reserveCapacity(entries.count)
        var longestWords = 1, longestKey = 0
        var name = FoldedName()
        // Entries come grouped by country: its hash and whether it is keyed are worked out once a run.
        var country: (name: String, hash: NameHash, isKeyed: Bool)? = nil
        for entryIndex in entries.indices {
            spellingStarts.append(Int32(foldedHashes.count))
            // Fields read in place: a copy of the entry would retain each of its strings.
            let entryCountry = entries[entryIndex].country, isCountry = entries[entryIndex].kind == "country"
            if country?.name != entryCountry {
                name.refill(entryCountry)
                country = (entryCountry, name.foldedHash, GazetteerIndex.keyedCountries.contains(entryCountry))
            }
            countryHashes.append(country!.hash)
            // `Gazetteer.isFoundByKey`, with the country's look-up done once a run.
            let matchesByKey = isCountry || entryCountry.isEmpty || country!.isKeyed
            let aliasCount = entries[entryIndex].aliases.count
            for spelling in -1..<aliasCount {
                name.refill(spelling < 0 ? entries[entryIndex].name : entries[entryIndex].aliases[spelling])
                longestWords = max(longestWords, name.words.count)
                var folded = NameHash()
                for (position, word) in name.words.enumerated() {
                    folded.addWord(name.bytes[word], first: position == 0)
                    foldedPrefixes[folded] = true
                }
                foldedHashes.append(folded)
                bareStarts.append(Int32(bareBytes.count))
                name.appendWithoutArticles(to: &bareBytes)
                aliasPairs.append((folded, Int32(entryIndex)))
                if isCountry {
                    countryPairs.append((folded, Int32(entryIndex)))
                    if name.words.count == 2 { countryFirstWords[NameHash(name.bytes[name.words[0]])] = true }
                }
                firstWordKeys[name.firstWordKeyHash] = true
                if let other = name.firstWordOtherFinalHKeyHash() { firstWordKeys[other] = true }
                if let first = name.words.first { firstWordsFolded[NameHash(name.bytes[first])] = true }
                // Only the key's hash and length are kept, so its bytes are never written.
                let key = name.keyHash
                keyHashes.append(key.hash)
                if key.length > 0 && matchesByKey { keyPairs.append((key.hash, Int32(entryIndex))) }
                longestKey = max(longestKey, key.length)
            }
        }
        spellingStarts.append(Int32(foldedHashes.count))
        bareStarts.append(Int32(bareBytes.count))
        self.bareBytes = bareBytes
        self.bareStarts = bareStarts
        self.ranks = entries.map(EntryRank.init)
        self.aliasEntries = NamePostings(aliasPairs)
        self.countrySpellings = NamePostings(countryPairs)
        self.countryFirstWords = countryFirstWords
        self.keyEntries = NamePostings(keyPairs)
        self.foldedPrefixes = foldedPrefixes
        self.firstWordKeys = firstWordKeys
        self.firstWordsFolded = firstWordsFolded
        self.longestAliasWords = longestWords
        self.longestKey = longestKey
        self.countryHashes = countryHashes
        self.spellingStarts = spellingStarts
        self.foldedHashes = foldedHashes
        self.keyHashes = keyHashes
    }

    /// Folded-spelling hashes of entry `entry`: its name first, then its aliases.
    func spellingFolded(of entry: Int) -> ArraySlice<NameHash> {
        foldedHashes[Int(spellingStarts[entry])..<Int(spellingStarts[entry + 1])]
    }

    /// Spelling `spelling` (0: the name, then the aliases) of entry `entry` folded without articles.
    func bare(of entry: Int, spelling: Int) -> ArraySlice<UInt8> {
        let index = Int(spellingStarts[entry]) + spelling
        return bareBytes[Int(bareStarts[index])..<Int(bareStarts[index + 1])]
    }

    /// Key hashes of entry `entry`'s spellings, in the same order.
    func spellingKeys(of entry: Int) -> ArraySlice<NameHash> {
        keyHashes[Int(spellingStarts[entry])..<Int(spellingStarts[entry + 1])]
    }

    // The same facts read element by element, for the recogniser's per-span look-ups: a slice would retain
    // (and then release) the whole array each time. Inlined: a call copies the whole index to pass it.

    /// Where entry `entry`'s spellings are among all spellings (the indices of `spellingFolded(of:)`).
    @inline(__always)
    func spellings(of entry: Int) -> Range<Int> {
        Int(spellingStarts[entry])..<Int(spellingStarts[entry + 1])
    }

    /// The first of entry `entry`'s spellings (a place among all spellings) whose folded form hashes to `hash`.
    @inline(__always)
    func spelling(of entry: Int, foldedHash hash: NameHash) -> Int? {
        for spelling in spellings(of: entry) where foldedHashes[spelling] == hash { return spelling }
        return nil
    }

    /// The key hash of spelling `spelling` (a place among all spellings).
    @inline(__always)
    func keyHash(ofSpelling spelling: Int) -> NameHash {
        keyHashes[spelling]
    }

    /// How many bytes spelling `spelling` (a place among all spellings) has folded without articles.
    @inline(__always)
    func bareCount(ofSpelling spelling: Int) -> Int {
        Int(bareStarts[spelling + 1] - bareStarts[spelling])
    }

    /// Whether spelling `spelling` (a place among all spellings) folded without articles is the words `first...last` of
    /// `text` without theirs (`NameText.bareLetters`), compared word by word: no array is made for the words.
    @inline(__always)
    func bare(ofSpelling spelling: Int, equalsBareLettersOf text: NameText, _ first: Int, _ last: Int) -> Bool {
        let start = Int(bareStarts[spelling]), end = Int(bareStarts[spelling + 1])
        let tokens = text.tokens
        var lastWord = last
        while lastWord >= first && tokens[lastWord].folded.isEmpty { lastWord -= 1 }
        guard lastWord >= first else { return start == end }
        return bareBytes.withUnsafeBufferPointer { bare in
            text.folded.withUnsafeBufferPointer { folded in
                var offset = start
                for index in first...lastWord where !tokens[index].folded.isEmpty {
                    let word = UnsafeBufferPointer(rebasing: folded[tokens[index].folded])
                    // Articles are dropped, but a last one (`bareLetters`' rule).
                    if index < lastWord && FoldedName.isArticle(word) { continue }
                    guard end - offset >= word.count,
                          UnsafeBufferPointer(rebasing: bare[offset..<offset + word.count]).elementsEqual(word) else { return false }
                    offset += word.count
                }
                return offset == end
            }
        }
    }
}

/// The facts about an entry that rank it among candidates.
struct EntryRank: Sendable {
    var isGovernorate: Bool
    var isVillage: Bool
    var isCountry: Bool
    /// `Gazetteer.tier(of:)` of the kind.
    var tier: Int
    var population: Int
    /// A place in Syria or Iraq, the countries the coverage is about: it wins a tie with a neighbour's
    /// place of the same name ("Ras al-Ayn" is the Syrian town, not Rosh HaAyin; "Nabek" the Syrian town),
    /// unless that place is a city of a million (Medina, Riyadh).
    var isHomePlace: Bool
    var isMillionCity: Bool

    init(_ entry: PlaceEntry) {
        isGovernorate = entry.kind == "governorate"
        isVillage = entry.kind == "village"
        isCountry = entry.kind == "country"
        tier = Gazetteer.tier(of: entry.kind)
        population = entry.population ?? 0
        isHomePlace = entry.kind != "country" && (entry.country == "Syria" || entry.country == "Iraq")
        isMillionCity = entry.kind != "country" && population >= 1_000_000
    }
}

/// Countries already named in an article (folded), which rank ambiguous place names.
struct CountryContext: Sendable {
    private(set) var hashes: [NameHash] = []

    init() {}

    init<Names: Sequence>(_ names: Names) where Names.Element == String {
        for name in names { insert(FoldedName(name).foldedHash) }
    }

    func contains(_ hash: NameHash) -> Bool { hashes.contains(hash) }

    mutating func insert(_ hash: NameHash) {
        if !hashes.contains(hash) { hashes.append(hash) }
    }
}

extension Gazetteer {
    /// Whether `place` is found by transliteration key as well as by its spellings: countries, places of no one
    /// country, and places of `GazetteerIndex.keyedCountries` (the store resolves query names by the same rule).
    public static func isFoundByKey(_ place: PlaceEntry) -> Bool {
        place.kind == "country" || place.country.isEmpty || GazetteerIndex.keyedCountries.contains(place.country)
    }
}

private extension FoldedName {
    /// `firstWordKeyHash` with a final "h" after the first word's last vowel added, or taken off: a name's full key
    /// drops such an h ("Al Miqdādīyah" and "Muqdadiya" share one), so the name must be tried from either first word.
    /// The other spelling of the word is made on the stack: thirteen thousand spellings call this at every load.
    func firstWordOtherFinalHKeyHash() -> NameHash? {
        guard let range = keyedFirstWord, range.count > 2 else { return nil }
        let h = UInt8(ascii: "h"), last = bytes[range.upperBound - 1]
        return bytes.withUnsafeBufferPointer { bytes in
            if last == h, FoldedName.isVowel(bytes[range.upperBound - 2]) {
                return FoldedName.wordKeyHash(UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<(range.upperBound - 1)]))
            }
            guard FoldedName.isVowel(last) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count + 1) { word in
                _ = word.initialize(from: bytes[range])
                word[range.count] = h
                return FoldedName.wordKeyHash(UnsafeBufferPointer(word))
            }
        }
    }
}
