#!/usr/bin/env python3
"""Generate kb/regions.tsv, the first-level administrative regions of detente.

News about violence and protest names provinces, states and oblasts ("in
Zamfara state", "the Belgorod region", "Khyber Pakhtunkhwa"); this file lets
such a mention give the event its country. Same columns as kb/places.tsv, with
lat and lon left empty, kind `region`, population 0.

Provenance: subdivision names and codes are ISO 3166-2 as shipped in Debian's
iso-codes package (/usr/share/iso-codes/json/iso_3166-2.json; alpha-2 to
alpha-3 from iso_3166-1.json). ISO often gives a local or transliterated form
("Belgorodskaja oblast'", "Nordrhein-Westfalen", "Nīnawá"); the English news
forms in EN below, the level chosen per country, and the stop lists are
hand-curated here. Common English words come from /usr/share/dict/words
(Debian package wamerican); the repository's kb/places.tsv, kb/states.tsv,
kb/given_names.txt, kb/people.tsv, kb/media.tsv, kb/bodies.tsv and
kb/metonyms.tsv say which names are already taken.

How to run (from the repository root; standard library only, no network):

    apt-get install iso-codes wamerican     # tested with 4.15.0-1 and 2020.12.07-2
    python3 kb/tools/gen_regions.py             # writes kb/regions.tsv, prints counts
    python3 kb/tools/gen_regions.py --verbose   # also lists every skipped name and why

The output is deterministic: same package versions and kb files, same bytes.

Rules. One row per ISO subdivision of the level chosen for its country (LEVEL;
default: the entries without a parent); countries in SKIP_COUNTRIES and codes
in DROP_CODES are left out. The row's name is the English form (EN, else the
ISO name), ASCII-folded like places.tsv ("Michoacan", alias "Michoacán"); the
ISO/local form and folded forms become aliases. A name or alias is skipped if
it is: already a name or alias in places.tsv (a region named like a city of
its own country is dropped whole: the city row gives the country), a state,
official name, alias, adjective or capital in states.tsv, a body, outlet or
metonym; the name of a subdivision of two or more countries, any level, any
country (DOMINANT excepted); one word that is a lower-case entry of the
dictionary, a given name or a surname from people.tsv; three characters or
fewer; made only of direction/position/generic words ("North West",
"Centre-Est", "Far North"; KEEP excepted); or in STOP. A row whose English
name is skipped takes its next English alias as name, never a bare local form
("Normandie" for Normandy, stopped for the "Normandy format"). Where a
country's news writes "X State"/"X Region"/"X County" (SUFFIX), a base name
skipped for any reason but a same-country city is kept in that longer form,
if the longer form is free ("Plateau State", "Unity State", "Chin State",
"Edo State", "Somali Region"); stopped or generic bases only if in SUFFIX_OK.
"""
import argparse
import collections
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "kb", "regions.tsv")
ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
WORDS = "/usr/share/dict/words"
HEADER = ["name", "aliases", "country", "lat", "lon", "kind", "population"]
MAX_ALIASES = 6

# Countries left out whole: units tiny, numerous or never named in
# international news (parishes, municipalities, atolls, quarters), or whose
# units are all cities already in places.tsv, or only compass points.
SKIP_COUNTRIES = set("""AD AG BB BS DM GD JM KN LC VC TT LI LU LV MC ME MK MT SI SM SC MV NR
TV PW WS TO MH KI FM UM WF SH BQ SG BN BH QA KW FJ CV GL SB VU ST MU CY DK IS TL UG BZ""".split())

# Level per country where it is not "every entry without a parent":
# a set of ISO types to keep (entries with a parent included).
LEVEL = {
    "FR": {"Metropolitan region", "Metropolitan collectivity with special status"},
    "IT": {"Region", "Autonomous region"},
    "ES": {"Autonomous community", "Autonomous city in north africa"},
    "GB": {"Country", "Province"},
    "LT": {"County"},
    "HU": {"County"},
    "NP": {"Province"},
    "RS": {"Autonomous province"},
    "MD": {"Autonomous territorial unit"},
    "CZ": {"Region", "Capital city"},
    "EE": {"County"},
    "GW": {"Region", "Autonomous sector"},
    "DO": {"Province"},
    "GQ": {"Province"},
    "IE": {"Province", "County"},
    "US": {"State", "District"},
    "NL": {"Province"},
    "NO": {"County"},
    "AZ": {"Rayon", "Municipality", "Autonomous republic"},
    "MW": {"District"},
    "ID": {"Province", "Special region", "Capital district", "Geographical unit"},
    # Second-level units as well as the first: the first level is only cities
    # or compass points there, and news names the provinces/districts.
    "BD": {"Division", "District"},
    "PH": {"Region", "Province"},
    "BF": {"Region", "Province"},
    "BE": {"Region", "Province"},
    "LK": {"Province", "District"},
    "ML": {"Region", "District"},
}
SKIP_PARENTED = {"AZ"}  # Nakhchivan's rayons: below the autonomous republic
NO_ISO_ALIAS = {"SE"}  # ISO has the genitive "Dalarnas län", no text form

# Entries left out: territories with their own ISO 3166-1 code (places.tsv
# codes them so), Kosovo (a state in states.tsv), Western Sahara, leftovers.
DROP_CODES = set("""CN-HK CN-MO CN-TW MA-11 MA-12 RS-KM FI-01 NO-21 NO-22 TJ-RA
US-AS US-GU US-MP US-PR US-UM US-VI NL-AW NL-CW NL-SX NL-BQ1 NL-BQ2 NL-BQ3
VE-A VE-W CO-DC AR-C NG-FC YE-SA PH-00 DO-01 KZ-ALA KZ-AST KZ-SHY""".split())

