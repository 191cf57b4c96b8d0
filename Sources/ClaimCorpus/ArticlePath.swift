import Foundation

/// An article file's name and the path of its `NAME.meta.json` sidecar, as `URL` gives them
/// (`lastPathComponent`, and `deletingPathExtension().path` plus ".meta.json").
///
/// A plain path (ASCII letters, digits, "_", "-" and ".", no empty, "." or ".." component, a name with a
/// letters-and-digits extension) is split as text: `URL` would make the same parts at some fifty times the
/// cost. The sidecar of a relative path then stays relative, naming the same file. Any other path goes
/// through `URL`.
enum ArticlePath {
    static func nameAndSidecar(of path: String) -> (name: String, sidecar: String) {
        if let parts = plainNameAndSidecar(of: path) { return parts }
        let url = URL(fileURLWithPath: path)
        return (url.lastPathComponent, url.deletingPathExtension().path + ".meta.json")
    }

    static func plainNameAndSidecar(of path: String) -> (name: String, sidecar: String)? {
        var text = path
        return text.withUTF8 { bytes -> (name: String, sidecar: String)? in
            guard !bytes.isEmpty, bytes.allSatisfy(isPlain) else { return nil }
            // Components between slashes: an absolute path starts with one empty component; no other may be
            // empty (no "//", no final "/"), ".", or "..".
            var start = 0
            var nameStart = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                let length = end - start
                if !(start == 0 && length == 0 && end < bytes.count) {
                    guard length > 0, !(length <= 2 && bytes[start..<end].allSatisfy { $0 == UInt8(ascii: ".") }) else { return nil }
                }
                nameStart = start
                start = end + 1
            }
            let name = UnsafeBufferPointer(rebasing: bytes[nameStart...])
            guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return nil }
            let stem = name[name.startIndex..<dot]
            let pathExtension = name[(dot + 1)...]
            guard !pathExtension.isEmpty, pathExtension.allSatisfy(isLetterOrDigit),
                  let first = stem.first, let last = stem.last, first != UInt8(ascii: "."), last != UInt8(ascii: ".") else { return nil }
            let sidecar = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - pathExtension.count - 1)]), as: UTF8.self)
                + ".meta.json"
            return (String(decoding: name, as: UTF8.self), sidecar)
        }
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "/")
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }
}
