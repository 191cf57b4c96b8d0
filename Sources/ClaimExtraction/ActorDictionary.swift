/// The curated actor dictionary: states, armed forces, militias, jihadist groups, coalitions,
/// governments and news sources of the Syrian and Iraqi wars, with the spellings the press uses.
///
/// Demonyms are aliases of their state (`Russian airstrikes` names Russia); a country's own name is an
/// alias only for states outside Syria and Iraq, whose names in this corpus are mostly places.
/// All-capitals aliases match only in capitals (`US`, not "us").
enum ActorDictionary {
    static let entries: [ActorEntry] = [
        // Jihadist groups
        actor("isis", "Islamic State", "jihadist group", nil, nil,
              ["ISIS", "ISIL", "IS", "Islamic State", "Islamic State group", "Islamic State of Iraq and the Levant",
               "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria", "Daesh", "Da'esh", "Daish",
               "Dawlat al-Islamiyah"]),
        actor("al-qaeda", "Al-Qaeda", "jihadist group", nil, nil,
              ["Al-Qaeda", "al-Qaida", "Al Qaeda", "Al-Qa'ida", "Qaeda"]),
        actor("nusra", "Al-Nusra Front", "jihadist group", "Syria", "al-qaeda",
              ["Al-Nusra Front", "Jabhat al-Nusra", "Nusra Front", "Nusra", "al-Nusra", "Jabhat Fateh al-Sham",
               "Jabhat Fatah al-Sham"]),
        actor("hts", "Hayat Tahrir al-Sham", "jihadist group", "Syria", nil,
              ["Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham", "Hay'at Tahrir al-Sham"]),
        // Syria
        actor("syria", "Syria", "state", "Syria", nil, ["Syrian", "Syrians"]),
        actor("syrian-government", "Syrian government", "government", "Syria", nil,
              ["Syrian government", "Syrian regime", "Assad regime", "Assad government", "Damascus government",
               "Syrian leadership", "Syrian state", "government in Damascus"]),
        actor("syrian-army", "Syrian Army", "armed force", "Syria", nil,
              ["Syrian Army", "SAA", "Syrian Arab Army", "Syrian troops", "Syrian military", "government forces",
               "regime forces", "pro-government forces", "Syrian forces", "Syrian soldiers", "Syrian armed forces",
               "Syrian government troops", "Syrian government forces", "Syrian national forces", "Syrian air force",
               "Syrian Arab Air Force", "Syrian militaries"]),
        actor("tiger-forces", "Tiger Forces", "armed force", "Syria", "syrian-army",
              ["Tiger Forces", "Tiger Force", "Qawat al-Nimr"]),
        actor("republican-guard", "Republican Guard", "armed force", "Syria", "syrian-army",
              ["Republican Guard", "Republican Guards"]),
        actor("sdf", "Syrian Democratic Forces", "militia", "Syria", nil,
              ["SDF", "Syrian Democratic Forces", "Syrian Democratic Force"]),
        actor("kurdish-forces", "Kurdish forces", "militia", nil, nil,
              ["Kurdish forces", "Kurds", "Kurdish", "Kurdish militia", "Kurdish militias", "Kurdish fighters", "YPG",
               "YPJ", "People's Protection Units", "Kurdish YPG", "Kurdish-led forces"]),
        actor("peshmerga", "Peshmerga", "armed force", "Iraq", nil, ["Peshmerga", "Kurdish Peshmerga"]),
        actor("fsa", "Free Syrian Army", "militia", "Syria", nil, ["Free Syrian Army", "FSA"]),
        actor("syrian-opposition", "Syrian opposition", "militia", "Syria", nil,
              ["Syrian opposition", "Syrian rebels", "rebels", "rebel forces", "opposition forces", "rebel groups",
               "armed opposition"]),
        // Iraq
        actor("iraq", "Iraq", "state", "Iraq", nil, ["Iraqi", "Iraqis"]),
        actor("iraqi-government", "Iraqi government", "government", "Iraq", nil,
              ["Iraqi government", "Baghdad government", "government in Baghdad"]),
        actor("iraqi-army", "Iraqi Army", "armed force", "Iraq", nil,
              ["Iraqi Army", "Iraqi forces", "Iraqi security forces", "ISF", "Iraqi troops", "Iraqi military",
               "Iraqi soldiers", "Iraqi armed forces", "Iraqi Counter Terrorism Service", "Iraqi armies"]),
        actor("pmu", "Popular Mobilization Units", "militia", "Iraq", nil,
              ["PMU", "PMF", "Popular Mobilization Units", "Popular Mobilisation Units", "Popular Mobilization Forces",
               "Popular Mobilisation Forces", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashd al-Sha'bi", "Hashd"]),
        // Others in the war
        actor("hezbollah", "Hezbollah", "militia", "Lebanon", nil, ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"]),
        actor("united-states", "United States", "state", "United States", nil,
              ["United States", "US", "U.S", "USA", "America", "American", "Americans", "US government",
               "United States of America", "Washington"]),
        actor("us-led-coalition", "US-led coalition", "coalition", nil, "united-states",
              ["US-led coalition", "US coalition", "U.S.-led coalition", "international coalition",
               "anti-ISIS coalition", "coalition forces", "Coalition", "Global Coalition", "US-led international coalition",
               // "the coalition" and the coalition's aircraft and spokesmen: in this war, the US-led one
               // ("a coalition of rebel groups" names none).
               "the coalition", "coalition aircraft", "coalition jets", "coalition warplanes", "coalition air strikes",
               "coalition airstrikes", "coalition strikes", "coalition officials", "coalition spokesman",
               "coalition bombardment", "coalition-backed"]),
        actor("russia", "Russia", "state", "Russia", nil,
              ["Russia", "Russian", "Russians", "Russian Federation", "Kremlin", "Russian air force", "Russian military"]),
        actor("iran", "Iran", "state", "Iran", nil, ["Iran", "Iranian", "Iranians", "Islamic Republic"]),
        actor("irgc", "Islamic Revolutionary Guard Corps", "armed force", "Iran", "iran",
              ["IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Quds Force"]),
        actor("turkey", "Turkey", "state", "Turkey", nil, ["Turkey", "Turkish", "Turks"]),
        actor("united-kingdom", "United Kingdom", "state", "United Kingdom", nil, ["United Kingdom", "Britain", "British", "UK"]),
        actor("france", "France", "state", "France", nil, ["France", "French"]),
        actor("israel", "Israel", "state", "Israel", nil, ["Israel", "Israeli", "Israelis"]),
        actor("saudi-arabia", "Saudi Arabia", "state", "Saudi Arabia", nil, ["Saudi Arabia", "Saudi", "Saudis"]),
        actor("qatar", "Qatar", "state", "Qatar", nil, ["Qatar", "Qatari"]),
        actor("jordan", "Jordan", "state", "Jordan", nil, ["Jordanian", "Jordanians"]),
        actor("united-nations", "United Nations", "coalition", nil, nil, ["United Nations", "UN", "U.N"]),
        actor("nato", "NATO", "coalition", nil, nil, ["NATO"]),
        // News sources
        actor("amaq", "Amaq", "news source", nil, "isis", ["Amaq", "Amaq News Agency", "A'maq"]),
        actor("al-masdar", "Al-Masdar News", "news source", "Lebanon", nil,
              ["Al-Masdar", "Al-Masdar News", "AMN", "Al Masdar News", "Masdar News"]),
        actor("sputnik", "Sputnik", "news source", "Russia", nil, ["Sputnik", "Sputnik News"]),
        actor("rt", "RT", "news source", "Russia", nil, ["RT", "Russia Today"]),
        actor("guardian", "The Guardian", "news source", "United Kingdom", nil, ["the Guardian", "The Guardian", "Guardian"]),
        actor("the-duran", "The Duran", "news source", nil, nil, ["The Duran", "Duran"]),
        actor("zero-hedge", "Zero Hedge", "news source", nil, nil, ["Zero Hedge", "ZeroHedge"]),
        actor("reuters", "Reuters", "news source", nil, nil, ["Reuters"]),
        actor("afp", "AFP", "news source", "France", nil, ["AFP", "Agence France-Presse"]),
        actor("associated-press", "Associated Press", "news source", "United States", nil, ["Associated Press", "AP"]),
        actor("bbc", "BBC", "news source", "United Kingdom", nil, ["BBC"]),
        actor("al-jazeera", "Al Jazeera", "news source", "Qatar", nil, ["Al Jazeera", "Al-Jazeera", "Aljazeera"]),
        actor("sana", "SANA", "news source", "Syria", nil, ["SANA", "Syrian Arab News Agency"]),
        actor("sohr", "Syrian Observatory for Human Rights", "news source", nil, nil,
              ["Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory"]),
        actor("syria-comment", "Syria Comment", "news source", nil, nil, ["Syria Comment"]),
        // Regional and wire outlets that report the war. An outlet sharing a town's name is listed only with
        // its media noun ("Al Mayadeen TV"); a bare "Al-Mayadeen" stays the town.
        actor("anadolu", "Anadolu Agency", "news source", "Turkey", nil, ["Anadolu Agency", "Anadolu news agency"]),
        actor("al-arabiya", "Al Arabiya", "news source", "Saudi Arabia", nil, ["Al Arabiya", "Al-Arabiya", "Alarabiya"]),
        actor("al-sumaria", "Al-Sumaria", "news source", "Iraq", nil, ["Al-Sumaria", "Al Sumaria", "Alsumaria", "Al-Sumaria TV", "Al Sumaria TV"]),
        actor("rudaw", "Rudaw", "news source", "Iraq", nil, ["Rudaw"]),
        actor("kurdistan-24", "Kurdistan 24", "news source", "Iraq", nil, ["Kurdistan 24", "Kurdistan24"]),
        actor("al-mayadeen-tv", "Al Mayadeen TV", "news source", "Lebanon", nil,
              ["Al Mayadeen TV", "Al-Mayadeen TV", "Al Mayadeen channel", "Al-Mayadeen channel", "Al Mayadeen television"]),
        actor("hawar", "Hawar News Agency", "news source", "Syria", nil, ["Hawar News Agency", "Hawar News", "ANHA"]),
        actor("enab-baladi", "Enab Baladi", "news source", "Syria", nil, ["Enab Baladi"]),
        actor("al-ikhbariya", "Al-Ikhbariya", "news source", "Syria", nil, ["Al-Ikhbariya", "Al Ikhbariya", "Ikhbariya"]),
        actor("tass", "TASS", "news source", "Russia", nil, ["TASS"]),
        actor("interfax", "Interfax", "news source", "Russia", nil, ["Interfax"]),
        actor("irna", "IRNA", "news source", "Iran", nil, ["IRNA", "Islamic Republic News Agency"]),
        actor("fars-news", "Fars News Agency", "news source", "Iran", nil, ["Fars News Agency", "Fars News", "Fars news agency"]),
        actor("tasnim", "Tasnim News Agency", "news source", "Iran", nil, ["Tasnim", "Tasnim News Agency", "Tasnim News"]),
        actor("press-tv", "Press TV", "news source", "Iran", nil, ["Press TV", "PressTV"]),
        actor("cnn", "CNN", "news source", "United States", nil, ["CNN"]),
        actor("new-york-times", "The New York Times", "news source", "United States", nil, ["The New York Times", "New York Times"]),
        actor("washington-post", "The Washington Post", "news source", "United States", nil, ["The Washington Post", "Washington Post"]),
        actor("airwars", "Airwars", "news source", "United Kingdom", nil, ["Airwars"]),
        actor("deir-ezzor-24", "DeirEzzor 24", "news source", nil, nil, ["DeirEzzor 24", "Deir Ezzor 24", "Deir ez-Zor 24"]),
        actor("rbss", "Raqqa is Being Slaughtered Silently", "news source", nil, nil, ["Raqqa is Being Slaughtered Silently", "RBSS"]),
    ]

    /// Capitals that name their government when they speak (`Damascus said`, `Moscow denied`).
    static let speakingCapitals: [String: String] = [
        "Damascus": "syrian-government", "Baghdad": "iraqi-government", "Moscow": "russia",
        "Washington": "united-states", "Tehran": "iran", "Ankara": "turkey", "Riyadh": "saudi-arabia",
        "London": "united-kingdom", "Paris": "france",
    ]

    /// Verbs after which a capital is a speaker.
    static let speechVerbs: Set<String> = [
        "said", "says", "claimed", "claims", "announced", "announces", "accused", "accuses", "denied", "denies",
        "insisted", "insists", "warned", "warns", "stated", "states", "responded", "rejected", "rejects",
        "condemned", "condemns", "demanded", "demands", "argued", "argues", "confirmed", "confirms",
    ]

    private static func actor(_ slug: String, _ name: String, _ kind: String, _ country: String?, _ partOf: String?,
                              _ aliases: [String]) -> ActorEntry {
        ActorEntry(key: "actor:\(slug)", name: name, aliases: aliases, kind: kind, country: country,
                   partOf: partOf.map { "actor:\($0)" })
    }
}