# English news forms: CODE  Name|extra alias|...  (the ISO form and the
# ASCII-folded forms are added as aliases by the program).
EN_TEXT = """
AE-AZ Abu Dhabi
AE-FU Fujairah
AE-SH Sharjah
AE-DU Dubai
AE-RK Ras al-Khaimah|Ras al Khaimah
AE-UQ Umm al-Quwain|Umm al Quwain
AE-AJ Ajman
AF-KNR Kunar
AF-BAM Bamyan|Bamiyan
AF-PIA Paktia|Paktiya
AF-PKA Paktika
AF-PAN Panjshir|Panjshayr
AF-PAR Parwan|Parvan
AF-URU Uruzgan|Oruzgan
AF-SAR Sar-e Pol|Sar-i-Pul|Sari Pul
AF-NIM Nimruz|Nimroz
AF-NUR Nuristan
AF-DAY Daykundi|Daikundi
AF-WAR Wardak|Maidan Wardak
AF-JOW Jowzjan|Jawzjan
AF-FYB Faryab
AF-BDG Badghis
AL-01 Berat
AL-09 Diber|Dibra
AL-02 Durres|Durrës
AL-05 Gjirokaster|Gjirokastra|Gjirokastër
AL-06 Korca|Korçë
AL-07 Kukes|Kukës
AL-08 Lezhe|Lezha|Lezhë
AL-10 Shkoder|Shkodra|Shkodër
AL-11 Tirana
AL-12 Vlore|Vlora|Vlorë
AM-AG Aragatsotn
AM-ER Yerevan
AM-GR Gegharkunik
AM-KT Kotayk
AM-LO Lori
AM-SU Syunik|Siunik
AM-TV Tavush
AM-VD Vayots Dzor
AM-SH Shirak
AO-MAL Malanje|Malange
AO-CNO Cuanza Norte|Kwanza Norte
AO-CUS Cuanza Sul|Kwanza Sul
AO-LNO Lunda Norte
AO-LSU Lunda Sul
AT-1 Burgenland
AT-2 Carinthia|Kärnten
AT-3 Lower Austria|Niederösterreich
AT-4 Upper Austria|Oberösterreich
AT-5 Salzburg
AT-6 Styria|Steiermark
AT-7 Tyrol|Tirol
AT-8 Vorarlberg
AT-9 Vienna
AZ-BA Baku
AZ-XA Khankendi|Stepanakert
AZ-XCI Khojaly|Khojali
AZ-XVD Khojavend
AZ-SM Sumgait|Sumgayit
AZ-NX Nakhchivan|Nakhichevan
AZ-AGM Aghdam|Agdam
AZ-TAR Tartar|Terter
AZ-QAZ Gazakh|Qazax
AZ-QBA Guba|Quba
AZ-QBI Gubadly|Qubadli
AZ-QAB Gabala|Qabala
AZ-SAK Shaki|Sheki
AZ-SA Shaki|Sheki
BA-BRC Brcko District|Brčko District|Brcko|Brčko
BA-BIH Federation of Bosnia and Herzegovina
BA-SRP Republika Srpska
BD-A Barishal|Barisal
BD-B Chattogram|Chittagong
BD-03 Bogura|Bogra
BD-08 Cumilla|Comilla
BD-22 Jashore|Jessore
BD-10 Chattogram|Chittagong
BD-06 Barishal|Barisal
BD-29 Khagrachhari|Khagrachari
BD-38 Moulvibazar|Maulvibazar
BD-41 Netrakona|Netrokona
BD-45 Chapai Nawabganj|Chapainawabganj
BD-25 Jhalakathi|Jhalokati
BE-BRU Brussels|Brussels-Capital Region
BE-VLG Flanders|Flemish Region
BE-WAL Wallonia|Walloon Region
BE-VAN Antwerp|Antwerpen
BE-WBR Walloon Brabant|Brabant wallon
BE-WLG Liege|Liège
BE-VOV East Flanders|Oost-Vlaanderen
BE-VBR Flemish Brabant|Vlaams-Brabant
BE-VWV West Flanders|West-Vlaanderen
BG-22 Sofia
BI-BM Bujumbura
BO-B Beni|El Beni
BR-DF Federal District|Distrito Federal
BY-BR Brest
BY-HO Gomel|Homel
BY-HM Minsk
BY-HR Grodno|Hrodna
BY-MA Mogilev|Mahilyow
BY-MI Minsk
BY-VI Vitebsk|Viciebsk
CA-NL Newfoundland and Labrador|Newfoundland
CD-BU Bas-Uele|Bas-Uélé
CD-HU Haut-Uele|Haut-Uélé
CD-KS Kasai|Kasaï
CD-KC Kasai-Central|Kasai Central|Kasaï-Central
CD-KE Kasai-Oriental|Kasai Oriental|Kasaï-Oriental
CD-NK North Kivu|Nord-Kivu
CD-SK South Kivu|Sud-Kivu
CD-NU Nord-Ubangi|North Ubangi
CD-SU Sud-Ubangi|South Ubangi
CD-EQ Equateur|Équateur
CF-KB Nana-Grebizi|Nana-Grébizi
CF-HS Mambere-Kadei|Mambéré-Kadéï
CF-KG Kemo|Kémo
CF-SE Sangha-Mbaere|Sangha-Mbaéré
CF-MP Ombella-M'Poko|Ombella-Mpoko
CH-AG Aargau|Argovia
CH-BL Basel-Landschaft|Basel-Country
CH-BS Basel-Stadt|Basel-City
CH-BE Bern|Berne
CH-FR Fribourg
CH-GE Geneva|Genève
CH-GR Graubünden|Grisons|Graubuenden
CH-LU Lucerne|Luzern
CH-SG St. Gallen|St Gallen|Sankt Gallen
CH-VS Valais|Wallis
CH-ZH Zurich|Zürich
CL-AI Aysen|Aysén|Aisén
CL-AP Arica y Parinacota|Arica and Parinacota
CL-BI Biobio|Biobío|Bío Bío|Bio Bio
CL-AR Araucania|Araucanía|La Araucanía
CL-LI O'Higgins|Libertador General Bernardo O'Higgins
CL-MA Magallanes|Magallanes and Chilean Antarctica
CL-RM Santiago Metropolitan Region|Región Metropolitana de Santiago
CL-NB Nuble|Ñuble
CN-AH Anhui
CN-BJ Beijing
CN-CQ Chongqing
CN-FJ Fujian
CN-GS Gansu
CN-GD Guangdong
CN-GX Guangxi|Guangxi Zhuang Autonomous Region
CN-GZ Guizhou
CN-HI Hainan
CN-HE Hebei
CN-HL Heilongjiang
CN-HA Henan
CN-HB Hubei
CN-HN Hunan
CN-JS Jiangsu
CN-JX Jiangxi
CN-JL Jilin
CN-LN Liaoning
CN-NM Inner Mongolia|Nei Mongol
CN-NX Ningxia|Ningxia Hui Autonomous Region
CN-QH Qinghai
CN-SN Shaanxi
CN-SD Shandong
CN-SH Shanghai
CN-SX Shanxi
CN-SC Sichuan
CN-TJ Tianjin
CN-XJ Xinjiang|Xinjiang Uyghur Autonomous Region|Xinjiang Uygur Autonomous Region
CN-XZ Tibet|Xizang|Tibet Autonomous Region
CN-YN Yunnan
CN-ZJ Zhejiang
CO-SAP San Andres and Providencia|San Andrés y Providencia
CO-VAC Valle del Cauca
CU-03 Havana|La Habana
CU-99 Isla de la Juventud|Isle of Youth
CZ-64 South Moravia|South Moravian Region|Jihomoravský kraj
CZ-31 South Bohemia|South Bohemian Region|Jihočeský kraj
CZ-41 Karlovy Vary
CZ-63 Vysocina|Vysočina
CZ-52 Hradec Kralove|Hradec Králové
CZ-51 Liberec
CZ-80 Moravian-Silesian Region|Moravia-Silesia|Moravskoslezský kraj
CZ-71 Olomouc
CZ-53 Pardubice
CZ-32 Plzen|Plzeň|Pilsen
CZ-10 Prague
CZ-20 Central Bohemia|Central Bohemian Region|Středočeský kraj
CZ-72 Zlin|Zlín
CZ-42 Usti nad Labem|Ústí nad Labem
DE-BW Baden-Württemberg|Baden-Wuerttemberg
DE-BY Bavaria|Bayern
DE-HE Hesse|Hessen
DE-MV Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|Mecklenburg-West Pomerania
DE-NI Lower Saxony|Niedersachsen
DE-NW North Rhine-Westphalia|Nordrhein-Westfalen|North Rhine Westphalia
DE-RP Rhineland-Palatinate|Rheinland-Pfalz
DE-SN Saxony|Sachsen
DE-ST Saxony-Anhalt|Sachsen-Anhalt
DE-TH Thuringia|Thüringen
DJ-OB Obock
DZ-16 Algiers
EE-37 Harju|Harjumaa
EE-39 Hiiumaa|Hiiu
EE-45 Ida-Viru|Ida-Virumaa
EE-52 Jarva|Järva|Järvamaa
EE-50 Jogeva|Jõgeva|Jõgevamaa
EE-60 Laane-Viru|Lääne-Viru|Lääne-Virumaa
EE-56 Laane|Lääne|Läänemaa
EE-68 Parnu|Pärnu|Pärnumaa
EE-64 Polva|Põlva|Põlvamaa
EE-71 Rapla|Raplamaa
EE-74 Saaremaa|Saare
EE-79 Tartu|Tartumaa
EE-81 Valga|Valgamaa
EE-84 Viljandi|Viljandimaa
EE-87 Voru|Võru|Võrumaa
EG-DK Dakahlia|Dakahlia Governorate
EG-BA Red Sea
EG-BH Beheira|Buhayrah
EG-FYM Faiyum|Fayoum|Fayyum
EG-GH Gharbia|Gharbiya
EG-ALX Alexandria
EG-IS Ismailia
EG-GZ Giza
EG-MN Minya
EG-MNF Monufia|Menoufia|Minufiya
EG-KB Qalyubia|Qalyubiya
EG-C Cairo
EG-LX Luxor
EG-WAD New Valley
EG-SUZ Suez
EG-SHR Sharqia|Sharqiya
EG-ASN Aswan
EG-AST Asyut|Assiut
EG-BNS Beni Suef
EG-PTS Port Said
EG-DT Damietta
EG-JS South Sinai
EG-KFS Kafr el-Sheikh|Kafr El Sheikh
EG-MT Matrouh|Marsa Matrouh
EG-KN Qena
EG-SIN North Sinai
EG-SHG Sohag
ER-MA Maekel
ER-DU Debub
ER-AN Anseba
ER-DK Southern Red Sea
ER-SK Northern Red Sea
ER-GB Gash-Barka
ES-AN Andalusia|Andalucía
ES-AR Aragon|Aragón
ES-AS Asturias
ES-CN Canary Islands|Canarias
ES-CL Castile and Leon|Castile and León|Castilla y León
ES-CM Castilla-La Mancha|Castile-La Mancha
ES-CT Catalonia|Catalunya|Cataluña
ES-PV Basque Country|Euskadi|País Vasco
ES-GA Galicia
ES-IB Balearic Islands|Illes Balears|Islas Baleares|Balearics
ES-MD Madrid
ES-MC Murcia
ES-NC Navarre|Navarra
ES-VC Valencian Community|Comunitat Valenciana|Comunidad Valenciana
ET-AA Addis Ababa
ET-AF Afar
ET-AM Amhara
ET-BE Benishangul-Gumuz|Benshangul-Gumaz
ET-GA Gambella|Gambela
ET-HA Harari
ET-SO Somali
ET-SN Southern Nations, Nationalities, and Peoples' Region|SNNPR
ET-TI Tigray|Tigrai
FI-02 South Karelia|Etelä-Karjala
FI-03 South Ostrobothnia|Etelä-Pohjanmaa
FI-04 South Savo|Etelä-Savo
FI-05 Kainuu
FI-06 Kanta-Hame|Kanta-Häme|Tavastia Proper
FI-07 Central Ostrobothnia|Keski-Pohjanmaa
FI-08 Central Finland|Keski-Suomi
FI-09 Kymenlaakso
FI-10 Lapland|Lappi
FI-11 Pirkanmaa
FI-12 Ostrobothnia|Pohjanmaa
FI-13 North Karelia|Pohjois-Karjala
FI-14 North Ostrobothnia|Pohjois-Pohjanmaa
FI-15 North Savo|Pohjois-Savo
FI-16 Paijat-Hame|Päijät-Häme
FI-17 Satakunta
FI-18 Uusimaa
FI-19 Southwest Finland|Varsinais-Suomi
FR-ARA Auvergne-Rhône-Alpes|Auvergne-Rhone-Alpes
FR-BFC Bourgogne-Franche-Comté|Burgundy-Franche-Comté|Bourgogne-Franche-Comte
FR-BRE Brittany|Bretagne
FR-CVL Centre-Val de Loire
FR-20R Corsica|Corse
FR-GES Grand Est|Grand-Est
FR-HDF Hauts-de-France
FR-NOR Normandy|Normandie
FR-NAQ Nouvelle-Aquitaine
FR-OCC Occitania|Occitanie
FR-PDL Pays de la Loire|Pays-de-la-Loire
FR-PAC Provence-Alpes-Côte d'Azur|Provence-Alpes-Cote d'Azur
FR-IDF Ile-de-France|Île-de-France
GB-WLS Wales|Cymru
GE-AJ Adjara|Ajaria|Ajara
GE-KA Kakheti
GE-RL Racha-Lechkhumi and Kvemo Svaneti|Racha-Lechkhumi-Kvemo Svaneti
GE-SZ Samegrelo-Zemo Svaneti|Samegrelo
GE-TB Tbilisi
GQ-AN Annobon|Annobón
GQ-BN Bioko Norte|Bioko Nord
GQ-BS Bioko Sur|Bioko Sud
GQ-KN Kie-Ntem|Kié-Ntem
GR-A Eastern Macedonia and Thrace
GR-I Attica
GR-G Western Greece
GR-C Western Macedonia
GR-F Ionian Islands
GR-B Central Macedonia
GR-M Crete
GR-L South Aegean
GR-J Peloponnese
GR-H Central Greece
GR-E Thessaly
GR-K North Aegean
GR-69 Mount Athos
GR-D Epirus
GW-BL Bolama-Bijagos|Bolama|Bijagós
HN-IB Bay Islands|Islas de la Bahía
HR-07 Bjelovar-Bilogora
HR-12 Brod-Posavina
HR-19 Dubrovnik-Neretva
HR-21 Zagreb
HR-18 Istria
HR-04 Karlovac
HR-06 Koprivnica-Krizevci|Koprivnica-Križevci
HR-02 Krapina-Zagorje
HR-09 Lika-Senj
HR-20 Medimurje|Međimurje
HR-14 Osijek-Baranja
HR-11 Pozega-Slavonia|Požega-Slavonia
HR-08 Primorje-Gorski Kotar
HR-03 Sisak-Moslavina
HR-17 Split-Dalmatia
HR-05 Varazdin|Varaždin
HR-10 Virovitica-Podravina
HR-16 Vukovar-Srijem|Vukovar-Syrmia
HR-13 Zadar
HR-01 Zagreb
HR-15 Sibenik-Knin|Šibenik-Knin
HT-GA Grand'Anse|Grand Anse
HT-NI Nippes
HT-OU Ouest
HT-SD Sud
HT-SE Sud-Est
HU-CS Csongrad-Csanad|Csongrád-Csanád|Csongrád
IE-C Connacht|Connaught
ID-AC Aceh
ID-BA Bali
ID-BT Banten
ID-BE Bengkulu
ID-GO Gorontalo
ID-JK Jakarta
ID-JA Jambi
ID-JB West Java|Jawa Barat
ID-JT Central Java|Jawa Tengah
ID-JI East Java|Jawa Timur
ID-KB West Kalimantan|Kalimantan Barat
ID-KS South Kalimantan|Kalimantan Selatan
ID-KT Central Kalimantan|Kalimantan Tengah
ID-KI East Kalimantan|Kalimantan Timur
ID-KU North Kalimantan|Kalimantan Utara
ID-BB Bangka Belitung|Bangka-Belitung|Kepulauan Bangka Belitung
ID-KR Riau Islands|Kepulauan Riau
ID-LA Lampung
ID-MA Maluku|Moluccas
ID-MU North Maluku|Maluku Utara
ID-NB West Nusa Tenggara|Nusa Tenggara Barat
ID-NT East Nusa Tenggara|Nusa Tenggara Timur
ID-PA Papua
ID-PB West Papua|Papua Barat
ID-RI Riau
ID-SR West Sulawesi|Sulawesi Barat
ID-SN South Sulawesi|Sulawesi Selatan
ID-ST Central Sulawesi|Sulawesi Tengah
ID-SG Southeast Sulawesi|Sulawesi Tenggara
ID-SA North Sulawesi|Sulawesi Utara
ID-SB West Sumatra|Sumatera Barat
ID-SS South Sumatra|Sumatera Selatan
ID-SU North Sumatra|Sumatera Utara
ID-YO Yogyakarta
ID-JW Java|Jawa
ID-KA Kalimantan
ID-ML Maluku|Moluccas
ID-NU Nusa Tenggara|Lesser Sunda Islands
ID-PP Papua
ID-SL Sulawesi|Celebes
ID-SM Sumatra|Sumatera
IL-JM Jerusalem
IL-TA Tel Aviv
IL-HA Haifa
IL-M Central District
IL-D Southern District
IL-Z Northern District
IN-AN Andaman and Nicobar Islands|Andaman and Nicobar
IN-JK Jammu and Kashmir|Jammu & Kashmir
IN-OR Odisha|Orissa
IN-PY Puducherry|Pondicherry
IN-UT Uttarakhand|Uttaranchal
IQ-AN Anbar|Al Anbar|Al-Anbar
IQ-BA Basra|Basrah
IQ-MU Muthanna|Al Muthanna|Al-Muthanna
IQ-QA Qadisiyah|Al-Qadisiyah|Diwaniyah
IQ-NA Najaf
IQ-AR Erbil|Arbil
IQ-SU Sulaymaniyah|Sulaimaniyah
IQ-BG Baghdad
IQ-BB Babil|Babylon
IQ-DA Duhok|Dohuk|Dahuk
IQ-DQ Dhi Qar
IQ-DI Diyala
IQ-KA Karbala
IQ-KI Kirkuk
IQ-MA Maysan
IQ-NI Nineveh|Ninawa|Nineva
IQ-WA Wasit
IQ-SD Salahuddin|Salah al-Din|Salah ad-Din|Saladin
IR-30 Alborz
IR-24 Ardabil
IR-18 Bushehr
IR-14 Chaharmahal and Bakhtiari
IR-10 Isfahan|Esfahan
IR-07 Fars
IR-27 Golestan
IR-01 Gilan
IR-13 Hamadan
IR-22 Hormozgan
IR-08 Kerman
IR-05 Kermanshah
IR-29 South Khorasan
IR-09 Razavi Khorasan|Khorasan Razavi
IR-28 North Khorasan
IR-06 Khuzestan
IR-17 Kohgiluyeh and Boyer-Ahmad
IR-12 Kurdistan Province|Kordestan
IR-15 Lorestan|Luristan
IR-00 Markazi
IR-02 Mazandaran
IR-26 Qazvin
IR-25 Qom
IR-20 Semnan
IR-11 Sistan and Baluchestan|Sistan-Baluchestan|Sistan and Baluchistan
IR-23 Tehran
IR-21 Yazd
IR-19 Zanjan
IR-04 West Azerbaijan
IR-03 East Azerbaijan
IR-16 Ilam
IT-25 Lombardy|Lombardia
IT-57 Marche|Marches
IT-21 Piedmont|Piemonte
IT-75 Apulia|Puglia
IT-88 Sardinia|Sardegna
IT-82 Sicily|Sicilia
IT-52 Tuscany|Toscana
IT-32 Trentino-Alto Adige|Trentino-South Tyrol|South Tyrol|Alto Adige
IT-23 Aosta Valley|Valle d'Aosta
IT-36 Friuli Venezia Giulia|Friuli-Venezia Giulia
JO-BA Balqa|Al Balqa
JO-KA Karak|Al Karak
JO-MA Mafraq|Al Mafraq
JO-AQ Aqaba
JO-AM Amman
JO-AZ Zarqa
JO-AT Tafilah|Tafila
JO-IR Irbid
JO-JA Jerash
JO-MN Ma'an
JO-MD Madaba
JO-AJ Ajloun|Ajlun
KG-GB Bishkek
KG-C Chuy|Chui
KG-J Jalal-Abad
KG-GO Osh
KG-Y Issyk-Kul
KH-2 Battambang
KH-1 Banteay Meanchey
KH-23 Kep
KH-3 Kampong Cham
KH-4 Kampong Chhnang
KH-5 Kampong Speu
KH-6 Kampong Thom
KH-8 Kandal
KH-9 Koh Kong
KH-10 Kratie
KH-11 Mondulkiri
KH-22 Oddar Meanchey
KH-15 Pursat
KH-18 Preah Sihanouk|Sihanoukville
KH-14 Prey Veng
KH-16 Ratanakiri
KH-17 Siem Reap
KH-19 Stung Treng
KH-20 Svay Rieng
KH-21 Takeo
KM-G Grande Comore|Ngazidja
KM-A Anjouan|Ndzuwani
KM-M Moheli|Mohéli|Mwali
KE-05 Elgeyo-Marakwet|Elgeyo Marakwet
KE-39 Taita-Taveta|Taita Taveta
KE-30 Nairobi
KP-04 Chagang
KP-09 North Hamgyong
KP-08 South Hamgyong
KP-06 North Hwanghae
KP-05 South Hwanghae
KP-07 Kangwon
KP-14 Nampo
KP-03 North Pyongan
KP-02 South Pyongan
KP-01 Pyongyang
KP-13 Rason|Rason Special Economic Zone
KP-10 Ryanggang|Yanggang
KR-26 Busan
KR-43 North Chungcheong
KR-44 South Chungcheong
KR-27 Daegu
KR-30 Daejeon
KR-42 Gangwon
KR-29 Gwangju
KR-41 Gyeonggi
KR-47 North Gyeongsang
KR-48 South Gyeongsang
KR-28 Incheon
KR-49 Jeju|Jeju Island
KR-45 North Jeolla
KR-46 South Jeolla
KR-50 Sejong
KR-11 Seoul
KR-31 Ulsan
KZ-AKM Akmola
KZ-AKT Aktobe
KZ-ALM Almaty
KZ-ATY Atyrau
KZ-ZAP West Kazakhstan
KZ-KAR Karaganda|Karagandy
KZ-KUS Kostanay|Kostanai
KZ-KZY Kyzylorda
KZ-MAN Mangystau|Mangistau
KZ-PAV Pavlodar
KZ-SEV North Kazakhstan
KZ-VOS East Kazakhstan
KZ-YUZ Turkistan|Turkestan
KZ-ZHA Zhambyl|Jambyl
LA-AT Attapeu
LA-BK Bokeo
LA-BL Bolikhamxay|Bolikhamsai
LA-CH Champasak
LA-HO Houaphanh|Houaphan
LA-KH Khammouane|Khammouan
LA-LM Luang Namtha
LA-LP Luang Prabang
LA-OU Oudomxay
LA-PH Phongsaly|Phongsali
LA-SL Salavan|Saravane
LA-SV Savannakhet
LA-VI Vientiane
LA-VT Vientiane
LA-XA Sainyabuli|Xaignabouli|Xayaboury
LA-XS Xaisomboun
LA-XI Xiangkhouang|Xieng Khouang
LA-XE Sekong|Xekong
LB-AK Akkar
LB-BI Beqaa|Bekaa
LB-JA South Lebanon
LB-NA Nabatieh
LB-AS North Lebanon
LB-BH Baalbek-Hermel
LB-BA Beirut
LB-JL Mount Lebanon
LK-45 Mullaitivu|Mullaittivu
LK-92 Kegalle|Kegalla
LT-AL Alytus
LT-KU Kaunas
LT-KL Klaipeda|Klaipėda
LT-MR Marijampole|Marijampolė
LT-PN Panevezys|Panevėžys
LT-SA Siauliai|Šiauliai
LT-TA Taurage|Tauragė
LT-TE Telsiai|Telšiai
LT-UT Utena
LT-VL Vilnius
LY-BU Butnan|Al Butnan
LY-JA Jabal al Akhdar|Jebel Akhdar
LY-JG Jabal al Gharbi|Nafusa Mountains
LY-JI Jafara|Jafarah
LY-JU Jufra|Al Jufrah
LY-KF Kufra|Al Kufrah
LY-MJ Marj|Al Marj
LY-MB Murqub|Al Murqub
LY-WA Al Wahat
LY-NQ Nuqat al Khams
LY-ZA Zawiya|Az Zawiyah
LY-BA Benghazi
LY-DR Derna
LY-GT Ghat
LY-MI Misrata
LY-MQ Murzuq
LY-NL Nalut
LY-SB Sabha
LY-SR Sirte
LY-WD Wadi al Hayaa
LY-WS Wadi al Shatii
LY-TB Tripoli
MA-05 Beni Mellal-Khenifra|Béni Mellal-Khénifra
MA-06 Casablanca-Settat
MA-08 Draa-Tafilalet|Drâa-Tafilalet
MA-03 Fes-Meknes|Fès-Meknès
MA-10 Guelmim-Oued Noun
MA-02 Oriental
MA-07 Marrakesh-Safi|Marrakech-Safi
MA-04 Rabat-Sale-Kenitra|Rabat-Salé-Kénitra
MA-09 Souss-Massa
MA-01 Tanger-Tetouan-Al Hoceima|Tangier-Tetouan-Al Hoceima|Tanger-Tétouan-Al Hoceïma
MD-GA Gagauzia|Găgăuzia|Gagauz Yeri
ML-BKO Bamako
ML-6 Timbuktu|Tombouctou
ML-10 Taoudeni|Taoudénit
ML-9 Menaka|Ménaka
MM-07 Ayeyarwady|Irrawaddy
MM-02 Bago
MM-14 Chin
MM-11 Kachin
MM-12 Kayah|Karenni|Karenni State
MM-13 Kayin|Karen State
MM-03 Magway|Magwe
MM-04 Mandalay
MM-15 Mon
MM-18 Naypyidaw|Nay Pyi Taw
MM-16 Rakhine|Arakan
MM-01 Sagaing
MM-17 Shan
MM-05 Tanintharyi|Tenasserim
MM-06 Yangon
MX-COA Coahuila|Coahuila de Zaragoza
MX-MIC Michoacán|Michoacan de Ocampo
MX-MEX State of Mexico|Estado de México|Edomex
MX-VER Veracruz
MX-CMX Mexico City
MY-04 Melaka|Malacca
MY-07 Penang|Pulau Pinang
MY-14 Kuala Lumpur
MY-15 Labuan
MY-16 Putrajaya
MZ-L Maputo
MZ-MPM Maputo
NA-KA Karas|ǁKaras
NG-NA Nasarawa|Nassarawa
NI-AN North Caribbean Coast|Costa Caribe Norte|RACCN
NI-AS South Caribbean Coast|Costa Caribe Sur|RACCS
NL-FR Friesland|Fryslân
NL-NB North Brabant|Noord-Brabant
NL-NH North Holland|Noord-Holland
NL-ZH South Holland|Zuid-Holland
NO-42 Agder
NO-34 Innlandet
NO-15 More og Romsdal|Møre og Romsdal
NO-18 Nordland
NO-03 Oslo
NO-11 Rogaland
NO-54 Troms og Finnmark|Troms and Finnmark|Finnmark|Troms
NO-50 Trondelag|Trøndelag
NO-38 Vestfold og Telemark|Vestfold and Telemark|Vestfold|Telemark
NO-46 Vestland
NO-30 Viken|Akershus|Buskerud|Østfold|Ostfold
NP-P1 Koshi|Koshi Province|Province No. 1
NP-P2 Madhesh|Madhesh Province
NP-P3 Bagmati
NP-P4 Gandaki
NP-P5 Lumbini
NP-P6 Karnali
NP-P7 Sudurpashchim|Sudurpaschim|Far-Western Province
NZ-CIT Chatham Islands
NZ-MWT Manawatu-Whanganui|Manawatū-Whanganui|Manawatu-Wanganui
OM-DA Ad Dakhiliyah|Dakhiliyah
OM-BU Al Buraimi|Buraimi
OM-WU Al Wusta
OM-ZA Al Dhahirah|Dhahirah
OM-BJ South Al Batinah
OM-SJ South Al Sharqiyah
OM-MA Muscat
OM-MU Musandam
OM-BS North Al Batinah
OM-SS North Al Sharqiyah
OM-ZU Dhofar
PA-NB Ngabe-Bugle|Ngäbe-Buglé|Ngöbe-Buglé
PA-KY Guna Yala
PA-10 Panama Oeste|Panamá Oeste|West Panama
PE-AMA Amazonas
PE-JUN Junin|Junín
PE-LMA Lima
PE-CAL Callao
PE-ANC Ancash|Áncash
PE-APU Apurimac|Apurímac
PE-CUS Cusco|Cuzco
PE-HUC Huanuco|Huánuco
PE-SAM San Martin|San Martín
PG-NSB Bougainville|Autonomous Region of Bougainville
PG-CPK Chimbu|Simbu
PG-SAN West Sepik|Sandaun
PG-NPP Oro
PH-14 Bangsamoro|BARMM|ARMM|Autonomous Region in Muslim Mindanao
PH-05 Bicol|Bicol Region
PH-02 Cagayan Valley
PH-40 Calabarzon
PH-13 Caraga
PH-03 Central Luzon
PH-07 Central Visayas
PH-15 Cordillera Administrative Region|Cordillera
PH-11 Davao Region|Davao
PH-08 Eastern Visayas
PH-01 Ilocos Region|Ilocos
PH-41 Mimaropa
PH-10 Northern Mindanao
PH-12 Soccsksargen|SOCCSKSARGEN
PH-06 Western Visayas
PH-09 Zamboanga Peninsula
PH-MDC Occidental Mindoro|Mindoro Occidental
PH-MDR Oriental Mindoro|Mindoro Oriental
PH-COM Davao de Oro|Compostela Valley
PH-NCO Cotabato|North Cotabato
PK-JK Azad Kashmir|Azad Jammu and Kashmir|Pakistan-administered Kashmir
PK-GB Gilgit-Baltistan
PL-02 Lower Silesia|Lower Silesian Voivodeship|Dolnośląskie
PL-04 Kuyavia-Pomerania|Kuyavian-Pomeranian|Kujawsko-Pomorskie
PL-06 Lublin|Lubelskie
PL-08 Lubusz|Lubuskie
PL-14 Masovia|Masovian|Mazowieckie|Mazovia
PL-12 Lesser Poland|Małopolska|Małopolskie
PL-16 Opole|Opolskie
PL-18 Subcarpathia|Subcarpathian|Podkarpackie|Podkarpacie
PL-20 Podlaskie|Podlasie
PL-22 Pomerania|Pomorskie
PL-28 Warmia-Masuria|Warmian-Masurian|Warmińsko-Mazurskie
PL-30 Greater Poland|Wielkopolska|Wielkopolskie
PL-32 West Pomerania|West Pomeranian|Zachodniopomorskie
PL-10 Lodz|Łódź|Łódzkie
PL-24 Silesia|Silesian Voivodeship|Śląskie
PL-26 Swietokrzyskie|Świętokrzyskie
PS-DEB Deir al-Balah|Deir el-Balah
PT-11 Lisbon|Lisboa
PT-30 Madeira
PT-20 Azores|Açores
RO-B Bucharest|București
RS-VO Vojvodina
RU-AD Adygea|Adygeya
RU-AL Altai Republic|Gorno-Altai
RU-ALT Altai Krai
RU-AMU Amur
RU-ARK Arkhangelsk
RU-AST Astrakhan
RU-BA Bashkortostan|Bashkiria
RU-BEL Belgorod
RU-BRY Bryansk
RU-BU Buryatia
RU-CE Chechnya|Chechen Republic
RU-CHE Chelyabinsk
RU-CHU Chukotka
RU-CU Chuvashia|Chuvash Republic
RU-DA Dagestan|Daghestan
RU-YEV Jewish Autonomous Oblast
RU-KHA Khabarovsk
RU-KK Khakassia|Khakasia
RU-KHM Khanty-Mansi|Khanty-Mansiysk|Yugra
RU-IN Ingushetia
RU-IRK Irkutsk
RU-IVA Ivanovo
RU-YAN Yamalo-Nenets|Yamal
RU-YAR Yaroslavl
RU-KB Kabardino-Balkaria
RU-KGD Kaliningrad
RU-KL Kalmykia
RU-KLU Kaluga
RU-KAM Kamchatka
RU-KC Karachay-Cherkessia|Karachayevo-Cherkessia
RU-KR Karelia
RU-KEM Kemerovo|Kuzbass
RU-KIR Kirov
RU-KO Komi
RU-KOS Kostroma
RU-KDA Krasnodar|Kuban
RU-KYA Krasnoyarsk
RU-KGN Kurgan
RU-KRS Kursk
RU-LEN Leningrad
RU-LIP Lipetsk
RU-MAG Magadan
RU-ME Mari El
RU-MO Mordovia
RU-MOS Moscow
RU-MOW Moscow
RU-MUR Murmansk
RU-NEN Nenets
RU-NIZ Nizhny Novgorod
RU-NGR Novgorod
RU-NVS Novosibirsk
RU-OMS Omsk
RU-ORE Orenburg
RU-ORL Oryol|Orel
RU-PNZ Penza
RU-PER Perm
RU-PRI Primorye|Primorsky Krai|Primorsky
RU-PSK Pskov
RU-RYA Ryazan
RU-ROS Rostov
RU-SA Yakutia|Sakha|Sakha Republic
RU-SAK Sakhalin
RU-SAM Samara
RU-SPE Saint Petersburg
RU-SAR Saratov
RU-SE North Ossetia|North Ossetia-Alania
RU-SMO Smolensk
RU-STA Stavropol
RU-SVE Sverdlovsk
RU-TAM Tambov
RU-TA Tatarstan
RU-TYU Tyumen
RU-TOM Tomsk
RU-TUL Tula
RU-TVE Tver
RU-TY Tuva|Tyva
RU-UD Udmurtia
RU-ULY Ulyanovsk
RU-VLA Vladimir
RU-VGG Volgograd
RU-VLG Vologda
RU-VOR Voronezh
RU-ZAB Zabaykalsky Krai|Zabaykalsky|Zabaikalsky|Trans-Baikal
RW-01 Kigali
SA-14 Asir|Aseer
SA-11 Al Bahah
SA-12 Al Jawf
SA-03 Medina
SA-05 Qassim|Al-Qassim
SA-08 Northern Borders
SA-01 Riyadh
SA-04 Eastern Province
SA-09 Jazan|Jizan
SA-02 Mecca
SA-10 Najran
SA-07 Tabuk
SA-06 Ha'il|Hail
SD-NB Blue Nile
SD-DC Central Darfur
SD-DE East Darfur
SD-GD Gedaref|Al Qadarif
SD-GZ Gezira|Al Jazirah
SD-KA Kassala
SD-KH Khartoum
SD-DN North Darfur
SD-KN North Kordofan
SD-NO Northern
SD-RS Red Sea
SD-NR River Nile
SD-SI Sennar|Sinnar
SD-DS South Darfur
SD-KS South Kordofan
SD-DW West Darfur
SD-GK West Kordofan
SD-NW White Nile
SE-K Blekinge
SE-W Dalarna
SE-I Gotland
SE-X Gavleborg|Gävleborg
SE-N Halland
SE-Z Jamtland|Jämtland
SE-F Jonkoping|Jönköping
SE-H Kalmar
SE-G Kronoberg
SE-BD Norrbotten
SE-M Skane|Skåne|Scania
SE-AB Stockholm
SE-D Sodermanland|Södermanland
SE-C Uppsala
SE-S Varmland|Värmland
SE-AC Vasterbotten|Västerbotten
SE-Y Vasternorrland|Västernorrland
SE-U Vastmanland|Västmanland
SE-O Vastra Gotaland|Västra Götaland
SE-T Orebro|Örebro
SE-E Ostergotland|Östergötland
SK-BC Banska Bystrica|Banská Bystrica
SK-BL Bratislava
SK-KI Kosice|Košice
SK-NI Nitra
SK-PV Presov|Prešov
SK-TC Trencin|Trenčín
SK-TA Trnava
SK-ZI Zilina|Žilina
SO-BN Banadir|Benadir
SO-JD Middle Juba|Jubbada Dhexe
SO-JH Lower Juba|Jubbada Hoose
SO-SD Middle Shabelle|Shabeellaha Dhexe
SO-SH Lower Shabelle|Shabeellaha Hoose
SO-HI Hiran|Hiiraan
SO-WO Woqooyi Galbeed|Maroodi Jeex
SO-NU Nugal|Nugaal
SS-LK Lakes
SS-UY Unity
SY-LA Latakia
SY-QU Quneitra
SY-HA Hasakah|Al-Hasakah
SY-RA Raqqa
SY-SU Suwayda|Sweida
SY-DR Daraa|Deraa
SY-DY Deir ez-Zor|Deir al-Zor|Deir el-Zour
SY-DI Damascus
SY-ID Idlib
SY-RD Rif Dimashq|Damascus Countryside|Rural Damascus
SY-TA Tartus
SY-HL Aleppo
SY-HM Hama
SY-HI Homs
TD-BA Batha
TD-BG Barh el Gazel|Bahr el Ghazal
TD-EE Ennedi-Est|Ennedi East
TD-EO Ennedi-Ouest|Ennedi West
TD-HL Hadjer-Lamis
TD-ND N'Djamena
TD-ME Mayo-Kebbi Est
TD-MO Mayo-Kebbi Ouest
TD-OD Ouaddai|Ouaddaï
TD-TI Tibesti
TH-10 Bangkok
TH-S Pattaya
TH-14 Ayutthaya|Phra Nakhon Si Ayutthaya
TH-31 Buriram|Buri Ram
TH-20 Chonburi|Chon Buri
TH-16 Lopburi|Lop Buri
TH-82 Phang Nga|Phangnga
TH-72 Suphanburi|Suphan Buri
TH-25 Prachinburi|Prachin Buri
TH-33 Sisaket|Si Sa Ket
TJ-GB Gorno-Badakhshan|Kuhistoni Badakhshon
TJ-SU Sughd|Sogd
TM-S Ashgabat
TM-D Dashoguz
TN-12 Ariana
TN-14 Manouba
TN-33 Kef|Le Kef
TR-30 Hakkari|Hakkâri
TW-KIN Kinmen|Quemoy
TW-LIE Lienchiang|Matsu|Matsu Islands
TW-PEN Penghu|Pescadores
TZ-19 Pwani|Coast
TZ-06 North Pemba|Pemba North
TZ-10 South Pemba|Pemba South
TZ-07 North Zanzibar|Zanzibar North
TZ-11 South Zanzibar|Zanzibar South
TZ-15 Zanzibar West|Zanzibar Urban West
UA-43 Crimea|Autonomous Republic of Crimea
UA-71 Cherkasy
UA-74 Chernihiv
UA-77 Chernivtsi
UA-12 Dnipropetrovsk
UA-14 Donetsk
UA-26 Ivano-Frankivsk
UA-63 Kharkiv
UA-65 Kherson
UA-68 Khmelnytskyi|Khmelnytsky
UA-35 Kirovohrad|Kropyvnytskyi
UA-30 Kyiv
UA-32 Kyiv
UA-09 Luhansk|Lugansk
UA-46 Lviv
UA-48 Mykolaiv
UA-51 Odesa|Odessa
UA-53 Poltava
UA-56 Rivne
UA-40 Sevastopol
UA-59 Sumy
UA-61 Ternopil
UA-05 Vinnytsia
UA-07 Volyn|Volhynia
UA-21 Zakarpattia|Transcarpathia
UA-23 Zaporizhzhia
UA-18 Zhytomyr
US-WA Washington State
UZ-AN Andijan|Andijon
UZ-BU Bukhara|Buxoro
UZ-FA Fergana|Ferghana|Farg'ona
UZ-JI Jizzakh|Jizzax
UZ-NG Namangan
UZ-NW Navoiy|Navoi
UZ-QA Kashkadarya|Qashqadaryo
UZ-QR Karakalpakstan|Qoraqalpog'iston
UZ-SA Samarkand|Samarqand
UZ-SI Syrdarya|Sirdaryo
UZ-SU Surkhandarya|Surxondaryo
UZ-TK Tashkent
UZ-TO Tashkent
UZ-XO Khorezm|Xorazm
VN-HN Hanoi
VN-SG Ho Chi Minh City|Saigon
VN-HP Haiphong|Hai Phong
VN-DN Da Nang
VN-43 Ba Ria-Vung Tau|Ba Ria - Vung Tau
VN-26 Thua Thien Hue|Thua Thien-Hue
VN-33 Dak Lak|Daklak
VN-72 Dak Nong
YE-AB Abyan
YE-BA Al Bayda|Bayda
YE-JA Al Jawf
YE-MR Al Mahrah|Mahra
YE-MW Al Mahwit|Mahwit
YE-HU Hodeidah|Al Hudaydah
YE-SU Socotra|Soqotra
YE-DA Al Dhale|Dhale|Al Dhalea
YE-DH Dhamar
YE-IB Ibb
YE-LA Lahij|Lahj
YE-MA Marib
YE-RA Raymah|Raimah
YE-SH Shabwa|Shabwah
YE-TA Taiz
YE-SN Sanaa
YE-SD Saada|Sa'dah
YE-HJ Hajjah
YE-HD Hadramawt|Hadramout|Hadhramaut|Hadramaut
YE-AD Aden
YE-AM Amran
ZA-KZN KwaZulu-Natal
ZA-NW North West
"""

