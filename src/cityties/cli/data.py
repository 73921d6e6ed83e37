"""Data verbs: import an office's CSV, export the registry."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError
from . import app
from .common import DbOption, store
from .output import console, err


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="CSV file (see 'cityties import --help')")],
    db: DbOption = None,
) -> None:
    """Import an office's registry from CSV; a bad row stops it, with its line and reason.

    Columns: place_a, country_a, place_b, country_b, type, stage, since, stage_date,
    areas (";"-separated), note. Only place_a and place_b are required.
    """
    from ..gazetteer import open_gazetteer
    from ..importer import import_csv

    if not path.is_file():
        raise UserError(f"{path}: no such file")
    report = import_csv(store(db), path, gazetteer=open_gazetteer())
    if report.already_imported:
        console.print(f"{path}: already imported; nothing changed")
        return
    console.print(
        f"{path}: {report.rows} rows; {report.partnerships_added} partnerships added, "
        f"{report.partnerships_updated} updated, {report.places_added} places added"
    )


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="csv, json, geojson or graphml")]
    = "csv",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="file to write (default: stdout)")]
    = None,
    place: Annotated[str | None, typer.Option(help="only this place's partnerships")] = None,
    rollup: Annotated[bool, typer.Option("--rollup", help="with --place: places inside too")]
    = False,
    db: DbOption = None,
) -> None:
    """Export partnerships with their sources as CSV, JSON, GeoJSON or GraphML."""
    from ..export import FORMATS
    from ..export import export as run_export
    from .registry import _resolve

    if format not in FORMATS:
        raise UserError(f"unknown export format {format!r}: use {', '.join(FORMATS)}")
    if format == "graphml" and out is None:
        raise UserError("GraphML is written to a file: add --out FILE.graphml")
    st = store(db)
    with st.reader() as session:
        target = None
        if place:
            cand = _resolve(session, place)
            if cand.place is None:
                raise UserError(f"{cand.label} has no partnerships in the registry")
            target = cand.place
        n = run_export(session, format, out, sys.stdout, place=target, rollup=rollup)
    if out is not None:
        err.print(f"{n:,} partnerships written to {out}")
