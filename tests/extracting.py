"""Helpers the extractor's tests share: a document from a text, and its output by pair."""

from __future__ import annotations

from cityties.read import Document


def doc(text: str, published: str | None = None, url: str | None = None, id: str = "t") -> Document:
    return Document.make(id, text, published=published, url=url)


def pairs(out: dict) -> dict[frozenset, dict]:
    """The relationships by their two names."""
    return {frozenset((r["a"]["name"], r["b"]["name"])): r for r in out["relationships"]}


def only(out: dict) -> dict:
    """The one relationship a text states."""
    (r,) = out["relationships"]
    return r


def find(out: dict, a: str, b: str) -> dict:
    for r in out["relationships"]:
        names = {r["a"]["name"], r["b"]["name"]}
        if any(a in n for n in names) and any(b in n for n in names):
            return r
    got = [(r["a"]["name"], r["b"]["name"]) for r in out["relationships"]]
    raise AssertionError(f"no {a} ~ {b} in {got}")


def claims(out: dict) -> set[tuple]:
    """The claims as (place, partners, countries)."""
    return {(c["place"]["name"], c["count_partners"], c.get("count_countries")) for c in out["claims"]}
