/// A record id as shown (`c17`): the prefix and the decimal digits written into one small string, which is what
/// `prefix + String(id)` gives, without the intermediate strings.
enum IDText {
    static func make(_ prefix: String, _ id: Int) -> String {
        guard id >= 0, prefix.utf8.count <= 4 else { return prefix + String(id) }
        var digits = 1, rest = id / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let length = prefix.utf8.count + digits
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for byte in prefix.utf8 { buffer[at] = byte; at += 1 }
            var value = id
            for position in stride(from: length - 1, through: at, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            return length
        }
    }
}
