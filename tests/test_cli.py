"""The command line as a person uses it: answers, formats, and one-line errors."""

from __future__ import annotations

import json

import pytest

from cityties.cli import main


def test_partners_json_lists_guangzhou_partners(cli):
    out = json.loads(cli("partners", "Guangzhou", "--format", "json").stdout)
    assert {r["partner"] for r in out["rows"]} == {"Auckland", "Los Angeles"}
    assert out["count"] == 2


def test_stats_rollup_counts_the_cities_of_the_province(cli):
    out = json.loads(cli("stats", "Shaanxi", "--rollup", "--format", "json").stdout)
    assert out["pairs"] == 3 and out["countries"] == 2


def test_place_shows_what_it_is_part_of(cli):
    result = cli("place", "Futian")
    assert "Shenzhen" in result.stdout and "Guangdong" in result.stdout
    out = json.loads(cli("place", "Futian", "--format", "json").stdout)
    assert out["part_of"] == ["Shenzhen", "Guangdong", "China"]
    assert [p["partner"] for p in out["partners"]] == ["Tolyatti"]


def test_csv_format_has_a_header_and_a_row_per_partner(cli):
    lines = cli("partners", "Xi'an", "--format", "csv").stdout.strip().splitlines()
    assert lines[0].startswith("partner,partner_country")
    assert len(lines) == 3


def test_an_ambiguous_name_lists_the_candidates(cli, capsys, monkeypatch):
    monkeypatch.setattr("sys.argv", ["cityties", "partners", "Kansas City"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert "Kansas City, US-MO" in err and "Kansas City, US-KS" in err
    assert "Traceback" not in err


def test_a_qualifier_picks_one(cli):
    out = json.loads(cli("partners", "Kansas City, Kansas", "--format", "json").stdout)
    assert [r["partner"] for r in out["rows"]] == ["Yan'an"]


def test_a_place_only_in_the_gazetteer_is_shown_without_partners(cli):
    out = json.loads(cli("place", "Oakville", "--format", "json").stdout)
    assert out["in_registry"] is False and out["part_of"] == ["Ontario", "Canada"]


def test_unknown_place_is_a_one_line_error(cli, capsys, monkeypatch):
    monkeypatch.setattr("sys.argv", ["cityties", "stats", "Atlantis"])
    with pytest.raises(SystemExit):
        main()
    err = capsys.readouterr().err.strip()
    assert err.startswith("cityties: no place called 'Atlantis'") and "\n" not in err


def test_search_and_add_place(cli):
    out = json.loads(cli("search", "kansas", "--format", "json").stdout)
    assert {r["admin_code"] for r in out if r["name"] == "Kansas City"} == {"US-MO", "US-KS"}
    cli("add-place", "No. 5 District of Nowhere", "--kind", "district", "--parent", "Xi'an")
    out = json.loads(cli("place", "No. 5 District of Nowhere", "--format", "json").stdout)
    assert out["part_of"] == ["Xi'an", "Shaanxi", "China"] and out["country"] == "CN"


def test_bad_stage_filter_is_a_one_line_error(cli, capsys, monkeypatch):
    monkeypatch.setattr("sys.argv", ["cityties", "partners", "Guangzhou", "--stage", "married"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 1
    assert "unknown stage married: use contact" in capsys.readouterr().err


def test_export_to_file(cli, tmp_path):
    out = tmp_path / "world.geojson"
    cli("export", "--format", "geojson", "--out", str(out))
    assert json.loads(out.read_text())["type"] == "FeatureCollection"
