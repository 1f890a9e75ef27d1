//! Static tables: countries (and two international bodies), name pools by
//! region, a few real office holders with their terms, news sites, agencies
//! and the word lists the templates draw on.

use crate::date::Date;

/// Broad region, used to pick plausible country pairs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Region {
    Europe,
    MiddleEast,
    Asia,
    Africa,
    Americas,
    Global,
}

/// Which name pool a country's people are drawn from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pool {
    Anglo,
    French,
    German,
    Italian,
    Spanish,
    Portuguese,
    Russian,
    Ukrainian,
    Polish,
    Czech,
    Baltic,
    Turkish,
    Arabic,
    Persian,
    Hebrew,
    Chinese,
    Japanese,
    Korean,
    Indian,
    Pakistani,
    Bengali,
    Malay,
    Vietnamese,
    Thai,
    Khmer,
    Filipino,
    CentralAsian,
    Georgian,
    Armenian,
    Azeri,
    Greek,
    Balkan,
    Romanian,
    Hungarian,
    Nordic,
    Dutch,
    Ethiopian,
    Somali,
    EastAfrican,
    WestAfrican,
    Sahel,
    CentralAfrican,
    SouthAfrican,
}

/// A state (or, with `org == true`, an international body such as the EU).
#[derive(Debug)]
pub struct Country {
    /// ISO 3166-1 alpha-3 (or PLOVER's EUR / UNO for bodies).
    pub code: &'static str,
    /// Name as used in running text ("the United States").
    pub name: &'static str,
    /// Short name for headlines ("US").
    pub hname: &'static str,
    /// Adjective / demonym ("American").
    pub adj: &'static str,
    /// Adjective used before titles ("U.S. Secretary of State").
    pub tadj: &'static str,
    /// Capital, also used as metonym for the government.
    pub capital: &'static str,
    /// Other cities (may be empty).
    pub cities: &'static [&'static str],
    pub region: Region,
    pub pool: Pool,
    /// Title of the head of government/state that news usually quotes;
    /// empty when the templates should not invent one.
    pub leader: &'static str,
    pub major: bool,
    pub org: bool,
}

macro_rules! c {
    ($code:expr, $name:expr, $h:expr, $adj:expr, $tadj:expr, $cap:expr, [$($city:expr),*], $reg:ident, $pool:ident, $lead:expr, $major:expr) => {
        Country {
            code: $code,
            name: $name,
            hname: $h,
            adj: $adj,
            tadj: $tadj,
            capital: $cap,
            cities: &[$($city),*],
            region: Region::$reg,
            pool: Pool::$pool,
            leader: $lead,
            major: $major,
            org: false,
        }
    };
}