# A name here is kept even if it is also a subdivision elsewhere or a given
# name: news uses it for this country's unit almost always.
DOMINANT = {("Florida", "US"), ("Maryland", "US"), ("Montana", "US")}

# Where news writes "X State"/"X Region"/"X County" with a capital letter, a
# skipped base name is kept in that form (see the module docstring).
SUFFIX = {"NG": "State", "SS": "State", "SD": "State", "KE": "County", "LR": "County",
          "ET": "Region", "GH": "Region", "SO": "Region"}
# Myanmar by ISO type: Chin State but Bago Region.
MM_SUFFIX = {"State": "State", "Region": "Region", "Union territory": "Union Territory"}

# Words that alone or together only say where, not which region.
GENERIC = set("""north south east west northern southern eastern western central centre center
middle mid upper lower far greater capital coast coastal region province district territory
territories islands island highlands highland lowlands plateau plateaux lakes lake river rivers
nord sud est ouest centrale norte sur sul leste oeste este centro grand grande maritime
littoral savanes montagnes lagunes lacs atlantique collines estuaire interior frontier border
borders valley delta city metropolitan national federal special autonomous area division zone
sector department state county municipality bank gulf bay sea and of the northeast northwest
southeast southwest nordeste noroeste sudeste suroeste distrito federal nacional capital
region metropolitana municipal urban rural administrative""".split())

