import ClaimExtraction

/// Finds where documents disagree: figures of the same unit about the same subject whose ranges cannot meet,
/// lasting events (sieges) given lengths or start years that cannot both be true, and the same capture or
/// withdrawal dated to different days.
///
/// Only claims of *different* documents are compared. For each subject and pair of documents the detector keeps
/// one conflict, the pair of claims furthest apart (durations compared with durations first), so a long article
/// repeating a number does not flood the list. Output is sorted and numbered, so the same corpus gives the same ids.
///
///     let conflicts = ConflictDetector.detect(in: store)   // x1, x2, …
public enum ConflictDetector {
    public static func detect(in store: EntityStore) -> [ConflictRecord] {
        var candidates = figureConflicts(in: store) + durationConflicts(in: store) + dateConflicts(in: store)
        candidates.sort { ($0.claimA, $0.claimB, $0.subject) < ($1.claimA, $1.claimB, $1.subject) }
        // A large corpus has millions of conflicts over far fewer subjects and values: equal strings share storage.
        var shared: [String: String] = [:]
        func once(_ text: String) -> String {
            if let kept = shared[text] { return kept }
            shared[text] = text
            return text
        }
        return candidates.enumerated().map { offset, candidate in
            var record = candidate
            record.id = offset + 1
            record.subject = once(record.subject)
            record.valueA = once(record.valueA)
            record.valueB = once(record.valueB)
            return record
        }
    }

    /// Units that are not head counts: durations are compared as events, the rest are not comparable.
    static let incomparableUnits: Set<String> = [
        FigureExtractor.unknownUnit, "percent", "times", "km", "m", "miles", "square km",
        "years", "months", "weeks", "days", "hours",
    ]

    // MARK: Figures

    private struct FigureSubject: Hashable {
        var unit: String
        var place: Int?
        var actor: Int?
    }

    private static func figureConflicts(in store: EntityStore) -> [ConflictRecord] {
        // Bucket by subject and year, so only figures that could disagree are compared.
        var buckets: [FigureBucketKey: [Int]] = [:]
        for figure in store.figures where !incomparableUnits.contains(figure.unit) {
            guard figure.place != nil || figure.actor != nil else { continue }
            let subject = FigureSubject(unit: figure.unit, place: figure.place, actor: figure.actor)
            let years = store.claims[figure.claim - 1].years
            for year in years.isEmpty ? [nil] : years.map(Optional.some) {
                buckets[FigureBucketKey(subject: subject, year: year), default: []].append(figure.id)
            }
        }
        var best: [PairKey: RankedConflict] = [:]
        for key in buckets.keys.sorted(by: { $0.order < $1.order }) {
            let figures = buckets[key]!.compactMap { id -> (FigureRecord, FigureInterval)? in
                let figure = store.figures[id - 1]
                return FigureInterval(value: figure.value, low: figure.low, high: figure.high, qualifier: figure.qualifier)
                    .map { (figure, $0) }
            }
            let pairs = DisjointPairs.find(count: figures.count, low: { figures[$0].1.low }, high: { figures[$0].1.high },
                                           accept: { figures[$0].0.doc != figures[$1].0.doc })
            let subject = pairs.isEmpty ? "" : figureSubjectName(key.subject, in: store)
            for (first, second) in pairs {
                let ((a, intervalA), (b, intervalB)) = (figures[first], figures[second])
                let (x, y) = a.claim < b.claim ? (a, b) : (b, a)
                let record = ConflictRecord(
                    id: 0, subject: subject, claimA: x.claim, claimB: y.claim,
                    docA: x.doc, docB: y.doc, valueA: figureDisplay(x), valueB: figureDisplay(y),
                    gap: intervalA.gap(to: intervalB),
                    places: key.subject.place.map { [$0] } ?? [], actors: key.subject.actor.map { [$0] } ?? [])
                keep(record, rank: record.gap ?? 0, in: &best)
            }
        }
        return best.values.map(\.record)
    }

