"""Partnerships in time: the stage a tie had on a date, new ties in a period, ended ones.

Dates are ISO text with a precision ("1989", "2014-11", "2014-11-16"). A date known only to a
year or a month is taken as its first day when asked "by then?" (signed "1990" counts at
1990-01-01), and as the whole period when asked "within a period?".

Ties with no known start date (all of the open data) are *undated*: they are counted as
existing at any date and flagged `undated`, never silently dropped. A tie that ended on a known
date counts before that date; one that ended on an unknown date does not count at any date.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..model import ENDED_STAGES, ESTABLISHED_STAGES, PIPELINE_STAGES, Stage
from ..store.schema import Partnership, Place
from .ties import Tie, check_date, count_ties, parse_day, stage_changes, ties

_RANK = {s: i for i, s in enumerate(Stage)}


def _on_or_before(date: str, at: str) -> bool:
    """Whether a partial `date` began on or before the day `at` (both ISO text)."""
    return parse_day(date) <= parse_day(at, end=True)


def stage_at(stage: str, since: str | None, ended: str | None,
             changes: list[tuple[str, str | None]], at: str) -> tuple[str | None, bool]:
    """The stage a tie had on `at`, and whether that rests on no date (undated).

    None means the tie did not exist yet (or had ended with no known date).
    """
    dated = [(s, d) for s, d in changes if d]
    before = [(s, d) for s, d in dated if _on_or_before(d, at)]
    if before:
        last = max(before, key=lambda c: (parse_day(c[1]), _RANK.get(c[0], 0)))[0]
        if last in ENDED_STAGES:
            return last, False
        # an undated "active" beside a dated "signed" keeps the tie active, as merge does
        return last, False
    starts = [d for s, d in dated if s not in ENDED_STAGES]
    if since and _on_or_before(since, at) and not starts:
        return (Stage.active if stage in ENDED_STAGES else stage), False
    if starts or since:
        return None, False  # every dated start lies after `at`
    # no start date known: the tie counts at any date, unless it had ended by then
    if stage in ENDED_STAGES:
        if ended and not _on_or_before(ended, at):
            return Stage.active, True
        return None, True
    return stage, True


@dataclass
class TieAt:
    tie: Tie
    stage: str
    undated: bool


def ties_at(session: Session, place: Place | None, at: str, *, rollup: bool = False,
            rows: list[Tie] | None = None) -> list[TieAt]:
    """The ties of `place` as they stood on `at`: those that existed, each with its stage then."""
    at = check_date(at, "--at")
    rows = ties(session, place, rollup=rollup) if rows is None else rows
    changes = stage_changes(session, [t.partnership_id for t in rows])
    out = []
    for t in rows:
        s, undated = stage_at(t.stage, t.since, t.ended, changes.get(t.partnership_id, []), at)
        if s is not None:
            out.append(TieAt(t, s, undated))
    return out


def _within(date: str | None, start: str | None, end: str | None) -> bool:
    if not date:
        return False
    lo, hi = parse_day(date), parse_day(date, end=True)
    if start and hi < parse_day(start):
        return False
    if end and lo > parse_day(end, end=True):
        return False
    return True


@dataclass
class Period:
    """Ties in a period, and how many could not be placed in it for want of a date."""

    rows: list[Tie]
    undated: int


def new_ties(session: Session, place: Place | None, since: str, until: str | None = None, *,
             rollup: bool = False) -> Period:
    """Partnerships established (signed or active, or since ended) within [since, until]."""
    since, until = check_date(since, "--since"), check_date(until, "--until")
    not_pipeline = Partnership.stage.not_in([s.value for s in PIPELINE_STAGES])
    rows = [t for t in ties(session, place, rollup=rollup,
                            where=[not_pipeline, Partnership.since.is_not(None)])
            if _within(t.since, since, until)]
    undated = count_ties(session, place, rollup=rollup,
                         where=[not_pipeline, Partnership.since.is_(None)])
    rows.sort(key=lambda t: (parse_day(t.since), t.partner.casefold()))
    return Period(rows, undated)


def ended_ties(session: Session, place: Place | None, since: str | None = None,
               until: str | None = None, *, rollup: bool = False) -> Period:
    """Partnerships suspended or terminated within [since, until]."""
    since, until = check_date(since, "--since"), check_date(until, "--until")
    rows, undated = [], 0
    for t in ties(session, place, rollup=rollup,
                  where=[Partnership.stage.in_([s.value for s in ENDED_STAGES])]):
        if not t.ended:
            if since is None and until is None:
                rows.append(t)
            else:
                undated += 1
        elif since is None and until is None or _within(t.ended, since, until):
            rows.append(t)
    rows.sort(key=lambda t: (t.ended or "9999", t.partner.casefold()))
    return Period(rows, undated)


def signings_by_year(rows: list[Tie]) -> tuple[dict[int, int], int]:
    """Established ties by the year they began, and how many have no known start."""
    by_year: dict[int, int] = {}
    undated = 0
    for t in rows:
        if t.stage not in ESTABLISHED_STAGES and t.stage not in ENDED_STAGES:
            continue
        if t.since:
            y = int(t.since[:4])
            by_year[y] = by_year.get(y, 0) + 1
        else:
            undated += 1
    return dict(sorted(by_year.items())), undated
