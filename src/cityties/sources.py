"""Sources: where every fact comes from. Each is created once and found again by its key."""

from __future__ import annotations

import getpass
import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from .model import SourceKind
from .store.schema import Source


def get_or_create(session: Session, key: str, kind: str, **fields) -> Source:
    src = session.execute(select(Source).where(Source.key == key)).scalar()
    if src is None:
        src = Source(key=key, kind=kind, **fields)
        session.add(src)
        session.flush()
    return src


def person_source(session: Session, note: str, author: str | None = None) -> Source:
    """A person's entry: who entered it and the note they gave."""
    author = author or _whoami()
    digest = hashlib.sha256(f"{author}\n{note}".encode()).hexdigest()[:16]
    return get_or_create(session, f"person:{author}:{digest}", SourceKind.person,
                         title=note, attribution=author)


def file_source(session: Session, name: str, sha256: str, title: str | None = None) -> Source:
    """An imported file, known by its content: importing the same bytes again finds it."""
    return get_or_create(session, f"import:{sha256}", SourceKind.import_file,
                         title=title or name, url=name)


def _whoami() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "unknown"
