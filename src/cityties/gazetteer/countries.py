"""Country names as datasets and articles write them, mapped to ISO 3166-1 alpha-2 codes.

The gazetteer knows each country's ISO name, official name and aliases; this module adds the short
and common names it lacks, the constituent countries of the United Kingdom, and the abbreviations
of Natural Earth's short names ("Bosnia and Herz.", "Dem. Rep. Congo").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .normalize import normalize

if TYPE_CHECKING:
    from .core import Gazetteer

#: preferred English display names where the ISO name reads awkwardly
DISPLAY = {
    "KR": "South Korea", "KP": "North Korea", "RU": "Russia", "TW": "Taiwan", "VN": "Vietnam",
    "IR": "Iran", "SY": "Syria", "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela",
    "TZ": "Tanzania", "MD": "Moldova", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "PS": "Palestine", "VA": "Vatican City", "FM": "Micronesia",
    "BN": "Brunei", "MK": "North Macedonia", "CZ": "Czech Republic", "TR": "Turkey",
    "US": "United States", "GB": "United Kingdom", "CI": "Ivory Coast", "CV": "Cape Verde",
    "SZ": "Eswatini", "TL": "East Timor", "MO": "Macau", "HK": "Hong Kong",
}

EXTRA = {
    "KR": ["South Korea", "Korea", "Korea South", "Republic of Korea"],
    "KP": ["North Korea", "Korea North", "DPRK", "Dem. Rep. Korea"],
    "RU": ["Russia", "Russian Federation"], "TW": ["Taiwan", "Republic of China", "CN-TW"],
    "CN": ["China", "People's Republic of China", "PRC", "Mainland China", "P.R. China"],
    "VN": ["Vietnam", "Viet Nam"], "IR": ["Iran"], "SY": ["Syria"], "LA": ["Laos", "Lao PDR"],
    "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"],
    "CD": ["DR Congo", "Dem. Rep. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Republic of the Congo", "Congo", "Congo-Brazzaville", "Congo Republic"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "West Bank", "Gaza"],
    "VA": ["Vatican", "Vatican City", "Holy See"], "FM": ["Micronesia"], "BN": ["Brunei"],
    "MK": ["Macedonia", "North Macedonia", "Republic of Macedonia"],
    "CZ": ["Czech Republic", "Czechia", "Czech Rep."], "TR": ["Turkey", "Türkiye", "Turkiye"],
    "US": ["United States", "USA", "US", "U.S.", "U.S.A.", "America", "United States of America"],
    "GB": ["United Kingdom", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland",
           "Great Britain", "Britain"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"], "CV": ["Cape Verde", "Cabo Verde"],
    "SZ": ["Swaziland", "eSwatini", "Eswatini"], "TL": ["East Timor", "Timor-Leste"],
    "MM": ["Burma", "Myanmar"], "NL": ["Holland", "The Netherlands", "Netherlands"],
    "XK": ["Kosovo"], "BA": ["Bosnia", "Bosnia and Herz.", "Bosnia & Herzegovina"],
    "DO": ["Dominican Rep."], "CF": ["Central African Rep."], "GQ": ["Eq. Guinea"],
    "SS": ["S. Sudan", "South Sudan"], "CY": ["N. Cyprus", "Northern Cyprus", "Cyprus"],
    "SO": ["Somaliland"], "EH": ["W. Sahara", "Western Sahara"], "SB": ["Solomon Is."],
    "MH": ["Marshall Is."], "FO": ["Faeroe Is.", "Faroe Islands"],
    "PF": ["Fr. Polynesia"], "AG": ["Antigua and Barb."], "KN": ["St. Kitts and Nevis"],
    "VC": ["St. Vin. and Gren."], "VI": ["U.S. Virgin Is."], "KY": ["Cayman Is."],
    "TC": ["Turks and Caicos Is."], "MP": ["N. Mariana Is."], "FK": ["Falkland Is."],
    "MO": ["Macau", "Macao"], "HK": ["Hong Kong"], "GM": ["The Gambia", "Gambia"],
    "BS": ["The Bahamas", "Bahamas"], "IE": ["Republic of Ireland", "Ireland"],
    "DE": ["West Germany", "East Germany", "Federal Republic of Germany"],
    "GE": ["Georgia (country)"], "VG": ["British Virgin Islands"],
    "LC": ["St. Lucia", "Saint Lucia"], "PM": ["St. Pierre and Miquelon"],
    "BL": ["St. Barthélemy"], "MF": ["St. Martin"], "SH": ["Saint Helena", "St. Helena"],
    "WF": ["Wallis and Futuna Is."], "PN": ["Pitcairn Is."], "AX": ["Åland", "Aland"],
}

_ABBREV = [
    (r"\bRep\.", "Republic"), (r"\bIs\.", "Islands"), (r"\bDem\.", "Democratic"),
    (r"\bEq\.", "Equatorial"), (r"\bS\.", "South"), (r"\bN\.", "North"), (r"\bW\.", "Western"),
    (r"\bSt\.", "Saint"), (r"\bHerz\.", "Herzegovina"), (r"\bFr\.", "French"),
    (r"\bBr\.", "British"), (r"&", "and"),
]
_ISO2 = re.compile(r"^[A-Za-z]{2}$")
_ISO3166_2 = re.compile(r"^([A-Za-z]{2})-[A-Za-z0-9]{1,3}$")


def _table(gaz: Gazetteer) -> dict[str, str]:
    if gaz._countries is None:
        table: dict[str, str] = {}
        rows = gaz._query(
            "SELECT n.norm, p.country FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE p.kind = 'country' AND n.quality <= 1"
        )
        for norm, code in rows:
            table.setdefault(norm, code)
        codes = {c for _, c in rows}
        for code, names in EXTRA.items():
            if code in codes or not codes:
                for n in names:
                    table[normalize(n)] = code
        gaz._countries = table
    return gaz._countries


def country_code(gaz: Gazetteer, name: str) -> str | None:
    """"South Korea" -> "KR", "Scotland, United Kingdom" -> "GB", "NA" -> "NA"; None if unknown."""
    if not name or not name.strip():
        return None
    text = name.strip()
    table = _table(gaz)
    if _ISO2.match(text):
        code = text.upper()
        return code if code in set(table.values()) else None
    m = _ISO3166_2.match(text)
    if m and text.upper() == "CN-TW":
        return "TW"
    if m and m.group(1).upper() in set(table.values()):
        return m.group(1).upper()
    for cand in _readings(text):
        code = table.get(normalize(cand))
        if code:
            return code
    return None


def _readings(text: str) -> list[str]:
    out = [text]
    expanded = text
    for rx, rep in _ABBREV:
        expanded = re.sub(rx, rep, expanded)
    out.append(expanded)
    for t in (text, expanded):
        parts = [p.strip() for p in re.split(r"[,;/]|\(|\)", t) if p.strip()]
        out.extend(reversed(parts))
        if t.lower().startswith("the "):
            out.append(t[4:])
    return out
