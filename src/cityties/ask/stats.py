"""Statistics an office reports: pairs, countries, continents; by stage, type and decade.

"Pairs" counts established partnerships (signed or active), the figure offices report; the
pipeline (contact, intent, approved) and ended ties are counted by stage beside it. With roll-up,
a partnership held by any place inside the place counts once, however many of its places hold it.

With `at` (a date), each tie counts with the stage it had on that date (see `ask.timeline`): ties
signed later are left out, ties that ended by then count as ended. Ties with no known start date
(all of the open data) count at any date and are reported in `undated`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..model import ESTABLISHED_STAGES
from ..store.schema import Partnership, Place, PlaceAncestor
from .partners import partnerships_of


@dataclass
class Stats:
    place: str
    place_key: str
    rollup: bool
    at: str | None
    pairs: int
    countries: int
    continents: int
    places_holding: int
    by_stage: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    by_decade: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    by_continent: dict[str, int] = field(default_factory=dict)
    undated: int = 0  # counted pairs whose start date is unknown (counted as of any date)

    def as_dict(self) -> dict:
        return asdict(self)


def stats(session: Session, place: Place, *, rollup: bool = False, at: str | None = None) -> Stats:
    """Counts for `place` (and, with `rollup`, every place inside it), each pair once.

    `at`: count the ties as they stood on that date (YYYY, YYYY-MM or YYYY-MM-DD).
    """
    if rollup:
        inner = set(session.execute(
            select(PlaceAncestor.place_id).where(PlaceAncestor.ancestor_id == place.id)
        ).scalars())
    else:
        inner = {place.id}
    cond = Partnership.id.in_(partnerships_of(place.id, rollup))
    A, B = aliased(Place), aliased(Place)
    rows = session.execute(
        select(Partnership.a_id, Partnership.b_id, Partnership.stage, Partnership.type,
               Partnership.since_year, A.country, A.continent, B.country, B.continent,
               Partnership.id, Partnership.since, Partnership.ended)
        .join(A, A.id == Partnership.a_id)
        .join(B, B.id == Partnership.b_id)
        .where(cond)
    ).all()
    undated_ids: set[int] = set()
    if at is not None:
        from .ties import check_date

        at = check_date(at, "--at")
        rows, undated_ids = _as_of(session, rows, at)
    by_stage, by_type, by_decade = Counter(), Counter(), Counter()
    by_country, by_continent = Counter(), Counter()
    holders = set()
    pairs = 0
    undated = 0
    for a, b, stage, type_, year, ca, cona, cb, conb, pid, *_ in rows:
        by_stage[stage] += 1
        if stage not in ESTABLISHED_STAGES:
            continue
        pairs += 1
        undated += pid in undated_ids or not year
        by_type[type_] += 1
        by_decade[f"{year // 10 * 10}s" if year else "unknown"] += 1
        # the partner is the end outside the place; a tie inside it counts its own country
        if a in inner and b not in inner:
            country, continent, holders_ = cb, conb, (a,)
        elif b in inner and a not in inner:
            country, continent, holders_ = ca, cona, (b,)
        else:
            country, continent, holders_ = cb, conb, (a, b)
        holders.update(holders_)
        by_country[country or "unknown"] += 1
        by_continent[continent or "unknown"] += 1
    known_countries = [c for c in by_country if c != "unknown"]
    known_continents = [c for c in by_continent if c != "unknown"]
    return Stats(
        place=place.name, place_key=place.key, rollup=rollup, at=at, pairs=pairs,
        countries=len(known_countries), continents=len(known_continents),
        places_holding=len(holders),
        by_stage=dict(by_stage.most_common()), by_type=dict(by_type.most_common()),
        by_decade=dict(sorted(by_decade.items())),
        by_country=dict(by_country.most_common()), by_continent=dict(by_continent.most_common()),
        undated=undated,
    )


def _as_of(session: Session, rows, at: str):
    """The rows with each tie's stage on `at` (those that did not exist yet left out)."""
    from .ties import stage_changes
    from .timeline import stage_at

    changes = stage_changes(session, [r[9] for r in rows])
    out, undated = [], set()
    for r in rows:
        stage, flag = stage_at(r[2], r[10], r[11], changes.get(r[9], []), at)
        if stage is None:
            continue
        if flag:
            undated.add(r[9])
        out.append((r[0], r[1], stage, *r[3:]))
    return out, undated