# Never a name or alias: common words and phrases that a case-sensitive match
# of capitalised words would find in ordinary sentences; given names and
# Spanish/Filipino surnames; seas and rivers (Zambezi, Blue Nile, Red Sea);
# names whose usual news sense is something else: another place (Georgia,
# Canterbury, Kurdistan, Darien, East Turkistan, Indian districts sharing a
# Bangladeshi name), a format or party (Normandy format, En Marche), a
# newspaper (Granma), an ethnic group (Oghuz), a memorial (Raj Ghat); "New
# York" alone is the city far more often than the state (places.tsv has the
# city as "New York City").
STOP = set("""Mayo Trinity Orange Bay Hope Liberty Union Federal Mercy Victoria Georgia Washington
Wellington Jersey Kent Sahel Zaire Tanganyika Zambezi Batman Balkan Ararat Normandy Canterbury
Fars Kurdistan Saladin Babylon Granma Midlands Irrawaddy Malacca Ulster Colonia Santander Hail
Tabasco Madeira Java Jawa Meta Quiche Oriental Occidental Atlantique Maritime Estuaire Collines
Mono Cascades Pool Sila Bono Lori Mary Kerry Clare Cork Limerick Rizal Herrera Rivera Rocha
Flores Soriano Maldonado Cortes Hidalgo Trujillo Miranda Quirino Colon Rivas Lara Salto Valle
Marches Pest Perm Acre Van Sabah Guarda Volta Mara Tasman Nelson Marlborough Alba Formosa
Laguna Aurora Isabela Antique Cordillera Pomeranian Chin Shan Mon Savannah Oti Mendoza Valverde
Kara Medea Amara Freiburg Marche Brittany Oghuz Ghat Litoral Turkistan Turkestan Darien
Independencia Dinajpur Gopalganj Jamalpur Sherpur Faridpur""".split()) | {
    "New York", "Red Sea", "Blue Nile", "White Nile", "River Nile", "Ho Chi Minh", "National Capital Region",
    "Distrito Federal", "Federal District", "Distrito Capital", "Distrito Nacional", "San Pedro",
    "O'Higgins", "Bahr el Ghazal", "Northern Red Sea", "Southern Red Sea", "Holy Cross",
    "Santa Rosa", "Santa Barbara", "El Progreso", "San Miguel", "San Vicente", "Los Santos",
    "San Luis", "San Martin", "Maria Trinidad Sanchez", "Santiago Rodriguez", "Sanchez Ramirez",
    "Elias Pina",
}

