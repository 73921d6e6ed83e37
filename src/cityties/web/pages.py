"""The pages: search, a place, a partnership, a document, the world map, review, upload, entry.

Server-rendered with Jinja2 (autoescaped: article text is never marked safe); a little vanilla JS
draws maps and suggests places as you type.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from . import queries, review
from .auth import Viewer, check_form_csrf, require_editor, require_reader

router = APIRouter(include_in_schema=False)
ReaderDep = Annotated[Viewer, Depends(require_reader)]
EditorDep = Annotated[Viewer, Depends(require_editor)]


def render(request: Request, name: str, status_code: int = 200, **ctx) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status_code)


def _store(request: Request):
    return request.app.state.store


def _gaz(request: Request):
    from .app import gazetteer_of

    return gazetteer_of(request)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, v: ReaderDep):
    with _store(request).reader() as s:
        totals = queries.totals(s)
    return render(request, "home.html", totals=totals)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, v: ReaderDep, q: str = ""):
    with _store(request).reader() as s:
        found = queries.search_places(s, q, 30) if q.strip() else []
    if len(found) == 1:
        return RedirectResponse(f"/places/{found[0]['id']}", status_code=303)
    return render(request, "search.html", q=q, found=found)


@router.get("/places/{pid}", response_class=HTMLResponse)
def place(request: Request, v: ReaderDep, pid: int, rollup: bool = False):
    with _store(request).reader() as s:
        p = queries.get_place(s, pid)
        record = queries.place_record(s, p)
        rows = queries.partner_rows(s, p, rollup=rollup)
        stats = queries.place_stats(s, p, rollup)
        claims = queries.claims(s, p)
        anniv = queries.coming_anniversaries(s, p, rows, rollup)
    lines = [dict(id=r["partnership_id"], stage=r["stage"], name=r["partner"],
                  a=[r["place_lng"], r["place_lat"]], b=[r["partner_lng"], r["partner_lat"]])
             for r in rows if r["partner_lat"] is not None and r["place_lat"] is not None]
    here = [p.lng, p.lat] if p.lat is not None else None
    return render(request, "place.html", place=record, rows=rows, stats=stats, claims=claims,
                  rollup=rollup, timeline=queries.timeline(rows),
                  anniversaries=anniv, map_data=dict(here=here, lines=lines))


@router.get("/partnerships/new", response_class=HTMLResponse)
def new_partnership(request: Request, v: ReaderDep, a: str = ""):
    return render(request, "edit.html", form=dict(a=a), error=None, editing=None)


@router.get("/partnerships/{pid}", response_class=HTMLResponse)
def partnership(request: Request, v: ReaderDep, pid: int):
    with _store(request).reader() as s:
        d = queries.partnership_detail(s, pid)
        texts = {}
        for a in d["assertions"]:
            if a["document_id"] and a["document_id"] not in texts:
                texts[a["document_id"]] = queries.document_detail(s, a["document_id"])["text"]
    for a in d["assertions"]:
        a["highlight"] = (queries.highlight(texts[a["document_id"]], a["span_start"], a["span_end"])
                          if a["document_id"] and a["span_start"] is not None else None)
    return render(request, "partnership.html", p=d)


@router.get("/partnerships/{pid}/edit", response_class=HTMLResponse)
def edit_partnership(request: Request, v: ReaderDep, pid: int):
    with _store(request).reader() as s:
        d = queries.partnership_detail(s, pid)
    form = dict(a=d["a"]["key"], b=d["b"]["key"], type=d["type"], stage=d["stage"],
                since=d["since"] or "", stage_date=d["ended"] or "")
    return render(request, "edit.html", form=form, error=None, editing=d)


@router.post("/partnerships/new", response_class=HTMLResponse)
async def save_partnership(request: Request, v: EditorDep):
    form = dict(await request.form())
    data = {k: str(form.get(k, "")).strip() for k in
            ("a", "b", "type", "stage", "since", "stage_date", "note")}
    try:
        with _store(request).session() as s:
            pid, _ = review.add_partnership(s, v.name, data, _gaz(request))
    except (ValueError, LookupError) as exc:
        return render(request, "edit.html", status_code=422, form=data, error=str(exc), editing=None)
    return RedirectResponse(f"/partnerships/{pid}", status_code=303)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, v: ReaderDep, doc_id: int, mark: int | None = None):
    with _store(request).reader() as s:
        d = queries.document_detail(s, doc_id)
    chosen = next((a for a in d["assertions"] if a["id"] == mark), None)
    hl = queries.highlight(d["text"], chosen["span_start"], chosen["span_end"], len(d["text"])) \
        if chosen else dict(before=d["text"], mark="", after="")
    return render(request, "document.html", d=d, hl=hl)


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request, v: ReaderDep):
    with _store(request).reader() as s:
        countries = queries.countries(s)
    return render(request, "map.html", countries=countries, q=dict(request.query_params))


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, v: ReaderDep, status: str = "pending"):
    status = status if status in ("pending", "accepted", "rejected") else "pending"
    with _store(request).reader() as s:
        rows = queries.assertions(s, status=status, limit=200)
        docs = {a["document_id"] for a in rows if a["document_id"]}
        texts = {i: queries.document_detail(s, i)["text"] for i in docs}
    for a in rows:
        a["highlight"] = (queries.highlight(texts[a["document_id"]], a["span_start"], a["span_end"], 200)
                          if a["document_id"] and a["span_start"] is not None else None)
    return render(request, "review.html", rows=rows, status=status,
                  message=request.query_params.get("message"))


@router.post("/review/{aid}/{action}")
async def review_action(request: Request, aid: int, action: str, v: EditorDep):
    form = await request.form()
    try:
        with _store(request).session() as s:
            if action == "accept":
                review.accept(s, aid, v.name, _gaz(request))
            elif action == "reject":
                review.reject(s, aid, v.name)
            elif action == "correct":
                review.correct(s, aid, v.name, {k: str(form.get(k, "")).strip() for k in
                                                ("a", "b", "type", "stage", "since", "note")},
                               _gaz(request))
            else:
                raise queries.NotFound(f"no review action {action!r}")
        message = f"assertion {aid}: {action}ed" if action != "correct" else f"assertion {aid} corrected"
    except (ValueError, LookupError, review.Conflict) as exc:
        message = f"assertion {aid}: {exc}"
    from urllib.parse import quote

    return RedirectResponse(f"/review?message={quote(message)}", status_code=303)


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request, v: ReaderDep):
    return render(request, "upload.html", report=None, error=None)


@router.post("/upload", response_class=HTMLResponse)
async def upload_post(request: Request, v: EditorDep):
    from starlette.concurrency import run_in_threadpool

    form = await request.form()
    items = []
    for f in form.getlist("files"):
        if hasattr(f, "read") and f.filename:
            items.append((f.filename, await f.read()))
    text = str(form.get("text") or "")
    if text.strip():
        items.append(("pasted.txt", text.encode()))
    if not items:
        return render(request, "upload.html", status_code=422, report=None,
                      error="choose a file or paste an article")
    try:
        reader = request.app.state.reader or review.news_reader()
    except review.Unavailable as exc:
        return render(request, "upload.html", status_code=503, report=None, error=str(exc))

    def run():
        with _store(request).session() as s:
            return review.upload(s, items, v.name, reader=reader, resolver=_gaz(request))

    report = await run_in_threadpool(run)
    return render(request, "upload.html", report=report, error=None)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", next=next, error=None)


@router.post("/login", response_class=HTMLResponse, dependencies=[Depends(check_form_csrf)])
async def login(request: Request):
    from ..store.accounts import authenticate

    form = await request.form()
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    target = str(form.get("next") or "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    with _store(request).reader() as s:
        user = authenticate(s, name, password)
    if user is None:
        return render(request, "login.html", status_code=401, next=target,
                      error="wrong name or password")
    request.session.clear()
    request.session["user"] = dict(name=user.name, role=user.role)
    return RedirectResponse(target, status_code=303)


@router.post("/logout", dependencies=[Depends(check_form_csrf)])
def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/", status_code=303)
