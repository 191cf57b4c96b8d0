/// Did-you-mean by edit distance (after swift-argument-parser's UsageGenerator and DuckDB's StringUtil):
/// a candidate is offered only when it is close enough for the typo to be plausible.
enum Suggestions {
    /// The largest edit distance offered, as a share of the typed word: a third of its length, at least 1, at most 3.
    static func maximumDistance(for typed: String) -> Int {
        min(3, max(1, typed.count / 3))
    }

    /// The closest candidate within the threshold (ties go to the earlier candidate), or nil.
    static func nearest(to typed: String, in candidates: [String]) -> String? {
        ranked(typed, candidates).first
    }

    /// Candidates within the threshold, closest first.
    static func ranked(_ typed: String, _ candidates: [String]) -> [String] {
        let limit = maximumDistance(for: typed)
        // The length difference bounds the distance from below, so a candidate too long or too short for the limit
        // is never compared (a 1 KB typo against every keyword cost a full table each).
        let typedLength = typed.lowercased().count
        let scored = candidates.enumerated().compactMap { index, name -> (index: Int, name: String, distance: Int)? in
            guard abs(name.lowercased().count - typedLength) <= limit else { return nil }
            return (index, name, distance(typed, name))
        }
        return scored.filter { $0.distance <= limit && $0.distance > 0 || $0.distance == 0 && $0.name != typed }
            .sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
            .map(\.name)
    }

    /// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), case-insensitive.
    static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a.lowercased()), t = Array(b.lowercased())
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { rows[i][0] = i }
        for j in 0...t.count { rows[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
                }
            }
        }
        return rows[s.count][t.count]
    }
}
