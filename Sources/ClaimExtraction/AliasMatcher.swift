/// Finds dictionary aliases in text: word-bounded, longest first, no overlaps.
///
/// An all-capitals alias (`US`, `IS`, `SDF`) matches only in capitals, so "us" is not the United States.
/// A capitalised alias matches when the written words are capitalised too (case otherwise ignored);
/// a lowercase alias (`government forces`) matches in any case. Capitalised aliases of two or more
/// words, or of five or more key letters, also match through `Normalizer.key` (`Jabhat an-Nusra`).
///
/// Spans are ruled out by hash probes (`NameHash`) before any string is built: a span is tried only
/// when its folded form is an alias's, or its key is a keyed alias's and its ends are capitalised.
///
/// A class, built once and then only read: a recogniser's matcher is a static, and a struct this size was
/// copied onto the stack at every call.
final class AliasMatcher: Sendable {
    struct Alias: Sendable {
        var entryKey: String
        var text: String
        var isAcronym: Bool
        var isCapitalised: Bool
        var wordCount: Int
        var folded: String
        var key: String
    }

    private let aliases: [Alias]
    /// The source the recogniser names in its rules, and each alias's rule for it, made once.
    private let ruleSource: String?
    private let exactRules: [String]
    private let byFolded: NamePostings
    private let byKey: NamePostings
    /// Every leading run of words of every folded alias (so every alias with a word: `byFolded` adds only
    /// the empty hash of an alias without one).
    private let foldedPrefixes: NameTable<Bool>
    /// The same for the lowercase aliases alone (`government forces`): the only ones a lowercase word that is
    /// no article can begin (`match` wants a capital or an article first for the others, and for a key).
    private let lowercasePrefixes: NameTable<Bool>
    private let hasLowercaseAliases: Bool
    private let dotted: [DottedAlias]
    /// Bytes that come just before the first dot of some dotted alias (all 256 when an alias starts
    /// with a dot): a dot after any other byte starts no dotted alias.
    private let bytesBeforeDot: [Bool]
    /// `FoldedName.firstWordKey` (and the first word's own key) of every alias: where an alias can begin.
    private let firstWordKeys: NameTable<Bool>
    /// Folded hashes of the article-like words and the lowercase aliases' first words whose word key
    /// (`FoldedName.wordKeyHash`) is in `firstWordKeys`: the lowercase words that start most tries ("the", "al") are
    /// probed here, not keyed at each occurrence. Any other word is keyed (a hash collision here only lets a span be tried).
    private let startsKeyedInFirstWordKeys: NameTable<Bool>
    let longestAliasWords: Int
    private let longestKey: Int
    /// Every leading run of letters (the empty one too) of every keyed alias's key: a span whose key
    /// begins otherwise is no keyed alias, nor is any longer span from the same word.
    private let keyBeginnings: NameTable<Bool>

