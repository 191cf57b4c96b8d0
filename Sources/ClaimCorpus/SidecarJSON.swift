import Foundation

/// Reads a `NAME.meta.json` sidecar. Nearly every sidecar is one flat object of plain strings (no escapes):
/// that form is read here byte by byte, for a fraction of what `JSONDecoder` costs per file; anything else
/// (escapes, numbers, nesting, repeated keys, invalid UTF-8, any syntax error) goes to `JSONDecoder`, so the
/// result, or the error thrown, is always what `JSONDecoder` gives.
enum SidecarJSON {
    static func decode(_ bytes: [UInt8]) throws -> ArticleMetadata {
        if let metadata = bytes.withUnsafeBufferPointer({ plainObject($0) }) { return metadata }
        return try JSONDecoder().decode(ArticleMetadata.self, from: Data(bytes))
    }

    static func decode(_ data: Data) throws -> ArticleMetadata {
        if let metadata = data.withUnsafeBytes({ (raw: UnsafeRawBufferPointer) in plainObject(raw.assumingMemoryBound(to: UInt8.self)) }) {
            return metadata
        }
        return try JSONDecoder().decode(ArticleMetadata.self, from: data)
    }

    /// The metadata and the keys it does not read ("titel"), which the reader warns about.
    static func decodeReportingUnknownKeys(_ bytes: [UInt8]) throws -> (ArticleMetadata, unknownKeys: [String]) {
        var unknown: [String] = []
        if let metadata = bytes.withUnsafeBufferPointer({ plainObject($0, unknownKeys: &unknown) }) { return (metadata, unknown) }
        let metadata = try JSONDecoder().decode(ArticleMetadata.self, from: Data(bytes))
        let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        let known = Set(ArticleMetadata.sidecarKeys)
        return (metadata, (object?.keys.filter { !known.contains($0) } ?? []).sorted())
    }

    /// The keys `plainObject` reads, in the order of its `switch`.
    private static let fieldKeys: [[UInt8]] = ["title", "outlet", "author", "published", "published_precision", "date_basis",
                                                "basis_note", "date", "published_at"].map { Array($0.utf8) }

    /// The metadata of a flat JSON object whose values are strings without escapes or `null`; nil for any other text.
    static func plainObject(_ bytes: UnsafeBufferPointer<UInt8>) -> ArticleMetadata? {
        var unknown: [String] = []
        return plainObject(bytes, unknownKeys: &unknown)
    }

    /// The same, with the keys it does not read in `unknownKeys`, in the order written.
    static func plainObject(_ bytes: UnsafeBufferPointer<UInt8>, unknownKeys: inout [String]) -> ArticleMetadata? {
        var index = 0
        func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }
        /// The bytes of a string at `index` without escapes or control bytes, its quotes left out; nil otherwise.
        func rawString() -> UnsafeBufferPointer<UInt8>? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") || bytes[end] < 0x20 { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            index = end + 1
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }
        /// The same as a String; nil for invalid UTF-8 too.
        func string() -> String? {
            rawString().flatMap(validString)
        }
        var metadata = ArticleMetadata()
        // "published" wins over "date", and "date" over "published_at", wherever each is written.
        var date: String?
        var publishedAt: String?
        // A known key is told by its bytes (no other text equals one of these ASCII words) and marked seen by
        // its bit; any other key is made a String for the set.
        var seenFields = 0
        var seen = Set<String>()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                guard let keyBytes = rawString() else { return nil }
                let field = fieldKeys.firstIndex { $0.elementsEqual(keyBytes) }
                if let field {
                    guard seenFields & (1 << field) == 0 else { return nil }
                    seenFields |= 1 << field
                } else {
                    guard let key = validString(keyBytes), seen.insert(key).inserted else { return nil }
                    unknownKeys.append(key)
                }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                skipSpace()
                let value: String?
                if index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
                   bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") {
                    index += 4
                    value = nil
                } else {
                    guard let text = string() else { return nil }
                    value = text
                }
                switch field ?? -1 {
                case 0: metadata.title = value
                case 1: metadata.outlet = value
                case 2: metadata.author = value
                case 3: metadata.published = value
                case 4: metadata.published_precision = value
                case 5: metadata.date_basis = value
                case 6: metadata.basis_note = value
                case 7: date = value
                case 8: publishedAt = value
                default: break
                }
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    skipSpace()
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    break
                } else {
                    return nil
                }
            }
        }
        skipSpace()
        guard index == bytes.count else { return nil }
        if metadata.published == nil { metadata.published = date ?? publishedAt }
        return metadata
    }

    /// The bytes as a String, nil when they are not valid UTF-8: the decision `String(validating:)` makes, without
    /// its unspecialised generic path (about a thousand instructions for a short value).
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        UTF8Validity.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }
}
