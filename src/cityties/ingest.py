"""Ingesting news: read -> extract -> resolve -> merge -> store, one transaction per document.

Every extracted fact is stored as an assertion with its provenance (document, sentence,
character span, extractor version) and merged into the registry through `merge.apply_fact`, the
same path imports and people's corrections take. A document is known by the hash of its text:
ingesting it again changes nothing. A document that fails is reported and the run goes on;
what was stored before stays.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from .merge import Fact, apply_fact
from .model import COOPERATION_AREAS, ENDED_STAGES, AssertionStatus, PartialDate, SourceKind, Stage
from .places import AmbiguousPlace, PlaceNotFound, find_place, materialize
from .store.schema import (
    Alliance,
    AllianceMember,
    Assertion,
    Claim,
    Event,
    Person,
    Place,
    Source,
)
from .store.schema import (
    Document as DocumentRow,
)


@dataclass
class IngestReport:
    documents_read: int = 0
    relevant: int = 0
    ingested: int = 0
    facts_added: int = 0
    partnerships_added: int = 0
    unresolved_places: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _fingerprint(source_key: str, kind: str, payload: dict) -> str:
    body = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{source_key}\n{kind}\n{body}".encode()).hexdigest()


def _date(value) -> str | None:
    if not value:
        return None
    try:
        return PartialDate.parse(str(value)).iso()
    except ValueError:
        return None


class Resolver:
    """Extracted PLACEs to registry places: by gazetteer id when the extractor found one, else by
    name and country; a place the registry lacks is added from the gazetteer with the document as
    its source. Results are cached for the run."""

    def __init__(self, session: Session, gazetteer, source_id: int):
        self.session, self.gazetteer, self.source_id = session, gazetteer, source_id
        self._cache: dict[tuple, int | None] = {}

    def __call__(self, place: dict | None):
        if not place or not place.get("name"):
            return None
        key = (place.get("place_id"), place.get("name"), place.get("country"))
        if key in self._cache:
            pid = self._cache[key]
            return self.session.get(Place, pid) if pid else None
        found = self._resolve(place)
        self._cache[key] = found.id if found is not None else None
        return found

    def _resolve(self, place: dict):
        pid = str(place.get("place_id") or "")
        if self.gazetteer is not None and pid.split(":")[-1].isdigit():
            gaz = self.gazetteer.get(int(pid.split(":")[-1]))
            if gaz is not None:
                return materialize(self.session, self.gazetteer, gaz, self.source_id)
        query = place["name"] + (f", {place['country']}" if place.get("country") else "")
        try:
            cand = find_place(self.session, query, gazetteer=self.gazetteer)
        except (AmbiguousPlace, PlaceNotFound):
            return None
        if cand.place is None and cand.gaz is not None and self.gazetteer is not None:
            cand.place = materialize(self.session, self.gazetteer, cand.gaz, self.source_id)
        return cand.place


def _assert(session: Session, source: Source, kind: str, payload: dict, extractor: str,
            report: IngestReport, partnership_id: int | None = None) -> Assertion | None:
    fp = _fingerprint(source.key, kind, payload)
    if session.execute(select(Assertion.id).where(Assertion.fingerprint == fp)).first():
        return None
    a = Assertion(
        source_id=source.id, kind=kind, payload=payload, evidence=payload.get("evidence"),
        span_start=payload.get("start"), span_end=payload.get("end"),
        confidence=payload.get("confidence"), extractor=extractor,
        status=AssertionStatus.pending, partnership_id=partnership_id, fingerprint=fp,
    )
    session.add(a)
    session.flush()
    report.facts_added += 1
    return a


def store_result(session: Session, doc, result: dict, gazetteer, report: IngestReport) -> None:
    """Store one document's extraction: its source and text, then each fact and its merge."""
    source = Source(key=f"doc:{doc.sha256}", kind=SourceKind.document, title=doc.title,
                    url=doc.url, published=doc.published)
    session.add(source)
    session.flush()
    session.add(DocumentRow(source_id=source.id, doc_id=doc.id[:300], sha256=doc.sha256,
                            text=doc.text))
    extractor = result.get("extractor") or "unknown"
    resolve = Resolver(session, gazetteer, source.id)

    for rel in result.get("relationships", []):
        a, b = resolve(rel.get("a")), resolve(rel.get("b"))
        assertion = _assert(session, source, "partnership", rel, extractor, report)
        if assertion is None:
            continue
        if a is None or b is None or a.id == b.id:
            report.unresolved_places += 1
            continue
        stage = rel.get("stage") or Stage.active
        since = _date(rel.get("since"))
        fact = Fact(
            type=rel.get("type") or "other", stage=stage,
            date=since, derived=bool(rel.get("since_derived")),
            stage_date=_date(rel.get("stage_date")) if stage in ENDED_STAGES else None,
            areas=tuple(x for x in (rel.get("areas") or rel.get("cooperation_areas") or [])
                        if x in COOPERATION_AREAS),
        )
        p, created = apply_fact(session, a.id, b.id, fact, source.id,
                                ref=(rel.get("evidence") or "")[:500], assertion_id=assertion.id)
        assertion.partnership_id = p.id
        report.partnerships_added += int(created)

    for al in result.get("alliances", []):
        members = [resolve(m) for m in al.get("members", [])]
        assertion = _assert(session, source, "alliance", al, extractor, report)
        if assertion is None or any(m is None for m in members) or len(set(members)) < 3:
            if assertion is not None and any(m is None for m in members):
                report.unresolved_places += 1
            continue
        ids = sorted({m.id for m in members})
        member_key = ",".join(map(str, ids))
        if session.execute(select(Alliance.id).where(Alliance.member_key == member_key)).first():
            continue
        alliance = Alliance(name=al.get("name"), type=al.get("type") or "alliance",
                            stage=al.get("stage") or Stage.signed, date=_date(al.get("date")),
                            member_key=member_key, source_id=source.id)
        session.add(alliance)
        session.flush()
        for pid in ids:
            session.add(AllianceMember(alliance_id=alliance.id, place_id=pid))

    for cl in result.get("claims", []):
        place = resolve(cl.get("place"))
        assertion = _assert(session, source, "claim", cl, extractor, report)
        if assertion is None:
            continue
        if place is None:
            report.unresolved_places += 1
            continue
        session.add(Claim(place_id=place.id, date=_date(cl.get("date")) or doc.published,
                          count_partners=cl.get("count_partners"),
                          count_countries=cl.get("count_countries"),
                          breakdown=cl.get("breakdown"), evidence=cl.get("evidence"),
                          source_id=source.id, assertion_id=assertion.id))

    for ev in result.get("events", []):
        assertion = _assert(session, source, "event", ev, extractor, report)
        if assertion is None:
            continue
        places = [resolve(p) for p in ev.get("places", [])]
        place = next((p for p in places if p is not None), None)
        session.add(Event(kind=ev.get("kind") or "other", date=_date(ev.get("date")),
                          place_id=place.id if place else None,
                          description=(ev.get("evidence") or "")[:2000], source_id=source.id,
                          assertion_id=assertion.id))

    for pe in result.get("people", []):
        assertion = _assert(session, source, "person", pe, extractor, report)
        if assertion is None or not pe.get("name"):
            continue
        place = resolve(pe.get("place"))
        exists = session.execute(select(Person.id).where(
            Person.name == pe["name"], Person.role == pe.get("role"),
            Person.place_id == (place.id if place else None))).first()
        if not exists:
            session.add(Person(name=pe["name"][:200], role=(pe.get("role") or None),
                               place_id=place.id if place else None, source_id=source.id))