    init(aliases entries: [(entryKey: String, alias: String)], source: String? = nil) {
        ruleSource = source
        // Built in these, then stored.
        var aliases: [Alias] = []
        var exactRules: [String] = []
        var foldedPrefixes = NameTable<Bool>()
        var lowercasePrefixes = NameTable<Bool>()
        var hasLowercaseAliases = false
        var lowercaseFirstWords: Set<String> = []
        var dotted: [DottedAlias] = []
        var bytesBeforeDot = [Bool](repeating: false, count: 256)
        var firstWordKeys = NameTable<Bool>()
        var longestAliasWords = 1
        var longestKey = 0
        var keyBeginnings = NameTable<Bool>()
        var foldedPairs: [(hash: NameHash, index: Int32)] = []
        var keyPairs: [(hash: NameHash, index: Int32)] = []
        var scratch: [UInt8] = []
        for (entryKey, text) in entries {
            let name = FoldedName(text)
            let (isAcronym, isCapitalised) = AliasMatcher.caseOf(text)
            let alias = Alias(entryKey: entryKey, text: text, isAcronym: isAcronym, isCapitalised: isCapitalised,
                              wordCount: name.words.count, folded: name.folded, key: name.key)
            longestAliasWords = max(longestAliasWords, name.words.count)
            if let firstDot = text.utf8.firstIndex(of: UInt8(ascii: ".")) {
                let dottedAlias = DottedAlias(alias: alias, pattern: Array(text.utf8), characters: text.count,
                                              firstDot: text.utf8.distance(from: text.utf8.startIndex, to: firstDot))
                dotted.append(dottedAlias)
                if dottedAlias.firstDot == 0 {
                    bytesBeforeDot = [Bool](repeating: true, count: 256)
                } else {
                    bytesBeforeDot[Int(dottedAlias.pattern[dottedAlias.firstDot - 1])] = true
                }
                continue
            }
            let index = Int32(aliases.count)
            aliases.append(alias)
            if let source { exactRules.append(RuleText.concatenated("alias '", text, "' (", source, ")")) }
            let isLowercase = !alias.isCapitalised && !alias.isAcronym
            hasLowercaseAliases = hasLowercaseAliases || isLowercase
            if isLowercase, let firstWord = name.words.first {
                lowercaseFirstWords.insert(String(decoding: name.bytes[firstWord], as: UTF8.self))
            }
            var prefix = NameHash()
            for (position, word) in name.words.enumerated() {
                prefix.addWord(name.bytes[word], first: position == 0)
                foldedPrefixes[prefix] = true
                if isLowercase { lowercasePrefixes[prefix] = true }
            }
            foldedPairs.append((name.foldedHash, index))
            name.writeFirstWordKey(into: &scratch)
            firstWordKeys[NameHash(scratch)] = true
            if let firstWord = name.words.first {
                FoldedName.writeSkeleton(name.bytes[firstWord], into: &scratch)
                firstWordKeys[NameHash(scratch)] = true
            }
            // An English adjective ("Syrian", "Kurdish") is spelled one way: by key it would only catch names that
            // sound like it ("Sarrin").
            if alias.isCapitalised && !alias.isAcronym && (name.words.count >= 2 || alias.key.utf8.count >= 5),
               name.words.count >= 2 || !AliasMatcher.isEnglishAdjective(text) {
                keyPairs.append((NameHash(alias.key.utf8), index))
                var beginning = NameHash()
                keyBeginnings[beginning] = true
                for byte in alias.key.utf8 {
                    beginning.add(byte)
                    keyBeginnings[beginning] = true
                }
                longestKey = max(longestKey, alias.key.utf8.count)
            }
        }
        // The lowercase words `matches` keys: article-like ones (`WordClass.the`, `.leadingArticle`, `.hyphenOnlyArticle`)
        // and the lowercase aliases' first words.
        var startsKeyedInFirstWordKeys = NameTable<Bool>()
        for word in lowercaseFirstWords.union(PlaceStopWords.leadingArticles).union(PlaceStopWords.hyphenOnlyArticles).union(["the"])
        where firstWordKeys.contains(FoldedName.wordKeyHash(ArraySlice(word.utf8))) {
            startsKeyedInFirstWordKeys[NameHash(word.utf8)] = true
        }
        // The matchers probe these tables at most words, and most probes miss: at a load of at most a quarter a miss
        // usually stops at the first slot it reads (at up to a half, at the second).
        foldedPrefixes.reserveCapacity(2 * foldedPrefixes.count)
        lowercasePrefixes.reserveCapacity(2 * lowercasePrefixes.count)
        firstWordKeys.reserveCapacity(2 * firstWordKeys.count)
        keyBeginnings.reserveCapacity(2 * keyBeginnings.count)
        byFolded = NamePostings(foldedPairs, minimumCapacity: 2 * foldedPairs.count)
        byKey = NamePostings(keyPairs, minimumCapacity: 2 * keyPairs.count)
        // Longest first, as for the other aliases: "U.S.-led coalition" before "U.S" (stable among equals).
        self.dotted = dotted.enumerated().sorted { a, b in
            a.element.pattern.count != b.element.pattern.count ? a.element.pattern.count > b.element.pattern.count : a.offset < b.offset
        }.map(\.element)
        self.aliases = aliases
        self.exactRules = exactRules
        self.foldedPrefixes = foldedPrefixes
        self.lowercasePrefixes = lowercasePrefixes
        self.hasLowercaseAliases = hasLowercaseAliases
        self.bytesBeforeDot = bytesBeforeDot
        self.firstWordKeys = firstWordKeys
        self.startsKeyedInFirstWordKeys = startsKeyedInFirstWordKeys
        self.longestAliasWords = longestAliasWords
        self.longestKey = longestKey
        self.keyBeginnings = keyBeginnings
    }

