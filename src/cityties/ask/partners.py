"""A place's partners, optionally with those of every place inside it (roll-up).

Every row names both ends, so a roll-up shows which of the province's cities holds each tie.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import and_, or_, select
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
    """A select of partnership ids touching the place (or, rolled up, anything inside it)."""
    if rollup:
        members = inside(place_id)
        cond = or_(Partnership.a_id.in_(members), Partnership.b_id.in_(members))
    else:
        cond = or_(Partnership.a_id == place_id, Partnership.b_id == place_id)
    q = select(Partnership.id).where(cond)
    if stage:
        q = q.where(Partnership.stage.in_(stage))
    if type:
        q = q.where(Partnership.type.in_(type))
    return q


def partners(session: Session, place: Place, *, rollup: bool = False,
             stage: list[str] | None = None, type: list[str] | None = None) -> list[PartnerRow]:
    """The partners of `place`, one row per partnership, sorted by partner country then name."""
    ids = list(session.execute(partnerships_of(place.id, rollup, stage=stage, type=type)).scalars())
    if not ids:
        return []
    inner = set(session.execute(inside(place.id)).scalars()) if rollup else {place.id}
    A, B = aliased(Place), aliased(Place)
    rows = session.execute(
        select(Partnership, A, B)
        .join(A, A.id == Partnership.a_id)
        .join(B, B.id == Partnership.b_id)
        .where(Partnership.id.in_(ids))
    ).all()
    srcs: dict[int, list[str]] = {}
    for pid, key in session.execute(
        select(PartnershipSource.partnership_id, Source.key)
        .join(Source, Source.id == PartnershipSource.source_id)
        .where(PartnershipSource.partnership_id.in_(ids))
    ):
        srcs.setdefault(pid, []).append(key)
    out = []
    for p, a, b in rows:
        here, there = (a, b) if a.id in inner else (b, a)
        if here.id not in inner:  # cannot happen; kept as a guard for the roll-up's logic
            continue
        out.append(PartnerRow(
            partnership_id=p.id, place=here.name, place_key=here.key,
            partner=there.name, partner_key=there.key, partner_country=there.country,
            partner_continent=there.continent, partner_kind=there.kind, type=p.type,
            stage=p.stage, since=p.since, since_derived=bool(p.since_derived), ended=p.ended,
            sources=sorted(srcs.get(p.id, [])),
        ))
    out.sort(key=lambda r: (r.partner_country or "~", r.partner.casefold(), r.place))
    return out


def partnership_between(session: Session, a_id: int, b_id: int) -> Partnership | None:
    lo, hi = min(a_id, b_id), max(a_id, b_id)
    return session.execute(
        select(Partnership).where(and_(Partnership.a_id == lo, Partnership.b_id == hi))
    ).scalar()
