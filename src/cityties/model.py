"""The domain's words as types: kinds of place, types and stages of partnership, dates with precision.

Everything else (the SQL schema, the extractor's output, the CLI) speaks in these values, so a
stage or a type is spelled the same way in the database, in JSON and on screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class PlaceKind(StrEnum):
    country = "country"
    state_province = "state_province"
    city = "city"
    district = "district"
    county = "county"
    other = "other"


class PartnershipType(StrEnum):
    sister = "sister"
    friendship = "friendship"
    friendly_exchange = "friendly_exchange"
    twin = "twin"
    partnership = "partnership"
    other = "other"


class Stage(StrEnum):
    """Where a partnership stands; the order of the members is the usual order of progress."""

    contact = "contact"
    intent = "intent"
    approved = "approved"
    signed = "signed"
    active = "active"
    suspended = "suspended"
    terminated = "terminated"


#: stages at which a partnership exists (counted as a partner pair)
ESTABLISHED_STAGES = (Stage.signed, Stage.active)
#: stages before a partnership exists (the pipeline)
PIPELINE_STAGES = (Stage.contact, Stage.intent, Stage.approved)
#: stages after a partnership ended or paused
ENDED_STAGES = (Stage.suspended, Stage.terminated)


class Precision(StrEnum):
    year = "year"
    month = "month"
    day = "day"


class SourceKind(StrEnum):
    dataset = "dataset"
    document = "document"
    person = "person"
    import_file = "import"


class AssertionStatus(StrEnum):
    pending = "pending"
    accepted = "accepted"
    rejected = "rejected"


COOPERATION_AREAS = (
    "trade",
    "investment",
    "education",
    "culture",
    "tourism",
    "innovation and technology",
    "environment",
    "health",
    "agriculture",
    "energy",
    "sport",
    "youth",
    "media and film",
    "smart city",
    "urban planning",
)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a year, a month or a day ("1989", "2014-11", "2014-11-16").

    Stored as its ISO text, which sorts correctly against full dates as a lower bound.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        m = _DATE.match(text.strip())
        if not m:
            raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        y, mo, d = m.groups()
        date = cls(int(y), int(mo) if mo else None, int(d) if d else None)
        if date.month is not None and not 1 <= date.month <= 12:
            raise ValueError(f"not a date: {text!r} (month out of range)")
        if date.day is not None:
            import datetime

            datetime.date(date.year, date.month or 1, date.day)  # raises on 2014-02-30
        return date

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.day
        if self.month is not None:
            return Precision.month
        return Precision.year

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.iso()