    /// Every alias occurrence in `text`, in text order.
    func matches(in text: NameText, source: String) -> [EntityMatch] {
        var scratch = SpanScratch()
        return matches(in: text, source: source, scratch: &scratch)
    }

    /// The same, sharing span keys through `scratch` (made for `text`) with other recognisers.
    func matches(in text: NameText, source: String, scratch: inout SpanScratch) -> [EntityMatch] {
        let tokens = text.tokens
        var found: [EntityMatch] = dottedMatches(in: text, source: source)
        let hasDotted = !found.isEmpty
        var index = 0
        while index < tokens.count {
            // Only a dotted match can hold the word: the others lie before it (the scan resumes after each).
            if hasDotted && found.contains(where: { $0.range.contains(tokens[index].range.lowerBound) }) {
                index += 1
                continue
            }
            var content = index
            let isArticleLike = !tokens[index].classes.isDisjoint(with: [.leadingArticle, .hyphenOnlyArticle, .the])
            if isArticleLike, index + 1 < tokens.count, tokens[index + 1].joinsPrevious {
                content = index + 1
            }
            // `possibleSpans` finds something only from a word that begins some alias (exact spans) or
            // that can begin a keyed span: a lowercase word that begins no alias ("was", "all") has none.
            // Tested first: it needs no word key (a lowercase word's is worked out only if asked).
            let start = tokens[index]
            // `byFolded` holds nothing `foldedPrefixes` lacks but the empty hash: one probe for most words.
            guard start.isCapitalised || (start.classes.contains(.leadingArticle) && start.flags.contains(.lowercaseASCII))
                    || (isArticleLike ? foldedPrefixes.contains(start.foldedHash)
                                      : hasLowercaseAliases && lowercasePrefixes.contains(start.foldedHash))
                    || (start.foldedHash == NameHash() && byFolded.contains(start.foldedHash))
            else { index += 1; continue }
            guard mayBeginAlias(text, content) || (content != index && mayBeginAlias(text, index))
            else { index += 1; continue }
            // The spans' words must join (spaces, single hyphens): the scans below stop at the first that does not.
            let end = min(tokens.count - 1, index + longestAliasWords - 1)
            let possible = possibleSpans(text, from: index, through: end, scratch: &scratch)
            var matched: EntityMatch?
            var matchedEnd = index
            for last in stride(from: possible.last, through: index, by: -1) where possible.contains(last) {
                if let match = match(text, index...last, source: source) {
                    matched = match
                    matchedEnd = last
                    break
                }
            }
            if let matched {
                // Room for a few at the first: a sentence with one match usually has more, and growing by doubling
                // would allocate again for the second and the third.
                if found.capacity == 0 { found.reserveCapacity(4) }
                found.append(matched)
                index = matchedEnd + 1
            } else {
                index += 1
            }
        }
        // Words are matched in text order; only dotted matches (found first) need sorting in.
        return hasDotted ? found.sorted { $0.range.lowerBound < $1.range.lowerBound } : found
    }

