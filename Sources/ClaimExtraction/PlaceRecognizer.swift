/// Finds place mentions in text using the gazetteer.
public struct PlaceRecognizer: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// Every place mentioned in `text`, longest match first, no overlaps.
    public func recognize(in text: String, countryContext: [String] = []) -> [EntityMatch] {
        []
    }
}
