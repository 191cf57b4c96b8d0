import ClaimStore

/// How a filter will run: index lookups where a posting list answers a predicate, scans elsewhere.
indirect enum PlanNode {
    /// Records listed in posting lists; with `complement`, the records *not* listed (for `!=` and `not in`).
    case index(BoundPredicate, ids: [Int], complement: Bool)
    /// Test each candidate record.
    case scan(BoundPredicate)
    /// Test only the input records among `candidates` (a superset of the matches, from the token index);
    /// with a written `not`, the input records that failed or were never candidates. With `exact`, candidates
    /// whose text is plain ASCII match without the test (see `TextPrefilter.Candidates.tokenMatchIsExact`).
    case prefilteredScan(BoundPredicate, candidates: [Int], words: [String], exact: Bool)
    /// Each step narrows the previous step's rows; steps are ordered most selective first.
    case and([PlanNode])
    /// Union of the children, each run on the same rows.
    case or([PlanNode])
    /// The rows the child does not keep.
    case not(PlanNode, text: String)

    /// Rows this node is expected to keep, when an index tells; nil when only running it would.
    var estimate: Int? {
        switch self {
        case .index(_, let ids, let complement): return complement ? nil : ids.count
        case .prefilteredScan(let predicate, let candidates, _, _): return predicate.negated ? nil : candidates.count
        case .scan, .not: return nil
        case .and(let children): return children.compactMap(\.estimate).min()
        case .or(let children):
            let estimates = children.compactMap(\.estimate)
            return estimates.count == children.count ? estimates.reduce(0, +) : nil
        }
    }
}

/// What one plan step did when it ran, for `.explain` and for saying which predicate emptied a result.
public struct PlanStepTrace: Sendable, Equatable {
    /// `index`, `scan`, `and`, `or` or `not`.
    public var method: String
    /// The predicate as written, or the connective.
    public var label: String
    public var rowsIn: Int
    public var rowsOut: Int
    public var children: [PlanStepTrace]
}
