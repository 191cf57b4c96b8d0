/// The filters the claim extractor runs on a sentence's recognised names before using them.
extension ClaimExtractor {
    /// Drops places that the word after them shows to be part of another thing's name. One pass over the places
    /// (each test looks at one place alone); the word after each name is found once for its tests.
    func removeOtherThingsNames(from places: inout [EntityMatch], in tokens: TokenizedSentence) {
        // Most sentences name no place: `removeAll` would still partition and shrink the empty array.
        guard !places.isEmpty else { return }
        places.removeAll { place in
            let next = NameSurroundings.tokenAfter(place.range, in: tokens)
            // "Homs Radio", "Aleppo Media Center": an outlet the dictionary lacks, not its town.
            // "The Euphrates Dam": a feature named after a place is not that place.
            // "Operation Euphrates Shield": an operation named after a place is not that place.
            return NameSurroundings.isOtherThingsName(place.range, next: next, in: tokens)
                // "The al-Kifah and al-Nur neighbourhoods": quarters of a city, not the towns that share their names.
                || (NameSurroundings.isQuarterName(place.range, next: next, in: tokens)
                    && standardCatalog.place(forKey: place.key)?.kind != "neighbourhood")
                // "Ana Lopez reported", "said Mark Tal": a person's first name, not the town or village sharing it.
                || (NameSurroundings.isFirstNameOfPerson(place.range, next: next, in: tokens)
                    && Self.firstNamePlaceKinds.contains(standardCatalog.place(forKey: place.key)?.kind ?? ""))
        }
    }

    /// Drops actors named as something else: "The coalition of Shiite parties" is some other coalition, not the
    /// US-led one; "its own offensive, Jazeera Storm" is an operation's name, not the channel.
    static func removeOtherThingsNames(from actors: inout [EntityMatch], in tokens: TokenizedSentence) {
        guard !actors.isEmpty else { return }
        actors.removeAll {
            let next = NameSurroundings.tokenAfter($0.range, in: tokens)
            // Only 13 bytes can lowercase to "the coalition" (no letter of it is the lowercase of a longer one, like
            // the Kelvin sign's k).
            return $0.matched.utf8.count == 13 && $0.matched.lowercased() == "the coalition"
                && NameSurroundings.isFollowed(next: next, by: "of", in: tokens)
                || NameSurroundings.isOperationName($0.range, next: next, in: tokens)
        }
    }
}
