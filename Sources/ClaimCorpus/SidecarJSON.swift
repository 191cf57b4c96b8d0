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

    /// The metadata of a flat JSON object whose values are strings without escapes or `null`; nil for any other text.
    static func plainObject(_ bytes: UnsafeBufferPointer<UInt8>) -> ArticleMetadata? {
        var index = 0
        func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }
        /// A string at `index` without escapes or control bytes, its quotes left out; nil otherwise.
        func string() -> String? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") || bytes[end] < 0x20 { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            index = end + 1
            return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        var metadata = ArticleMetadata()
        var seen = Set<String>()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                guard let key = string(), seen.insert(key).inserted else { return nil }
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
                switch key {
                case "title": metadata.title = value
                case "outlet": metadata.outlet = value
                case "author": metadata.author = value
                case "published": metadata.published = value
                case "published_precision": metadata.published_precision = value
                case "date_basis": metadata.date_basis = value
                case "basis_note": metadata.basis_note = value
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
        return index == bytes.count ? metadata : nil
    }
}
