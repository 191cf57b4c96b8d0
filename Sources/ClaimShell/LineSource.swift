#if canImport(Glibc)
import Glibc
#endif

/// Where the input loop gets its lines: the line editor, a script file, piped stdin, a `-c` string.
public protocol LineSource: AnyObject {
    /// The next line without its newline, or nil at end of input (or, for the editor, on Ctrl-C:
    /// the loop tells the two apart by the interrupt flag). `continuation` selects the prompt.
    func nextLine(continuation: Bool) -> String?
    /// Whether a person is typing (prompts, history, banner, Ctrl-C clears the line).
    var isInteractive: Bool { get }
}

/// Lines from a file descriptor with plain buffered reads: scripts, `.read`, the rc file, piped stdin.
public final class DescriptorLineSource: LineSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var reachedEnd = false

    public var isInteractive: Bool { false }

    public init(descriptor: Int32, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
    }

    /// Opens `path` for reading; nil with errno's message when it cannot be opened.
    public static func open(path: String) -> Result<DescriptorLineSource, ShellError> {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(ShellError("cannot read '\(path)': it is a directory"))
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            return .failure(ShellError("cannot read '\(path)': \(String(cString: strerror(errno)))"))
        }
        return .success(DescriptorLineSource(descriptor: descriptor, ownsDescriptor: true))
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    public func nextLine(continuation: Bool) -> String? {
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[position..<end], as: UTF8.self)
                position = newline + 1
                return line
            }
            if reachedEnd {
                guard position < buffer.count else { return nil }
                let line = String(decoding: buffer[position...], as: UTF8.self)
                position = buffer.count
                return line
            }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count < 0 && errno == EINTR {
                // Ctrl-C while waiting on a pipe: stop reading this input.
                reachedEnd = true
                buffer.removeAll()
                position = 0
            } else {
                reachedEnd = true
            }
        }
    }
}

/// Lines of a string (`-c`, tests).
public final class StringLineSource: LineSource {
    private var lines: [String]
    private var index = 0
    public var isInteractive: Bool { false }

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
    }

    public func nextLine(continuation: Bool) -> String? {
        guard index < lines.count else { return nil }
        defer { index += 1 }
        return lines[index]
    }
}

/// A message for the person at the terminal (not a query diagnostic).
public struct ShellError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
