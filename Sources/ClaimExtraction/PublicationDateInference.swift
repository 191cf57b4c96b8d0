import ClaimCorpus

/// Guesses when an undated article was written from the dates it mentions.
///
/// The latest explicit date or year written in the body is taken as the publication date, at the
/// precision it was written (a later bare year beats an earlier full date: "19 January 2016 … in
/// 2017" → 2017). Spans count by their last year. Relative expressions cannot help, having nothing
/// to resolve against. Callers mark the result `DateBasis.inferred`.
public enum PublicationDateInference {
    public static func infer(_ article: Article) -> CalendarDate? {
        var latest: CalendarDate?
        for sentence in article.sentences {
            let tokenized = TokenizedSentence(sentence.text)
            for time in TemporalScanner.scan(tokenized, reference: nil) where time.basis == .explicit {
                let candidate = time.date ?? time.years.last.map { CalendarDate(year: $0) }
                if let candidate, latest.map({ candidate > $0 }) ?? true { latest = candidate }
            }
        }
        return latest
    }
}
