"""Rankings: the places inside a place (or of a country) by their partner counts.

"First among all districts of Shenzhen": each candidate place counts, as `stats --rollup` does,
the established partnerships held by it or by any place inside it, each pair once. Places
with no partnership are listed too (at the bottom), so a ranking says how many there are.
Equal counts share a rank (1, 2, 2, 4).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from ..model import ESTABLISHED_STAGES, PIPELINE_STAGES, PlaceKind
from ..store.schema import Partnership, Place, PlaceAncestor


@dataclass
class Ranked:
    rank: int
    place: str
    place_key: str
    kind: str
    parent: str | None
    pairs: int
    countries: int
    pipeline: int
    partners: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def rank(session: Session, place: Place | None = None, *, level: str | None = None,
         country: str | None = None, limit: int | None = None) -> list[Ranked]:
    """Places inside `place` (or of `country`) ranked by established partnerships.

    `level` picks a kind (district, city, county, state_province); without it, the places
    directly inside `place`, or the cities of `country`.
    """
    if level is not None and level not in PlaceKind.__members__:
        raise ValueError(f"unknown level {level!r}: use one of {', '.join(PlaceKind)}")
    q = select(Place.id, Place.name, Place.key, Place.kind, Place.parent_id)
    if place is not None:
        q = q.join(PlaceAncestor, PlaceAncestor.place_id == Place.id).where(
            PlaceAncestor.ancestor_id == place.id, PlaceAncestor.depth > 0)
        if level is None:
            q = q.where(PlaceAncestor.depth == 1)
    elif country:
        q = q.where(Place.country == country.upper())
        if level is None:
            level = PlaceKind.city
    else:
        raise ValueError("name a place, or a country with --country")
    if level is not None:
        q = q.where(Place.kind == level)
    candidates = {pid: (name, key, kind, parent) for pid, name, key, kind, parent in session.execute(q)}
    if not candidates:
        return []
    # every place inside each candidate (itself included)
    owner: dict[int, list[int]] = {}
    cand_ids = list(candidates)
    for chunk in range(0, len(cand_ids), 5000):
        for anc, pid in session.execute(
            select(PlaceAncestor.ancestor_id, PlaceAncestor.place_id)
            .where(PlaceAncestor.ancestor_id.in_(cand_ids[chunk:chunk + 5000]))
        ):
            owner.setdefault(pid, []).append(anc)
    A, B = aliased(Place), aliased(Place)
    inside_all = list(owner)
    pairs: dict[int, set[int]] = {c: set() for c in candidates}
    countries: dict[int, set[str]] = {c: set() for c in candidates}
    pipeline: dict[int, set[int]] = {c: set() for c in candidates}
    names: dict[int, list[str]] = {c: [] for c in candidates}
    for chunk in range(0, len(inside_all), 5000):
        part = inside_all[chunk:chunk + 5000]
        rows = session.execute(
            select(Partnership.id, Partnership.stage, A.id, A.name, A.country,
                   B.id, B.name, B.country)
            .join(A, A.id == Partnership.a_id).join(B, B.id == Partnership.b_id)
            .where(or_(Partnership.a_id.in_(part), Partnership.b_id.in_(part)))
        )
        for pid, stage, aid, aname, acountry, bid, bname, bcountry in rows:
            for end, other_name, other_country in ((aid, bname, bcountry), (bid, aname, acountry)):
                for c in owner.get(end, ()):
                    if stage in ESTABLISHED_STAGES:
                        if pid not in pairs[c]:
                            pairs[c].add(pid)
                            names[c].append(other_name)
                            if other_country:
                                countries[c].add(other_country)
                    elif stage in PIPELINE_STAGES:
                        pipeline[c].add(pid)
    parents = {pid: name for pid, name in session.execute(
        select(Place.id, Place.name).where(
            Place.id.in_({v[3] for v in candidates.values() if v[3] is not None})))}
    order = sorted(candidates, key=lambda c: (-len(pairs[c]), -len(countries[c]),
                                              candidates[c][0].casefold()))
    out: list[Ranked] = []
    prev, prev_rank = None, 0
    for i, c in enumerate(order, 1):
        n = len(pairs[c])
        r = prev_rank if n == prev else i
        prev, prev_rank = n, r
        name, key, kind, parent = candidates[c]
        out.append(Ranked(r, name, key, kind, parents.get(parent), n, len(countries[c]),
                          len(pipeline[c]), sorted(names[c], key=str.casefold)))
    return out[:limit] if limit else out
