/// The key streams (`SpanKeyStream`) the alias matchers ran from start words of one sentence, so that a
/// second matcher starting at the same word ("President Bashar al-Assad": the actor and the person
/// matchers both try it) reads what the first worked out instead of streaming the words again.
///
/// A stream's steps are facts about the text alone (each word's committed key letters, and the key of the
/// span ending there), whatever matcher ran it; each matcher still stops where its own tables say.
/// Held inline in `SpanScratch` (no allocation per sentence) and read in place: a few entries, direct-mapped
/// by start word, each with the first `stepsKept` steps and the stream as it stood after them, to go on from.
struct SpanStreamMemo {
    static let entries = 4
    static let stepsKept = 3

    struct Entry {
        /// The start word + 1; 0: empty.
        var startPlusOne: Int32 = 0
        /// Steps kept: the words `start..<start + steps`.
        var steps: Int32 = 0
        /// The stream after the kept steps.
        var stream = SpanKeyStream()
        var committed: (NameHash, NameHash, NameHash) = (NameHash(), NameHash(), NameHash())
        /// The key of the span ending at the step's word (kept for capitalised words, where matchers ask).
        var keys: (NameHash, NameHash, NameHash) = (NameHash(), NameHash(), NameHash())
        var keyLengths: (Int32, Int32, Int32) = (0, 0, 0)
    }

    private var storage: (Entry, Entry, Entry, Entry) = (Entry(), Entry(), Entry(), Entry())

    @inline(__always)
    private mutating func withEntry<Result>(for start: Int, _ body: (inout Entry) -> Result) -> Result {
        withUnsafeMutablePointer(to: &storage) { tuple in
            tuple.withMemoryRebound(to: Entry.self, capacity: Self.entries) { entries in
                body(&entries[start & (Self.entries - 1)])
            }
        }
    }

    /// How many steps from `start` are kept (0: none). `start` < `Int32.max`.
    @inline(__always)
    mutating func steps(from start: Int) -> Int {
        withEntry(for: start) { $0.startPlusOne == Int32(truncatingIfNeeded: start + 1) ? Int($0.steps) : 0 }
    }

    /// Step `step` from `start` (< `steps(from:)`): the committed letters' hash and the key.
    @inline(__always)
    mutating func step(_ step: Int, from start: Int) -> (committed: NameHash, key: (hash: NameHash, length: Int)) {
        withEntry(for: start) { entry in
            switch step {
            case 0: return (entry.committed.0, (entry.keys.0, Int(entry.keyLengths.0)))
            case 1: return (entry.committed.1, (entry.keys.1, Int(entry.keyLengths.1)))
            default: return (entry.committed.2, (entry.keys.2, Int(entry.keyLengths.2)))
            }
        }
    }

    /// The stream after the steps kept from `start` (`steps(from:)` > 0), to go on from.
    @inline(__always)
    mutating func stream(from start: Int) -> SpanKeyStream {
        withEntry(for: start) { $0.stream }
    }

    /// Keeps step `step` (< `stepsKept`; 0 first, then each next one) from `start`, replacing any other
    /// start's steps in the slot; the stream is kept after the last step kept (`keepStream`).
    @inline(__always)
    mutating func keep(step: Int, from start: Int, committed hash: NameHash, key: (hash: NameHash, length: Int)) {
        withEntry(for: start) { entry in
            let length = Int32(truncatingIfNeeded: key.length)
            switch step {
            case 0:
                entry.startPlusOne = Int32(truncatingIfNeeded: start + 1)
                entry.committed.0 = hash; entry.keys.0 = key.hash; entry.keyLengths.0 = length
            case 1: entry.committed.1 = hash; entry.keys.1 = key.hash; entry.keyLengths.1 = length
            default: entry.committed.2 = hash; entry.keys.2 = key.hash; entry.keyLengths.2 = length
            }
            entry.steps = Int32(truncatingIfNeeded: step + 1)
        }
    }

    /// Keeps the stream as it stands after the last step kept from `start`.
    @inline(__always)
    mutating func keepStream(_ stream: SpanKeyStream, from start: Int) {
        withEntry(for: start) { $0.stream = stream }
    }
}