    /// Whether word `index`'s key (`NameText.startKeyHash`) is in `firstWordKeys`, the key of a lowercase word
    /// looked up in `startsKeyedInFirstWordKeys` first.
    @inline(__always)
    private func mayBeginAlias(_ text: NameText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        if token.isCapitalised { return firstWordKeys.contains(token.capitalisedWordKeyHash) }
        return startsKeyedInFirstWordKeys.contains(token.foldedHash) || firstWordKeys.contains(text.wordKeyHash(of: index))
    }

    /// Spans from `start` whose folded form is an alias's, or whose key is a keyed alias's with
    /// capitalised ends (the two ways `match` can succeed), through `end` at most and over joined words only.
    private func possibleSpans(_ text: NameText, from start: Int, through end: Int, scratch: inout SpanScratch) -> SpanSet {
        let tokens = text.tokens
        let end = min(end, start + 63)
        var possible = text.exactSpans(from: start, through: end, spellings: byFolded, prefixes: foldedPrefixes)
        let first = tokens[start]
        guard first.isCapitalised || (first.classes.contains(.leadingArticle) && first.flags.contains(.lowercaseASCII))
        else { return possible }
        // The keys of the spans from `start`, a word at a time; ends at the first word after which no
        // keyed alias's key can begin as the spans' keys do (`matches` starts here only when the first word's key
        // can begin an alias, so no test of the first letters comes before).
        // The keys are remembered: the place recogniser asks for some of them. The first steps come from the
        // other matcher's stream when it started here too (the steps are the text's, not the matcher's).
        let memo = scratch.keepsStreams && start < Int(Int32.max) - 1
        let keptSteps = memo ? scratch.streams.steps(from: start) : 0
        let keeping = memo && keptSteps == 0
        SpanKeyStream.withRoles { roles in
            text.folded.withUnsafeBufferPointer { folded in
            var stream = SpanKeyStream()
            var reached = 0
            for last in start...end {
                let token = tokens[last]
                if last > start && !token.joinsPrevious { break }
                let step = last - start
                reached = step
                let committed: NameHash
                var key: (hash: NameHash, length: Int) = (NameHash(), 0)
                if step < keptSteps {
                    let known = scratch.streams.step(step, from: start)
                    committed = known.committed
                    key = known.key
                    if step == keptSteps - 1 { stream = scratch.streams.stream(from: start) }  // to go on from
                } else {
                    stream.add(UnsafeBufferPointer(rebasing: folded[token.folded]), roles: roles)
                    committed = stream.committedHash
                    if token.isCapitalised {
                        // A capitalised word's own key came with its token (when it is its one-word span's).
                        key = step == 0 && token.singleWordKeyLength > 0
                            ? (token.capitalisedWordKeyHash, Int(token.singleWordKeyLength)) : stream.key(roles: roles)
                    }
                    if keeping && step < SpanStreamMemo.stepsKept {
                        scratch.streams.keep(step: step, from: start, committed: committed, key: key)
                        if step == SpanStreamMemo.stepsKept - 1 { scratch.streams.keepStream(stream, from: start) }
                    }
                }
                if token.isCapitalised {
                    // Kept steps' keys were remembered, and a token's own key needs no remembering (`keyHash` reads it).
                    if step >= keptSteps && !(step == 0 && token.singleWordKeyLength > 0) { scratch.remember(key, start, last) }
                    if byKey.contains(key.hash) { possible.insert(last) }
                    if key.length > longestKey + 3 && !FoldedName.isArticle(UnsafeBufferPointer(rebasing: folded[token.folded])) {
                        break
                    }
                }
                if !keyBeginnings.contains(committed) { break }
            }
            // A shorter stream is kept as it ended, after its last step.
            if keeping && reached < SpanStreamMemo.stepsKept - 1 { scratch.streams.keepStream(stream, from: start) }
            }
        }
        return possible
    }

