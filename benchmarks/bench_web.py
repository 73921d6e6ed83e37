"""Load test of the web app on loopback: a place page and its partners API, 50 concurrent clients.

    python benchmarks/bench_web.py [--db PATH] [--requests 3000] [--concurrency 50] [--workers 1]

Loads the bundled world dataset into a temp SQLite file (or uses --db), starts `uvicorn` on a free
127.0.0.1 port in its own process, and drives it with `hey` (Debian package `hey`) for a bounded
number of requests (each request times out after 10 s; the whole run after 5 minutes). The place is
the one holding the most partnerships directly (the heaviest ordinary page). Prints p50/p95/p99 and
errors; target: p95 <= 100 ms with no errors.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from sqlalchemy import func, select, union_all

from cityties.store import open_store
from cityties.store.schema import Partnership
from cityties.world import load_world


def busiest_place(store) -> int:
    ends = union_all(select(Partnership.a_id.label("p")), select(Partnership.b_id.label("p"))).subquery()
    with store.reader() as s:
        return s.execute(select(ends.c.p).group_by(ends.c.p).order_by(func.count().desc()).limit(1)).scalar()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit("bench_web: the server exited before it was ready")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("bench_web: the server did not come up")


def hey(url: str, n: int, c: int) -> dict:
    out = subprocess.run(["hey", "-n", str(n), "-c", str(c), "-t", "10", url], capture_output=True,
                         text=True, timeout=300).stdout
    pct = {int(m.group(1)): float(m.group(2)) * 1000
           for m in re.finditer(r"^\s+(\d+)%+ in ([\d.]+) secs", out, re.M)}
    codes = {int(m.group(1)): int(m.group(2))
             for m in re.finditer(r"^\s+\[(\d+)\]\s+(\d+) responses", out, re.M)}
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.findall(r"^\s+\[(\d+)\]\s+(Get .*)$", out.split("Error distribution:")[-1], re.M) \
        if "Error distribution:" in out else []
    ok = codes.get(200, 0)
    return dict(p50=pct.get(50), p95=pct.get(95), p99=pct.get(99), rps=float(rps.group(1)) if rps else 0,
                ok=ok, errors=n - ok, error_lines=errors[:3])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an SQLite file already holding the world (default: load a temp one)")
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    if not shutil.which("hey"):
        raise SystemExit("bench_web: needs 'hey' (apt-get install hey)")
    tmp = tempfile.TemporaryDirectory(prefix="cityties-bench-web-")
    db = args.db or str(Path(tmp.name) / "world.db")
    store = open_store(db)
    if not args.db:
        t0 = time.perf_counter()
        load_world(store)
        print(f"loaded the world dataset in {time.perf_counter() - t0:.1f} s")
    place = busiest_place(store)
    store.close()
    port = free_port()
    env = dict(os.environ, CITYTIES_DB=db, CITYTIES_SECRET="bench-web", CITYTIES_REQUIRE_LOGIN="0")
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "cityties.web.app:app_from_env",
                             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
                             "--no-access-log", "--workers", str(args.workers)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_up(f"{base}/api/places/{place}", proc)
        name = urllib.request.urlopen(f"{base}/api/places/{place}").read().decode()
        name = re.search(r'"name":"([^"]*)"', name).group(1)
        print(f"place: {name} (id {place}); {args.requests} requests per URL, {args.concurrency} "
              f"concurrent clients, {args.workers} worker(s)")
        print(f"{'url':<42} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8} {'errors':>7}")
        worst = 0.0
        failed = 0
        for path in (f"/places/{place}", f"/api/places/{place}/partners"):
            hey(base + path, 200, 10)  # warm up
            r = hey(base + path, args.requests, args.concurrency)
            worst = max(worst, r["p95"] or 1e9)
            failed += r["errors"]
            print(f"{path:<42} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f} {r['rps']:>8.0f} "
                  f"{r['errors']:>7}")
            for line in r["error_lines"]:
                print("   ", *line)
        verdict = "met" if worst <= 100 and failed == 0 else "NOT met"
        print(f"target p95 <= 100 ms with no errors: {verdict}")
    finally:
        proc.terminate()
        proc.wait(10)
        tmp.cleanup()


if __name__ == "__main__":
    main()
