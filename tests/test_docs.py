"""Docs that cannot drift: the CLI reference is generated, and every command says what it does."""

from __future__ import annotations

from pathlib import Path

import typer.main

from cityties.cli import app
from cityties.docs import render

DOC = Path(__file__).parents[1] / "docs" / "cli.md"


def test_cli_reference_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/cli.md is stale: run 'python -m cityties.docs > docs/cli.md'")


def test_every_command_is_documented():
    root = typer.main.get_command(app)
    text = DOC.read_text(encoding="utf-8")
    for name, cmd in root.commands.items():
        assert (cmd.help or "").strip(), f"'{name}' has no help text"
        assert f"## `cityties {name}`" in text