# Names kept although all their words are generic ("Northern Territory").
KEEP = {"Northern Territory", "Australian Capital Territory", "Northwest Territories",
        "Grand Est", "Bay Islands"}

# Stop words above that still deserve the longer form under SUFFIX
# ("Chin State", "Karen State", "Unity State").
SUFFIX_OK = {"Chin", "Shan", "Mon", "Kayah", "Kayin", "Karen", "Savannah", "Oti", "Volta",
             "Bono", "Busia", "Nandi", "Lakes", "Unity", "Red Sea", "Blue Nile", "White Nile",
             "River Nile", "Plateau", "Delta", "Rivers", "Bay"}

LETTERS = {"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "ı": "i", "İ": "I", "ł": "l", "Ł": "L",
           "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "œ": "oe", "ə": "a", "Ə": "A",
           "ǁ": ""}
APOS = "’‘ʼʻʿ`´"
AZ_LATIN = {"ə": "a", "Ə": "A", "x": "kh", "X": "Kh", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh",
            "ğ": "gh", "c": "j", "C": "J", "q": "g", "Q": "G", "ı": "i", "İ": "I", "ö": "o",
            "Ö": "O", "ü": "u", "Ü": "U"}


def fold(s):
    """ASCII form, as kb/tools/gen_places.py folds: strip diacritics and
    transliterated soft signs/ayns, keep an English possessive apostrophe."""
    s = "".join(LETTERS.get(ch, ch) for ch in s)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = re.sub(f"[{APOS}](?=s\\b)", "'", s)
    s = re.sub(f"[{APOS}]", "", s)
    s = re.sub(r"(?<=\w)'(?=\s|$)", "", s)  # Ul'janovskaja -> kept; oblast' -> oblast
    return re.sub(r"\s+", " ", s).strip("' ")


