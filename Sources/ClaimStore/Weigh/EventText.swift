import ClaimCorpus

/// Words of a claim's text with their character offsets (`String.count` units, like `Evidence.range`).
struct TextWord {
    var lower: String
    var range: Range<Int>
}

enum EventText {
    /// Letters and digits runs of `text`, lowercased, with their offsets.
    static func words(_ text: String) -> [TextWord] {
        var words: [TextWord] = []
        var current = ""
        var start = 0
        var offset = 0
        for character in text {
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = offset }
                current.append(character)
            } else if !current.isEmpty {
                words.append(TextWord(lower: current.lowercased(), range: start..<offset))
                current = ""
            }
            offset += 1
        }
        if !current.isEmpty { words.append(TextWord(lower: current.lowercased(), range: start..<offset)) }
        return words
    }
}

/// An event that lasts, and the words naming it: a duration stated in a sentence with one of these words is the
/// event's length ("under siege for 5 years", "a four year siege").
struct LastingEvent: Sendable {
    /// Used in the conflict subject: "siege length of Deir ez-Zor (years)".
    var name: String
    /// Word stems, matched at the start of a word.
    var stems: [String]

    static let all: [LastingEvent] = [
        LastingEvent(name: "siege", stems: ["siege", "besieg", "encircl", "blockade"]),
        LastingEvent(name: "occupation", stems: ["occupation", "occupied"]),
    ]

    /// A cheap byte test: could `text` contain any event's stem? (ASCII case folding; the stems are ASCII.)
    static func mayBeNamed(in text: String) -> Bool {
        let bytes = text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return all.contains { event in event.stems.contains { bytes.contains(phrase: $0) } }
    }

    /// Offsets of the words naming this event in `words`.
    func mentions(in words: [TextWord]) -> [Range<Int>] {
        words.filter { word in stems.contains { word.lower.hasPrefix($0) } }.map(\.range)
    }
}

/// Words that say when something began ("since 2012", "back in 2012", "began in 2012").
enum StartMarker {
    static let words: Set<String> = ["since", "began", "begun", "started", "starting", "beginning", "back"]
    /// Words after a marker within which a written year still belongs to it.
    static let reach = 12

    /// The year the text says something began, when a marker is followed by a written year.
    static func writtenStartYear(in words: [TextWord]) -> Int? {
        for (index, word) in words.enumerated() where StartMarker.words.contains(word.lower) {
            if word.lower == "back", words.count > index + 1, words[index + 1].lower != "in" { continue }
            for next in words.dropFirst(index + 1).prefix(reach) {
                if next.lower.count == 4, let year = Int(next.lower), (1900...2099).contains(year) { return year }
            }
        }
        return nil
    }

    /// Whether the text has a start marker at all ("starting five years back").
    static func hasMarker(in words: [TextWord]) -> Bool {
        words.contains { StartMarker.words.contains($0.lower) }
    }
}

