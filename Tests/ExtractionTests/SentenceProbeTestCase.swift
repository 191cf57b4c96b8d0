import XCTest
import ClaimCorpus
@testable import ClaimExtraction

/// A test case that extracts sentences written for it as one article published on 9 May 2017, and names what the
/// claims hold (the sessions' tests of blind articles' misses share it).
class SentenceProbeTestCase: XCTestCase {
    let extractor = ClaimExtractor()

    func places(_ c: ExtractedClaim?) -> [String] { c?.placeKeys.compactMap { extractor.catalog.place(forKey: $0)?.name } ?? [] }
    func actors(_ c: ExtractedClaim?) -> [String] { c?.actorKeys.compactMap { extractor.catalog.actor(forKey: $0)?.name } ?? [] }

    func claims(_ paragraphs: [String]) -> [ExtractedClaim] {
        extractor.extract(TestArticle.make(paragraphs, published: CalendarDate(year: 2017, month: 5, day: 9))).claims
    }

    func claim(_ text: String) -> ExtractedClaim? { claims([text]).first }
}
