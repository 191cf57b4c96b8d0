/// The filters the claim extractor runs on a sentence's recognised names before using them.
extension ClaimExtractor {
    /// Drops places that the word after them shows to be part of another thing's name. One pass over the places
    /// (each test looks at one place alone); the word after each name is found once for its tests.
    func removeOtherThingsNames(from places: inout [EntityMatch], in tokens: TokenizedSentence) {
        // By position, fields read in place (`removeAll(where:)` hands each match over as a copy, retaining its
        // strings); the kept ones move forward in order, as `removeAll` leaves them.
        var kept = 0
        for index in places.indices {
            let range = places[index].range
            let next = NameSurroundings.tokenAfter(range, in: tokens)
            // "Homs Radio", "Aleppo Media Center": an outlet the dictionary lacks, not its town.
            // "The Euphrates Dam": a feature named after a place is not that place.
            // "Operation Euphrates Shield": an operation named after a place is not that place.
            let dropped = NameSurroundings.isOtherThingsName(range, next: next, in: tokens)
                // "the Wrath of Euphrates campaign": the name ends an operation's title.
                || NameSurroundings.isOperationTitle(range, in: tokens)
                // "The al-Kifah and al-Nur neighbourhoods": quarters of a city, not the towns that share their names.
                || (NameSurroundings.isQuarterName(range, next: next, in: tokens)
                    && standardCatalog.place(forKey: places[index].key)?.kind != "neighbourhood")
                // "Ana Lopez reported", "said Mark Tal": a person's first name, not the town or village sharing it;
                // "including Walid Jumblatt": nor a crossing whose name it only sounds like.
                || (NameSurroundings.isFirstNameOfPerson(range, next: next, in: tokens)
                    && (Self.firstNamePlaceKinds.contains(standardCatalog.place(forKey: places[index].key)?.kind ?? "")
                        || Self.isTransliteration(places[index].rule)))
                // "a lawmaker, Karwan Hama Amin, said": a person's middle name.
                || (NameSurroundings.isMiddleNameOfPerson(range, next: next, in: tokens)
                    && !["country", "governorate"].contains(standardCatalog.place(forKey: places[index].key)?.kind ?? ""))
            guard !dropped else { continue }
            if kept != index { places.swapAt(kept, index) }
            kept += 1
        }
        // An array that keeps every match is left as it is (`removeAll` would still replace its empty tail).
        if kept < places.count { places.removeLast(places.count - kept) }
    }

    /// "Deir al-Zour airport", "the Tabaqa air base": a place followed by a facility noun is the facility when the
    /// gazetteer has one named after the place's own name ("Deir ez-Zor airport"), however the place was spelt.
    func resolveFacilities(_ places: inout [EntityMatch], in tokens: TokenizedSentence) {
        for index in places.indices {
            guard let next = NameSurroundings.tokenAfter(places[index].range, in: tokens),
                  tokens.tokens[next].start - places[index].range.upperBound <= 1,
                  let (phrase, end) = Self.facilityPhrase(at: next, in: tokens.tokens),
                  let place = standardCatalog.place(forKey: places[index].key), !Self.facilityKinds.contains(place.kind) else { continue }
            // The canonical name, and without its article ("Al-Tabqa" → "Tabqa").
            var names = [place.name]
            for article in ["Al-", "Al ", "Ar ", "As ", "Ad ", "Ash ", "Az ", "An "] where place.name.hasPrefix(article) {
                names.append(String(place.name.dropFirst(article.count)))
            }
            for name in names {
                guard let facility = self.places.gazetteer.exactEntries(for: name + " " + phrase)
                    .first(where: { Self.facilityKinds.contains($0.kind) }) else { continue }
                let range = places[index].range.lowerBound..<tokens.tokens[end - 1].end
                places[index] = EntityMatch(key: facility.key, range: range, matched: tokens.text(of: range),
                                            rule: "'\(places[index].matched) \(phrase)' → \(facility.name) (the place's facility)")
                break
            }
        }
    }

    static let facilityKinds: Set<String> = ["airport", "base"]

