# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Claims: a place's own statement of its totals ("83 cities in 53 countries", "the 12th foreign city",
"another 8 have been approved, 29 letters of intent, 15 in contact", "19 new friendship cities in the
past three years")."""

from __future__ import annotations

import re

from .dates import FR_NUMWORDS, NUMWORDS, ORDWORDS
from .places import Mention

_N = r"(\d[\d,]*|" + "|".join(NUMWORDS) + r")"
_UNIT = (r"(?:pairs\s+of\s+)?(?:[\w\-]+\s+){0,4}?(?:cities|towns|ties|relationships|relations|partners|partnerships|"
         r"provinces|municipalities|regions|affiliations|agreements|localities)")
TOTAL = re.compile(r"(?<!from\s)(?<!of\s)\b" + _N + r"\s+" + _UNIT + r"\s+(?:held\s+|established\s+)?"
                   r"(?:in|with|across|spanning|around|from|of|with\s+(?:[a-z]+\s+){1,4}?in)\s+" + _N + r"\s+(?:different\s+|foreign"
                                                                        r"\s+)?countries", re.I)
COUNT = re.compile(r"\b(?:has|have|had|with|maintains?|boasts?|established|built|totals?|counts?|numbers?|of)\s+(?:["
                   r"\w\-]+\s+){0,3}?"
                   + _N + r"\s+(?:pairs\s+of\s+)?(?:international\s+|foreign\s+|overseas\s+|official\s+)?(?:sister|fri"
                          r"endship|friendly|"
                   # "a network of 11 sister and friendship cities"
                   r"twin|partner)(?:\s+(?:and|or)\s+(?:sister|friendship|friendly|twin|partner))?[\s-]+(?:cities|towns|provinces|states|cit(?:y|ies)\s+(?:relations"
                   r"hips|ties))", re.I)
REL_WITH = re.compile(r"\b(?:(?<=keeps\s)|(?<=maintains\s)|(?<=has\s)|sisterhood|(?:sister|friendship|friendly|twin)[\s-]+(?:cit(?:y|ies)|town|province)?)\s*(?:relations|relationships|ties|"
                      r"agreements)\s+with\s+" + _N + r"\s+(?:foreign\s+|overseas\s+|international\s+)?(?:cities|towns|provinces|"
                      r"partners|municipalities)\b(?!\s+(?:in|across|from)\s+\d)", re.I)
ORD_CLAIM = re.compile(r"\bis\s+(?:the\s+)?(\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDWORDS) + r")\s+(?"
                                                                                            r":[\w\-]+\s+){0,3}?"
                       r"(?:city|town|area|partner|province|municipality)(?:\s+or\s+(?:district|region|province|county))?\s+(?:that\s+|which\s+)?", re.I)
_ORDN = r"(\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDWORDS) + r")"
# "Luoyang's 18th international friendship city", "Pudong's 21st international friendly exchange relationship"
_ORD_UNIT = (r"\s+(?:[\w\-]+\s+){0,2}?(?:sister|friendship|friendly|twin|partner)[\s-]+(?:(?:or|and)\s+(?:sister|friendship|friendly|twin)[\s-]+)?(?:[\w\-]+\s+)?"
             r"(?:city|town|province|prefecture|state|region|tie|relationship|partner|county|municipality)")
ORD_POSS = re.compile(r"['’]s?\s+" + _ORDN + _ORD_UNIT, re.I)
# the news that makes the count: "X is / becomes / was made / making the Ukrainian city ... A's fourth"
ORD_VERB_BEFORE = re.compile(r"\b(?:is|was|becomes?|became|becoming|as|mak(?:es|ing)|made)\b[^.;]{0,40}?$", re.I)
# "the district's seventh sister city", "the county's first international friendship tie"
ORD_REF = re.compile(r"\b[Tt]he\s+(city|town|district|county|province|prefecture|state|municipality|region)['’]s\s+"
                     + _ORDN + _ORD_UNIT, re.I)
# "Bali is the 45th international friendship province or city of Hainan"
ORD_OF = re.compile(r"\b(?:is|was|becomes?|became|becoming|as)\s+(?:the\s+)?" + _ORDN
                    # (never "That partnership was first signed in 1965 with the town of Kaibara": a time, no rank)
                    + r"(?!\s+(?:signed|established|agreed|sealed|formed|made|twinned|paired|linked|concluded|set\s+up|in\s+\d))"
                    + r"\s+(?:[\w\-]+\s+){0,5}?(?:city|town|province|partner|region)"
                    r"\s+of\s+", re.I)
