import ClaimCorpus
import ClaimExtraction

/// Different days given for the same event: the taking of a place (a capture or a liberation, which are the same
/// event told from two sides) or a withdrawal from it, by the same actor where both name one.
///
/// Both claims must date the event to the day. Dates a day apart are not a conflict (time zones, "overnight");
/// dates more than `sameEventWindow` days apart are taken to be different events (towns change hands again).
/// A date worked out from "yesterday" in a document whose own date was only inferred is too loose to compare.
struct EventDateConflictFinder {
    let store: EntityStore

    static let toleratedDays = 1
    static let sameEventWindow = 45

    /// The event a claim type reports, named for the subject: "capture of Raqqa".
    static func eventName(_ type: ClaimType) -> String? {
        switch type {
        case .capture, .liberation: return "capture"
        case .withdrawal: return "withdrawal"
        default: return nil
        }
    }

    /// Offers each conflict to `collector`, ranked by its gap in days.
    func conflicts(into collector: inout ConflictCollector) {
        // Index by event and place; a claim with several places is filed under each.
        var byEvent: [String: [Int]] = [:]
        for claim in store.claims {
            guard let event = Self.eventName(claim.type), claim.date?.precision == .day, isReliable(claim) else { continue }
            for place in claim.places { byEvent[event + "\u{1F}" + String(place), default: []].append(claim.id) }
        }
        for key in byEvent.keys.sorted() {
            let event = String(key.split(separator: "\u{1F}")[0])
            // In date order; each claim meets the later ones within the window, the furthest first.
            let claims = byEvent[key]!.map { store.claims[$0 - 1] }
                .sorted { ($0.date!.dayNumber, $0.id) < ($1.date!.dayNumber, $1.id) }
            var windowEnd = 0
            for (i, a) in claims.enumerated() {
                let day = a.date!.dayNumber
                windowEnd = max(windowEnd, i)
                while windowEnd + 1 < claims.count, claims[windowEnd + 1].date!.dayNumber - day <= Self.sameEventWindow { windowEnd += 1 }
                guard windowEnd > i else { continue }
                var taken = 0
                for b in claims[(i + 1)...windowEnd].reversed() {
                    let days = b.date!.dayNumber - day
                    guard taken < DisjointPairs.defaultLimit, days > Self.toleratedDays else { break }
                    guard a.doc != b.doc, actorsAgree(a, b) else { continue }
                    taken += 1
                    let (x, y) = a.id < b.id ? (a, b) : (b, a)
                    let places = x.places.filter(y.places.contains)
                    let name = places.map { store.name(.places, id: $0) }.joined(separator: ", ")
                    let subject = collector.intern("date of the \(event) of \(name)")
                    let (valueA, valueB) = (collector.intern(x.date!.iso), collector.intern(y.date!.iso))
                    collector.offer(subject: subject, claimA: x.id, claimB: y.id, valueA: valueA, valueB: valueB,
                                    gap: Double(days), places: places, actors: x.actors.filter(y.actors.contains))
                }
            }
        }
    }

    /// Either both name no actor, or they share one.
    private func actorsAgree(_ a: ClaimRecord, _ b: ClaimRecord) -> Bool {
        a.actors.isEmpty || b.actors.isEmpty || a.actors.contains(where: b.actors.contains)
    }

    /// A written date, or one worked out from a document date that was not guessed.
    private func isReliable(_ claim: ClaimRecord) -> Bool {
        claim.yearBasis == .explicit || store.documents[claim.doc - 1].dateBasis != .inferred
    }
}
