"""The extractor on the probe set: short news paragraphs written for this project (tests/probe/),
in wording the development set does not use (council approvals, talks, letters of intent, upgrades,
suspensions and terminations, ties spread over two sentences, "the city"/"the prefecture" as
subject, non-US settings, relative and derived dates, and negatives: flights, forums, country-level
ties, unnamed partners). Floors are in eval/floor.json under ``probe_*``.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from cityties.evaluate import evaluate, load_jsonl, score
from cityties.extract import extract_many
from cityties.read import iter_documents

ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).parent / "probe"


def _rows():
    return list(extract_many(iter_documents([PROBE / "articles.jsonl"])))


def test_probe_gold_evidence_is_in_the_articles():
    arts = load_jsonl(str(PROBE / "articles.jsonl"))
    for gid, g in load_jsonl(str(PROBE / "gold.jsonl")).items():
        text = " ".join(arts[gid]["text"].split())
        for r in g["relationships"]:
            assert " ".join(r["evidence"].split()) in text, (gid, r["evidence"])


def test_probe_figures_do_not_fall_below_the_floors():
    floors = json.loads((ROOT / "eval" / "floor.json").read_text())
    rep, miss = evaluate(str(PROBE / "gold.jsonl"), str(PROBE / "articles.jsonl"))
    got = {"probe_f1": rep.figures["relationships"]["f1"],
           "probe_stage_accuracy": rep.figures["stage_accuracy"],
           "probe_since_accuracy": rep.figures["since_accuracy"]}
    low = {k: (got[k], floors[k]) for k in got if k in floors and got[k] < floors[k]}
    assert not low, f"below floor (got, floor): {low}\n" + "\n".join(miss)


def test_probe_negatives_yield_nothing():
    gold = load_jsonl(str(PROBE / "gold.jsonl"))
    for row in _rows():
        if gold[row["id"]].get("negative"):
            assert row["relationships"] == [], (row["id"], row["relationships"])


def _shared() -> Path | None:
    for cand in (os.environ.get("CITYTIES_SHARED"), ROOT.parent / "shared"):
        if cand and (Path(cand) / "eval" / "score.py").exists():
            return Path(cand)
    return None


@pytest.mark.skipif(_shared() is None, reason="shared reference scorer not found")
def test_probe_same_numbers_as_the_reference_scorer():
    spec = importlib.util.spec_from_file_location("ref_score", _shared() / "eval" / "score.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    rows = _rows()
    ours = score(str(PROBE / "gold.jsonl"), rows).figures
    preds = {r["id"]: json.loads(json.dumps(r)) for r in rows}
    theirs = ref.score(ref.load(str(PROBE / "gold.jsonl")), preds)
    theirs.pop("errors", None)
    assert ours == theirs
