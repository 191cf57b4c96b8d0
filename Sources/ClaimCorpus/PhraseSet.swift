/// A few fixed phrases looked for in every line, all in one pass over its UTF-8 rather than one pass per
/// phrase. A phrase is `exact` (bytes as written) or `folded` (ASCII letters in any case; the phrase is
/// given in lowercase). Every phrase has at least two bytes.
public struct PhraseSet: Sendable {
    /// All phrases' bytes back to back; phrase `i` is `pool[bounds[i]..<bounds[i + 1]]`.
    private let pool: [UInt8]
    private let bounds: [Int]
    private let folded: [Bool]
    /// The group bit of each phrase (see `hits(in:)`).
    private let groupBits: [UInt8]
    /// Every group's bit: once all are found, a line is settled.
    private let allGroups: UInt8
    /// The phrases (bit `i` for phrase `i`, the first 64) whose first byte, and whose second byte, can be this
    /// byte as written (either case for folded phrases): `byFirst[a] & bySecond[b]` holds every phrase that can
    /// start with the pair `a b` (and perhaps a few that cannot, which `matches` turns down). Two tables of 256
    /// words, not one of 65,536, which cost more to clear than a short run reads.
    private let phrasesByFirst: [UInt64]
    private let phrasesBySecond: [UInt64]
    /// The shortest phrase's length, and how far a start can move on by the pair of bytes that ends the window
    /// `start..<start + minimumLength` (Wu and Manber's rule over every phrase's first `minimumLength` bytes,
    /// index `first << 8 | second`): no phrase can start in between. Zero: a phrase may start at `start`. Pairs
    /// skip much further than single bytes, which the common letters of many phrases hold back.
    private let minimumLength: Int
    private let pairShifts: [UInt8]

    public init(exact: [String] = [], folded: [String] = []) {
        self.init(groups: [(exact: exact, folded: folded)])
    }

    /// Several sets scanned in one pass: group `g` is bit `1 << g` of `hits(in:)` (at most eight groups).
    init(groups: [(exact: [String], folded: [String])]) {
        precondition(groups.count <= 8)
        var phrases: [([UInt8], Bool)] = []
        var bits: [UInt8] = []
        for (group, sets) in groups.enumerated() {
            let members = sets.exact.map { (Array($0.utf8), false) } + sets.folded.map { (Array($0.utf8), true) }
            phrases += members
            bits += Array(repeating: UInt8(1) << UInt8(group), count: members.count)
        }
        precondition(phrases.allSatisfy { $0.0.count >= 2 })
        var pool: [UInt8] = []
        var bounds = [0]
        var byFirst = [UInt64](repeating: 0, count: 256)
        var bySecond = [UInt64](repeating: 0, count: 256)
        for (index, (bytes, isFolded)) in phrases.enumerated() {
            pool += bytes
            bounds.append(pool.count)
            // Past 64 phrases every phrase is tried at every possible start.
            let bit: UInt64 = index < 64 ? 1 << UInt64(index) : .max
            for first in PhraseSet.spellings(bytes[0], folded: isFolded) { byFirst[Int(first)] |= bit }
            for second in PhraseSet.spellings(bytes[1], folded: isFolded) { bySecond[Int(second)] |= bit }
        }
        phrasesByFirst = byFirst
        phrasesBySecond = bySecond
        // No skipping without phrases (nothing ever matches) or past a window of 255 bytes.
        let shortest = min(phrases.map(\.0.count).min() ?? 2, 255)
        // A pair in no phrase's window moves it past the pair's first byte.
        var pairShifts = [UInt8](repeating: UInt8(shortest - 1), count: 1 << 16)
        for (bytes, isFolded) in phrases {
            for second in 1..<shortest {
                let shift = UInt8(shortest - 1 - second)
                for one in PhraseSet.spellings(bytes[second - 1], folded: isFolded) {
                    for two in PhraseSet.spellings(bytes[second], folded: isFolded) {
                        pairShifts[Int(one) << 8 | Int(two)] = min(pairShifts[Int(one) << 8 | Int(two)], shift)
                    }
                }
            }
        }
        minimumLength = shortest
        self.pairShifts = pairShifts
        self.pool = pool
        self.bounds = bounds
        self.folded = phrases.map(\.1)
        groupBits = bits
        allGroups = bits.reduce(0, |)
    }

