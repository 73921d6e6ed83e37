"""Reading a place as people write it: qualifiers, parentheses and kind words.

"Kansas City, Missouri", "Kansas City, US-MO", "Futian (Shenzhen)", "Oakville, Ontario",
"Auckland, New Zealand", "Carabobo State", "Trier City, Rhineland-Palatinate",
"No. 5 District of Bobo Dioulasso". A qualifier is a country, an ISO 3166-2 code or a place the
answer must lie in; a kind word favours places of that kind.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import kind_words, variants
from .normalize import is_cjk

if TYPE_CHECKING:
    from .core import Gazetteer, GazPlace

KIND_BONUS = 2.5
FULL_MATCH_BONUS = 0.3
_PAREN = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<qual>[^()]*)\)\s*(?P<tail>.*)$")
_OF_TAIL = re.compile(r"^.*?\b(?:district|ward|sector|arrondissement|borough|commune|quarter|"
                      r"municipality|county|suburb|part|area)\s+of\s+(?:the\s+)?(?P<rest>.+)$",
                      re.I)
_CJK_KIND = {"区": "district", "區": "district", "구": "district", "市": "city", "県": "state_province",
             "省": "state_province", "县": "county", "縣": "county", "镇": "city", "鎮": "city"}
_NUMBERED = re.compile(r"^(.+?)\s+(?:\d+|[IVX]+)(?:e|er|st|nd|rd|th|\.)?$")
_ISO3166_2 = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$")


def parse(query: str) -> tuple[str, list[str]]:
    """Split a query into its name and its qualifiers."""
    text = " ".join(query.split())
    quals: list[str] = []
    m = _PAREN.match(text)
    if m:
        quals.append(m.group("qual").strip())
        text = (m.group("head") + " " + m.group("tail")).strip(" ,")
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return "", quals
    return parts[0], parts[1:] + quals


def _qualifier(gaz: Gazetteer, qual: str) -> tuple[str | None, set[int]]:
    """(country code, ids of places the answer must lie in) for one qualifier."""
    if _ISO3166_2.match(qual) and qual.upper() != "CN-TW":
        sub = gaz.subdivision_by_code(qual)
        if sub is not None:
            return None, {sub.id}
    code = gaz.country_code(qual)
    places = [p for _, p in _candidates(gaz, qual, None) if p.kind != "district"][:8]
    containers = [p for p in places if p.kind not in ("city", "district")]
    if containers:  # "Kansas" names the state, not Kansas City (whose short form it also is)
        places = containers
    return code, {p.id for p in places}


def _candidates(gaz: Gazetteer, name: str, country: str | None) -> list[tuple[float, GazPlace]]:
    best: dict[int, tuple[float, GazPlace]] = {}

    def add(score: float, p: GazPlace) -> None:
        if p.id not in best or best[p.id][0] < score:
            best[p.id] = (score, p)

    for s, p in gaz.scored(name, country):
        add(s + FULL_MATCH_BONUS, p)
    full = bool(best)
    for base, kind in kind_words(name):
        for s, p in gaz.scored(base, country):
            if p.kind == kind:
                add(s + KIND_BONUS, p)
            elif not full:  # "Kansas City" is not a reading of Kansas when the name matches
                add(s, p)
    if not best and len(name) >= 2 and is_cjk(name[-1]) and name[-1] in _CJK_KIND:
        # "福田区": the data often knows "福田" only for same-named towns; bridge through their
        # romanised name ("Futian") to the place of the kind the suffix names
        kind = _CJK_KIND[name[-1]]
        for s, p in gaz.scored(name[:-1], country):
            add(s - 0.5 + (KIND_BONUS if p.kind == kind else 0.0), p)
            for s2, p2 in gaz.scored(p.name, country):
                add(s2 - 0.5 + (KIND_BONUS if p2.kind == kind else 0.0), p2)
    if not best:
        m = _OF_TAIL.match(name)
        if m:
            return _candidates(gaz, m.group("rest"), country)
        for v in variants(name):  # "Provinz Salerno", "Landkreis Forchheim", "Warminster Township"
            for s, p in gaz.scored(v, country):
                add(s, p)
    if not best and _NUMBERED.match(name):  # "Prague 5", "Paris 13e"
        return _candidates(gaz, _NUMBERED.match(name).group(1), country)
    return sorted(best.values(), key=lambda sp: (-sp[0], sp[1].id))


def resolve(gaz: Gazetteer, query: str, country: str | None = None,
            limit: int = 20) -> list[tuple[float, GazPlace]]:
    name, quals = parse(query)
    if not name:
        return []
    cands = _candidates(gaz, name, country)
    if not cands and re.search(r"\s[–—-]\s", name):  # "Berlin – Charlottenburg", "Nantou – Puli"
        head, tail = re.split(r"\s[–—-]\s", name, maxsplit=1)
        cands = _candidates(gaz, tail, country)
        if cands:
            quals = [head, *quals]
        else:
            cands = _candidates(gaz, head, country)
    if not cands and quals:
        # a part not in the gazetteer ("Old Havana (Havana)"): the place it names as its container
        for qual in quals:
            cands = [sp for sp in _candidates(gaz, qual, country) if sp[1].kind != "country"]
            if cands:
                return cands[:limit]
    if not quals and not cands and gaz.country_code(name):
        p = gaz.country_place(gaz.country_code(name) or "")
        return [(gaz.rank(p.id), p)] if p else []
    for qual in quals:
        code, within = _qualifier(gaz, qual)
        if not code and not within:
            continue
        kept = [
            sp for sp in cands
            if sp[1].country == code
            or any(sp[1].id != w and gaz.is_within(sp[1].id, w) for w in within)
        ]
        if kept:
            cands = kept
    return cands[:limit]
