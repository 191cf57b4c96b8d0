/// The curated dictionary of people the coverage of the Syrian and Iraqi wars names, with roles
/// (as of 2015–2018) and the spellings the press uses. Surnames alone are aliases only when they are
/// unambiguous in this coverage (`Assad`, `Putin`), never for common given names (`Hassan`).
enum PersonDictionary {
    static let entries: [PersonEntry] = [
        person("abu-bakr-al-baghdadi", "Abu Bakr al-Baghdadi", "leader (caliph) of the Islamic State",
               ["Abu Bakr al-Baghdadi", "Ibrahim Abu Bakr al-Baghdadi", "al-Baghdadi", "Baghdadi", "Caliph Ibrahim",
                "the Caliph Ibrahim", "Ibrahim Awad Ibrahim al-Badri", "Abu Bakr Baghdadi"]),
        person("abu-mohammad-al-adnani", "Abu Mohammad al-Adnani", "spokesman of the Islamic State",
               ["Abu Mohammad al-Adnani", "Abu Muhammad al-Adnani", "al-Adnani", "Adnani"]),
        person("abu-mohammad-al-julani", "Abu Mohammad al-Julani", "leader of al-Nusra Front / Hayat Tahrir al-Sham",
               ["Abu Mohammad al-Julani", "Abu Muhammad al-Jolani", "al-Julani", "al-Jolani", "Jolani", "Julani"]),
        person("ayman-al-zawahiri", "Ayman al-Zawahiri", "leader of al-Qaeda", ["Ayman al-Zawahiri", "al-Zawahiri", "Zawahiri"]),
        person("bashar-al-assad", "Bashar al-Assad", "President of Syria",
               ["Bashar al-Assad", "Bashar Assad", "Assad", "al-Assad", "President Assad", "President al-Assad",
                "Bashar al-Asad"]),
        person("haider-al-abadi", "Haider al-Abadi", "Prime Minister of Iraq",
               ["Haider al-Abadi", "Haidar al-Abadi", "al-Abadi", "Abadi", "Prime Minister Abadi"]),
        person("donald-trump", "Donald Trump", "President of the United States",
               ["Donald Trump", "Trump", "President Trump", "Donald J. Trump"]),
        person("barack-obama", "Barack Obama", "President of the United States (2009–2017)",
               ["Barack Obama", "Obama", "President Obama"]),
        person("vladimir-putin", "Vladimir Putin", "President of Russia", ["Vladimir Putin", "Putin", "President Putin"]),
        person("sergei-lavrov", "Sergei Lavrov", "Foreign Minister of Russia", ["Sergei Lavrov", "Sergey Lavrov", "Lavrov"]),
        person("sergei-shoigu", "Sergei Shoigu", "Defence Minister of Russia", ["Sergei Shoigu", "Sergey Shoygu", "Shoigu"]),
        person("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "President of Turkey",
               ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Erdoğan", "President Erdogan"]),
        person("hassan-nasrallah", "Hassan Nasrallah", "Secretary-General of Hezbollah",
               ["Hassan Nasrallah", "Sayyed Hassan Nasrallah", "Nasrallah", "Nasrullah"]),
        person("qasem-soleimani", "Qasem Soleimani", "commander of Iran's Quds Force",
               ["Qasem Soleimani", "Qassem Soleimani", "Qassem Suleimani", "Soleimani", "Suleimani"]),
        person("ali-khamenei", "Ali Khamenei", "Supreme Leader of Iran", ["Ali Khamenei", "Ayatollah Khamenei", "Khamenei"]),
        person("hassan-rouhani", "Hassan Rouhani", "President of Iran", ["Hassan Rouhani", "Rouhani", "President Rouhani"]),
        person("masoud-barzani", "Masoud Barzani", "President of the Kurdistan Region of Iraq",
               ["Masoud Barzani", "Massoud Barzani", "Barzani"]),
        person("rex-tillerson", "Rex Tillerson", "US Secretary of State", ["Rex Tillerson", "Tillerson"]),
        person("james-mattis", "James Mattis", "US Secretary of Defense", ["James Mattis", "Jim Mattis", "Mattis"]),
        person("benjamin-netanyahu", "Benjamin Netanyahu", "Prime Minister of Israel", ["Benjamin Netanyahu", "Netanyahu"]),
        person("mohammed-bin-salman", "Mohammed bin Salman", "Crown Prince of Saudi Arabia",
               ["Mohammed bin Salman", "Mohammad bin Salman", "MBS"]),
        person("suheil-al-hassan", "Suheil al-Hassan", "commander of the Tiger Forces",
               ["Suheil al-Hassan", "Suhail al-Hassan", "Brigadier General Suheil al-Hassan"]),
        person("issam-zahreddine", "Issam Zahreddine", "Republican Guard commander in Deir ez-Zor",
               ["Issam Zahreddine", "Issam Zahr al-Din", "Zahreddine"]),
        person("hassan-hassan", "Hassan Hassan", "analyst of jihadist groups", ["Hassan Hassan"]),
        person("ehsani", "Ehsani", "commentator for the blog Syria Comment", ["Ehsani"]),
        person("staffan-de-mistura", "Staffan de Mistura", "UN Special Envoy for Syria",
               ["Staffan de Mistura", "de Mistura"]),
    ]

    private static func person(_ slug: String, _ name: String, _ role: String, _ aliases: [String]) -> PersonEntry {
        PersonEntry(key: "person:\(slug)", name: name, aliases: aliases, role: role)
    }
}
