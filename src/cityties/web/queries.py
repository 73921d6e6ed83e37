"""What the pages and the API show, as plain dicts: places, partnerships with their history and
sources, assertions with evidence, documents, claims, anniversaries and the world network.

Both the REST API and the HTML pages call these, so a page never shows what the API cannot give.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from ..ask.partners import partners as ask_partners
from ..ask.stats import stats as ask_stats
from ..places import AmbiguousPlace, PlaceNotFound, ancestors, find_place
from ..store.schema import (
    Assertion,
    Claim,
    CooperationArea,
    Document,
    Partnership,
    PartnershipSource,
    Place,
    Source,
    StageChange,
)


class NotFound(LookupError):
    """A thing the caller named does not exist (answered with 404)."""


def place_brief(p: Place) -> dict:
    return dict(id=p.id, key=p.key, name=p.name, kind=p.kind, country=p.country,
                admin_code=p.admin_code)


def place_record(session: Session, p: Place) -> dict:
    return dict(
        place_brief(p), continent=p.continent, population=p.population, lat=p.lat, lng=p.lng,
        wikidata=p.wikidata, geonames_id=p.geonames_id,
        part_of=[place_brief(a) for a in ancestors(session, p.id)],
    )


def get_place(session: Session, ref: str | int, gazetteer=None) -> Place:
    """A registry place by id ("42"), key ("gn:1795565") or name ("Kansas City, US-MO")."""
    try:
        return _get_place(session, ref, gazetteer)
    except AmbiguousPlace as exc:  # described now: the session (and its places) ends before the reply
        exc.described = [candidate_dict(c) for c in exc.candidates]
        raise


def candidate_dict(c) -> dict:
    return dict(label=c.label, name=c.name, kind=c.kind, country=c.country, admin_code=c.admin_code,
                population=c.population, context=c.context,
                id=c.place.id if c.place is not None else None,
                key=c.place.key if c.place is not None else (f"gn:{c.gaz.id}" if c.gaz else None))


def _get_place(session: Session, ref: str | int, gazetteer=None) -> Place:
    text = str(ref).strip()
    if text.isdigit():
        p = session.get(Place, int(text))
        if p is None:
            raise PlaceNotFound(text)
        return p
    try:
        cand = find_place(session, text)
    except PlaceNotFound:
        if gazetteer is None:
            raise
        cand = find_place(session, text, gazetteer=gazetteer)
    if cand.place is None:
        from ..places import materialize

        cand.place = materialize(session, gazetteer, cand.gaz)
    return cand.place


def search_places(session: Session, q: str, limit: int = 10) -> list[dict]:
    from ..places import search

    out = []
    for p in search(session, q, limit):
        chain = ancestors(session, p.id)
        out.append(dict(place_brief(p), population=p.population,
                        part_of=", ".join(a.name for a in chain)))
    return out


def partner_rows(session: Session, place: Place, *, rollup: bool = False,
                 stage: list[str] | None = None, type: list[str] | None = None) -> list[dict]:
    """The partners of a place with the partner's id and coordinates (for links and the map)."""
    rows = ask_partners(session, place, rollup=rollup, stage=stage, type=type)
    keys = {r.partner_key for r in rows} | {r.place_key for r in rows}
    where = {}
    if keys:
        for key, pid, lat, lng in session.execute(
                select(Place.key, Place.id, Place.lat, Place.lng).where(Place.key.in_(keys))):
            where[key] = (pid, lat, lng)
    out = []
    for r in rows:
        d = dict(vars(r))  # shallow: as_dict's deep copy costs more than the queries
        pid, lat, lng = where.get(r.partner_key, (None, None, None))
        hid, hlat, hlng = where.get(r.place_key, (None, None, None))
        d.update(partner_id=pid, partner_lat=lat, partner_lng=lng, place_id=hid, place_lat=hlat,
                 place_lng=hlng)
        out.append(d)
    return out


def place_stats(session: Session, place: Place, rollup: bool = False) -> dict:
    return ask_stats(session, place, rollup=rollup).as_dict()


def timeline(rows: list[dict]) -> list[dict]:
    """Signings by year: [{"year": 1989, "count": 2, "partners": [...]}], oldest first."""
    by_year: dict[int, list[str]] = {}
    for r in rows:
        if r.get("since"):
            by_year.setdefault(int(r["since"][:4]), []).append(r["partner"])
    return [dict(year=y, count=len(n), partners=sorted(n)) for y, n in sorted(by_year.items())]


