/// What the grammar tokenizer asks of the scalars U+0080–U+024F (Latin-1 Supplement, Latin Extended-A and -B: the
/// letters with diacritics of transliterated names, "Şaydnāyā", "Ţarţūs"), read once from the standard library's
/// properties into a table: a letter costs a table read instead of a property look-up each time it is met.
struct LatinScalarTable {
    static let range: Range<UInt32> = 0x80..<0x250
    static let shared = LatinScalarTable()

    private struct Entry {
        var isAlphabetic: Bool
        var isWhitespace: Bool
        var isUppercase: Bool
        /// The lowercase form when it is one scalar (the scalar itself when lowercasing keeps it), else 0.
        var lowercase: UInt32
    }
    private let entries: [Entry]

    private init() {
        entries = Self.range.map { value in
            let properties = Unicode.Scalar(value)!.properties
            let mapping = properties.lowercaseMapping.unicodeScalars
            let lowercase = !properties.changesWhenLowercased ? value : mapping.count == 1 ? mapping.first!.value : 0
            return Entry(isAlphabetic: properties.isAlphabetic, isWhitespace: properties.isWhitespace,
                         isUppercase: properties.isUppercase, lowercase: lowercase)
        }
    }

    /// `scalar.properties.isAlphabetic`, for a scalar in `range`.
    func isAlphabetic(_ value: UInt32) -> Bool { entries[Int(value - Self.range.lowerBound)].isAlphabetic }
    func isWhitespace(_ value: UInt32) -> Bool { entries[Int(value - Self.range.lowerBound)].isWhitespace }
    func isUppercase(_ value: UInt32) -> Bool { entries[Int(value - Self.range.lowerBound)].isUppercase }

    /// The scalar a scalar in `range` lowercases to, or nil when its lowercase form is more than one scalar.
    func lowercase(_ value: UInt32) -> Unicode.Scalar? {
        let lowercase = entries[Int(value - Self.range.lowerBound)].lowercase
        return lowercase == 0 ? nil : Unicode.Scalar(lowercase)
    }
}