# "Nha Trang becomes the fifth foreign city to partner with Haeundae", "the seventh city to be twinned with Jinan"
ORD_TO = re.compile(r"\b(?:is|was|becomes?|became|becoming|as)\s+(?:the\s+)?" + _ORDN + r"\s+(?:[\w\-]+\s+){0,3}?(?:city|town|province|partner|"
                    r"region|municipality|prefecture|county|place)\s+to\s+(?:be\s+)?(?:partner|twin|pair|link|sign|forge|establish|build|form|join|"
                    r"become|tie)\w*\b[^.;,]{0,60}?\b(?:with|of|to)\s+", re.I)
# "Ronda thus becomes the seventh town twinned with Chefchaouen", "the third twinning concluded by Madaba"
ORD_DONE = re.compile(r"\b(?:is|was|becomes?|became|becoming|as|marks?|marking)\s+(?:the\s+)?" + _ORDN + r"\s+(?:[\w\-]+\s+){0,3}?"
                      r"(?:city|town|province|partner|region|municipality|twinning|partnership|agreement)\s+(?:to\s+be\s+)?"
                      r"(?:twinned|paired|partnered|linked|concluded|signed|sealed|established|forged)\s+(?:with|by)\s+", re.I)
# "becomes the fourth member of Harlingen's sister city family"
ORD_MEMBER = re.compile(r"\b(?:is|was|becomes?|became|becoming|as)\s+(?:the\s+)?" + _ORDN + r"\s+(?:member|addition)\s+(?:of|to)\s+(?:the\s+)?$", re.I)
FAMILY = re.compile(r"['’]s?\s+(?:[\w\-]+\s+)?(?:sister[\s-]+cit(?:y|ies)|twinning|twin[\s-]+towns?|partner[\s-]+cit(?:y|ies)|friendship[\s-]+cit(?:y|ies))\s+"
                    r"(?:family|network|circle|roster|club)\b", re.I)
# "Kronberg is one of Aberystwyth's three twin towns"
ONE_OF = re.compile(r"\bone\s+of\s+$", re.I)
N_POSS = re.compile(r"['’]s?\s+" + r"(\d{1,3}|" + "|".join(NUMWORDS) + r")\s+(?:[\w\-]+\s+)?(?:(?:sister|friendship|twin)\s+and\s+)?(?:sister|friendship|twin|partner)"
                    r"[\s-]+(?:cities|towns|provinces|regions)", re.I)
# "Lorient is one of seven twin cities of Galway"
N_OF = re.compile(r"\bone\s+of\s+(?:the\s+|its\s+)?(\d{1,3}|" + "|".join(NUMWORDS) + r")\s+(?:[\w\-]+\s+)?(?:sister|friendship|twin|partner)"
                  r"[\s-]+(?:cities|towns|provinces|regions)\s+of\s+", re.I)
N_OF_HOME = re.compile(r"\b(?:is|was|remains)\s+one\s+of\s+(?:the\s+city['’]s\s+|its\s+|our\s+|the\s+)?(\d{1,3}|" + "|".join(NUMWORDS)
                       + r")\s+(?:[\w\-]+\s+)?(?:sister|friendship|twin|partner)[\s-]+(?:cities|towns|provinces|regions)\s*(?=[.;]|$)", re.I)
# "brings South Chungcheong's overseas sister and friendship regions to 31 in 19 countries"
BRINGS = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,5}?(?:cities|towns|regions|provinces|partners|ties|relationships|partnerships)\s+"
                    r"to\s+(\d{1,4})(?:\s+in\s+(\d{1,3})\s+countries)?\b", re.I)
APPROX = re.compile(r"\b(?:more\s+than|over|nearly|almost|around|about|some|at\s+least|roughly|approximately|"
                    r"más\s+de|cerca\s+de|mais\s+de)\s+(?:\d|" + "|".join(NUMWORDS) + r")", re.I)
SCOPED_AFTER = re.compile(r"\s+(?:with|in)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:cities|municipalities|towns|"
                          r"partners|prefectures|provinces|counterparts)\b")
