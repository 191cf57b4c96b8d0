import CLibEdit
#if canImport(Glibc)
import Glibc
#endif

/// The only user of libedit: prompts, editing, Up/Down, Ctrl-R, Tab completion.
/// Used only when stdin is a terminal; scripts and pipes go through DescriptorLineSource.
public final class LineEditor: LineSource {
    public static let defaultPrompt = "claimsh> "
    /// The input loop sets it before each line (`lesson 3> ` during the tutorial).
    public var prompt = defaultPrompt
    public var continuationPrompt = "   ...> "
    /// Computes candidates for the line and cursor (scalars); set by the shell.
    public var completer: (String, Int) -> [Candidate] = { _, _ in [] }

    public var isInteractive: Bool { true }

    public init(programName: String) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        // The editor lives as long as the process's shell; libedit keeps the pointer.
        claimsh_editor_setup(programName, { context, line, cursor, wordStart, append in
            guard let context, let line else { return nil }
            let editor = Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue()
            return editor.completionMatches(line: String(cString: line), cursor: Int(cursor),
                                             wordStart: Int(wordStart), append: append)
        }, context)
    }

    public func nextLine(continuation: Bool) -> String? {
        guard let raw = claimsh_editor_readline(continuation ? continuationPrompt : prompt) else { return nil }
        defer { claimsh_free(raw) }
        return String(cString: raw)
    }

    private func completionMatches(line: String, cursor: Int, wordStart: Int,
                                   append: UnsafeMutablePointer<Int32>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        let scalars = Array(line.unicodeScalars)
        let cursor = min(cursor, scalars.count)
        let candidates = completer(line, cursor)
        let (matches, appendCharacter) = LibeditMatches.matches(line: Array(scalars[..<cursor]),
                                                                 wordStart: min(wordStart, cursor), candidates: candidates)
        guard !matches.isEmpty else { return nil }
        append?.pointee = Int32(appendCharacter?.unicodeScalars.first?.value ?? 0)
        // libedit frees these with free(): allocate with malloc via strdup.
        let array = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (matches.count + 1))!
            .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: matches.count + 1)
        for (index, match) in matches.enumerated() { array[index] = strdup(match) }
        array[matches.count] = nil
        return array
    }
}
