"""Options shared by every command, defined once."""

from __future__ import annotations

from typing import Annotated

import typer

from .output import Format

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="CITYTIES_DB",
                 help="SQLite file or database URL (default: cityties.db in the user data folder)"),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="table, json or csv")
]


def store(db: str | None, *, migrate: bool = True):
    from ..store import open_store

    return open_store(db, migrate=migrate)
