#!/usr/bin/env python3
"""Generates schema/gazetteers/countries.tsv from Debian's iso-codes (ISO 3166-1).

  python3 tools/gazetteers/gen_countries.py [/usr/share/iso-codes/json/iso_3166-1.json] > schema/gazetteers/countries.tsv

ISO gives the names; the tables below add what news text uses and ISO lacks:
the usual short name, well-known aliases, demonyms, and which entries are not
sovereign states (territories are written as places).
"""
import json
import sys

# ISO alpha-2 -> name news text uses (canonical).
PREFERRED = {
    "US": "United States", "GB": "Britain", "RU": "Russia", "KR": "South Korea", "KP": "North Korea",
    "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela",
    "TZ": "Tanzania", "MD": "Moldova", "TW": "Taiwan", "CZ": "Czech Republic", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "CI": "Ivory Coast", "MK": "North Macedonia", "PS": "Palestine",
    "VA": "Vatican", "FM": "Micronesia", "BN": "Brunei", "CV": "Cape Verde", "SZ": "Eswatini",
    "TR": "Turkey", "NL": "Netherlands", "PH": "Philippines", "BS": "Bahamas", "GM": "Gambia",
    "TL": "East Timor", "MM": "Myanmar", "KG": "Kyrgyzstan",
}
# Extra aliases (| separated) beyond ISO's name, official name and common name.
ALIASES = {
    "US": "U.S.|US|USA|U.S.A.|America|United States of America",
    "GB": "United Kingdom|UK|U.K.|Great Britain|Britain",
    "RU": "Russian Federation",
    "KR": "Republic of Korea|S. Korea",
    "KP": "DPRK|Democratic People's Republic of Korea",
    "CN": "People's Republic of China|PRC|Mainland China",
    "TW": "Republic of China",
    "AE": "UAE|U.A.E.|Emirates",
    "CZ": "Czechia",
    "CD": "DR Congo|DRC|Congo-Kinshasa|Zaire",
    "CG": "Congo-Brazzaville|Congo",
    "CI": "Cote d'Ivoire|Côte d'Ivoire",
    "MK": "Macedonia",
    "PS": "Palestinian Territories|State of Palestine",
    "VA": "Holy See|Vatican City",
    "MM": "Burma",
    "TR": "Turkiye|Türkiye",
    "NL": "Holland",
    "SZ": "Swaziland",
    "TL": "Timor-Leste",
    "CV": "Cabo Verde",
    "BA": "Bosnia|Bosnia-Herzegovina",
    "SA": "Saudi",
    "VN": "Viet Nam",
    "LK": "Ceylon",
    "IR": "Persia",
    "DE": "West Germany|East Germany",
    "BY": "Belorussia",
}
DEMONYMS = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AO": "Angolan", "AR": "Argentine|Argentinian",
    "AM": "Armenian", "AU": "Australian", "AT": "Austrian", "AZ": "Azerbaijani|Azeri", "BH": "Bahraini",
    "BD": "Bangladeshi", "BY": "Belarusian|Belarussian", "BE": "Belgian", "BJ": "Beninese", "BT": "Bhutanese",
    "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan", "BR": "Brazilian", "BG": "Bulgarian",
    "BF": "Burkinabe", "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian", "CA": "Canadian",
    "CF": "Central African", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "CD": "Congolese", "CR": "Costa Rican", "HR": "Croatian", "CU": "Cuban", "CY": "Cypriot",
    "CZ": "Czech", "DK": "Danish", "DJ": "Djiboutian", "DO": "Dominican", "EC": "Ecuadorian|Ecuadorean",
    "EG": "Egyptian", "SV": "Salvadoran", "ER": "Eritrean", "EE": "Estonian", "ET": "Ethiopian",
    "FJ": "Fijian", "FI": "Finnish", "FR": "French", "GA": "Gabonese", "GM": "Gambian", "GE": "Georgian",
    "DE": "German", "GH": "Ghanaian", "GR": "Greek", "GT": "Guatemalan", "GN": "Guinean",
    "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic", "IN": "Indian",
    "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli", "IT": "Italian",
    "CI": "Ivorian", "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh|Kazakhstani",
    "KE": "Kenyan", "KW": "Kuwaiti", "KG": "Kyrgyz", "LA": "Laotian|Lao", "LV": "Latvian",
    "LB": "Lebanese", "LR": "Liberian", "LY": "Libyan", "LT": "Lithuanian", "LU": "Luxembourgish",
    "MK": "Macedonian", "MG": "Malagasy", "MW": "Malawian", "MY": "Malaysian", "MV": "Maldivian",
    "ML": "Malian", "MT": "Maltese", "MR": "Mauritanian", "MU": "Mauritian", "MX": "Mexican",
    "MD": "Moldovan", "MN": "Mongolian", "ME": "Montenegrin", "MA": "Moroccan", "MZ": "Mozambican",
    "MM": "Burmese|Myanmarese", "NA": "Namibian", "NP": "Nepalese|Nepali", "NL": "Dutch",
    "NZ": "New Zealander|New Zealand", "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian",
    "KP": "North Korean", "NO": "Norwegian", "OM": "Omani", "PK": "Pakistani", "PS": "Palestinian",
    "PA": "Panamanian", "PG": "Papua New Guinean", "PY": "Paraguayan", "PE": "Peruvian",
    "PH": "Filipino|Philippine", "PL": "Polish", "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian",
    "RU": "Russian", "RW": "Rwandan", "SA": "Saudi|Saudi Arabian", "SN": "Senegalese", "RS": "Serbian",
    "SL": "Sierra Leonean", "SG": "Singaporean", "SK": "Slovak|Slovakian", "SI": "Slovenian|Slovene",
    "SO": "Somali", "ZA": "South African", "KR": "South Korean", "SS": "South Sudanese", "ES": "Spanish",
    "LK": "Sri Lankan", "SD": "Sudanese", "SR": "Surinamese", "SE": "Swedish", "CH": "Swiss",
    "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik|Tajikistani", "TZ": "Tanzanian", "TH": "Thai",
    "TG": "Togolese", "TN": "Tunisian", "TR": "Turkish", "TM": "Turkmen", "UG": "Ugandan",
    "UA": "Ukrainian", "AE": "Emirati", "GB": "British", "US": "American|U.S.", "UY": "Uruguayan",
    "UZ": "Uzbek", "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni", "ZM": "Zambian",
    "ZW": "Zimbabwean", "CV": "Cape Verdean", "BB": "Barbadian", "BZ": "Belizean", "BN": "Bruneian",
    "GY": "Guyanese", "TT": "Trinidadian", "LS": "Basotho", "SC": "Seychellois", "VA": "Vatican",
}
# ISO 3166-1 entries that are not sovereign states (written with type "place").
NOT_SOVEREIGN = set("""AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GU HK HM IM IO JE KY
MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT""".split())


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
    with open(path, encoding="utf-8") as fh:
        entries = json.load(fh)["3166-1"]
    print("# Countries and territories: name<TAB>type<TAB>aliases (|)<TAB>demonyms (|)")
    print("# Generated by tools/gazetteers/gen_countries.py from Debian iso-codes (ISO 3166-1); do not edit by hand.")
    rows = []
    for e in entries:
        code = e["alpha_2"]
        name = PREFERRED.get(code) or e.get("common_name") or e["name"]
        names = []
        for n in (e["name"], e.get("official_name"), e.get("common_name")):
            if n and n != name and "," not in n:
                names.append(n)
        if e["name"].count(",") == 1 and code not in PREFERRED:
            a, b = [x.strip() for x in e["name"].split(",")]
            if not b.endswith("of"):
                names.append("%s %s" % (b, a))
        for n in ALIASES.get(code, "").split("|"):
            if n and n != name:
                names.append(n)
        seen, aliases = set(), []
        for n in names:
            if n not in seen:
                seen.add(n)
                aliases.append(n)
        kind = "place" if code in NOT_SOVEREIGN else "country"
        rows.append((name, kind, "|".join(aliases), DEMONYMS.get(code, "")))
    for r in sorted(rows):
        print("\t".join(r))


if __name__ == "__main__":
    main()
