import ArgumentParser
import ClaimCorpus
import ClaimExtraction
import ClaimStore
import Foundation

/// `claimsh-bench memory DIR`: loads DIR the way `claimsh --corpus` does and reports peak and resident memory,
/// the heap in use, and an estimate of where the store's heap goes, per claim.
struct Memory: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load DIR as claimsh does and report peak RSS, resident memory and heap bytes per claim.")

    @Flag(help: "Also estimate the heap bytes of each part of the store (walks every record).") var breakdown = false
    @Argument(help: "A folder of articles.") var directory: String

    func run() throws {
        let load = try MeasuredLoad(directory)
        let (store, seconds, peak, resident) = (load.store, load.seconds, load.peak, load.resident)
        HeapUsage.trim()
        let trimmed = ProcessMemory.residentBytes ?? 0
        let claims = max(1, store.claimCount)
        print(String(format: "loaded %d documents, %d claims, %d figures in %.1f s", store.documentCount, store.claimCount,
                     store.figures.count, seconds))
        print("peak RSS (VmHWM): \(Format.mebibytes(peak)) = \(peak / claims) B/claim")
        print("resident after load (VmRSS): \(Format.mebibytes(resident)) = \(resident / claims) B/claim; "
            + "after malloc_trim: \(Format.mebibytes(trimmed)) = \(trimmed / claims) B/claim")
        if breakdown {
            for (part, bytes) in HeapEstimate.parts(of: store) {
                print(String(format: "  %-28@ %9@ %6d B/claim", part as NSString, Format.mebibytes(bytes) as NSString, bytes / claims))
            }
        }
        withExtendedLifetime(store) {}
    }
}

/// VmRSS counts freed heap pages glibc keeps; trimming them first makes it show what is live.
enum HeapUsage {
    /// Calls glibc's `malloc_trim(0)` (not in Swift's Glibc module, so looked up at run time); no-op elsewhere.
    static func trim() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
}

/// Estimated heap bytes of the store's parts: glibc chunk sizes of arrays and native strings (strings of up to 15
/// UTF-8 bytes are stored inline and cost nothing). Storage shared between values is counted once per holder, so
/// the parts can add up to more than the heap.
enum HeapEstimate {
    /// A glibc chunk for a request of `bytes`.
    static func chunk(_ bytes: Int) -> Int { max(32, (bytes + 8 + 15) & ~15) }

    static func string(_ text: String) -> Int {
        let count = text.utf8.count
        return count <= 15 ? 0 : chunk(32 + count + 1)
    }

    static func string(_ text: String?) -> Int { text.map(string) ?? 0 }

    static func array<Element>(_ values: [Element]) -> Int {
        values.capacity == 0 ? 0 : chunk(32 + values.capacity * MemoryLayout<Element>.stride)
    }

    static func parts(of store: EntityStore) -> [(String, Int)] {
        var parts: [(String, Int)] = [("(claim record stride \(MemoryLayout<ClaimRecord>.stride))", 0)]
        let claims = store.claims
        parts.append(("claim records", array(claims)))
        parts.append(("claim id lists (one 32-bit buffer per document)", claims.reduce(0) { total, claim in
            let numbers = claim.places.count + claim.actors.count + claim.people.count + claim.years.count + claim.figures.count
                + (claim.year == nil ? 0 : 1) + (claim.date == nil ? 0 : 3)
            return total + (numbers == 0 ? 0 : 4 * (8 + numbers))
        } + store.documents.count * 48))
        parts.append(("claim source", claims.reduce(0) { $0 + string($1.source) }))
        parts.append(("claim evidence (packed, one table)", store.evidenceBytes))
        let documents = store.documents
        parts.append(("document records", array(documents) + documents.reduce(0) {
            $0 + string($1.file) + string($1.title) + string($1.outlet) + string($1.author) + array($1.claimIDs)
        }))
        parts.append(("sentence and claim text (one string per document)", store.sentenceTextBytes))
        parts.append(("figure records", array(store.figures) + store.figures.reduce(0) {
            $0 + string($1.unit) + string($1.qualifier) + string($1.text)
        }))
        parts.append(("conflicts, packed (\(store.conflicts.count))", store.conflicts.packedBytes))
        let entityClaims = store.places.map(\.claimIDs.count) + store.actors.map(\.claimIDs.count) + store.people.map(\.claimIDs.count)
        parts.append(("entity claim lists (32-bit)", entityClaims.reduce(0) { $0 + ($1 == 0 ? 0 : chunk(32 + 4 * $1)) }))
        var postings = 0
        for kind in store.schema.kinds {
            for field in kind.fields where field.isIndexed {
                guard let lists = store.postingLists(kind.kind, field: field.name) else { continue }
                var bytes = chunk(lists.capacity * (MemoryLayout<Value>.stride + MemoryLayout<[Int]>.stride + 1))
                var ids = 0
                for (value, list) in lists {
                    if case .string(let text) = value { bytes += string(text) }
                    bytes += array(list)
                    ids += list.count
                }
                parts.append(("  postings \(kind.kind.rawValue).\(field.name): \(lists.count) lists, \(ids) ids", bytes))
                postings += bytes
            }
        }
        parts.append(("field postings", postings))
        parts.append(("total", parts.reduce(0) { $0 + $1.1 }))
        return parts
    }
}

/// One load of a folder as `claimsh --corpus` does it, with its time and the memory read right after.
struct MeasuredLoad {
    let store: EntityStore
    let seconds: Double
    /// VmHWM and VmRSS in bytes (0 where /proc is missing).
    let peak: Int
    let resident: Int

    init(_ directory: String) throws {
        let watch = Stopwatch()
        let result = StoreLoader.load(includeSeeds: false, paths: [directory])
        if result.failed { throw BenchError("no articles could be read from \(directory)") }
        store = result.store
        seconds = watch.seconds
        peak = ProcessMemory.peakResidentBytes ?? 0
        resident = ProcessMemory.residentBytes ?? 0
    }
}
