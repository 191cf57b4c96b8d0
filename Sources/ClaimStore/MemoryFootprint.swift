/// Heap bytes of the store's packed parts, for memory reports (`claimsh-bench memory --breakdown`). Each counts
/// the buffers' capacity, plus 32 bytes of header for each string kept out of line.
extension EntityStore {
    /// The claims' evidence tables (one per build).
    public var evidenceBytes: Int {
        var seen = Set<ObjectIdentifier>()
        var bytes = 0
        for claim in claims {
            guard let table = claim.evidence.storage, seen.insert(ObjectIdentifier(table)).inserted else { continue }
            bytes += table.packedBytes
        }
        return bytes
    }

    /// The documents' bodies (every sentence's text, which claims share) and where each sentence is in them.
    public var sentenceTextBytes: Int {
        documents.reduce(0) { total, document in
            total + 32 + document.body.utf8.count + 1 + 32 + document.spans.capacity * MemoryLayout<SentenceSpan>.stride
        }
    }
}
