import ClaimCorpus

/// A document's sentences laid end to end in one string while its records are built, with where each is. A claim's
/// text is found among them (it is normally its sentence); text that is not a sentence is added after them.
struct DocumentBody {
    private(set) var text = ""
    private(set) var sentences: [SentenceSpan] = []
    /// Positions in `sentences` by sentence number, for finding a claim's sentence.
    private var byNumber: [Int: Int] = [:]

    init(_ article: Article) {
        text.reserveCapacity(article.paragraphs.reduce(0) { total, paragraph in
            paragraph.sentences.reduce(total) { $0 + $1.text.utf8.count }
        })
        for paragraph in article.paragraphs {
            for sentence in paragraph.sentences {
                let span = append(sentence.text, paragraph: paragraph.index, index: sentence.index)
                if byNumber[sentence.index] == nil { byNumber[sentence.index] = sentences.count }
                sentences.append(span)
            }
        }
    }

    /// The span of `claimText`: its sentence's when the text is that sentence's, else the text added at the end.
    mutating func span(of claimText: String, sentence number: Int) -> SentenceSpan {
        if let position = byNumber[number], sentences[position].text(in: text) == claimText {
            return sentences[position]
        }
        return append(claimText, paragraph: 0, index: 0)
    }

    private mutating func append(_ piece: String, paragraph: Int, index: Int) -> SentenceSpan {
        let start = text.utf8.count
        let length = piece.utf8.count
        precondition(start + length <= Int(Int32.max), "a document's text is past 2 GB")
        text += piece
        return SentenceSpan(start: Int32(start), length: Int32(length), paragraph: Int32(truncatingIfNeeded: paragraph),
                            index: Int32(truncatingIfNeeded: index))
    }
}
