# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Date expressions: absolute ("May 1997", "27 May 2015", "17 de diciembre"), relative to the
publication date ("on Sunday", "this month", "last year") and derived ("the 25th anniversary",
"40 years of partnership", "N years ago").

Each found expression has a *level* that says how directly it dates a tie:
1 "since 1994"; 2 an absolute date; 3 a derived one; 4 a date relative to publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..read.dateline import MONTHS

WEEKDAYS = {d: i for i, ds in enumerate([
    ("monday", "lunes", "segunda-feira", "lundi"), ("tuesday", "martes", "terça-feira", "terca-feira", "mardi"),
    ("wednesday", "miércoles", "miercoles", "quarta-feira", "mercredi"), ("thursday", "jueves", "quinta-feira", "jeudi"),
    ("friday", "viernes", "sexta-feira", "vendredi"), ("saturday", "sábado", "sabado", "samedi"),
    ("sunday", "domingo", "dimanche")]) for d in ds}
NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "sixty": 60, "seventy": 70}
# French, for "depuis soixante ans" only (every word in an alternation costs at each word of every sentence)
FR_NUMWORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30,
               "quarante": 40, "cinquante": 50, "soixante-dix": 70, "soixante": 60}
ORDWORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
            "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70}

_M = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_WD = "|".join(sorted((re.escape(d) for d in WEEKDAYS), key=len, reverse=True))
_NUM = r"(\d{1,3}|" + "|".join(NUMWORDS) + r")"
_NUM_FR = r"(\d{1,3}|" + "|".join(FR_NUMWORDS) + r")"
_ORD = r"(\d{1,3})(?:st|nd|rd|th)|(" + "|".join(ORDWORDS) + r")"

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("range", re.compile(r"\(?\b(1[89]\d\d|20\d\d)\s*[–\-—]\s*(1[89]\d\d|20\d\d)\b\)?")),
    ("since", re.compile(r"\b(?:since|desde|depuis|seit)\s+(?:(?:the\s+)?(?:early\s+|late\s+)?(?:(" + _M
                         + r")\.?\s+)?)(1[89]\d\d|20\d\d)\b(?!s)", re.I)),
    # the start of a tie: "which dates to 1964", "dating back to 1980", "established in 1991", "signed in 1996"
    ("origin", re.compile(r"\b(?:dat(?:es|ing|ed)\s+(?:back\s+)?(?:to|from)|(?:go(?:es)?|went|going|reach(?:es)?)\s+back\s+to|(?:was|were|been|first)?\s*(?:established|founded|formed|"
                          r"signed|inked|sealed|concluded|twinned|paired(?:\s+up)?|begun|set\s+up)|began|started)\s+(?:in|on)?\s*(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
                          r"(?:(?:\d{1,2}\s+)?(" + _M + r")\.?\s+(?:\d{1,2},?\s+)?)?(1[89]\d\d|20\d\d)\b(?!s)", re.I)),
    ("origin", re.compile(r"\b(?:(?:was|were|been)\s+(?:first\s+)?(?:paired|twinned|linked|partnered|matched)|first\s+(?:signed|"
                          r"established|paired(?:\s+up)?|twinned|linked|partnered))\s+with\s+[^.,;]{1,40}?"
                          r"\s+in\s+()(1[89]\d\d|20\d\d)\b(?!s)", re.I)),
    # "voted to revoke the city's 1998 twinning with Mindelo": the year that names the tie is its start
    ("origin", re.compile(r"(?:\b(?:its|the|their|our)|['’]s)\s+()(1[89]\d\d|20\d\d)\s+(?:sister[\s-]+city\s+|friendship\s+|twinning\s+|cooperation\s+)?"
                          r"(?:twinning|agreement|partnership|relationship|pact|charter|accord|memorandum)\b(?!\s+(?:on|for|to)\s)", re.I)),
    ("dmy", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?(" + _M + r")\.?,?\s+(?:de\s+|del\s"
                                                                           r"+)?(1[89]\d\d|20\d\d)\b",
                       re.I)),
    ("mdy", re.compile(r"\b(" + _M + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(1[89]\d\d|20\d\d)\b", re.I)),
    ("my", re.compile(r"\b(" + _M + r")\.?,?\s+(?:de\s+|of\s+)?(1[89]\d\d|20\d\d)\b", re.I)),
    ("iso", re.compile(r"\b(20\d\d|1[89]\d\d)-(\d\d)-(\d\d)\b|\b(20\d\d|1[89]\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})\.")),   # and "1996. 4. 12."
    ("dm", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?(" + _M + r")\b(?!\.?,?\s+(?:de\s+)?"
                                                                          r"\d{4})", re.I)),
    ("md", re.compile(r"\b(" + _M + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})(?!\s*-?\d{2})", re.I)),
    # "Last November, it signed ...", "in March", "el pasado mayo": a month without its year
    # "welcomed Galle as a friendship city in April this year", "signed in May last year"
    ("month_rel", re.compile(r"\b(" + _M + r")\s+(this|last|next)\s+year\b", re.I)),
    ("month", re.compile(r"\b(last|this|next|in|early|late|mid|since|by|until|en|em|pasado)[\s-]+(?:de\s+)?(" + _M + r")\b"
                         r"(?!\.?\s+\d)(?!,?\s+(?:de\s+|del\s+|of\s+)?\d{4})(?!\s+(?:del?|la|los|[A-Z]))", re.I)),   # never "in Mar del Plata"
    ("year", re.compile(r"(?<![\$\d.,])\b(1[89]\d\d|20\d\d)\b(?!s\b|\s*(?:percent|%|km|people|tons|yuan))")),
    ("anniv", re.compile(r"\b(?:" + _ORD + r")\s+(?:anniversar(?:y|ies)|year)\b", re.I)),
    # "el 60 aniversario de su hermanamiento", "o 25.º aniversário da geminação"
    ("anniv", re.compile(r"\b(\d{1,3})(?:º|°|\.º|\.°|e|ème|eme|er)?()\s+ann?ivers[aá]i?r[eio]o?\b", re.I)),   # and "le 50e anniversaire"
    # "the golden jubilee of its twinning", "our silver jubilee": 50 and 25 years
    ("jubilee", re.compile(r"\b(silver|ruby|golden|gold|diamond)\s+(?:jubilee|anniversary)\b", re.I)),
    # "a quarter of a century of friendship", "twinned a quarter of a century ago", "celebrated a quarter-century with"
    ("century", re.compile(r"\b(a\s+quarter\s+of\s+a|a\s+quarter|half\s+a)[\s-]+century\s+(?:of\s+(?:partnership|friendship|ties|twinning|sisterhood|"
                           r"cooperation|exchanges?|relations(?:hip)?)|ago\b|(?<=century\s)(?=with\s+[A-Z]|as\s+(?:sister|twin|partner)))", re.I)),
    ("years_of", re.compile(r"\b" + _NUM + r"\s+years\s+of\s+(?:partnership|friendship|ties|relation"
                                           r"s|twinning|"
                            r"sisterhood|cooperation|exchanges?|relationship)|\b" + _NUM + r"\s+years\s+as\s+"
                            r"(?:sister|friendship|twin|partner)[\s-]+(?:cities|towns|provinces)|\b" + _NUM + r"\s+(?:años|anos)\s+d(?:e|el|a|o)\s+(?:hermanamiento|"
                            r"amistad|geminação|geminacao|irmandade|amizade|relaci[oó]n|cooperaci[oó]n|(?:acordo|acuerdo|pacto|convenio|convênio)\s+de\s+"
                            r"(?:cidades|ciudades|hermanamiento|geminação|amistad|amizade|irmandade))|\b" + _NUM_FR + r"\s+ans\s+d(?:e\s+|['’])"
                            r"(?:jumelage|amitié|partenariat|coopération)", re.I)),
    ("years_since", re.compile(r"\b(?:marking|marks|marked|mark|celebrat\w+|commemorat\w+)\s+(?:more\s+than\s+|over\s+)?" + _NUM + r"\s+years\b|"
                               r"\b" + _NUM + r"\s+years\s+since\s+(?:the|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:was|were)\s+(?:first\s+|officially\s+)?(?:signed|established|formed|twinned)|"
                               # "ten years since Belgrade twinned with Lusaka"
                               r"\b" + _NUM + r"\s+years\s+since\s+(?:[A-Z][\w\-]+\s+){1,3}(?:first\s+)?(?:twinned|partnered|paired|teamed\s+up|signed|linked)\b|"
                               r"\b" + _NUM + r"[\s-]+year(?:[\s-]+old)?[\s-]+(?:(?:sister|twin|friendship|partner)[\s-]+(?:city|town|state|province|county)[\s-]+)?"
                               r"(?:relationship|partnership|twinning|friendship|ties|tie|alliance|bond|link|sisterhood|agreement)", re.I)),
    ("years_after", re.compile(r"\b" + _NUM + r"\s+years\s+after\s+(?:the|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:(?:was|were)\s+|(?=first\s+))(?:first\s+|officially\s+)?"
                               r"(?:signed|established|formed|twinned|made|forged|created|sealed)", re.I)),
    ("for_years", re.compile(r"\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?" + _NUM + r"\s+years\b|"
                             # "renew sister city pact after 40 years"; never "after two years of talks"
                             r"\b(?:renew\w*|re-?sign\w*|reviv\w*|celebrat\w*|reaffirm\w*|end(?:s|ed|ing)?|c(?:o|a)me\s+to\s+an\s+end|wound\s+up|dissolv\w*|"
                             r"terminat\w*|suspend\w*|scrapp\w*)\b[^.;]{0,80}?\bafter\s+" + _NUM + r"\s+years\b(?!\s+of\s+(?:talks|negotiations|discussions|work|planning))"
                             r"(?=\s*$|\s*[,.;])|"
                             # "the twinning with Emmerich was \"in rude health\" after 49 years", "still going strong after 30 years"
                             r"\b(?:going\s+strong|thriving|flourishing|alive|in\s+(?:rude|good|fine|great)\s+health)[\"”\']?\s+after\s+" + _NUM + r"\s+years\b", re.I)),
    ("years_ago", re.compile(r"\b" + _NUM + r"\s+years\s+ago\b|\b(?:goes|go|going|went|dates?|dating|stretch(?:es|ing)?)\s+back\s+"
                             r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?" + _NUM + r"\s+years\b|\b(?:desde\s+)?hace\s+(?:m[aá]s\s+de\s+)?" + _NUM + r"\s+años\b|"
                             r"\b(?:desde\s+)?h[áa]\s+(?:mais\s+de\s+)?" + _NUM + r"\s+anos\b|\bdepuis\s+(?:plus\s+de\s+)?" + _NUM_FR + r"\s+ans\b", re.I)),
    ("decades", re.compile(r"\b(?:" + _NUM + r"\s+decades\s+(?:ago|since\s+(?:the|their|its)\b)|for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
                           + _NUM + r"\s+decades|" + _NUM + r"\s+decades\s+of\s+(?:partnership|friendship|ties|relations|"
                           r"twinning|sisterhood|cooperation|exchanges?|relationship)|"
                           # "to mark six decades as sister cities"
                           + _NUM + r"\s+decades\s+as\s+(?:sister|twin|twinned|friendship|partner)[\s-]+(?:cities|towns|provinces|states))\b", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|este\s+|el\s+|last\s+|nesta\s+|neste\s+)?(" + _WD + r")\b", re.I)),
    ("this_month", re.compile(r"\b(this|last)\s+month\b", re.I)),
    ("this_year", re.compile(r"\b(earlier\s+this|this|last|later\s+this)\s+year\b", re.I)),
    ("today", re.compile(r"\b(today|yesterday|hoy|ayer)\b", re.I)),
]
LEVEL = {"jubilee": 3, "month_rel": 2, "since": 1, "origin": 1, "decades": 3, "dmy": 2, "mdy": 2, "my": 2, "iso": 2, "year": 2, "dm": 4, "md": 4, "month": 4, "anniv": 3, "years_of": 3, "century": 3,
         "for_years": 3, "years_ago": 3, "years_since": 3, "years_after": 3, "weekday": 4, "this_month": 4, "this_year": 4, "today": 4}


@dataclass(frozen=True, slots=True)
class DateExpr:
    start: int
    end: int
    value: str          # YYYY, YYYY-MM or YYYY-MM-DD
    level: int
    derived: bool
    kind: str


def _pub(published: str | None) -> tuple[int | None, int | None, int | None]:
    if not published:
        return None, None, None
    parts = [int(p) for p in published.split("-")[:3]]
    return tuple(parts + [None] * (3 - len(parts)))  # type: ignore[return-value]


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.lower()
    return int(s) if s.isdigit() else NUMWORDS.get(s, ORDWORDS.get(s, FR_NUMWORDS.get(s)))


def _ymd(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        dt.date(y, m, d)
    except ValueError:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


# every pattern needs a digit or one of these words: most sentences are skipped with one search
_MAYBE = re.compile(r"\d|\bans\b|year|month|today|yesterday|hoy|ayer|anniversar|anivers|decade|century|años|anos|"
                    + _M + "|" + _WD, re.I)


COUNT_SINCE = re.compile(r"\b(?:becomes?|became|is|was)\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                         r"\s+(?:[\w\-]+\s+){1,10}$", re.I)
COUNTED_FROM = re.compile(r"\s*(?:of\s+(?:their|the|its|our)\s+(?:[\w\-]+\s+){0,3}?)?,?\s*(?:in|en|em)\s+(1[89]\d\d|20\d\d)\b(?!\s*[–\-])")
# "no visits took place for five years", "had not met for a decade": a time without the tie's life, no start
ABSENT_FOR = re.compile(r"\b(?:no|not|never|without|nobody|none)\b[^,.;]{0,50}$", re.I)
VISIT_SINCE = re.compile(r"\b(?:first|last|latest|only)\s+(?:[\w\-]+\s+)?(?:visits?|trips?|delegations?|exchanges?|time|meetings?)\s+(?:here\s+)?$", re.I)


def find_dates(text: str, start: int, end: int, published: str | None) -> list[DateExpr]:
    """All date expressions in ``text[start:end]``, resolved against ``published`` where needed."""
    if _MAYBE.search(text, start, end) is None:
        return []
    py, pm, pd = _pub(published)
    taken: list[tuple[int, int]] = []
    out: list[DateExpr] = []
    later: list[re.Match] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, rx in PATTERNS:
        for m in rx.finditer(text, start, end):
            s, e = m.span()
            if not free(s, e):
                continue
            value, derived = _value(kind, m, py, pm, pd)
            if value is None and py is None and kind in ("anniv", "years_of", "years_since") and (
                    at := COUNTED_FROM.match(text, e, end)):
                # an undated page: "celebrated the 50th anniversary of their relationship in 2022" counts from 2022
                value, derived = _value(kind, m, int(at.group(1)), None, None)
            taken.append((s, e))
            if kind == "since" and VISIT_SINCE.search(text, max(start, s - 30), s):
                continue    # "for the first visit since 2019": when people last came, not when the tie began
            if kind == "since" and COUNT_SINCE.search(text, max(start, s - 90), s) and value is not None:
                # "Paphos becomes the 14th foreign city to build ties with Samarkand since 1992": when the count
                # began, no date of the ties before it (but of "..., the year Samarkand and Nishapur agreed")
                out.append(DateExpr(s, e, value, 2, derived, "count_since"))
                continue
            if kind == "years_of" and re.search(r"\b(?:following|after)\s+$", text[max(start, s - 12):s]):
                continue    # "the proposed twinning ..., following two years of exchanges": what led to it, not its age
            if kind in ("for_years", "decades") and ABSENT_FOR.search(text, max(start, s - 60), s):
                continue    # "after no visits took place for five years": how long nothing happened
            if kind == "years_after":
                later.append(m)     # resolved once every other date of the sentence is known
                continue
            if value is None:
                continue
            out.append(DateExpr(s, e, value, LEVEL[kind], derived, kind))
    for m in later:
        value = _years_after(m, out, py)
        if value is not None:
            out.append(DateExpr(m.start(), m.end(), value, LEVEL["years_after"], True, "years_after"))
    if py:
        out = [_shifted(d, text, start, end, py) if d.kind in ("anniv", "years_of", "years_since", "century", "decades", "jubilee") and d.value.isdigit() else d
               for d in out]
    if any(d.kind in ("anniv", "years_of", "years_since") for d in out):
        # "marked 15 years of partnership in 2020": the year counted from is no date of its own
        counted = {m.end() for d in out if d.kind in ("anniv", "years_of", "years_since")
                   for m in [COUNTED_FROM.match(text, d.end, end)] if m}
        out = [d for d in out if not (d.kind == "year" and d.end in counted)]
    out.sort(key=lambda d: d.start)
    return out


def _shifted(d: DateExpr, text: str, start: int, end: int, py: int) -> DateExpr:
    """An anniversary counted from another year than the page's: "preparing to mark 10 years of its
    agreement ... next year", "next year's 35th anniversary" (+1), "celebrated its 40th anniversary last
    year" (-1), "the two cities marked 15 years of partnership in 2020" (from 2020)."""
    n = int(d.value)
    at = COUNTED_FROM.match(text[d.end:end])
    if at and int(at.group(1)) < py:
        return DateExpr(d.start, d.end, str(int(at.group(1)) - (py - n)), d.level, d.derived, d.kind)
    after = text[d.end:end]
    before = text[max(start, d.start - 24):d.start]
    if re.search(r"\bnext\s+year\b", after) or re.search(r"\bnext\s+year['’]s\s+(?:[\w\-]+\s+)?$", before):
        return DateExpr(d.start, d.end, str(n + 1), d.level, d.derived, d.kind)
    if re.search(r"\blast\s+year\b", after) or re.search(r"\blast\s+year['’]s\s+(?:[\w\-]+\s+)?$", before):
        return DateExpr(d.start, d.end, str(n - 1), d.level, d.derived, d.kind)
    return d


def _years_after(m: re.Match, found: list[DateExpr], py: int | None) -> str | None:
    """ "in October 2019, three years after the agreement was signed" -> 2016; "on Saturday, 30 years
    after the link was first made" in a 2025 article -> 1995."""
    n = _num(m.group(1))
    ref = [d for d in found if d.level in (2, 4) and d.end <= m.start()]
    if not n:
        return None
    if ref:
        return str(int(ref[-1].value[:4]) - n)
    return str(py - n) if py else None


def _value(kind, m, py, pm, pd) -> tuple[str | None, bool]:
    g = m.groups()
    if kind in ("my", "mdy", "dmy", "dm", "md", "since", "month", "month_rel") and re.search(r"\bmay\b", m.group(0)):
        return None, False  # the modal verb, not the month
    if kind == "range":
        return None, False
    if kind in ("since", "origin"):
        return _ymd(int(g[1]), MONTHS.get(g[0].lower()) if g[0] else None), False
    if kind == "dmy":
        return _ymd(int(g[2]), MONTHS[g[1].lower()], int(g[0])), False
    if kind == "mdy":
        return _ymd(int(g[2]), MONTHS[g[0].lower()], int(g[1])), False
    if kind == "my":
        return _ymd(int(g[1]), MONTHS[g[0].lower()]), False
    if kind == "iso":
        y, mo, d = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        return _ymd(int(y), int(mo), int(d)), False
    if kind == "year":
        return g[0], False
    if kind in ("dm", "md"):
        if py is None:
            return None, False
        day, mon = (int(g[0]), MONTHS[g[1].lower()]) if kind == "dm" else (int(g[1]), MONTHS[g[0].lower()])
        if not 1 <= day <= 31:
            return None, False
        y = py if (pm is None or mon <= pm) else py - 1
        return _ymd(y, mon, day), False
    if kind == "month_rel":
        if py is None:
            return None, True
        return _ymd(py + {"this": 0, "last": -1, "next": 1}[g[1].lower()], MONTHS[g[0].lower().rstrip(".")]), True
    if kind == "month":
        if py is None or pm is None:
            return None, True
        mon, rel = MONTHS[g[1].lower().rstrip(".")], g[0].lower()
        if rel == "next":
            y = py if mon > pm else py + 1
        elif rel == "this":
            y = py
        elif rel == "last":
            y = py if mon < pm else py - 1
        else:
            y = py if mon <= pm else py - 1
        return _ymd(y, mon), True
    if py is None:
        return None, True
    if kind == "anniv":
        n = _num(g[0] or g[1])
        return (str(py - n), True) if n else (None, True)
    if kind == "jubilee":
        return str(py - {"silver": 25, "ruby": 40, "golden": 50, "gold": 50, "diamond": 60}[g[0].lower()]), True
    if kind == "century":
        return str(py - (25 if g[0].lower().startswith("a") else 50)), True
    if kind == "years_after":
        return None, True   # resolved against the sentence's own date in find_dates
    if kind == "decades":
        n = _num(next((x for x in g if x), None))
        return (str(py - 10 * n), True) if n else (None, True)
    if kind in ("years_of", "for_years", "years_ago", "years_since"):
        n = _num(next((x for x in g if x), None))
        return (str(py - n), True) if n else (None, True)
    if kind == "weekday":
        if pd is None:
            return None, True
        p = dt.date(py, pm, pd)
        delta = (p.weekday() - WEEKDAYS[g[0].lower()]) % 7
        if m.group(0).lower().startswith("last") and delta == 0:
            delta = 7
        return (p - dt.timedelta(days=delta)).isoformat(), True
    if kind == "this_month":
        if pm is None:
            return None, True
        if g[0].lower() == "last":
            return (_ymd(py, pm - 1) if pm > 1 else _ymd(py - 1, 12)), True
        return _ymd(py, pm), True
    if kind == "this_year":
        return (str(py - 1) if g[0].lower() == "last" else str(py)), True
    if kind == "today":
        if pd is None:
            return None, True
        p = dt.date(py, pm, pd)
        if g[0].lower() in ("yesterday", "ayer"):
            p -= dt.timedelta(days=1)
        return p.isoformat(), True
    return None, False


# "Gresham marked 20 years of friendship with Pokhara, ... a relationship that formally began in 2004";
# "Dayton has had a partnership since 1974 with Galle and marked its 50th year": a count and its start
_SPAN = re.compile(r"\b" + _NUM + r"\s+years\s+of\s+(?:partnership|friendship|ties|twinning|sisterhood|cooperation|relations(?:hip)?)\b|"
                   r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:year|anniversary)\b", re.I)
_FROM = re.compile(r"\b(?:since|began\s+in|begun\s+in|established\s+in|signed\s+in|dating\s+from|dates\s+(?:back\s+)?to|formed\s+in)\s+"
                   r"(1[89]\d\d|20\d\d)\b", re.I)


def implied_year(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The year of an undated page, where its anniversaries fix it: each sentence (``spans``) that gives a
    tie's start and its age points to one year; all that do must agree."""
    years = set()
    for start, end in spans:
        n = _SPAN.search(text, start, end)
        y = _FROM.search(text, start, end) if n else None
        if y:
            years.add(int(y.group(1)) + (_num(n.group(1)) or int(n.group(2) or 0)))
    return str(years.pop()) if len(years) == 1 else None