def key(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


def az_english(s):
    """Azerbaijani Latin to the usual English spelling (Kəlbəcər -> Kalbajar)."""
    return "".join(AZ_LATIN.get(ch, ch) for ch in s)


SUFFIX_RE = re.compile(r"\s+(Province|Region)$")


def clean_iso(name, cc=""):
    """The ISO name as text might write it: no bracketed notes or asterisks,
    no inverted "X, Type" forms (returns "" then), no trailing unit word."""
    s = re.sub(r"\s*\[[^\]]*\]", "", name)
    s = re.sub(r"\s*\([^)]*\)", "", s).replace("*", "").strip()
    if "," in s:
        return ""
    s = re.sub(r"\s+(län|županija)$", "", s)
    return SUFFIX_RE.sub("", s).strip() if cc in ("LK", "MW") else s


def read_tsv_names(path, name_cols, alias_cols):
    """Names (and |-separated aliases) of a kb table; rows start after the header."""
    out = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            if ln.startswith("#") or not ln.strip():
                continue
            p = ln.rstrip("\n").split("\t")
            for i in name_cols:
                if i < len(p) and p[i]:
                    out.append((p[i], p))
            for i in alias_cols:
                if i < len(p) and p[i]:
                    out.extend((a, p) for a in p[i].split("|") if a)
    return out


def load_kb():
    kb = os.path.join(ROOT, "kb")
    places = collections.defaultdict(set)
    for nm, p in read_tsv_names(os.path.join(kb, "places.tsv"), [0], [1]):
        if nm != "name":
            places[key(nm)].add(p[2])
    taken = {}  # key -> what it is
    for nm, p in read_tsv_names(os.path.join(kb, "states.tsv"), [1, 2, 5], [3, 4]):
        if p[0] != "code":
            taken[key(nm)] = f"state {p[0]}"
    for fn in ("bodies.tsv", "media.tsv"):
        for nm, p in read_tsv_names(os.path.join(kb, fn), [0], [1]):
            taken.setdefault(key(nm), fn)
    for nm, p in read_tsv_names(os.path.join(kb, "metonyms.tsv"), [0], []):
        taken.setdefault(key(nm), "metonyms.tsv")
    persons = set()
    with open(os.path.join(kb, "given_names.txt"), encoding="utf-8") as f:
        persons.update(key(w) for w in f.read().split() if not w.startswith("#"))
    for nm, p in read_tsv_names(os.path.join(kb, "people.tsv"), [0], [1]):
        if nm != "name":
            persons.add(key(nm.split()[-1]))
            if " " not in nm:
                persons.add(key(nm))
    if not os.path.exists(WORDS):
        sys.exit(f"{WORDS} missing: apt-get install wamerican")
    with open(WORDS, encoding="utf-8") as f:
        words = {w for w in f.read().split() if w.islower()}
    return places, taken, persons, words


def load_iso():
    with open(ISO1, encoding="utf-8") as f:
        a3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(f)["3166-1"]}
    with open(ISO2, encoding="utf-8") as f:
        subs = json.load(f)["3166-2"]
    return a3, subs


