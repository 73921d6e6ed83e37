"""Changes people make through the web app: review of assertions (accept, reject, correct),
partnerships entered by hand with a source note, and uploaded articles run through the news reader.

Every change enters the registry through `merge.apply_fact`, with the person's own source.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import asdict, is_dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..merge import Fact, apply_fact
from ..model import ENDED_STAGES, PartialDate, PartnershipType, Stage
from ..places import PlaceNotFound
from ..sources import get_or_create, person_source
from ..store.schema import Assertion, Claim, Document, Place
from .queries import NotFound, get_place

EXTRACTOR_MANUAL = "manual.v1"


class Conflict(Exception):
    """The action does not fit the thing's state (answered with 409)."""


class Unavailable(Exception):
    """A part the action needs is not installed (answered with 503)."""


def fingerprint(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def check_fact(data: dict) -> Fact:
    """A Fact from user input, or ValueError with a message a person can act on."""
    type_ = data.get("type") or "sister"
    stage = data.get("stage") or "active"
    if type_ not in PartnershipType.__members__:
        raise ValueError(f"unknown type {type_!r}: use {', '.join(PartnershipType)}")
    if stage not in Stage.__members__:
        raise ValueError(f"unknown stage {stage!r}: use {', '.join(Stage)}")
    since = (data.get("since") or "").strip() or None
    stage_date = (data.get("stage_date") or "").strip() or None
    for d in (since, stage_date):
        if d:
            PartialDate.parse(d)
    return Fact(type=type_, stage=stage, date=since, derived=bool(data.get("since_derived")),
                stage_date=stage_date if stage in ENDED_STAGES else None,
                areas=tuple(data.get("areas") or ()), note=(data.get("note") or None))


def _place_refs(value) -> list[str]:
    """What to look a payload's place up by, best first: its registry key or id, then its name."""
    if not isinstance(value, dict):
        return [str(value or "")]
    refs = []
    for k in ("place_key", "key", "place_id"):
        v = value.get(k)
        if isinstance(v, int) or (isinstance(v, str) and (":" in v or v.isdigit())):
            refs.append(str(v))
    name = value.get("name") or ""
    if name:
        refs.append(f"{name}, {value['country']}" if value.get("country") else name)
    return refs or [""]


def lookup(session: Session, value, gazetteer=None) -> Place:
    """The registry place a payload's place means (created from the gazetteer if needed)."""
    refs = _place_refs(value)
    for ref in refs[:-1]:
        try:
            return get_place(session, ref, gazetteer)
        except PlaceNotFound:
            continue
    return get_place(session, refs[-1], gazetteer)


def resolve_pair(session: Session, a, b, gazetteer=None) -> tuple[Place, Place]:
    pa = lookup(session, a, gazetteer)
    pb = lookup(session, b, gazetteer)
    if pa.id == pb.id:
        raise ValueError("a place cannot be partnered with itself")
    return pa, pb


def _merge_partnership(session: Session, a: Assertion, gazetteer, authoritative: bool) -> None:
    pa, pb = resolve_pair(session, a.payload.get("a"), a.payload.get("b"), gazetteer)
    fact = check_fact(a.payload)
    p, _ = apply_fact(session, pa.id, pb.id, fact, a.source_id, ref=a.evidence,
                      assertion_id=a.id, authoritative=authoritative)
    a.partnership_id = p.id


def _merge_claim(session: Session, a: Assertion, gazetteer) -> None:
    place = lookup(session, a.payload.get("place"), gazetteer)
    session.add(Claim(place_id=place.id, date=a.payload.get("date"),
                      count_partners=a.payload.get("count_partners"),
                      count_countries=a.payload.get("count_countries"),
                      breakdown=a.payload.get("breakdown"), evidence=a.evidence,
                      source_id=a.source_id, assertion_id=a.id))


def _merge(session: Session, a: Assertion, gazetteer, authoritative: bool = False) -> None:
    if a.kind == "partnership":
        _merge_partnership(session, a, gazetteer, authoritative)
    elif a.kind == "claim":
        _merge_claim(session, a, gazetteer)
    # alliances, events and people are kept as accepted assertions until their merge exists


def _pending(session: Session, assertion_id: int) -> Assertion:
    a = session.get(Assertion, assertion_id)
    if a is None:
        raise NotFound(f"no assertion {assertion_id}")
    if a.status != "pending":
        raise Conflict(f"assertion {assertion_id} is already {a.status}; correct it instead")
    return a


def accept(session: Session, assertion_id: int, user: str, gazetteer=None) -> Assertion:
    a = _pending(session, assertion_id)
    _merge(session, a, gazetteer)
    a.status = "accepted"
    session.flush()
    return a


def reject(session: Session, assertion_id: int, user: str) -> Assertion:
    a = _pending(session, assertion_id)
    a.status = "rejected"
    session.flush()
    return a


def correct(session: Session, assertion_id: int, user: str, changes: dict,
            gazetteer=None) -> Assertion:
    """A new assertion by `user` replacing the original's payload with `changes`, merged at once.

    The original is marked rejected (if it was pending); its evidence is kept on the correction.
    """
    orig = session.get(Assertion, assertion_id)
    if orig is None:
        raise NotFound(f"no assertion {assertion_id}")
    if orig.kind != "partnership":
        raise Conflict("only partnership assertions can be corrected here")
    payload = dict(orig.payload)
    for k in ("a", "b", "type", "stage", "since", "stage_date"):
        if changes.get(k) not in (None, ""):
            payload[k] = changes[k]
    payload["corrects"] = orig.id
    check_fact(payload)
    note = (changes.get("note") or "").strip() or f"correction of assertion {orig.id}"
    src = person_source(session, note, author=user)
    new = Assertion(source_id=src.id, kind=orig.kind, payload=payload, evidence=orig.evidence,
                    span_start=orig.span_start, span_end=orig.span_end, confidence=1.0,
                    extractor=EXTRACTOR_MANUAL, status="accepted", author=user,
                    fingerprint=fingerprint("correct", orig.id, payload, user))
    session.add(new)
    session.flush()
    _merge(session, new, gazetteer, authoritative=True)
    if orig.status == "pending":
        orig.status = "rejected"
    session.flush()
    return new


def add_partnership(session: Session, user: str, data: dict, gazetteer=None) -> tuple[int, bool]:
    """A partnership entered (or updated) by hand; `note` says where the person knows it from."""
    note = (data.get("note") or "").strip()
    if not note:
        raise ValueError("a source note is required: say where this comes from")
    fact = check_fact({**data, "note": note})
    pa, pb = resolve_pair(session, data.get("a"), data.get("b"), gazetteer)
    src = person_source(session, note, author=user)
    payload = dict(a=dict(place_key=pa.key, name=pa.name, country=pa.country),
                   b=dict(place_key=pb.key, name=pb.name, country=pb.country),
                   type=fact.type, stage=fact.stage, since=fact.date, stage_date=fact.stage_date,
                   areas=list(fact.areas))
    a = Assertion(source_id=src.id, kind="partnership", payload=payload, evidence=note,
                  confidence=1.0, extractor=EXTRACTOR_MANUAL, status="accepted", author=user,
                  fingerprint=fingerprint("manual", payload, src.id))
    existing = session.execute(select(Assertion).where(
        Assertion.fingerprint == a.fingerprint)).scalar()
    if existing is None:
        session.add(a)
        session.flush()
    else:
        a = existing
    p, created = apply_fact(session, pa.id, pb.id, fact, src.id, ref=note, assertion_id=a.id,
                            authoritative=True)
    a.partnership_id = p.id
    session.flush()
    return p.id, created


# --- upload -------------------------------------------------------------------------------


def news_reader():
    """(iter_documents, extract) from the news reader, or Unavailable saying what is missing."""
    try:
        from ..extract import extract
        from ..read import iter_documents
    except ImportError as exc:
        raise Unavailable(
            f"the news reader is not available in this installation ({exc}); "
            "upload needs cityties.read.iter_documents and cityties.extract.extract") from None
    return iter_documents, extract


def _as_dict(obj) -> dict:
    if isinstance(obj, dict):
        return obj
    for name in ("as_dict", "to_dict"):
        if hasattr(obj, name):
            return getattr(obj, name)()
    if is_dataclass(obj):
        return asdict(obj)
    return dict(vars(obj))


def _span(text: str, item: dict) -> tuple[int | None, int | None]:
    for s, e in (("start", "end"), ("span_start", "span_end")):
        if isinstance(item.get(s), int) and isinstance(item.get(e), int):
            return item[s], item[e]
    if isinstance(item.get("span"), list | tuple) and len(item["span"]) == 2:
        return int(item["span"][0]), int(item["span"][1])
    ev = item.get("evidence")
    if ev and (i := text.find(ev)) >= 0:
        return i, i + len(ev)
    return None, None


def upload(session: Session, files: list[tuple[str, bytes]], user: str, reader=None,
           resolver=None) -> dict:
    """Read uploaded files (text, HTML, JSONL), extract facts and store them as pending assertions."""
    iter_documents, extract = reader or news_reader()
    report = dict(documents=0, skipped=[], assertions=0, document_ids=[])
    with tempfile.TemporaryDirectory(prefix="cityties-upload-") as tmp:
        paths = []
        for i, (name, data) in enumerate(files):
            safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in Path(name).name)
            path = Path(tmp) / f"{i:03d}" / (safe or "upload.txt")
            path.parent.mkdir()
            path.write_bytes(data)
            paths.append(str(path))
        for doc in iter_documents(paths):
            if not hasattr(doc, "text"):  # a ReadError: says in one line why
                report["skipped"].append(str(doc).split("/")[-1])
                continue
            sha = doc.sha256 or hashlib.sha256(doc.text.encode()).hexdigest()
            if session.execute(select(Document.id).where(Document.sha256 == sha)).first():
                report["skipped"].append(f"{doc.id}: already uploaded")
                continue
            src = get_or_create(session, f"doc:{sha}", "document", title=doc.title or doc.id,
                                url=doc.url, published=doc.published, attribution=user)
            d = Document(source_id=src.id, doc_id=str(doc.id)[:300], sha256=sha, text=doc.text)
            session.add(d)
            session.flush()
            report["documents"] += 1
            report["document_ids"].append(d.id)
            out = _as_dict(extract(doc, resolver))
            for kind, key in (("partnership", "relationships"), ("claim", "claims"),
                              ("alliance", "alliances"), ("event", "events")):
                for item in out.get(key) or []:
                    item = _as_dict(item)
                    s, e = _span(doc.text, item)
                    session.add(Assertion(
                        source_id=src.id, kind=kind, payload=json.loads(json.dumps(item, default=str)),
                        evidence=item.get("evidence"), span_start=s, span_end=e,
                        confidence=item.get("confidence"), extractor=out.get("extractor"),
                        status="pending", fingerprint=fingerprint(kind, src.id, item, s),
                    ))
                    report["assertions"] += 1
            session.flush()
    return report
