"""The web app: REST API under /api, server-rendered pages, static files (all served locally).

>>> app = create_app("registry.db")   # doctest: +SKIP  (then: uvicorn, or `cityties serve`)
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from ..errors import UserError
from ..places import AmbiguousPlace, PlaceNotFound
from ..store import Store, open_store
from .auth import LoginRequired, csrf_token, secret_key, viewer
from .queries import NotFound, candidate_dict
from .review import Conflict, Unavailable

HERE = Path(__file__).parent
STAGES = ["contact", "intent", "approved", "signed", "active", "suspended", "terminated"]


def _default_gazetteer():
    """The gazetteer if it is already built (never built inside a web request)."""
    try:
        from ..gazetteer import default_path, open_gazetteer

        path = default_path()
        return open_gazetteer(path) if os.path.exists(path) else None
    except Exception:  # a broken or missing gazetteer only means names must be in the registry
        return None


def _error(request: Request, status: int, message: str, headers=None, **extra):
    if request.url.path.startswith("/api") or "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"error": message, "status": status, **extra}, status_code=status,
                            headers=headers)
    if status == 401 and request.method == "GET":
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", dict(
        status=status, message=message, candidates=extra.get("candidates", [])),
        status_code=status, headers=headers)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(AmbiguousPlace)
    async def ambiguous(request: Request, exc: AmbiguousPlace):
        described = getattr(exc, "described", None) or [candidate_dict(c) for c in exc.candidates]
        return _error(request, 409, str(exc), candidates=described)

    @app.exception_handler(PlaceNotFound)
    async def no_place(request: Request, exc: PlaceNotFound):
        return _error(request, 404, str(exc))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return _error(request, 404, str(exc))

    @app.exception_handler(Conflict)
    async def conflict(request: Request, exc: Conflict):
        return _error(request, 409, str(exc))

    @app.exception_handler(Unavailable)
    async def unavailable(request: Request, exc: Unavailable):
        return _error(request, 503, str(exc))

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return _error(request, 422, str(exc))

    @app.exception_handler(UserError)
    async def user_error(request: Request, exc: UserError):
        return _error(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path"))
            problems.append(f"{where or 'input'}: {e.get('msg')}")
        return _error(request, 422, "bad input: " + "; ".join(problems), problems=problems)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error(request, exc.status_code, message, headers=getattr(exc, "headers", None))


def create_app(db: str | Store | None = None, *, require_login: bool | None = None,
               secret: str | None = None, gazetteer=None, reader=None) -> FastAPI:
    """The app over the registry `db` (path, URL or an open Store; default as for the CLI).

    `gazetteer` (names the registry lacks) and `reader` ((iter_documents, extract) for uploads)
    default to what is installed; tests hand in small ones.
    """
    from . import api, pages

    app = FastAPI(title="cityties", version="1",
                  description="The registry of sister-city, friendship-city and twin-town "
                              "partnerships: places, partners, statistics, sources and review.",
                  docs_url="/api/docs", openapi_url="/api/openapi.json", redoc_url=None)
    app.state.store = db if isinstance(db, Store) else open_store(db)
    if require_login is None:
        require_login = os.environ.get("CITYTIES_REQUIRE_LOGIN", "") not in ("", "0", "false")
    app.state.require_login = require_login
    app.state.gazetteer = gazetteer if gazetteer is not None else _default_gazetteer
    app.state.reader = reader
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(STAGES=STAGES)
    templates.env.globals["csrf_token"] = csrf_token
    templates.env.globals["viewer"] = viewer
    app.state.templates = templates
    app.add_middleware(SessionMiddleware, secret_key=secret or secret_key(),
                       session_cookie="cityties_session", same_site="lax", max_age=14 * 24 * 3600)
    cache_ttl = float(os.environ.get("CITYTIES_WEB_CACHE", "10"))
    if cache_ttl > 0 and not require_login:
        from .cache import ResponseCache

        app.add_middleware(ResponseCache, ttl=cache_ttl)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _handlers(app)
    return app


def gazetteer_of(request: Request):
    g = request.app.state.gazetteer
    return g() if callable(g) else g


def app_from_env() -> FastAPI:
    """For `uvicorn --factory cityties.web.app:app_from_env` (database from CITYTIES_DB)."""
    return create_app()


__all__ = ["LoginRequired", "create_app", "app_from_env"]
