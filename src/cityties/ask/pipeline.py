"""The pipeline: partnerships by stage, with how long each has stood in its current stage.

The time in stage runs from the first dated change into the current stage after the last dated
change to another stage (stage_change rows), so a second source restating a letter of intent
does not reset the clock. Letters of intent come first, longest waiting first (the stalled ones
an office chases), then approved ties, contacts, and the established and ended ones.

For the whole world the rows are the ties in progress (contact, intent, approved, signed) unless
stages are asked for; every stage is still counted. Listing the world's tens of thousands of
active ties is an export, not a pipeline.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..model import Stage
from ..store.schema import Partnership, Place
from .ties import Tie, parse_day, stage_changes, ties

IN_PROGRESS = [Stage.contact, Stage.intent, Stage.approved, Stage.signed]
ORDER = [Stage.intent, Stage.approved, Stage.contact, Stage.signed, Stage.active,
         Stage.suspended, Stage.terminated]


@dataclass
class PipelineRow:
    tie: Tie
    in_stage_since: str | None
    days_in_stage: int | None

    def as_dict(self) -> dict:
        t = self.tie
        return dict(stage=t.stage, partner=t.partner, partner_country=t.partner_country,
                    place=t.here, type=t.type, in_stage_since=self.in_stage_since,
                    days_in_stage=self.days_in_stage, since=t.since,
                    partnership_id=t.partnership_id, partner_key=t.partner_key)


@dataclass
class Pipeline:
    rows: list[PipelineRow]
    by_stage: dict[str, int]


def _entered(stage: str, changes: list[tuple[str, str | None]], fallback: str | None) -> str | None:
    dated = [(s, d) for s, d in changes if d]
    other = [parse_day(d) for s, d in dated if s != stage]
    last_other = max(other) if other else None
    mine = [d for s, d in dated if s == stage and (last_other is None or parse_day(d) >= last_other)]
    if mine:
        return min(mine, key=parse_day)
    return fallback


def pipeline(session: Session, place: Place | None, *, rollup: bool = False,
             today: dt.date | None = None, stages: list[str] | None = None) -> Pipeline:
    """Every partnership of `place` by stage (or only `stages`), with its time in that stage."""
    today = today or dt.date.today()
    if place is None and not stages:
        stages = [s.value for s in IN_PROGRESS]
    rows = ties(session, place, rollup=rollup,
                where=[Partnership.stage.in_(list(stages))] if stages else None)
    changes = stage_changes(session, [t.partnership_id for t in rows])
    out = []
    for t in rows:
        entered = _entered(t.stage, changes.get(t.partnership_id, []), t.stage_date)
        days = (today - parse_day(entered)).days if entered else None
        out.append(PipelineRow(t, entered, days))
    rank = {s: i for i, s in enumerate(ORDER)}
    out.sort(key=lambda r: (rank.get(r.tie.stage, 9),
                            -(r.days_in_stage if r.days_in_stage is not None else -1),
                            r.tie.partner.casefold()))
    if place is None:
        counts = Counter(dict(session.execute(
            select(Partnership.stage, func.count()).group_by(Partnership.stage)).all()))
    else:
        counts = Counter(t.stage for t in rows)
    return Pipeline(out, {s.value: counts[s] for s in ORDER if counts[s]})