    private func match(_ text: NameText, _ span: ClosedRange<Int>, source: String) -> EntityMatch? {
        let tokens = text.tokens
        let first = tokens[span.lowerBound], last = tokens[span.upperBound]
        let range = first.range.lowerBound..<last.range.upperBound
        var spanHash = NameHash()
        var words = 0
        for index in span where !tokens[index].folded.isEmpty {
            // A first word's folded hash is its token's.
            if words == 0 { spanHash = tokens[index].foldedHash } else { spanHash.addWord(text.folded[tokens[index].folded], first: false) }
            words += 1
        }
        var written: String? = nil
        var name: FoldedName? = nil
        // The span's words refolded from its text are its tokens' folded words (the gaps inside a span
        // are spaces and hyphens), unless some word holds a scalar that folding splits at.
        let foldsAsTokens = !span.contains { tokens[$0].flags.contains(.foldSplits) }
        for at in byFolded.positions(of: spanHash) {
            let position = byFolded.posting(at: at)
            // Fields read in place: a copy of the alias would retain each of its strings.
            let isAcronym = aliases[Int(position)].isAcronym
            // Case first, before any string is built: an acronym's letters are all capitals, so its
            // first written letter must be one; a capitalised alias needs a capitalised start.
            if isAcronym {
                guard first.isCapitalised else { continue }
            } else if aliases[Int(position)].isCapitalised {
                guard first.isCapitalised || !first.classes.isDisjoint(with: [.leadingArticle, .hyphenOnlyArticle, .the])
                else { continue }
            }
            if foldsAsTokens {
                guard text.foldedSpan(span, equals: aliases[Int(position)].folded) else { continue }  // a hash collision
                if written == nil { written = text.written(span.lowerBound, span.upperBound) }
            } else {
                if written == nil { written = text.written(span.lowerBound, span.upperBound) }
                if name == nil { name = FoldedName(written!) }
                guard aliases[Int(position)].folded == name!.folded else { continue }  // a hash collision
            }
            if isAcronym {
                guard AliasMatcher.sameLetters(written!, aliases[Int(position)].text) else { continue }
            }
            let rule = source == ruleSource ? exactRules[Int(position)] : "alias '\(aliases[Int(position)].text)' (\(source))"
            return EntityMatch(key: aliases[Int(position)].entryKey, range: range, matched: written!, rule: rule)
        }
        guard first.isCapitalised || (first.classes.contains(.leadingArticle) && first.flags.contains(.lowercaseASCII)),
              last.isCapitalised
        else { return nil }
        // "As Syrian Army": the English word, not an article (articles that are English words need a hyphen).
        if text.hasUnhyphenatedArticle(span) { return nil }
        let keyBytes: [UInt8]
        if foldsAsTokens {
            keyBytes = text.spanKey(span)
        } else {
            if written == nil { written = text.written(span.lowerBound, span.upperBound) }
            if name == nil { name = FoldedName(written!) }
            var joined: [UInt8] = [], out: [UInt8] = []
            name!.writeKey(into: &out, joined: &joined)
            keyBytes = out
        }
        if let position = byKey[NameHash(keyBytes)].first(where: { aliases[Int($0)].key.utf8.elementsEqual(keyBytes) }) {
            let alias = aliases[Int(position)]
            let key = String(decoding: keyBytes, as: UTF8.self)
            return EntityMatch(key: alias.entryKey, range: range, matched: written ?? text.written(span.lowerBound, span.upperBound),
                               rule: "translit key '\(key)' ~ '\(alias.text)' (\(source))")
        }
        return nil
    }

    /// An alias written with dots, found literally.
    struct DottedAlias: Sendable {
        var alias: Alias
        var pattern: [UInt8]
        var characters: Int
        /// UTF-8 offset of the first dot in `pattern`.
        var firstDot: Int
    }