def anniversaries(rows: list[dict], today: dt.date | None = None, years_ahead: int = 2) -> list[dict]:
    """Round anniversaries (every 5 years) of established ties in this year and the next ones."""
    today = today or dt.date.today()
    out = []
    for r in rows:
        if not r.get("since") or r["stage"] not in ("signed", "active"):
            continue
        start = int(r["since"][:4])
        for year in range(today.year, today.year + years_ahead + 1):
            n = year - start
            if n > 0 and n % 5 == 0:
                out.append(dict(year=year, years=n, partner=r["partner"], partner_id=r["partner_id"],
                                place=r["place"], since=r["since"],
                                partnership_id=r["partnership_id"]))
    return sorted(out, key=lambda a: (a["year"], -a["years"], a["partner"]))


def coming_anniversaries(session: Session, place: Place, rows: list[dict], rollup: bool = False,
                         today: dt.date | None = None) -> list[dict]:
    """Round anniversaries in the next two years: the office analytics' answer where installed."""
    today = today or dt.date.today()
    try:
        from ..ask.anniversaries import anniversaries as ask_anniversaries
    except ImportError:
        return anniversaries(rows, today)
    end = dt.date(today.year + 2, 12, 31)
    found = ask_anniversaries(session, place, start=today.isoformat(), end=end.isoformat(),
                              rollup=rollup)
    return [dict(a.as_dict(), year=int(a.date[:4]), partner_id=a.tie.partner_id) for a in found.rows]


def claims(session: Session, place: Place | None = None) -> list[dict]:
    """Claims with what the registry counts for the same place at the claim's date."""
    try:
        from ..ask.claims import check_claims
    except ImportError:
        return simple_claims(session, place)
    out = []
    for c in check_claims(session, place):
        d = c.as_dict()
        out.append(dict(d, id=c.claim_id, count_partners=c.claimed_partners,
                        count_countries=c.claimed_countries, registry_pairs=c.registry_partners))
    return out


def simple_claims(session: Session, place: Place | None = None) -> list[dict]:
    """Claims with what the registry counts now (rolled up above city level)."""
    q = select(Claim, Place, Source).join(Place, Place.id == Claim.place_id).join(
        Source, Source.id == Claim.source_id).order_by(Claim.date.desc().nulls_last(), Claim.id)
    if place is not None:
        q = q.where(Claim.place_id == place.id)
    out = []
    counted: dict[int, dict] = {}
    for c, p, s in session.execute(q.limit(500)):
        if p.id not in counted:
            st = ask_stats(session, p, rollup=p.kind in ("country", "state_province"))
            counted[p.id] = dict(pairs=st.pairs, countries=st.countries)
        reg = counted[p.id]
        out.append(dict(
            id=c.id, place=place_brief(p), date=c.date, count_partners=c.count_partners,
            count_countries=c.count_countries, breakdown=c.breakdown, evidence=c.evidence,
            source=source_brief(s), registry_pairs=reg["pairs"], registry_countries=reg["countries"],
            gap_partners=(c.count_partners - reg["pairs"]) if c.count_partners is not None else None,
        ))
    return out


def source_brief(s: Source) -> dict:
    return dict(id=s.id, key=s.key, kind=s.kind, title=s.title, url=s.url, published=s.published,
                licence=s.licence, attribution=s.attribution)


def _doc_ids(session: Session, source_ids) -> dict[int, int]:
    ids = list(set(source_ids))
    if not ids:
        return {}
    return dict(session.execute(
        select(Document.source_id, Document.id).where(Document.source_id.in_(ids))).all())


def assertion_dict(a: Assertion, s: Source | None = None, document_id: int | None = None) -> dict:
    return dict(
        id=a.id, kind=a.kind, status=a.status, payload=a.payload, evidence=a.evidence,
        span_start=a.span_start, span_end=a.span_end, confidence=a.confidence,
        extractor=a.extractor, author=a.author, partnership_id=a.partnership_id,
        source=source_brief(s) if s is not None else None, document_id=document_id,
        created=a.created.isoformat() if a.created else None,
    )


