"""Importing an office's own registry from CSV: all or nothing, line numbers on errors."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cityties.ask.partners import partners
from cityties.errors import UserError
from cityties.importer import import_csv
from cityties.places import find_place
from cityties.store.schema import Partnership, StageChange

GOOD = """place_a,country_a,place_b,country_b,type,stage,since,stage_date,areas,note
Guangzhou,CN,Auckland,NZ,sister,active,1989,,trade; education,renewed 2019
Futian,CN,Oakville,CA,friendly_exchange,signed,2017-05,,,memorandum signed in Oakville
Xi'an,China,Toulouse,France,friendship,intent,2023-04-02,,culture,
"""


def _write(tmp_path, text, name="registry.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_adds_and_updates_with_dates_and_areas(world, gazetteer, tmp_path):
    report = import_csv(world, _write(tmp_path, GOOD), gazetteer=gazetteer)
    assert (report.partnerships_added, report.partnerships_updated) == (2, 1)
    assert report.places_added == 1  # Oakville came from the gazetteer
    with world.reader() as s:
        gz = find_place(s, "Guangzhou").place
        rows = {r.partner: r for r in partners(s, gz)}
        assert rows["Auckland"].since == "1989"
        assert rows["Auckland"].type == "sister"
        assert "import:" in " ".join(rows["Auckland"].sources)
        assert "wikidata_p190_2016" in rows["Auckland"].sources  # the dataset source stays
        futian = find_place(s, "Futian").place
        oak = {r.partner: r for r in partners(s, futian)}["Oakville"]
        assert (oak.stage, oak.since, oak.type) == ("signed", "2017-05", "friendly_exchange")
        xian = {r.partner: r for r in partners(s, find_place(s, "Xian").place)}
        assert xian["Toulouse"].stage == "intent"


def test_importing_the_same_file_again_changes_nothing(world, gazetteer, tmp_path):
    path = _write(tmp_path, GOOD)
    import_csv(world, path, gazetteer=gazetteer)
    with world.reader() as s:
        before = (s.scalar(select(func.count()).select_from(Partnership)),
                  s.scalar(select(func.count()).select_from(StageChange)))
    again = import_csv(world, path, gazetteer=gazetteer)
    assert again.already_imported
    with world.reader() as s:
        after = (s.scalar(select(func.count()).select_from(Partnership)),
                 s.scalar(select(func.count()).select_from(StageChange)))
    assert before == after


@pytest.mark.parametrize("bad_line, reason", [
    ("Guangzhou,CN,Auckland,NZ,cousin,active,,,,", "unknown type 'cousin'"),
    ("Guangzhou,CN,Auckland,NZ,sister,married,,,,", "unknown stage 'married'"),
    ("Guangzhou,CN,Auckland,NZ,sister,active,1989-13,,,", "is not a date"),
    ("Guangzhou,CN,Atlantis,,sister,active,,,,", "'Atlantis' is unknown"),
    ("Kansas City,,Nara,JP,sister,active,,,,", "ambiguous"),
    (",CN,Auckland,NZ,sister,active,,,,", "place_a is empty"),
    ("Guangzhou,CN,Auckland,NZ,sister,active,,,knitting,", "unknown cooperation area"),
])
def test_a_bad_row_stops_the_file_with_its_line_and_nothing_is_written(
        world, gazetteer, tmp_path, bad_line, reason):
    text = GOOD + bad_line + "\n"
    with world.reader() as s:
        before = s.scalar(select(func.count()).select_from(StageChange))
    with pytest.raises(UserError) as exc:
        import_csv(world, _write(tmp_path, text), gazetteer=gazetteer)
    assert "line 5" in str(exc.value) and reason in str(exc.value)
    with world.reader() as s:
        assert s.scalar(select(func.count()).select_from(StageChange)) == before


def test_a_qualified_name_settles_the_ambiguity(world, gazetteer, tmp_path):
    text = ("place_a,country_a,place_b,country_b\n"
            "\"Kansas City, Missouri\",,Nara,JP\n"
            "\"Kansas City, US-KS\",,Guangzhou,CN\n")
    report = import_csv(world, _write(tmp_path, text), gazetteer=gazetteer)
    assert report.partnerships_added == 2


def test_missing_columns_and_bad_encoding_are_one_line_errors(world, gazetteer, tmp_path):
    with pytest.raises(UserError, match="missing column place_b"):
        import_csv(world, _write(tmp_path, "place_a,country_a\nX,CN\n"), gazetteer=gazetteer)
    path = tmp_path / "latin1.csv"
    path.write_bytes("place_a,place_b\nS\xe3o Paulo,Lima\n".encode("latin-1"))
    with pytest.raises(UserError, match="not UTF-8"):
        import_csv(world, path, gazetteer=gazetteer)


def test_two_sources_with_different_years_are_both_kept_and_flagged(world, gazetteer, tmp_path):
    import_csv(world, _write(tmp_path, "place_a,place_b,since\nGuangzhou,Auckland,1989\n", "a.csv"),
               gazetteer=gazetteer)
    import_csv(world, _write(tmp_path, "place_a,place_b,since\nGuangzhou,Auckland,1990\n", "b.csv"),
               gazetteer=gazetteer)
    with world.reader() as s:
        gz = find_place(s, "Guangzhou").place
        p = s.execute(select(Partnership).where(Partnership.id.in_(
            [r.partnership_id for r in partners(s, gz) if r.partner == "Auckland"]))).scalar()
        years = sorted(c.date for c in s.execute(
            select(StageChange).where(StageChange.partnership_id == p.id)).scalars())
    assert years == ["1989", "1990"]
    assert p.conflict and p.since == "1989"
