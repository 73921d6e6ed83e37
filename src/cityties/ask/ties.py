"""The ties an office question is about: one flat row per partnership, seen from the place.

Every question of `ask` (timeline, pipeline, anniversaries, coverage, rank, claims) starts from
the same rows: the partnerships touching a place (or, rolled up, anything inside it, or the whole
world), each once, with the end inside the place as `here` and the other end as the partner.
The rows are plain tuples from one SQL query, so the world's 33,706 ties load in a few tens of ms.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from ..model import ENDED_STAGES, ESTABLISHED_STAGES, PartialDate
from ..store.schema import Partnership, Place, PlaceAncestor, StageChange


@dataclass(slots=True)
class Tie:
    partnership_id: int
    here_id: int
    here: str
    partner_id: int
    partner: str
    partner_key: str
    partner_country: str | None
    partner_continent: str | None
    partner_lat: float | None
    partner_lng: float | None
    type: str
    stage: str
    since: str | None
    since_derived: bool
    stage_date: str | None
    ended: str | None

    @property
    def established(self) -> bool:
        return self.stage in ESTABLISHED_STAGES

    @property
    def has_ended(self) -> bool:
        return self.stage in ENDED_STAGES

    def row(self) -> dict:
        """The fields a person reads (ids kept for JSON consumers)."""
        d = asdict(self)
        for k in ("here_id", "partner_id", "partner_lat", "partner_lng"):
            d.pop(k)
        d["place"] = d.pop("here")
        return d


def inner_ids(session: Session, place: Place, rollup: bool) -> set[int]:
    if not rollup:
        return {place.id}
    return set(session.execute(
        select(PlaceAncestor.place_id).where(PlaceAncestor.ancestor_id == place.id)).scalars())


def raw_rows(conn, stmt) -> list[tuple]:
    """All rows of a parameterless select as plain tuples, straight from the driver's cursor.

    For whole-table scans SQLAlchemy's Row objects cost more than the query itself.
    """
    sql = str(stmt.compile(dialect=conn.dialect))
    cur = conn.connection.driver_connection.cursor()
    try:
        cur.execute(sql)
        return cur.fetchall()
    finally:
        cur.close()


def _joined(cols):
    """The partnership columns with both places' id, name, key, country, continent, lat and lng."""
    A, B = aliased(Place), aliased(Place)
    return (
        select(*cols, A.id, A.name, A.key, A.country, A.continent, A.lat, A.lng,
               B.id, B.name, B.key, B.country, B.continent, B.lat, B.lng)
        .join(A, A.id == Partnership.a_id)
        .join(B, B.id == Partnership.b_id)
    )


def ties(session: Session, place: Place | None = None, *, rollup: bool = False,
         where: list | None = None) -> list[Tie]:
    """The partnerships of `place` (rolled up if asked) or, with no place, of the whole world.

    A tie between two places both inside a rolled-up place appears once, seen from its `a` end.
    `where`: SQL conditions on `Partnership` that narrow the rows in the database (what makes
    world-wide questions about the few dated or ended ties fast).
    """
    where = list(where or [])
    conn = session.connection()  # Core rows: no ORM bookkeeping for tens of thousands of rows
    cols = (Partnership.id, Partnership.type, Partnership.stage, Partnership.since,
            Partnership.since_derived, Partnership.stage_date, Partnership.ended)
    if place is None and where:
        rows, inner = conn.execute(_joined(cols).where(*where)).all(), None
    elif place is None:
        # the whole world: two plain scans joined here are faster than a three-way SQL join
        places = {r[0]: r for r in raw_rows(conn, select(
            Place.id, Place.name, Place.key, Place.country, Place.continent, Place.lat,
            Place.lng))}
        return [
            Tie(pid, a[0], a[1], b[0], b[1], b[2], b[3], b[4], b[5], b[6], type_, stage, since,
                bool(derived), stage_date, ended)
            for a_id, b_id, pid, type_, stage, since, derived, stage_date, ended in raw_rows(
                conn, select(Partnership.a_id, Partnership.b_id, *cols))
            for a, b in ((places[a_id], places[b_id]),)
        ]
    else:
        q = _joined(cols)
        if rollup:
            members = select(PlaceAncestor.place_id).where(PlaceAncestor.ancestor_id == place.id)
            q = q.where(or_(Partnership.a_id.in_(members), Partnership.b_id.in_(members)))
        else:
            q = q.where(or_(Partnership.a_id == place.id, Partnership.b_id == place.id))
        inner = inner_ids(session, place, rollup)
        rows = conn.execute(q.where(*where)).all()
    out = []
    for (pid, type_, stage, since, derived, stage_date, ended,
         aid, aname, akey, acountry, acont, alat, alng,
         bid, bname, bkey, bcountry, bcont, blat, blng) in rows:
        if inner is not None and aid not in inner:  # the partner is the a end
            out.append(Tie(pid, bid, bname, aid, aname, akey, acountry, acont, alat, alng,
                           type_, stage, since, bool(derived), stage_date, ended))
        else:
            out.append(Tie(pid, aid, aname, bid, bname, bkey, bcountry, bcont, blat, blng,
                           type_, stage, since, bool(derived), stage_date, ended))
    return out


def count_ties(session: Session, place: Place | None = None, *, rollup: bool = False,
               where: list | None = None) -> int:
    """How many partnerships `ties` would return, counted in the database."""
    q = select(func.count(Partnership.id)).where(*(where or []))
    if place is not None:
        if rollup:
            members = select(PlaceAncestor.place_id).where(PlaceAncestor.ancestor_id == place.id)
            q = q.where(or_(Partnership.a_id.in_(members), Partnership.b_id.in_(members)))
        else:
            q = q.where(or_(Partnership.a_id == place.id, Partnership.b_id == place.id))
    return session.execute(q).scalar_one()


def stage_changes(session: Session, ids: list[int]) -> dict[int, list[tuple[str, str | None]]]:
    """Each partnership's dated stage changes, (stage, date), in the order they happened."""
    out: dict[int, list[tuple[str, str | None]]] = {}
    if not ids:
        return out
    conn = session.connection()
    if len(ids) > 20000:  # most of the world: one scan of the table, filtered here
        wanted = set(ids)
        for pid, stage, date in conn.execute(
            select(StageChange.partnership_id, StageChange.stage, StageChange.date)
        ):
            if pid in wanted:
                out.setdefault(pid, []).append((stage, date))
        ids = []
    for chunk in range(0, len(ids), 5000):
        part = ids[chunk:chunk + 5000]
        for pid, stage, date in conn.execute(
            select(StageChange.partnership_id, StageChange.stage, StageChange.date)
            .where(StageChange.partnership_id.in_(part))
        ):
            out.setdefault(pid, []).append((stage, date))
    for changes in out.values():
        changes.sort(key=lambda c: (c[1] or "0000"))
    return out


def parse_day(text: str | None, *, end: bool = False) -> dt.date | None:
    """A partial date as a day: its first day, or with `end` its last ("2014" -> 2014-12-31)."""
    if not text:
        return None
    d = PartialDate.parse(text)
    if not end:
        return dt.date(d.year, d.month or 1, d.day or 1)
    if d.day is not None:
        return dt.date(d.year, d.month, d.day)
    if d.month is not None:
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(d.year, 12, 31)


def check_date(text: str | None, what: str = "date") -> str | None:
    """A date a person typed, as ISO text, or ValueError with the expected shape."""
    if text is None:
        return None
    try:
        return PartialDate.parse(text).iso()
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