    private static func spellings(_ byte: UInt8, folded: Bool) -> [UInt8] {
        folded && byte >= 97 && byte <= 122 ? [byte, byte - 32] : [byte]
    }

    /// The two bytes before `end` as `pairShifts` indexes them (`first << 8 | second`): one load, read big-endian.
    /// `end` is at least `minimumLength` (so at least 2): the subtraction needs no overflow check.
    @inline(__always)
    private static func pair(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        Int(UInt16(bigEndian: UnsafeRawPointer(bytes.baseAddress! + (end &- 2)).loadUnaligned(as: UInt16.self)))
    }

    @inline(__always)
    static func foldASCII(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Whether any phrase occurs in `text`.
    public func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0) }
    }

    public func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A phrase ends inside the text: a text shorter than every phrase holds none.
        guard bytes.count >= minimumLength else { return false }
        return pairShifts.withUnsafeBufferPointer { pairShifts in
            // The window is `end - minimumLength..<end`.
            var end = minimumLength
            while end <= bytes.count {
                let shift = pairShifts[Self.pair(endingAt: end, in: bytes)]
                if shift != 0 { end &+= Int(shift); continue }
                let start = end - minimumLength
                let candidates = candidatePhrases(bytes[start], bytes[start + 1])
                if candidates != 0 && matchesAny(candidates, in: bytes, at: start) { return true }
                end += 1
            }
            return false
        }
    }

    /// The groups with a phrase that occurs in `text`, as bits.
    func hits(in text: String) -> UInt8 {
        var text = text
        return text.withUTF8 { hits(in: $0) }
    }

    /// The same for a line's bytes (the reader asks before it makes the line's String).
    func hits(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard bytes.count >= minimumLength else { return 0 }
        let all = allGroups
        return pairShifts.withUnsafeBufferPointer { pairShifts in
            var found: UInt8 = 0
            // The window is `end - minimumLength..<end`.
            var end = minimumLength
            while end <= bytes.count {
                let shift = pairShifts[Self.pair(endingAt: end, in: bytes)]
                if shift != 0 { end &+= Int(shift); continue }
                let start = end - minimumLength
                let candidates = candidatePhrases(bytes[start], bytes[start + 1])
                if candidates != 0 {
                    found |= matchedGroups(candidates, in: bytes, at: start, skipping: found)
                    if found == all { break }
                }
                end += 1
            }
            return found
        }
    }

    /// The groups of the candidate phrases that occur at `start`, leaving out groups already found.
    private func matchedGroups(_ candidates: UInt64, in bytes: UnsafeBufferPointer<UInt8>, at start: Int, skipping done: UInt8) -> UInt8 {
        var found: UInt8 = 0
        for phrase in 0..<folded.count where phrase >= 64 || candidates & (1 << UInt64(phrase)) != 0 {
            if (found | done) & groupBits[phrase] == 0 && matches(phrase, in: bytes, at: start) { found |= groupBits[phrase] }
        }
        return found
    }

    private func matches(_ phrase: Int, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let lower = bounds[phrase]
        let length = bounds[phrase + 1] - lower
        guard start + length <= bytes.count else { return false }
        let isFolded = folded[phrase]
        return pool.withUnsafeBufferPointer { pool in
            for offset in 0..<length {
                let byte = isFolded ? PhraseSet.foldASCII(bytes[start + offset]) : bytes[start + offset]
                if byte != pool[lower + offset] { return false }
            }
            return true
        }
    }

    @inline(__always)
    private func candidatePhrases(_ first: UInt8, _ second: UInt8) -> UInt64 {
        phrasesByFirst.withUnsafeBufferPointer { $0[Int(first)] } & phrasesBySecond.withUnsafeBufferPointer { $0[Int(second)] }
    }

    /// Whether a candidate phrase (bits as in `phrasesByFirst`) occurs at `start`.
    private func matchesAny(_ candidates: UInt64, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for phrase in 0..<folded.count where phrase >= 64 || candidates & (1 << UInt64(phrase)) != 0 {
            if matches(phrase, in: bytes, at: start) { return true }
        }
        return false
    }
}
