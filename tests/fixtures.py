"""A small world written in code: places, a gazetteer over them, and a bundle like the real one.

Tests never depend on the real world dataset: they build this one, so what they check is visible here.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from cityties.gazetteer import Gazetteer, GazPlace


def P(id, name, kind, country, parent, pop=0, lat=None, lng=None, admin=None, cont=None):
    return GazPlace(id, name, kind, country, parent, lat, lng, pop, admin, cont)


PLACES = [
    P(1, "China", "country", "CN", None, 1_400_000_000, 35.0, 103.0, None, "Asia"),
    P(2, "Guangdong", "state_province", "CN", 1, 120_000_000, 23.0, 113.0, "CN-GD", "Asia"),
    P(3, "Guangzhou", "city", "CN", 2, 13_000_000, 23.13, 113.26, "CN-GD", "Asia"),
    P(4, "Shenzhen", "city", "CN", 2, 17_000_000, 22.54, 114.06, "CN-GD", "Asia"),
    P(5, "Futian", "district", "CN", 4, 1_500_000, 22.52, 114.05, "CN-GD", "Asia"),
    P(6, "Shaanxi", "state_province", "CN", 1, 39_000_000, 34.0, 109.0, "CN-SN", "Asia"),
    P(7, "Xi'an", "city", "CN", 6, 8_000_000, 34.26, 108.93, "CN-SN", "Asia"),
    P(8, "Yan'an", "city", "CN", 6, 2_000_000, 36.59, 109.49, "CN-SN", "Asia"),
    P(10, "New Zealand", "country", "NZ", None, 5_000_000, -41.0, 174.0, None, "Oceania"),
    P(11, "Auckland", "city", "NZ", 10, 1_600_000, -36.85, 174.76, None, "Oceania"),
    P(20, "United States", "country", "US", None, 330_000_000, 39.0, -98.0, None, "North America"),
    P(21, "California", "state_province", "US", 20, 39_000_000, 37.0, -120.0, "US-CA",
      "North America"),
    P(22, "Los Angeles", "city", "US", 21, 3_900_000, 34.05, -118.24, "US-CA", "North America"),
    P(23, "Missouri", "state_province", "US", 20, 6_000_000, 38.5, -92.5, "US-MO", "North America"),
    P(24, "Kansas City", "city", "US", 23, 475_000, 39.10, -94.58, "US-MO", "North America"),
    P(25, "Kansas", "state_province", "US", 20, 2_900_000, 38.5, -98.0, "US-KS", "North America"),
    P(26, "Kansas City", "city", "US", 25, 152_000, 39.11, -94.63, "US-KS", "North America"),
    P(30, "Japan", "country", "JP", None, 125_000_000, 36.0, 138.0, None, "Asia"),
    P(31, "Nara", "city", "JP", 30, 360_000, 34.68, 135.80, "JP-29", "Asia"),
    P(40, "Russia", "country", "RU", None, 144_000_000, 60.0, 90.0, None, "Europe"),
    P(41, "Tolyatti", "city", "RU", 40, 700_000, 53.51, 49.42, "RU-SAM", "Europe"),
    P(50, "Canada", "country", "CA", None, 38_000_000, 60.0, -95.0, None, "North America"),
    P(51, "Ontario", "state_province", "CA", 50, 14_000_000, 50.0, -85.0, "CA-ON", "North America"),
    P(52, "Oakville", "city", "CA", 51, 213_000, 43.45, -79.68, "CA-ON", "North America"),
    P(60, "France", "country", "FR", None, 67_000_000, 46.0, 2.0, None, "Europe"),
    P(61, "Toulouse", "city", "FR", 60, 480_000, 43.60, 1.44, "FR-OCC", "Europe"),
]
NAMES = {7: ["Xian", "西安"], 41: ["Togliatti"], 2: ["Guangdong Province"], 6: ["Shaanxi Province"]}

# partnerships of the bundle, by gazetteer id, with the sources that state them
PAIRS = [
    (3, 11, ["wikidata_p190_2016", "wikipedia_twin_cities_2026"]),
    (3, 22, ["wikidata_p190_2016"]),
    (7, 31, ["wikipedia_twin_cities_2026"]),
    (7, 24, ["wikidata_p190_2016"]),
    (8, 26, ["wikidata_cities_2026"]),
    (5, 41, ["wikipedia_twin_cities_2026"]),
    (24, 61, ["wikidata_p190_2016"]),
]
WIKIDATA = {3: "Q16572", 11: "Q37100", 22: "Q65", 7: "Q5826", 31: "Q169134"}


def gazetteer(path: str | None = None) -> Gazetteer:
    return Gazetteer.from_places(PLACES, NAMES, path=path)


def write_bundle(folder: Path, pairs=PAIRS) -> Path:
    """A bundle in the format `cityties.world` loads, holding the pairs and their places."""
    folder.mkdir(parents=True, exist_ok=True)
    by_id = {p.id: p for p in PLACES}
    used = set()
    for a, b, _ in pairs:
        for pid in (a, b):
            while pid is not None and pid not in used:
                used.add(pid)
                pid = by_id[pid].parent_id
    cols = ["key", "name", "kind", "country", "parent_key", "lat", "lng", "population",
            "geonames_id", "wikidata", "continent", "admin_code", "names"]
    with gzip.open(folder / "places.tsv.gz", "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        for pid in sorted(used, reverse=True):  # children before parents: the loader must cope
            p = by_id[pid]
            w.writerow([f"gn:{p.id}", p.name, p.kind, p.country,
                        f"gn:{p.parent_id}" if p.parent_id else "", p.lat or "", p.lng or "",
                        p.population, p.id, WIKIDATA.get(p.id, ""), p.continent or "",
                        p.admin_code or "", "|".join(NAMES.get(p.id, []))])
    with gzip.open(folder / "partnerships.tsv.gz", "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["a_key", "b_key", "type", "stage", "sources", "refs"])
        for a, b, srcs in pairs:
            w.writerow([f"gn:{a}", f"gn:{b}", "twin", "active", "|".join(srcs),
                        "|".join(f"{by_id[a].name}~{by_id[b].name}" for _ in srcs)])
    (folder / "sources.json").write_text(json.dumps({
        "wikidata_p190_2016": {"title": "Wikidata P190 (2016)", "licence": "CC0-1.0"},
        "wikipedia_twin_cities_2026": {"title": "Wikipedia twin town lists",
                                       "licence": "CC-BY-SA-4.0"},
        "wikidata_cities_2026": {"title": "Wikidata twinned cities (2026)", "licence": "CC0-1.0"},
    }), encoding="utf-8")
    return folder
