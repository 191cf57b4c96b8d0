/// Word lists that keep the place recogniser from reading ordinary words as places.
enum PlaceStopWords {
    /// Lowercase words that may start a name: unambiguous Arabic articles (`al-Mayadeen`, `ash Sabahiyyah`).
    static let leadingArticles: Set<String> = ["al", "el", "ar", "ash", "az", "ez", "ad", "adh", "ath", "ed", "es", "er"]
    /// Articles that are also English words: they start a name only when hyphenated (`as-Sukhnah`, `an-Nasiriyah`).
    static let hyphenOnlyArticles: Set<String> = ["as", "at", "an", "en", "un", "ut", "ud", "ul", "il", "ur", "et"]

    static func isArticle(_ lowercased: String) -> Bool {
        leadingArticles.contains(lowercased) || hyphenOnlyArticles.contains(lowercased)
    }

    /// Name prefixes that are never a place on their own: `Deir` (monastery), `Tell` (mound), `Abu` (father of) …
    static let prefixes: Set<String> = [
        "al", "el", "deir", "dayr", "der", "dair", "abu", "abou", "ash", "tell", "tal", "tall", "kafr", "kfar", "ain",
        "ayn", "bab", "jabal", "jebel", "wadi", "khan", "qasr", "umm", "bir", "ras", "sheikh", "shaykh", "beit",
        "bayt", "nahr", "hay", "hayy", "mazraa", "qaryat", "sayyid", "bani", "beni", "bin", "ibn", "bu", "albu",
        "jisr", "qalaat", "maarat", "marj", "tal", "new", "old", "upper", "lower", "greater", "little",
    ]

    /// Lowercase words allowed inside a name found by key (`Dayr az Zawr`, `Abu bin Ali`).
    static let connectors: Set<String> = ["bin", "ibn", "bu", "abu", "bint", "wa", "de", "la"]

    /// Capitalised English words (sentence openers, titles, months, and the feasts of the Islamic calendar) that
    /// GeoNames also lists as place names or spellings somewhere; a single such word never counts as a place.
    static let english: Set<String> = Set("""
    a about above across after again against ago all also although always among an and another any april \
    are around as at august away back backed be because been before being below between both breaking but by \
    can capital central city coast comment comments could country day days december desert despite did do does \
    down during each early east eastern eight either eleven else even ever every february few fighting finally \
    first five following for four friday from front further general given great had has have he her here his \
    hit home how however if in into is it its january july june just key kurds last late later latest leader \
    least left like local long made main major many march may mayor me meanwhile men military minister monday \
    more most much must my near nearly never new news next nine no none nor north northern not now november \
    october of on once one only or other others our out over part peace people per police post power president \
    prime province reports reported report rural said saturday says second security september seven several she \
    should since six so some soon source sources south southern spring state still such sunday support ten than \
    that the their them then there these they third this those though three thursday thus to today told \
    tomorrow too town troops tuesday two under until up upon us very via war was we wednesday week well were \
    west western what when where whether which while who whose why will with within without would yesterday yet \
    you your zone army air base border forces government group islamic state caliph caliphate sunni shia \
    arab arabs media press agency view views what think subscribe notify inline feedbacks upvote downvote \
    leave donate paypal source published key words link share read more home page top bottom victory battle \
    siege attack attacks offensive operation operations area areas region regions road roads river rivers \
    valley oil gas field fields camp camps city cities village villages mosque great grand royal golden green \
    red white black blue star moon sun sea lake island islands bay cape gulf hill hills mount mountain point \
    springs wells well park garden gardens market bridge station tower castle palace house gate square \
    radio television channel network daily times herald tribune gazette telegraph broadcasting
    ramadan ashura eid
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Demonyms and group names: actor evidence, never a place on their own (`Syrian` is not Surian).
    static let demonyms: Set<String> = Set("""
    syrian syrians iraqi iraqis russian russians american americans iranian iranians turkish turk turks kurdish     kurd kurds lebanese jordanian jordanians saudi saudis israeli israelis british french european europeans     arab arabs arabic persian palestinian palestinians egyptian afghan chechen qatari emirati yemeni libyan     western eastern islamic jihadi jihadist jihadis sunni sunnis shia shiite shiites alawite alawites christian     christians muslim muslims yazidi yazidis assyrian druze turkmen
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Country adjectives for border phrases (`the Syrian-Iraqi border`). Not place mentions on their own.
    static func countryForAdjective(_ word: String) -> String? {
        borderAdjectives[word.lowercased()]
    }

    static let borderAdjectives: [String: String] = [
        "syrian": "Syria", "syria": "Syria", "iraqi": "Iraq", "iraq": "Iraq", "turkish": "Turkey",
        "turkey": "Turkey", "jordanian": "Jordan", "jordan": "Jordan", "lebanese": "Lebanon",
        "lebanon": "Lebanon", "iranian": "Iran", "iran": "Iran", "israeli": "Israel", "israel": "Israel",
        "saudi": "Saudi Arabia",
    ]
}