def assertions(session: Session, *, status: str | None = None, kind: str | None = None,
               partnership_id: int | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    q = select(Assertion, Source).join(Source, Source.id == Assertion.source_id)
    if status:
        q = q.where(Assertion.status == status)
    if kind:
        q = q.where(Assertion.kind == kind)
    if partnership_id is not None:
        q = q.where(Assertion.partnership_id == partnership_id)
    rows = session.execute(q.order_by(Assertion.id).limit(limit).offset(offset)).all()
    docs = _doc_ids(session, [s.id for _, s in rows])
    return [assertion_dict(a, s, docs.get(s.id)) for a, s in rows]


def get_assertion(session: Session, assertion_id: int) -> dict:
    row = session.execute(select(Assertion, Source).join(Source, Source.id == Assertion.source_id)
                          .where(Assertion.id == assertion_id)).first()
    if row is None:
        raise NotFound(f"no assertion {assertion_id}")
    a, s = row
    return assertion_dict(a, s, _doc_ids(session, [s.id]).get(s.id))


def partnership_detail(session: Session, pid: int) -> dict:
    p = session.get(Partnership, pid)
    if p is None:
        raise NotFound(f"no partnership {pid}")
    history = []
    for c, s in session.execute(
            select(StageChange, Source).join(Source, Source.id == StageChange.source_id)
            .where(StageChange.partnership_id == pid).order_by(StageChange.date.nulls_first(),
                                                                StageChange.id)):
        history.append(dict(stage=c.stage, date=c.date, precision=c.precision, derived=c.derived,
                            assertion_id=c.assertion_id, source=source_brief(s)))
    sources = []
    links = session.execute(
        select(PartnershipSource, Source).join(Source, Source.id == PartnershipSource.source_id)
        .where(PartnershipSource.partnership_id == pid).order_by(Source.id)).all()
    docs = _doc_ids(session, [s.id for _, s in links])
    for link, s in links:
        sources.append(dict(source_brief(s), ref=link.ref, document_id=docs.get(s.id)))
    areas = sorted(session.execute(select(CooperationArea.area).where(
        CooperationArea.partnership_id == pid)).scalars())
    return dict(
        id=p.id, a=place_brief(p.a), b=place_brief(p.b), type=p.type, stage=p.stage, since=p.since,
        since_derived=bool(p.since_derived), stage_date=p.stage_date, ended=p.ended,
        conflict=bool(p.conflict), note=p.note, areas=areas, history=history, sources=sources,
        assertions=assertions(session, partnership_id=pid, limit=500),
    )


def document_detail(session: Session, doc_id: int) -> dict:
    row = session.execute(select(Document, Source).join(Source, Source.id == Document.source_id)
                          .where(Document.id == doc_id)).first()
    if row is None:
        raise NotFound(f"no document {doc_id}")
    d, s = row
    found = session.execute(select(Assertion).where(Assertion.source_id == s.id)
                            .order_by(Assertion.span_start, Assertion.id)).scalars()
    return dict(id=d.id, doc_id=d.doc_id, sha256=d.sha256, language=d.language, text=d.text,
                source=source_brief(s), assertions=[assertion_dict(a, s, d.id) for a in found])


def highlight(text: str, start: int | None, end: int | None, context: int = 600) -> dict:
    """The text split around the evidence span: {"before", "mark", "after"} (each escaped when shown)."""
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return dict(before=text[:context * 2], mark="", after="", cut_before=False,
                    cut_after=len(text) > context * 2)
    lo, hi = max(0, start - context), min(len(text), end + context)
    return dict(before=text[lo:start], mark=text[start:end], after=text[end:hi], cut_before=lo > 0,
                cut_after=hi < len(text))


def countries(session: Session) -> list[str]:
    return sorted(c for c in session.execute(select(Place.country).distinct()).scalars() if c)


def network(session: Session, *, country: str | None = None, type: str | None = None,
            stage: str | None = None, year_from: int | None = None, year_to: int | None = None,
            limit: int = 40000) -> dict:
    """Partnerships with both ends' coordinates, for the world map, filtered as asked."""
    A, B = aliased(Place), aliased(Place)
    q = (select(Partnership.id, Partnership.stage, Partnership.type, Partnership.since_year,
                A.lng, A.lat, B.lng, B.lat)
         .join(A, A.id == Partnership.a_id).join(B, B.id == Partnership.b_id)
         .where(A.lat.is_not(None), B.lat.is_not(None)))
    if country:
        q = q.where(or_(A.country == country.upper(), B.country == country.upper()))
    if type:
        q = q.where(Partnership.type == type)
    if stage:
        q = q.where(Partnership.stage == stage)
    if year_from is not None:
        q = q.where(Partnership.since_year >= year_from)
    if year_to is not None:
        q = q.where(Partnership.since_year <= year_to)
    rows = session.execute(q.limit(limit + 1)).all()
    edges = [[r[0], r[1], round(r[4], 3), round(r[5], 3), round(r[6], 3), round(r[7], 3)]
             for r in rows[:limit]]
    return dict(count=len(edges), truncated=len(rows) > limit,
                by_stage=dict(Counter(e[1] for e in edges).most_common()),
                columns=["id", "stage", "a_lng", "a_lat", "b_lng", "b_lat"], edges=edges)


def totals(session: Session) -> dict:
    return dict(
        partnerships=session.execute(select(func.count(Partnership.id))).scalar() or 0,
        pending=session.execute(select(func.count(Assertion.id)).where(
            Assertion.status == "pending")).scalar() or 0,
    )


__all__ = ["AmbiguousPlace", "NotFound", "PlaceNotFound"]