#[rustfmt::skip]
pub static COUNTRIES: &[Country] = &[
    c!("USA", "the United States", "US", "American", "U.S.", "Washington", ["New York", "Chicago", "San Francisco"], Americas, Anglo, "President", true),
    c!("GBR", "Britain", "UK", "British", "British", "London", ["Manchester", "Edinburgh", "Birmingham"], Europe, Anglo, "Prime Minister", true),
    c!("FRA", "France", "France", "French", "French", "Paris", ["Marseille", "Lyon", "Strasbourg"], Europe, French, "President", true),
    c!("DEU", "Germany", "Germany", "German", "German", "Berlin", ["Munich", "Hamburg", "Frankfurt"], Europe, German, "Chancellor", true),
    c!("ITA", "Italy", "Italy", "Italian", "Italian", "Rome", ["Milan", "Naples", "Turin"], Europe, Italian, "Prime Minister", false),
    c!("ESP", "Spain", "Spain", "Spanish", "Spanish", "Madrid", ["Barcelona", "Seville", "Valencia"], Europe, Spanish, "Prime Minister", false),
    c!("POL", "Poland", "Poland", "Polish", "Polish", "Warsaw", ["Krakow", "Gdansk", "Rzeszow"], Europe, Polish, "Prime Minister", false),
    c!("UKR", "Ukraine", "Ukraine", "Ukrainian", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy"], Europe, Ukrainian, "President", false),
    c!("RUS", "Russia", "Russia", "Russian", "Russian", "Moscow", ["St Petersburg", "Belgorod", "Kursk", "Rostov-on-Don", "Kazan"], Europe, Russian, "President", true),
    c!("TUR", "Turkey", "Turkey", "Turkish", "Turkish", "Ankara", ["Istanbul", "Izmir", "Antalya", "Gaziantep"], Europe, Turkish, "President", true),
    c!("GRC", "Greece", "Greece", "Greek", "Greek", "Athens", ["Thessaloniki", "Patras", "Alexandroupolis"], Europe, Greek, "Prime Minister", false),
    c!("NLD", "the Netherlands", "Netherlands", "Dutch", "Dutch", "The Hague", ["Amsterdam", "Rotterdam"], Europe, Dutch, "Prime Minister", false),
    c!("BEL", "Belgium", "Belgium", "Belgian", "Belgian", "Brussels", ["Antwerp", "Ghent"], Europe, Dutch, "Prime Minister", false),
    c!("SWE", "Sweden", "Sweden", "Swedish", "Swedish", "Stockholm", ["Gothenburg", "Malmo"], Europe, Nordic, "Prime Minister", false),
    c!("NOR", "Norway", "Norway", "Norwegian", "Norwegian", "Oslo", ["Bergen", "Tromso"], Europe, Nordic, "Prime Minister", false),
    c!("FIN", "Finland", "Finland", "Finnish", "Finnish", "Helsinki", ["Tampere", "Turku"], Europe, Nordic, "President", false),
    c!("DNK", "Denmark", "Denmark", "Danish", "Danish", "Copenhagen", ["Aarhus", "Odense"], Europe, Nordic, "Prime Minister", false),
    c!("HUN", "Hungary", "Hungary", "Hungarian", "Hungarian", "Budapest", ["Debrecen", "Szeged"], Europe, Hungarian, "Prime Minister", false),
    c!("ROU", "Romania", "Romania", "Romanian", "Romanian", "Bucharest", ["Cluj-Napoca", "Constanta"], Europe, Romanian, "President", false),
    c!("SRB", "Serbia", "Serbia", "Serbian", "Serbian", "Belgrade", ["Novi Sad", "Nis"], Europe, Balkan, "President", false),
    c!("CZE", "the Czech Republic", "Czech Republic", "Czech", "Czech", "Prague", ["Brno", "Ostrava"], Europe, Czech, "Prime Minister", false),
    c!("AUT", "Austria", "Austria", "Austrian", "Austrian", "Vienna", ["Salzburg", "Graz"], Europe, German, "Chancellor", false),
    c!("CHE", "Switzerland", "Switzerland", "Swiss", "Swiss", "Bern", ["Geneva", "Zurich", "Lausanne"], Europe, German, "President", false),
    c!("PRT", "Portugal", "Portugal", "Portuguese", "Portuguese", "Lisbon", ["Porto"], Europe, Portuguese, "Prime Minister", false),
    c!("IRL", "Ireland", "Ireland", "Irish", "Irish", "Dublin", ["Cork"], Europe, Anglo, "Prime Minister", false),
    c!("EST", "Estonia", "Estonia", "Estonian", "Estonian", "Tallinn", ["Tartu", "Narva"], Europe, Baltic, "Prime Minister", false),
    c!("LTU", "Lithuania", "Lithuania", "Lithuanian", "Lithuanian", "Vilnius", ["Kaunas", "Klaipeda"], Europe, Baltic, "President", false),
    c!("LVA", "Latvia", "Latvia", "Latvian", "Latvian", "Riga", ["Daugavpils"], Europe, Baltic, "Prime Minister", false),
    c!("BLR", "Belarus", "Belarus", "Belarusian", "Belarusian", "Minsk", ["Gomel", "Brest", "Grodno"], Europe, Russian, "President", false),
    c!("MDA", "Moldova", "Moldova", "Moldovan", "Moldovan", "Chisinau", ["Balti", "Tiraspol"], Europe, Romanian, "President", false),
    c!("GEO", "Georgia", "Georgia", "Georgian", "Georgian", "Tbilisi", ["Batumi", "Kutaisi"], Europe, Georgian, "Prime Minister", false),
    c!("ARM", "Armenia", "Armenia", "Armenian", "Armenian", "Yerevan", ["Gyumri", "Vanadzor", "Goris"], Europe, Armenian, "Prime Minister", false),
    c!("AZE", "Azerbaijan", "Azerbaijan", "Azerbaijani", "Azerbaijani", "Baku", ["Ganja", "Shusha", "Nakhchivan"], Europe, Azeri, "President", false),
    c!("ISR", "Israel", "Israel", "Israeli", "Israeli", "Jerusalem", ["Tel Aviv", "Haifa", "Kiryat Shmona"], MiddleEast, Hebrew, "Prime Minister", false),
    c!("LBN", "Lebanon", "Lebanon", "Lebanese", "Lebanese", "Beirut", ["Tyre", "Sidon", "Nabatieh"], MiddleEast, Arabic, "Prime Minister", false),
    c!("SYR", "Syria", "Syria", "Syrian", "Syrian", "Damascus", ["Aleppo", "Homs", "Latakia", "Deir ez-Zor"], MiddleEast, Arabic, "President", false),
    c!("IRQ", "Iraq", "Iraq", "Iraqi", "Iraqi", "Baghdad", ["Basra", "Erbil", "Mosul"], MiddleEast, Arabic, "Prime Minister", false),
    c!("IRN", "Iran", "Iran", "Iranian", "Iranian", "Tehran", ["Isfahan", "Tabriz", "Mashhad", "Bandar Abbas"], MiddleEast, Persian, "President", false),
    c!("SAU", "Saudi Arabia", "Saudi Arabia", "Saudi", "Saudi", "Riyadh", ["Jeddah", "Dammam"], MiddleEast, Arabic, "", true),
    c!("ARE", "the United Arab Emirates", "UAE", "Emirati", "Emirati", "Abu Dhabi", ["Dubai", "Sharjah"], MiddleEast, Arabic, "", false),
    c!("QAT", "Qatar", "Qatar", "Qatari", "Qatari", "Doha", ["Lusail"], MiddleEast, Arabic, "", false),
    c!("JOR", "Jordan", "Jordan", "Jordanian", "Jordanian", "Amman", ["Aqaba", "Irbid"], MiddleEast, Arabic, "Prime Minister", false),
    c!("EGY", "Egypt", "Egypt", "Egyptian", "Egyptian", "Cairo", ["Alexandria", "Port Said", "Sharm el-Sheikh"], MiddleEast, Arabic, "President", false),
    c!("YEM", "Yemen", "Yemen", "Yemeni", "Yemeni", "Sanaa", ["Aden", "Hodeidah", "Marib"], MiddleEast, Arabic, "Prime Minister", false),
    c!("OMN", "Oman", "Oman", "Omani", "Omani", "Muscat", ["Salalah"], MiddleEast, Arabic, "", false),
    c!("KWT", "Kuwait", "Kuwait", "Kuwaiti", "Kuwaiti", "Kuwait City", [], MiddleEast, Arabic, "", false),
    c!("CHN", "China", "China", "Chinese", "Chinese", "Beijing", ["Shanghai", "Guangzhou", "Shenzhen", "Xiamen"], Asia, Chinese, "President", true),
    c!("JPN", "Japan", "Japan", "Japanese", "Japanese", "Tokyo", ["Osaka", "Yokohama", "Naha"], Asia, Japanese, "Prime Minister", true),
    c!("KOR", "South Korea", "South Korea", "South Korean", "South Korean", "Seoul", ["Busan", "Incheon", "Paju"], Asia, Korean, "President", false),
    c!("PRK", "North Korea", "North Korea", "North Korean", "North Korean", "Pyongyang", ["Kaesong", "Wonsan"], Asia, Korean, "", false),
    c!("IND", "India", "India", "Indian", "Indian", "New Delhi", ["Mumbai", "Kolkata", "Chennai", "Srinagar", "Amritsar"], Asia, Indian, "Prime Minister", true),
    c!("PAK", "Pakistan", "Pakistan", "Pakistani", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar", "Quetta", "Muzaffarabad"], Asia, Pakistani, "Prime Minister", false),
    c!("AFG", "Afghanistan", "Afghanistan", "Afghan", "Afghan", "Kabul", ["Kandahar", "Herat", "Jalalabad", "Khost"], Asia, Pakistani, "", false),
    c!("BGD", "Bangladesh", "Bangladesh", "Bangladeshi", "Bangladeshi", "Dhaka", ["Chittagong", "Cox's Bazar"], Asia, Bengali, "", false),
    c!("IDN", "Indonesia", "Indonesia", "Indonesian", "Indonesian", "Jakarta", ["Surabaya", "Bandung", "Bali"], Asia, Malay, "President", false),
    c!("PHL", "the Philippines", "Philippines", "Philippine", "Philippine", "Manila", ["Cebu", "Davao", "Puerto Princesa"], Asia, Filipino, "President", false),
    c!("VNM", "Vietnam", "Vietnam", "Vietnamese", "Vietnamese", "Hanoi", ["Ho Chi Minh City", "Da Nang"], Asia, Vietnamese, "Prime Minister", false),
    c!("THA", "Thailand", "Thailand", "Thai", "Thai", "Bangkok", ["Chiang Mai", "Surin", "Sisaket"], Asia, Thai, "Prime Minister", false),
    c!("KHM", "Cambodia", "Cambodia", "Cambodian", "Cambodian", "Phnom Penh", ["Siem Reap", "Battambang", "Oddar Meanchey"], Asia, Khmer, "Prime Minister", false),
    c!("MYS", "Malaysia", "Malaysia", "Malaysian", "Malaysian", "Kuala Lumpur", ["Penang", "Kota Kinabalu"], Asia, Malay, "Prime Minister", false),
    c!("SGP", "Singapore", "Singapore", "Singaporean", "Singaporean", "Singapore", [], Asia, Chinese, "Prime Minister", false),
    c!("TWN", "Taiwan", "Taiwan", "Taiwanese", "Taiwanese", "Taipei", ["Kaohsiung", "Taichung", "Kinmen"], Asia, Chinese, "President", false),
    c!("KAZ", "Kazakhstan", "Kazakhstan", "Kazakh", "Kazakh", "Astana", ["Almaty", "Shymkent"], Asia, CentralAsian, "President", false),
    c!("UZB", "Uzbekistan", "Uzbekistan", "Uzbek", "Uzbek", "Tashkent", ["Samarkand", "Bukhara"], Asia, CentralAsian, "President", false),
    c!("AUS", "Australia", "Australia", "Australian", "Australian", "Canberra", ["Sydney", "Melbourne", "Perth"], Asia, Anglo, "Prime Minister", false),
    c!("NZL", "New Zealand", "New Zealand", "New Zealand", "New Zealand", "Wellington", ["Auckland"], Asia, Anglo, "Prime Minister", false),
    c!("NGA", "Nigeria", "Nigeria", "Nigerian", "Nigerian", "Abuja", ["Lagos", "Kano", "Maiduguri"], Africa, WestAfrican, "President", false),
    c!("GHA", "Ghana", "Ghana", "Ghanaian", "Ghanaian", "Accra", ["Kumasi", "Tamale"], Africa, WestAfrican, "President", false),
    c!("SEN", "Senegal", "Senegal", "Senegalese", "Senegalese", "Dakar", ["Saint-Louis", "Ziguinchor"], Africa, Sahel, "President", false),
    c!("MLI", "Mali", "Mali", "Malian", "Malian", "Bamako", ["Gao", "Timbuktu", "Kidal"], Africa, Sahel, "", false),
    c!("NER", "Niger", "Niger", "Nigerien", "Nigerien", "Niamey", ["Agadez", "Zinder"], Africa, Sahel, "", false),
    c!("KEN", "Kenya", "Kenya", "Kenyan", "Kenyan", "Nairobi", ["Mombasa", "Kisumu"], Africa, EastAfrican, "President", false),
    c!("ETH", "Ethiopia", "Ethiopia", "Ethiopian", "Ethiopian", "Addis Ababa", ["Mekelle", "Gondar", "Bahir Dar"], Africa, Ethiopian, "Prime Minister", false),
    c!("ERI", "Eritrea", "Eritrea", "Eritrean", "Eritrean", "Asmara", ["Massawa", "Assab"], Africa, Ethiopian, "", false),
    c!("SOM", "Somalia", "Somalia", "Somali", "Somali", "Mogadishu", ["Kismayo", "Baidoa", "Berbera"], Africa, Somali, "President", false),
    c!("SDN", "Sudan", "Sudan", "Sudanese", "Sudanese", "Khartoum", ["Port Sudan", "Omdurman", "El Fasher"], Africa, Arabic, "", false),
    c!("SSD", "South Sudan", "South Sudan", "South Sudanese", "South Sudanese", "Juba", ["Malakal", "Bentiu"], Africa, EastAfrican, "President", false),
    c!("ZAF", "South Africa", "South Africa", "South African", "South African", "Pretoria", ["Johannesburg", "Cape Town", "Durban"], Africa, SouthAfrican, "President", false),
    c!("DZA", "Algeria", "Algeria", "Algerian", "Algerian", "Algiers", ["Oran", "Constantine", "Tindouf"], Africa, Arabic, "President", false),
    c!("MAR", "Morocco", "Morocco", "Moroccan", "Moroccan", "Rabat", ["Casablanca", "Tangier", "Oujda"], Africa, Arabic, "Prime Minister", false),
    c!("TUN", "Tunisia", "Tunisia", "Tunisian", "Tunisian", "Tunis", ["Sfax", "Sousse"], Africa, Arabic, "President", false),
    c!("LBY", "Libya", "Libya", "Libyan", "Libyan", "Tripoli", ["Benghazi", "Misrata"], Africa, Arabic, "Prime Minister", false),
    c!("COD", "the Democratic Republic of Congo", "DR Congo", "Congolese", "Congolese", "Kinshasa", ["Goma", "Bukavu", "Lubumbashi"], Africa, CentralAfrican, "President", false),
    c!("RWA", "Rwanda", "Rwanda", "Rwandan", "Rwandan", "Kigali", ["Rubavu", "Musanze"], Africa, CentralAfrican, "President", false),
    c!("CAN", "Canada", "Canada", "Canadian", "Canadian", "Ottawa", ["Toronto", "Montreal", "Vancouver"], Americas, Anglo, "Prime Minister", false),
    c!("MEX", "Mexico", "Mexico", "Mexican", "Mexican", "Mexico City", ["Monterrey", "Guadalajara", "Tijuana"], Americas, Spanish, "President", false),
    c!("BRA", "Brazil", "Brazil", "Brazilian", "Brazilian", "Brasilia", ["Sao Paulo", "Rio de Janeiro", "Belem"], Americas, Portuguese, "President", true),
    c!("ARG", "Argentina", "Argentina", "Argentine", "Argentine", "Buenos Aires", ["Cordoba", "Rosario"], Americas, Spanish, "President", false),
    c!("COL", "Colombia", "Colombia", "Colombian", "Colombian", "Bogota", ["Medellin", "Cali", "Cucuta"], Americas, Spanish, "President", false),
    c!("VEN", "Venezuela", "Venezuela", "Venezuelan", "Venezuelan", "Caracas", ["Maracaibo", "Ciudad Guayana"], Americas, Spanish, "President", false),
    c!("GUY", "Guyana", "Guyana", "Guyanese", "Guyanese", "Georgetown", ["Linden", "Lethem"], Americas, Anglo, "President", false),
    c!("CHL", "Chile", "Chile", "Chilean", "Chilean", "Santiago", ["Valparaiso", "Antofagasta"], Americas, Spanish, "President", false),
    c!("PER", "Peru", "Peru", "Peruvian", "Peruvian", "Lima", ["Arequipa", "Cusco"], Americas, Spanish, "President", false),
    c!("CUB", "Cuba", "Cuba", "Cuban", "Cuban", "Havana", ["Santiago de Cuba"], Americas, Spanish, "President", false),
    Country {
        code: "EUR",
        name: "the European Union",
        hname: "EU",
        adj: "EU",
        tadj: "EU",
        capital: "Brussels",
        cities: &[],
        region: Region::Global,
        pool: Pool::Dutch,
        leader: "",
        major: true,
        org: true,
    },
    Country {
        code: "UNO",
        name: "the United Nations",
        hname: "UN",
        adj: "UN",
        tadj: "UN",
        capital: "New York",
        cities: &[],
        region: Region::Global,
        pool: Pool::Anglo,
        leader: "Secretary-General",
        major: true,
        org: true,
    },
];

pub fn country(code: &str) -> &'static Country {
    COUNTRIES
        .iter()
        .find(|c| c.code == code)
        .unwrap_or_else(|| panic!("unknown country {code}"))
}

/// Pairs that fight (kinetic = strikes and shelling are plausible) or feud.
#[rustfmt::skip]
pub static DYADS: &[(&str, &str, bool)] = &[
    ("RUS", "UKR", true),
    ("RUS", "UKR", true),
    ("RUS", "UKR", true),
    ("ARM", "AZE", true),
    ("IND", "PAK", true),
    ("ISR", "LBN", true),
    ("ISR", "IRN", true),
    ("ISR", "SYR", true),
    ("SAU", "YEM", true),
    ("THA", "KHM", true),
    ("AFG", "PAK", true),
    ("TUR", "SYR", true),
    ("SDN", "SSD", true),
    ("COD", "RWA", true),
    ("KOR", "PRK", false),
    ("CHN", "TWN", false),
    ("CHN", "PHL", false),
    ("CHN", "JPN", false),
    ("CHN", "IND", false),
    ("USA", "CHN", false),
    ("USA", "IRN", false),
    ("USA", "VEN", false),
    ("VEN", "GUY", false),
    ("MAR", "DZA", false),
    ("GRC", "TUR", false),
    ("EGY", "ETH", false),
    ("ETH", "ERI", false),
    ("ETH", "SOM", false),
    ("RUS", "EST", false),
    ("RUS", "LTU", false),
    ("RUS", "MDA", false),
    ("RUS", "GEO", false),
    ("BLR", "POL", false),
    ("SRB", "HUN", false),
    ("MLI", "DZA", false),
    ("NER", "FRA", false),
];

/// Countries that commonly mediate, with the city where they host talks.
#[rustfmt::skip]
pub static MEDIATORS: &[(&str, &str)] = &[
    ("TUR", "Istanbul"),
    ("QAT", "Doha"),
    ("EGY", "Cairo"),
    ("SAU", "Jeddah"),
    ("SAU", "Riyadh"),
    ("ARE", "Abu Dhabi"),
    ("CHE", "Geneva"),
    ("NOR", "Oslo"),
    ("USA", "Washington"),
    ("CHN", "Beijing"),
    ("KAZ", "Astana"),
    ("OMN", "Muscat"),
    ("FRA", "Paris"),
    ("ZAF", "Pretoria"),
    ("KEN", "Nairobi"),
    ("MYS", "Kuala Lumpur"),
    ("AUT", "Vienna"),
    ("IDN", "Jakarta"),
];

/// Given names (male, female), surnames, and how full names are built.
pub struct NamePool {
    pub male: &'static [&'static str],
    pub female: &'static [&'static str],
    pub surnames: &'static [&'static str],
    pub order: NameOrder,
    pub fem: FemRule,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NameOrder {
    /// "Given Surname", referred to later by surname.
    Western,
    /// "Given Surname", referred to later by given name (Thai, Ethiopian).
    WesternGiven,
    /// "Surname Given", referred to later by surname (Chinese, Korean, Khmer).
    EastSurname,
    /// "Surname Middle Given", referred to later by the last word (Vietnamese).
    EastLast,
}