# "brings the number of Zibo's international friendship cities to 29, spread across 21 countries"
NUMBER_OF = re.compile(r"\bnumber\s+of\s+([A-Z][\w'’\- ]{1,40}?)['’]s\s+(?:[\w\-]+\s+){0,4}?(?:cities|towns|regions|provinces|partners|"
                       r"ties|relationships|pairs)\s+(?:abroad\s+|overseas\s+|worldwide\s+)?to\s+(\d{1,4})(?:,?\s+(?:spread\s+)?(?:across|in|from)\s+(\d{1,3})\s+countries)?")
# "brings the number of international sister and friendship relationships held by Sichuan and its cities to 115,
# spanning 56 countries"
NUMBER_HELD = re.compile(r"\bnumber\s+of\s+(?:[\w\-]+\s+){0,5}?(?:cities|towns|regions|provinces|partners|ties|relationships|pairs)\s+"
                         r"(?:held\s+by|of|maintained\s+by)\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})(?:\s+and\s+its\s+[a-z]+(?:\s+and\s+[a-z]+)?)?"
                         r"\s+to\s+(\d{1,4})(?:,?\s+(?:spread\s+|spanning\s+)?(?:across|in|from|spanning)\s+(\d{1,3})\s+countries)?")
AND_MORE = re.compile(r"\s+and\s+" + _N + r"\s+(?:international\s+|foreign\s+|overseas\s+)?(?:sister|friendship|friendly|twin|partner)[\s-]+"
                      r"(?:cit(?:y|ies)|towns?|provinces?|states?|regions?)\b", re.I)
LEAVING = re.compile(r"\s+with\s+" + r"(\d[\d,]*|" + "|".join(NUMWORDS) + r"|a\s+single|a\s+lone|just\s+one|only\s+one)" + r"\s+(?:[\w\-]+\s+){0,2}?(?:partnerships?|sister\s+cit(?:y|ies)|twin\s+towns?|partners?|relationships?|"
                     r"partner\s+cit(?:y|ies)|friendship\s+cit(?:y|ies))\b", re.I)
LEAVING_REF = re.compile(r"\b(?:leaving|leaves|left)\s+the\s+(city|town|district|county|province|prefecture|state|municipality|region)(?=\s+with\b)",
                         re.I)
CONDITIONAL = re.compile(r"\b(?:would|could|might|if|should|may)\b", re.I)
# "now maintains ten international city partnerships", "has four international relationships",
# "23 sister-city and cooperation agreements", "nove cidades geminadas", "12 ciudades hermanas"
COUNT_WIDE = re.compile(r"\b(?:has|have|maintains?|counts?|totals?|boasts?|holds?|contar\s+com|cuenta\s+con|suma|tem|tiene)\s+"
                        r"(?:[\w\-]+\s+){0,2}?" + _N + r"\s+(?:(?:international|overseas|foreign|sister|twin|twinned|friendship|"
                        r"friendly|partner|city|sister-city|and|cooperation|official)[\s-]+){1,4}(?:partnerships|relationships|"
                        r"agreements|cities|towns|partners|ties|links)\b|\b" + _N + r"\s+(?:cidades|ciudades)[\s-]+"
                        r"(?:geminadas|irmãs|hermanas|hermanadas)\b", re.I)
# "Surabaya currently has partnerships with 14 cities abroad", "maintains ties with 23 foreign cities"
TIES_WITH_N = re.compile(r"\b(?:has|have|maintains?|holds?|keeps?)\s+(?:[\w\-]+\s+){0,3}?(?:partnerships|ties|relations|relationships|"
                         r"links|agreements)\s+with\s+(?:the\s+following\s+)?" + _N + r"\s+(?:foreign\s+|overseas\s+|international\s+)?(?:cities|towns|partners|"
                         r"municipalities|localities|regions|provinces|states)(?:\s+(?:abroad|overseas|worldwide|around\s+the\s+world))?(?=\s*[,.;]|\s+(?:so\s+far|now|today))", re.I)
# Spanish: "Guadalajara suma 30 ciudades hermanas en 18 países"
# Spanish and Portuguese numbers, for "14 ciudades hermanas en diez países", "nove cidades-irmãs em seis países"
ES_NUM = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
          "doce": 12, "quince": 15, "veinte": 20, "duas": 2, "dois": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8,
          "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20,
          **FR_NUMWORDS, "sept": 7, "neuf": 9, "douze": 12,
          "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "dieci": 10, "dodici": 12}
