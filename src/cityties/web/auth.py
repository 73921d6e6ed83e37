"""Who is asking: anonymous, a logged-in person (signed session cookie) or a script (Bearer token).

Reading is open unless CITYTIES_REQUIRE_LOGIN=1. Changing anything needs an editor or admin; a
change made with the session cookie must also carry the session's CSRF token (form field
`csrf_token` or header `X-CSRF-Token`), so another site cannot make a logged-in browser post.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import HTTPException, Request

from ..store.accounts import ROLES, user_for_token

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True)
class Viewer:
    name: str | None = None
    role: str | None = None
    via: str | None = None  # "session" | "token" | None

    @property
    def can_edit(self) -> bool:
        return self.role in ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


ANONYMOUS = Viewer()


class LoginRequired(HTTPException):
    def __init__(self, message: str = "log in (or send an API token) to do this"):
        super().__init__(401, message, headers={"WWW-Authenticate": "Bearer"})


def secret_key() -> str:
    """CITYTIES_SECRET, else a random key kept in the user's data folder (made once)."""
    value = os.environ.get("CITYTIES_SECRET")
    if value:
        return value
    from platformdirs import user_data_dir

    path = Path(user_data_dir("cityties", appauthor=False)) / "web-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def viewer(request: Request) -> Viewer:
    """The person or script behind this request (anonymous when neither)."""
    cached = getattr(request.state, "viewer", None)
    if cached is not None:
        return cached
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        token = auth[7:].strip()
        with request.app.state.store.reader() as session:
            user = user_for_token(session, token)
        if user is None:
            raise LoginRequired("that API token is not valid")
        v = Viewer(user.name, user.role, "token")
    else:
        data = request.session.get("user") if "session" in request.scope else None
        v = Viewer(data["name"], data["role"], "session") if data else ANONYMOUS
    request.state.viewer = v
    return v


def require_reader(request: Request) -> Viewer:
    v = viewer(request)
    if request.app.state.require_login and v.role is None:
        raise LoginRequired("this registry asks everyone to log in")
    return v


async def _check_csrf(request: Request) -> None:
    sent = request.headers.get(CSRF_HEADER)
    if not sent and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        sent = (await request.form()).get(CSRF_FIELD)
    expected = request.session.get("csrf")
    if not sent or not expected or not hmac.compare_digest(str(sent), expected):
        raise HTTPException(403, "CSRF check failed: reload the page and try again")


async def require_editor(request: Request) -> Viewer:
    v = viewer(request)
    if v.role is None:
        raise LoginRequired()
    if not v.can_edit:
        raise HTTPException(403, f"{v.name} may not change the registry")
    if v.via == "session":
        await _check_csrf(request)
    return v


async def check_form_csrf(request: Request) -> None:
    """For page forms anyone may send (login): the CSRF token of the session must come back."""
    await _check_csrf(request)
