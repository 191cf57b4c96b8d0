/// Levenshtein distance between two strings, compared case-insensitively by Unicode scalar.
public func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a.lowercased().unicodeScalars)
    let t = Array(b.lowercased().unicodeScalars)
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var previous = Array(0...t.count)
    var current = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
        current[0] = i
        for j in 1...t.count {
            let substitution = previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[t.count]
}

/// How far a suggestion may be from what was typed: a third of its length, at least 1, at most 3.
public func suggestionThreshold(for typed: String) -> Int {
    min(3, max(1, typed.count / 3))
}

/// The candidates nearest to `typed` within the threshold, nearest first.
public func nearestCandidates(to typed: String, in candidates: [String], limit: Int = 3) -> [String] {
    let threshold = suggestionThreshold(for: typed)
    // The length difference bounds the distance from below; it keeps a huge typed word from costing length × length.
    let typedLength = typed.lowercased().unicodeScalars.count
    var scored: [(candidate: String, distance: Int)] = []
    for candidate in candidates where abs(candidate.lowercased().unicodeScalars.count - typedLength) <= threshold {
        let distance = editDistance(typed, candidate)
        if distance <= threshold { scored.append((candidate, distance)) }
    }
    scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
    return scored.prefix(limit).map { $0.candidate }
}

/// The edit distance of two scalar sequences if it is at most `limit`, else nil. Only cells within `limit` of the
/// diagonal can stay within the limit, so each row computes that band alone and the search stops once a whole row
/// is past it: a far-off candidate costs a few short rows instead of the whole table.
public func editDistance(_ s: [Unicode.Scalar], _ t: [Unicode.Scalar], atMost limit: Int) -> Int? {
    guard limit >= 0, abs(s.count - t.count) <= limit else { return nil }
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    let beyond = limit + 1
    var previous = [Int](repeating: beyond, count: t.count + 1)
    for j in 0...min(t.count, limit) { previous[j] = j }
    var current = [Int](repeating: beyond, count: t.count + 1)
    for i in 1...s.count {
        let low = max(1, i - limit), high = min(t.count, i + limit)
        current[low - 1] = low == 1 ? min(i, beyond) : beyond
        var rowMinimum = current[low - 1]
        for j in low...high {
            let substitution = previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, beyond)
            rowMinimum = min(rowMinimum, current[j])
        }
        if high < t.count { current[high + 1] = beyond }
        if rowMinimum > limit { return nil }
        swap(&previous, &current)
    }
    return previous[t.count] <= limit ? previous[t.count] : nil
}
