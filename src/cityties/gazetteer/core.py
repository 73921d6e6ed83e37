"""The gazetteer: an SQLite file of places and their names, and the lookups over it.

Two tables: ``places`` (one row per place, with its parent and a precomputed ``rank``) and
``names`` (every name of every place, normalised into an indexed ``norm`` column, with a
``quality``: 0 the place's own name, 1 an alias or a shortened form, 2 a GeoNames alternate name).
A lookup is one indexed query; candidates are ordered by rank less a penalty for weaker names.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from .names import variants
from .normalize import normalize

SCHEMA_VERSION = "2"

#: score penalty of a match on a name of each quality
QUALITY_PENALTY = {0: 0.0, 1: 0.3, 2: 1.5}

KIND_ORDER = ("country", "state_province", "city", "district", "county", "other")


@dataclass(frozen=True, slots=True)
class GazPlace:
    id: int
    name: str
    kind: str
    country: str
    parent_id: int | None
    lat: float | None
    lng: float | None
    population: int
    admin_code: str | None
    continent: str | None


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
  parent_id INTEGER, lat REAL, lng REAL, population INTEGER NOT NULL DEFAULT 0,
  admin_code TEXT, continent TEXT, rank REAL NOT NULL DEFAULT 0
);
CREATE TABLE names (norm TEXT NOT NULL, place_id INTEGER NOT NULL, name TEXT NOT NULL,
  quality INTEGER NOT NULL);
"""
_INDEXES = """
CREATE INDEX names_norm ON names (norm);
CREATE INDEX names_place ON names (place_id);
CREATE INDEX places_parent ON places (parent_id);
CREATE INDEX places_lat ON places (lat);
"""
_COLS = "id, name, kind, country, parent_id, lat, lng, population, admin_code, continent"


def compute_ranks(places: Iterable[GazPlace]) -> dict[int, float]:
    """A place's prominence, for ordering same-named candidates (log10 of an effective population).

    Cities count their population; a district counts a tenth of the city it lies in when that is
    more than its own (Futian, Shenzhen outranks a town called Futian); states, counties and other
    units a tenth of theirs (so the city of Nara comes before Nara Prefecture); countries theirs,
    with a bonus.
    """
    by_id = {p.id: p for p in places}
    ranks: dict[int, float] = {}
    for p in by_id.values():
        eff = float(p.population)
        bonus = 0.0
        if p.kind == "district":
            anc = by_id.get(p.parent_id) if p.parent_id is not None else None
            depth = 0
            while anc is not None and depth < 6:
                if anc.kind == "city":
                    eff = max(eff, anc.population / 10)
                    break
                anc = by_id.get(anc.parent_id) if anc.parent_id is not None else None
                depth += 1
        elif p.kind in ("state_province", "county", "other"):
            eff = p.population / 10
        elif p.kind == "country":
            bonus = 1.0
        ranks[p.id] = math.log10(eff + 10) + bonus
    return ranks


def write_index(
    path: str,
    places: Iterable[GazPlace],
    names: Mapping[int, Iterable[str | tuple[str, int]]] | None = None,
    meta: Mapping[str, str] | None = None,
) -> None:
    """Write a gazetteer file (or ":memory:" is not supported here: use ``Gazetteer.from_places``)."""
    con = sqlite3.connect(path)
    try:
        _fill(con, places, names, meta)
    finally:
        con.close()


def _fill(con, places, names, meta) -> None:
    places = list(places)
    names = names or {}
    ranks = compute_ranks(places)
    con.executescript(_SCHEMA)
    con.executemany(
        f"INSERT INTO places ({_COLS}, rank) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (p.id, p.name, p.kind, p.country, p.parent_id, p.lat, p.lng, p.population,
             p.admin_code, p.continent, ranks[p.id])
            for p in places
        ],
    )

    def rows():
        for p in places:
            seen: dict[str, int] = {}
            entries: list[tuple[str, int]] = [(p.name, 0)]
            for item in names.get(p.id, ()):
                entries.append((item, 1) if isinstance(item, str) else (item[0], item[1]))
            for raw, q in entries:
                forms = [(raw, q)] + [(v, max(q, 1)) for v in variants(raw)]
                for form, fq in forms:
                    n = normalize(form)
                    if not n or (n in seen and seen[n] <= fq):
                        continue
                    seen[n] = fq
                    yield n, p.id, form, fq

    con.executemany("INSERT INTO names VALUES (?,?,?,?)", _dedupe(rows()))
    con.executescript(_INDEXES)
    con.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [("schema", SCHEMA_VERSION), *((meta or {}).items())],
    )
    con.commit()


