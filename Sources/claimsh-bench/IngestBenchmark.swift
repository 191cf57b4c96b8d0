import ClaimCorpus
import ClaimExtraction
import ClaimStore
import Foundation

/// Work spread over a fixed number of worker threads, so 1 and 2 cores can be compared. Each worker takes the
/// next unclaimed index; results land in their input slot, so the output does not depend on the timing.
enum ParallelMap {
    static func map<Result>(count: Int, workers: Int, _ transform: @escaping (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        let queue = WorkQueue(count: count)
        let finished = DispatchGroup()
        for _ in 0..<max(1, workers) {
            finished.enter()
            let thread = Thread {
                while let index = queue.next() { slots.set(index, transform(index)) }
                finished.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        finished.wait()
        return slots.values
    }
}

enum ParallelExtraction {
    static func extract(_ articles: [Article], workers: Int, extractor: ClaimExtractor = ClaimExtractor()) -> [ExtractedDocument] {
        ParallelMap.map(count: articles.count, workers: workers) { extractor.extract(articles[$0]) }
    }

    /// Reads (with sidecars) and extracts each file, as `claimsh --corpus` does; unreadable files are left out.
    static func ingest(_ files: [String], workers: Int, extractor: ClaimExtractor = ClaimExtractor()) -> [ExtractedDocument] {
        ParallelMap.map(count: files.count, workers: workers) { index -> ExtractedDocument? in
            guard let (article, _) = try? ArticleReader.read(path: files[index]) else { return nil }
            return extractor.extract(article)
        }.compactMap { $0 }
    }
}

/// One slot per input, each written by exactly one worker and read only after every worker has finished,
/// so no lock is needed.
final class Slots<Element>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Element?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        if let base = storage.baseAddress { base.deinitialize(count: storage.count) }
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Element) { storage[index] = value }

    var values: [Element] { storage.map { $0! } }
}

/// Hands out article indices, one at a time, to competing workers.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }
}

/// The article files of a folder, as `claimsh --corpus` finds them.
enum CorpusReader {
    static func articleFiles(in directory: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
        return names.map { URL(fileURLWithPath: directory).appendingPathComponent($0).path }
    }

    /// Bytes of article text in `files` (sidecars not counted).
    static func size(of files: [String]) -> Int {
        files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }
}

/// What one timed extraction did.
struct IngestMeasurement {
    var workers: Int
    var articles: Int
    var bytes: Int
    var claims: Int
    var seconds: Double
    /// CPU time the process used meanwhile (all threads): near `seconds × workers` when the cores were free.
    var cpuSeconds: Double

    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    var claimsPerSecond: Double { Double(claims) / seconds }
}

enum IngestBenchmark {
    /// Reading and extraction of `files` with `workers` threads, timed together.
    static func measure(_ files: [String], bytes: Int, workers: Int) -> (IngestMeasurement, [ExtractedDocument]) {
        // As `claimsh` does at start-up: the tables built once (matchers, lexicons) are not part of the rate.
        ClaimExtractor.loadTablesBesidesGazetteer()
        let started = Stopwatch()
        let cpuStart = ProcessMemory.cpuSeconds
        let documents = ParallelExtraction.ingest(files, workers: workers)
        let seconds = started.seconds
        let cpu = ProcessMemory.cpuSeconds - cpuStart
        let claims = documents.reduce(0) { $0 + $1.claims.count }
        return (IngestMeasurement(workers: workers, articles: documents.count, bytes: bytes, claims: claims, seconds: seconds,
                                  cpuSeconds: cpu), documents)
    }
}

/// Wall time since creation, from the monotonic clock.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds
    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}

/// Memory and CPU figures of this process.
enum ProcessMemory {
    /// User and system CPU time of every thread so far.
    static var cpuSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Peak resident set size (VmHWM) in bytes, nil where /proc is missing.
    static var peakResidentBytes: Int? { field("VmHWM:") }
    static var residentBytes: Int? { field("VmRSS:") }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}
