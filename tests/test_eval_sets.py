"""The extractor on the evaluation sets written for the project (``eval/sets/``, see its README):
the gold is well-formed, negatives yield nothing, our scorer agrees with the reference one, and
no figure falls below its committed floor in ``eval/floor.json``.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import cache
from pathlib import Path

import pytest

from cityties.evaluate import evaluate, load_jsonl, score
from cityties.extract import extract_many
from cityties.read import iter_documents

ROOT = Path(__file__).resolve().parents[1]
SETS = sorted(p.name for p in (ROOT / "eval" / "sets").iterdir() if (p / "gold.jsonl").exists())
FLOORS = json.loads((ROOT / "eval" / "floor.json").read_text())


def _paths(name: str) -> tuple[str, str]:
    d = ROOT / "eval" / "sets" / name
    return str(d / "gold.jsonl"), str(d / "articles.jsonl")


@cache
def _rows(name: str) -> tuple[dict, ...]:
    return tuple(extract_many(iter_documents([_paths(name)[1]])))


def _figures(report) -> dict[str, float]:
    f = report.figures
    return {"f1": f["relationships"]["f1"], "stage_accuracy": f["stage_accuracy"],
            "since_accuracy": f["since_accuracy"], "claim_f1": f["claims"]["f1"]}


@pytest.mark.parametrize("name", SETS)
def test_gold_evidence_is_in_the_articles(name):
    gold, articles = _paths(name)
    arts = load_jsonl(articles)
    for gid, g in load_jsonl(gold).items():
        text = " ".join(arts[gid]["text"].split())
        for r in g["relationships"] + g.get("claims", []):
            assert " ".join(r["evidence"].split()) in text, (gid, r["evidence"])


@pytest.mark.parametrize("name", SETS)
def test_negatives_yield_no_partnership(name):
    gold = load_jsonl(_paths(name)[0])
    for row in _rows(name):
        if gold[row["id"]].get("negative"):
            assert row["relationships"] == [], (name, row["id"], row["relationships"])


@pytest.mark.parametrize("name", SETS)
def test_figures_without_the_gazetteer_keep_their_floor(name):
    report = score(_paths(name)[0], list(_rows(name)))
    floor = FLOORS.get(f"{name}_plain_f1")
    assert floor is not None, f"no floor for {name} in eval/floor.json"
    got = report.figures["relationships"]["f1"]
    assert got >= floor, f"{name}: F1 {got} below its floor {floor}"


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_figures_with_the_gazetteer_keep_their_floors(name):
    """The path ``cityties eval``, ``extract`` and ``ingest`` take by default."""
    from cityties.gazetteer import open_gazetteer

    report, missed = evaluate(*_paths(name), resolver=open_gazetteer())
    got = _figures(report)
    low = {k: (v, FLOORS[f"{name}_{k}"]) for k, v in got.items()
           if f"{name}_{k}" in FLOORS and v < FLOORS[f"{name}_{k}"]}
    assert not low, f"{name} below floor (got, floor): {low}\n" + "\n".join(missed)


def _shared() -> Path | None:
    for cand in (os.environ.get("CITYTIES_SHARED"), ROOT.parent / "shared"):
        if cand and (Path(cand) / "eval" / "score.py").exists():
            return Path(cand)
    return None


@pytest.mark.skipif(_shared() is None, reason="shared reference scorer not found")
@pytest.mark.parametrize("name", SETS)
def test_same_numbers_as_the_reference_scorer(name):
    spec = importlib.util.spec_from_file_location("ref_score", _shared() / "eval" / "score.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    rows = list(_rows(name))
    gold = _paths(name)[0]
    ours = score(gold, rows).figures
    theirs = ref.score(ref.load(gold), {r["id"]: json.loads(json.dumps(r)) for r in rows})
    theirs.pop("errors", None)
    assert ours == theirs
