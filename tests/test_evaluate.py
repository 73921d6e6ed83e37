"""The evaluation gate: our scorer agrees with the reference one, and no figure falls below its floor.

Needs the shared evaluation data (``$CITYTIES_SHARED`` or ``../shared`` beside the repository);
skips cleanly without it.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from cityties.evaluate import evaluate, misses, place_match, score
from cityties.extract import extract_many
from cityties.read import iter_documents

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path | None:
    for cand in (os.environ.get("CITYTIES_SHARED"), ROOT.parent / "shared"):
        if cand and (Path(cand) / "eval" / "seeds.gold.jsonl").exists():
            return Path(cand)
    return None


SHARED = _shared()
needs_shared = pytest.mark.skipif(SHARED is None, reason="shared evaluation data not found")


def test_place_matching_rules():
    assert place_match({"name": "Bobo-Dioulasso", "country": "BF"},
                       {"name": "No. 5 District of Bobo Dioulasso"})
    assert place_match({"name": "Gangnam District"}, {"name": "Gangnam-gu", "country": "KR"})
    assert not place_match({"name": "Concord", "country": "US"}, {"name": "Concord", "country": "AU"})
    assert place_match({"name": "Yekaterinburg", "aliases": ["Ekaterinburg"]}, {"name": "Ekaterinburg"})


def test_score_counts_optional_and_stage_classes():
    gold = {"d": {"relationships": [
        {"a": {"name": "A-town"}, "b": {"name": "Bville"}, "stage": "active", "since": "1990"},
        {"a": {"name": "A-town"}, "b": {"name": "Ceeburg"}, "stage": "signed", "optional": True}],
        "alliances": [], "claims": [{"place": {"name": "A-town"}, "count_partners": 3}]}}
    pred = [{"id": "d", "relationships": [
        {"a": {"name": "Bville"}, "b": {"name": "A town"}, "stage": "signed", "since": "1990-05"},
        {"a": {"name": "A-town"}, "b": {"name": "Ceeburg"}, "stage": "active"}],
        "claims": [{"place": {"name": "A-town"}, "count_partners": 3}]}]
    r = score(gold, pred)
    assert r.figures["relationships"]["f1"] == 1.0
    assert r.figures["stage_accuracy"] == 1.0 and r.figures["since_accuracy"] == 1.0
    assert r.figures["claims"]["tp"] == 1 and misses(r) == []


def _reference():
    spec = importlib.util.spec_from_file_location("ref_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@needs_shared
@pytest.mark.parametrize("gold, articles", [("seeds.gold.jsonl", "seeds.articles.jsonl"),
                                            ("dev/gold.jsonl", "dev/articles.jsonl")])
def test_same_numbers_as_the_reference_scorer(gold, articles):
    ev = SHARED / "eval"
    rows = list(extract_many(iter_documents([ev / articles])))
    ours = score(str(ev / gold), rows).figures
    ref = _reference()
    theirs = ref.score(ref.load(str(ev / gold)), {r["id"]: json.loads(json.dumps(r)) for r in rows})
    theirs.pop("errors", None)
    assert ours == theirs


def _check_floors(resolver=None) -> None:
    floors = json.loads((ROOT / "eval" / "floor.json").read_text())
    ev = SHARED / "eval"
    seeds, seeds_misses = evaluate(str(ev / "seeds.gold.jsonl"), str(ev / "seeds.articles.jsonl"), resolver)
    dev, dev_misses = evaluate(str(ev / "dev" / "gold.jsonl"), str(ev / "dev" / "articles.jsonl"), resolver)
    got = {
        "seeds_f1": seeds.figures["relationships"]["f1"],
        "seeds_alliance_f1": seeds.figures["alliances"]["f1"],
        "seeds_claim_f1": seeds.figures["claims"]["f1"],
        "dev_f1": dev.figures["relationships"]["f1"],
        "dev_stage_accuracy": dev.figures["stage_accuracy"],
        "dev_since_accuracy": dev.figures["since_accuracy"],
    }
    low = {k: (got[k], v) for k, v in floors.items() if k in got and got[k] < v}
    assert not low, f"below floor (got, floor): {low}\n" + "\n".join(seeds_misses + dev_misses)


@needs_shared
def test_figures_do_not_fall_below_the_committed_floors():
    _check_floors()


@needs_shared
@pytest.mark.slow
def test_figures_with_the_full_gazetteer_do_not_fall_below_the_floors():
    """The path ``cityties eval`` and ``ingest`` take: the gazetteer adds ids and countries, and must
    neither change a mention's boundaries nor give a place the country of a namesake."""
    from cityties.gazetteer import open_gazetteer

    _check_floors(open_gazetteer())
