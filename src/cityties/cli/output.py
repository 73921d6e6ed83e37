"""Rendering results as a table, JSON or CSV: one place for every command's `--format`."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum

from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


console = Console()
err = Console(stderr=True)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def emit_rows(rows: Sequence[dict], fmt: Format, *, title: str | None = None,
              columns: Iterable[str] | None = None, payload: dict | None = None) -> None:
    """Print rows; JSON wraps them in `payload` (context such as the place) when given."""
    cols = list(columns) if columns else (list(rows[0]) if rows else [])
    if fmt == Format.json:
        body = {**payload, "rows": list(rows)} if payload is not None else list(rows)
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
    else:
        table = Table(title=title, show_lines=False, header_style="bold")
        for c in cols:
            table.add_column(c.replace("_", " "))
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in cols])
        console.print(table)
        if not rows:
            console.print("[dim]nothing found[/dim]")


def emit_record(record: dict, fmt: Format, *, title: str | None = None) -> None:
    """Print one record: a two-column table, a JSON object, or a key,value CSV."""
    if fmt == Format.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["field", "value"])
        for k, v in record.items():
            writer.writerow([k, _cell(v)])
    else:
        table = Table(title=title, show_header=False)
        table.add_column(style="bold")
        table.add_column()
        for k, v in record.items():
            table.add_row(k.replace("_", " "), _cell(v))
        console.print(table)
