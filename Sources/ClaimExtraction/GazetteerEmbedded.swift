extension Gazetteer {
    /// A new gazetteer from the embedded tables: GeoNames, the curated supplement and the extra aliases.
    /// `shared` is one of these; the bench builds more to time the load.
    public static func loadEmbedded() -> Gazetteer {
        Gazetteer(tables: [
            GazetteerTable(tsv: gazetteerTSV, source: "GeoNames"),
            GazetteerTable(tsv: placeSupplementTSV, source: "supplement"),
        ], aliasAdditions: placeAliasAdditionsTSV)
    }
}
