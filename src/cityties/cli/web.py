"""Web verbs: serve the app, add users, create API tokens."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import UserError
from . import app
from .common import DbOption, store

user_app = typer.Typer(help="People who may log in to the web app (editors and admins).",
                       no_args_is_help=True)
token_app = typer.Typer(help="API tokens (Bearer) for scripts.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on (0.0.0.0 for the whole network)")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    require_login: Annotated[bool, typer.Option(
        "--require-login", envvar="CITYTIES_REQUIRE_LOGIN",
        help="ask everyone to log in, for reading too")] = False,
    db: DbOption = None,
) -> None:
    """Serve the web app and REST API (works offline: every file is served by the app)."""
    import uvicorn

    from ..web import create_app

    web = create_app(store(db), require_login=require_login)
    print(f"cityties: serving on http://{host}:{port}/ (API docs at /api/docs); Ctrl+C stops",
          file=sys.stderr)
    uvicorn.run(web, host=host, port=port, log_level="warning")


@user_app.command("add")
def user_add(
    name: str,
    role: Annotated[str, typer.Option(help="editor or admin")] = "editor",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="read the password from the first line of stdin")] = False,
    db: DbOption = None,
) -> None:
    """Add a person who may log in (the password is asked for, never given on the command line)."""
    from ..store.accounts import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with store(db).session() as session:
        try:
            add_user(session, name, password, role)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    print(f"added {role} {name}", file=sys.stderr)


@token_app.command("create")
def token_create(
    name: str,
    label: Annotated[str | None, typer.Option(help="what the token is for")] = None,
    db: DbOption = None,
) -> None:
    """Create an API token for user NAME; it is printed once (keep it: only its hash is stored)."""
    from ..store.accounts import create_token

    with store(db).session() as session:
        try:
            token = create_token(session, name, label)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    print(token)