    private struct FigureBucketKey: Hashable {
        var subject: FigureSubject
        var year: Int?
        var order: (String, Int, Int, Int) {
            (subject.unit, subject.place ?? 0, subject.actor ?? 0, year ?? 0)
        }
    }

    /// "Islamic State fighters in Syria", "civilians in Deir ez-Zor", "Syrian Army soldiers".
    private static func figureSubjectName(_ subject: FigureSubject, in store: EntityStore) -> String {
        var name = subject.unit
        if let actor = subject.actor { name = store.name(.actors, id: actor) + " " + name }
        if let place = subject.place { name += " in " + store.name(.places, id: place) }
        return name
    }

    /// The figure as written, with its unit when the text left it to the context ("1,500 to 2,000 fighters").
    private static func figureDisplay(_ figure: FigureRecord) -> String {
        let stem = String(figure.unit.prefix(4)).lowercased()
        return figure.text.lowercased().contains(stem) ? figure.text : figure.text + " " + figure.unit
    }

    // MARK: Durations

    private static func durationConflicts(in store: EntityStore) -> [ConflictRecord] {
        let statements = DurationStatementFinder(store: store).statements()
        // Index by event and place: only statements about the same besieged place are compared.
        var byPlace: [String: [Int]] = [:]
        for (index, statement) in statements.enumerated() {
            for place in statement.places { byPlace[statement.event.name + "\u{1F}" + String(place), default: []].append(index) }
        }
        var best: [PairKey: RankedConflict] = [:]
        for key in byPlace.keys.sorted() {
            let group = byPlace[key]!.map { statements[$0] }
            let pairs = DisjointPairs.find(count: group.count, low: { group[$0].start.low }, high: { group[$0].start.high },
                                           accept: { group[$0].doc != group[$1].doc })
            for (first, second) in pairs {
                let (a, b) = group[first].claim < group[second].claim ? (group[first], group[second]) : (group[second], group[first])
                let places = a.places.filter(b.places.contains)
                let actors = store.claims[a.claim - 1].actors.filter(store.claims[b.claim - 1].actors.contains)
                let placeName = places.map { store.name(.places, id: $0) }.joined(separator: ", ")
                let gap = (abs(a.start.middle - b.start.middle) * 10).rounded() / 10
                let record = ConflictRecord(
                    id: 0, subject: "\(a.event.name) length of \(placeName) (years)", claimA: a.claim, claimB: b.claim,
                    docA: a.doc, docB: b.doc, valueA: a.display, valueB: b.display, gap: gap, places: places, actors: actors)
                // Two stated lengths read more plainly than a length against a start year.
                let rank = (a.kind == .duration && b.kind == .duration ? 1000 : 0) + gap
                keep(record, rank: rank, in: &best)
            }
        }
        return best.values.map(\.record)
    }

    // MARK: Event dates

    private static func dateConflicts(in store: EntityStore) -> [ConflictRecord] {
        var best: [PairKey: RankedConflict] = [:]
        for (record, rank) in EventDateConflictFinder(store: store).conflicts() {
            keep(record, rank: rank, in: &best)
        }
        return best.values.map(\.record)
    }

    // MARK: One conflict per subject and pair of documents

    private struct PairKey: Hashable {
        var subject: String
        var docA: Int
        var docB: Int
    }

    private struct RankedConflict {
        var record: ConflictRecord
        var rank: Double
    }

    private static func keep(_ record: ConflictRecord, rank: Double, in best: inout [PairKey: RankedConflict]) {
        let key = PairKey(subject: record.subject, docA: min(record.docA, record.docB), docB: max(record.docA, record.docB))
        if let existing = best[key] {
            let older = (existing.record.claimA, existing.record.claimB) <= (record.claimA, record.claimB)
            if existing.rank > rank || (existing.rank == rank && older) { return }
        }
        best[key] = RankedConflict(record: record, rank: rank)
    }
}
