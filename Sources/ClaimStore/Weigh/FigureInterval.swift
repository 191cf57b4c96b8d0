/// The numbers a figure allows, as stated and as a reader may take it.
///
/// Two figures disagree when their *plausible* intervals do not meet; the *stated* interval gives the
/// size of the gap. Qualifiers decide the plausible width:
/// - exact numbers are rounded in news copy: ±`exactTolerance`;
/// - "about", "around", "some": ±`approximateTolerance`;
/// - lower bounds ("at least", "over", "more than") reach up to `openBoundFactor` times the number —
///   "over 5000" does not mean 180,000, while "at least 1,000" still meets 3,000;
/// - upper bounds ("up to", "as many as", "as high as") reach down by the same factor;
/// - "nearly", "almost", "just under": a little below the number.
struct FigureInterval: Equatable {
    var statedLow: Double
    var statedHigh: Double
    var low: Double
    var high: Double

    static let exactTolerance = 0.1
    static let approximateTolerance = 0.25
    static let openBoundFactor = 5.0
    static let nearlyTolerance = 0.15

    static let lowerBoundQualifiers: Set<String> = [
        "at least", "over", "more than", "upwards of", "in excess of", "exceeding", "above", "just over", "no fewer than",
    ]
    static let upperBoundQualifiers: Set<String> = [
        "up to", "as many as", "as high as", "at most", "fewer than", "under", "less than", "below",
    ]
    static let nearlyQualifiers: Set<String> = ["nearly", "almost", "just under", "barely", "close to"]
    static let approximateQualifiers: Set<String> = [
        "about", "around", "approximately", "roughly", "some", "estimated", "an estimated", "as few as",
    ]

    init(statedLow: Double, statedHigh: Double, low: Double, high: Double) {
        self.statedLow = statedLow
        self.statedHigh = statedHigh
        self.low = low
        self.high = high
    }

    /// The interval of a figure with `value` or `low`…`high` and a qualifier; nil when it has no number.
    init?(value: Double?, low: Double?, high: Double?, qualifier: String?) {
        let stated: (Double, Double)
        if let low, let high {
            stated = (min(low, high), max(low, high))
        } else if let value {
            stated = (value, value)
        } else {
            return nil
        }
        statedLow = stated.0
        statedHigh = stated.1
        let q = qualifier?.lowercased()
        switch q {
        case let q? where FigureInterval.lowerBoundQualifiers.contains(q):
            self.low = stated.0
            self.high = stated.1 * FigureInterval.openBoundFactor
        case let q? where FigureInterval.upperBoundQualifiers.contains(q):
            self.low = stated.0 / FigureInterval.openBoundFactor
            self.high = stated.1
        case let q? where FigureInterval.nearlyQualifiers.contains(q):
            self.low = stated.0 * (1 - FigureInterval.nearlyTolerance)
            self.high = stated.1
        case let q? where FigureInterval.approximateQualifiers.contains(q):
            self.low = stated.0 * (1 - FigureInterval.approximateTolerance)
            self.high = stated.1 * (1 + FigureInterval.approximateTolerance)
        default:
            self.low = stated.0 * (1 - FigureInterval.exactTolerance)
            self.high = stated.1 * (1 + FigureInterval.exactTolerance)
        }
    }

    /// Whether a reader could take both figures to describe the same number.
    func overlaps(_ other: FigureInterval) -> Bool {
        low <= other.high && other.low <= high
    }

    /// Distance between the stated numbers (0 when the stated ranges meet).
    func gap(to other: FigureInterval) -> Double {
        max(0, other.statedLow - statedHigh, statedLow - other.statedHigh)
    }
}

/// A span of time in fractional years (2017.5 is the middle of 2017).
struct YearSpan: Equatable {
    var low: Double
    var high: Double

    var middle: Double { (low + high) / 2 }

    func overlaps(_ other: YearSpan) -> Bool {
        low <= other.high && other.low <= high
    }

    init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }
}

/// The fractional-year bounds of a calendar date at its precision.
struct CalendarDateSpan {
    var low: Double
    var high: Double

    init(year: Int, month: Int?, day: Int?) {
        let y = Double(year)
        guard let month else {
            low = y
            high = y + 1
            return
        }
        let m = Double(month - 1) / 12
        guard let day else {
            low = y + m
            high = y + m + 1.0 / 12
            return
        }
        let d = (Double(day) - 1) / 365
        low = y + m + d
        high = low + 1.0 / 365
    }
}
