/// One completion: put `replacement` in place of the text from scalar index `start` to the cursor.
public struct Candidate: Equatable, Sendable {
    public var replacement: String
    /// Unicode-scalar index in the line (libedit's rl_point counts scalars, not bytes).
    public var start: Int
    /// Appended after a single match: a space after a word, `"` to close a quoted name, nil after a directory.
    public var appendCharacter: Character?

    public init(_ replacement: String, start: Int, append: Character? = " ") {
        self.replacement = replacement
        self.start = start
        self.appendCharacter = append
    }
}

/// What a meta-command's arguments complete to.
public enum ArgumentCompletion: Sendable, Equatable {
    case nothing
    case files
    case words([String])
    case kinds
    /// The rest of the line is a query (`.explain`).
    case query
    /// Meta-command names and kinds (`.help`).
    case helpTopics
}

/// A value a field takes: a canonical name and the other spellings it is known by.
public struct CompletionValue: Equatable, Sendable {
    public var name: String
    public var aliases: [String]
    public init(_ name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}

/// A directory entry, for path completion.
public struct DirectoryEntry: Equatable, Sendable {
    public var name: String
    public var isDirectory: Bool
    public init(name: String, isDirectory: Bool) {
        self.name = name
        self.isDirectory = isDirectory
    }
}

/// Everything completion may consult. Plain data and closures, so tests build one by hand.
public struct CompletionContext {
    /// Entity kinds (`claims`, `places`, …).
    public var kinds: [String]
    /// Names bound by `let`.
    public var savedNames: [String]
    /// Meta-commands with their leading dot, and what their arguments complete to.
    public var metaCommands: [(name: String, arguments: ArgumentCompletion)]
    /// Field names of a kind; nil kind means every kind's fields.
    public var fields: (_ kind: String?) -> [String]
    public var valueStyle: (_ kind: String?, _ field: String) -> ValueStyle
    /// Values a field takes (for entity fields: canonical names and aliases).
    public var values: (_ kind: String?, _ field: String) -> [CompletionValue]
    /// The transliteration key names match by.
    public var key: (String) -> String
    /// Entries of a directory (the path as typed, `~` expanded by the closure).
    public var listDirectory: (String) -> [DirectoryEntry]

    public init(kinds: [String], savedNames: [String], metaCommands: [(name: String, arguments: ArgumentCompletion)],
                fields: @escaping (String?) -> [String], valueStyle: @escaping (String?, String) -> ValueStyle,
                values: @escaping (String?, String) -> [CompletionValue], key: @escaping (String) -> String,
                listDirectory: @escaping (String) -> [DirectoryEntry]) {
        self.kinds = kinds
        self.savedNames = savedNames
        self.metaCommands = metaCommands
        self.fields = fields
        self.valueStyle = valueStyle
        self.values = values
        self.key = key
        self.listDirectory = listDirectory
    }
}
