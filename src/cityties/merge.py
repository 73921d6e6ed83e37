"""Facts into partnerships: one mechanism for imports, the news and people's corrections.

Each fact about a pair is kept as a dated stage change with its source; the partnership's summary
(stage, since, ended) is recomputed from all of them, so nothing is overwritten. Two sources
that give different years for the establishment are both kept and the partnership is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .model import ENDED_STAGES, ESTABLISHED_STAGES, PIPELINE_STAGES, PartialDate, SourceKind, Stage
from .store.schema import CooperationArea, Partnership, PartnershipSource, Source, StageChange

RANK = {s: i for i, s in enumerate(Stage)}


@dataclass
class Fact:
    """One source's statement about a pair: its type and stage, and a date for that stage."""

    type: str
    stage: str
    date: str | None = None  # for signed/active: when the tie was established
    derived: bool = False
    stage_date: str | None = None  # for suspended/terminated: when that happened
    areas: tuple[str, ...] = ()
    note: str | None = None


def get_or_create_partnership(session: Session, a_id: int, b_id: int, type_: str,
                              stage: str) -> tuple[Partnership, bool]:
    if a_id == b_id:
        raise ValueError("a place cannot be partnered with itself")
    lo, hi = min(a_id, b_id), max(a_id, b_id)
    p = session.execute(
        select(Partnership).where(Partnership.a_id == lo, Partnership.b_id == hi)
    ).scalar()
    if p is not None:
        return p, False
    p = Partnership(a_id=lo, b_id=hi, type=type_, stage=stage, since_derived=False,
                    conflict=False)
    session.add(p)
    session.flush()
    return p, True


def apply_fact(session: Session, a_id: int, b_id: int, fact: Fact, source_id: int, *,
               ref: str | None = None, assertion_id: int | None = None,
               authoritative: bool = False) -> tuple[Partnership, bool]:
    """Record `fact` about the pair from `source_id` and refresh the partnership's summary.

    `authoritative` (an office's own registry, a person's correction) lets the fact's type
    replace the type open data gave; otherwise the first precise type found stays.
    Returns the partnership and whether it was new.
    """
    p, created = get_or_create_partnership(session, a_id, b_id, fact.type, fact.stage)
    if not created and (authoritative or p.type in ("twin", "other")) and fact.type != "other":
        p.type = fact.type
    date = fact.stage_date if fact.stage in ENDED_STAGES else fact.date
    precision = PartialDate.parse(date).precision.value if date else None
    exists = session.execute(
        select(StageChange.id).where(
            StageChange.partnership_id == p.id, StageChange.stage == fact.stage,
            StageChange.source_id == source_id,
            StageChange.date.is_(None) if date is None else StageChange.date == date,
        )
    ).first()
    if not exists:
        session.add(StageChange(partnership_id=p.id, stage=fact.stage, date=date,
                                precision=precision, derived=fact.derived, source_id=source_id,
                                assertion_id=assertion_id))
    if fact.stage in ENDED_STAGES and fact.date:
        # the establishment date given alongside an ending is a fact of its own
        has = session.execute(select(StageChange.id).where(
            StageChange.partnership_id == p.id, StageChange.source_id == source_id,
            StageChange.stage == Stage.active, StageChange.date == fact.date)).first()
        if not has:
            session.add(StageChange(partnership_id=p.id, stage=Stage.active, date=fact.date,
                                    precision=PartialDate.parse(fact.date).precision.value,
                                    derived=fact.derived, source_id=source_id,
                                    assertion_id=assertion_id))
    link = session.get(PartnershipSource, (p.id, source_id))
    if link is None:
        session.add(PartnershipSource(partnership_id=p.id, source_id=source_id, ref=ref))
    for area in fact.areas:
        if session.get(CooperationArea, (p.id, area)) is None:
            session.add(CooperationArea(partnership_id=p.id, area=area, source_id=source_id))
    if fact.note and authoritative:
        p.note = fact.note
    session.flush()
    refresh(session, p)
    return p, created


def _dataset_stage(session: Session, p: Partnership) -> StageChange | None:
    """Open data lists a tie without dates: an undated `active` fact from each dataset source."""
    found = session.execute(
        select(PartnershipSource.source_id).join(Source, Source.id == PartnershipSource.source_id)
        .where(PartnershipSource.partnership_id == p.id, Source.kind == SourceKind.dataset)
    ).first()
    if found is None:
        return None
    return StageChange(partnership_id=p.id, stage=Stage.active, date=None, derived=False,
                       source_id=found[0])


def refresh(session: Session, p: Partnership) -> None:
    """Recompute stage, since, ended and the conflict flag from every recorded stage change.

    Stages only move forward: once a source says the tie exists, news of contact or a letter of
    intent about the pair (often an upgrade, friendship to sister) does not undo it; only a
    suspension or an end does, and a later signing restores it. Dated facts order the history;
    undated ones count before any dated one.
    """
    changes = list(session.execute(
        select(StageChange).where(StageChange.partnership_id == p.id)).scalars())
    listed = _dataset_stage(session, p)
    history = changes + ([listed] if listed is not None else [])
    if not history:
        return
    ordered = sorted(history, key=lambda c: (c.date or "0000", RANK.get(c.stage, 0)))
    if any(c.stage in ESTABLISHED_STAGES for c in history):
        ordered = [c for c in ordered if c.stage not in PIPELINE_STAGES]
    current = ordered[-1]
    p.stage = current.stage
    if p.stage == Stage.signed and any(c.stage == Stage.active and c.date is None
                                       for c in history if c is not current):
        p.stage = Stage.active
    established = [c for c in changes if c.stage in ESTABLISHED_STAGES and c.date]
    if established:
        # prefer stated dates over derived ones, then the earliest, then the most precise
        best = min(established, key=lambda c: (c.derived, c.date[:4], -len(c.date)))
        p.since, p.since_year, p.since_derived = best.date, int(best.date[:4]), bool(best.derived)
        stated_years = {c.date[:4] for c in established if not c.derived}
        all_years = {c.date[:4] for c in established}
        p.conflict = len(stated_years) > 1 or (not stated_years and len(all_years) > 1)
    intents = [c for c in changes if c.stage == Stage.intent and c.date]
    if not established and intents and p.stage in PIPELINE_STAGES:
        first = min(intents, key=lambda c: c.date)
        p.since, p.since_year, p.since_derived = first.date, int(first.date[:4]), False
    if p.stage in ENDED_STAGES:
        dated = [c.date for c in history if c.stage in ENDED_STAGES and c.date]
        p.ended = max(dated) if dated else None
        p.stage_date = p.ended
    else:
        p.ended = None
        p.stage_date = current.date
