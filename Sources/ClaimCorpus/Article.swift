/// Where a document's publication date came from.
public enum DateBasis: String, Sendable, Codable {
    case stated, metadata, inferred
}

/// One sentence (or clause) of an article body, with its position.
public struct Sentence: Hashable, Sendable {
    public var text: String
    /// 1-based paragraph number within the article body.
    public var paragraph: Int
    /// 1-based sentence number within the article body.
    public var index: Int

    public init(text: String, paragraph: Int, index: Int) {
        self.text = text
        self.paragraph = paragraph
        self.index = index
    }
}

public struct Paragraph: Hashable, Sendable {
    /// 1-based position in the body.
    public var index: Int
    public var text: String
    /// A bullet or numbered list item (its marker removed).
    public var isListItem: Bool
    public var sentences: [Sentence]

    public init(index: Int, text: String, isListItem: Bool, sentences: [Sentence]) {
        self.index = index
        self.text = text
        self.isListItem = isListItem
        self.sentences = sentences
    }
}

/// Metadata for an article, from a sidecar `NAME.meta.json`, a front-matter block or the text.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var outlet: String?
    public var author: String?
    /// ISO date: `2017`, `2017-11` or `2017-11-03`.
    public var published: String?
    public var published_precision: String?
    public var date_basis: String?
    public var basis_note: String?

    public init(title: String? = nil, outlet: String? = nil, author: String? = nil, published: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
    }

    private enum CodingKeys: String, CodingKey {
        case title, outlet, author, published, published_precision, date_basis, basis_note
        // Read only: a sidecar may say "date" or "published_at" for "published", as front matter may.
        case date, published_at
    }

    /// The keys a sidecar may hold.
    public static let sidecarKeys: [String] = ["title", "outlet", "author", "published", "date", "published_at",
                                               "published_precision", "date_basis", "basis_note"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        outlet = try container.decodeIfPresent(String.self, forKey: .outlet)
        author = try container.decodeIfPresent(String.self, forKey: .author)
        let date = try container.decodeIfPresent(String.self, forKey: .date)
        let publishedAt = try container.decodeIfPresent(String.self, forKey: .published_at)
        published = try container.decodeIfPresent(String.self, forKey: .published) ?? date ?? publishedAt
        published_precision = try container.decodeIfPresent(String.self, forKey: .published_precision)
        date_basis = try container.decodeIfPresent(String.self, forKey: .date_basis)
        basis_note = try container.decodeIfPresent(String.self, forKey: .basis_note)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(outlet, forKey: .outlet)
        try container.encodeIfPresent(author, forKey: .author)
        try container.encodeIfPresent(published, forKey: .published)
        try container.encodeIfPresent(published_precision, forKey: .published_precision)
        try container.encodeIfPresent(date_basis, forKey: .date_basis)
        try container.encodeIfPresent(basis_note, forKey: .basis_note)
    }

    /// Fields of `other` fill the ones this lacks.
    public func filling(from other: ArticleMetadata) -> ArticleMetadata {
        var merged = self
        merged.title = title ?? other.title
        merged.outlet = outlet ?? other.outlet
        merged.author = author ?? other.author
        if published == nil {
            merged.published = other.published
            merged.published_precision = other.published_precision
            merged.date_basis = other.date_basis
            merged.basis_note = other.basis_note
        }
        return merged
    }
}

/// A cleaned article: its metadata and its body split into paragraphs and sentences.
public struct Article: Hashable, Sendable {
    /// The file name as loaded (no directory).
    public var file: String
    public var title: String
    public var outlet: String?
    public var author: String?
    public var published: CalendarDate?
    public var dateBasis: DateBasis?
    public var paragraphs: [Paragraph]

    public init(file: String, title: String, outlet: String? = nil, author: String? = nil,
                published: CalendarDate? = nil, dateBasis: DateBasis? = nil, paragraphs: [Paragraph]) {
        self.file = file
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.dateBasis = dateBasis
        self.paragraphs = paragraphs
    }

    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }

    /// Runs of bytes between spaces and line breaks (a byte scan: Character splitting cost a tenth of start-up).
    public var wordCount: Int {
        var words = 0
        for paragraph in paragraphs {
            var inWord = false
            for byte in paragraph.text.utf8 {
                let isBreak = byte == 0x20 || byte == 0x0A
                if !isBreak, !inWord { words += 1 }
                inWord = !isBreak
            }
        }
        return words
    }
}