_NES = r"(\d[\d,]*|" + "|".join(ES_NUM) + r")"
# Spanish: "Guadalajara suma 30 ciudades hermanas en 18 países"; Portuguese: "12 cidades-irmãs em 9 países"
TOTAL_ES = re.compile(r"\b" + _NES + r"\s+(?:ciudades\s+(?:hermanas|hermanadas)|cidades[\s-]+(?:irmãs|geminadas))\s+(?:en|em)\s+"
                      + _NES + r"\s+pa[ií]ses", re.I)
# "Querétaro mantiene actualmente 14 hermanamientos vigentes con ciudades de ocho países", "passa a contar com
# sete cidades geminadas"
COUNT_ES = re.compile(r"\b(?:mantiene|tiene|cuenta\s+con|suma|tem|possui|conta\s+com|contar\s+com|mantém|registra|registra)\s+"
                      r"(?:[\w\-]+\s+){0,2}?" + _NES + r"\s+(?:hermanamientos|ciudades\s+(?:hermanas|hermanadas)|cidades[\s-]+"
                      r"(?:geminadas|irmãs)|geminações)\b(?:[^.;]{0,40}?\b(?:de|en|em)\s+" + _NES + r"\s+pa[ií]ses)?", re.I)
# "Curitiba mantém hoje acordos de cidade-irmã com 11 municípios estrangeiros"
TIES_WITH_N_ES = re.compile(r"\b(?:acordos?|acuerdos?|convenios?|relaciones|relações|lazos|laços)\s+de\s+(?:cidades?[\s-]+irmãs?|ciudades?\s+hermanas?|"
                            r"hermanamiento|hermandad|geminação|irmandade|amistad|amizade)\s+(?:com|con)\s+" + _NES + r"\s+(?:munic[ií]pios|ciudades|"
                            r"cidades|localidades)\b", re.I)
# "Ourense est l'une des trois villes jumelles de Quimper", "una de las ocho ciudades hermanas de Cusco"
N_OF_ROMANCE = re.compile(r"\b(?:l['’])?(?:une?|una|uma)\s+(?:des|de\s+las|de\s+los|das|dos)\s+" + _NES + r"\s+(?:villes|ciudades|cidades|"
                          r"communes)[\s-]+(?:jumelles|jumelées|hermanas|hermanadas|irm[ãa]s|amies|amigas)\s+(?:de|du|da|do|del)\s+", re.I)
# "Lucca è gemellata con cinque città europee", "Quimper est jumelée avec trois villes", "twinned with six towns"
TWINNED_WITH_N = re.compile(r"\b(?:gemellat[ao]|jumel[ée]e?|hermanad[ao]|geminad[ao]|twinned)\s+(?:con|avec|with|com)\s+" + _NES
                            + r"\s+(?:città|villes|ciudades|cidades|cities|towns|municipalities|comuni|communes|munic[íi]pios)\b", re.I)
REF_ES = re.compile(r"\b(?:[Ll]a\s+ciudad|[Aa]\s+cidade(?:-[a-zç]+)?|[Ee]l\s+municipio|[Oo]\s+munic[ií]pio|[Ll]a\s+capital)\b")
# "the number of Osh's twin cities has reached 31"
NUMBER_REACHED = re.compile(r"\bnumber\s+of\s+([A-Z][\w'’\- ]{1,40}?)['’]s\s+(?:[\w\-]+\s+){0,4}?(?:cities|towns|regions|provinces|"
                            r"partners|ties|relationships|pairs)\s+(?:has\s+|have\s+)?(?:reached|rose\s+to|risen\s+to|grew\s+to|"
                            r"grown\s+to|stands\s+at|now\s+stands\s+at|totals?)\s+(\d{1,4})(?:\s+in\s+(\d{1,3})\s+countries)?")
# "the region's international partners number nine, in six countries", "Kaunas's twin towns now total 14"
_NUMBERED = (r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:partners|cities|towns|regions|provinces|ties|partnerships|relationships)\s+(?:now\s+|today\s+)?"
             r"(?:number|total|stand\s+at|come\s+to)\s+" + _N + r"\b(?:,?\s+(?:in|across|from)\s+" + _N + r"\s+countries)?")
