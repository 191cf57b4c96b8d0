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
    public static func detect(in store: EntityStore) -> ConflictList {
        var collector = ConflictCollector(claimDocs: store.claims.map { Int32($0.doc) })
        figureConflicts(in: store, into: &collector)
        collector.startSource()
        durationConflicts(in: store, into: &collector)
        collector.startSource()
        EventDateConflictFinder(store: store).conflicts(into: &collector)
        return collector.finish()
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

    private static func figureConflicts(in store: EntityStore, into collector: inout ConflictCollector) {
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
        // Buckets whose subjects read alike are taken together (in their usual order), so once the name changes no
        // later conflict can replace a kept one and the collector can forget the subject.
        let named = buckets.keys.map { ($0, figureSubjectName($0.subject, in: store)) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.order < $1.0.order }
        var currentSubject: String?
        var subjectNumber: UInt32 = 0
        for (key, subjectName) in named {
            let figures = buckets[key]!.compactMap { id -> (FigureRecord, FigureInterval)? in
                let figure = store.figures[id - 1]
                return FigureInterval(value: figure.value, low: figure.low, high: figure.high, qualifier: figure.qualifier)
                    .map { (figure, $0) }
            }
            let pairs = DisjointPairs.find(count: figures.count, low: { figures[$0].1.low }, high: { figures[$0].1.high },
                                           accept: { figures[$0].0.doc != figures[$1].0.doc })
            guard !pairs.isEmpty else { continue }
            if subjectName != currentSubject {
                collector.closeSubjects()
                currentSubject = subjectName
                subjectNumber = collector.intern(subjectName)
            }
            // Each figure's value as shown, interned once for all its pairs.
            var shown: [Int: UInt32] = [:]
            func display(_ index: Int) -> UInt32 {
                if let number = shown[index] { return number }
                let number = collector.intern(figureDisplay(figures[index].0))
                shown[index] = number
                return number
            }
            for (first, second) in pairs {
                let ((a, intervalA), (b, intervalB)) = (figures[first], figures[second])
                let (x, y) = a.claim < b.claim ? (first, second) : (second, first)
                let (valueA, valueB) = (display(x), display(y))
                collector.offer(subject: subjectNumber, claimA: figures[x].0.claim, claimB: figures[y].0.claim,
                                valueA: valueA, valueB: valueB, gap: intervalA.gap(to: intervalB),
                                places: key.subject.place.map { [$0] } ?? [], actors: key.subject.actor.map { [$0] } ?? [])
            }
        }
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

    private static func durationConflicts(in store: EntityStore, into collector: inout ConflictCollector) {
        let statements = DurationStatementFinder(store: store).statements()
        // Index by event and place: only statements about the same besieged place are compared.
        var byPlace: [String: [Int]] = [:]
        for (index, statement) in statements.enumerated() {
            for place in statement.places { byPlace[statement.event.name + "\u{1F}" + String(place), default: []].append(index) }
        }
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
                let subject = collector.intern("\(a.event.name) length of \(placeName) (years)")
                let (valueA, valueB) = (collector.intern(a.display), collector.intern(b.display))
                // Two stated lengths read more plainly than a length against a start year.
                collector.offer(subject: subject, claimA: a.claim, claimB: b.claim, valueA: valueA, valueB: valueB,
                                gap: gap, places: places, actors: actors, bothDurations: a.kind == .duration && b.kind == .duration)
            }
        }
    }
}
