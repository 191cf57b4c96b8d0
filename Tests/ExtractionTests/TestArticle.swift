import ClaimCorpus

/// Articles built from paragraphs for extraction tests: a leading "• " marks a list item, and each paragraph's
/// sentences are the splitter's, numbered through the article.
enum TestArticle {
    static func make(_ paragraphs: [String], file: String = "test.txt", title: String = "Test",
                     published: CalendarDate?) -> Article {
        var sentenceNumber = 0
        let built = paragraphs.enumerated().map { offset, raw -> Paragraph in
            let isList = raw.hasPrefix("• ")
            let text = isList ? String(raw.dropFirst(2)) : raw
            let sentences = SentenceSplitter.split(text).map { s -> Sentence in
                sentenceNumber += 1
                return Sentence(text: s, paragraph: offset + 1, index: sentenceNumber)
            }
            return Paragraph(index: offset + 1, text: text, isListItem: isList, sentences: sentences)
        }
        return Article(file: file, title: title, published: published, paragraphs: built)
    }
}
