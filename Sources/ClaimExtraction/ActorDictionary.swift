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
        actor("jaish-khalid", "Jaish Khalid ibn al-Walid", "jihadist group", "Syria", "isis",
              ["Jaish Khalid ibn al-Walid", "Jaysh Khalid ibn al-Walid", "Khalid ibn al-Walid Army"]),
        // Syria
        actor("syria", "Syria", "state", "Syria", nil, ["Syrian", "Syrians"]),
        actor("syrian-government", "Syrian government", "government", "Syria", nil,
              ["Syrian government", "Syrian regime", "Assad regime", "Assad government", "Damascus government",
               "Syrian leadership", "Syrian state", "government in Damascus"]),
        actor("syrian-army", "Syrian Army", "armed force", "Syria", nil,
              ["Syrian Army", "SAA", "Syrian Arab Army", "Syrian troops", "Syrian military", "government forces",
               "government troops", "government soldiers", "regime forces", "regime troops", "pro-government forces",
               "pro-government fighters", "pro-government troops", "pro-regime forces", "pro-regime fighters", "pro-regime troops",
               "pro-Assad forces", "pro-Assad fighters", "pro-Assad troops", "Syrian forces", "Syrian soldiers", "Syrian armed forces",
               "Syrian government troops", "Syrian government forces", "Syrian national forces", "Syrian air force",
               "Syrian Arab Air Force", "Syrian militaries", "Assad forces", "Assad troops", "Assad's forces", "Assad's troops",
               // The air force's: "government warplanes", "regime helicopters".
               "government warplanes", "government aircraft", "government jets", "government helicopters",
               "regime warplanes", "regime aircraft", "regime jets", "regime helicopters"]),
        // Pro-government militias fighting beside the army, not part of it.
        actor("national-defence-forces", "National Defence Forces", "militia", "Syria", nil,
              ["National Defence Forces", "National Defense Forces", "National Defence Force", "National Defense Force", "NDF"]),
        actor("liwa-al-quds", "Liwa al-Quds", "militia", "Syria", nil, ["Liwa al-Quds", "Quds Brigade", "al-Quds Brigade"]),
        actor("national-front-for-liberation", "National Front for Liberation", "militia", "Syria", nil,
              ["National Front for Liberation", "National Liberation Front", "NFL", "NLF"]),
        // The Russian-backed brigade of former rebels in Daraa, part of the army's Fifth Corps.
        actor("eighth-brigade", "Eighth Brigade", "militia", "Syria", nil, ["Eighth Brigade", "8th Brigade"]),
        actor("white-flags", "White Flags", "militia", "Iraq", nil, ["White Flags", "Rayat al-Bayda", "Rayat al-Baydaa"]),
        // The name Iran-aligned factions use in claiming attacks on US forces.
        actor("islamic-resistance-in-iraq", "Islamic Resistance in Iraq", "militia", "Iraq", nil, ["Islamic Resistance in Iraq"]),
        actor("supreme-judicial-council", "Supreme Judicial Council", "government", "Iraq", nil,
              ["Supreme Judicial Council", "Iraqi Supreme Judicial Council"]),
        // Tribes whose fighters took sides against ISIS (and whose massacres the wires report).
        actor("albu-nimr", "Albu Nimr", "militia", "Iraq", nil, ["Albu Nimr", "Al Bu Nimr", "Albunimr", "al-Bu Nimr"]),
        actor("albu-mahal", "Albu Mahal", "militia", "Iraq", nil, ["Albu Mahal", "Al Bu Mahal", "Albumahal", "al-Bu Mahal"]),
        actor("shaitat", "Shaitat", "militia", "Syria", nil, ["Shaitat", "Sheitat", "al-Shaitat", "Shu'aytat", "Shuaytat"]),
        actor("jaghaifi", "Jaghaifi", "militia", "Iraq", nil, ["Jaghaifi", "Jughaifi", "Jghaifi"]),
        // Assyrian Christian militias on the Khabur.
        actor("khabour-guards", "Khabour Guards", "militia", "Syria", nil, ["Khabour Guards", "Khabur Guards"]),
        actor("sutoro", "Sutoro", "militia", "Syria", nil, ["Sutoro", "Sutoro police", "Syriac Security Office"]),
        actor("akaidat", "Akaidat", "militia", "Syria", nil,
              ["Akaidat", "Uqaydat", "Ugaidat", "Egaidat", "Akeidat", "Agaidat", "al-Akaidat", "al-Uqaydat", "al-Ugaidat"]),
        actor("tiger-forces", "Tiger Forces", "armed force", "Syria", "syrian-army",
              ["Tiger Forces", "Tiger Force", "Qawat al-Nimr"]),
        actor("republican-guard", "Republican Guard", "armed force", "Syria", "syrian-army",
              ["Republican Guard", "Republican Guards"]),
        actor("fourth-division", "4th Armoured Division", "armed force", "Syria", "syrian-army",
              ["4th Division", "Fourth Division", "4th Armoured Division", "4th Armored Division", "Fourth Armoured Division"]),
        actor("sdf", "Syrian Democratic Forces", "militia", "Syria", nil,
              ["SDF", "Syrian Democratic Forces", "Syrian Democratic Force"]),
        actor("kurdish-forces", "Kurdish forces", "militia", nil, nil,
              ["Kurdish forces", "Kurds", "Kurdish", "Kurdish militia", "Kurdish militias", "Kurdish fighters", "YPG",
               "YPJ", "People's Protection Units", "Kurdish YPG", "Kurdish-led forces"]),
        // The SDF's local military councils, named after their towns: the council is the actor, not the town.
        actor("manbij-military-council", "Manbij Military Council", "militia", "Syria", "sdf", ["Manbij Military Council", "Manbej Military Council"]),
        actor("deir-ez-zor-military-council", "Deir ez-Zor Military Council", "militia", "Syria", "sdf",
              ["Deir ez-Zor Military Council", "Deir Ezzor Military Council", "Deir al-Zour Military Council", "Deir el-Zour Military Council",
               "Deir al-Zor Military Council"]),
        actor("raqqa-military-council", "Raqqa Military Council", "militia", "Syria", "sdf", ["Raqqa Military Council", "Raqqah Military Council"]),
        actor("tabqa-military-council", "Tabqa Military Council", "militia", "Syria", "sdf", ["Tabqa Military Council"]),
        actor("jarablus-military-council", "Jarablus Military Council", "militia", "Syria", "sdf", ["Jarablus Military Council"]),
        actor("al-bab-military-council", "Al-Bab Military Council", "militia", "Syria", "sdf", ["Al-Bab Military Council", "al-Bab Military Council"]),
        actor("syriac-military-council", "Syriac Military Council", "militia", "Syria", "sdf", ["Syriac Military Council", "MFS"]),
        actor("asayish", "Asayish", "militia", "Syria", "kurdish-forces", ["Asayish", "Asayesh", "Asayish police"]),
        actor("pkk", "Kurdistan Workers' Party", "militia", "Turkey", nil,
              ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdistan Workers’ Party"]),
        actor("peshmerga", "Peshmerga", "armed force", "Iraq", "krg", ["Peshmerga", "Kurdish Peshmerga"]),
        actor("ybs", "Sinjar Resistance Units", "militia", "Iraq", nil,
              ["Sinjar Resistance Units", "Shingal Resistance Units", "YBS"]),
        actor("krg", "Kurdistan Regional Government", "government", "Iraq", nil,
              ["Kurdistan Regional Government", "KRG", "Kurdish Regional Government", "Kurdistan regional government",
               "government in Erbil"]),
        actor("krsc", "Kurdistan Region Security Council", "government", "Iraq", "krg",
              ["Kurdistan Region Security Council", "KRSC", "Kurdistan Region's Security Council"]),
        actor("fsa", "Free Syrian Army", "militia", "Syria", nil, ["Free Syrian Army", "FSA"]),
        // Political parties whose statements and quarrels the press reports as actors' ("a KDP spokesman said").
        actor("kdp", "Kurdistan Democratic Party", "party", "Iraq", nil,
              ["Kurdistan Democratic Party", "KDP", "Democratic Party of Kurdistan"]),
        actor("puk", "Patriotic Union of Kurdistan", "party", "Iraq", nil, ["Patriotic Union of Kurdistan", "PUK"]),
        actor("gorran", "Gorran Movement", "party", "Iraq", nil, ["Gorran", "Gorran Movement", "Goran Movement"]),
        actor("dawa", "Islamic Dawa Party", "party", "Iraq", nil,
              ["Islamic Dawa Party", "Dawa Party", "Da'wa Party", "Dawa party", "Islamic Dawa party"]),
        actor("sadrists", "Sadrist Movement", "party", "Iraq", nil, ["Sadrist Movement", "Sadrist movement", "Sadrists"]),
        actor("pyd", "Democratic Union Party", "party", "Syria", nil, ["Democratic Union Party", "PYD"]),
        actor("enks", "Kurdish National Council", "party", "Syria", nil, ["Kurdish National Council", "ENKS", "KNC"]),
        actor("baath", "Baath Party", "party", nil, nil,
              ["Baath Party", "Ba'ath Party", "Baath party", "Ba'ath party", "Arab Socialist Baath Party", "Baathists"]),
        actor("akp", "Justice and Development Party", "party", "Turkey", nil, ["Justice and Development Party", "AKP", "AK Party"]),
        actor("hdp", "Peoples' Democratic Party", "party", "Turkey", nil,
              ["Peoples' Democratic Party", "Peoples’ Democratic Party", "People's Democratic Party", "HDP"]),
        // Rebel factions: each listed by its own names, never by a word it shares with others ("Islam", "Army").
        actor("jaish-al-izza", "Jaish al-Izza", "militia", "Syria", nil, ["Jaish al-Izza", "Jaysh al-Izza", "Jaish al-Ezza", "Army of Glory"]),
        actor("jaish-al-islam", "Jaish al-Islam", "militia", "Syria", nil, ["Jaish al-Islam", "Jaysh al-Islam", "Army of Islam"]),
        actor("faylaq-al-rahman", "Faylaq al-Rahman", "militia", "Syria", nil,
              ["Faylaq al-Rahman", "Failaq al-Rahman", "Al-Rahman Legion", "Rahman Legion", "Rahman Corps"]),
        actor("ahrar-al-sham", "Ahrar al-Sham", "militia", "Syria", nil, ["Ahrar al-Sham", "Harakat Ahrar al-Sham", "Ahrar al-Sham Islamic Movement"]),
        actor("zenki", "Nour al-Din al-Zenki", "militia", "Syria", nil,
              ["Nour al-Din al-Zenki", "Nour al-Din al-Zinki", "Nureddin al-Zenki", "Harakat Nour al-Din al-Zenki"]),
        actor("sultan-murad", "Sultan Murad Division", "militia", "Syria", "syrian-national-army",
              ["Sultan Murad Division", "Sultan Murad brigade", "Sultan Murad Brigade", "Sultan Murad Brigades", "Sultan Murad"]),
        actor("syrian-national-army", "Syrian National Army", "militia", "Syria", nil,
              ["Syrian National Army", "Turkish-backed Free Syrian Army", "Turkish-backed FSA"]),
        // Operations rooms and factions of the opposition named as actors.
        actor("fatah-halab", "Fatah Halab", "militia", "Syria", "syrian-opposition",
              ["Fatah Halab", "Fatah Haleb", "Fateh Halab", "Fatah Halab operations room"]),
        actor("levant-front", "Levant Front", "militia", "Syria", "syrian-opposition",
              ["Levant Front", "Jabhat al-Shamiya", "al-Jabha al-Shamiya", "Jabha Shamiya", "Shamiya Front"]),
        actor("maghawir-al-thawra", "Maghawir al-Thawra", "militia", "Syria", "syrian-opposition",
              ["Maghawir al-Thawra", "Mughawir al-Thawra", "Maghaweer al-Thowra", "Revolutionary Commando Army"]),
        actor("syrian-opposition", "Syrian opposition", "militia", "Syria", nil,
              ["Syrian opposition", "Syrian rebels", "Syrian rebel", "rebels", "rebel", "rebel forces", "opposition forces", "rebel groups",
               "armed opposition", "rebel fighters", "opposition fighters", "rebel factions", "opposition factions",
               // Who holds a place: "the rebel-held enclave".
               "rebel-held", "opposition-held", "rebel-controlled", "opposition-controlled"]),
        // Lebanon, whose army fought the group in the mountains on the Syrian border
        actor("lebanon", "Lebanon", "state", "Lebanon", nil, ["Lebanese", "government in Beirut"]),
        actor("lebanese-army", "Lebanese Army", "armed force", "Lebanon", nil,
              ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Lebanese troops", "Lebanese soldiers", "Lebanese military"]),
        // Iraq
        actor("iraq", "Iraq", "state", "Iraq", nil, ["Iraqi", "Iraqis"]),
        actor("iraqi-government", "Iraqi government", "government", "Iraq", nil,
              ["Iraqi government", "Baghdad government", "government in Baghdad"]),
        actor("iraqi-army", "Iraqi Army", "armed force", "Iraq", nil,
              ["Iraqi Army", "Iraqi forces", "Iraqi security forces", "ISF", "Iraqi troops", "Iraqi military",
               "Iraqi soldiers", "Iraqi armed forces", "Iraqi armies",
               // Iraq's elite Counter-Terrorism Service counts as its forces (as the gold conventions read it).
               "Iraqi Counter Terrorism Service", "Iraqi Counter-Terrorism Service", "Counter-Terrorism Service",
               "Counter Terrorism Service", "CTS", "ICTS", "Golden Division", "Iraqi special forces",
               "Iraqi counter-terrorism forces", "Iraqi counter-terrorism troops", "Iraqi counterterrorism forces",
               "Iraqi government forces", "Iraqi government troops"]),
        actor("pmu", "Popular Mobilization Units", "militia", "Iraq", nil,
              ["PMU", "PMF", "Popular Mobilization Units", "Popular Mobilisation Units", "Popular Mobilization Forces",
               "Popular Mobilisation Forces", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashd al-Sha'bi", "Hashd",
               "Popular Mobilisation", "Popular Mobilization"]),
        // The Sunni tribes' fighters enrolled under the PMU ("tribal Hashd").
        actor("harakat-al-nujaba", "Harakat al-Nujaba", "militia", "Iraq", "pmu",
              ["Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba", "al-Nujaba", "Nujaba", "al-Nujaba Movement"]),
        actor("hashd-al-ashairi", "Hashd al-Asha'iri", "militia", "Iraq", "pmu",
              ["Hashd al-Asha'iri", "Hashd al-Ashairi", "al-Hashd al-Asha'iri", "Tribal Mobilisation", "Tribal Mobilization",
               "Tribal Mobilization Forces", "Tribal Mobilisation Forces"]),
        actor("kataib-hezbollah", "Kataib Hezbollah", "militia", "Iraq", "pmu", ["Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizbollah"]),
        actor("asaib-ahl-al-haq", "Asaib Ahl al-Haq", "militia", "Iraq", "pmu", ["Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq"]),
        actor("badr", "Badr Organization", "militia", "Iraq", "pmu", ["Badr Organization", "Badr Organisation", "Badr Brigade", "Badr militia"]),
        // The councils the SDF set up to run the towns it took.
        actor("raqqa-civil-council", "Raqqa Civil Council", "government", "Syria", nil,
              ["Raqqa Civil Council", "Raqqa civil council", "RCC"]),
        // Parliamentary blocs whose statements and boycotts the press reports.
        actor("iraqi-forces-union", "Iraqi Forces Union", "government", "Iraq", nil,
              ["Iraqi Forces Union", "Union of Iraqi Forces", "Iraqi Forces Alliance", "Alliance of Iraqi Forces"]),
        actor("saraya-al-salam", "Saraya al-Salam", "militia", "Iraq", "pmu", ["Saraya al-Salam", "Saraya al-Salaam", "Peace Brigades"]),
        // The interior ministry's forces, beside the army.
        actor("iraqi-federal-police", "Iraqi Federal Police", "armed force", "Iraq", nil,
              ["Iraqi Federal Police", "Federal Police", "Iraqi federal police forces"]),
        actor("emergency-response-division", "Emergency Response Division", "armed force", "Iraq", nil,
              ["Emergency Response Division", "ERD", "Iraqi Emergency Response Division"]),
        // Others in the war
        actor("fatemiyoun", "Liwa Fatemiyoun", "militia", nil, "irgc", ["Liwa Fatemiyoun", "Fatemiyoun", "Fatemiyoun Brigade", "Fatemiyoun Division"]),
        actor("wagner", "Wagner Group", "armed force", "Russia", nil, ["Wagner Group", "Wagner PMC", "PMC Wagner", "Wagner mercenaries"]),
        actor("hezbollah", "Hezbollah", "militia", "Lebanon", nil, ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"]),
        actor("united-states", "United States", "state", "United States", nil,
              ["United States", "US", "U.S", "USA", "America", "American", "Americans", "US government",
               "United States of America", "Washington", "Pentagon", "White House", "State Department"]),
        actor("us-led-coalition", "US-led coalition", "coalition", nil, "united-states",
              // "US-led air strikes" are the coalition's, not the United States' alone.
              ["US-led coalition", "US-led", "U.S.-led", "Combined Joint Task Force", "CJTF-OIR", "Operation Inherent Resolve", "US coalition", "U.S.-led coalition", "international coalition",
               "anti-ISIS coalition", "coalition forces", "coalition troops", "coalition soldiers", "Coalition", "Global Coalition", "US-led international coalition",
               // "the coalition" and the coalition's aircraft and spokesmen: in this war, the US-led one
               // ("a coalition of rebel groups" names none).
               "the coalition", "coalition aircraft", "coalition jets", "coalition warplanes", "coalition air strikes",
               "coalition airstrikes", "coalition strikes", "coalition officials", "coalition official", "coalition spokesman",
               "coalition spokeswoman", "coalition commander", "coalition commanders",
               "coalition air raids", "coalition raids", "coalition bombing", "coalition planes", "coalition aeroplanes",
               "coalition bombardment", "coalition-backed", "coalition helicopters", "coalition helicopter", "coalition drones",
               "coalition drone", "coalition advisers", "coalition advisors", "coalition special forces", "coalition partners",
               "coalition fighter jets", "coalition warplane"]),
        actor("russia", "Russia", "state", "Russia", nil,
              ["Russia", "Russian", "Russians", "Russian Federation", "Kremlin", "Russian air force", "Russian military",
               "government in Moscow"]),
        actor("iran", "Iran", "state", "Iran", nil, ["Iran", "Iranian", "Iranians", "Islamic Republic", "government in Tehran"]),
        actor("ahvaz-national-resistance", "Ahvaz National Resistance", "militia", "Iran", nil,
              ["Ahvaz National Resistance", "Ahwaz National Resistance", "al-Ahvazia", "Ahvazi National Resistance"]),
        actor("irgc", "Islamic Revolutionary Guard Corps", "armed force", "Iran", "iran",
              ["IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard", "Quds Force",
               "Iranian Revolutionary Guard", "Iranian Revolutionary Guards"]),
        actor("turkey", "Turkey", "state", "Turkey", nil, ["Turkey", "Turkish", "Turks", "government in Ankara"]),
        actor("united-kingdom", "United Kingdom", "state", "United Kingdom", nil, ["United Kingdom", "Britain", "British", "UK"]),
        actor("france", "France", "state", "France", nil, ["France", "French"]),
        actor("israel", "Israel", "state", "Israel", nil, ["Israel", "Israeli", "Israelis"]),
        actor("saudi-arabia", "Saudi Arabia", "state", "Saudi Arabia", nil, ["Saudi Arabia", "Saudi", "Saudis"]),
        actor("qatar", "Qatar", "state", "Qatar", nil, ["Qatar", "Qatari"]),
        actor("jordan", "Jordan", "state", "Jordan", nil, ["Jordanian", "Jordanians", "government in Amman"]),
        actor("jordan-psd", "Public Security Directorate", "armed force", "Jordan", "jordan",
              ["Public Security Directorate", "Jordan's Public Security Directorate", "Jordanian Public Security Directorate"]),
        // Members of the coalition against ISIS and other states the war's news names by demonym.
        actor("australia", "Australia", "state", "Australia", nil, ["Australia", "Australian"]),
        actor("canada", "Canada", "state", "Canada", nil, ["Canada", "Canadian"]),
        actor("germany", "Germany", "state", "Germany", nil, ["Germany", "German"]),
        actor("netherlands", "Netherlands", "state", "The Netherlands", nil, ["Netherlands", "the Netherlands", "Dutch"]),
        actor("denmark", "Denmark", "state", "Denmark", nil, ["Denmark", "Danish"]),
        actor("belgium", "Belgium", "state", "Belgium", nil, ["Belgium", "Belgian"]),
        actor("uae", "United Arab Emirates", "state", "United Arab Emirates", nil, ["United Arab Emirates", "UAE", "Emirati"]),
        actor("egypt", "Egypt", "state", "Egypt", nil, ["Egypt", "Egyptian"]),
        actor("china", "China", "state", "China", nil, ["China", "Chinese"]),
        actor("italy", "Italy", "state", "Italy", nil, ["Italy", "Italian"]),
        actor("spain", "Spain", "state", "Spain", nil, ["Spain", "Spanish"]),
        actor("united-nations", "United Nations", "coalition", nil, nil, ["United Nations", "UN", "U.N"]),
        // UN agencies that count the displaced, the hungry and the dead: parts of the UN; to claims they are
        // sources of figures and reports, as the monitors are.
        actor("unhcr", "UNHCR", "news source", nil, "united-nations",
              ["UNHCR", "UN refugee commissioner"]),
        actor("iom", "International Organization for Migration", "news source", nil, "united-nations",
              ["International Organization for Migration", "International Organisation for Migration", "IOM"]),
        actor("wfp", "World Food Programme", "news source", nil, "united-nations",
              ["World Food Programme", "World Food Program", "WFP"]),
        actor("unicef", "UNICEF", "news source", nil, "united-nations", ["UNICEF", "Unicef", "UN Children's Fund"]),
        actor("unrwa", "UNRWA", "news source", nil, "united-nations",
              ["UNRWA", "UN Relief and Works Agency", "United Nations Relief and Works Agency"]),
        actor("ocha", "OCHA", "news source", nil, "united-nations",
              ["OCHA"]),
        actor("unesco", "UNESCO", "news source", nil, "united-nations", ["UNESCO", "Unesco"]),
        actor("who", "World Health Organization", "news source", nil, "united-nations",
              ["World Health Organization", "World Health Organisation"]),
        actor("nato", "NATO", "coalition", nil, nil, ["NATO"]),
        actor("european-union", "European Union", "coalition", nil, nil, ["European Union", "EU"]),
        actor("arab-league", "Arab League", "coalition", nil, nil, ["Arab League", "League of Arab States"]),
        // News sources
        actor("amaq", "Amaq", "news source", nil, "isis", ["Amaq", "Amaq News Agency", "A'maq"]),
        actor("al-furqan", "Al-Furqan", "news source", nil, "isis", ["Al-Furqan", "Al-Furqan Foundation", "al-Furqan Media", "Furqan Foundation"]),
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
        actor("sana", "SANA", "news source", "Syria", nil, ["SANA", "Sana", "Syrian Arab News Agency"]),
        actor("sohr", "Syrian Observatory for Human Rights", "news source", nil, nil,
              ["Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory",
               // Its short name ("the Observatory", "the British-based Observatory"): no other observatory reports on
               // this war.
               "Observatory"]),
        actor("syria-comment", "Syria Comment", "news source", nil, nil, ["Syria Comment"]),
        // Research groups whose counts and estimates the press quotes.
        actor("soufan-group", "Soufan Group", "news source", "United States", nil, ["Soufan Group", "Soufan Center", "The Soufan Center"]),
        actor("isw", "Institute for the Study of War", "news source", "United States", nil, ["Institute for the Study of War", "ISW"]),
        // Aid and rights organisations: sources of counts and reports, not parties to the fighting.
        actor("icrc", "International Committee of the Red Cross", "news source", nil, nil,
              ["International Committee of the Red Cross", "ICRC", "Red Cross"]),
        actor("msf", "Médecins Sans Frontières", "news source", nil, nil,
              ["Médecins Sans Frontières", "Medecins Sans Frontieres", "MSF", "Doctors Without Borders"]),
        actor("amnesty", "Amnesty International", "news source", nil, nil, ["Amnesty International", "Amnesty"]),
        actor("orient-news", "Orient News", "news source", "Syria", nil, ["Orient News", "Orient TV", "Orient Net"]),
        actor("middle-east-eye", "Middle East Eye", "news source", nil, nil, ["Middle East Eye", "MEE"]),
        actor("cpt", "Christian Peacemaker Teams", "news source", nil, nil,
              ["Christian Peacemaker Teams", "Community Peacemaker Teams", "CPT"]),
        actor("hrw", "Human Rights Watch", "news source", nil, nil, ["Human Rights Watch", "HRW"]),
        actor("assyrian-human-rights-network", "Assyrian Human Rights Network", "news source", "Syria", nil,
              ["Assyrian Human Rights Network"]),
        actor("site", "SITE Intelligence Group", "news source", nil, nil, ["SITE Intelligence Group", "SITE Intelligence"]),
        actor("humanity-inclusion", "Humanity & Inclusion", "news source", nil, nil,
              ["Humanity & Inclusion", "Humanity and Inclusion", "Handicap International"]),
        actor("kurdish-red-crescent", "Kurdish Red Crescent", "news source", "Syria", nil,
              ["Kurdish Red Crescent", "Heyva Sor a Kurd", "Heyva Sor"]),
        actor("lebanese-red-cross", "Lebanese Red Cross", "news source", "Lebanon", nil, ["Lebanese Red Cross"]),
        actor("sarc", "Syrian Arab Red Crescent", "news source", "Syria", nil, ["Syrian Arab Red Crescent", "SARC", "Syrian Red Crescent"]),
        // Lenders and watchdogs whose estimates and rankings the press reports.
        actor("world-bank", "World Bank", "news source", nil, nil, ["World Bank"]),
        actor("imf", "International Monetary Fund", "news source", nil, nil, ["International Monetary Fund", "IMF"]),
        actor("transparency-international", "Transparency International", "news source", nil, nil, ["Transparency International"]),
        actor("nrc", "Norwegian Refugee Council", "news source", nil, nil, ["Norwegian Refugee Council", "NRC"]),
        actor("irc", "International Rescue Committee", "news source", nil, nil, ["International Rescue Committee", "IRC"]),
        actor("save-the-children", "Save the Children", "news source", nil, nil, ["Save the Children"]),
        actor("white-helmets", "White Helmets", "news source", "Syria", nil,
              ["White Helmets", "Syria Civil Defence", "Syrian Civil Defence", "Syria Civil Defense"]),
        // Regional and wire outlets that report the war. An outlet sharing a town's name is listed only with
        // its media noun ("Al Mayadeen TV"); a bare "Al-Mayadeen" stays the town.
        actor("anadolu", "Anadolu Agency", "news source", "Turkey", nil, ["Anadolu Agency", "Anadolu news agency", "Anadolu"]),
        actor("dogan", "Dogan News Agency", "news source", "Turkey", nil,
              ["Dogan News Agency", "Dogan news agency", "Doğan News Agency", "Doğan news agency", "DHA"]),
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

    /// Whether `key` is one of `allianceKeys`. Asked of every actor of every sentence: most keys fail the length
    /// filter and are never hashed.
    static func isAllianceKey(_ key: String) -> Bool {
        allianceKeyFilter.mayContain(key) && allianceKeys.contains(key)
    }

    private static let allianceKeyFilter = NameLengthFilter(allianceKeys)

    /// Actors made of several forces or states, which a later sentence may call "the alliance" (the SDF, NATO).
    /// The US-led coalition is not among them: the press calls it "the coalition", and "the alliance" after a sentence
    /// naming both the SDF and the coalition's air strikes is the SDF.
    static let allianceKeys: Set<String> = [
        "actor:sdf", "actor:hts", "actor:syrian-national-army", "actor:pmu", "actor:nato", "actor:arab-league", "actor:fsa",
    ]

    /// Capitals that name their government when they speak (`Damascus said`, `Moscow denied`).
    /// Actors some outlets (the AP among them) write in lower case, by their first word: the words after it and the
    /// actor's slug ("the peshmerga", "the federal police").
    static let lowercaseAliases: [String: [(rest: [String], slug: String)]] = [
        "peshmerga": [([], "peshmerga")],
        "federal": [(["police"], "iraqi-federal-police")],
    ]

    static let speakingCapitals: [String: String] = [
        "Damascus": "syrian-government", "Baghdad": "iraqi-government", "Moscow": "russia",
        "Washington": "united-states", "Tehran": "iran", "Ankara": "turkey", "Riyadh": "saudi-arabia",
        "London": "united-kingdom", "Paris": "france", "Rome": "italy", "Madrid": "spain", "Berlin": "germany",
        "Amman": "jordan", "Beirut": "lebanon", "Doha": "qatar", "Cairo": "egypt", "Beijing": "china", "Ottawa": "canada",
        "Canberra": "australia",
        // The Kurdistan Region's capital speaks for its government: "Baghdad and Erbil agreed".
        "Erbil": "krg", "Irbil": "krg",
        // Syria and Iraq, and the neighbours whose names are places too (Jordan, Lebanon), are states when they act:
        // "Iraq has agreed to repatriate", "Jordan shut the crossing".
        "Syria": "syria", "Iraq": "iraq", "Jordan": "jordan", "Lebanon": "lebanon",
    ]

    /// The countries among `speakingCapitals`, whose rules say "state", not "government".
    static let actingCountries: Set<String> = ["Syria", "Iraq", "Jordan", "Lebanon"]

    /// Verbs after which a capital is its government: what a state says ("Moscow denied") and what it does as a state
    /// ("Washington and Ankara agreed a roadmap", "Tehran sent advisers"). Not verbs a city does as a place ("hosted").
    static let speechVerbs: Set<String> = [
        "said", "says", "claimed", "claims", "announced", "announces", "accused", "accuses", "denied", "denies",
        "insisted", "insists", "warned", "warns", "stated", "states", "responded", "rejected", "rejects",
        "condemned", "condemns", "demanded", "demands", "argued", "argues", "confirmed", "confirms",
        "agreed", "agrees", "signed", "signs", "launched", "launches", "sent", "sends", "deployed", "deploys",
        "backed", "backs", "supported", "supports", "threatened", "threatens", "vowed", "vows", "urged", "urges",
        "recalled", "expelled", "expels", "imposed", "imposes", "blamed", "blames", "pledged", "pledges", "refused",
        "refuses", "offered", "offers", "approved", "approves", "ordered", "orders", "retaliated", "withdrew",
        "recognised", "recognized", "welcomed", "welcomes", "opposed", "opposes", "sanctioned", "armed", "arms",
        // What a state holds: "the YPG, which Ankara considers a terrorist group".
        "considers", "considered", "regards", "regarded", "views", "viewed",
        "tolerates", "tolerated", "accepts", "accepted",
        // After an auxiliary ("Moscow would not tolerate", "Washington and Moscow do not agree"), and with a plural
        // subject ("Washington and Ankara agree").
        "say", "claim", "announce", "accuse", "deny", "insist", "warn", "respond", "reject", "condemn", "demand",
        "argue", "confirm", "agree", "sign", "launch", "send", "deploy", "back", "support", "threaten", "vow", "urge",
        "expel", "impose", "blame", "pledge", "refuse", "offer", "approve", "order", "retaliate", "withdraw",
        "recognise", "recognize", "welcome", "oppose", "consider", "regard", "view", "tolerate", "accept",
        // What only a state does as an agent: "Ankara pressed ahead with operations", "if Baghdad failed to expel".
        "pressed", "presses", "press", "pushed", "pushes", "push", "failed", "fails", "fail", "sought", "seeks", "seek",
        "wants", "wanted", "want", "plans", "planned", "plan", "summoned", "summons", "summon", "negotiated",
        "negotiates", "negotiate", "escalated", "escalates", "escalate", "suspended", "suspends", "suspend",
        // What a state does with its borders: "Jordan shut the crossing", "which Ankara has kept closed" (not
        // "reopened": "the road between Baghdad and Erbil reopened").
        "shut", "shuts", "kept", "keeps", "sealed", "seals",
        // What is done to a state, after "had not been": "Baghdad had not been consulted".
        "consulted", "informed", "notified",
        // What a state does to its security: "Ankara would tighten security along the border".
        "tighten", "tightens", "tightened",
        // "since Iraq declared victory over it" (a state's act; as a speech verb "declared" names no speaker).
        "declared", "declares", "declare",
    ]

    /// Words between a capital and its verb that leave it the subject: "Moscow would not tolerate", "Washington has
    /// long backed".
    static let auxiliaries: Set<String> = [
        "would", "will", "could", "can", "may", "might", "must", "should", "shall", "do", "does", "did", "has", "have",
        "had", "been", "not", "also", "never", "still", "long", "reportedly", "already",
        // Adverbs between a capital and its verb: "Moscow twice warned Washington".
        "twice", "repeatedly", "again", "publicly", "privately", "formally", "officially", "recently", "previously",
    ]

    /// Participles whose agent after "by" is a state when it is a capital: "a truce brokered by Moscow and Ankara".
    static let agentParticiples: Set<String> = [
        "brokered", "backed", "supported", "sponsored", "mediated", "negotiated", "proposed", "drafted", "imposed",
        "ordered", "armed", "funded", "financed", "condemned", "rejected", "criticised", "criticized", "welcomed",
        "approved", "recognised", "recognized", "sanctioned", "guaranteed", "hosted", "opposed",
        // What a state holds or claims: "territory claimed by both Baghdad and the Kurdistan Regional Government".
        "claimed", "controlled", "administered",
    ]

    private static func actor(_ slug: String, _ name: String, _ kind: String, _ country: String?, _ partOf: String?,
                              _ aliases: [String]) -> ActorEntry {
        ActorEntry(key: "actor:\(slug)", name: name, aliases: aliases, kind: kind, country: country,
                   partOf: partOf.map { "actor:\($0)" })
    }
}