    /// "the M4 and M5 highways", "the Tishrin and Tabqa dams", "the al-Omar and Tanak oil fields": one plural feature
    /// noun after two names joined by "and" names a feature for each, when the gazetteer has one named "X highway",
    /// "X dam" (…) for each name. A place read from a name (the town of Tabqa) gives way to its feature.
    func addCoordinatedFeatures(_ places: inout [EntityMatch], in sentence: TokenizedSentence) {
        let tokens = sentence.tokens
        // From each "and" between two names (cheap tests first), then the feature noun's look-up.
        var j = 1
        while j + 2 < tokens.count {
            defer { j += 1 }
            guard tokens[j + 1].isCapitalized, tokens[j - 1].isCapitalized || tokens[j - 1].kind == .number,
                  tokens[j].classes.contains(.subjectBoundary), tokens[j].lower == "and" else { continue }
            var k = j + 2
            let twoWords = Self.featureModifiers.contains(tokens[k].lower)
            if twoWords { k += 1 }
            guard k < tokens.count, tokens[k].kind == .word, let singular = Self.pluralFeatureNouns[tokens[k].lower] else { continue }
            let feature = twoWords ? tokens[k - 1].lower + " " + singular : singular
            var found: [EntityMatch] = []
            for name in [j - 1, j + 1] {
                // The first name may be several words a place was read from ("the al-Omar and Conoco fields").
                var range = tokens[name].range
                if name == j - 1, let place = places.first(where: { $0.range.upperBound == range.upperBound }) {
                    range = place.range
                }
                let written = sentence.text(of: range)
                guard let entry = self.places.gazetteer.exactEntries(for: written + " " + feature).first else { found = []; break }
                found.append(EntityMatch(key: entry.key, range: range, matched: written,
                                         rule: "'\(written) and … \(tokens[k].lower)' → \(entry.name) (one noun for two features)"))
            }
            guard found.count == 2 else { continue }
            places.removeAll { place in found.contains { $0.range.overlaps(place.range) } }
            places.append(contentsOf: found)
            places.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// Whether the name at `range` owns, by a possessive, the actor named right after it: "answer to Iran's
    /// Revolutionary Guards" names the state, wherever a preposition puts it.
    static func ownsActor(_ range: Range<Int>, actors: [EntityMatch], in sentence: TokenizedSentence) -> Bool {
        let owner = range.upperBound
        guard actors.contains(where: { $0.range.lowerBound == owner + 3 }) else { return false }
        let possessive = sentence.text(of: owner..<(owner + 2))
        return possessive == "'s" || possessive == "’s"
    }

    /// Plural feature nouns and their singular, as the supplement's names end.
    static let pluralFeatureNouns: GrammarWordMap<String> = GrammarWordMap([
        "highways": "highway", "roads": "road", "motorways": "motorway", "dams": "dam", "fields": "field",
        "crossings": "crossing", "bases": "base", "airports": "airport", "airbases": "airbase", "barrages": "barrage",
    ])
    /// Words before a plural feature noun that belong to the feature's name ("oil fields").
    static let featureModifiers: GrammarWordSet = ["oil", "gas", "air", "border", "military"]

    /// "The Kurdistan Regional Government in Erbil condemned …": the city after a government and "in" is its seat, part
    /// of how the government is named, not a place the claim is about (as "the government in Baghdad" is an alias).
    func removeSeatsOfGovernment(from places: inout [EntityMatch], actors: [EntityMatch], in tokens: TokenizedSentence) {
        guard !places.isEmpty, !actors.isEmpty else { return }
        places.removeMatches { places, i in
            // An actor ending four characters before the place (" in "), found by offsets before any word is read.
            let start = places[i].range.lowerBound
            guard let actor = actors.firstIndex(where: { $0.range.upperBound + 4 == start }),
                  let first = NameSurroundings.tokenAfter(start..<start, in: tokens), first >= 1,
                  tokens.tokens[first - 1].lower == "in" else { return false }
            return standardCatalog.actorKind(forKey: actors[actor].key) == "government"
        }
    }

    /// The facility noun phrase starting at token `index` ("airport", "military airport", "air base") and the token
    /// after it.
    static func facilityPhrase(at index: Int, in tokens: [WordToken]) -> (String, Int)? {
        let first = tokens.lower(at: index) ?? ""
        let second = tokens.lower(at: index + 1) ?? ""
        switch first {
        case "airport", "airbase", "airfield": return (first, index + 1)
        case "air" where second == "base" || second == "field": return ("air " + second, index + 2)
        case "military" where second == "airport" || second == "airbase": return ("military " + second, index + 2)
        default: return nil
        }
    }

    /// Drops actors named as something else: "The coalition of Shiite parties" is some other coalition, not the
    /// US-led one; "its own offensive, Jazeera Storm" is an operation's name, not the channel.
    static func removeOtherThingsNames(from actors: inout [EntityMatch], in tokens: TokenizedSentence) {
        // As for places: by position, in place, kept ones in order.
        var kept = 0
        for index in actors.indices {
            let range = actors[index].range
            let next = NameSurroundings.tokenAfter(range, in: tokens)
            // Only 13 bytes can lowercase to "the coalition" (no letter of it is the lowercase of a longer one, like
            // the Kelvin sign's k).
            let dropped = actors[index].matched.utf8.count == 13 && actors[index].matched.lowercased() == "the coalition"
                && NameSurroundings.isFollowed(next: next, by: "of", in: tokens)
                || NameSurroundings.isOperationName(range, next: next, in: tokens)
            guard !dropped else { continue }
            if kept != index { actors.swapAt(kept, index) }
            kept += 1
        }
        if kept < actors.count { actors.removeLast(actors.count - kept) }
    }
}

extension Array where Element == EntityMatch {
    /// `removeAll { isDropped($0) }` with the kept matches in their order, each match tested once, in order. The test
    /// reads the fields it needs in place, from the matches and the position it is handed (`removeAll` hands each match
    /// over as a copy, retaining its strings), and an array that keeps every match (most do) is left as it is
    /// (`removeAll` would still replace its empty tail). Always inlined: called, it made the callers' tests capture a
    /// copy of the sentence they read.
    @inline(__always)
    mutating func removeMatches(where isDropped: (_ matches: UnsafeBufferPointer<EntityMatch>, _ position: Int) -> Bool) {
        guard let first = withUnsafeBufferPointer({ matches in matches.indices.first { isDropped(matches, $0) } }) else { return }
        // Kept matches moved forward in the buffer: the array's `swapAt` copies both matches (retaining their strings)
        // where the buffer's moves their bits.
        let kept = withUnsafeMutableBufferPointer { matches in
            var kept = first
            for index in (first + 1)..<matches.count where !isDropped(UnsafeBufferPointer(matches), index) {
                matches.swapAt(kept, index)
                kept += 1
            }
            return kept
        }
        removeLast(count - kept)
    }
}

/// A place a sentence names without its own word: a state's demonym before "-based".
extension ClaimExtractor {
    /// The gazetteer's country entry of a state actor ("United Kingdom" for "British").
    func countryPlace(ofState key: String) -> PlaceEntry? {
        guard let actor = standardCatalog.actor(forKey: key), actor.kind == "state", let country = actor.country else { return nil }
        return Gazetteer.shared.lookup(country).first { $0.kind == "country" && $0.name == country }
    }
}
