/// Guards a parser loop against spinning without consuming input (after swift-syntax's
/// LoopProgressCondition): each iteration must start at a later token than the one before.
struct LoopProgress {
    private var lastPosition = -1

    /// True when `position` is past the previous iteration's; asserts in debug builds otherwise.
    mutating func advanced(to position: Int) -> Bool {
        defer { lastPosition = position }
        let moved = position > lastPosition
        assert(moved, "parser loop made no progress at token \(position)")
        return moved
    }
}
