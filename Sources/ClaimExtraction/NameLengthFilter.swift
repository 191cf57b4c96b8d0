/// A cheap first test of membership in a small set of ASCII-ended names, asked of every actor of every sentence: the
/// names' byte lengths, and for each final ASCII byte the lengths of the names that end in it. Most strings fail it
/// ("actor:isis" is as long as "actor:nato" but ends otherwise), so few are hashed. Names of 64 bytes or more, or
/// ending in a non-ASCII byte, never pass.
struct NameLengthFilter {
    private let lengths: UInt64
    private let lengthsByLastByte: [UInt64]

    init<Names: Sequence<String>>(_ names: Names) {
        var lengths: UInt64 = 0
        var byLastByte = [UInt64](repeating: 0, count: 0x80)
        for name in names {
            let length = name.utf8.count
            guard length < 64, let last = name.utf8.last, last < 0x80 else { continue }
            lengths |= 1 << UInt64(length)
            byLastByte[Int(last)] |= 1 << UInt64(length)
        }
        self.lengths = lengths
        lengthsByLastByte = byLastByte
    }

    /// False when `name` is surely none of the names; true when it may be one.
    func mayContain(_ name: String) -> Bool {
        let length = name.utf8.count
        guard length < 64, lengths & (1 << UInt64(length)) != 0 else { return false }
        var name = name  // `withUTF8` reads a native string in place
        guard let last = name.withUTF8({ $0.last }), last < 0x80 else { return false }
        return lengthsByLastByte[Int(last)] & (1 << UInt64(length)) != 0
    }
}
