"""The publication date a page prints in its head, for texts that arrive without one.

A saved news page keeps its byline: "By Xu Jingxi (China Daily) Updated: 2014-11-17 07:32",
"2018-05-30 22:08:31 , Source : ...", "Published on March 3, 2019", a line with just
"18 de diciembre de 2025". Only the head of the text is read, and only dates that stand as a
byline (after a label such as "Updated", or alone at the start of a line), never a date of the
story itself ("In July 2016, ...").
"""

from __future__ import annotations

import re

# month names of the languages the news reader meets (English, Spanish, French, German)
MONTHS = {m: i for i, ms in enumerate([
    ("january", "jan", "enero", "janvier", "januar", "janeiro"),
    ("february", "feb", "febrero", "février", "februar", "fevereiro"),
    ("march", "mar", "marzo", "mars", "märz", "março"),
    ("april", "apr", "abril", "avril"),
    ("may", "mayo", "mai", "maio"),
    ("june", "jun", "junio", "juin", "juni", "junho"),
    ("july", "jul", "julio", "juillet", "juli", "julho"),
    ("august", "aug", "agosto", "août"),
    ("september", "sep", "sept", "septiembre", "septembre", "setembro"),
    ("october", "oct", "octubre", "octobre", "oktober", "outubro"),
    ("november", "nov", "noviembre", "novembre", "novembro"),
    ("december", "dec", "diciembre", "décembre", "dezember", "dezembro")], start=1) for m in ms}

HEAD_CHARS = 1500

_M = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DATE = (
    r"(?:(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<mon2>" + _M + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<mon3>" + _M + r")\.?,?\s+(?:de\s+|del\s+)?"
    r"(?P<y3>(?:19|20)\d\d))"
)
_LABEL = re.compile(
    r"\b(?:last\s+updated|updated|published|posted|released|publication\s+date|date|publicado|"
    r"publié|actualizado|mis\s+à\s+jour)\s*(?:on|at|el|le)?\s*[:：|]?\s*" + _DATE + r"\b", re.I)
# a date opening a line, followed by a time, a separator or the end of the line
_LINE = re.compile(r"^[ \t]*(?:[A-Z][a-z]+day,?\s+)?" + _DATE
                   + r"(?=[ \t]*(?:\d{1,2}:\d\d|[,|·•\-–—]|$))", re.I | re.M)


def dateline(text: str) -> str | None:
    """``YYYY-MM-DD`` of the byline date in the head of ``text``, or None when it shows none."""
    head = text[:HEAD_CHARS]
    m = _LABEL.search(head) or _LINE.search(head)
    if m is None:
        return None
    g = m.groupdict()
    if g["y1"]:
        y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g["y2"]:
        y, mo, d = int(g["y2"]), MONTHS[g["mon2"].lower()], int(g["d2"])
    else:
        y, mo, d = int(g["y3"]), MONTHS[g["mon3"].lower()], int(g["d3"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# "/2023/8/30/", "/2011-09/14/", "?ud=20220420000712": the date a site files a story under
_URL_YMD = re.compile(r"(?<![\d])((?:19|20)\d\d)[/\-_](1[0-2]|0?[1-9])(?:[/\-_](3[01]|[12]\d|0?[1-9]))?"
                      r"(?=[/\-_.?&#]|$)")
_URL_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d\d)(1[0-2]|0[1-9])(3[01]|[12]\d|0[1-9])(?=\d{0,6}(?!\d))")


def url_date(url: str | None) -> str | None:
    """The date in a URL's path (GUIDELINES: the page's date when it prints none), as precise as it is."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip())
    m = _URL_YMD.search(path)
    if m:
        y, mo, d = m.group(1), int(m.group(2)), m.group(3)
        return f"{y}-{mo:02d}-{int(d):02d}" if d else f"{y}-{mo:02d}"
    m = _URL_COMPACT.search(path)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
