"""What the reader hands on: a Document, or a ReadError saying in one line why an input was skipped."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .dateline import dateline, url_date

_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


@dataclass(frozen=True, slots=True)
class Document:
    """One text to read: an article, a page, a record of a WARC file.

    ``published`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or None); ``warnings`` says what the
    reader had to repair (for example invalid UTF-8 replaced), so a curator can judge the evidence.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source_path: str | None = None
    sha256: str = ""
    warnings: tuple[str, ...] = field(default=())

    @classmethod
    def make(cls, id: str, text: str, **kw) -> Document:
        """A Document with its ``sha256`` computed from the text and ``published`` normalised.

        With no ``published`` given, the date the page prints in its byline is taken (``dateline``), else
        the date its URL files it under (``url_date``).
        """
        kw["published"] = normalize_date(kw.get("published")) or dateline(text) or url_date(kw.get("url"))
        return cls(id=str(id), text=text, sha256=hashlib.sha256(text.encode("utf-8", "replace")).hexdigest(),
                   **kw)


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that gave no document; ``reason`` is one line meant for a person."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def normalize_date(value) -> str | None:
    """'2014-11-17T07:32:00' -> '2014-11-17'; '2018' stays '2018'; anything unreadable -> None."""
    if value is None:
        return None
    m = _DATE.match(str(value))
    if not m:
        return None
    y, mo, d = m.groups()
    if not 1000 <= int(y) <= 2999:
        return None
    if mo is None or not 1 <= int(mo) <= 12:
        return y
    if d is None or not 1 <= int(d) <= 31:
        return f"{y}-{int(mo):02d}"
    return f"{y}-{int(mo):02d}-{int(d):02d}"
