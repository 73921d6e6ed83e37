"""Office verbs: rank, pipeline, new, ended, coverage, anniversaries, claims, network, report.

Each verb resolves the place, calls one function of `cityties.ask` (or `cityties.report`) and
renders its rows; every number comes with the partnerships behind it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError
from . import app
from .common import DbOption, FormatOption, store
from .output import Format, console, emit_record, emit_rows, err

RollupOption = Annotated[bool, typer.Option("--rollup", help="include every place inside it")]


def _place(session, name: str):
    from .registry import _resolve

    cand = _resolve(session, name)
    if cand.place is None:
        raise UserError(f"{cand.label} has no partnerships in the registry")
    return cand.place


def _user_errors(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:
        raise UserError(str(exc)) from None


_TIE_COLUMNS = ["partner", "partner_country", "type", "stage", "since", "ended", "place"]


@app.command()
def rank(
    name: Annotated[str | None, typer.Argument(help="the place whose places are ranked")] = None,
    level: Annotated[str | None, typer.Option(
        help="district, city, county or state_province (default: the places directly inside)")]
    = None,
    country: Annotated[str | None, typer.Option(help="rank the places of this country (ISO code)")]
    = None,
    limit: Annotated[int | None, typer.Option(help="at most this many")] = None,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """The places inside a place (or of a country) ranked by their partnerships."""
    from ..ask.rank import rank as ask_rank

    if name is None and country is None:
        raise UserError("name a place ('cityties rank Shenzhen --level district') or --country CN")
    with store(db).reader() as session:
        place = _place(session, name) if name else None
        rows = _user_errors(ask_rank, session, place, level=level, country=country, limit=limit)
    data = [r.as_dict() for r in rows]
    if format == Format.table:
        for d in data:
            d["partners"] = ", ".join(d["partners"][:4]) + (" …" if len(d["partners"]) > 4 else "")
    title = f"Places of {place.name if place else country.upper()}" + (f" ({level})" if level else "")
    emit_rows(data, format, title=title,
              columns=["rank", "place", "kind", "parent", "pairs", "countries", "pipeline",
                       "partners"] + (["place_key"] if format != Format.table else []),
              payload={"place": place.name if place else None, "country": country,
                       "level": level, "count": len(data)})


@app.command()
def pipeline(
    name: str,
    rollup: RollupOption = False,
    stage: Annotated[list[str] | None, typer.Option(help="only this stage (repeatable)")] = None,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Partnerships by stage with the time in the current stage; stalled letters of intent first."""
    from ..ask.pipeline import pipeline as ask_pipeline
    from ..model import Stage
    from .registry import _check_choices

    stages = _check_choices(stage, Stage, "stage")
    with store(db).reader() as session:
        place = _place(session, name)
        result = ask_pipeline(session, place, rollup=rollup, stages=stages)
    data = [r.as_dict() for r in result.rows]
    cols = ["stage", "partner", "partner_country", "type", "in_stage_since", "days_in_stage"]
    cols += ["place"] if rollup else []
    if format == Format.table:
        console.print("by stage: " + ", ".join(f"{k} {v}" for k, v in result.by_stage.items()))
    emit_rows(data, format, title=f"Pipeline of {place.name}" + (" (rolled up)" if rollup else ""),
              columns=cols + (["partnership_id", "partner_key"] if format != Format.table else []),
              payload={"place": place.name, "rollup": rollup, "by_stage": result.by_stage})


