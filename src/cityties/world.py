"""The bundled world dataset: known partnerships from open data, loaded by `cityties init`.

The bundle (built by `python -m cityties.data.build_world`) already has every place resolved to
the gazetteer, so loading is a bulk insert. Loading is idempotent: places, partnerships and their
source links that are already in the registry are left as they are.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .gazetteer import normalize
from .model import SourceKind
from .store.schema import Partnership, PartnershipSource, Place, PlaceAncestor, PlaceName, Source

BATCH = 5000


def bundle_dir() -> Path:
    """The bundled dataset, or the folder named by CITYTIES_WORLD (a rebuilt or trimmed one)."""
    override = os.environ.get("CITYTIES_WORLD")
    if override:
        return Path(override)
    return Path(str(resources.files("cityties") / "data" / "world"))


@dataclass
class LoadReport:
    places_added: int = 0
    names_added: int = 0
    partnerships_added: int = 0
    source_links_added: int = 0
    partnerships_in_bundle: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _rows(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _num(value: str, cast=float):
    return cast(value) if value not in ("", None) else None


def _batched(items: list, size: int = BATCH) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_sources(session: Session, folder: Path) -> dict[str, int]:
    """The dataset sources of the bundle, created once; returns key -> source id."""
    meta = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    have = dict(session.execute(select(Source.key, Source.id)).all())
    for key, info in meta.items():
        if key not in have:
            src = Source(
                key=key, kind=SourceKind.dataset, title=info.get("title"),
                url=info.get("origin"), licence=info.get("licence"),
                attribution=info.get("attribution"), published=info.get("retrieved"),
            )
            session.add(src)
            session.flush()
            have[key] = src.id
    return {k: v for k, v in have.items() if k in meta}


def load_places(session: Session, folder: Path, report: LoadReport) -> dict[str, int]:
    """Insert the bundle's places (parents before children), their names and closure rows."""
    rows = list(_rows(folder / "places.tsv.gz"))
    by_key = {r["key"]: r for r in rows}
    ids: dict[str, int] = dict(
        session.execute(select(Place.key, Place.id).where(Place.key.in_(list(by_key)))).all()
        if len(by_key) < 30000
        else session.execute(select(Place.key, Place.id)).all()
    )

    def depth(key: str, seen: int = 0) -> int:
        parent = by_key.get(key, {}).get("parent_key")
        return 0 if not parent or parent not in by_key or seen > 20 else 1 + depth(parent, seen + 1)

    new = sorted((r for r in rows if r["key"] not in ids), key=lambda r: depth(r["key"]))
    levels: dict[int, list[dict]] = {}
    for r in new:
        levels.setdefault(depth(r["key"]), []).append(r)
    for level in sorted(levels):
        batch = [
            dict(
                key=r["key"], name=r["name"], kind=r["kind"], country=r["country"] or None,
                continent=r["continent"] or None, admin_code=r["admin_code"] or None,
                parent_id=ids.get(r["parent_key"]) if r["parent_key"] else None,
                lat=_num(r["lat"]), lng=_num(r["lng"]), population=_num(r["population"], int),
                geonames_id=_num(r["geonames_id"], int), wikidata=r["wikidata"] or None,
            )
            for r in levels[level]
        ]
        for chunk in _batched(batch):
            session.execute(insert(Place), chunk)
        keys = [r["key"] for r in levels[level]]
        for chunk in _batched(keys):
            ids.update(session.execute(
                select(Place.key, Place.id).where(Place.key.in_(chunk))).all())
    report.places_added = len(new)

    names, closure = [], []
    for r in new:
        pid = ids[r["key"]]
        seen = set()
        for n in [r["name"], *(r["names"].split("|") if r["names"] else [])]:
            norm = normalize(n)
            if n and norm and norm not in seen:
                seen.add(norm)
                names.append(dict(place_id=pid, name=n[:200], norm=norm[:200]))
        key, d, seen_keys = r["key"], 0, set()
        while key and key in ids and key not in seen_keys:  # a loop in the data stops the walk
            seen_keys.add(key)
            closure.append(dict(ancestor_id=ids[key], place_id=pid, depth=d))
            key, d = by_key.get(key, {}).get("parent_key"), d + 1
    for chunk in _batched(names):
        session.execute(insert(PlaceName), chunk)
    for chunk in _batched(closure):
        session.execute(insert(PlaceAncestor), chunk)
    report.names_added = len(names)
    return ids


def load_partnerships(session: Session, folder: Path, ids: dict[str, int],
                      sources: dict[str, int], report: LoadReport) -> None:
    """Insert the bundle's partnerships and link each to every source that states it."""
    existing = {
        (a, b): pid
        for pid, a, b in session.execute(select(Partnership.id, Partnership.a_id, Partnership.b_id))
    }
    links = set(session.execute(
        select(PartnershipSource.partnership_id, PartnershipSource.source_id)).all())
    rows = []
    for r in _rows(folder / "partnerships.tsv.gz"):
        a, b = ids.get(r["a_key"]), ids.get(r["b_key"])
        if a is None or b is None or a == b:
            continue
        rows.append((min(a, b), max(a, b), r))
    report.partnerships_in_bundle = len(rows)
    new = [
        dict(a_id=a, b_id=b, type=r["type"], stage=r["stage"], since_derived=False,
             conflict=False)
        for a, b, r in rows if (a, b) not in existing
    ]
    new = list({(d["a_id"], d["b_id"]): d for d in new}.values())
    for chunk in _batched(new):
        session.execute(insert(Partnership), chunk)
    report.partnerships_added = len(new)
    if new:
        existing = {
            (a, b): pid
            for pid, a, b in session.execute(
                select(Partnership.id, Partnership.a_id, Partnership.b_id))
        }
    link_rows = []
    for a, b, r in rows:
        pid = existing[(a, b)]
        refs = r.get("refs", "").split("|")
        for i, key in enumerate(r["sources"].split("|")):
            sid = sources.get(key)
            if sid is None or (pid, sid) in links:
                continue
            links.add((pid, sid))
            link_rows.append(dict(partnership_id=pid, source_id=sid,
                                  ref=refs[i] if i < len(refs) else None))
    for chunk in _batched(link_rows):
        session.execute(insert(PartnershipSource), chunk)
    report.source_links_added = len(link_rows)


def load_world(store, folder: Path | None = None) -> LoadReport:
    """Load the bundled world dataset into `store` in one transaction."""
    folder = folder or bundle_dir()
    if not (folder / "places.tsv.gz").exists():
        raise FileNotFoundError(
            f"the world dataset is missing from {folder}: reinstall cityties "
            "or build it with 'python -m cityties.data.build_world'"
        )
    report = LoadReport()
    with store.session() as session:
        sources = load_sources(session, folder)
        ids = load_places(session, folder, report)
        load_partnerships(session, folder, ids, sources, report)
    if report.places_added or report.partnerships_added:
        analyze(store)
    return report


def analyze(store) -> None:
    """Refresh the planner's statistics after a bulk load; without them PostgreSQL guesses
    table sizes and scans the partnership table for every roll-up."""
    from sqlalchemy import text

    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