    /// Aliases written with dots (`U.S.`, `U.N.`) are found literally, case-sensitively, at word boundaries.
    /// Each alias is looked for only where the text has a dot at the alias's first dot.
    private func dottedMatches(in text: NameText, source: String) -> [EntityMatch] {
        guard !dotted.isEmpty else { return [] }
        let bytes = text.bytes
        var dots: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            bytesBeforeDot.withUnsafeBufferPointer { before in
                for index in text.firstDot..<bytes.count where bytes[index] == UInt8(ascii: ".") {
                    // A dot at 0 can only be an alias's first byte, and then every byte is marked.
                    if before[Int(index > 0 ? bytes[index - 1] : 0)] {
                        dots.append(index)
                    }
                }
            }
        }
        guard !dots.isEmpty else { return [] }
        var found: [EntityMatch] = []
        for dottedAlias in dotted {
            let pattern = dottedAlias.pattern, alias = dottedAlias.alias
            var resumeAt = 0  // after a match, the next one starts past it
            for dot in dots {
                let start = dot - dottedAlias.firstDot
                let after = start + pattern.count
                guard start >= resumeAt, after <= bytes.count, bytes[start..<after].elementsEqual(pattern),
                      text.isCharacterBoundary(start), text.isCharacterBoundary(after),
                      !(text.character(before: start).map { $0.isLetter || $0.isNumber } ?? false),
                      !(text.character(at: after)?.isLetter ?? false) else { continue }
                let lower = text.characterOffset(ofByte: start)
                let range = lower..<lower + dottedAlias.characters
                guard !found.contains(where: { $0.range.overlaps(range) }) else { continue }
                found.append(EntityMatch(key: alias.entryKey, range: range, matched: alias.text,
                                         rule: "alias '\(alias.text)' (\(source))"))
                resumeAt = after
            }
        }
        return found
    }
}

extension AliasMatcher {
    /// Whether a one-word alias is an English demonym or adjective of nationality ("Syrian", "Kurdish", "Chinese").
    static func isEnglishAdjective(_ word: String) -> Bool {
        let lower = word.lowercased()
        return PlaceStopWords.demonyms.contains(lower) || lower.hasSuffix("ian") || lower.hasSuffix("ish") || lower.hasSuffix("ese")
    }

    /// Whether an alias is an acronym (one to six letters, all capitals) and whether it starts with a capital,
    /// read from its bytes when it is ASCII (most are; only A–Z and a–z are letters there, A–Z capitals).
    static func caseOf(_ text: String) -> (isAcronym: Bool, isCapitalised: Bool) {
        var text = text  // `withUTF8` reads a native or small string in place (the view's iterator steps byte by byte)
        let ascii = text.withUTF8 { utf8 -> (isAcronym: Bool, isCapitalised: Bool)? in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            var letters = 0, capitals = 0
            for byte in utf8 {
                if byte &- UInt8(ascii: "A") < 26 { capitals += 1; letters += 1 } else if byte &- UInt8(ascii: "a") < 26 { letters += 1 }
            }
            let first = utf8.first ?? 0
            return (letters <= 6 && capitals == letters && letters > 0, first &- UInt8(ascii: "A") < 26)
        }
        if let ascii { return ascii }
        let letters = text.filter(\.isLetter)
        return (letters.count <= 6 && letters.allSatisfy(\.isUppercase) && !letters.isEmpty, text.first?.isUppercase ?? false)
    }

    /// `a.filter(\.isLetter) == b.filter(\.isLetter)` (an acronym written as listed), compared as bytes when both
    /// are ASCII: there the letters are A–Z and a–z, and equal strings are equal bytes.
    static func sameLetters(_ a: String, _ b: String) -> Bool {
        var a = a, b = b  // `withUTF8` reads a native or small string in place
        let ascii = a.withUTF8 { a in
            b.withUTF8 { b -> Bool? in
                guard !a.contains(where: { $0 >= 0x80 }), !b.contains(where: { $0 >= 0x80 }) else { return nil }
                @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
                var i = 0, j = 0
                while true {
                    while i < a.count && !isLetter(a[i]) { i += 1 }
                    while j < b.count && !isLetter(b[j]) { j += 1 }
                    guard i < a.count, j < b.count else { return i == a.count && j == b.count }
                    guard a[i] == b[j] else { return false }
                    i += 1
                    j += 1
                }
            }
        }
        return ascii ?? (a.filter(\.isLetter) == b.filter(\.isLetter))
    }
}
