"""Importing an office's own registry from CSV.

Columns (header row required; names are case-insensitive):

| column | required | meaning |
| --- | --- | --- |
| place_a, place_b | yes | the two places ("Futian", "Kansas City, Missouri") |
| country_a, country_b | no | their countries: ISO alpha-2 ("CN") or an English name |
| type | no | sister, friendship, friendly_exchange, twin, partnership, other (default sister) |
| stage | no | contact, intent, approved, signed, active, suspended, terminated (default active) |
| since | no | when the tie was established (or the letter of intent dated): YYYY, YYYY-MM or YYYY-MM-DD |
| stage_date | no | for suspended or terminated: when that happened |
| areas | no | cooperation areas, separated by ";" or "|" (trade; education) |
| note | no | free text kept with the partnership |

The whole file is checked before anything is written; a bad row stops the import with its line
number and reason, and nothing of that file is stored. Importing the same file again changes nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UserError
from .merge import Fact, apply_fact
from .model import COOPERATION_AREAS, ENDED_STAGES, PartialDate, PartnershipType, Stage
from .places import AmbiguousPlace, PlaceNotFound, find_place, materialize
from .sources import file_source

COLUMNS = ("place_a", "country_a", "place_b", "country_b", "type", "stage", "since",
           "stage_date", "areas", "note")
REQUIRED = ("place_a", "place_b")


@dataclass
class ImportReport:
    path: str
    rows: int = 0
    partnerships_added: int = 0
    partnerships_updated: int = 0
    places_added: int = 0
    already_imported: bool = False
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


class ImportError_(UserError):
    """A file that cannot be imported; the message has the line number and reason."""


def _read(path: Path) -> tuple[str, str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8 CSV") from None
    return text, hashlib.sha256(raw).hexdigest()


def _qualified(name: str, country: str) -> str:
    return f"{name}, {country}" if country else name


def _parse_row(line: int, row: dict, problems: list[str]) -> dict | None:
    def bad(msg: str) -> None:
        problems.append(f"line {line}: {msg}")

    out = {k: (row.get(k) or "").strip() for k in COLUMNS}
    for k in REQUIRED:
        if not out[k]:
            bad(f"{k} is empty")
            return None
    out["type"] = out["type"].lower().replace(" ", "_").replace("-", "_") or "sister"
    out["stage"] = out["stage"].lower() or "active"
    if out["type"] not in PartnershipType.__members__:
        bad(f"unknown type {out['type']!r} (use {', '.join(PartnershipType)})")
        return None
    if out["stage"] not in Stage.__members__:
        bad(f"unknown stage {out['stage']!r} (use {', '.join(Stage)})")
        return None
    for k in ("since", "stage_date"):
        if out[k]:
            try:
                out[k] = PartialDate.parse(out[k]).iso()
            except (ValueError, TypeError):
                bad(f"{k} {out[k]!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
                return None
    areas = [a.strip().lower() for a in out["areas"].replace("|", ";").split(";") if a.strip()]
    unknown = [a for a in areas if a not in COOPERATION_AREAS]
    if unknown:
        bad(f"unknown cooperation area {', '.join(unknown)} (use {', '.join(COOPERATION_AREAS)})")
        return None
    out["areas"] = tuple(areas)
    return out


def import_csv(store, path: str | Path, gazetteer=None) -> ImportReport:
    """Import `path` into `store` in one transaction, or raise with every bad line."""
    path = Path(path)
    text, digest = _read(path)
    report = ImportReport(path=str(path))
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise UserError(f"{path}: empty file; the first line must name the columns "
                        f"({', '.join(COLUMNS)})")
    reader.fieldnames = [f.strip().lower() for f in reader.fieldnames]
    missing = [c for c in REQUIRED if c not in reader.fieldnames]
    if missing:
        raise UserError(f"{path}: missing column {', '.join(missing)} "
                        f"(columns: {', '.join(COLUMNS)})")
    problems: list[str] = []
    parsed = []
    for row in reader:
        line = reader.line_num
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        p = _parse_row(line, row, problems)
        if p is not None:
            parsed.append((line, p))
    report.rows = len(parsed) + len(problems)
    with store.session() as session:
        from sqlalchemy import select

        from .store.schema import Source

        if session.execute(select(Source.id).where(Source.key == f"import:{digest}")).first():
            report.already_imported = True
            return report
        resolved = []
        for line, p in parsed:
            ends = []
            for side in ("a", "b"):
                query = _qualified(p[f"place_{side}"], p[f"country_{side}"])
                try:
                    cand = find_place(session, query, gazetteer=gazetteer)
                except AmbiguousPlace as exc:
                    options = "; ".join(c.label for c in exc.candidates[:6])
                    problems.append(f"line {line}: place_{side} {query!r} is ambiguous "
                                    f"({options}); add its country or state")
                    break
                except PlaceNotFound:
                    problems.append(f"line {line}: place_{side} {query!r} is unknown; check it "
                                    "or create it with 'cityties add-place'")
                    break
                ends.append(cand)
            else:
                if ends[0].gaz is not None and ends[0].place is None and ends[1].gaz is not None \
                        and ends[1].place is None and ends[0].gaz.id == ends[1].gaz.id:
                    problems.append(f"line {line}: both ends are the same place")
                    continue
                resolved.append((line, p, ends))
        if problems:
            raise ImportError_(f"{path}: nothing imported; "
                               + f"{len(problems)} bad row(s): " + " | ".join(problems[:20]))
        src = file_source(session, path.name, digest)
        for line, p, ends in resolved:
            ids = []
            for cand in ends:
                if cand.place is None:
                    cand.place = materialize(session, gazetteer, cand.gaz, src.id)
                    report.places_added += 1
                ids.append(cand.place.id)
            if ids[0] == ids[1]:
                raise ImportError_(f"{path}: nothing imported; line {line}: both ends are "
                                   f"the same place ({ends[0].name})")
            fact = Fact(
                type=p["type"], stage=p["stage"],
                date=p["since"] or None,
                stage_date=p["stage_date"] or None if p["stage"] in ENDED_STAGES else None,
                areas=p["areas"], note=p["note"] or None,
            )
            _, created = apply_fact(session, ids[0], ids[1], fact, src.id, ref=f"line {line}",
                                    authoritative=True)
            if created:
                report.partnerships_added += 1
            else:
                report.partnerships_updated += 1
    return report
