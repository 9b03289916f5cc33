#!/usr/bin/env python3
"""Generates schema/gazetteers/places.tsv: US states (with AP abbreviations), provinces and
states of a few large countries and Great Britain's local authorities (Debian iso-codes, ISO
3166-2), the cities of the time-zone database (tzdata zone1970.tab), and the hand-written regions
and cities below.

  python3 tools/gazetteers/gen_places.py > schema/gazetteers/places.tsv
"""
import json
import re

ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
ZONES = "/usr/share/zoneinfo/zone1970.tab"

AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "TX": "Texas", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}
# The cities and towns of Great Britain's local authorities (ISO 3166-2:GB council areas,
# unitary authorities, metropolitan districts): "Aberdeen", "Dundee", "Newcastle". "X City" and
# "X, City of" are X. Left out: a name that joins several ("Brighton and Hove"), a county
# ("...shire"; the two-tier counties are not read at all: in sport a county is its team, "Kent
# 108-3"), and a name that is also a common lower-case word, a given name or the surname of a
# person GMB names ("Reading", "Brent", "Bolton" of John Bolton): read as a place, it would hide
# the other reading.
GB_LOCAL = ("Council area", "Unitary authority", "Metropolitan district")
# The short name news uses, with the authority's name as an alias.
GB_SHORT = {"Newcastle upon Tyne": "Newcastle", "Kingston upon Hull": "Hull", "Stoke-on-Trent": "Stoke"}
COMMON = "schema/lexicons/common_words.tsv"
GIVEN = ("schema/gazetteers/first_names.tsv", "schema/gazetteers/gmb_first_names.tsv")
PEOPLE = "schema/gazetteers/gmb_people.tsv"
# Subdivision types kept per country (others are too fine-grained or ambiguous).
KEEP = {"US": ("State", "District"), "CA": ("Province", "Territory"), "AU": ("State", "Territory"),
        "IN": ("State",), "CN": ("Province", "Autonomous region", "Special administrative region"),
        "GB": ("Country", "Province"), "DE": ("Land",), "MX": ("State",), "BR": ("State",),
        "RU": ("Republic",), "UA": ("Republic",), "PK": ("Province",), "NG": ("State",)}
# Places news text names that the sources above lack: regions, cities, landmarks.
EXTRA = """Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Mideast
Far East|Near East|Southeast Asia|South Asia|East Asia|Central Asia|Eastern Europe|Western Europe
Scandinavia|Balkans|Caucasus|Caribbean|Pacific|Atlantic|Arctic|Antarctica|Mediterranean|Gulf
Persian Gulf|Red Sea|Black Sea|Baltic|Baltics|South China Sea|Pacific Rim|Sahara|Sahel|Horn of Africa
Kashmir|Crimea|Donbas|Donbass|Donetsk|Luhansk|Kherson|Zaporizhzhia|Mariupol|Bakhmut|Kharkiv|Odesa|Odessa|Lviv
Gaza|Gaza Strip|West Bank|Golan Heights|East Jerusalem|Jerusalem|Tel Aviv|Ramallah|Chechnya|Kurdistan
Tibet|Xinjiang|Hong Kong|Macau|Darfur|Siberia|Anbar|Fallujah|Mosul|Basra|Kirkuk|Aleppo|Idlib|Raqqa
Kandahar|Helmand|Waziristan|Peshawar|Lahore|Karachi|Islamabad|Mumbai|Bombay|New Delhi|Delhi|Kolkata
Calcutta|Chennai|Madras|Bangalore|Hyderabad|Dhaka|Colombo|Kathmandu|Kabul|Tehran|Baghdad|Damascus
Beirut|Amman|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Ankara|Istanbul|Cairo
Alexandria|Tripoli|Benghazi|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu
Kampala|Kigali|Dar es Salaam|Lagos|Abuja|Accra|Dakar|Abidjan|Kinshasa|Johannesburg|Cape Town|Pretoria
Harare|Luanda|Moscow|St. Petersburg|Saint Petersburg|Kyiv|Kiev|Minsk|Warsaw|Krakow|Prague|Vienna|Budapest
Bucharest|Sofia|Belgrade|Zagreb|Sarajevo|Athens|Rome|Milan|Naples|Turin|Venice|Florence|Madrid|Barcelona
Lisbon|Paris|Marseille|Lyon|Nice|Brussels|Antwerp|Amsterdam|The Hague|Rotterdam|Luxembourg|Berlin
Munich|Frankfurt|Hamburg|Cologne|Bonn|Zurich|Geneva|Bern|Davos|Copenhagen|Stockholm|Oslo|Helsinki
Reykjavik|Dublin|Belfast|London|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Cardiff
Oxford|Cambridge|Westminster|Tallinn|Riga|Vilnius|Tbilisi|Yerevan|Baku|Astana|Almaty|Tashkent
Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Taipei|Seoul|Pyongyang|Tokyo|Osaka|Kyoto|Hiroshima|Manila
Bangkok|Hanoi|Ho Chi Minh City|Saigon|Phnom Penh|Jakarta|Bali|Kuala Lumpur|Singapore|Yangon|Rangoon
Sydney|Melbourne|Canberra|Brisbane|Perth|Auckland|Wellington|Ottawa|Toronto|Montreal|Vancouver|Quebec
Calgary|Mexico City|Havana|Caracas|Bogota|Lima|Quito|Santiago|Buenos Aires|Montevideo|Brasilia
Rio de Janeiro|Sao Paulo|Panama City|San Juan|Port-au-Prince|Guatemala City|Managua|Tegucigalpa
Washington, D.C.|Washington|Washington DC|Washington, DC|D.C.
New York City|New York|NYC|Manhattan|Brooklyn|Queens|Bronx|Staten Island|Harlem|Chelsea|Long Island
Los Angeles|L.A.|San Francisco|San Diego|San Jose|Sacramento|Oakland|Silicon Valley|Hollywood
Chicago|Houston|Dallas|Austin|San Antonio|El Paso|Phoenix|Tucson|Las Vegas|Reno|Denver
Colorado Springs|Seattle|Portland|Boston|Philadelphia|Pittsburgh|Baltimore|Detroit|Flint|Cleveland
Cincinnati|Columbus|Indianapolis|Milwaukee|Minneapolis|St. Louis|Kansas City|Atlanta|Miami|Orlando
Tampa|Jacksonville|Charlotte|Raleigh|Nashville|Memphis|New Orleans|Richmond|Norfolk|Newark
Hempstead|Albany|Buffalo|Des Moines|Omaha|Salt Lake City|Albuquerque|Anchorage|Honolulu
Mar-a-Lago|Palm Beach|Capitol Hill|Wall Street|Silicon Valley|Ground Zero|Camp David|Guantanamo Bay
Guantanamo|Pearl Harbor|Midwest|Rust Belt|New England|Appalachia|Northeast|Southwest|Northwest
Russell Senate Office Building|Dirksen Senate Office Building|Hart Senate Office Building|Rayburn House Office Building|Cannon House Office Building|Longworth House Office Building|Oval Office|West Wing|Capitol|Lincoln Memorial|Times Square
Central Park|Fifth Avenue|Pennsylvania Avenue|Whitehall|Trafalgar Square|Red Square
Amazon|Nile|Danube|Rhine|Thames|Mississippi River|Rio Grande|Alps|Himalayas|Andes|Rockies"""


