"""Coverage of a group of countries: which members have a partner of the place, which do not.

Groups are built in (`data/groups.json`: Central Asia, ASEAN, EU, G7, G20, BRICS, African Union
...), continents (the countries the registry places on each continent), or a person's own file:
JSON (`{"name": ["KZ", ...]}` or `{"name": {"members": [...]}}`) or CSV (a `group,country`
header, or one country per line, the group named after the file). Members are ISO alpha-2
codes or country names the registry knows.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..gazetteer import normalize
from ..model import ESTABLISHED_STAGES, PIPELINE_STAGES
from ..store.schema import Place
from .ties import ties


@dataclass
class Group:
    name: str
    members: list[str]
    note: str | None = None
    origin: str = "built-in"


def builtin_groups() -> dict[str, Group]:
    raw = json.loads((resources.files("cityties") / "data" / "groups.json").read_text("utf-8"))
    return {k: Group(k, v["members"], v.get("note"), f"built-in, as of {v.get('as_of', '?')}")
            for k, v in raw.items() if not k.startswith("_")}


def continent_groups(session: Session) -> dict[str, Group]:
    out: dict[str, set[str]] = {}
    for country, continent in session.execute(
        select(Place.country, Place.continent).where(
            Place.country.is_not(None), Place.continent.is_not(None)).distinct()
    ):
        out.setdefault(continent, set()).add(country)
    return {k: Group(k, sorted(v), "the countries the registry places on this continent",
                     "continent") for k, v in out.items()}


def country_names(session: Session) -> dict[str, str]:
    """ISO code -> the registry's name of the country."""
    return dict(session.execute(
        select(Place.country, Place.name).where(Place.kind == "country")).all())


def load_group_file(path: str | Path) -> dict[str, Group]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValueError(f"{path}: cannot read it ({exc.strerror})") from None
    groups: dict[str, list[str]] = {}
    if path.suffix.lower() == ".json":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
        if isinstance(raw, list):
            raw = {path.stem: raw}
        for k, v in raw.items():
            if k.startswith("_"):
                continue
            members = v.get("members") if isinstance(v, dict) else v
            if not isinstance(members, list):
                raise ValueError(f"{path}: group {k!r} has no list of members")
            groups[k] = [str(m) for m in members]
    else:
        rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
        if rows and [c.strip().lower() for c in rows[0][:2]] == ["group", "country"]:
            for r in rows[1:]:
                if len(r) >= 2:
                    groups.setdefault(r[0].strip(), []).append(r[1].strip())
        else:
            groups[path.stem] = [r[0].strip() for r in rows]
    return {k: Group(k, v, None, str(path)) for k, v in groups.items()}


def find_group(session: Session, name: str, group_file: str | Path | None = None) -> Group:
    """A group by name (case-insensitive) from the file, the built-in list or the continents."""
    pools = []
    if group_file:
        file_groups = load_group_file(group_file)
        if name is None and len(file_groups) == 1:
            return next(iter(file_groups.values()))
        pools.append(file_groups)
    pools += [builtin_groups(), continent_groups(session)]
    for pool in pools:
        for k, g in pool.items():
            if name is not None and k.casefold() == name.casefold():
                return g
    known = sorted({k for pool in pools for k in pool})
    raise ValueError(f"no group called {name!r}: use one of {', '.join(known)}")


def _codes(session: Session, members: list[str]) -> list[str]:
    names = {normalize(v): k for k, v in country_names(session).items()}
    out = []
    for m in members:
        if len(m) == 2 and m.isalpha():
            out.append(m.upper())
        elif normalize(m) in names:
            out.append(names[normalize(m)])
        else:
            raise ValueError(f"group member {m!r} is neither an ISO code nor a country the "
                             "registry knows")
    return list(dict.fromkeys(out))


@dataclass
class MemberCoverage:
    country: str
    name: str
    covered: bool
    partners: list[str] = field(default_factory=list)
    pipeline: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(country=self.country, name=self.name, covered=self.covered,
                    count=len(self.partners), partners=self.partners, pipeline=self.pipeline)


@dataclass
class Coverage:
    group: Group
    covered: int
    total: int
    members: list[MemberCoverage]


def coverage(session: Session, place: Place, group: Group, *, rollup: bool = False) -> Coverage:
    """For each member country: the place's established partners there, and those in progress."""
    codes = _codes(session, group.members)
    names = country_names(session)
    est: dict[str, list[str]] = {}
    pipe: dict[str, list[str]] = {}
    for t in ties(session, place, rollup=rollup):
        label = t.partner if not rollup or t.here_id == place.id else f"{t.partner} ({t.here})"
        if t.stage in ESTABLISHED_STAGES:
            est.setdefault(t.partner_country, []).append(label)
        elif t.stage in PIPELINE_STAGES:
            pipe.setdefault(t.partner_country, []).append(f"{label}, {t.stage}")
    members = [
        MemberCoverage(c, names.get(c, c), bool(est.get(c)),
                       sorted(est.get(c, []), key=str.casefold), sorted(pipe.get(c, [])))
        for c in codes
    ]
    members.sort(key=lambda m: (not m.covered, m.name))
    return Coverage(group, sum(m.covered for m in members), len(members), members)
