import ClaimCorpus

/// What one claim says about when a lasting event (a siege) began: either a duration as of the document's
/// date ("under siege for 5 years", written in November 2017) or a start ("encircled back in 2012").
/// Both become a span of possible start times, so they can be compared across documents.
struct DurationStatement {
    enum Kind { case duration, start }

    var claim: Int
    var doc: Int
    var event: LastingEvent
    var kind: Kind
    /// The places the event is about (the besieged places).
    var places: [Int]
    /// When the event began, as this claim implies it.
    var start: YearSpan
    /// The duration in years as written, for durations.
    var years: Double?
    /// How the claim reads in a conflict: "5 years as of 2017-11-03", "began in 2012".
    var display: String

    /// Durations are written in whole years; allow a quarter year either way before calling two of them different.
    static let roundingAllowance = 0.25
    /// A mention of a place this many characters or fewer from the event's word is the event's place.
    static let placeReach = 80
}

/// Finds duration statements in a store, resolving each event's place from the sentence or, when the sentence
/// names none ("The city had been under siege for 5 years"), from the nearest sentence of the same document
/// that names a besieged place.
struct DurationStatementFinder {
    let store: EntityStore

    func statements() -> [DurationStatement] {
        var found: [DurationStatement] = []
        for document in store.documents {
            found += statements(in: document)
        }
        return found
    }

    private func statements(in document: DocumentRecord) -> [DurationStatement] {
        let claims = document.claimIDs.map { store.claims[$0 - 1] }
        // Tokenising only the sentences that can name a lasting event keeps this linear and cheap at scale.
        let words = claims.map { LastingEvent.mayBeNamed(in: $0.text) ? EventText.words($0.text) : [] }
        var result: [DurationStatement] = []
        for event in LastingEvent.all {
            let mentions = words.map { event.mentions(in: $0) }
            guard mentions.contains(where: { !$0.isEmpty }) else { continue }
            let eventPlaces = claims.indices.map { eventPlacesNamed(in: claims[$0], near: mentions[$0]) }
            for index in claims.indices where !mentions[index].isEmpty {
                let claim = claims[index]
                guard var statement = statement(for: claim, words: words[index], event: event, document: document) else { continue }
                statement.places = eventPlaces[index].isEmpty
                    ? nearestPlaces(to: index, in: eventPlaces) ?? localPlaces(Array(claim.places))
                    : eventPlaces[index]
                guard !statement.places.isEmpty else { continue }
                result.append(statement)
            }
        }
        return result
    }

    private func statement(for claim: ClaimRecord, words: [TextWord], event: LastingEvent,
                           document: DocumentRecord) -> DurationStatement? {
        let duration = claim.figures.lazy.map { self.store.figures[$0 - 1] }.first { ["years", "months"].contains($0.unit) }
        if let duration, let published = document.published {
            let scale = duration.unit == "months" ? 1.0 / 12 : 1.0
            guard let span = durationSpan(duration, scale: scale) else { return nil }
            let reference = CalendarDateSpan(year: published.year, month: published.month, day: published.day)
            let allowance = DurationStatement.roundingAllowance
            let start = YearSpan(low: reference.low - span.high - allowance, high: reference.high - span.low + allowance)
            let began = Int(start.middle.rounded(.down))
            return DurationStatement(claim: claim.id, doc: claim.doc, event: event, kind: .duration, places: [],
                                     start: start, years: (span.low + span.high) / 2,
                                     display: "\(duration.text) as of \(published.iso) (began ≈\(began))")
        }
        let year = StartMarker.writtenStartYear(in: words)
            ?? (StartMarker.hasMarker(in: words) && claim.yearBasis != .publication ? claim.years.min() : nil)
        guard let year else { return nil }
        if let published = document.published, year > published.year { return nil }
        return DurationStatement(claim: claim.id, doc: claim.doc, event: event, kind: .start, places: [],
                                 start: YearSpan(low: Double(year), high: Double(year + 1)), years: nil,
                                 display: "began in \(year)")
    }

    /// The years a duration figure allows, by its qualifier: "nearly 2 years" is 1.5 to 2, "over 4 years" 4 to 5.
    private func durationSpan(_ figure: FigureRecord, scale: Double) -> YearSpan? {
        let low = (figure.low ?? figure.value).map { $0 * scale }
        let high = (figure.high ?? figure.value).map { $0 * scale }
        guard let low, let high else { return nil }
        switch figure.qualifier?.lowercased() {
        case let q? where FigureInterval.nearlyQualifiers.contains(q):
            return YearSpan(low: low * 0.75, high: high)
        case let q? where FigureInterval.upperBoundQualifiers.contains(q):
            return YearSpan(low: low * 0.5, high: high)
        case let q? where FigureInterval.lowerBoundQualifiers.contains(q):
            return YearSpan(low: low, high: high * 1.25)
        case let q? where FigureInterval.approximateQualifiers.contains(q):
            return YearSpan(low: low * 0.85, high: high * 1.15)
        default:
            return YearSpan(low: low, high: high)
        }
    }

    /// The claim's places mentioned close to the event's word ("the siege of Deir Ezzor"), countries dropped
    /// when a more local place is there. Without evidence offsets, every place of a sentence naming the event.
    private func eventPlacesNamed(in claim: ClaimRecord, near mentions: [Range<Int>]) -> [Int] {
        guard !mentions.isEmpty, !claim.places.isEmpty else { return [] }
        let placeEvidence = claim.evidence.filter { $0.field == "places" && $0.range != nil }
        guard !placeEvidence.isEmpty else { return localPlaces(Array(claim.places)) }
        let near = claim.places.filter { place in
            let name = store.places[place - 1].entry.name
            return placeEvidence.contains { evidence in
                guard evidence.value == name, let range = evidence.range else { return false }
                return mentions.contains { distance(range, $0) <= DurationStatement.placeReach }
            }
        }
        return localPlaces(near)
    }

    /// The places nearest in the document (by sentence) to `index` that name the event; earlier wins a tie.
    private func nearestPlaces(to index: Int, in eventPlaces: [[Int]]) -> [Int]? {
        var best: (distance: Int, places: [Int])?
        for (other, places) in eventPlaces.enumerated() where !places.isEmpty && other != index {
            let distance = abs(other - index) * 2 + (other > index ? 1 : 0)
            if best == nil || distance < best!.distance { best = (distance, places) }
        }
        return best?.places
    }

    /// Drops countries and regions when a more local place is among `places`.
    private func localPlaces(_ places: [Int]) -> [Int] {
        let broad: Set<String> = ["country", "region"]
        let local = places.filter { !broad.contains(store.places[$0 - 1].entry.kind) }
        return local.isEmpty ? places : local
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, b.lowerBound - a.upperBound, a.lowerBound - b.upperBound)
    }
}
