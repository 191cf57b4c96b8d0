/// A word, number or punctuation mark of a sentence, with its position in `Character`s.
///
/// The date, number, figure, attribution and modality grammars all read the same token stream,
/// so a sentence is scanned once.
struct WordToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation }

    var kind: Kind
    /// The token as written.
    var text: String
    /// Lower-cased text (for numbers: the digits without separators plus any letter suffix).
    var lower: String
    /// Character offsets into the sentence.
    var start: Int
    var end: Int
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool
    /// First letter is upper-case.
    var isCapitalized: Bool
    /// For numbers: the numeric value of the digit part ("1,500" → 1500).
    var number: Double?
    /// For numbers: the letters glued after the digits ("19th" → "th", "10km" → "km").
    var suffix: String
    /// For numbers: digits only, no separators, no decimal point, no suffix (a year candidate).
    var isPlainInteger: Bool
    var digitCount: Int

    var range: Range<Int> { start..<end }
}

enum WordTokenizer {
    /// Splits a sentence into words (letters with inner apostrophes), numbers (digits with
    /// thousands separators or a decimal point, plus glued letters) and single punctuation marks.
    static func tokenize(_ text: String) -> [WordToken] {
        tokenize(Array(text))
    }

    static func tokenize(_ chars: [Character]) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(chars.count / 5)
        var i = 0
        var sawSpace = true
        while i < chars.count {
            let c = chars[i]
            // ASCII fast path: Unicode property look-ups dominate tokenising otherwise.
            if let ascii = c.asciiValue {
                if ascii == 32 || ascii == 9 || ascii == 10 || ascii == 13 {
                    sawSpace = true
                    i += 1
                    continue
                }
                if Self.isASCIILetter(ascii) {
                    let start = i
                    var lower = ""
                    var allASCII = true
                    while i < chars.count {
                        let d = chars[i]
                        if let b = d.asciiValue {
                            if Self.isASCIILetter(b) || (b >= 48 && b <= 57) {
                                lower.unicodeScalars.append(Unicode.Scalar(b >= 65 && b <= 90 ? b + 32 : b))
                                i += 1
                            } else if b == 39, i + 1 < chars.count, chars[i + 1].isLetter {
                                lower.append("'")
                                i += 1
                            } else {
                                break
                            }
                        } else if d.isLetter || d.isNumber {
                            allASCII = false
                            lower.append(contentsOf: d.lowercased())
                            i += 1
                        } else if d == "’", i + 1 < chars.count, chars[i + 1].isLetter {
                            lower.append("’")
                            i += 1
                        } else {
                            break
                        }
                    }
                    _ = allASCII
                    tokens.append(WordToken(kind: .word, text: String(chars[start..<i]), lower: lower, start: start, end: i,
                                            spaceBefore: sawSpace, isCapitalized: ascii >= 65 && ascii <= 90, number: nil,
                                            suffix: "", isPlainInteger: false, digitCount: 0))
                    sawSpace = false
                    continue
                }
            }
            if c.isWhitespace {
                sawSpace = true
                i += 1
                continue
            }
            let start = i
            if c.isNumber, c.isASCII {
                var digits = ""
                var value = 0.0
                var plain = true
                var digitCount = 0
                var fraction = false
                var scale = 0.1
                while i < chars.count {
                    let d = chars[i]
                    if let v = d.wholeNumberValue, d.isASCII {
                        digits.append(d)
                        digitCount += 1
                        if fraction { value += Double(v) * scale; scale /= 10 } else { value = value * 10 + Double(v) }
                        i += 1
                    } else if d == ",", !fraction, isThousandsGroup(chars, from: i + 1) {
                        plain = false
                        i += 1
                    } else if d == ".", !fraction, i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                        plain = false
                        fraction = true
                        digits.append(".")
                        i += 1
                    } else {
                        break
                    }
                }
                var suffix = ""
                while i < chars.count, chars[i].isLetter {
                    suffix.append(contentsOf: chars[i].lowercased())
                    i += 1
                }
                tokens.append(WordToken(kind: .number, text: String(chars[start..<i]), lower: digits + suffix,
                                        start: start, end: i, spaceBefore: sawSpace, isCapitalized: false,
                                        number: value, suffix: suffix, isPlainInteger: plain && suffix.isEmpty,
                                        digitCount: digitCount))
            } else if c.isLetter {
                while i < chars.count {
                    let d = chars[i]
                    if d.isLetter || d.isNumber {
                        i += 1
                    } else if (d == "’" || d == "'"), i + 1 < chars.count, chars[i + 1].isLetter, i > start {
                        i += 1
                    } else {
                        break
                    }
                }
                let word = String(chars[start..<i])
                tokens.append(WordToken(kind: .word, text: word, lower: word.lowercased(), start: start, end: i,
                                        spaceBefore: sawSpace, isCapitalized: c.isUppercase, number: nil,
                                        suffix: "", isPlainInteger: false, digitCount: 0))
            } else {
                i += 1
                let mark = String(c)
                tokens.append(WordToken(kind: .punctuation, text: mark, lower: mark, start: start, end: i,
                                        spaceBefore: sawSpace, isCapitalized: false, number: nil, suffix: "",
                                        isPlainInteger: false, digitCount: 0))
            }
            sawSpace = false
        }
        return tokens
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// Whether exactly three digits follow (then a non-digit): a thousands group, not a decimal.
    private static func isThousandsGroup(_ chars: [Character], from index: Int) -> Bool {
        var n = 0
        var j = index
        while j < chars.count, chars[j].isASCII, chars[j].isNumber { n += 1; j += 1 }
        return n == 3
    }
}

extension Array where Element == WordToken {
    /// Whether the lower-cased words starting at `index` are exactly `words`.
    func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= count else { return false }
        for (offset, word) in words.enumerated() where self[index + offset].lower != word { return false }
        return true
    }

    func lower(at index: Int) -> String? {
        index >= 0 && index < count ? self[index].lower : nil
    }
}

/// A sentence with its characters and tokens, built once and shared by the grammars.
struct TokenizedSentence: Sendable {
    let text: String
    let characters: [Character]
    let tokens: [WordToken]

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
        self.tokens = WordTokenizer.tokenize(characters)
    }

    /// Character range covered by the tokens `range` (half-open token indexes).
    func characterRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    /// The text as written covered by the tokens `range`.
    func text(ofTokens range: Range<Int>) -> String {
        text(of: characterRange(ofTokens: range))
    }

    func text(of range: Range<Int>) -> String {
        String(characters[max(0, range.lowerBound)..<min(characters.count, range.upperBound)])
    }
}