NUMBERED_REF = re.compile(r"\b[Tt]he\s+(city|town|district|county|province|prefecture|state|municipality|region)" + _NUMBERED, re.I)
NUMBERED = re.compile(_NUMBERED, re.I)
# "The city of temples is currently bound by friendship protocols to 14 cities on four continents"
BOUND_TO = re.compile(r"\b(?:bound|linked|tied|joined|connected)\s+(?:by\s+(?:[\w\-]+\s+){1,4}?)?(?:to|with)\s+" + _N
                      + r"\s+(?:foreign\s+|overseas\s+|other\s+)?(?:cities|towns|municipalities|partners)\b", re.I)
# "the number of foreign cities linked to the ochre city by friendship accords now stands at nine"
NUMBER_LINKED_REF = re.compile(r"\bnumber\s+of\s+(?:[\w\-]+\s+){0,2}?(?:cities|towns|partners|regions)\s+(?:linked|tied|twinned|bound|joined)\s+"
                               r"(?:to|with)\s+the\s+(?:[\w\-]+\s+){0,2}?(city|town|district|county|province|prefecture|state|municipality|region|capital)\b"
                               r"[^.;]{0,50}?\b(?:stands\s+at|has\s+reached|reached|has\s+risen\s+to|rose\s+to|totals?|is\s+now|now\s+numbers)\s+" + _N + r"\b", re.I)
# "Nouakchott devient ainsi la neuvième ville jumelée avec Agadir", "la novena ciudad hermanada con Cusco"
ROMANCE_ORD = {"deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8,
               "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12, "segunda": 2, "tercera": 3, "terceira": 3,
               "cuarta": 4, "quarta": 4, "quinta": 5, "sexta": 6, "séptima": 7, "sétima": 7, "octava": 8, "oitava": 8,
               "novena": 9, "nona": 9, "décima": 10, "undécima": 11, "duodécima": 12, "seconda": 2, "terza": 3,
               "settima": 7, "ottava": 8, "decima": 10}
ORD_ROMANCE = re.compile(r"\b(?:la|le|el|a|o)\s+(\d{1,2}(?:e|ème|ª|º|a)|" + "|".join(ROMANCE_ORD) + r")\s+(?:ville|commune|ciudad|cidade|città)\s+"
                         r"(?:jumel[ée]e|hermanad[ao]|geminad[ao]|gemellat[ao])\s+(?:avec|con|com|à|a)\s+", re.I)
# "Puerto Montt takes the district's tally of sister cities to three"
REF_TALLY = re.compile(r"\b(?:takes|took|taking|brings|brought|bringing|raises|raised|raising|lifts|lifted|lifting|pushes|pushed|pushing)\s+"
                       r"the\s+(city|town|district|county|province|prefecture|state|municipality|region)['’]s\s+(?:tally|number|total|count|list|roster)\s+"
                       r"of\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns|provinces|regions|states|partners)\s+to\s+" + _N + r"\b", re.I)
# "Jalandhar joins Kōtō ... on Surrey's list of twin cities, bringing the total to four"
TOTAL_TO = re.compile(r"\b(?:bringing|brings|taking|takes|raising|raises)\s+(?:the|its|their)\s+(?:total|tally|count|number)\s+to\s+" + _N + r"\b", re.I)
NEW = re.compile(r"\b(?:adding|added|adds|with|signed)\s+" + _N + r"\s+new\s+(?:[\w\-]+\s+){0,2}?(?:"
                                                                  r"cities|partners|"
                 r"ties|towns)\s+(?:in|over|during)\s+the\s+(?:past|last)\s+" + _N + r"\s+years", re.I)
PIPE = {
    "approved": re.compile(r"\b" + _N + r"\s+(?:more\s+)?(?:have|has|were|are)\s+(?:been\s+)?approved", re.I),
    "intent": re.compile(r"\b" + _N + r"\s+letters?\s+of\s+intent", re.I),
    "contact": re.compile(r"\b" + _N + r"\s+(?:cities|others|more)\s+(?:have\s+|had\s+)?(?:previously\s+)?"
                          r"(?:been\s+)?in\s+contact", re.I),
}
# the subject that stands for the article's place: "the city has", "The province now maintains", "It has"
REF_BEFORE = re.compile(r"(?:^|\b(?:[Tt]he|[Oo]ur)\s+(?:[a-z\-]+\s+){0,2}?)(?:(city|town|district|county|province|prefecture|state|municipality|region)\b|(?=It\b))"
                        r"(?:\s+[\w\-]+){0,5}?\s+(?:has|have|had|now|currently|maintains?|boasts?|counts?|holds?)\b")
