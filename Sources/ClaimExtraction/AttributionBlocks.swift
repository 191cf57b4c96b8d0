import ClaimCorpus

/// A run of quoted paragraphs: someone else's words ("What a senior source had to say:"), or the
/// author's own older article ("in an article I wrote on 19th January 2016"), whose relative dates
/// refer to the day it was written.
struct QuoteBlock: Hashable, Sendable {
    var source: String
    /// The date the quoted text was written or said; relative dates inside resolve against it.
    var anchor: CalendarDate?
    /// The introducing sentence, for evidence.
    var introducer: String
    var rule: String
    /// Set on the first paragraph: a block that starts with a list item is that list only.
    var listOnly: Bool?
    var paragraphCount = 0

    /// How many paragraphs a block may run without an end signal: quoted sources are short, an
    /// author's own quoted article may be long.
    var maximumParagraphs: Int { anchor != nil && source == "author" ? 40 : 6 }
}

/// Decides where quoted blocks start and end, paragraph by paragraph.
///
/// A block starts after an introducer: a sentence ending in a colon, or the last sentence of a
/// paragraph announcing what follows ("as follows", "the following", "in full"), or a sentence
/// dating an earlier text ("an article I wrote … on DATE", "said on DATE:") that ends its paragraph
/// without a full stop. It ends when the author's voice resumes: a paragraph opening with an
/// author's connective ("It follows from this", "As it happens", "I discussed"), a paragraph naming
/// the quoted source in the third person, a year later than the quoted text's date, the end of a
/// quoted list, a paragraph opening by naming the quoted text ("The statement did not …"), a new
/// introducer, or the block's length limit.
enum QuoteBlockRules {
    static let authorMarkers: [[String]] = [
        ["it", "follows"], ["as", "it", "happens"], ["as", "for"], ["i", "discussed"], ["i", "wrote"], ["i", "said"],
        ["i", "have", "explained"], ["in", "other", "words"], ["to", "sum", "up"], ["in", "sum"], ["in", "short"],
        ["what", "this", "means"], ["what", "that", "means"], ["returning", "to"], ["since", "then"],
        ["that", "was", "written"], ["this", "was", "written"], ["back", "to"],
    ]
    static let followCues: [[String]] = [
        ["as", "follows"], ["the", "following"], ["in", "full"], ["set", "out", "below"], ["below"],
        ["in", "these", "words"], ["had", "this", "to", "say"],
    ]
    /// Nouns that announce someone's words after a colon.
    static let quoteNouns: GrammarWordSet = [
        "comments", "comment", "words", "remarks", "statement", "point", "conclusion", "says", "said", "wrote",
        "told", "explained", "put", "reads", "read", "declared", "quote", "quoted", "testimony", "message",
    ]
    /// Words that show a dated text is being introduced ("an article I wrote … on DATE").
    static let writingWords: GrammarWordSet = [
        "wrote", "written", "published", "article", "piece", "column", "post", "essay", "said", "stated", "statement",
        "told", "declared", "interview", "speech", "posted", "tweeted", "announced", "op",
    ]

    static func startsWithAuthorMarker(_ tokens: [WordToken]) -> Bool {
        // "The statement did not give …": the quoted text referred to from outside.
        if tokens.lower(at: 0) == "the", let noun = tokens.lower(at: 1), quotedTextNouns.contains(noun) { return true }
        return authorMarkers.contains { tokens.matches($0, at: 0) }
    }

    static let quotedTextNouns: GrammarWordSet = [
        "statement", "report", "comments", "article", "letter", "message", "communique", "announcement", "speech",
        "interview", "post", "remarks",
    ]

    static func hasFollowCue(_ tokens: [WordToken]) -> Bool {
        // Only a token whose word starts some cue (`GrammarCue.followLead`) can start one.
        let cuesByEntry = followCuesByEntry
        for i in tokens.indices where tokens[i].classes.contains(.followLead) {
            // Only the cues starting with this word are compared ("the following", not "as follows", after "the"),
            // found by the word's lexicon entry (a word without one by its text).
            let entry = tokens[i].entry
            if let cues = entry != WordToken.noEntry ? cuesByEntry[Int(entry)] : followCuesByFirstWord[tokens[i].lower],
               cues.contains(where: { tokens.matches($0, at: i) }) { return true }
        }
        return false
    }

    /// `followCuesByFirstWord` by lexicon entry (`WordToken.entry`): nil for a word that starts no cue.
    private static let followCuesByEntry: [[[String]]?] = CueLexicon.shared.words.map { followCuesByFirstWord[$0] }

    /// `followCues` by first word.
    static let followCuesByFirstWord = GrammarWordMap(Dictionary(grouping: followCues, by: { $0[0] }))

    /// The date of an earlier text a sentence introduces: a written date at day or month precision
    /// after "on"/"in", in a sentence with a writing or speaking word.
    static func anchorDate(_ sentence: TokenizedSentence, times: [TimeExpression]) -> CalendarDate? {
        // The times are read by index, in place: iterating them would copy each one (its strings and years).
        guard times.indices.contains(where: { times[$0].basis == .explicit && times[$0].date?.month != nil }),
              sentence.tokens.contains(where: { $0.classes.contains(.writingWord) }) else { return nil }
        for index in times.indices where times[index].basis == .explicit {
            guard let date = times[index].date, date.month != nil else { continue }
            let before = sentence.tokens.lower(at: times[index].tokens.lowerBound - 1)
            if before == "on" || before == "in" || before == "of" { return date }
        }
        return nil
    }

    static func endsWithoutFullStop(_ text: String) -> Bool {
        // Two ASCII bytes at the end, the last no white space (nor the line feed of a CR LF): the last character is
        // that last byte alone (only CR LF joins two ASCII scalars), read with no walk over characters.
        let bytes = text.utf8
        if bytes.count >= 2, let last = bytes.last, last < 0x80, last != 0x20, !(0x09...0x0D).contains(last),
           bytes[bytes.index(bytes.endIndex, offsetBy: -2)] < 0x80 {
            return !fullStopBytes.contains(last)
        }
        guard let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return !".!?”\"’')…".contains(last) || last == ":"
    }

    /// The ASCII characters among those that end a sentence in `endsWithoutFullStop`.
    private static let fullStopBytes: [UInt8] = Array(".!?\"')".utf8)
}
