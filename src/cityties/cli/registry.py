"""Registry verbs: init, place, partners, stats, search, add-place."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from ..ask.partners import partners as ask_partners
from ..ask.stats import stats as ask_stats
from ..errors import UserError
from ..model import PartnershipType, Stage
from ..places import ancestors, find_place
from ..places import search as search_places
from . import app
from .common import DbOption, FormatOption, store
from .output import Format, console, emit_record, emit_rows, err


def _gazetteer():
    from ..gazetteer import open_gazetteer

    return open_gazetteer()


def _resolve(session, name: str):
    """The registry's place for `name`, consulting the gazetteer only when the registry has none."""
    try:
        cand = find_place(session, name)
    except Exception as exc:  # PlaceNotFound: try the gazetteer; ambiguity propagates as is
        from ..places import PlaceNotFound

        if not isinstance(exc, PlaceNotFound):
            raise
        cand = find_place(session, name, gazetteer=_gazetteer())
    return cand


def _place_record(session, cand) -> dict:
    if cand.place is not None:
        p = cand.place
        chain = ancestors(session, p.id)
        return dict(
            name=p.name, kind=p.kind, country=p.country, continent=p.continent,
            admin_code=p.admin_code, population=p.population, lat=p.lat, lng=p.lng,
            wikidata=p.wikidata, geonames_id=p.geonames_id, key=p.key,
            part_of=[a.name for a in chain], in_registry=True,
        )
    g = cand.gaz
    return dict(
        name=g.name, kind=g.kind, country=g.country, continent=g.continent,
        admin_code=g.admin_code, population=g.population, lat=g.lat, lng=g.lng,
        wikidata=None, geonames_id=g.id, key=f"gn:{g.id}", part_of=cand.context,
        in_registry=False,
    )


@app.command()
def init(
    db: DbOption = None,
    skip_gazetteer: Annotated[bool, typer.Option(
        help="do not build the gazetteer index now (it is built on first need)")] = False,
) -> None:
    """Create the database (or bring it up to date) and load the bundled world dataset."""
    from ..world import load_world

    t0 = time.perf_counter()
    st = store(db)
    report = load_world(st)
    if not skip_gazetteer:
        _gazetteer()
    secs = time.perf_counter() - t0
    console.print(
        f"[bold]cityties[/bold] database ready at {st.url}\n"
        f"  places added: {report.places_added:,}\n"
        f"  partnerships added: {report.partnerships_added:,} "
        f"(of {report.partnerships_in_bundle:,} in the world dataset)\n"
        f"  source links added: {report.source_links_added:,}\n"
        f"  took {secs:.1f} s"
    )


_PARTNER_COLUMNS = ["partner", "partner_country", "type", "stage", "since", "place", "sources"]


@app.command()
def place(name: str, db: DbOption = None, format: FormatOption = Format.table) -> None:
    """A place: what it is, what it is part of, and its partners."""
    st = store(db)
    with st.reader() as session:
        cand = _resolve(session, name)
        record = _place_record(session, cand)
        rows = ask_partners(session, cand.place) if cand.place is not None else []
    record["partners"] = len(rows)
    if format == Format.json:
        emit_record({**record, "partners": [r.as_dict() for r in rows]}, format)
        return
    if format == Format.csv:
        emit_rows([r.as_dict() for r in rows], format, columns=_PARTNER_COLUMNS)
        return
    emit_record(record, format, title=record["name"])
    if rows:
        emit_rows([r.as_dict() for r in rows], format, title=f"Partners of {record['name']}",
                  columns=_PARTNER_COLUMNS[:-2] + ["sources"])


def _check_choices(values: list[str] | None, enum, what: str) -> list[str] | None:
    if not values:
        return None
    bad = [v for v in values if v not in enum.__members__]
    if bad:
        raise UserError(f"unknown {what} {', '.join(bad)!s}: use {', '.join(enum)}")
    return values


@app.command()
def partners(
    name: str,
    rollup: Annotated[bool, typer.Option("--rollup", help="include every place inside it")] = False,
    stage: Annotated[list[str] | None, typer.Option(help="only this stage (repeatable)")] = None,
    type: Annotated[list[str] | None, typer.Option(help="only this type (repeatable)")] = None,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """The partners of a place, with type, stage, start date and sources."""
    stages = _check_choices(stage, Stage, "stage")
    types = _check_choices(type, PartnershipType, "type")
    st = store(db)
    with st.reader() as session:
        cand = _resolve(session, name)
        if cand.place is None:
            err.print(f"{cand.label} has no partnerships in the registry")
            rows = []
        else:
            rows = ask_partners(session, cand.place, rollup=rollup, stage=stages, type=types)
    data = [r.as_dict() for r in rows]
    cols = _PARTNER_COLUMNS if rollup else [c for c in _PARTNER_COLUMNS if c != "place"]
    emit_rows(data, format, title=f"Partners of {cand.name}" + (" (rolled up)" if rollup else ""),
              columns=cols + (["partner_key", "partnership_id"] if format != Format.table else []),
              payload={"place": cand.name, "place_key": cand.place.key if cand.place else None,
                       "rollup": rollup, "count": len(data)})


@app.command()
def stats(
    name: str,
    rollup: Annotated[bool, typer.Option("--rollup", help="include every place inside it")] = False,
    at: Annotated[str | None, typer.Option(
        "--at", help="as the ties stood on this date (YYYY[-MM[-DD]]); ties with no known "
                     "start date count at any date and are reported as undated")] = None,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Pairs, countries and continents of a place; counts by stage, type and decade."""
    st = store(db)
    with st.reader() as session:
        cand = _resolve(session, name)
        if cand.place is None:
            raise UserError(f"{cand.label} has no partnerships in the registry")
        try:
            s = ask_stats(session, cand.place, rollup=rollup, at=at)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    emit_record(s.as_dict(), format, title=f"{s.place}" + (" (rolled up)" if rollup else "")
                + (f" at {s.at}" if s.at else ""))


@app.command()
def search(
    text: str,
    limit: Annotated[int, typer.Option(help="at most this many")] = 20,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Places in the registry whose names start with TEXT."""
    st = store(db)
    with st.reader() as session:
        rows = [
            dict(name=p.name, kind=p.kind, country=p.country, admin_code=p.admin_code,
                 population=p.population, part_of=", ".join(a.name for a in ancestors(session, p.id)),
                 key=p.key)
            for p in search_places(session, text, limit)
        ]
    emit_rows(rows, format, title=f"Places matching {text!r}")


@app.command("add-place")
def add_place(
    name: str,
    kind: Annotated[str, typer.Option(help="country, state_province, city, district, county, other")],
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 code")] = None,
    parent: Annotated[str | None, typer.Option(help="the place it is part of")] = None,
    lat: Annotated[float | None, typer.Option()] = None,
    lng: Annotated[float | None, typer.Option()] = None,
    note: Annotated[str, typer.Option(help="where this comes from")] = "entered by hand",
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Create a place the gazetteer lacks (with its kind, country and parent)."""
    from ..places import create_place
    from ..sources import person_source

    st = store(db)
    with st.session() as session:
        parent_place = None
        if parent:
            cand = _resolve(session, parent)
            if cand.place is None:
                from ..places import materialize

                cand.place = materialize(session, _gazetteer(), cand.gaz)
            parent_place = cand.place
        src = person_source(session, note)
        try:
            p = create_place(session, name, kind, country, parent_place, src.id, lat=lat, lng=lng)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        record = dict(name=p.name, kind=p.kind, country=p.country, key=p.key,
                      part_of=[a.name for a in ancestors(session, p.id)])
    emit_record(record, format, title="Added")