def parse_en():
    en = {}
    for ln in EN_TEXT.strip().splitlines():
        code, rest = ln.split(" ", 1)
        if code in en:
            sys.exit(f"EN: {code} twice")
        en[code] = [x.strip() for x in rest.split("|")]
    return en


def candidates(sub, en):
    """(main name, [aliases]) for an ISO entry, before any filtering."""
    cc = sub["code"].split("-")[0]
    iso = clean_iso(sub["name"], cc)
    if sub["code"] in en:
        names = list(en[sub["code"]])
    elif cc == "AZ":
        names = [az_english(iso)]
    else:
        names = [iso] if iso else [sub["name"]]
    english = {fold(n) for n in names} | set(names)
    al = names[1:]
    if iso and iso not in names and cc not in NO_ISO_ALIAS:
        al.append(iso)
    main = fold(names[0]) if fold(names[0]) else names[0]
    al = [names[0]] + al if main != names[0] else al
    out = []
    for a in al:
        for x in (a, fold(a)):
            if x and x != main and x not in out:
                out.append(x)
    return main, out, english


def generic_only(name):
    ws = [w for w in re.split(r"[\s\-]+", fold(name).lower()) if w]
    return bool(ws) and all(w in GENERIC for w in ws)


def build(verbose=False):
    a3, subs = load_iso()
    en = parse_en()
    unknown = set(en) - {s["code"] for s in subs}
    if unknown:
        sys.exit(f"EN codes not in ISO 3166-2: {sorted(unknown)}")
    places, taken, persons, words = load_kb()
    stop = {key(s) for s in STOP}
    keep = {key(s) for s in KEEP}
    suffix_ok = {key(s) for s in SUFFIX_OK}

    # Which countries each name (any form, any level, any country) belongs to.
    owners = collections.defaultdict(set)
    for s in subs:
        cc = s["code"].split("-")[0]
        main, al, _ = candidates(s, en)
        for n in [main] + al:
            owners[key(n)].add(cc)

    def selected(s):
        cc = s["code"].split("-")[0]
        if cc in SKIP_COUNTRIES or s["code"] in DROP_CODES:
            return False
        if "parent" in s and cc in SKIP_PARENTED:
            return False
        if cc in LEVEL:
            return s["type"] in LEVEL[cc]
        return "parent" not in s

    def why_not(name, cc, longer=False):
        """Reason a name is not usable for a region of cc, or None. A longer
        "X State" form is checked for being taken, stopped or ambiguous only."""
        k = key(name)
        if not k:
            return "empty"
        if k in places:
            return "place-own" if a3[cc] in places[k] else "place-other"
        if k in taken:
            return "taken:" + taken[k]
        if k in stop:
            return "stop"
        if (name, cc) in DOMINANT:
            return None
        if len(owners[k]) > 1:
            return "ambiguous:" + "/".join(sorted(owners[k]))
        if longer:
            return None
        if len(k) <= 3:
            return "short"
        if generic_only(name) and k not in keep:
            return "generic"
        one_word = not re.search(r"[\s\-]", name)
        if one_word and fold(name).lower() in words:
            return "word"
        if one_word and k in persons:
            return "person"
        return None

    log = []
    rows = []
    used = set()
    for s in sorted(subs, key=lambda s: (a3[s["code"].split("-")[0]], s["code"])):
        if not selected(s):
            continue
        cc = s["code"].split("-")[0]
        main, al, english = candidates(s, en)
        reason = why_not(main, cc)
        if reason == "place-own":
            log.append((s["code"], main, reason))
            continue
        suffix = MM_SUFFIX.get(s["type"]) if cc == "MM" else SUFFIX.get(cc)
        if reason and suffix and (key(main) in suffix_ok or (
                reason != "stop" and not generic_only(main))):
            longer = f"{main} {suffix}"
            if why_not(longer, cc, longer=True) is None:
                log.append((s["code"], main, f"{reason} -> {longer}"))
                al = [a for a in al if key(a) != key(main)]
                main, reason = longer, None
        if reason:
            log.append((s["code"], main, reason))
        names = [] if reason else [main]
        drop_row = False
        for a in al:
            r = why_not(a, cc)
            if r == "place-own" and reason:
                drop_row = True  # the row has no name of its own; a city row says it
                break
            if r:
                log.append((s["code"], a, "alias " + r))
            elif a not in names and (names or a in english):
                names.append(a)  # a row without its English name takes no local form
            else:
                log.append((s["code"], a, "alias not English"))
        if drop_row or not names:
            log.append((s["code"], main, "no usable name"))
            continue
        if key(names[0]) in used:
            log.append((s["code"], names[0], "duplicate"))
            continue
        names = [n for n in names if key(n) not in used or key(n) == key(names[0])]
        used.update(key(n) for n in names)
        rows.append((names[0], names[1:1 + MAX_ALIASES], a3[cc]))
    # Parts of the world that no state stands for, written with a state's
    # adjective inside them: "seven Latin American countries" is not the
    # United States. Country left empty (as the seas of places.tsv).
    for name, al in WORLD_REGIONS:
        if key(name) not in used:
            used.update(key(n) for n in [name, *al])
            rows.append((name, al, ""))
    rows.sort(key=lambda r: (r[2], r[0]))
    if verbose:
        for code, n, r in log:
            print(f"skip\t{code}\t{n}\t{r}", file=sys.stderr)
    return rows


