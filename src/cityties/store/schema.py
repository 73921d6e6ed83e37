"""The registry's tables (SQLAlchemy 2). Changes to them ship only as Alembic migrations.

Dates of stages are stored as ISO text with a precision ("1989", "2014-11", "2014-11-16"): that
text sorts correctly against full dates, so "signed by 1990-01-01" is a plain string comparison
on both SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Place(Base):
    """An administrative unit at any level, with its parent."""

    __tablename__ = "place"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # "gn:1795565", "wd:Q123", "local:7"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    continent: Mapped[str | None] = mapped_column(String(20))
    admin_code: Mapped[str | None] = mapped_column(String(12))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lng: Mapped[float | None] = mapped_column(Float)
    population: Mapped[int | None] = mapped_column(Integer)
    wikidata: Mapped[str | None] = mapped_column(String(20), index=True)
    geonames_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id"))

    parent: Mapped[Place | None] = relationship(remote_side=[id])


class PlaceName(Base):
    """Every name a place is known by, normalised for lookup."""

    __tablename__ = "place_name"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    norm: Mapped[str] = mapped_column(String(200), index=True)
    lang: Mapped[str | None] = mapped_column(String(12))

    __table_args__ = (UniqueConstraint("place_id", "norm", name="uq_place_name"),)


class PlaceAncestor(Base):
    """Closure of the place hierarchy (each place is its own ancestor at depth 0).

    Roll-ups ("Shaanxi and every place inside it") become one indexed join instead of a recursive walk.
    """

    __tablename__ = "place_ancestor"

    ancestor_id: Mapped[int] = mapped_column(
        ForeignKey("place.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[int] = mapped_column(
        ForeignKey("place.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    depth: Mapped[int] = mapped_column(Integer)


class Source(Base):
    """Where facts come from: a dataset, a document, a person's entry, an imported file."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    licence: Mapped[str | None] = mapped_column(Text)
    attribution: Mapped[str | None] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Document(Base):
    """The text of a news article or page a source stands for, kept so evidence can be shown."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), unique=True)
    doc_id: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(12))


class Partnership(Base):
    """A tie between two places (stored once per unordered pair: a_id < b_id)."""

    __tablename__ = "partnership"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    b_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20), index=True)
    since: Mapped[str | None] = mapped_column(String(10))  # established, ISO partial date
    since_year: Mapped[int | None] = mapped_column(Integer, index=True)
    since_derived: Mapped[bool] = mapped_column(Boolean, default=False)
    stage_date: Mapped[str | None] = mapped_column(String(10))  # date of the current stage
    ended: Mapped[str | None] = mapped_column(String(10))  # date suspended/terminated
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)

    a: Mapped[Place] = relationship(foreign_keys=[a_id])
    b: Mapped[Place] = relationship(foreign_keys=[b_id])

    __table_args__ = (
        UniqueConstraint("a_id", "b_id", name="uq_partnership_pair"),
        CheckConstraint("a_id < b_id", name="ck_partnership_order"),
    )


class StageChange(Base):
    """A dated change of stage, as one source states it."""

    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    precision: Mapped[str | None] = mapped_column(String(5))
    derived: Mapped[bool] = mapped_column(Boolean, default=False)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"), index=True)
    assertion_id: Mapped[int | None] = mapped_column(ForeignKey("assertion.id"))


class PartnershipSource(Base):
    """Which sources state a partnership, and what each said (a QID pair, a list line, a sentence)."""

    __tablename__ = "partnership_source"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"), primary_key=True, index=True)
    ref: Mapped[str | None] = mapped_column(Text)


class CooperationArea(Base):
    __tablename__ = "cooperation_area"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), primary_key=True
    )
    area: Mapped[str] = mapped_column(String(40), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))


class Alliance(Base):
    """A tie among three or more places."""

    __tablename__ = "alliance"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(20), default="alliance")
    stage: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    member_key: Mapped[str] = mapped_column(String(400), unique=True)  # sorted member ids
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))


class AllianceMember(Base):
    __tablename__ = "alliance_member"

    alliance_id: Mapped[int] = mapped_column(
        ForeignKey("alliance.id", ondelete="CASCADE"), primary_key=True
    )
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), primary_key=True, index=True)


class Assertion(Base):
    """One fact as one source states it, with its evidence; everything else is merged from these."""

    __tablename__ = "assertion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # partnership|alliance|claim|event|person
    payload: Mapped[dict] = mapped_column(JSON)
    evidence: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float | None] = mapped_column(Float)
    extractor: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="SET NULL"), index=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    author: Mapped[str | None] = mapped_column(String(100))
    created: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Claim(Base):
    """A place's own statement of its totals at a date, kept to compare with what the registry counts."""

    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    count_partners: Mapped[int | None] = mapped_column(Integer)
    count_countries: Mapped[int | None] = mapped_column(Integer)
    breakdown: Mapped[dict | None] = mapped_column(JSON)
    evidence: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    assertion_id: Mapped[int | None] = mapped_column(ForeignKey("assertion.id"))


class Event(Base):
    """A dated happening tied to places and partnerships: signing, visit, delegation, forum ..."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    partnership_id: Mapped[int | None] = mapped_column(ForeignKey("partnership.id"))
    description: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))
    assertion_id: Mapped[int | None] = mapped_column(ForeignKey("assertion.id"))


class Person(Base):
    """A named official with a role at a place."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"))

    __table_args__ = (UniqueConstraint("name", "role", "place_id", name="uq_person"),)


Index("ix_partnership_pair_b", Partnership.b_id, Partnership.a_id)
