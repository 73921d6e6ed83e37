"""Exports carry every partnership with its sources, in formats other tools read."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx

from cityties.export import export
from cityties.places import find_place


def test_csv_and_json_have_every_partnership_with_sources(world):
    with world.reader() as s:
        buf = io.StringIO()
        assert export(s, "csv", None, buf) == 7
        rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
        buf = io.StringIO()
        export(s, "json", None, buf)
    pair = next(r for r in rows if {r["a"], r["b"]} == {"Guangzhou", "Auckland"})
    assert pair["sources"] == "wikidata_p190_2016|wikipedia_twin_cities_2026"
    assert len(json.loads(buf.getvalue())["partnerships"]) == 7


def test_geojson_has_points_and_lines(world):
    with world.reader() as s:
        buf = io.StringIO()
        export(s, "geojson", None, buf, place=find_place(s, "Guangzhou").place)
    fc = json.loads(buf.getvalue())
    kinds = sorted(f["geometry"]["type"] for f in fc["features"])
    assert kinds == ["LineString"] * 2 + ["Point"] * 3
    line = next(f for f in fc["features"] if f["geometry"]["type"] == "LineString")
    assert [113.26, 23.13] in line["geometry"]["coordinates"]


def test_graphml_opens_in_networkx(world, tmp_path):
    out = tmp_path / "ties.graphml"
    with world.reader() as s:
        export(s, "graphml", out, place=find_place(s, "Shaanxi").place, rollup=True)
    g = nx.read_graphml(out)
    assert g.number_of_edges() == 3
    names = {d["name"] for _, d in g.nodes(data=True)}
    assert {"Xi'an", "Nara", "Yan'an"} <= names
