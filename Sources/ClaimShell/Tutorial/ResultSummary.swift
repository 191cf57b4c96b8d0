/// What a statement found, reduced to what the tutorial compares: record ids for listings, the number for
/// counts, (value, count) pairs for groups. The backend fills it in `StatementReport.summary`.
public enum ResultSummary: Sendable, Equatable {
    /// A listing of one kind, ids in the order shown; `ids` is nil when `select` left out the id column.
    case records(kind: String, ids: [String]?)
    case count(kind: String, value: Int)
    /// `group by` / `count … by`: each group's value as shown and its count, in the order shown.
    case groups(kind: String, field: String, groups: [GroupCount])
    /// `timeline`: claim ids in the order drawn.
    case timeline(ids: [String])
    /// `let`, text answers: nothing the tutorial can compare.
    case other

    public struct GroupCount: Sendable, Hashable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// How many records (or groups) it holds, for "yours found N, the answer M" feedback.
    var size: Int? {
        switch self {
        case .records(_, let ids?): return ids.count
        case .records: return nil
        case .count(_, let value): return value
        case .groups(_, _, let groups): return groups.count
        case .timeline(let ids): return ids.count
        case .other: return nil
        }
    }
}
