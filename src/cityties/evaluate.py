"""Scoring extracted facts against gold annotations, with the matching of the reference scorer.

The rules (GUIDELINES.md and the eval README): a partnership matches when both ends match in
either order; an end matches when the countries agree (where both give one) and the names agree
after normalisation (accents, case, punctuation and words such as city or district dropped; one
name inside the other as whole words also counts; aliases count). Optional gold is neither
required nor penalised. Stage is scored by class (signed and active are one class); ``since`` on
its year. An alliance matches when every member matches; a claim when its place and
``count_partners`` (and ``count_countries`` where both give it) agree.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

STAGE_CLASS = {"contact": "contact", "intent": "intent", "approved": "approved", "signed": "established",
               "active": "established", "established": "established", "suspended": "suspended",
               "terminated": "terminated"}
_SUFFIXES = (r"\b(city|district|state|province|county|prefecture|municipality|town|borough|region|o"
             r"blast|krai|"
             r"metropolitan|special|autonomous|of|the|gu|shi|si|ku|qu|council|municipal|government)\b")


def norm_name(name) -> str:
    """A place name for comparison: "Gangnam District" -> "gangnam", "No. 5 District of X" -> "x"."""
    if isinstance(name, dict):
        name = name.get("name") or ""
    raw = unicodedata.normalize("NFKC", str(name)).strip()
    if raw and not re.search(r"[A-Za-z\u00c0-\u024f]", raw):
        return re.sub(r"(特别行政区|自治州|市|区|县|省|州|町|村)$", "", re.sub(r"\s+", "", raw)).lower()
    s = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    s = s.replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    s = re.sub(r"\bst\b", "saint", s)
    core = re.sub(_SUFFIXES, " ", s)
    core = re.sub(r"\bno \d+\b", " ", core)
    core = " ".join(core.split())
    return core or " ".join(s.split())


def _names(place) -> tuple[set[str], str | None]:
    if isinstance(place, str):
        return {norm_name(place)}, None
    out = {norm_name(place.get("name", ""))}
    out.update(norm_name(a) for a in place.get("aliases", []) or [])
    return out, (place.get("country") or None)


def place_match(g, p) -> bool:
    """Whether a predicted place ``p`` is the gold place ``g``."""
    gn, gc = _names(g)
    pn, pc = _names(p)
    if gc and pc and gc.upper() != pc.upper():
        return False
    for a in gn:
        for b in pn:
            if not a or not b:
                continue
            if a == b or a.replace(" ", "") == b.replace(" ", ""):
                return True
            ta, tb = a.split(), b.split()
            short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
            if len(" ".join(short)) >= 4 and any(long_[i:i + len(short)] == short
                                                 for i in range(len(long_) - len(short) + 1)):
                return True
    return False


def _rel_match(g, p) -> bool:
    a, b = p.get("a", {}), p.get("b", {})
    return ((place_match(g["a"], a) and place_match(g["b"], b))
            or (place_match(g["a"], b) and place_match(g["b"], a)))


def _year(v) -> str | None:
    m = re.match(r"(\d{4})", str(v or ""))
    return m.group(1) if m else None


def _prf(t: int, fp: int, fn: int) -> dict:
    p = t / (t + fp) if t + fp else 0.0
    r = t / (t + fn) if t + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": t, "fp": fp, "fn": fn}


@dataclass
class Report:
    """The figures of one evaluation (the same keys as the reference scorer's JSON)."""

    figures: dict
    errors: list[tuple] = field(default_factory=list)

    @property
    def f1(self) -> float:
        return self.figures["relationships"]["f1"]

    def as_dict(self) -> dict:
        return dict(self.figures)


def score(gold_path_or_docs, pred_rows: Iterable[dict]) -> Report:
    """Score predictions (``extract`` output rows) against a gold JSONL file (or a dict id -> gold).

    Why: the evaluation gate; the same numbers as ``shared/eval/score.py`` so floors committed here
    mean what the reference scorer says.
    """
    gold = load_jsonl(gold_path_or_docs) if isinstance(gold_path_or_docs, str) else dict(gold_path_or_docs)
    preds: dict[str, dict] = {}
    for row in pred_rows:
        k = str(row.get("id"))
        preds[k] = row
        preds.setdefault(re.sub(r"\.(txt|html?|json)$", "", k.rsplit("/", 1)[-1]), row)
    tp = fp = fn = 0
    stage_ok = stage_n = since_ok = since_n = 0
    al = [0, 0, 0]
    cl = [0, 0, 0]
    errors: list[tuple] = []
    for gid, gd in gold.items():
        pd = preds.get(gid, {})
        rels = list(pd.get("relationships", []) or [])
        used: set[int] = set()
        for g in gd.get("relationships", []):
            hit = next((i for i, p in enumerate(rels) if i not in used and _rel_match(g, p)), None)
            if hit is None:
                if not g.get("optional"):
                    fn += 1
                    errors.append(("FN", gid, g["a"]["name"], g["b"]["name"], g.get("evidence", "")))
                continue
            used.add(hit)
            if g.get("optional"):
                continue
            tp += 1
            p = rels[hit]
            if g.get("stage"):
                stage_n += 1
                if STAGE_CLASS.get(g["stage"]) == STAGE_CLASS.get(str(p.get("stage", "")).lower()):
                    stage_ok += 1
                else:
                    errors.append(("STAGE", gid, g["a"]["name"], g["b"]["name"], g["stage"], p.get("stage")))
            if _year(g.get("since")):
                since_n += 1
                if _year(g.get("since")) == _year(p.get("since")):
                    since_ok += 1
                else:
                    errors.append(("SINCE", gid, g["a"]["name"], g["b"]["name"], g.get("since"),
                                   p.get("since")))
        for i, p in enumerate(rels):
            if i not in used:
                fp += 1
                errors.append(("FP", gid, (p.get("a") or {}).get("name"), (p.get("b") or {}).get("name"),
                               p.get("evidence", "")))
        pal = list(pd.get("alliances", []) or [])
        pused: set[int] = set()
        for g in gd.get("alliances", []):
            hit = next((i for i, p in enumerate(pal) if i not in pused and len(p.get("members", []) or [])
                        == len(g["members"]) and all(any(place_match(gm, pm) for pm in p["members"])
                                                     for gm in g["members"])), None)
            if hit is None:
                al[2] += 1
                errors.append(("ALLIANCE_FN", gid, [m["name"] for m in g["members"]]))
            else:
                pused.add(hit)
                al[0] += 1
        al[1] += len(pal) - len(pused)
        pcl = [c for c in (pd.get("claims", []) or []) if c.get("count_partners") is not None]
        cused: set[int] = set()
        for g in gd.get("claims", []):
            if g.get("count_partners") is None:
                continue
            hit = next((i for i, p in enumerate(pcl) if i not in cused
                        and place_match(g["place"], p.get("place", {}))
                        and int(p.get("count_partners") or -1) == int(g["count_partners"])
                        and (g.get("count_countries") is None or p.get("count_countries") is None
                             or int(p["count_countries"]) == int(g["count_countries"]))), None)
            if hit is None:
                cl[2] += 1
                errors.append(("CLAIM_FN", gid, g["place"]["name"], g["count_partners"]))
            else:
                cused.add(hit)
                cl[0] += 1
        cl[1] += len(pcl) - len(cused)
    figures = {"documents": len(gold), "predicted_documents": sum(1 for g in gold if g in preds),
               "relationships": _prf(tp, fp, fn),
               "stage_accuracy": round(stage_ok / stage_n, 3) if stage_n else None, "stage_n": stage_n,
               "since_accuracy": round(since_ok / since_n, 3) if since_n else None, "since_n": since_n,
               "alliances": _prf(*al), "claims": _prf(*cl)}
    return Report(figures, errors)


def misses(report: Report) -> list[str]:
    """One printable line per false negative, false positive, wrong stage or wrong since.

    Why: what a person tuning rules reads first; the evidence is shown so the cause is visible.
    """
    lines = []
    for e in report.errors:
        kind, gid = e[0], e[1]
        if kind in ("FN", "FP"):
            lines.append(f"{kind:6} {gid}: {e[2]} ~ {e[3]}  | {str(e[4])[:140]}")
        elif kind in ("STAGE", "SINCE"):
            lines.append(f"{kind:6} {gid}: {e[2]} ~ {e[3]}: gold {e[4]!r}, predicted {e[5]!r}")
        else:
            lines.append(f"{kind:6} {gid}: {e[2:]}")
    return lines


def load_jsonl(path: str) -> dict[str, dict]:
    """Objects of a JSONL file keyed by their ``id``."""
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out[str(d.get("id"))] = d
    return out


def evaluate(gold_path: str, articles_path: str, resolver=None) -> tuple[Report, list[str]]:
    """Read the articles, extract, and score against the gold: ``(report, misses)``.

    Why: the one call behind ``cityties eval`` and the floor test, so both measure the same thing.
    """
    from .extract import extract_many
    from .read import iter_documents

    rows = list(extract_many(iter_documents([articles_path]), resolver=resolver))
    report = score(gold_path, rows)
    return report, misses(report)