# Regions whose demonym names the region itself ("European troops" -> Europe).
REGION_DEMONYMS = {"Europe": "European", "Africa": "African", "Asia": "Asian", "Latin America": "Latin American",
                   "Middle East": "Middle Eastern", "Scandinavia": "Scandinavian", "Caribbean": "Caribbean"}


def main():
    rows = {}

    def add(name, kind, aliases=()):
        if name in rows:
            return
        rows[name] = (kind, [a for a in aliases if a and a != name])

    with open(ISO2, encoding="utf-8") as fh:
        subs = json.load(fh)["3166-2"]
    for s in subs:
        cc, code = s["code"].split("-", 1)
        if cc in KEEP and s["type"] in KEEP[cc]:
            # ("Wales [Cymru GB-CYM]": the bracket gives the name in another language and its code)
            name = s["name"].split(" (")[0].split(" [")[0]
            aliases = []
            if cc == "US":
                if code in AP_STATES and AP_STATES[code] != name:
                    aliases.append(AP_STATES[code])
                if name == "District of Columbia":
                    continue
            add(name, "state" if cc == "US" else "region", aliases)
    other_readings = set()
    for path in (COMMON,) + GIVEN + (PEOPLE,):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                name = line.rstrip("\n").split("\t")[0]
                other_readings.add(name.split()[-1] if path == PEOPLE else name)
    for s in subs:
        if not s["code"].startswith("GB-") or s["type"] not in GB_LOCAL:
            continue
        name = re.sub(r"(, City of| City)$", "", s["name"].split(" (")[0].split(" [")[0])
        if " and " in name or " with " in name or "," in name or name.endswith("shire"):
            continue
        if name in other_readings or name.lower() in other_readings:
            continue
        if name in GB_SHORT:
            add(GB_SHORT[name], "city", [name])
        else:
            add(name, "city")
    with open(ZONES, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            zone = line.rstrip("\n").split("\t")[2]
            city = zone.split("/")[-1].replace("_", " ")
            if zone.split("/")[0] in ("Etc",) or city.upper() == city:
                continue
            add(city, "city")
    for line in EXTRA.split("\n"):
        for name in line.split("|"):
            add(name.strip(), "place")
    # Aliases that join entries written above.
    dc = rows.pop("Washington, D.C.")
    for n in ("Washington", "Washington DC", "Washington, DC", "D.C."):
        rows.pop(n, None)
    rows["Washington, D.C."] = ("city", ["Washington", "Washington DC", "Washington, DC", "D.C.", "DC"])
    for n in ("New York City", "NYC"):
        rows.pop(n, None)
    rows["New York"] = ("city", ["New York City", "NYC", "N.Y.", "New York State"])
    rows.pop("Kiev", None)
    rows["Kyiv"] = ("city", ["Kiev"])
    print("# Places: name<TAB>kind (state, region, city, place)<TAB>aliases (|)<TAB>demonyms (|)")
    print("# Generated by tools/gazetteers/gen_places.py (ISO 3166-2 subdivisions and GB local authorities")
    print("# from Debian iso-codes, tzdata zone1970.tab cities, hand-written regions and cities); do not edit")
    print("# by hand.")
    for name in sorted(rows):
        kind, aliases = rows[name]
        print("%s\t%s\t%s\t%s" % (name, kind, "|".join(aliases), REGION_DEMONYMS.get(name, "")))


if __name__ == "__main__":
    main()