def _dedupe(rows):
    # a place's later, better-quality form of a name replaces the earlier one: keep the best
    best: dict[tuple[str, int], tuple[str, int, str, int]] = {}
    order: list[tuple[str, int]] = []
    last_place = None
    for row in rows:
        if row[1] != last_place:
            yield from (best[k] for k in order)
            best, order, last_place = {}, [], row[1]
        key = (row[0], row[1])
        if key not in best:
            order.append(key)
            best[key] = row
        elif row[3] < best[key][3]:
            best[key] = row
    yield from (best[k] for k in order)


def _km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lng2 - lng1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Lookups over a gazetteer file. Thread-safe for reading."""

    def __init__(self, path: str | None = None, *, _con: sqlite3.Connection | None = None):
        if _con is None:
            if path is None or not os.path.exists(path):
                raise FileNotFoundError(f"no gazetteer at {path!r}")
            _con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.path = path
        self._con = _con
        self._lock = threading.Lock()
        self._cache: dict[int, GazPlace | None] = {}
        self._ranks: dict[int, float] = {}
        self._countries: dict[str, str] | None = None

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def from_places(
        cls,
        places: Iterable[GazPlace],
        names: Mapping[int, Iterable[str]] | None = None,
        path: str | None = None,
    ) -> Gazetteer:
        """A gazetteer of the given places (for tests); in memory when ``path`` is None."""
        if path is None:
            con = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(con, places, names, {"origin": "from_places"})
            return cls(None, _con=con)
        if os.path.exists(path):
            os.remove(path)
        write_index(path, places, names, {"origin": "from_places"})
        return cls(path)

    def close(self) -> None:
        self._con.close()

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    # -- places -----------------------------------------------------------------------------
    def _row(self, row: tuple) -> GazPlace:
        p = GazPlace(*row[:10])
        self._cache[p.id] = p
        self._ranks[p.id] = row[10]
        return p

    def get(self, id: int) -> GazPlace | None:
        if id in self._cache:
            return self._cache[id]
        rows = self._query(f"SELECT {_COLS}, rank FROM places WHERE id = ?", (int(id),))
        if not rows:
            self._cache[id] = None
            return None
        return self._row(rows[0])

    def rank(self, id: int) -> float:
        """The place's prominence score (higher is better known)."""
        if id not in self._ranks:
            self.get(id)
        return self._ranks.get(id, 0.0)

    def ancestors(self, id: int) -> list[GazPlace]:
        """Parent first, country last."""
        out: list[GazPlace] = []
        p = self.get(id)
        seen = {id}
        while p is not None and p.parent_id is not None and p.parent_id not in seen:
            seen.add(p.parent_id)
            p = self.get(p.parent_id)
            if p is not None:
                out.append(p)
        return out

    def children(self, id: int) -> list[GazPlace]:
        rows = self._query(f"SELECT {_COLS}, rank FROM places WHERE parent_id = ?", (id,))
        return [self._row(r) for r in rows]

    def names(self, id: int) -> list[str]:
        rows = self._query("SELECT name FROM names WHERE place_id = ? ORDER BY quality", (id,))
        return [r[0] for r in rows]

    def names_with_quality(self, id: int) -> list[tuple[str, int]]:
        """(name, quality) pairs: 0 own name, 1 alias or short form, 2 GeoNames alternate name."""
        return self._query(
            "SELECT name, quality FROM names WHERE place_id = ? ORDER BY quality", (id,)
        )

    def iter_names(self, min_population: int = 0) -> Iterator[tuple[str, int]]:
        """(name, place id) for every name of every place of at least ``min_population``."""
        sql = (
            "SELECT n.name, n.place_id FROM names n JOIN places p ON p.id = n.place_id "
            "WHERE p.population >= ? OR p.kind IN ('country', 'state_province')"
        )
        con = self._con
        cur = con.execute(sql, (min_population,))
        while True:
            with self._lock:
                batch = cur.fetchmany(5000)
            if not batch:
                return
            yield from ((r[0], r[1]) for r in batch)

    # -- lookups ----------------------------------------------------------------------------
    def scored(self, name: str, country: str | None = None) -> list[tuple[float, GazPlace]]:
        """Every place with ``name`` among its names, with its score, best first."""
        norm = normalize(name)
        if not norm:
            return []
        sql = (
            f"SELECT {', '.join('p.' + c for c in _COLS.split(', '))}, p.rank, MIN(n.quality) "
            "FROM names n JOIN places p ON p.id = n.place_id WHERE n.norm = ?"
        )
        args: tuple = (norm,)
        if country:
            sql += " AND p.country = ?"
            args += (country.upper(),)
        rows = self._query(sql + " GROUP BY p.id", args)
        out = [(r[10] - QUALITY_PENALTY.get(r[11], 2.0), self._row(r[:11])) for r in rows]
        out.sort(key=lambda sp: (-sp[0], sp[1].id))
        return out

    def near(self, lat: float, lng: float, km: float = 10.0) -> list[tuple[float, GazPlace]]:
        """(distance in km, place) for places with coordinates within ``km``, nearest first."""
        dlat = km / 111.0
        dlng = km / (111.0 * max(0.05, math.cos(math.radians(lat))))
        rows = self._query(
            f"SELECT {_COLS}, rank FROM places WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?",
            (lat - dlat, lat + dlat, lng - dlng, lng + dlng),
        )
        out = []
        for r in rows:
            p = self._row(r)
            d = _km(lat, lng, p.lat, p.lng)
            if d <= km:
                out.append((d, p))
        out.sort(key=lambda dp: dp[0])
        return out

    def is_within(self, id: int, ancestor: int) -> bool:
        return id == ancestor or any(a.id == ancestor for a in self.ancestors(id))

    def lookup(
        self,
        name: str,
        country: str | None = None,
        within: int | None = None,
        kinds: Iterable[str] | None = None,
        limit: int = 20,
    ) -> list[GazPlace]:
        """Places whose names include ``name`` exactly (after normalisation), best first."""
        kinds = set(kinds) if kinds else None
        out = []
        for _, p in self.scored(name, country):
            if kinds and p.kind not in kinds:
                continue
            if within is not None and not self.is_within(p.id, within):
                continue
            out.append(p)
            if len(out) >= limit:
                break
        return out

    def resolve(self, query: str, country: str | None = None) -> list[GazPlace]:
        """Candidates for a place as people write it ("Kansas City, Missouri", "Futian (Shenzhen)")."""
        from .resolve import resolve

        return [p for _, p in resolve(self, query, country)]

    def resolve_scored(self, query: str, country: str | None = None) -> list[tuple[float, GazPlace]]:
        from .resolve import resolve

        return resolve(self, query, country)

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 code of a country named in any usual way ("South Korea", "Bosnia and Herz.")."""
        from .countries import country_code

        return country_code(self, name)

    def country_place(self, code: str) -> GazPlace | None:
        rows = self._query(
            f"SELECT {_COLS}, rank FROM places WHERE kind = 'country' AND country = ?",
            (code.upper(),),
        )
        return self._row(rows[0]) if rows else None

    def subdivision_by_code(self, iso: str) -> GazPlace | None:
        """The first-level unit with ISO 3166-2 code ``iso`` ("US-MO")."""
        rows = self._query(
            f"SELECT {_COLS}, rank FROM places WHERE admin_code = ? AND kind != 'country' "
            "ORDER BY (kind = 'state_province') DESC, rank DESC",
            (iso.upper(),),
        )
        for r in rows:
            p = self._row(r)
            parent = self.get(p.parent_id) if p.parent_id else None
            if parent is None or parent.kind == "country" or parent.admin_code != p.admin_code:
                return p
        return None

    def meta(self) -> dict[str, str]:
        return dict(self._query("SELECT key, value FROM meta"))
