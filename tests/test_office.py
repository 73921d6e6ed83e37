"""The answers an office is asked for, on the small world plus dated facts added here."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cityties.ask.anniversaries import anniversaries
from cityties.ask.claims import add_claim, check_claims
from cityties.ask.coverage import coverage, find_group
from cityties.ask.network import partners_of_partners, shared_partners, top, triangles
from cityties.ask.pipeline import pipeline
from cityties.ask.rank import rank
from cityties.ask.stats import stats
from cityties.ask.timeline import ended_ties, new_ties
from cityties.errors import UserError
from cityties.importer import import_csv
from cityties.merge import Fact, apply_fact
from cityties.places import find_place
from cityties.sources import person_source

DATED = """place_a,country_a,place_b,country_b,type,stage,since,stage_date,areas,note
Guangzhou,CN,Auckland,NZ,sister,active,1989,,,
Guangzhou,CN,Los Angeles,US,sister,active,1981-12-08,,,
Futian,CN,Oakville,CA,friendly_exchange,signed,2017-05,,,
Xi'an,CN,Toulouse,FR,friendship,intent,2023-04-02,,,
"""


@pytest.fixture
def dated(world, gazetteer, tmp_path):
    """The small world with start dates, a letter of intent, an ended tie and a triangle."""
    path = tmp_path / "office.csv"
    path.write_text(DATED, encoding="utf-8")
    import_csv(world, path, gazetteer=gazetteer)
    with world.session() as s:
        src = person_source(s, "test facts", author="tester")
        p = {n: find_place(s, n).place for n in ("Xi'an", "Nara", "Auckland", "Los Angeles")}
        apply_fact(s, p["Xi'an"].id, p["Nara"].id,
                   Fact("friendship", "terminated", date="1974", stage_date="2024-06-01"), src.id)
        apply_fact(s, p["Auckland"].id, p["Los Angeles"].id,
                   Fact("sister", "active", date="2001"), src.id)
    return world


def _place(session, name):
    return find_place(session, name).place


def test_stats_at_counts_undated_open_data_ties_at_any_date(world):
    with world.reader() as s:
        st = stats(s, _place(s, "Guangzhou"), at="1990-01-01")
    assert st.pairs == 2 and st.undated == 2 and st.at == "1990-01-01"
    assert st.by_country == {"NZ": 1, "US": 1}


def test_stats_at_uses_dates_when_known(dated):
    with dated.reader() as s:
        gz = _place(s, "Guangzhou")
        assert stats(s, gz, at="1985").pairs == 1  # Los Angeles (1981), not yet Auckland
        assert stats(s, gz, at="1990-01-01").pairs == 2
        assert stats(s, gz, at="1980").pairs == 0
        xian = _place(s, "Xi'an")
        before, after = stats(s, xian, at="2000"), stats(s, xian, at="2025")
    assert before.pairs == 2 and before.by_stage["active"] == 2  # Nara (1974) and Kansas City
    assert after.pairs == 1 and after.by_stage["terminated"] == 1 and after.by_stage["intent"] == 1
    assert after.undated == 1  # Kansas City has no start date


def test_stats_at_rejects_a_bad_date(world):
    with world.reader() as s, pytest.raises(ValueError, match="not a date"):
        stats(s, _place(s, "Guangzhou"), at="1990-13")


def test_rank_districts_and_cities(dated):
    with dated.reader() as s:
        districts = rank(s, _place(s, "Shenzhen"), level="district")
        cities = rank(s, _place(s, "Guangdong"), level="city")
        country = rank(s, country="cn")
    assert [(r.rank, r.place, r.pairs) for r in districts] == [(1, "Futian", 2)]
    assert sorted(districts[0].partners) == ["Oakville", "Tolyatti"]
    assert [(r.rank, r.place, r.pairs) for r in cities] == [(1, "Guangzhou", 2), (1, "Shenzhen", 2)]
    assert {r.place for r in country} >= {"Guangzhou", "Xi'an", "Yan'an", "Shenzhen"}
    xian = next(r for r in country if r.place == "Xi'an")
    assert xian.pipeline == 1 and xian.pairs == 1  # Toulouse in the pipeline, Nara ended


def test_pipeline_puts_letters_of_intent_first_with_days(dated):
    with dated.reader() as s:
        result = pipeline(s, _place(s, "Xi'an"), today=dt.date(2024, 4, 2))
    first = result.rows[0]
    assert (first.tie.stage, first.tie.partner, first.in_stage_since) == ("intent", "Toulouse",
                                                                         "2023-04-02")
    assert first.days_in_stage == 366
    assert result.by_stage == {"intent": 1, "active": 1, "terminated": 1}
    ended = next(r for r in result.rows if r.tie.stage == "terminated")
    assert ended.in_stage_since == "2024-06-01"


def test_world_pipeline_lists_the_ties_in_progress_and_counts_every_stage(dated):
    with dated.reader() as s:
        world = pipeline(s, None, today=dt.date(2024, 4, 2))
        every = pipeline(s, None, stages=["active"])
    assert {(r.tie.stage, frozenset((r.tie.here, r.tie.partner))) for r in world.rows} == {
        ("intent", frozenset(("Xi'an", "Toulouse"))), ("signed", frozenset(("Futian", "Oakville")))}
    assert world.by_stage["active"] >= 5 and world.by_stage["terminated"] == 1
    assert {r.tie.stage for r in every.rows} == {"active"} and len(every.rows) == world.by_stage["active"]


def test_new_and_ended_in_a_period(dated):
    with dated.reader() as s:
        fresh = new_ties(s, _place(s, "Guangdong"), "2015", "2020", rollup=True)
        gone = ended_ties(s, _place(s, "Shaanxi"), "2024-01-01", rollup=True)
        none = ended_ties(s, _place(s, "Shaanxi"), "2025-01-01", rollup=True)
    assert [t.partner for t in fresh.rows] == ["Oakville"]
    assert fresh.undated == 1  # Futian-Tolyatti has no start date
    assert [(t.here, t.partner, t.ended) for t in gone.rows] == [("Xi'an", "Nara", "2024-06-01")]
    assert none.rows == []


def test_coverage_of_a_built_in_group_and_a_file(dated, tmp_path):
    with dated.reader() as s:
        ca = find_group(s, "central asia")
        assert ca.members == ["KZ", "KG", "TJ", "TM", "UZ"]
        g7 = coverage(s, _place(s, "Guangdong"), find_group(s, "G7"), rollup=True)
        assert (g7.covered, g7.total) == (2, 7)
        assert {m.country for m in g7.members if m.covered} == {"CA", "US"}
        path = tmp_path / "mine.csv"
        path.write_text("group,country\nfriends,France\nfriends,JP\nfriends,NZ\n", "utf-8")
        mine = coverage(s, _place(s, "Xi'an"), find_group(s, "friends", path))
        asia = find_group(s, "Oceania")
    by = {m.country: m for m in mine.members}
    assert not by["FR"].covered and by["FR"].pipeline == ["Toulouse, intent"]
    assert not by["JP"].covered  # Nara ended
    assert asia.members == ["NZ"]


def test_unknown_group_lists_the_known_ones(world):
    with world.reader() as s, pytest.raises(ValueError, match="ASEAN"):
        find_group(s, "Atlantis")


def test_round_anniversaries_in_a_range(dated):
    with dated.reader() as s:
        a2029 = anniversaries(s, start="2029-01-01", end="2029-12-31")
        gz = anniversaries(s, _place(s, "Guangzhou"), start="2031-12-01", end="2031-12-31")
        futian = anniversaries(s, _place(s, "Shenzhen"), rollup=True, start="2027-05-15",
                               end="2027-06-30")
    assert [({a.tie.here, a.tie.partner}, a.years, a.date) for a in a2029.rows] == [
        ({"Guangzhou", "Auckland"}, 40, "2029")]
    assert [(a.tie.partner, a.years, a.date) for a in gz.rows] == [("Los Angeles", 50, "2031-12-08")]
    assert [(a.tie.partner, a.years) for a in futian.rows] == [("Oakville", 10)]
    assert a2029.undated >= 3


def test_claims_against_counts(dated):
    with dated.session() as s:
        add_claim(s, _place(s, "Shenzhen"), partners=5, countries=4, date="2020-06-01",
                  note="Shenzhen says it has 5 partners in 4 countries")
        add_claim(s, _place(s, "Guangdong"), partners=2, date="1985", note="old yearbook")
    with dated.reader() as s:
        own = check_claims(s, _place(s, "Shenzhen"))
        rolled = check_claims(s, _place(s, "Shenzhen"), rollup=True)
        province = check_claims(s, _place(s, "Guangdong"))
    c = own[0]
    assert (c.claimed_partners, c.registry_partners, c.gap_partners) == (5, 0, 5)
    r = rolled[0]
    assert (r.registry_partners, r.gap_partners, r.registry_countries) == (2, 3, 2)
    assert {p["partner"] for p in r.partners} == {"Oakville", "Tolyatti"}
    assert "lacks 3" in r.explanation
    p = province[0]  # a province's claim is compared with its roll-up, as of 1985
    assert p.rollup and p.registry_partners == 2 and p.registry_undated == 1
    assert {x["partner"] for x in p.partners} == {"Los Angeles", "Tolyatti"}


def test_network_shared_partners_triangles_and_top(dated):
    with dated.reader() as s:
        shared = shared_partners(s, _place(s, "Auckland"), _place(s, "Los Angeles"))
        tri = triangles(s, _place(s, "Guangzhou"))
        pop = partners_of_partners(s, _place(s, "Yan'an"))
        best = top(s, limit=3)
        cn = top(s, country="CN", limit=10)
    assert [r["place"] for r in shared] == ["Guangzhou"]
    assert [sorted(t["places"]) for t in tri] == [["Auckland", "Guangzhou", "Los Angeles"]]
    assert pop == []  # Kansas City (Kansas) has no other partner
    assert best[0]["partners"] == 2 and len(best) == 3
    assert all(r["country"] == "CN" for r in cn)


def test_cli_stats_at_counts_los_angeles_and_auckland(cli):
    out = json.loads(cli("stats", "Guangzhou", "--at", "1990-01-01", "--format", "json").stdout)
    assert out["pairs"] == 2 and out["undated"] == 2 and out["at"] == "1990-01-01"


def test_cli_claim_add_then_claims(cli):
    cli("claim-add", "Shenzhen", "--partners", "3", "--countries", "2", "--date", "2021",
        "--note", "city yearbook 2021")
    out = json.loads(cli("claims", "Shenzhen", "--rollup", "--format", "json").stdout)
    row = out["rows"][0]
    assert (row["claimed_partners"], row["registry_partners"], row["gap_partners"]) == (3, 1, 2)
    assert row["partners"][0]["partner"] == "Tolyatti"
    table = cli("claims", "Shenzhen").stdout
    assert "claimed" in table and "3 partners" in table
    csv_out = cli("claims", "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("claim_id,place")


def test_cli_every_office_verb_answers_in_every_format(cli, tmp_path):
    for args in (["rank", "Guangdong", "--level", "city"], ["rank", "--country", "CN"],
                 ["pipeline", "Xi'an"], ["new", "Guangzhou", "--since", "2000"],
                 ["ended", "Xi'an"], ["coverage", "Guangzhou", "--group", "Oceania"],
                 ["anniversaries", "--from", "2020", "--to", "2030"],
                 ["network", "shared", "Guangzhou", "Xi'an"], ["network", "top"],
                 ["network", "triangles"], ["network", "partners-of-partners", "Xi'an"]):
        for fmt in ("table", "json", "csv"):
            result = cli(*args, "--format", fmt)
            if fmt == "json":
                json.loads(result.stdout)


def test_cli_mistakes_are_user_errors(cli):
    for args in (["stats", "Guangzhou", "--at", "yesterday"], ["rank"],
                 ["coverage", "Guangzhou", "--group", "Atlantis"], ["claim-add", "Shenzhen"],
                 ["new", "Guangzhou", "--since", "soon"]):
        with pytest.raises(UserError):
            cli(*args, ok=False)
