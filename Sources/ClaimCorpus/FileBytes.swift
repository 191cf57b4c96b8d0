import Foundation

/// A file's bytes read with `open` and `read` straight into an array: `FileManager.contents(atPath:)` makes a
/// `Data` (which the reader then copied into an array) at several times the cost per small file.
enum FileBytes {
    /// The whole file; nil when it cannot be opened or read, as `contents(atPath:)` gives nil (a folder too).
    static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // The size `stat` gives, and a byte more to see the end: filled by `read`, never cleared first.
        let expected = max(Int(info.st_size), 0) + 1
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { return }
                count += got
            }
        }
        guard !failed else { return nil }
        // A file that grew, or a special file whose size `stat` gives as 0, is read on to its end.
        if bytes.count == expected {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if got < 0, errno == EINTR { continue }
                if got < 0 { return nil }
                if got == 0 { break }
                bytes.append(contentsOf: chunk[0..<got])
            }
        }
        return bytes
    }
}
