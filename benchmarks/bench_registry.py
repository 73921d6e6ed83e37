"""Registry speed on the world dataset: init time, database size, and query latency in process.

    python benchmarks/bench_registry.py [--db URL] [--sample 300]

Prints init time (fresh database), the database size, and p50/p95/max latency of
`partners` for a sample of cities and of `stats --rollup` for a sample of provinces/states,
each measured through the same Python API the CLI calls (name lookup included). As a reference
in the same run it times the bare SQL that counts the same roll-up, the floor any layer above
can reach. Targets: partners p95 <= 10 ms, stats --rollup p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, or_, select, text

from cityties.ask.partners import partners
from cityties.ask.stats import stats
from cityties.places import AmbiguousPlace, find_place
from cityties.store import open_store
from cityties.store.schema import Partnership, Place, PlaceAncestor
from cityties.world import load_world


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def show(label: str, ms: list[float], target: float | None = None) -> None:
    line = (f"{label:<38} n={len(ms):<4} p50 {statistics.median(ms):7.2f} ms   "
            f"p95 {pct(ms, 95):7.2f} ms   max {max(ms):7.2f} ms")
    if target is not None:
        line += f"   target p95 <= {target:g} ms: {'ok' if pct(ms, 95) <= target else 'MISSED'}"
    print(line)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file in a temp folder)")
    ap.add_argument("--sample", type=int, default=300)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="cityties-bench-")
    db = args.db or str(Path(tmp) / "bench.db")
    t0 = time.perf_counter()
    store = open_store(db)
    report = load_world(store)
    init_s = time.perf_counter() - t0
    print(f"database: {store.url}")
    print(f"init (migrate + load world): {init_s:.2f} s; "
          f"{report.places_added:,} places, {report.partnerships_added:,} partnerships")
    if store.dialect == "sqlite":
        with store.engine.connect() as c:
            c.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        size = os.path.getsize(db)
    else:
        with store.engine.connect() as c:
            size = c.execute(text("SELECT pg_database_size(current_database())")).scalar()
    print(f"database size: {size / 1e6:.1f} MB")

    rng = random.Random(7)
    with store.reader() as s:
        deg = func.count(Partnership.id)
        cities = s.execute(
            select(Place.name, Place.key).join(
                Partnership, or_(Partnership.a_id == Place.id, Partnership.b_id == Place.id))
            .where(Place.kind == "city").group_by(Place.id, Place.name, Place.key)
            .having(deg > 0)).all()
        provinces = s.execute(
            select(Place.name, Place.key, Place.id).join(
                PlaceAncestor, PlaceAncestor.ancestor_id == Place.id)
            .where(Place.kind == "state_province").group_by(Place.id, Place.name, Place.key)
            .having(func.count() > 5)).all()
    cities = rng.sample(cities, min(args.sample, len(cities)))
    provinces = rng.sample(provinces, min(args.sample // 3, len(provinces)))

    def by_name(session, name, key):
        try:
            return find_place(session, name).place
        except AmbiguousPlace:  # the CLI would ask; the benchmark takes the key
            return find_place(session, key).place

    with store.reader() as s:
        for name, key in cities[:20]:  # warm caches as a running process would be
            partners(s, by_name(s, name, key))
        ms = [timed(lambda n=name, k=key: partners(s, by_name(s, n, k))) for name, key in cities]
        show("partners CITY (name lookup + rows)", ms, 10)
        ms = [timed(lambda n=name, k=key: stats(s, by_name(s, n, k), rollup=True))
              for name, key, _ in provinces]
        show("stats PROVINCE --rollup", ms, 50)
        members = "SELECT place_id FROM place_ancestor WHERE ancestor_id = :pid"
        ref = text(f"SELECT count(*) FROM (SELECT id FROM partnership WHERE a_id IN ({members}) "
                   f"UNION SELECT id FROM partnership WHERE b_id IN ({members})) AS t")
        ms = [timed(lambda p=pid: s.execute(ref, {"pid": p}).scalar()) for _, _, pid in provinces]
        show("reference: bare SQL roll-up count", ms)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
