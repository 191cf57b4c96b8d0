/// Finds dictionary aliases in text: word-bounded, longest first, no overlaps.
///
/// An all-capitals alias (`US`, `IS`, `SDF`) matches only in capitals, so "us" is not the United States.
/// A capitalised alias matches when the written words are capitalised too (case otherwise ignored);
/// a lowercase alias (`government forces`) matches in any case. Capitalised aliases of two or more
/// words, or of five or more key letters, also match through `Normalizer.key` (`Jabhat an-Nusra`).
///
/// Spans are ruled out by hash probes (`NameHash`) before any string is built: a span is tried only
/// when its folded form is an alias's, or its key is a keyed alias's and its ends are capitalised.
struct AliasMatcher: Sendable {
    struct Alias: Sendable {
        var entryKey: String
        var text: String
        var isAcronym: Bool
        var isCapitalised: Bool
        var wordCount: Int
        var folded: String
        var key: String
    }

    private var aliases: [Alias] = []
    private var byFolded: NamePostings
    private var byKey: NamePostings
    /// Every leading run of words of every folded alias.
    private var foldedPrefixes = NameTable<Bool>()
    private var dotted: [Alias] = []
    /// `FoldedName.firstWordKey` (and the first word's own key) of every alias: where an alias can begin.
    private var firstWordKeys = NameTable<Bool>()
    private(set) var longestAliasWords = 1
    private var longestKey = 0

    init(aliases entries: [(entryKey: String, alias: String)]) {
        var foldedPairs: [(hash: NameHash, index: Int32)] = []
        var keyPairs: [(hash: NameHash, index: Int32)] = []
        var scratch: [UInt8] = []
        for (entryKey, text) in entries {
            let name = FoldedName(text)
            let letters = text.filter(\.isLetter)
            let alias = Alias(entryKey: entryKey, text: text,
                              isAcronym: letters.count <= 6 && letters.allSatisfy(\.isUppercase) && !letters.isEmpty,
                              isCapitalised: text.first?.isUppercase ?? false, wordCount: name.words.count,
                              folded: name.folded, key: name.key)
            longestAliasWords = max(longestAliasWords, name.words.count)
            if text.contains(".") {
                dotted.append(alias)
                continue
            }
            let index = Int32(aliases.count)
            aliases.append(alias)
            var prefix = NameHash()
            for (position, word) in name.words.enumerated() {
                prefix.addWord(name.bytes[word], first: position == 0)
                foldedPrefixes[prefix] = true
            }
            foldedPairs.append((name.foldedHash, index))
            name.writeFirstWordKey(into: &scratch)
            firstWordKeys[NameHash(scratch)] = true
            if let firstWord = name.words.first {
                FoldedName.writeSkeleton(name.bytes[firstWord], into: &scratch)
                firstWordKeys[NameHash(scratch)] = true
            }
            if alias.isCapitalised && !alias.isAcronym && (name.words.count >= 2 || alias.key.utf8.count >= 5) {
                keyPairs.append((NameHash(alias.key.utf8), index))
                longestKey = max(longestKey, alias.key.utf8.count)
            }
        }
        byFolded = NamePostings(foldedPairs)
        byKey = NamePostings(keyPairs)
    }

