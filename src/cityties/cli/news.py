"""News verbs: extract (no database), ingest (into the registry), eval (against gold)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError
from . import app
from .common import DbOption, store
from .output import console, err


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def _gazetteer(use: bool):
    if not use:
        return None
    from ..gazetteer import open_gazetteer

    return open_gazetteer()


def _check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="text, HTML, JSONL or WARC files, or folders")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.jsonl,
    gazetteer: Annotated[bool, typer.Option(
        help="resolve places with the gazetteer (ids, kinds, countries)")] = True,
) -> None:
    """Print the partnership facts each document states, one JSON object per document."""
    from ..extract import extract as run_extract
    from ..read import ReadError, iter_documents

    _check_paths(paths)
    gaz = _gazetteer(gazetteer)
    failed = 0
    out = []
    for doc in iter_documents([str(p) for p in paths]):
        if isinstance(doc, ReadError):
            err.print(f"skipped {doc}", markup=False, highlight=False)
            failed += 1
            continue
        result = run_extract(doc, gaz)
        if format == ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            out.append(result)
    if format == ExtractFormat.json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="text, HTML, JSONL or WARC files, or folders")],
    db: DbOption = None,
) -> None:
    """Read articles, extract their facts, and store them with provenance in the registry."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..ingest import ingest as run_ingest

    _check_paths(paths)
    st = store(db)
    gaz = _gazetteer(True)
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), console=err, transient=True) as bar:
        task = bar.add_task("", total=None)
        report = run_ingest(st, [str(p) for p in paths], gazetteer=gaz,
                            progress=lambda name: bar.update(task, advance=1,
                                                             description=str(name)[:40]))
    for line in report.failures:
        err.print(f"failed: {line}", markup=False, highlight=False)
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items())) or "none"
    console.print(
        f"documents read: {report.documents_read}; relevant: {report.relevant}; "
        f"ingested: {report.ingested}\n"
        f"facts added: {report.facts_added} ({report.partnerships_added} new partnerships; "
        f"{report.unresolved_places} facts with a place not resolved)\n"
        f"skipped: {skipped}"
    )
    if report.failures:
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option(help="gold annotations (JSONL, as ../shared/eval/)")],
    articles: Annotated[Path, typer.Option(help="the articles the gold describes (JSONL)")],
    misses: Annotated[bool, typer.Option(help="list the misses")] = True,
    gazetteer: Annotated[bool, typer.Option(help="resolve places with the gazetteer")] = True,
) -> None:
    """Score extraction against gold annotations (the matching of ../shared/eval/score.py)."""
    from ..evaluate import evaluate

    _check_paths([gold, articles])
    report, missed = evaluate(str(gold), str(articles), resolver=_gazetteer(gazetteer))
    for key, value in report.as_dict().items():
        if isinstance(value, dict):
            figures = "  ".join(f"{k} {v}" for k, v in value.items())
            console.print(f"{key:<16} {figures}", markup=False, highlight=False)
        else:
            console.print(f"{key:<16} {value}", markup=False, highlight=False)
    if misses and missed:
        console.print("\nmisses:", markup=False)
        for line in missed:
            console.print(line, markup=False, highlight=False, soft_wrap=True)
