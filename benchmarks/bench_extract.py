"""Speed and memory of read + extract: documents/s and peak memory, printed.

(a) a mixed stream where most documents are off-topic (generated, seeded: sports, weather, markets,
    local politics), one in fifty about a partnership; (b) relevant articles only (the shared seeds
    and dev articles when present, repeated; otherwise generated partnership news).

Targets on a 2-core machine: >= 2,000 docs/s mixed, >= 30 docs/s relevant, <= 1 GB peak.
usage: python benchmarks/bench_extract.py [--n 20000] [--relevant 600]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import time
from pathlib import Path

from cityties.extract import extract_many
from cityties.read import Document

TEAMS = ["Rovers", "United", "Athletic", "City", "Wanderers", "Albion", "Harriers", "County"]
TOWNS = ["Millbrook", "Ashford", "Kingsport", "Redhill", "Easton", "Fairview", "Oakridge", "Lakeside"]
ROLES = ["councillor", "mayor", "planning officer", "county treasurer", "school board chair"]
CITIES = [("Halden", "Norway"), ("Tartu", "Estonia"), ("Kitami", "Japan"), ("Galway", "Ireland"),
          ("Rinteln", "Germany"), ("Brest", "France"), ("Nanjing", "China"), ("Tacoma", "the United States")]


def off_topic(rng: random.Random) -> str:
    kind = rng.choice(["sport", "weather", "markets", "politics"])
    t = rng.choice(TOWNS)
    if kind == "sport":
        a, b = rng.sample(TEAMS, 2)
        body = (f"{t} {a} beat {b} {rng.randint(1, 5)}-{rng.randint(0, 3)} on Saturday, their "
                f"{rng.randint(2, 9)}th win of the season. The manager praised the defence. ")
    elif kind == "weather":
        body = (f"Forecasters expect {rng.randint(5, 40)} mm of rain in {t} on Tuesday, with gusts of "
                f"{rng.randint(40, 110)} km/h along the coast. Schools may close early. ")
    elif kind == "markets":
        body = (f"Shares in {t} Holdings fell {rng.random() * 5:.1f}% as oil rose to "
                f"${rng.randint(60, 95)} a barrel. The index closed "
                f"{rng.choice(['up', 'down'])} {rng.random() * 2:.2f}%. ")
    else:
        body = (f"The {t} {rng.choice(ROLES)} said the council will vote on the "
                f"{rng.randint(2020, 2026)} budget next week after a row over parking charges "
                "and library hours. ")
    return body * rng.randint(3, 12)


def on_topic(rng: random.Random) -> str:
    (a, ca), (b, cb) = rng.sample(CITIES, 2)
    y = rng.randint(1970, 2015)
    return (f"{a}, {ca} and {b}, {cb} have been sister cities since {y}. "
            f"The mayor of {a} led a delegation to {b} on Monday to mark the anniversary. "
            + off_topic(rng))


def relevant_docs() -> list[Document]:
    root = os.environ.get("CITYTIES_SHARED") or str(Path(__file__).resolve().parents[2] / "shared")
    out = []
    for name in ("eval/seeds.articles.jsonl", "eval/dev/articles.jsonl"):
        p = Path(root) / name
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    out.append(Document.make(d["id"], d["text"], published=d.get("published")))
    if not out:
        rng = random.Random(7)
        out = [Document.make(f"r{i}", on_topic(rng), published="2020-01-01") for i in range(20)]
    return out


def run(docs: list[Document]) -> tuple[float, int]:
    t = time.perf_counter()
    n = sum(1 for _ in extract_many(docs))
    return n / (time.perf_counter() - t), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--relevant", type=int, default=600)
    args = ap.parse_args()
    rng = random.Random(42)
    # warm the lexicons once so the figures are the steady state a long stream sees
    list(extract_many(relevant_docs()[:1]))
    mixed = [Document.make(f"m{i}", on_topic(rng) if i % 50 == 0 else off_topic(rng), published="2021-03-03")
             for i in range(args.n)]
    rate_mixed, n1 = run(mixed)
    base = relevant_docs()
    rel = [base[i % len(base)] for i in range(args.relevant)]
    rate_rel, n2 = run(rel)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"mixed stream (2% on topic): {n1} docs, {rate_mixed:,.0f} docs/s (target >= 2,000)")
    print(f"relevant articles only:     {n2} docs, {rate_rel:,.1f} docs/s (target >= 30)")
    print(f"peak memory (max RSS):      {peak_mb:,.0f} MB (target <= 1,024)")


if __name__ == "__main__":
    main()
