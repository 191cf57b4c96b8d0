/// Finds mentions of known people in text.
public struct PersonRecognizer: Sendable {
    public init() {}

    public static let entries: [PersonEntry] = []

    public func recognize(in text: String) -> [EntityMatch] {
        []
    }
}
