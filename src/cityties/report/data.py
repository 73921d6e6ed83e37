"""What a place's report says, gathered once from `cityties.ask` as plain data.

The HTML and the Markdown renderers both draw from this one dictionary, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..ask.anniversaries import anniversaries
from ..ask.claims import check_claims
from ..ask.pipeline import pipeline
from ..ask.stats import stats
from ..ask.ties import ties
from ..ask.timeline import signings_by_year
from ..model import ESTABLISHED_STAGES, PIPELINE_STAGES
from ..places import ancestors
from ..store.schema import Assertion, Claim, Document, Event, Place, Source


def news_facts(session: Session, place: Place, partnership_ids: list[int], inner: set[int],
               limit: int = 25) -> list[dict]:
    """The latest facts from sources about the place's ties, claims and events, with evidence."""
    claim_assertions = select(Claim.assertion_id).where(Claim.place_id.in_(inner),
                                                        Claim.assertion_id.is_not(None))
    event_assertions = select(Event.assertion_id).where(Event.place_id.in_(inner),
                                                        Event.assertion_id.is_not(None))
    conds = [Assertion.id.in_(claim_assertions), Assertion.id.in_(event_assertions)]
    if partnership_ids:
        conds.append(Assertion.partnership_id.in_(partnership_ids[:30000]))
    rows = session.execute(
        select(Assertion.kind, Assertion.evidence, Assertion.confidence, Assertion.status,
               Assertion.payload, Source.title, Source.url, Source.published, Source.key,
               Document.doc_id)
        .join(Source, Source.id == Assertion.source_id)
        .outerjoin(Document, Document.source_id == Source.id)
        .where(or_(*conds), Assertion.status != "rejected")
        .order_by(Source.published.desc().nulls_last(), Assertion.id.desc())
        .limit(limit)
    ).all()
    return [dict(kind=k, evidence=ev, confidence=conf, status=st,
                 source=title or doc_id or key, url=url, published=pub)
            for k, ev, conf, st, _payload, title, url, pub, key, doc_id in rows]


def build_report(session: Session, place: Place, *, rollup: bool = False,
                 today: dt.date | None = None) -> dict:
    """Everything the report shows about `place` (rolled up when asked)."""
    today = today or dt.date.today()
    rows = ties(session, place, rollup=rollup)
    s = stats(session, place, rollup=rollup)
    est = [t for t in rows if t.stage in ESTABLISHED_STAGES]
    by_year, undated = signings_by_year(rows)
    pipe = pipeline(session, place, rollup=rollup, today=today,
                    stages=[st.value for st in PIPELINE_STAGES])
    start = today.isoformat()
    ann = anniversaries(session, place, rollup=rollup, start=start,
                        end=(today + dt.timedelta(days=730)).isoformat())
    inner = {place.id}
    if rollup:
        from ..ask.ties import inner_ids

        inner = inner_ids(session, place, True)
    claims = check_claims(session, place, rollup=rollup if rollup else None)
    return dict(
        place=dict(name=place.name, kind=place.kind, country=place.country, key=place.key,
                   lat=place.lat, lng=place.lng,
                   part_of=[a.name for a in ancestors(session, place.id)]),
        rollup=rollup,
        generated=today.isoformat(),
        stats=s.as_dict(),
        partners=[dict(partner=t.partner, country=t.partner_country, continent=t.partner_continent,
                       lat=t.partner_lat, lng=t.partner_lng, type=t.type, stage=t.stage,
                       since=t.since, place=t.here) for t in rows],
        established=len(est),
        signings=[dict(year=y, count=n) for y, n in by_year.items()],
        undated=undated,
        pipeline=[r.as_dict() for r in pipe.rows],
        pipeline_by_stage=pipe.by_stage,
        anniversaries=[a.as_dict() for a in ann.rows],
        anniversaries_to=ann.end,
        news=news_facts(session, place, [t.partnership_id for t in rows], inner),
        claims=[c.as_dict() for c in claims],
    )
