/// Finds actor mentions (states, armed forces, groups, news sources) in text.
public struct ActorRecognizer: Sendable {
    public init() {}

    public static let entries: [ActorEntry] = []

    public func recognize(in text: String) -> [EntityMatch] {
        []
    }
}
