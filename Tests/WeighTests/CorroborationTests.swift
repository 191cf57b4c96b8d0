import XCTest
import ClaimExtraction
@testable import ClaimStore

final class CorroborationTests: XCTestCase {
    func testOtherDocumentsWithTheSameTypePlaceActorAndYearSupportAClaim() {
        let s = store([
            document("a.txt", published: "2017-10-20", [
                claim("The SDF took Raqqa.", type: .capture, places: ["t:raqqa"], actors: ["t:sdf"], years: [2017]),
                claim("SDF fighters captured Ar Raqqah after months.", type: .capture, places: ["t:raqqa"], actors: ["t:sdf", "t:isis"], years: [2017]),
            ]),
            document("b.txt", published: "2017-10-21", [
                claim("Raqqa fell to the Syrian Democratic Forces.", type: .capture, places: ["t:raqqa", "t:syria"], actors: ["t:sdf"], years: [2017]),
            ]),
            document("c.txt", published: "2017-10-22", [
                claim("Kurdish-led SDF units seized the city of Raqqa.", type: .capture, places: ["t:raqqa"], actors: ["t:sdf"], years: [2016, 2017]),
                claim("Raqqa was taken by the SDF.", type: .other, places: ["t:raqqa"], actors: ["t:sdf"], years: [2017]),
            ]),
            // Each of these differs in one respect: year, actor, type, place.
            document("d.txt", published: "2014", [
                claim("ISIS... no, the SDF took Raqqa in 2014.", type: .capture, places: ["t:raqqa"], actors: ["t:sdf"], years: [2014]),
                claim("The army took Raqqa.", type: .capture, places: ["t:raqqa"], actors: ["t:saa"], years: [2017]),
                claim("The SDF liberated Raqqa.", type: .liberation, places: ["t:raqqa"], actors: ["t:sdf"], years: [2017]),
                claim("The SDF took Homs.", type: .capture, places: ["t:homs"], actors: ["t:sdf"], years: [2017]),
            ]),
        ])
        let support = Corroboration.compute(for: s)
        XCTAssertEqual(support.count, s.claims.count)
        // c1 and c2 (document a) are backed by b and c, each document once, by its first matching claim.
        XCTAssertEqual(support[0].support, 2)
        XCTAssertEqual(support[0].supportedBy, [3, 4])
        XCTAssertEqual(support[1].supportedBy, [3, 4])
        // c3 (document b) by a (its first matching claim, c1) and c.
        XCTAssertEqual(support[2].support, 2)
        XCTAssertEqual(support[2].supportedBy, [1, 4])
        // `other` claims are never matched or supported.
        XCTAssertEqual(support[4].support, 0)
        // Different year, actor, type or place: no support.
        for id in 6...9 { XCTAssertEqual(support[id - 1].support, 0, "c\(id)") }
        XCTAssertEqual(support.filter { $0.support >= 2 }.count, 4)
    }

    func testUndatedClaimsMatchOnlyUndatedClaims() {
        let s = store([
            document("a.txt", published: nil, [
                claim("ISIS attacked Homs.", type: .attack, places: ["t:homs"], actors: ["t:isis"]),
            ]),
            document("b.txt", published: nil, [
                claim("Homs came under ISIS attack.", type: .attack, places: ["t:homs"], actors: ["t:isis"]),
            ]),
            document("c.txt", published: "2016", [
                claim("ISIS attacked Homs in 2016.", type: .attack, places: ["t:homs"], actors: ["t:isis"], years: [2016]),
            ]),
        ])
        let support = Corroboration.compute(for: s)
        XCTAssertEqual(support.map(\.support), [1, 1, 0])
        XCTAssertEqual(support[0].supportedBy, [2])
    }

    func testClaimsWithoutPlaceOrActorHaveNoSupport() {
        let s = store([
            document("a.txt", published: "2017", [claim("They attacked.", type: .attack, actors: ["t:isis"], years: [2017])]),
            document("b.txt", published: "2017", [claim("They attacked.", type: .attack, actors: ["t:isis"], years: [2017])]),
        ])
        XCTAssertEqual(Corroboration.compute(for: s).map(\.support), [0, 0])
    }
}
