"""Fixtures: a fresh registry on each backend, and the small world of `fixtures.py`.

Set CITYTIES_TEST_PG to a PostgreSQL URL (as .ci/run does) and every registry test runs twice,
on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).parent))

import fixtures  # noqa: E402
from cityties.store import open_store  # noqa: E402

PG_URL = os.environ.get("CITYTIES_TEST_PG")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def _reset_pg(url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A database to hand to `--db`: an SQLite file, or a wiped PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "registry.db")
    _reset_pg(PG_URL)
    return PG_URL


@pytest.fixture
def store(db_url):
    st = open_store(db_url)
    yield st
    st.close()


@pytest.fixture
def bundle(tmp_path) -> Path:
    return fixtures.write_bundle(tmp_path / "bundle")


@pytest.fixture
def gazetteer():
    return fixtures.gazetteer()


@pytest.fixture
def world(store, bundle):
    """A registry with the small world loaded."""
    from cityties.world import load_world

    load_world(store, bundle)
    return store


@pytest.fixture
def shared_dir() -> Path:
    """../shared (or CITYTIES_SHARED): present for developers and CI, absent in a user's clone."""
    path = Path(os.environ.get("CITYTIES_SHARED", Path(__file__).parents[2] / "shared"))
    if not (path / "eval").is_dir():
        pytest.skip("needs ../shared (the project's shared data), absent here")
    return path


@pytest.fixture
def cli(db_url, bundle, tmp_path, monkeypatch):
    """Runs `cityties ARGS` against a registry initialised with the small world."""
    from typer.testing import CliRunner

    from cityties.cli import app

    gaz = tmp_path / "gazetteer.sqlite"
    fixtures.gazetteer(str(gaz))
    monkeypatch.setenv("CITYTIES_GAZETTEER", str(gaz))
    monkeypatch.setenv("CITYTIES_WORLD", str(bundle))
    monkeypatch.setenv("CITYTIES_DB", db_url)
    runner = CliRunner()

    def run(*args, ok=True):
        result = runner.invoke(app, list(args), catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    run("init")
    return run
