/// Values numbered in the order they are first seen, each kept once: the string and tuple tables that packed
/// evidence and conflicts refer to by number.
struct Interner<Element: Hashable> {
    /// Every value, at its number.
    private(set) var values: [Element] = []
    private var numbers: [Element: UInt32] = [:]

    /// The number of `value`, added on first use.
    mutating func number(for value: Element) -> UInt32 {
        if let number = numbers[value] { return number }
        let number = UInt32(values.count)
        values.append(value)
        numbers[value] = number
        return number
    }

    /// Drops the lookup once nothing more is added; numbers already handed out stay valid.
    mutating func seal() { numbers = [:] }
}
