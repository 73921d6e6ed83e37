"""The REST API under /api (OpenAPI at /api/openapi.json, browsable at /api/docs).

Errors are JSON: {"error": message, "status": code}; an ambiguous place (409) adds "candidates".
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field

from ..model import AssertionStatus, PartnershipType, Stage
from . import queries, review
from .auth import Viewer, require_editor, require_reader

router = APIRouter(prefix="/api", tags=["api"])
Reader = Annotated[Viewer, Depends(require_reader)]
Editor = Annotated[Viewer, Depends(require_editor)]


def _store(request: Request):
    return request.app.state.store


def _gaz(request: Request):
    from .app import gazetteer_of

    return gazetteer_of(request)


class PartnershipIn(BaseModel):
    """A partnership entered or updated by hand. Places by id, key ("gn:1795565") or name."""

    a: str = Field(min_length=1, examples=["Guangzhou"])
    b: str = Field(min_length=1, examples=["Auckland"])
    type: PartnershipType = PartnershipType.sister
    stage: Stage = Stage.active
    since: str | None = Field(None, examples=["1989", "2014-11-16"])
    stage_date: str | None = None
    areas: list[str] = []
    note: str = Field(min_length=1, description="where this comes from (required)")


class CorrectionIn(BaseModel):
    """What the person says instead; fields left out keep the original's value."""

    a: str | None = None
    b: str | None = None
    type: PartnershipType | None = None
    stage: Stage | None = None
    since: str | None = None
    stage_date: str | None = None
    note: str | None = None


@router.get("/me")
def me(v: Reader) -> dict:
    return dict(name=v.name, role=v.role, can_edit=v.can_edit)


@router.get("/places")
def places(request: Request, v: Reader, q: Annotated[str, Query(min_length=1)],
           limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict:
    with _store(request).reader() as s:
        return dict(query=q, places=queries.search_places(s, q, limit))


@router.get("/places/{ref}")
def place(request: Request, ref: str, v: Reader) -> dict:
    with _store(request).reader() as s:
        return queries.place_record(s, queries.get_place(s, ref))


@router.get("/places/{ref}/partners")
def place_partners(request: Request, ref: str, v: Reader, rollup: bool = False,
                   stage: Annotated[list[Stage] | None, Query()] = None,
                   type: Annotated[list[PartnershipType] | None, Query()] = None) -> dict:
    with _store(request).reader() as s:
        p = queries.get_place(s, ref)
        rows = queries.partner_rows(s, p, rollup=rollup, stage=[x.value for x in stage or []] or None,
                                    type=[x.value for x in type or []] or None)
    return dict(place=queries.place_brief(p), rollup=rollup, count=len(rows), partners=rows)


@router.get("/places/{ref}/stats")
def place_stats(request: Request, ref: str, v: Reader, rollup: bool = False) -> dict:
    with _store(request).reader() as s:
        return queries.place_stats(s, queries.get_place(s, ref), rollup)


@router.get("/partnerships/{pid}")
def partnership(request: Request, pid: int, v: Reader) -> dict:
    with _store(request).reader() as s:
        return queries.partnership_detail(s, pid)


@router.post("/partnerships", status_code=201)
def add_partnership(request: Request, body: PartnershipIn, v: Editor) -> dict:
    with _store(request).session() as s:
        pid, created = review.add_partnership(s, v.name, body.model_dump(mode="json"), _gaz(request))
    with _store(request).reader() as s:
        return dict(queries.partnership_detail(s, pid), created=created)


@router.get("/assertions")
def assertions(request: Request, v: Reader, status: AssertionStatus | None = None,
               kind: str | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
               offset: Annotated[int, Query(ge=0)] = 0) -> dict:
    with _store(request).reader() as s:
        rows = queries.assertions(s, status=status.value if status else None, kind=kind,
                                  limit=limit, offset=offset)
    return dict(count=len(rows), assertions=rows)


@router.get("/assertions/{aid}")
def assertion(request: Request, aid: int, v: Reader) -> dict:
    with _store(request).reader() as s:
        return queries.get_assertion(s, aid)


@router.post("/assertions/{aid}/accept")
def accept(request: Request, aid: int, v: Editor) -> dict:
    with _store(request).session() as s:
        review.accept(s, aid, v.name, _gaz(request))
    with _store(request).reader() as s:
        return queries.get_assertion(s, aid)


@router.post("/assertions/{aid}/reject")
def reject(request: Request, aid: int, v: Editor) -> dict:
    with _store(request).session() as s:
        review.reject(s, aid, v.name)
    with _store(request).reader() as s:
        return queries.get_assertion(s, aid)


@router.post("/assertions/{aid}/correct", status_code=201)
def correct(request: Request, aid: int, body: CorrectionIn, v: Editor) -> dict:
    with _store(request).session() as s:
        new = review.correct(s, aid, v.name, body.model_dump(mode="json"), _gaz(request))
    with _store(request).reader() as s:
        return queries.get_assertion(s, new.id)


@router.get("/claims")
def claims(request: Request, v: Reader, place: str | None = None) -> dict:
    with _store(request).reader() as s:
        p = queries.get_place(s, place) if place else None
        rows = queries.claims(s, p)
    return dict(count=len(rows), claims=rows)


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: int, v: Reader) -> dict:
    with _store(request).reader() as s:
        return queries.document_detail(s, doc_id)


@router.post("/documents", status_code=201)
async def upload(request: Request, v: Editor,
                 files: Annotated[list[UploadFile] | None, File(description="text, HTML or JSONL")] = None,
                 text: Annotated[str | None, Form(description="an article pasted as text")] = None,
                 title: Annotated[str | None, Form()] = None) -> dict:
    from starlette.concurrency import run_in_threadpool

    items = [(f.filename or "upload.txt", await f.read()) for f in files or [] if f.filename]
    if text and text.strip():
        name = "".join(c if c.isalnum() else "_" for c in (title or "pasted")[:60]) + ".txt"
        items.append((name, text.encode()))
    if not items:
        raise ValueError("nothing to read: send files (text, HTML, JSONL) or a text field")
    reader = request.app.state.reader or review.news_reader()

    def run() -> dict:
        with _store(request).session() as s:
            return review.upload(s, items, v.name, reader=reader, resolver=_gaz(request))

    return await run_in_threadpool(run)


@router.get("/network")
def network(request: Request, v: Reader, country: str | None = None,
            type: PartnershipType | None = None, stage: Stage | None = None,
            year_from: int | None = None, year_to: int | None = None) -> dict:
    with _store(request).reader() as s:
        return queries.network(s, country=country, type=type.value if type else None,
                               stage=stage.value if stage else None, year_from=year_from,
                               year_to=year_to)


class UserIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=8)
    role: str = Field("editor", pattern="^(editor|admin)$")


@router.post("/users", status_code=201)
def add_user(request: Request, body: UserIn, v: Editor) -> dict:
    """Add a person who may log in (admins only)."""
    from fastapi import HTTPException

    from ..store.accounts import add_user as add

    if not v.is_admin:
        raise HTTPException(403, "only an admin may add users")
    with _store(request).session() as s:
        u = add(s, body.name, body.password, body.role)
        return dict(name=u.name, role=u.role)