_EXCLUDE_BEFORE = re.compile(r"\b(?:from|of|representatives|delegates|mayors|officials)\s+$", re.I)


def _int(s: str) -> int | None:
    s = s.replace(",", "").lower()
    if re.fullmatch(r"(?:a\s+single|a\s+lone|just\s+one|only\s+one)", s):
        return 1    # "The decision leaves King's Lynn with a single twin town"
    if s.isdigit():
        return int(s)
    return NUMWORDS.get(s) or ORDWORDS.get(s) or ES_NUM.get(s) or (int(re.match(r"\d+", s).group(0)) if re.match(r"\d+", s) else None)


def _owner(ms: list[Mention], pos: int, text: str) -> Mention | None:
    """The place whose total it is: the nearest place or country before ``pos`` that is not a locator."""
    best = None
    for m in ms:
        if m.end <= pos and m.kind in ("place", "country") and not m.locator:
            best = m
    return best


def sentence_claims(text: str, start: int, end: int, ms: list[Mention], next_text: str = "") -> list[dict]:
    """Claims stated in ``text[start:end]`` as dicts with the Mention under ``"place"``."""
    st = text[start:end]
    out: list[dict] = []
    for m in [*TOTAL.finditer(st), *TOTAL_ES.finditer(st)]:
        if _EXCLUDE_BEFORE.search(st[:m.start()]):
            continue
        owner = _owner(ms, start + m.start(), text)
        ref = REF_BEFORE.search(st[:m.start()])
        if owner:
            out.append({"place": owner, "count_partners": _int(m.group(1)), "count_countries": _int(m.group(2))})
        elif ref:   # "At present the city has ties with seven cities in seven countries"
            out.append({"place": None, "ref": (ref.group(1) or "city").lower(), "count_partners": _int(m.group(1)),
                        "count_countries": _int(m.group(2))})
    if not out:
        for m in list(COUNT.finditer(st)) + list(REL_WITH.finditer(st)) + list(COUNT_WIDE.finditer(st)) + list(
                TIES_WITH_N.finditer(st)):
            if re.search(r"\bone\s+$", st[:m.start()]):
                continue    # "one of seven twin cities of Galway": the count is Galway's (N_OF)
            if APPROX.search(st[max(0, m.start() - 40):m.end()]) or SCOPED_AFTER.match(st, m.end()) or \
                    re.search(r"\bcouncils\s+(?:\w+\s+)?$", st[:m.start()]):
                continue    # "more than 100", "41 ... with Japanese municipalities", "Queensland councils hold"
            owner = _owner(ms, start + m.start(), text)
            # "The southeastern city has eight sister and friendship cities": the verb opens the match
            ref = REF_BEFORE.search(st[:m.start()] + m.group(0).split()[0]) if owner is None else None
            if owner or ref:
                n = _int(next(g for g in m.groups() if g))
                more = AND_MORE.match(st, m.end())
                if more and n is not None and _int(more.group(1)):
                    n += _int(more.group(1))    # "three sister cities and one friendship city": four in all
                out.append({"place": owner, "count_partners": n,
                            "count_countries": None, **({"ref": (ref.group(1) or "city").lower()} if ref else {})})
                break
    for m in ORD_CLAIM.finditer(st):
        after = [x for x in ms if x.kind == "place" and x.start == start + m.end()]
        if after and re.match(r"\s+(?:has|have|had)\b", text[after[0].end:after[0].end + 6]):
            out.append({"place": after[0], "count_partners": _int(m.group(1)), "count_countries": None})
    for rx in (ORD_OF, N_OF, N_OF_ROMANCE, ORD_TO, ORD_DONE):
        for m in rx.finditer(st):
            after = [x for x in ms if x.kind == "place" and x.start == start + m.end()]
            scoped = any(x.kind in ("demonym", "country") and start + m.start() <= x.start < start + m.end() for x in ms)
            if rx is ORD_TO and m.group(1).lower() == "first" and re.match(r"was\b", m.group(0), re.I):
                continue    # "Shimonoseki was the first foreign city to establish such ties with Qingdao": history, no total
            if after and not CONDITIONAL.search(st[:m.start()]) and not scoped:   # "the second Polish twin city of X"
                out.append({"place": after[0], "count_partners": _int(m.group(1)), "count_countries": None})
            described = re.match(r"the\s+(?:[A-Z][\w\-]+\s+)?(?:[a-z]+\s+)?(city|town|capital|province|prefecture|district|county)\b",
                                 st[m.end():])
            if not after and described and not CONDITIONAL.search(st[:m.start()]) and not scoped:
                # "Sumgayit becomes the fourth partner city of the Kazakh port city": the story's place
                out.append({"place": None, "ref": described.group(1).replace("capital", "city"),
                            "count_partners": _int(m.group(1)), "count_countries": None})
    for m in N_OF_HOME.finditer(st) if not out else ():
        if not CONDITIONAL.search(st[:m.start()]) and not APPROX.search(m.group(0)):
            # "Dushanbe is one of seven sister cities.": one of the page's place's, the owner unnamed
            out.append({"place": None, "ref": "city", "count_partners": _int(m.group(1)), "count_countries": None})
    for x in ms:
        if x.kind == "place" and x.possessive:
            pm = ORD_POSS.match(text, x.end)
            past_first = pm and pm.group(1).lower() == "first" and re.search(r"\bwas\b", text[max(start, x.start - 30):x.start])
            if pm and not past_first and ORD_VERB_BEFORE.search(text[max(start, x.start - 60):x.start]) and not CONDITIONAL.search(
                    text[start:x.start]) and not re.match(r"\s+in\s+(?:the\s+)?[A-Z]", text[pm.end():pm.end() + 30]):
                # "Poltava would become Springfield's third" is no count yet; "first in East Africa" is scoped
                out.append({"place": x, "count_partners": _int(pm.group(1)), "count_countries": None})
            bm = BRINGS.match(text, x.end)
            if bm and re.search(r"\b(?:bring(?:s|ing)?|trims?|trimming|takes?|taking|raises?|raising|lifts?|reduces?|cuts?|"
                                r"increases?|pushes|puts)\s+$", text[max(start, x.start - 12):x.start]):
                out.append({"place": x, "count_partners": _int(bm.group(1)),
                            "count_countries": _int(bm.group(2)) if bm.group(2) else None})
            om = ORD_MEMBER.search(text[max(start, x.start - 60):x.start])
            if om and FAMILY.match(text, x.end) and not CONDITIONAL.search(text[start:x.start]):
                # "Ciudad Victoria becomes the fourth member of Harlingen's sister city family"
                out.append({"place": x, "count_partners": _int(om.group(1)), "count_countries": None})
            nm = N_POSS.match(text, x.end)
            if nm and (ONE_OF.search(text[max(start, x.start - 10):x.start]) or re.fullmatch(r"\s*(?:Of|Among|All)\s+", text[start:x.start])):
                # "Kronberg is one of Aberystwyth's three twin towns", "Of Surabaya's 12 sister and partner cities, four are ..."
                out.append({"place": x, "count_partners": _int(nm.group(1)), "count_countries": None})
    for m in [*COUNT_ES.finditer(st), *TIES_WITH_N_ES.finditer(st), *TWINNED_WITH_N.finditer(st)] if not out else ():
        owner = _owner(ms, start + m.start(), text)
        ref = REF_ES.search(st[:m.start()]) if owner is None else None
        if owner or ref:
            countries = m.group(2) if m.re is COUNT_ES else None
            out.append({"place": owner, "count_partners": _int(m.group(1)),
                        "count_countries": _int(countries) if countries else None, **({"ref": "city"} if ref else {})})
            break
    for x in ms:
        lm = LEAVING.match(text, x.end) if x.kind == "place" and re.search(r"\b(?:leaving|leaves|left)\s+$", text[max(start, x.start - 9):x.start]) else None
        if lm:  # "..., leaving Timaru with two international partnerships"
            out.append({"place": x, "count_partners": _int(lm.group(1)), "count_countries": None})
    for m in LEAVING_REF.finditer(st) if not out else ():
        lm = LEAVING.match(st, m.end())     # "The decision leaves the city with 16 partner towns"
        if lm and not CONDITIONAL.search(st[:m.start()]):
            out.append({"place": None, "ref": m.group(1).lower(), "count_partners": _int(lm.group(1)), "count_countries": None})
    for m in [*NUMBER_OF.finditer(st), *NUMBER_REACHED.finditer(st), *NUMBER_HELD.finditer(st)]:
        x = next((x for x in ms if x.kind == "place" and (x.possessive or m.re is NUMBER_HELD) and x.start == start + m.start(1)), None)
        if x is not None:
            out.append({"place": x, "count_partners": _int(m.group(2)),
                        "count_countries": _int(m.group(3)) if m.group(3) else None})
    for m in NUMBERED_REF.finditer(st) if not out else ():
        if not CONDITIONAL.search(st[:m.start()]):
            out.append({"place": None, "ref": m.group(1).lower(), "count_partners": _int(m.group(2)),
                        "count_countries": _int(m.group(3)) if m.group(3) else None})
    for x in ms if not out else ():
        nm = NUMBERED.match(text, x.end) if x.kind == "place" and x.possessive else None
        if nm and re.search(r"(?:sister|twin|partner|friendship|international|foreign|overseas)", nm.group(0), re.I):
            out.append({"place": x, "count_partners": _int(nm.group(1)), "count_countries": _int(nm.group(2)) if nm.group(2) else None})
    for m in NUMBER_LINKED_REF.finditer(st) if not out else ():
        if not CONDITIONAL.search(st[:m.start()]):
            out.append({"place": None, "ref": m.group(1).lower().replace("capital", "city"), "count_partners": _int(m.group(2)),
                        "count_countries": None})
    for m in BOUND_TO.finditer(st) if not out else ():
        owner = _owner(ms, start + m.start(), text)
        ref = REF_BEFORE.search(st[:m.start()]) if owner is None else None
        if (owner or ref) and not APPROX.search(st[max(0, m.start() - 10):m.end()]) and not CONDITIONAL.search(st[:m.start()]):
            out.append({"place": owner, "count_partners": _int(m.group(1)), "count_countries": None,
                        **({"ref": (ref.group(1) or "city").lower()} if ref else {})})
    for m in ORD_ROMANCE.finditer(st) if not out else ():
        after = next((x for x in ms if x.kind == "place" and x.start == start + m.end()), None)
        n = ROMANCE_ORD.get(m.group(1).lower()) or _int(re.match(r"\d+", m.group(1)).group(0) if m.group(1)[0].isdigit() else "")
        if after is not None and n and not CONDITIONAL.search(st[:m.start()]):
            out.append({"place": after, "count_partners": n, "count_countries": None})
    for m in REF_TALLY.finditer(st) if not out else ():
        if not CONDITIONAL.search(st[:m.start()]):
            out.append({"place": None, "ref": m.group(1).lower(), "count_partners": _int(m.group(2)), "count_countries": None})
    for m in TOTAL_TO.finditer(st) if not out else ():
        owner = next((x for x in ms if x.kind == "place" and x.possessive and x.end <= start + m.start() and re.match(
            r"['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:list\s+of\s+|roster\s+of\s+|family\s+of\s+)?(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns|provinces|regions)",
            text[x.end:x.end + 60])), None)
        if owner is not None and not CONDITIONAL.search(st[:m.start()]):
            out.append({"place": owner, "count_partners": _int(m.group(1)), "count_countries": None})
    for m in ORD_REF.finditer(st):
        if CONDITIONAL.search(st[:m.start()]):
            continue    # "If the agreement is signed, Lillehammer would be the city's fifth"
        # the place is the one the article is about, resolved by the caller
        out.append({"place": None, "ref": m.group(1).lower(), "count_partners": _int(m.group(2)),
                    "count_countries": None})
    for m in NEW.finditer(st):
        owner = _owner(ms, start + m.start(), text)
        if owner:
            out.append({"place": owner, "count_partners": None, "count_countries": None,
                        "count_new": _int(m.group(1)), "period_years": _int(m.group(2))})
    if out and out[0].get("count_partners"):
        pipeline = {}
        for k, rx in PIPE.items():
            pm = rx.search(st) or (rx.search(next_text) if next_text else None)
            if pm:
                pipeline[k] = _int(pm.group(1))
        if pipeline:
            out[0]["pipeline"] = pipeline
    return out
