"""Claims against counts: what a place says it has, beside what the registry counts then.

A claim ("88 pairs of friendship cities with 35 countries", from the news or entered by a
person) is compared with `stats(at=claim date)`: a province's or a country's claim with its
roll-up (its cities' ties are its own), a city's or a district's with its own ties only, unless
`rollup` says otherwise. The gap is explained with the partnerships behind it: when the registry
counts more, its undated ties (which may be later than the claim) come first; when it counts
fewer, the registry lacks that many partners. A claim's breakdown ({"intent": 29, "JP": 3})
is compared key by key with the registry's counts by stage and by country.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import ESTABLISHED_STAGES, PlaceKind, Stage
from ..sources import person_source
from ..store.schema import Claim, Place, PlaceAncestor, Source
from .stats import stats
from .ties import check_date
from .timeline import ties_at

ROLLUP_KINDS = (PlaceKind.country, PlaceKind.state_province)


@dataclass
class ClaimCheck:
    claim_id: int
    place: str
    place_key: str
    date: str | None
    claimed_partners: int | None
    claimed_countries: int | None
    registry_partners: int
    registry_countries: int
    registry_undated: int
    gap_partners: int | None
    gap_countries: int | None
    rollup: bool
    explanation: str
    evidence: str | None
    source: str
    source_url: str | None
    breakdown: list[dict] = field(default_factory=list)
    partners: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _claims(session: Session, place: Place | None, rollup: bool) -> list[tuple[Claim, Place, Source]]:
    q = (select(Claim, Place, Source).join(Place, Place.id == Claim.place_id)
         .join(Source, Source.id == Claim.source_id))
    if place is not None:
        if rollup:
            q = q.where(Claim.place_id.in_(
                select(PlaceAncestor.place_id).where(PlaceAncestor.ancestor_id == place.id)))
        else:
            q = q.where(Claim.place_id == place.id)
    return list(session.execute(q.order_by(Claim.date.desc().nulls_last(), Claim.id)).all())


def _explain(gap: int | None, undated: int, claimed: int | None) -> str:
    if claimed is None:
        return "no total claimed"
    if gap == 0:
        return "the registry counts the same"
    if gap > 0:
        return f"the registry lacks {gap} partner(s) the place counts"
    more = -gap
    if undated >= more:
        return (f"the registry counts {more} more; {undated} of its ties have no start date "
                "and may be later than the claim")
    return f"the registry counts {more} more (ties the place may not count, or ended ones)"


def check_claims(session: Session, place: Place | None = None, *, rollup: bool | None = None,
                 include_places_inside: bool = False) -> list[ClaimCheck]:
    """Every claim of `place` (or every claim) beside the registry's counts at its date."""
    out = []
    for claim, where, src in _claims(session, place, include_places_inside):
        roll = rollup if rollup is not None else where.kind in ROLLUP_KINDS
        at = claim.date or src.published or dt.date.today().isoformat()
        s = stats(session, where, rollup=roll, at=at)
        gap_p = claim.count_partners - s.pairs if claim.count_partners is not None else None
        gap_c = claim.count_countries - s.countries if claim.count_countries is not None else None
        counted = [ta for ta in ties_at(session, where, at, rollup=roll)
                   if ta.stage in ESTABLISHED_STAGES]
        counted.sort(key=lambda ta: (not ta.undated, ta.tie.partner_country or "~",
                                     ta.tie.partner.casefold()))
        partners = [dict(partner=ta.tie.partner, partner_country=ta.tie.partner_country,
                         place=ta.tie.here, since=ta.tie.since, undated=ta.undated,
                         partnership_id=ta.tie.partnership_id) for ta in counted]
        breakdown = []
        for key, value in (claim.breakdown or {}).items():
            if not isinstance(value, int | float):
                continue
            if key in Stage.__members__:
                have = s.by_stage.get(key, 0)
            elif len(key) == 2 and key.isalpha():
                have = s.by_country.get(key.upper(), 0)
            else:
                have = None
            breakdown.append(dict(key=key, claimed=value, registry=have,
                                  gap=None if have is None else value - have))
        out.append(ClaimCheck(
            claim_id=claim.id, place=where.name, place_key=where.key, date=claim.date,
            claimed_partners=claim.count_partners, claimed_countries=claim.count_countries,
            registry_partners=s.pairs, registry_countries=s.countries,
            registry_undated=s.undated, gap_partners=gap_p, gap_countries=gap_c, rollup=roll,
            explanation=_explain(gap_p, s.undated, claim.count_partners),
            evidence=claim.evidence, source=src.title or src.key, source_url=src.url,
            breakdown=breakdown, partners=partners,
        ))
    return out


def add_claim(session: Session, place: Place, *, partners: int | None, countries: int | None = None,
              date: str | None = None, note: str | None = None, breakdown: dict | None = None,
              author: str | None = None) -> Claim:
    """A claim a person enters ("88 pairs in 35 countries"), with a person source."""
    if partners is None and countries is None:
        raise ValueError("a claim needs --partners or --countries")
    for n, what in ((partners, "--partners"), (countries, "--countries")):
        if n is not None and n < 0:
            raise ValueError(f"{what} must be zero or more")
    date = check_date(date, "--date") or dt.date.today().isoformat()
    src = person_source(session, note or f"claim for {place.name} entered by hand", author)
    claim = Claim(place_id=place.id, date=date, count_partners=partners,
                  count_countries=countries, breakdown=breakdown, evidence=note,
                  source_id=src.id)
    session.add(claim)
    session.flush()
    return claim