WORLD_REGIONS = [
    ("Latin America", ["Latin American", "Latin Americans"]),
    ("South America", ["South American", "South Americans"]),
    ("Central America", ["Central American", "Central Americans"]),
    ("North America", ["North American", "North Americans"]),
    ("the Americas", ["Inter-American", "Pan-American"]),
]


def write(rows, path):
    lines = [
        "# regions.tsv: first-level administrative regions for detente. GENERATED by "
        "kb/tools/gen_regions.py; edit that, not this.",
        "# Names from ISO 3166-2 as shipped in Debian's iso-codes package "
        "(/usr/share/iso-codes/json/iso_3166-2.json); English forms hand-curated in the generator.",
        "# Same columns as places.tsv; lat/lon empty (no coordinates), kind region, population 0.",
        "\t".join(HEADER),
    ]
    for name, al, c3 in rows:
        lines.append(f"{name}\t{'|'.join(al)}\t{c3}\t\t\tregion\t0")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--verbose", action="store_true", help="list skipped names on stderr")
    args = ap.parse_args()
    rows = build(args.verbose)
    write(rows, args.out)
    per = collections.Counter(r[2] for r in rows)
    print(" ".join(f"{c}:{n}" for c, n in sorted(per.items())))
    print(f"{args.out}: {len(rows)} rows, {len(per)} countries")


if __name__ == "__main__":
    main()
