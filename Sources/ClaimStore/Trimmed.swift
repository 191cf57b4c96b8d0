extension Array {
    /// The elements in an array of exactly their size. An array grown by appending keeps up to twice the room it
    /// needs, and the store keeps millions of ids, evidence items and conflicts.
    func trimmed() -> [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }
}