@app.command()
def new(
    name: str,
    since: Annotated[str, typer.Option(help="from this date (YYYY[-MM[-DD]])")],
    until: Annotated[str | None, typer.Option(help="to this date (default: today)")] = None,
    rollup: RollupOption = False,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Partnerships established in a period (ties with no known start date are only counted)."""
    from ..ask.timeline import new_ties

    with store(db).reader() as session:
        place = _place(session, name)
        period = _user_errors(new_ties, session, place, since, until, rollup=rollup)
    _period(period, format, f"New partnerships of {place.name} since {since}", place,
            "undated ties (no start date; they may be new)")


@app.command()
def ended(
    name: str,
    since: Annotated[str | None, typer.Option(help="ended on or after this date")] = None,
    until: Annotated[str | None, typer.Option(help="ended on or before this date")] = None,
    rollup: RollupOption = False,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Partnerships suspended or terminated (in a period, when given)."""
    from ..ask.timeline import ended_ties

    with store(db).reader() as session:
        place = _place(session, name)
        period = _user_errors(ended_ties, session, place, since, until, rollup=rollup)
    _period(period, format, f"Ended partnerships of {place.name}"
            + (f" since {since}" if since else ""), place, "ended ties with no end date")


def _period(period, format, title, place, undated_label) -> None:
    data = [t.row() for t in period.rows]
    emit_rows(data, format, title=title,
              columns=_TIE_COLUMNS + (["partnership_id", "partner_key"]
                                      if format != Format.table else []),
              payload={"place": place.name, "count": len(data), "undated": period.undated})
    if format == Format.table and period.undated:
        console.print(f"[dim]{period.undated} {undated_label} left out[/dim]")


@app.command()
def coverage(
    name: str,
    group: Annotated[str | None, typer.Option(
        help="a built-in group (Central Asia, ASEAN, EU, G7, G20, BRICS, African Union, GCC, "
             "SCO, Mercosur ...), a continent, or a group of --group-file")] = None,
    group_file: Annotated[Path | None, typer.Option(
        help="JSON ({name: [codes]}) or CSV (group,country) of your own groups")] = None,
    rollup: RollupOption = False,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Which members of a group of countries have a partner of the place, which do not."""
    from ..ask.coverage import coverage as ask_coverage
    from ..ask.coverage import find_group

    if group is None and group_file is None:
        raise UserError("name a group with --group (e.g. --group 'Central Asia') or --group-file")
    with store(db).reader() as session:
        place = _place(session, name)
        g = _user_errors(find_group, session, group, group_file)
        result = _user_errors(ask_coverage, session, place, g, rollup=rollup)
    data = [m.as_dict() for m in result.members]
    title = f"{place.name}: {result.covered} of {result.total} in {g.name}"
    emit_rows(data, format, title=title,
              columns=["country", "name", "covered", "count", "partners", "pipeline"],
              payload={"place": place.name, "group": g.name, "group_origin": g.origin,
                       "covered": result.covered, "total": result.total})


@app.command()
def anniversaries(
    name: Annotated[str | None, typer.Argument(help="a place (default: everywhere)")] = None,
    from_: Annotated[str | None, typer.Option("--from", help="from this date (default: today)")]
    = None,
    to: Annotated[str | None, typer.Option(help="to this date (default: 12 months on)")] = None,
    rollup: RollupOption = False,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Round anniversaries (5, 10, 15, 20, 25, 30, 40, 50 ... 100 years) in a date range."""
    from ..ask.anniversaries import anniversaries as ask_anniversaries

    with store(db).reader() as session:
        place = _place(session, name) if name else None
        result = _user_errors(ask_anniversaries, session, place, start=from_, end=to,
                              rollup=rollup)
    data = [a.as_dict() for a in result.rows]
    where = place.name if place else "everywhere"
    emit_rows(data, format, title=f"Round anniversaries {result.start} to {result.end}, {where}",
              columns=["date", "years", "place", "partner", "partner_country", "type", "since",
                       "since_derived"] + (["partnership_id"] if format != Format.table else []),
              payload={"place": place.name if place else None, "from": result.start,
                       "to": result.end, "count": len(data), "undated": result.undated})
    if format == Format.table and result.undated:
        console.print(f"[dim]{result.undated:,} established ties have no start date[/dim]")


@app.command()
def claims(
    name: Annotated[str | None, typer.Argument(help="a place (default: every claim)")] = None,
    rollup: Annotated[bool | None, typer.Option(
        "--rollup/--no-rollup",
        help="compare with the roll-up (default: yes for provinces and countries)")] = None,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Each claim of a place beside what the registry counts at the claim's date."""
    from ..ask.claims import check_claims

    with store(db).reader() as session:
        place = _place(session, name) if name else None
        rows = check_claims(session, place, rollup=rollup)
    data = [c.as_dict() for c in rows]
    if format != Format.table:
        flat = data if format == Format.json else [
            {**d, "partners": [p["partner"] for p in d["partners"]],
             "breakdown": [f"{b['key']} {b['claimed']}/{b['registry']}" for b in d["breakdown"]]}
            for d in data]
        emit_rows(flat, format, payload={"place": place.name if place else None,
                                         "count": len(data)} if format == Format.json else None)
        return
    if not rows:
        console.print("[dim]no claims recorded[/dim]")
    for c in rows:
        emit_record({
            "place": c.place + (" (rolled up)" if c.rollup else ""), "date": c.date,
            "claimed": f"{c.claimed_partners} partners, {c.claimed_countries} countries",
            "registry": f"{c.registry_partners} partners ({c.registry_undated} undated), "
                        f"{c.registry_countries} countries",
            "gap": f"{c.gap_partners} partners, {c.gap_countries} countries",
            "explanation": c.explanation, "evidence": c.evidence, "source": c.source,
            "breakdown": [f"{b['key']}: claimed {b['claimed']}, registry {b['registry']}"
                          for b in c.breakdown],
            "registry partners": [p["partner"] + (" (undated)" if p["undated"] else "")
                                  for p in c.partners],
        }, format, title=f"Claim {c.claim_id}")


@app.command("claim-add")
def claim_add(
    name: str,
    partners: Annotated[int | None, typer.Option(help="the number of partners claimed")] = None,
    countries: Annotated[int | None, typer.Option(help="the number of countries claimed")] = None,
    date: Annotated[str | None, typer.Option(help="the date of the claim (default: today)")]
    = None,
    note: Annotated[str | None, typer.Option(help="where the claim comes from")] = None,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Enter a place's own claim ("88 partners in 35 countries"), to compare with the registry."""
    from ..ask.claims import add_claim

    with store(db).session() as session:
        place = _place(session, name)
        c = _user_errors(add_claim, session, place, partners=partners, countries=countries,
                         date=date, note=note)
        record = dict(id=c.id, place=place.name, date=c.date, partners=c.count_partners,
                      countries=c.count_countries, note=c.evidence)
    emit_record(record, format, title="Claim added")


network_app = typer.Typer(help="The partnership network: shared partners, triangles, central places.",
                          no_args_is_help=True)
app.add_typer(network_app, name="network")


@network_app.command("shared")
def network_shared(a: str, b: str, db: DbOption = None, format: FormatOption = Format.table) -> None:
    """Places partnered with both A and B."""
    from ..ask.network import shared_partners

    with store(db).reader() as session:
        pa, pb = _place(session, a), _place(session, b)
        rows = shared_partners(session, pa, pb)
    emit_rows(rows, format, title=f"Partners shared by {pa.name} and {pb.name}",
              columns=["place", "country", "kind", "partnership_a", "partnership_b"],
              payload={"a": pa.name, "b": pb.name, "count": len(rows)})


@network_app.command("partners-of-partners")
def network_pop(
    name: str,
    limit: Annotated[int, typer.Option(help="at most this many")] = 30,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Places two steps away, not yet partners, by how many partners they share."""
    from ..ask.network import partners_of_partners

    with store(db).reader() as session:
        place = _place(session, name)
        rows = partners_of_partners(session, place, limit=limit)
    emit_rows(rows, format, title=f"Partners of the partners of {place.name}",
              columns=["place", "country", "shared", "via"], payload={"place": place.name})


@network_app.command("triangles")
def network_triangles(
    name: Annotated[str | None, typer.Argument(help="a place (default: the world)")] = None,
    limit: Annotated[int, typer.Option(help="at most this many")] = 100,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """Three places each partnered with the other two, and alliances of three or more."""
    from ..ask.network import alliances, triangles

    with store(db).reader() as session:
        place = _place(session, name) if name else None
        rows = triangles(session, place, limit=limit)
        allied = alliances(session, place)
    if format == Format.json:
        emit_record({"place": place.name if place else None, "triangles": rows,
                     "alliances": allied}, format)
        return
    emit_rows([dict(kind="triangle", places=r["places"], countries=r["countries"]) for r in rows]
              + [dict(kind="alliance", places=a["members"], countries=[], name=a["name"],
                      date=a["date"]) for a in allied],
              format, title="Triangles and alliances" + (f" of {place.name}" if place else ""),
              columns=["kind", "places", "countries", "name", "date"])


@network_app.command("top")
def network_top(
    country: Annotated[str | None, typer.Option(help="only places of this country")] = None,
    limit: Annotated[int, typer.Option(help="at most this many")] = 20,
    db: DbOption = None,
    format: FormatOption = Format.table,
) -> None:
    """The most connected places: partners (degree) and PageRank on the world graph."""
    from ..ask.network import top

    with store(db).reader() as session:
        rows = top(session, country=country, limit=limit)
    emit_rows(rows, format, title="Most connected places" + (f" of {country}" if country else ""),
              columns=["place", "country", "kind", "partners", "pagerank", "pagerank_rank"],
              payload={"country": country})


@app.command()
def report(
    name: str,
    out: Annotated[Path, typer.Option("--out", "-o", help="file to write (.html or .md)")],
    markdown: Annotated[bool, typer.Option("--markdown", help="write Markdown, not HTML")] = False,
    rollup: RollupOption = False,
    db: DbOption = None,
) -> None:
    """A self-contained report of a place: totals, map, timeline, pipeline, anniversaries, news."""
    from ..report import build_report, render_html, render_markdown

    with store(db).reader() as session:
        place = _place(session, name)
        data = build_report(session, place, rollup=rollup)
    text = render_markdown(data) if markdown or out.suffix.lower() == ".md" else render_html(data)
    out.write_text(text, encoding="utf-8")
    err.print(f"report of {place.name} written to {out} ({len(text) / 1024:,.0f} KiB)")