    /// Every alias occurrence in `text`, in text order.
    func matches(in text: NameText, source: String) -> [EntityMatch] {
        let tokens = text.tokens
        var found: [EntityMatch] = dottedMatches(in: text, source: source)
        var scratch = SpanScratch()
        var index = 0
        while index < tokens.count {
            if !found.isEmpty && found.contains(where: { $0.range.contains(tokens[index].range.lowerBound) }) {
                index += 1
                continue
            }
            var content = index
            if !tokens[index].classes.isDisjoint(with: [.leadingArticle, .hyphenOnlyArticle, .the]),
               index + 1 < tokens.count, tokens[index + 1].joinsPrevious {
                content = index + 1
            }
            guard firstWordKeys.contains(tokens[content].wordKeyHash) || firstWordKeys.contains(tokens[index].wordKeyHash)
            else { index += 1; continue }
            var end = index
            while end + 1 < tokens.count, end + 1 - index < longestAliasWords, tokens[end + 1].joinsPrevious { end += 1 }
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
                found.append(matched)
                index = matchedEnd + 1
            } else {
                index += 1
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Spans from `start` whose folded form is an alias's, or whose key is a keyed alias's with
    /// capitalised ends (the two ways `match` can succeed).
    private func possibleSpans(_ text: NameText, from start: Int, through end: Int, scratch: inout SpanScratch) -> SpanSet {
        let tokens = text.tokens
        let end = min(end, start + 63)
        var possible = SpanSet(start: start)
        var folded = NameHash()
        var words = 0
        for last in start...end {
            let word = tokens[last].folded
            if !word.isEmpty {
                folded.addWord(text.folded[word], first: words == 0)
                words += 1
            }
            if byFolded.contains(folded) { possible.insert(last) }
            if !foldedPrefixes.contains(folded) { break }
        }
        let first = tokens[start]
        guard first.isCapitalised || (first.classes.contains(.leadingArticle) && first.flags.contains(.lowercaseASCII))
        else { return possible }
        for last in start...end where tokens[last].isCapitalised {
            scratch.writeKey(text, start, last)
            let key = scratch.writtenKey
            if byKey.contains(NameHash(key)) { possible.insert(last) }
            if key.count > longestKey + 3 && !FoldedName.isArticle(text.foldedBytes(of: last)) { break }
        }
        return possible
    }

    private func match(_ text: NameText, _ span: ClosedRange<Int>, source: String) -> EntityMatch? {
        let tokens = text.tokens
        let first = tokens[span.lowerBound], last = tokens[span.upperBound]
        let range = first.range.lowerBound..<last.range.upperBound
        let written = text.written(span.lowerBound, span.upperBound)
        let name = FoldedName(written)
        let folded = name.folded
        for position in byFolded[name.foldedHash] where aliases[Int(position)].folded == folded {
            let alias = aliases[Int(position)]
            if alias.isAcronym {
                guard written.filter(\.isLetter) == alias.text.filter(\.isLetter) else { continue }
            } else if alias.isCapitalised {
                guard first.isCapitalised || !first.classes.isDisjoint(with: [.leadingArticle, .hyphenOnlyArticle, .the])
                else { continue }
            }
            return EntityMatch(key: alias.entryKey, range: range, matched: written, rule: "alias '\(alias.text)' (\(source))")
        }
        guard first.isCapitalised || (first.classes.contains(.leadingArticle) && first.flags.contains(.lowercaseASCII)),
              last.isCapitalised
        else { return nil }
        // "As Syrian Army": the English word, not an article (articles that are English words need a hyphen).
        if text.hasUnhyphenatedArticle(span) { return nil }
        let key = name.key
        if let position = byKey[NameHash(key.utf8)].first(where: { aliases[Int($0)].key == key }) {
            let alias = aliases[Int(position)]
            return EntityMatch(key: alias.entryKey, range: range, matched: written,
                               rule: "translit key '\(key)' ~ '\(alias.text)' (\(source))")
        }
        return nil
    }

    /// Aliases written with dots (`U.S.`, `U.N.`) are found literally, case-sensitively, at word boundaries.
    private func dottedMatches(in text: NameText, source: String) -> [EntityMatch] {
        guard !dotted.isEmpty else { return [] }
        let bytes = text.bytes
        var found: [EntityMatch] = []
        for alias in dotted {
            let pattern = Array(alias.text.utf8)
            let patternCharacters = alias.text.count
            guard let head = pattern.first, pattern.count <= bytes.count else { continue }
            var start = 0
            while start + pattern.count <= bytes.count {
                guard bytes[start] == head else { start += 1; continue }
                let after = start + pattern.count
                if bytes[start..<after].elementsEqual(pattern), text.isCharacterBoundary(start), text.isCharacterBoundary(after),
                   !(text.character(before: start).map { $0.isLetter || $0.isNumber } ?? false),
                   !(text.character(at: after)?.isLetter ?? false) {
                    let lower = text.characterOffset(ofByte: start)
                    let range = lower..<lower + patternCharacters
                    if !found.contains(where: { $0.range.overlaps(range) }) {
                        found.append(EntityMatch(key: alias.entryKey, range: range, matched: alias.text,
                                                 rule: "alias '\(alias.text)' (\(source))"))
                        start = after
                        continue
                    }
                }
                start += 1
            }
        }
        return found
    }
}
