# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""People with roles ("Rob H. Burton, mayor of Oakville", "Guangzhou Mayor Chen Jianhua"), events
(signing, visit, delegation, forum, conference, anniversary) and cooperation areas."""

from __future__ import annotations

import re

from .dates import DateExpr
from .places import Mention

NAME = r"([A-Z][\w'’\-]+(?:\s+[A-Z]\.)?(?:\s+(?:[A-Z][\w'’\-]+|de|van|von|bin)){1,3})"
ROLE = (r"((?:vice\s+|deputy\s+|executive\s+|former\s+|acting\s+)?(?:mayor|governor|president|direct"
        r"or(?:-general)?|"
        r"head|chief\s+of\s+protocol|chief|senator|councill?or|adviser|advisor|liaison\s+officer|minister|"
        r"secretary(?:-general)?|chairman|chairwoman|ambassador|consul(?:\s+general)?|intendente|alcalde|"
        r"party\s+secretary|premier|lord\s+mayor)(?:\s+(?:for|of)\s+[a-z][\w\s&]{0,40}?)?)")
PERSON_ROLE = re.compile(NAME + r",\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}?" + ROLE + r"\s+(?:of|from"
                                                                                     r"|in|at)\s+(?:the\s+)?")
TITLE_PERSON = re.compile(r"\b(Mayor|Governor|Vice\s+Mayor|Deputy\s+Mayor|President|Senator|Councill"
                          r"or|Intendente)\s+"
                          + NAME)
PLACE_TITLE = re.compile(r"(Mayor|Governor|Vice\s+Mayor|Deputy\s+Mayor)\s+" + NAME)
# "Xiangtan vice mayor Liu Yanping": a role in lower case, then the name
ROLE_BEFORE = re.compile(r"\b(?:vice\s+|deputy\s+|executive\s+)?(?:mayor|governor|chairman|chairwoman|president|councill?or|"
                         r"party\s+secretary|secretary|minister)\s+" + NAME + r"|"
                         # "Khokim of Bukhara city Karim Nurullayev": a Central Asian head, his city, his name
                         r"\b(?:[Kk]hokim|[Hh]okim|[Aa]kim)\s+of\s+[A-Z][\w\-]+(?:\s+(?:city|region|oblast))?\s+" + NAME)
# "the chairman of Port Harcourt City Local Government, Ibiso Amadi, signed": the name in apposition to a role
ROLE_NAME = re.compile(r"\b" + ROLE + r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,6}?[A-Z][\w'’\-]*)?,\s+" + NAME + r"\s*,")
# ", a district of some 400,000 residents": what follows a place, never a speaker
PLACE_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-,]+\s+){0,3}?(?:city|town|district|county|province|municipality|village|"
                           r"port|suburb|region|prefecture|borough)\b")
SAID_NAME = re.compile(r"\b(?:said|says)\s+" + NAME + r"|" + NAME + r"\s+(?:said|says)\b")

EVENT_WORDS = [
    ("signing", re.compile(r"\b(?:sign(?:ed|ing)|inked|firm[óo])\b", re.I)),
    ("delegation", re.compile(r"\bdelegations?\b", re.I)),
    ("visit", re.compile(r"\bvisit(?:ed|s|ing)?\b", re.I)),
    ("forum", re.compile(r"\bforum\b", re.I)),
    ("conference", re.compile(r"\b(?:conference|summit|dialogue)\b", re.I)),
    ("anniversary", re.compile(r"\banniversar(?:y|ies)\b", re.I)),
    ("exchange programme", re.compile(r"\bexchange\s+(?:program|programme|trip)s?\b", re.I)),
]
AREAS = {
    "trade": r"\btrade\b", "investment": r"\binvest", "education": r"\beducat|\bschools?\b|universit",
    "culture": r"\bcultur", "tourism": r"\btouris", "innovation and technology": r"\binnovat|\btechnolog",
    "environment": r"\benvironment|green\s+growth|low-carbon", "health": r"\bhealth|medical",
    "agriculture": r"\bagricultur", "energy": r"\benergy\b", "sport": r"\bsports?\b", "youth": r"\byouth|young\s+people",
    "media and film": r"\bfilm\b|\bmedia\b", "smart city": r"\bsmart\s+cit", "urban planning": r"urban\s+planning|urban\s+construction",
}
_AREAS = {k: re.compile(v, re.I) for k, v in AREAS.items()}


def person_names(text: str) -> set[str]:
    """Names that the text shows to be people (folded), so the place finder can set them aside."""
    from .lexicon import fold, known_places

    out: set[str] = set()
    for rx in (PERSON_ROLE, TITLE_PERSON, SAID_NAME, ROLE_NAME, ROLE_BEFORE):
        for m in rx.finditer(text):
            name = next((g for g in m.groups() if g and g[0].isupper() and g not in ("Mayor", "Governor")
                         and not g.startswith(("Vice", "Deputy", "President", "Senator", "Councillor", "Intendente"))),
                        None)
            if not name or rx is SAID_NAME and (fold(name) in known_places() or PLACE_APPOSED.match(text, m.end())):
                continue    # "Hòa said Cần Thơ has ...", "said Villa El Salvador, a district of ...": a place, not a speaker
            out.add(fold(name))
            parts = name.split()
            if len(parts) >= 2:
                out.add(fold(parts[-1]))
    return out


def sentence_people(text: str, start: int, end: int, ms: list[Mention], place_of) -> list[dict]:
    st = text[start:end]
    out = []
    for m in PERSON_ROLE.finditer(st):
        pm = next((x for x in ms if x.kind in ("place", "country") and x.start >= start + m.end() - 1), None)
        out.append({"name": m.group(1), "role": m.group(2).strip(), "place": place_of(pm) if pm else None})
    for m in PLACE_TITLE.finditer(st):
        pm = next((x for x in reversed(ms) if x.kind == "place" and x.end <= start + m.start()
                   and start + m.start() - x.end <= 2), None)
        if pm:
            out.append({"name": m.group(2), "role": m.group(1).lower(), "place": place_of(pm)})
    return out


def sentence_event(text: str, start: int, end: int, ms: list[Mention], ds: list[DateExpr], place_of) -> dict | None:
    st = text[start:end]
    kind = next((k for k, rx in EVENT_WORDS if rx.search(st)), None)
    places = [place_of(m) for m in ms if m.kind == "place" and not m.locator]
    if kind is None or not places:
        return None
    date = next((d.value for d in ds if d.level in (2, 4)), None)
    return {"kind": kind, "date": date, "places": places[:6], "evidence": st.strip(), "start": start, "end": end}


def cooperation_areas(text: str) -> list[str]:
    """The cooperation areas (DESIGN.md's list) the sentence names."""
    return [k for k, rx in _AREAS.items() if rx.search(text)]
