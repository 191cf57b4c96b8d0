/// Text with a line map built once, so offsets turn into line and column only when shown.
public struct SourceFile: Sendable {
    public let name: String?
    public let text: String
    /// The UTF-8 offset at which each line starts.
    public let lineStarts: [Int]
    /// The 1-based line number of the first line (a statement inside a script starts further down).
    public let firstLine: Int

    public init(name: String? = nil, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// 1-based line and column (the column counts characters, not bytes).
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let index = lineIndex(of: offset)
        let lineStart = lineStarts[index]
        let bytes = Array(text.utf8)
        let end = min(max(offset, lineStart), bytes.count)
        let prefix = String(decoding: bytes[lineStart..<end], as: UTF8.self)
        return (firstLine + index, prefix.count + 1)
    }

    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The text of the line at `index` (0-based in this file), without its newline.
    public func line(at index: Int) -> String {
        let bytes = Array(text.utf8)
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, end <= bytes.count, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}