def ingest(store, paths: Iterable[str], gazetteer=None,
           progress: Callable[[str], None] | None = None) -> IngestReport:
    """Read, extract and store every document under `paths`; one transaction per document."""
    from .extract import extract
    from .read import ReadError, is_relevant, iter_documents

    report = IngestReport()
    for doc in iter_documents(list(paths)):
        if progress:
            progress(getattr(doc, "id", None) or getattr(doc, "path", ""))
        if isinstance(doc, ReadError):
            report.failures.append(str(doc))
            report.skip("unreadable")
            continue
        report.documents_read += 1
        if not is_relevant(doc.text):
            report.skip("not about partnerships")
            continue
        report.relevant += 1
        with store.reader() as s:
            if s.execute(select(DocumentRow.id).where(DocumentRow.sha256 == doc.sha256)).first():
                report.skip("already ingested")
                continue
        try:
            result = extract(doc, gazetteer)
            with store.session() as session:
                store_result(session, doc, result, gazetteer, report)
            report.ingested += 1
        except Exception as exc:  # one bad document must not stop the run or lose the others
            report.failures.append(f"{doc.source_path or doc.id}: could not be stored "
                                   f"({type(exc).__name__}: {str(exc).splitlines()[0][:200]})")
            report.skip("failed")
    return report