/// How a surname changes for a woman.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FemRule {
    None,
    /// Ivanov -> Ivanova, Nikitin -> Nikitina.
    Russian,
    /// Kowalski -> Kowalska.
    Polish,
    /// Novak -> Novakova, Cerny -> Cerna.
    Czech,
    /// Papadopoulos -> Papadopoulou.
    Greek,
}

macro_rules! pool {
    ($m:expr, $f:expr, $s:expr, $o:ident, $fr:ident) => {
        NamePool {
            male: $m,
            female: $f,
            surnames: $s,
            order: NameOrder::$o,
            fem: FemRule::$fr,
        }
    };
}

#[rustfmt::skip]
pub fn name_pool(p: Pool) -> &'static NamePool {
    static ANGLO: NamePool = pool!(
        &["James", "Michael", "David", "Robert", "Thomas", "Daniel", "Andrew", "Mark", "Peter", "Richard", "Christopher", "Matthew", "Jonathan", "Simon", "Gregory", "Neil"],
        &["Sarah", "Emily", "Jennifer", "Rachel", "Laura", "Catherine", "Elizabeth", "Rebecca", "Hannah", "Claire", "Susan", "Victoria", "Megan", "Alison", "Fiona", "Joanna"],
        &["Carter", "Mitchell", "Harris", "Bennett", "Collins", "Walsh", "Turner", "Hughes", "Parker", "Reynolds", "Fletcher", "Morgan", "Sullivan", "Hayes", "Doyle", "Crawford", "Whitman", "Ashworth", "Gallagher", "Brennan", "O'Connell", "Pritchard"],
        Western,
        None
    );
    static FRENCH: NamePool = pool!(
        &["Jean-Pierre", "Louis", "Antoine", "Nicolas", "Olivier", "François", "Julien", "Mathieu", "Thierry", "Laurent", "Étienne", "Pierre", "Benoît", "Guillaume"],
        &["Claire", "Hélène", "Sophie", "Camille", "Isabelle", "Marion", "Céline", "Amélie", "Juliette", "Nathalie", "Élodie", "Margaux", "Anne-Laure", "Sandrine"],
        &["Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier", "Chevalier", "Bonnet", "Lambert", "Garnier", "Faure", "Perrin", "Marchand", "Duval", "Roux", "Leclerc", "Aubert"],
        Western,
        None
    );
    static GERMAN: NamePool = pool!(
        &["Markus", "Stefan", "Thomas", "Jens", "Tobias", "Matthias", "Andreas", "Klaus", "Florian", "Lukas", "Jürgen", "Wolfgang", "Christoph", "Dominik"],
        &["Katrin", "Anja", "Sabine", "Julia", "Claudia", "Birgit", "Stefanie", "Miriam", "Ulrike", "Johanna", "Lena", "Franziska", "Henrike", "Carola"],
        &["Becker", "Schneider", "Hoffmann", "Wagner", "Krüger", "Neumann", "Schmitt", "Vogel", "Brandt", "Hartmann", "Keller", "Lorenz", "Weber", "Zimmermann", "Fischer", "Bauer", "Albrecht", "Huber"],
        Western,
        None
    );
    static ITALIAN: NamePool = pool!(
        &["Marco", "Giuseppe", "Alessandro", "Luca", "Matteo", "Giovanni", "Stefano", "Paolo", "Francesco", "Davide", "Lorenzo", "Riccardo"],
        &["Giulia", "Francesca", "Chiara", "Elena", "Valentina", "Silvia", "Martina", "Alessandra", "Federica", "Paola", "Beatrice", "Serena"],
        &["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Lombardi"],
        Western,
        None
    );
    static SPANISH: NamePool = pool!(
        &["Carlos", "Javier", "Alejandro", "Miguel", "Andrés", "Diego", "Fernando", "Luis", "Jorge", "Ricardo", "Sergio", "Pablo", "Gustavo", "Raúl", "Esteban", "Mauricio"],
        &["María", "Lucía", "Carmen", "Ana", "Isabel", "Gabriela", "Valeria", "Paula", "Daniela", "Elena", "Verónica", "Mariana", "Ximena", "Beatriz"],
        &["García", "Rodríguez", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Torres", "Ramírez", "Vargas", "Castillo", "Herrera", "Medina", "Ortega", "Navarro", "Rojas", "Morales", "Villalobos", "Aguilar"],
        Western,
        None
    );
    static PORTUGUESE: NamePool = pool!(
        &["João", "Pedro", "Lucas", "Rafael", "Tiago", "Gabriel", "Bruno", "Rodrigo", "Felipe", "Marcelo", "Paulo", "André"],
        &["Ana", "Beatriz", "Mariana", "Fernanda", "Juliana", "Camila", "Larissa", "Inês", "Patrícia", "Renata", "Carolina", "Luísa"],
        &["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Almeida", "Ferreira", "Ribeiro", "Carvalho", "Gomes", "Martins", "Rocha", "Barbosa", "Teixeira", "Moreira", "Azevedo"],
        Western,
        None
    );
    static RUSSIAN: NamePool = pool!(
        &["Alexei", "Dmitry", "Sergei", "Andrei", "Mikhail", "Nikolai", "Igor", "Pavel", "Yuri", "Maxim", "Konstantin", "Oleg", "Viktor", "Roman", "Grigory", "Anton"],
        &["Natalia", "Elena", "Olga", "Irina", "Tatiana", "Anna", "Svetlana", "Maria", "Ekaterina", "Yulia", "Daria", "Ksenia", "Vera", "Polina"],
        &["Sokolov", "Morozov", "Volkov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Belov", "Zaitsev", "Pavlov", "Semyonov", "Golubev", "Vinogradov", "Bogdanov", "Fedorov", "Karpov", "Nikitin", "Ilyin", "Gusev", "Tarasov"],
        Western,
        Russian
    );
    static UKRAINIAN: NamePool = pool!(
        &["Oleksandr", "Andriy", "Serhiy", "Mykola", "Taras", "Bohdan", "Dmytro", "Yuriy", "Vasyl", "Oleh", "Ihor", "Petro", "Roman", "Volodymyr"],
        &["Olena", "Oksana", "Iryna", "Kateryna", "Nataliya", "Yuliya", "Halyna", "Svitlana", "Tetiana", "Mariya", "Khrystyna", "Viktoriya", "Solomiya", "Larysa"],
        &["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Kovalchuk", "Oliynyk", "Lysenko", "Marchenko", "Savchenko", "Rudenko", "Moroz", "Hnatyuk", "Polishchuk", "Tkachuk", "Ponomarenko", "Didenko", "Yaremchuk"],
        Western,
        None
    );
    static POLISH: NamePool = pool!(
        &["Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub", "Grzegorz", "Wojciech", "Bartosz", "Adam"],
        &["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Małgorzata", "Aleksandra", "Monika", "Ewa", "Zofia", "Justyna", "Dorota"],
        &["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Zawadzki", "Sikora"],
        Western,
        Polish
    );
    static CZECH: NamePool = pool!(
        &["Jan", "Petr", "Tomáš", "Martin", "Jakub", "Ondřej", "Lukáš", "Pavel", "Jiří", "Vojtěch"],
        &["Jana", "Lucie", "Tereza", "Petra", "Kateřina", "Eva", "Markéta", "Veronika", "Barbora", "Zuzana"],
        &["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Marek", "Pokorný", "Beneš", "Fiala"],
        Western,
        Czech
    );
    static BALTIC: NamePool = pool!(
        &["Andres", "Mart", "Jaan", "Toomas", "Rihards", "Jānis", "Mindaugas", "Tomas", "Kristjan", "Rasmus"],
        &["Kadri", "Liis", "Kristiina", "Ieva", "Laura", "Inga", "Rūta", "Maarja", "Triin", "Egle"],
        &["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Lepik", "Ots", "Kuusk", "Pärn", "Raud", "Vaher", "Koppel"],
        Western,
        None
    );
    static TURKISH: NamePool = pool!(
        &["Mehmet", "Ahmet", "Mustafa", "Emre", "Burak", "Murat", "Kemal", "Serkan", "Oğuz", "Cem", "Volkan", "Selim", "Tolga", "Levent"],
        &["Ayşe", "Elif", "Zeynep", "Fatma", "Merve", "Selin", "Derya", "Esra", "Gülşen", "Defne", "Ebru", "Nur", "Pınar", "Aslı"],
        &["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Aslan", "Korkmaz", "Özdemir", "Erdem", "Polat", "Aksoy", "Tekin"],
        Western,
        None
    );
    static ARABIC: NamePool = pool!(
        &["Ahmed", "Mohammed", "Omar", "Khaled", "Youssef", "Tariq", "Karim", "Hassan", "Faisal", "Nabil", "Samir", "Walid", "Rami", "Ibrahim", "Ziad", "Majed"],
        &["Fatima", "Layla", "Nour", "Rania", "Huda", "Amal", "Salma", "Dina", "Yasmin", "Mariam", "Reem", "Hala", "Lina", "Sawsan"],
        &["Al-Masri", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Hamdan", "Al-Amiri", "Suleiman", "Barakat", "Darwish", "Abdullah", "Al-Hashimi", "Qasim", "Jaber", "Al-Tamimi", "Farouk", "Al-Zahrani", "Bakri", "Othman"],
        Western,
        None
    );
    static PERSIAN: NamePool = pool!(
        &["Reza", "Ali", "Mohammad", "Hossein", "Mehdi", "Amir", "Saeed", "Hamid", "Majid", "Kamran", "Behnam", "Dariush"],
        &["Maryam", "Zahra", "Fatemeh", "Narges", "Shirin", "Leila", "Parisa", "Mahsa", "Neda", "Sara", "Azadeh", "Roya"],
        &["Hosseini", "Ahmadi", "Mohammadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Sadeghi", "Tehrani", "Najafi", "Ghasemi", "Kazemi", "Nouri", "Farahani", "Shirazi"],
        Western,
        None
    );
    static HEBREW: NamePool = pool!(
        &["Yossi", "Avi", "Eitan", "Noam", "Amir", "Uri", "Moshe", "Yonatan", "Gil", "Ariel", "Itai", "Doron"],
        &["Yael", "Noa", "Michal", "Tamar", "Shira", "Orly", "Dana", "Ronit", "Maya", "Efrat", "Hila", "Adi"],
        &["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Katz", "Avraham", "Shapira", "Ben-David", "Dahan", "Segal", "Golan", "Ashkenazi", "Rosen", "Harel"],
        Western,
        None
    );
    static CHINESE: NamePool = pool!(
        &["Wei", "Jianguo", "Hao", "Jun", "Zhiqiang", "Lei", "Ming", "Tao", "Yong", "Bo", "Xiaodong", "Peng", "Haitao", "Zhenyu"],
        &["Na", "Xiaoling", "Mei", "Jing", "Yan", "Hui", "Ying", "Fang", "Lan", "Xue", "Min", "Ting", "Yuqing", "Lihua"],
        &["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "He", "Gao", "Luo", "Tang", "Deng"],
        EastSurname,
        None
    );
    static JAPANESE: NamePool = pool!(
        &["Hiroshi", "Takeshi", "Kenji", "Daisuke", "Yuki", "Kazuo", "Satoshi", "Naoki", "Takumi", "Ryo", "Shinji", "Masato"],
        &["Yoko", "Keiko", "Akiko", "Naomi", "Yumi", "Haruka", "Emi", "Sachiko", "Mariko", "Aya", "Chihiro", "Noriko"],
        &["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Saito", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura"],
        Western,
        None
    );
    static KOREAN: NamePool = pool!(
        &["Min-jun", "Ji-hoon", "Seung-woo", "Dong-hyun", "Jae-sung", "Sung-min", "Young-ho", "Tae-hyun"],
        &["Ji-yeon", "Soo-jin", "Hye-won", "Eun-ji", "Min-seo", "Yoon-ah", "Seo-yeon", "Ha-eun"],
        &["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Ri", "Pak"],
        EastSurname,
        None
    );
    static INDIAN: NamePool = pool!(
        &["Rajesh", "Arjun", "Vikram", "Sanjay", "Rahul", "Anil", "Suresh", "Amit", "Karthik", "Rohan", "Deepak", "Manish", "Harsh", "Vivek"],
        &["Priya", "Anjali", "Kavita", "Sunita", "Neha", "Meera", "Pooja", "Lakshmi", "Divya", "Shreya", "Aarti", "Nandini", "Radhika", "Ishita"],
        &["Sharma", "Patel", "Singh", "Iyer", "Reddy", "Menon", "Gupta", "Nair", "Chatterjee", "Mehta", "Joshi", "Rao", "Kapoor", "Banerjee", "Desai", "Malhotra", "Pillai", "Verma"],
        Western,
        None
    );
    static PAKISTANI: NamePool = pool!(
        &["Imran", "Faisal", "Bilal", "Usman", "Hamza", "Asad", "Zubair", "Shahid", "Naveed", "Ahmad", "Farhad", "Saleem", "Javed", "Wahid"],
        &["Ayesha", "Sana", "Hina", "Nadia", "Farah", "Mehwish", "Zainab", "Saima", "Fariba", "Mahnaz", "Rabia", "Sadia"],
        &["Qureshi", "Malik", "Chaudhry", "Siddiqui", "Butt", "Abbasi", "Baig", "Hashmi", "Sheikh", "Durrani", "Wardak", "Popal", "Ahmadzai", "Mirza", "Rana", "Niazi"],
        Western,
        None
    );
    static BENGALI: NamePool = pool!(
        &["Rafiq", "Shafiq", "Tanvir", "Arif", "Kamal", "Mahbub", "Sajid", "Touhid"],
        &["Nusrat", "Shirin", "Farzana", "Tahmina", "Sabina", "Rumana", "Tasnim", "Sharmin"],
        &["Hossain", "Rahman", "Islam", "Ahmed", "Chowdhury", "Uddin", "Haque", "Sarkar", "Karim", "Bhuiyan"],
        Western,
        None
    );
    static MALAY: NamePool = pool!(
        &["Budi", "Agus", "Adi", "Rizal", "Hendra", "Dimas", "Arief", "Bambang", "Hafiz", "Azman", "Irwan", "Syahrul"],
        &["Siti", "Dewi", "Rina", "Putri", "Ayu", "Nurul", "Indah", "Sri", "Lestari", "Wulan", "Aisyah", "Farah"],
        &["Santoso", "Wijaya", "Hidayat", "Saputra", "Pratama", "Nugroho", "Kusuma", "Siregar", "Harahap", "Ismail", "Abdullah", "Hamzah", "Yusof", "Rahim"],
        Western,
        None
    );
    static VIETNAMESE: NamePool = pool!(
        &["Van Minh", "Duc Anh", "Quang Huy", "Thanh Son", "Van Hung", "Minh Tuan", "Hoang Nam", "Quoc Bao"],
        &["Thi Lan", "Thu Trang", "Ngoc Anh", "Thi Hoa", "Thanh Huong", "Minh Chau", "Thu Ha", "Kim Ngan"],
        &["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong"],
        EastLast,
        None
    );
    static THAI: NamePool = pool!(
        &["Somchai", "Prasert", "Anan", "Kittisak", "Surachai", "Nattapong", "Weerasak", "Chatchai"],
        &["Siriporn", "Kanokwan", "Pimchanok", "Wanida", "Suda", "Nittaya", "Ratana", "Pornthip"],
        &["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakorn", "Boonmee", "Thongchai", "Jirasakul", "Phromphan", "Kaewkla", "Saengthong"],
        WesternGiven,
        None
    );
    static KHMER: NamePool = pool!(
        &["Sokha", "Vuthy", "Dara", "Rithy", "Chanthou", "Sovann", "Piseth", "Vannak"],
        &["Sreymom", "Bopha", "Channary", "Sophea", "Malis", "Sokunthea", "Raksmey", "Leakena"],
        &["Sok", "Chea", "Heng", "Ly", "Chan", "Meas", "Prak", "Keo", "Touch", "Chhay"],
        EastSurname,
        None
    );
    static FILIPINO: NamePool = pool!(
        &["Jose", "Ramon", "Antonio", "Rodel", "Eduardo", "Juan", "Carlo", "Miguel", "Renato", "Joel"],
        &["Maria", "Cristina", "Rosalie", "Maricel", "Angelica", "Josefina", "Liza", "Jasmine", "Marites", "Rowena"],
        &["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Dela Cruz", "Ramos", "Castillo", "Manalo", "Tolentino"],
        Western,
        None
    );
    static CENTRAL_ASIAN: NamePool = pool!(
        &["Nurlan", "Yerlan", "Aibek", "Bakhtiyor", "Dilshod", "Rustam", "Askar", "Timur", "Sanjar", "Murat"],
        &["Aigerim", "Dinara", "Gulnara", "Madina", "Nodira", "Saule", "Zarina", "Kamila", "Dilnoza", "Aliya"],
        &["Nurpeisov", "Abdullayev", "Sultanov", "Yusupov", "Akhmetov", "Rakhimov", "Ismoilov", "Bekov", "Zhakupov", "Umarov", "Serikbayev"],
        Western,
        Russian
    );
    static GEORGIAN: NamePool = pool!(
        &["Giorgi", "Levan", "Davit", "Irakli", "Nikoloz", "Zurab", "Lasha", "Tornike"],
        &["Nino", "Tamar", "Ketevan", "Mariam", "Salome", "Eka", "Natia", "Tinatin"],
        &["Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Chikovani", "Japaridze", "Maisuradze", "Tsereteli", "Abashidze"],
        Western,
        None
    );
    static ARMENIAN: NamePool = pool!(
        &["Armen", "Tigran", "Aram", "Davit", "Hayk", "Gevorg", "Narek", "Vahan"],
        &["Anahit", "Lusine", "Ani", "Mariam", "Gayane", "Nune", "Arpi", "Siranush"],
        &["Petrosyan", "Grigoryan", "Sargsyan", "Hakobyan", "Harutyunyan", "Avetisyan", "Mkrtchyan", "Vardanyan", "Ghazaryan", "Stepanyan"],
        Western,
        None
    );
    static AZERI: NamePool = pool!(
        &["Elchin", "Rashad", "Farid", "Anar", "Elnur", "Vugar", "Tural", "Orkhan"],
        &["Aynur", "Gunel", "Leyla", "Nigar", "Sevinj", "Lala", "Aysel", "Nargiz"],
        &["Mammadov", "Huseynov", "Hasanov", "Guliyev", "Ismayilov", "Rzayev", "Babayev", "Jafarov", "Karimov", "Abbasov"],
        Western,
        Russian
    );
    static GREEK: NamePool = pool!(
        &["Nikos", "Giorgos", "Dimitris", "Kostas", "Yannis", "Christos", "Panagiotis", "Stavros", "Vasilis"],
        &["Maria", "Eleni", "Katerina", "Sofia", "Despina", "Ioanna", "Georgia", "Vasiliki", "Anastasia"],
        &["Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Vlachos", "Alexiou", "Dimitriou", "Pappas", "Antoniou", "Oikonomou", "Makris", "Zervas"],
        Western,
        Greek
    );
    static BALKAN: NamePool = pool!(
        &["Marko", "Nikola", "Stefan", "Milan", "Dragan", "Aleksandar", "Nenad", "Vuk", "Bojan", "Miloš"],
        &["Jelena", "Milica", "Ivana", "Ana", "Dragana", "Marija", "Sanja", "Tijana", "Jovana", "Vesna"],
        &["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović", "Stanković", "Kovačević", "Lazić", "Popović"],
        Western,
        None
    );
    static ROMANIAN: NamePool = pool!(
        &["Andrei", "Mihai", "Alexandru", "Ionuț", "Bogdan", "Radu", "Cristian", "Vlad", "Sorin", "Victor"],
        &["Ioana", "Elena", "Andreea", "Cristina", "Mihaela", "Alina", "Raluca", "Diana", "Natalia", "Corina"],
        &["Popescu", "Ionescu", "Dumitrescu", "Stan", "Munteanu", "Constantinescu", "Marin", "Rusu", "Ciobanu", "Lupu", "Cojocaru", "Moldovan"],
        Western,
        None
    );
    static HUNGARIAN: NamePool = pool!(
        &["László", "Gábor", "Péter", "Zoltán", "Balázs", "Attila", "Tamás", "András", "Ferenc", "Csaba"],
        &["Katalin", "Eszter", "Zsófia", "Anna", "Réka", "Krisztina", "Ildikó", "Judit", "Noémi", "Orsolya"],
        &["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp"],
        Western,
        None
    );
    static NORDIC: NamePool = pool!(
        &["Lars", "Erik", "Anders", "Magnus", "Henrik", "Johan", "Mikael", "Jonas", "Mikko", "Jukka", "Rasmus", "Sindre"],
        &["Ingrid", "Sofia", "Karin", "Maja", "Astrid", "Sanna", "Elin", "Hanna", "Liisa", "Freja", "Sigrid", "Tuula"],
        &["Johansson", "Lindqvist", "Andersen", "Nielsen", "Halvorsen", "Berg", "Virtanen", "Korhonen", "Lindström", "Dahl", "Eriksen", "Nyström", "Lehtonen", "Bakke", "Holm", "Sandvik"],
        Western,
        None
    );
    static DUTCH: NamePool = pool!(
        &["Jeroen", "Pieter", "Willem", "Bas", "Joost", "Maarten", "Sander", "Thijs", "Koen", "Wouter"],
        &["Anouk", "Sanne", "Lotte", "Femke", "Marieke", "Eline", "Sophie", "Ingrid", "Annelies", "Els"],
        &["de Vries", "van Dijk", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Peeters", "Claes", "Janssens", "Willems", "van den Berg"],
        Western,
        None
    );
    static ETHIOPIAN: NamePool = pool!(
        &["Abebe", "Dawit", "Tesfaye", "Getachew", "Yohannes", "Berhane", "Mulugeta", "Solomon", "Tewodros", "Daniel"],
        &["Meron", "Tigist", "Hiwot", "Selamawit", "Bethlehem", "Rahel", "Almaz", "Saba", "Mekdes", "Liya"],
        &["Tadesse", "Bekele", "Haile", "Gebremedhin", "Alemu", "Kebede", "Wolde", "Mengistu", "Tekle", "Asfaw", "Girma", "Desta"],
        WesternGiven,
        None
    );
    static SOMALI: NamePool = pool!(
        &["Abdi", "Mohamed", "Ahmed", "Hassan", "Abdirahman", "Yusuf", "Ali", "Omar"],
        &["Fadumo", "Hodan", "Amina", "Ifrah", "Sahra", "Nasra", "Khadra", "Faiza"],
        &["Warsame", "Farah", "Abdullahi", "Hussein", "Osman", "Jama", "Aden", "Mohamud", "Elmi", "Nur"],
        Western,
        None
    );
    static EAST_AFRICAN: NamePool = pool!(
        &["Samuel", "Joseph", "Daniel", "Kevin", "Brian", "Peter", "Moses", "Emmanuel", "Dennis", "Gabriel"],
        &["Grace", "Faith", "Mercy", "Wanjiru", "Akinyi", "Njeri", "Esther", "Joy", "Nyibol", "Achol"],
        &["Otieno", "Mwangi", "Kamau", "Ochieng", "Wanjala", "Kiprotich", "Mutua", "Odhiambo", "Chebet", "Njoroge", "Deng", "Garang", "Lual", "Akol"],
        Western,
        None
    );
    static WEST_AFRICAN: NamePool = pool!(
        &["Chinedu", "Emeka", "Oluwaseun", "Babatunde", "Kwame", "Kofi", "Ibrahim", "Musa", "Tunde", "Yaw", "Chukwuma", "Kwesi"],
        &["Ngozi", "Adaeze", "Funmilayo", "Aisha", "Ama", "Abena", "Chioma", "Folake", "Efua", "Zainab", "Yetunde", "Akosua"],
        &["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Mensah", "Asante", "Boateng", "Bello", "Abubakar", "Eze", "Nwosu", "Owusu", "Adebayo", "Danjuma", "Ofori", "Ogunleye"],
        Western,
        None
    );
    static SAHEL: NamePool = pool!(
        &["Mamadou", "Ousmane", "Abdoulaye", "Moussa", "Amadou", "Cheikh", "Ibrahima", "Souleymane", "Boubacar", "Issa"],
        &["Aminata", "Fatou", "Awa", "Mariama", "Kadiatou", "Aïssatou", "Ndeye", "Rokia", "Hawa", "Binta"],
        &["Diallo", "Traoré", "Keita", "Coulibaly", "Sow", "Ndiaye", "Diop", "Touré", "Maïga", "Cissé", "Sangaré", "Ba", "Sidibé", "Dembélé"],
        Western,
        None
    );
    static CENTRAL_AFRICAN: NamePool = pool!(
        &["Jean-Claude", "Patrick", "Emmanuel", "Olivier", "Christian", "Innocent", "Eric", "Fabrice", "Félix", "Alain"],
        &["Solange", "Claudine", "Grace", "Chantal", "Josiane", "Aline", "Espérance", "Nadine", "Clarisse", "Béatrice"],
        &["Mukendi", "Kabamba", "Ilunga", "Tshibangu", "Mbuyi", "Nkurunziza", "Habimana", "Uwimana", "Mugisha", "Niyonzima", "Kalala", "Lukusa"],
        Western,
        None
    );
    static SOUTH_AFRICAN: NamePool = pool!(
        &["Thabo", "Sipho", "Johan", "Pieter", "Themba", "Mandla", "Ayanda", "Kagiso", "Lwazi", "Riaan"],
        &["Nomvula", "Lerato", "Zanele", "Thandiwe", "Anneke", "Naledi", "Palesa", "Refilwe", "Busisiwe", "Marike"],
        &["Nkosi", "Dlamini", "Botha", "Van der Merwe", "Mokoena", "Ndlovu", "Khumalo", "Naidoo", "Pretorius", "Mthembu", "Steyn", "Mahlangu"],
        Western,
        None
    );
    match p {
        Pool::Anglo => &ANGLO,
        Pool::French => &FRENCH,
        Pool::German => &GERMAN,
        Pool::Italian => &ITALIAN,
        Pool::Spanish => &SPANISH,
        Pool::Portuguese => &PORTUGUESE,
        Pool::Russian => &RUSSIAN,
        Pool::Ukrainian => &UKRAINIAN,
        Pool::Polish => &POLISH,
        Pool::Czech => &CZECH,
        Pool::Baltic => &BALTIC,
        Pool::Turkish => &TURKISH,
        Pool::Arabic => &ARABIC,
        Pool::Persian => &PERSIAN,
        Pool::Hebrew => &HEBREW,
        Pool::Chinese => &CHINESE,
        Pool::Japanese => &JAPANESE,
        Pool::Korean => &KOREAN,
        Pool::Indian => &INDIAN,
        Pool::Pakistani => &PAKISTANI,
        Pool::Bengali => &BENGALI,
        Pool::Malay => &MALAY,
        Pool::Vietnamese => &VIETNAMESE,
        Pool::Thai => &THAI,
        Pool::Khmer => &KHMER,
        Pool::Filipino => &FILIPINO,
        Pool::CentralAsian => &CENTRAL_ASIAN,
        Pool::Georgian => &GEORGIAN,
        Pool::Armenian => &ARMENIAN,
        Pool::Azeri => &AZERI,
        Pool::Greek => &GREEK,
        Pool::Balkan => &BALKAN,
        Pool::Romanian => &ROMANIAN,
        Pool::Hungarian => &HUNGARIAN,
        Pool::Nordic => &NORDIC,
        Pool::Dutch => &DUTCH,
        Pool::Ethiopian => &ETHIOPIAN,
        Pool::Somali => &SOMALI,
        Pool::EastAfrican => &EAST_AFRICAN,
        Pool::WestAfrican => &WEST_AFRICAN,
        Pool::Sahel => &SAHEL,
        Pool::CentralAfrican => &CENTRAL_AFRICAN,
        Pool::SouthAfrican => &SOUTH_AFRICAN,
    }
}

/// Offices the templates know how to name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Office {
    Leader,
    ForeignMinister,
}

/// A real office holder and the term during which the corpus may use them.
pub struct RealPerson {
    pub code: &'static str,
    pub office: Office,
    pub name: &'static str,
    pub short: &'static str,
    pub female: bool,
    pub from: (i32, u32, u32),
    pub to: Option<(i32, u32, u32)>,
}

macro_rules! real {
    ($code:expr, $off:ident, $name:expr, $short:expr, $f:expr, $from:expr, $to:expr) => {
        RealPerson {
            code: $code,
            office: Office::$off,
            name: $name,
            short: $short,
            female: $f,
            from: $from,
            to: $to,
        }
    };
}

#[rustfmt::skip]
pub static REAL_PEOPLE: &[RealPerson] = &[
    real!("RUS", Leader, "Vladimir Putin", "Putin", false, (2012, 5, 7), None),
    real!("RUS", ForeignMinister, "Sergei Lavrov", "Lavrov", false, (2004, 3, 9), None),
    real!("CHN", Leader, "Xi Jinping", "Xi", false, (2013, 3, 14), None),
    real!("CHN", ForeignMinister, "Wang Yi", "Wang", false, (2013, 3, 16), Some((2022, 12, 30))),
    real!("CHN", ForeignMinister, "Qin Gang", "Qin", false, (2022, 12, 30), Some((2023, 7, 25))),
    real!("CHN", ForeignMinister, "Wang Yi", "Wang", false, (2023, 7, 25), None),
    real!("TUR", Leader, "Recep Tayyip Erdogan", "Erdogan", false, (2014, 8, 28), None),
    real!("TUR", ForeignMinister, "Mevlut Cavusoglu", "Cavusoglu", false, (2015, 11, 24), Some((2023, 6, 4))),
    real!("TUR", ForeignMinister, "Hakan Fidan", "Fidan", false, (2023, 6, 4), None),
    real!("UKR", Leader, "Volodymyr Zelensky", "Zelensky", false, (2019, 5, 20), None),
    real!("UKR", ForeignMinister, "Vadym Prystaiko", "Prystaiko", false, (2019, 8, 29), Some((2020, 3, 4))),
    real!("UKR", ForeignMinister, "Dmytro Kuleba", "Kuleba", false, (2020, 3, 4), Some((2024, 9, 5))),
    real!("UKR", ForeignMinister, "Andrii Sybiha", "Sybiha", false, (2024, 9, 5), None),
    real!("FRA", Leader, "Emmanuel Macron", "Macron", false, (2017, 5, 14), None),
    real!("FRA", ForeignMinister, "Jean-Yves Le Drian", "Le Drian", false, (2017, 5, 17), Some((2022, 5, 20))),
    real!("FRA", ForeignMinister, "Catherine Colonna", "Colonna", true, (2022, 5, 20), Some((2024, 1, 11))),
    real!("FRA", ForeignMinister, "Jean-Noel Barrot", "Barrot", false, (2024, 9, 21), None),
    real!("IND", Leader, "Narendra Modi", "Modi", false, (2014, 5, 26), None),
    real!("IND", ForeignMinister, "Subrahmanyam Jaishankar", "Jaishankar", false, (2019, 5, 30), None),
    real!("USA", Leader, "Donald Trump", "Trump", false, (2017, 1, 20), Some((2021, 1, 20))),
    real!("USA", Leader, "Joe Biden", "Biden", false, (2021, 1, 20), Some((2025, 1, 20))),
    real!("USA", Leader, "Donald Trump", "Trump", false, (2025, 1, 20), None),
    real!("USA", ForeignMinister, "Mike Pompeo", "Pompeo", false, (2018, 4, 26), Some((2021, 1, 20))),
    real!("USA", ForeignMinister, "Antony Blinken", "Blinken", false, (2021, 1, 26), Some((2025, 1, 20))),
    real!("USA", ForeignMinister, "Marco Rubio", "Rubio", false, (2025, 1, 21), None),
    real!("DEU", Leader, "Angela Merkel", "Merkel", true, (2005, 11, 22), Some((2021, 12, 8))),
    real!("DEU", Leader, "Olaf Scholz", "Scholz", false, (2021, 12, 8), Some((2025, 5, 6))),
    real!("DEU", Leader, "Friedrich Merz", "Merz", false, (2025, 5, 6), None),
    real!("DEU", ForeignMinister, "Annalena Baerbock", "Baerbock", true, (2021, 12, 8), Some((2025, 5, 6))),
    real!("BRA", Leader, "Jair Bolsonaro", "Bolsonaro", false, (2019, 1, 1), Some((2023, 1, 1))),
    real!("BRA", Leader, "Luiz Inacio Lula da Silva", "Lula", false, (2023, 1, 1), None),
    real!("HUN", Leader, "Viktor Orban", "Orban", false, (2010, 5, 29), Some((2026, 4, 12))),
    real!("ISR", Leader, "Benjamin Netanyahu", "Netanyahu", false, (2009, 3, 31), Some((2021, 6, 13))),
    real!("ISR", Leader, "Benjamin Netanyahu", "Netanyahu", false, (2022, 12, 29), None),
    real!("IRN", ForeignMinister, "Mohammad Javad Zarif", "Zarif", false, (2013, 8, 15), Some((2021, 8, 25))),
    real!("IRN", ForeignMinister, "Abbas Araghchi", "Araghchi", false, (2024, 8, 21), None),
    real!("SAU", ForeignMinister, "Faisal bin Farhan", "Prince Faisal", false, (2019, 10, 23), None),
    real!("UNO", Leader, "Antonio Guterres", "Guterres", false, (2017, 1, 1), None),
    real!("EUR", ForeignMinister, "Federica Mogherini", "Mogherini", true, (2014, 11, 1), Some((2019, 12, 1))),
    real!("EUR", ForeignMinister, "Josep Borrell", "Borrell", false, (2019, 12, 1), Some((2024, 12, 1))),
    real!("EUR", ForeignMinister, "Kaja Kallas", "Kallas", true, (2024, 12, 1), None),
];

/// The real holder of `office` in country `code` on `date`, if listed.
pub fn real_holder(code: &str, office: Office, date: Date) -> Option<&'static RealPerson> {
    REAL_PEOPLE.iter().find(|r| {
        r.code == code
            && r.office == office
            && date >= Date::new(r.from.0, r.from.1, r.from.2)
            && r.to.is_none_or(|t| date < Date::new(t.0, t.1, t.2))
    })
}

/// An invented news site: name, domain, page template and house style.
pub struct Site {
    pub name: &'static str,
    pub domain: &'static str,
    /// Which page layout (0..5) `html.rs` uses.
    pub template: u8,
    /// Day-month order in dates: "18 March" (true) or "March 18".
    pub uk_dates: bool,
    /// Probability that a quote uses curly marks.
    pub curly: f64,
    /// Probability that a quoted paragraph uses em-dash dialogue.
    pub dash: f64,
    /// How text is escaped in the page.
    pub escape: Escape,
    /// Put a city dateline ("ANKARA —") before the first paragraph.
    pub dateline: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Escape {
    /// Only &, < and >.
    Minimal,
    /// Also " and '.
    Quotes,
    /// Also every non-ASCII character as a numeric reference.
    Numeric,
}

#[rustfmt::skip]
pub static SITES: &[Site] = &[
    Site { name: "The Meridian Post", domain: "www.meridianpost.com", template: 0, uk_dates: false, curly: 0.1, dash: 0.03, escape: Escape::Minimal, dateline: true },
    Site { name: "Global Affairs Daily", domain: "globalaffairsdaily.net", template: 1, uk_dates: true, curly: 0.85, dash: 0.05, escape: Escape::Numeric, dateline: false },
    Site { name: "Eastern Wire", domain: "www.easternwire.info", template: 2, uk_dates: true, curly: 0.2, dash: 0.35, escape: Escape::Minimal, dateline: false },
    Site { name: "The Capital Observer", domain: "www.capitalobserver.org", template: 3, uk_dates: false, curly: 0.9, dash: 0.0, escape: Escape::Minimal, dateline: true },
    Site { name: "WorldBrief", domain: "worldbrief.news", template: 4, uk_dates: false, curly: 0.05, dash: 0.08, escape: Escape::Quotes, dateline: false },
    Site { name: "Horizon News Agency", domain: "www.horizon-agency.com", template: 5, uk_dates: true, curly: 0.0, dash: 0.12, escape: Escape::Quotes, dateline: true },
];

pub static AGENCIES: &[&str] = &[
    "AFP",
    "Reuters",
    "AP",
    "EPA",
    "Anadolu",
    "Getty Images",
    "Xinhua",
    "TASS",
    "Ukrinform",
    "Yonhap",
    "ANSA",
    "dpa",
    "Kyodo",
    "Press Association",
];

pub static INSTITUTES: &[&str] = &[
    "the Centre for Strategic Horizons",
    "the Institute for Regional Security",
    "the Global Policy Forum",
    "the Council for Geopolitical Studies",
    "the Foundation for International Dialogue",
    "the Centre for Conflict Research",
    "the Institute of Peace and Diplomacy",
    "the Meridian Institute",
    "the Bridgewater Centre for Foreign Policy",
    "the Northgate Security Initiative",
    "the Institute for Frontier Studies",
    "the Centre for Eurasian Affairs",
    "the Lighthouse Policy Group",
    "the International Crisis Monitor",
];

/// Humanitarian and international bodies that field spokespeople:
/// (name in running text, short name, PLOVER code).
pub static AID_ORGS: &[(&str, &str, &str)] = &[
    ("the World Food Programme", "WFP", "UNO"),
    ("the UN refugee agency", "UNHCR", "UNO"),
    ("UNICEF", "UNICEF", "UNO"),
    ("the UN humanitarian office", "OCHA", "UNO"),
    (
        "the International Committee of the Red Cross",
        "ICRC",
        "NGO",
    ),
    ("Doctors Without Borders", "MSF", "NGO"),
    ("the Norwegian Refugee Council", "NRC", "NGO"),
];

pub static TOPICS: &[&str] = &[
    "grain exports",
    "energy cooperation",
    "regional security",
    "border demarcation",
    "a prisoner exchange",
    "trade and investment",
    "migration",
    "maritime security",
    "water sharing",
    "visa-free travel",
    "counter-terrorism cooperation",
    "transport links",
    "fishing rights",
    "gas transit",
    "arms control",
    "the return of displaced people",
    "debt relief",
    "nuclear safety",
    "a possible peace settlement",
    "cross-border trade",
];

pub static OFFENSES: &[&str] = &[
    "violating the ceasefire",
    "meddling in its internal affairs",
    "stoking tensions along the border",
    "deliberately targeting civilian infrastructure",
    "spreading disinformation",
    "harbouring armed groups",
    "violating its airspace",
    "blocking humanitarian access",
    "backing rebels in the east of the country",
    "illegally detaining its citizens",
    "interfering in its elections",
    "undermining regional security",
    "carrying out cyberattacks on government websites",
    "obstructing the peace process",
];

pub static INCIDENTS: &[&str] = &[
    "a series of cyberattacks on state institutions",
    "the collapse of the last round of talks",
    "a drone incursion into its airspace",
    "an explosion at a border post",
    "the sinking of a fishing boat",
    "the deaths of two border guards",
    "the disruption of satellite navigation signals",
];

pub static DEMANDS: &[&str] = &[
    "withdraw its forces from the border area",
    "release the detained journalists",
    "return to the negotiating table",
    "respect the ceasefire",
    "allow humanitarian access to the affected areas",
    "investigate the incident",
    "stop the shelling of civilian areas",
    "hand over the suspects",
    "reopen the border crossings",
    "guarantee the safety of its diplomats",
    "clarify its intentions",
    "lift the restrictions on trade",
];

pub static PROPOSALS: &[&str] = &[
    "a joint investigation",
    "a ceasefire along the current line of contact",
    "international monitors",
    "a new round of talks in a neutral country",
    "a prisoner swap",
    "a demilitarised zone",
    "a joint commission on the disputed border",
];

pub static AGREEMENTS: &[&str] = &[
    "an agreement on energy cooperation",
    "a memorandum on visa-free travel",
    "a deal to resume grain shipments",
    "a framework agreement on border demarcation",
    "a trade and investment protocol",
    "a deal on the exchange of prisoners",
    "a roadmap for normalising relations",
    "an accord on fishing rights",
    "a defence cooperation agreement",
    "an agreement on the return of displaced people",
];

pub static JOINT_ACTIONS: &[&str] = &[
    "set up a joint commission",
    "exchange prisoners",
    "resume direct flights",
    "restore consular services",
    "extend the grain corridor",
    "hold regular consultations at deputy-minister level",
    "open a new border crossing",
];

pub static COMMODITIES: &[&str] = &[
    "gas",
    "oil",
    "grain",
    "fertiliser",
    "electricity",
    "steel",
    "wheat",
    "fish",
    "fruit and vegetables",
    "timber",
];

pub static INFRA: &[&str] = &[
    "an energy facility",
    "a residential building",
    "a railway depot",
    "port infrastructure",
    "a fuel depot",
    "a power substation",
    "warehouses on the outskirts of the city",
    "a military airfield",
    "a bridge used to move supplies",
];

/// Gatherings where leaders meet on the sidelines, with a fixed host city
/// when the gathering has one: (name, city, country code).
pub static SUMMITS: &[(&str, &str, &str)] = &[
    ("a regional security forum", "", ""),
    ("the G20 summit", "", ""),
    ("the UN General Assembly", "New York", "USA"),
    ("the Munich Security Conference", "Munich", "DEU"),
    ("an international economic forum", "", ""),
    ("a donors' conference", "", ""),
    ("a summit of regional leaders", "", ""),
    ("the annual climate conference", "", ""),
];

pub static ORGS_TO_JOIN: &[&str] = &[
    "the BRICS group",
    "the World Trade Organization",
    "the UN Security Council as a non-permanent member",
    "the Shanghai Cooperation Organisation",
    "the European Union",
    "the OECD",
];

pub static SECTIONS: &[&str] = &[
    "world",
    "politics",
    "europe",
    "middle-east",
    "asia",
    "africa",
    "americas",
    "diplomacy",
];
