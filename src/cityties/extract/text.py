"""Sentences with their character offsets, robust to the abbreviations news uses (Mr., St., D.C.)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBR = {"mr", "mrs", "ms", "dr", "st", "no", "co", "inc", "ltd", "jr", "sr", "gov", "sen", "rep", "prof",
         "gen", "col", "lt", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
         "nov", "dec", "va", "vs", "etc", "corp", "dept", "mt", "ft", "u.s", "u.s.a", "u.k", "u.a.e", "d.c",
         "e.g", "i.e", "s", "n", "p", "a.m", "p.m", "coun", "cllr", "cr", "supt", "insp"}
# a sentence's end, past quotes, brackets and a reference mark ("Wall.[59] Following")
_BOUNDARY = re.compile(r"[.!?。！？]+[\"”’')\]]*(?:\[\d{1,3}\])*\s+(?=[\"“‘(\[]?[A-Z0-9¿¡])|[。！？]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    is_heading: bool = False


def _is_heading(s: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", s)
    if len(words) < 3 or s.rstrip().endswith((".", ":", "?", "!", "”", '"')):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def sentences(text: str) -> list[Sentence]:
    """Split into sentences; lines and list items are their own sentences. Offsets index ``text``."""
    out: list[Sentence] = []
    _split_block(text, 0, len(text), out)
    return out


def _split_block(text: str, start: int, end: int, out: list[Sentence]) -> None:
    # single newlines inside a block also end a sentence when the next line starts a new one
    for line in re.finditer(r"[^\n]+", text[start:end]):
        ls, le = start + line.start(), start + line.end()
        cur = ls
        for b in _BOUNDARY.finditer(text, ls, le):
            before = text[max(ls, b.start() - 6):b.start()]
            word = re.findall(r"([^\W\d_]+(?:\.[^\W\d_]+)*\.?)$", before)
            w = word[0].lower().rstrip(".") if word else ""
            if text[b.start()] == "." and (w in _ABBR or (len(w) == 1 and w.isalpha())):
                continue
            if text[b.start()] == "." and re.fullmatch(r"\s*\d{1,3}", text[cur:b.start()]):
                continue    # "1. Uwajima, Ehime Prefecture, Japan (1994)": the number of a list entry
            _add(text, cur, b.end(), out)
            cur = b.end()
        _add(text, cur, le, out)


def _add(text: str, s: int, e: int, out: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s >= 2:
        t = text[s:e]
        out.append(Sentence(s, e, t, _is_heading(t)))


def is_title(line: str) -> bool:
    """A headline or list line: no sentence punctuation at its end."""
    return not re.search(r"[.!?;:\"”'’)]\s*$", line)
