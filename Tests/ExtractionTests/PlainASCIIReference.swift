@testable import ClaimExtraction

/// The plain-ASCII grammar scan on its own, as it was before the name words joined it (`PlainASCIISentence.swift`):
/// kept here as the reference the one-pass scan and the general tokenizer are compared with.
extension WordTokenizer {
    static func tokenizePlainASCII(_ utf8: [UInt8]) -> [WordToken] {
        utf8.withUnsafeBufferPointer { bytes in
            var tokens: [WordToken] = []
            tokens.reserveCapacity(bytes.count / 3 + 2)
            let lexicon = CueLexicon.shared
            let count = bytes.count
            var i = 0
            var sawSpace = true
            while i < count {
                let c = bytes[i]
                if isASCIISpace(c) {
                    sawSpace = true
                    i += 1
                    continue
                }
                let start = i
                if isASCIIDigit(c) {
                    tokens.append(number(in: bytes, at: &i, spaceBefore: sawSpace))
                } else if isASCIILetter(c) {
                    i += 1
                    while i < count {
                        let d = bytes[i]
                        if isASCIILetter(d) || isASCIIDigit(d) {
                            i += 1
                        } else if d == UInt8(ascii: "'"), i + 1 < count, isASCIILetter(bytes[i + 1]) {
                            i += 1
                        } else {
                            break
                        }
                    }
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    let (lower, cues, entry) = lexicon.lowercaseCuesAndEntry(ofASCII: word)
                    var classes = cues
                    // In ASCII the lowercase word ends in "'ll" exactly when its bytes end in "'" and two "l" or "L".
                    if GrammarCue.mayEndInLL(word) { classes.insert(.modality) }
                    tokens.append(WordToken(kind: .word, lower: lower, start: start, end: i, spaceBefore: sawSpace,
                                            isCapitalized: c &- 0x41 < 26, number: nil, suffix: "", isPlainInteger: false,
                                            digitCount: 0, classes: classes, entry: entry))
                } else {
                    i += 1
                    tokens.append(WordToken(kind: .punctuation, lower: asciiCharacters[Int(c)], start: start, end: i,
                                            spaceBefore: sawSpace, isCapitalized: false, number: nil, suffix: "",
                                            isPlainInteger: false, digitCount: 0))
                }
                sawSpace = false
            }
            return tokens
        }
    }
}
