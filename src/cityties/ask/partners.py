"""A place's partners, optionally with those of every place inside it (roll-up).

Every row names both ends, so a roll-up shows which of the province's cities holds each tie.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import and_, select, union
from sqlalchemy.orm import Session, aliased

from ..store.schema import Partnership, PartnershipSource, Place, PlaceAncestor, Source


@dataclass
class PartnerRow:
    partnership_id: int
    place: str
    place_key: str
    partner: str
    partner_key: str
    partner_country: str | None
    partner_continent: str | None
    partner_kind: str
    type: str
    stage: str
    since: str | None
    since_derived: bool
    ended: str | None
    sources: list[str]

    def as_dict(self) -> dict:
        return asdict(self)


def inside(place_id: int):
    """A subquery of the ids of `place_id` and every place inside it."""
    return select(PlaceAncestor.place_id).where(PlaceAncestor.ancestor_id == place_id)


def partnerships_of(place_id: int, rollup: bool = False, *, stage: list[str] | None = None,
                    type: list[str] | None = None):
    """A select of partnership ids touching the place (or, rolled up, anything inside it).

    A union of the two ends rather than `a IN (...) OR b IN (...)`: each half uses its index,
    where PostgreSQL plans the OR as a scan of the whole table.
    """
    if rollup:
        members = inside(place_id)
        halves = [Partnership.a_id.in_(members), Partnership.b_id.in_(members)]
    else:
        halves = [Partnership.a_id == place_id, Partnership.b_id == place_id]
    queries = []
    for cond in halves:
        q = select(Partnership.id).where(cond)
        if stage:
            q = q.where(Partnership.stage.in_(stage))
        if type:
            q = q.where(Partnership.type.in_(type))
        queries.append(q)
    return union(*queries)


def partners(session: Session, place: Place, *, rollup: bool = False,
             stage: list[str] | None = None, type: list[str] | None = None) -> list[PartnerRow]:
    """The partners of `place`, one row per partnership, sorted by partner country then name.

    Plain columns rather than ORM objects: this is the registry's hottest query.
    """
    inner = set(session.execute(inside(place.id)).scalars()) if rollup else {place.id}
    A, B = aliased(Place), aliased(Place)
    rows = session.execute(
        select(Partnership.id, Partnership.type, Partnership.stage, Partnership.since,
               Partnership.since_derived, Partnership.ended,
               A.id, A.name, A.key, A.country, A.continent, A.kind,
               B.id, B.name, B.key, B.country, B.continent, B.kind)
        .join(A, A.id == Partnership.a_id)
        .join(B, B.id == Partnership.b_id)
        .where(Partnership.id.in_(partnerships_of(place.id, rollup, stage=stage, type=type)))
    ).all()
    if not rows:
        return []
    srcs: dict[int, list[str]] = {}
    for pid, key in session.execute(
        select(PartnershipSource.partnership_id, Source.key)
        .join(Source, Source.id == PartnershipSource.source_id)
        .where(PartnershipSource.partnership_id.in_([r[0] for r in rows]))
    ):
        srcs.setdefault(pid, []).append(key)
    out = []
    for pid, type_, stage_, since, derived, ended, *ends in rows:
        a, b = ends[:6], ends[6:]
        here, there = (a, b) if a[0] in inner else (b, a)
        out.append(PartnerRow(
            partnership_id=pid, place=here[1], place_key=here[2],
            partner=there[1], partner_key=there[2], partner_country=there[3],
            partner_continent=there[4], partner_kind=there[5], type=type_,
            stage=stage_, since=since, since_derived=bool(derived), ended=ended,
            sources=sorted(srcs.get(pid, [])),
        ))
    out.sort(key=lambda r: (r.partner_country or "~", r.partner.casefold(), r.place))
    return out


def partnership_between(session: Session, a_id: int, b_id: int) -> Partnership | None:
    lo, hi = min(a_id, b_id), max(a_id, b_id)
    return session.execute(
        select(Partnership).where(and_(Partnership.a_id == lo, Partnership.b_id == hi))
    ).scalar()
