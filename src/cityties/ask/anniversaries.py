"""Round anniversaries coming up: the 10th, 25th, 40th ... year of an established partnership.

The anniversary falls on the start date's day; a start known only to the month or the year
gives an anniversary known only to that month or year, which is listed when any part of it
lies in the range asked (and shown as "2026" or "2026-05", with its precision). Derived start
dates ("the 25th anniversary" in a 2014 article -> 1989) are flagged. Ties that have ended are
left out; ties with no known start date cannot have one and are only counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..model import ESTABLISHED_STAGES, PartialDate
from ..store.schema import Partnership, Place
from .ties import Tie, check_date, count_ties, parse_day, ties

ROUND = (5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)


@dataclass
class Anniversary:
    date: str
    years: int
    tie: Tie

    def as_dict(self) -> dict:
        t = self.tie
        return dict(date=self.date, years=self.years, place=t.here, partner=t.partner,
                    partner_country=t.partner_country, type=t.type, stage=t.stage,
                    since=t.since, since_derived=t.since_derived,
                    precision=PartialDate.parse(t.since).precision.value,
                    partnership_id=t.partnership_id)


@dataclass
class Anniversaries:
    rows: list[Anniversary]
    start: str
    end: str
    undated: int


def _shift(since: str, years: int) -> str:
    d = PartialDate.parse(since)
    y = d.year + years
    if d.day is not None:
        day = d.day
        if d.month == 2 and day == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
            day = 28
        return f"{y:04d}-{d.month:02d}-{day:02d}"
    return PartialDate(y, d.month).iso()


def default_range(today: dt.date | None = None) -> tuple[str, str]:
    """The next twelve months from today."""
    today = today or dt.date.today()
    try:
        end = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        end = today.replace(year=today.year + 1, day=28)
    return today.isoformat(), (end - dt.timedelta(days=1)).isoformat()


def anniversaries(session: Session, place: Place | None = None, *, start: str | None = None,
                  end: str | None = None, rollup: bool = False,
                  rounds: tuple[int, ...] = ROUND) -> Anniversaries:
    """Round anniversaries of `place`'s partnerships (or the world's) between `start` and `end`."""
    d_start, d_end = default_range()
    start = check_date(start, "--from") or d_start
    end = check_date(end, "--to") or (d_end if start == d_start else None)
    lo = parse_day(start)
    end = end or default_range(lo)[1]
    hi = parse_day(end, end=True)
    established = Partnership.stage.in_([s.value for s in ESTABLISHED_STAGES])
    rows = []
    undated = count_ties(session, place, rollup=rollup,
                         where=[established, Partnership.since.is_(None)])
    for t in ties(session, place, rollup=rollup,
                  where=[established, Partnership.since.is_not(None)]):
        first = int(t.since[:4])
        for n in rounds:
            if first + n < lo.year:
                continue
            if first + n > hi.year:
                break
            date = _shift(t.since, n)
            if parse_day(date, end=True) >= lo and parse_day(date) <= hi:
                rows.append(Anniversary(date, n, t))
    rows.sort(key=lambda a: (parse_day(a.date), -a.years, a.tie.here, a.tie.partner.casefold()))
    return Anniversaries(rows, start, end, undated)
