import Foundation
import XCTest
@testable import ClaimCorpus

/// `ArticlePath` splits plain paths as text: the name and the sidecar file must be what `URL` gives, for every path.
final class ArticlePathTests: XCTestCase {
    private let paths = [
        "/tmp/corpus/0000001.txt", "seeds/isis-raqqa.txt", "a.txt", "/a.txt", "dir/sub/x.tar.gz", "x.html", "/x/y/Z_9-q.HTML",
        "dir/.hidden", "dir/.hidden.txt", "dir/noext", "dir/trailing.", "dir/a..txt", "dir//a.txt", "dir/a.txt/", "./a.txt",
        "dir/../a.txt", "dir/./a.txt", "..", ".", "/", "", "~/a.txt", "dir/a b.txt", "dir/caf\u{E9}.txt", "dir/a%20b.txt",
        "dir/a.t-t", "dir/a.t_t", "dir/a.tx t", "dir/-a.txt", "dir/a-.txt", "dir/_.txt", "/tmp/bench-s4dir/corpus-25000-seed1/0000002.txt",
        "dir.d/a.txt", "a.b.c", "dir/a.1", "/.txt", "a/.txt", "...txt", "a.txt.", "dir/a.txt..",
    ]

    func testNamesAndSidecarsAreWhatURLGives() {
        for path in paths {
            let url = URL(fileURLWithPath: path)
            let (name, sidecar) = ArticlePath.nameAndSidecar(of: path)
            XCTAssertEqual(name, url.lastPathComponent, path)
            // A relative sidecar names the file the absolute one names.
            XCTAssertEqual(URL(fileURLWithPath: sidecar).path, url.deletingPathExtension().path + ".meta.json", path)
        }
    }

    func testPlainPathsAreSplitAsText() {
        XCTAssertEqual(ArticlePath.plainNameAndSidecar(of: "/tmp/c/0000001.txt")?.name, "0000001.txt")
        XCTAssertEqual(ArticlePath.plainNameAndSidecar(of: "/tmp/c/0000001.txt")?.sidecar, "/tmp/c/0000001.meta.json")
        XCTAssertNil(ArticlePath.plainNameAndSidecar(of: "dir/.hidden"))
        XCTAssertNil(ArticlePath.plainNameAndSidecar(of: "dir/a b.txt"))
    }
}
