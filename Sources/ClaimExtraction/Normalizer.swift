import Foundation

/// Folds names so that different spellings of one name meet on one key.
/// (First cut: case and diacritics only; the extraction work deepens it.)
public enum Normalizer {
    /// The transliteration key of a name: `Deir al-Zour` and `Deir ez-Zor` should share one.
    public static func key(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
