/// A point the article has placed itself at (`Gazetteer.ProximityRole.anchor`), and the sentence of its paragraph
/// that named it (-1 once the paragraph is over).
struct PlaceAnchor: Sendable {
    var lat: Double
    var lon: Double
    var entry: Int32
    var sentence: Int32
}

extension ClaimExtractor {
    /// The most anchors an article keeps (the latest): enough for a story's places, bounded for long pages.
    static let anchorLimit = 48
    /// A namesake replaces the place read when it lies within this many km of an anchor…
    static let namesakeReach = 30.0
    /// …and the place read lies at least this many km further from every anchor than the namesake does.
    static let namesakeMargin = 40.0

    /// "Residents of Qabasin and Bzaa, just east of al-Bab": of two villages or towns that share a name, the one
    /// near the places the article names is meant, not the one ranking first by population elsewhere. The anchors
    /// are the other point places (`Gazetteer.ProximityRole`): the sentence's own if it has any, else the
    /// paragraph's, else the article's before it. Only a village or town of under 50,000 people is replaced, and by a
    /// namesake spelled as written, or one letter off in a name of six letters or more, that the sentence does not
    /// name anyway.
    func preferNearbyNamesakes(in sentences: inout [SentenceEntities], anchors: inout [PlaceAnchor]) {
        let gazetteer = places.gazetteer
        let earlier = anchors.count
        // The replaceable places: (sentence, place, entry). Few: most articles have none.
        var replaceable: [(sentence: Int, place: Int, entry: Int)] = []
        for s in sentences.indices {
            for p in sentences[s].places.indices {
                // The recogniser's entry where it is known (most places), else the key's.
                let known = Int(sentences[s].places[p].entry)
                guard let entry = known >= 0 ? known : gazetteer.entryIndex(forKey: sentences[s].places[p].key) else { continue }
                switch gazetteer.proximityRoles[entry] {
                case .none: break
                case .anchor:
                    anchors.append(PlaceAnchor(lat: gazetteer.entries[entry].lat, lon: gazetteer.entries[entry].lon,
                                               entry: Int32(entry), sentence: Int32(s)))
                case .replaceable: replaceable.append((s, p, entry))
                }
            }
        }
        defer {
            for a in earlier..<anchors.count { anchors[a].sentence = -1 }
            if anchors.count > Self.anchorLimit { anchors.removeFirst(anchors.count - Self.anchorLimit) }
        }
        for (s, p, entry) in replaceable {
            // The nearest words decide: the sentence's anchors, else the paragraph's, else the article's before it.
            let sentence = Int32(s)
            let sentenceHasAnchors = anchors[earlier...].contains { $0.sentence == sentence }
            let scope = sentenceHasAnchors || earlier < anchors.count ? earlier..<anchors.count : 0..<earlier
            func nearest(_ place: Int) -> (distance: Double, anchor: Int)? {
                var best: (distance: Double, anchor: Int)? = nil
                for a in scope where !sentenceHasAnchors || anchors[a].sentence == sentence {
                    let d = Self.kilometres(gazetteer.entries[place].lat, gazetteer.entries[place].lon, anchors[a].lat, anchors[a].lon)
                    if best == nil || d < best!.distance { best = (d, Int(anchors[a].entry)) }
                }
                return best
            }
            // A place read near the anchors already is where it is: no namesake can be nearer by the margin.
            guard let read = nearest(entry), read.distance >= Self.namesakeMargin else { continue }
            // The namesakes near an anchor by the margin; only then is the written name's spelling compared with
            // theirs (most places read have no namesake near the story).
            var near: [(index: Int, distance: Double, anchor: Int)] = []
            for namesake in gazetteer.namesakes(of: entry) {
                guard let closest = nearest(Int(namesake)), closest.distance <= Self.namesakeReach,
                      read.distance >= closest.distance + Self.namesakeMargin else { continue }
                near.append((Int(namesake), closest.distance, closest.anchor))
            }
            guard !near.isEmpty else { continue }
            // The nearest spelled as written, or one letter off in a longer name ("Qabasin" for Qabbasin; not "Adra"
            // for Daraa), that the sentence does not name anyway.
            let written = sentences[s].places[p].matched
            let spellings = gazetteer.candidates(for: written, context: CountryContext(), ranked: false)
            let longName = Self.lettersWithoutArticle(written) >= 6
            near.sort { $0.distance < $1.distance }
            guard let found = near.first(where: { namesake in
                spellings.contains { $0.index == namesake.index && ($0.distance == 0 || $0.distance == 1 && longName) }
                    && !sentences[s].places.contains { $0.key == gazetteer.entries[namesake.index].key }
            }) else { continue }
            let namesake = gazetteer.entries[found.index]
            sentences[s].places[p].key = namesake.key
            sentences[s].places[p].entry = Int32(found.index)
            sentences[s].places[p].rule += "; its namesake \(namesake.name), \(Int(found.distance.rounded())) km from "
                + "\(gazetteer.entries[found.anchor].name) named nearby (the first reading lies \(Int(read.distance.rounded())) km"
                + " from the nearest)"
        }
    }

    /// The letters of a written name after a leading article ("Ad Dana" has four).
    static func lettersWithoutArticle(_ written: String) -> Int {
        var words = written.split(whereSeparator: { $0 == " " || $0 == "-" })
        if words.count > 1, PlaceStopWords.isArticle(words[0].lowercased()) { words.removeFirst() }
        return words.reduce(0) { $0 + $1.unicodeScalars.filter { $0.properties.isAlphabetic }.count }
    }

    /// Distance on a plane scaled for the region's latitudes (about 29°–38° N, where a degree of longitude is about
    /// 0.82 of a degree of latitude): close enough for telling a village 8 km away from one 60 km away.
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let dLat = lat1 - lat2, dLon = (lon1 - lon2) * 0.82
        return 111.2 * (dLat * dLat + dLon * dLon).squareRoot()
    }
}
