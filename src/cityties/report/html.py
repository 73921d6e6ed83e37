"""The HTML report: a Jinja2 template with Vega-Lite charts and a world map, all embedded.

Vega, Vega-Lite and vega-embed (BSD-3-Clause) and the world outline of world-atlas (ISC; Natural
Earth, public domain) are read from `vendor/` and inlined, so the file opens with no network.
Text from sources (evidence sentences, names) is escaped by Jinja2's autoescaping; data handed
to the charts is JSON with "</" escaped so it cannot close its script element.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, select_autoescape

VENDOR_JS = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")


@cache
def _vendor(name: str) -> str:
    text = (resources.files("cityties.report") / "vendor" / name).read_text(encoding="utf-8")
    # the source maps are not shipped: drop the comments that would have the browser look for them
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith("//# sourceMappingURL="))


def _script_json(value) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("</", "<\\/").replace("<!--", "<\\!--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@cache
def _env() -> Environment:
    env = Environment(loader=PackageLoader("cityties.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["script_json"] = _script_json
    return env


def charts(data: dict) -> dict:
    """Vega-Lite specs of the report: partners by continent, the map, signings by year."""
    by_continent = [dict(continent=k, pairs=v) for k, v in data["stats"]["by_continent"].items()]
    here = data["place"]
    points = [p for p in data["partners"] if p["lat"] is not None and p["lng"] is not None]
    lines = [dict(lat=here["lat"], lng=here["lng"], lat2=p["lat"], lng2=p["lng"])
             for p in points if here["lat"] is not None]
    continents = {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "data": {"values": by_continent}, "mark": "bar", "width": 420,
        "encoding": {
            "y": {"field": "continent", "type": "nominal", "sort": "-x", "title": None},
            "x": {"field": "pairs", "type": "quantitative", "title": "partnerships",
                  "axis": {"tickMinStep": 1, "format": "d"}},
            "tooltip": [{"field": "continent"}, {"field": "pairs"}],
        },
    }
    world = json.loads(_vendor("countries-110m.json"))
    layers = [
        {"data": {"values": world, "format": {"type": "topojson", "feature": "countries"}},
         "mark": {"type": "geoshape", "fill": "#e8e8e8", "stroke": "#ffffff", "strokeWidth": 0.5}},
    ]
    if lines:
        layers.append({"data": {"values": lines},
                       "mark": {"type": "rule", "color": "#4a7ab8", "opacity": 0.35},
                       "encoding": {"longitude": {"field": "lng", "type": "quantitative"},
                                    "latitude": {"field": "lat", "type": "quantitative"},
                                    "longitude2": {"field": "lng2"}, "latitude2": {"field": "lat2"}}})
    if points:
        layers.append({"data": {"values": points},
                       "mark": {"type": "circle", "size": 40, "color": "#c0392b", "opacity": 0.85},
                       "encoding": {"longitude": {"field": "lng", "type": "quantitative"},
                                    "latitude": {"field": "lat", "type": "quantitative"},
                                    "tooltip": [{"field": "partner"}, {"field": "country"},
                                                {"field": "stage"}, {"field": "since"}]}})
    if here["lat"] is not None:
        layers.append({"data": {"values": [here]},
                       "mark": {"type": "square", "size": 90, "color": "#111111"},
                       "encoding": {"longitude": {"field": "lng", "type": "quantitative"},
                                    "latitude": {"field": "lat", "type": "quantitative"},
                                    "tooltip": [{"field": "name"}]}})
    world_map = {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": 860, "height": 440, "projection": {"type": "equalEarth"}, "layer": layers,
    }
    timeline = None
    if data["signings"]:
        timeline = {
            "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
            "data": {"values": data["signings"]}, "mark": "bar", "width": 620, "height": 180,
            "encoding": {
                "x": {"field": "year", "type": "ordinal", "title": "year established"},
                "y": {"field": "count", "type": "quantitative", "title": "partnerships",
                      "axis": {"tickMinStep": 1, "format": "d"}},
                "tooltip": [{"field": "year"}, {"field": "count"}],
            },
        }
    return dict(continents=continents, map=world_map, timeline=timeline)


def render_html(data: dict) -> str:
    return _env().get_template("report.html.j2").render(
        r=data, specs=charts(data), vendor=[_vendor(n) for n in VENDOR_JS])
