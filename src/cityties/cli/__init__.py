"""The command line: thin verbs over the Python API (see `cityties --help`)."""

from __future__ import annotations

import sys

import typer

from ..errors import UserError
from ..places import AmbiguousPlace, PlaceNotFound

app = typer.Typer(
    name="cityties",
    help="The world's sister-city, friendship-city and twin-town partnerships, as cited data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

from . import data as _data  # noqa: E402,F401  (registers commands)
from . import news as _news  # noqa: E402,F401
from . import office as _office  # noqa: E402,F401
from . import registry as _registry  # noqa: E402,F401
from . import web as _web  # noqa: E402,F401


def main() -> None:
    """Entry point: user mistakes become one line on stderr and exit code 1."""
    from sqlalchemy.exc import OperationalError

    try:
        app()
    except AmbiguousPlace as exc:
        print(f"cityties: {exc}", file=sys.stderr)
        for c in exc.candidates:
            print(f"  {c.label}" + (f"  in {', '.join(c.context)}" if c.context else ""),
                  file=sys.stderr)
        sys.exit(1)
    except (UserError, PlaceNotFound) as exc:
        print(f"cityties: {exc}", file=sys.stderr)
        sys.exit(1)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        print(f"cityties: cannot use the database: {reason} (check --db or CITYTIES_DB)",
              file=sys.stderr)
        sys.exit(1)
