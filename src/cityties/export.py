"""Exporting the registry: CSV and JSON rows, GeoJSON (places as points, ties as lines), GraphML.

Each partnership is written with its sources, so an export stays citable.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from .ask.partners import partnerships_of
from .store.schema import Partnership, PartnershipSource, Place, Source

FORMATS = ("csv", "json", "geojson", "graphml")
FIELDS = ("partnership_id", "a", "a_country", "a_kind", "a_key", "a_wikidata", "b", "b_country",
          "b_kind", "b_key", "b_wikidata", "type", "stage", "since", "since_derived", "ended",
          "conflict", "sources")


def _partnerships(session: Session, place: Place | None = None, rollup: bool = False):
    A, B = aliased(Place), aliased(Place)
    q = (select(Partnership, A, B).join(A, A.id == Partnership.a_id)
         .join(B, B.id == Partnership.b_id).order_by(Partnership.id))
    if place is not None:
        q = q.where(Partnership.id.in_(partnerships_of(place.id, rollup)))
    return q


def iter_rows(session: Session, place: Place | None = None, rollup: bool = False) -> Iterator[dict]:
    """One flat dict per partnership, with the keys of its sources."""
    sources: dict[int, list[str]] = {}
    for pid, key in session.execute(
        select(PartnershipSource.partnership_id, Source.key)
        .join(Source, Source.id == PartnershipSource.source_id)
    ):
        sources.setdefault(pid, []).append(key)
    for p, a, b in session.execute(_partnerships(session, place, rollup)):
        yield {
            "partnership_id": p.id, "a": a.name, "a_country": a.country, "a_kind": a.kind,
            "a_key": a.key, "a_wikidata": a.wikidata, "b": b.name, "b_country": b.country,
            "b_kind": b.kind, "b_key": b.key, "b_wikidata": b.wikidata, "type": p.type,
            "stage": p.stage, "since": p.since, "since_derived": bool(p.since_derived),
            "ended": p.ended, "conflict": bool(p.conflict),
            "sources": sorted(sources.get(p.id, [])),
            "_a": a, "_b": b,
        }


def _public(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def write_csv(rows: Iterator[dict], out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    w.writeheader()
    n = 0
    for r in rows:
        r = _public(r)
        r["sources"] = "|".join(r["sources"])
        w.writerow(r)
        n += 1
    return n


def write_json(rows: Iterator[dict], out: IO[str]) -> int:
    items = [_public(r) for r in rows]
    json.dump({"partnerships": items}, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(items)


def _point(place: Place) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [place.lng, place.lat]},
        "properties": {"key": place.key, "name": place.name, "kind": place.kind,
                       "country": place.country, "wikidata": place.wikidata,
                       "population": place.population},
    }


def write_geojson(rows: Iterator[dict], out: IO[str]) -> int:
    """Places with coordinates as points; partnerships between two such places as lines."""
    points: dict[str, dict] = {}
    lines = []
    for r in rows:
        a, b = r["_a"], r["_b"]
        for p in (a, b):
            if p.lat is not None and p.key not in points:
                points[p.key] = _point(p)
        if a.lat is not None and b.lat is not None:
            lines.append({
                "type": "Feature",
                "geometry": {"type": "LineString",
                             "coordinates": [[a.lng, a.lat], [b.lng, b.lat]]},
                "properties": {k: v for k, v in _public(r).items()},
            })
    json.dump({"type": "FeatureCollection", "features": [*points.values(), *lines]}, out,
              ensure_ascii=False)
    out.write("\n")
    return len(lines)


def write_graphml(rows: Iterator[dict], path: Path) -> int:
    """Places as nodes, partnerships as edges, for Gephi, Cytoscape or networkx."""
    import networkx as nx

    g = nx.Graph()
    n = 0
    for r in rows:
        for p in (r["_a"], r["_b"]):
            if p.key not in g:
                g.add_node(p.key, name=p.name, kind=p.kind, country=p.country or "",
                           lat=p.lat if p.lat is not None else float("nan"),
                           lng=p.lng if p.lng is not None else float("nan"),
                           wikidata=p.wikidata or "")
        pub = _public(r)
        g.add_edge(r["a_key"], r["b_key"], type=pub["type"], stage=pub["stage"],
                   since=pub["since"] or "", sources="|".join(pub["sources"]))
        n += 1
    nx.write_graphml(g, path)
    return n


def export(session: Session, fmt: str, out_path: Path | None, stream: IO[str] | None = None,
           place: Place | None = None, rollup: bool = False) -> int:
    """Write the registry (or one place's partnerships) as `fmt`; returns partnerships written."""
    rows = iter_rows(session, place, rollup)
    if fmt == "graphml":
        if out_path is None:
            raise ValueError("GraphML needs --out FILE")
        return write_graphml(rows, out_path)
    writer = {"csv": write_csv, "json": write_json, "geojson": write_geojson}[fmt]
    if out_path is None:
        return writer(rows, stream)
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        return writer(rows, fh)
