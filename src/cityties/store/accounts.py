"""Accounts of the web app: people who log in (editors, admins) and API tokens for scripts.

Passwords are hashed with Argon2 (argon2-cffi); a token is shown once and stored only as its
SHA-256, so a copy of the database gives neither passwords nor usable tokens.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .schema import Base

ROLES = ("editor", "admin")
TOKEN_PREFIX = "ctk_"


class AppUser(Base):
    """A person who may log in; `role` is editor or admin (both may change the registry)."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(12))
    created: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class ApiToken(Base):
    """A bearer token for scripts, acting as its user; only the SHA-256 of the token is kept."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(100))
    created: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    last_used: Mapped[datetime | None] = mapped_column(DateTime)


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(session: Session, name: str, password: str, role: str) -> AppUser:
    """A new user, or ValueError (unknown role, short password, name taken)."""
    name = name.strip()
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: use {' or '.join(ROLES)}")
    if not name or len(name) > 100:
        raise ValueError("a user name must have 1 to 100 characters")
    if len(password) < 8:
        raise ValueError("a password must have at least 8 characters")
    if session.execute(select(AppUser.id).where(AppUser.name == name)).first():
        raise ValueError(f"there is already a user called {name!r}")
    user = AppUser(name=name, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> AppUser | None:
    user = session.execute(select(AppUser).where(AppUser.name == name.strip())).scalar()
    if user is None:
        _hasher().hash(password)  # spend the same time as for a real user
        return None
    return user if check_password(user.password_hash, password) else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, name: str, label: str | None = None) -> str:
    """A new token for user `name` (returned once; only its digest is stored)."""
    user = session.execute(select(AppUser).where(AppUser.name == name.strip())).scalar()
    if user is None:
        raise ValueError(f"no user called {name!r}: add one with 'cityties user add'")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_digest(token), label=label))
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> AppUser | None:
    row = session.execute(
        select(AppUser, ApiToken).join(ApiToken, ApiToken.user_id == AppUser.id)
        .where(ApiToken.token_hash == _digest(token))
    ).first()
    return row[0] if row else None
