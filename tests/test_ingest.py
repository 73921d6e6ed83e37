"""Ingesting news: facts stored with their sentence, merged into the registry, never twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cityties.ask.partners import partners
from cityties.ingest import ingest
from cityties.places import find_place
from cityties.store.schema import Assertion, Document, Partnership, StageChange

ARTICLES = Path(__file__).parent / "articles"


def _auckland(store):
    with store.reader() as s:
        gz = find_place(s, "Guangzhou").place
        return {r.partner: r for r in partners(s, gz)}["Auckland"]


def test_an_anniversary_gives_the_start_year_and_the_article_as_a_source(world, gazetteer):
    report = ingest(world, [str(ARTICLES / "gz_anniversary.jsonl")], gazetteer=gazetteer)
    assert (report.documents_read, report.relevant, report.ingested) == (1, 1, 1)
    row = _auckland(world)
    assert row.since == "1989" and row.since_derived
    assert any(s.startswith("doc:") for s in row.sources)
    assert "wikidata_p190_2016" in row.sources
    assert row.stage == "active"
    with world.reader() as s:
        a = s.execute(select(Assertion).where(Assertion.kind == "partnership")).scalars().first()
        doc = s.execute(select(Document)).scalar()
        assert a.evidence and a.evidence in doc.text
        assert doc.text[a.span_start:a.span_end] == a.evidence
        assert a.extractor


def test_ingesting_the_same_document_again_changes_nothing(world, gazetteer):
    path = str(ARTICLES / "gz_anniversary.jsonl")
    ingest(world, [path], gazetteer=gazetteer)

    def counts():
        with world.reader() as s:
            return tuple(s.scalar(select(func.count()).select_from(t))
                         for t in (Assertion, Document, Partnership, StageChange))

    before = counts()
    again = ingest(world, [path], gazetteer=gazetteer)
    assert again.skipped == {"already ingested": 1} and again.facts_added == 0
    assert counts() == before


def test_bad_files_are_reported_and_the_run_goes_on(world, gazetteer, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "empty.txt").write_text("")
    (news / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (news / "ok.jsonl").write_text((ARTICLES / "gz_anniversary.jsonl").read_text())
    report = ingest(world, [str(news)], gazetteer=gazetteer)
    assert report.ingested == 1
    assert len(report.failures) == 2
    assert all("\n" not in line for line in report.failures)
    assert _auckland(world).since == "1989"


def test_an_off_topic_document_is_skipped_cheaply(world, gazetteer, tmp_path):
    (tmp_path / "match.txt").write_text(
        "The home side won 3-1 on Sunday after a late goal in the rain. "
        "Coaches praised the defence and fans celebrated downtown.")
    report = ingest(world, [str(tmp_path / "match.txt")], gazetteer=gazetteer)
    assert report.skipped == {"not about partnerships": 1}
    with world.reader() as s:
        assert s.scalar(select(func.count()).select_from(Document)) == 0


@pytest.mark.parametrize("year", ["1990"])
def test_a_different_year_from_another_source_is_kept_and_flagged(world, gazetteer, tmp_path,
                                                                  year):
    ingest(world, [str(ARTICLES / "gz_anniversary.jsonl")], gazetteer=gazetteer)
    (tmp_path / "other.txt").write_text(
        f"Guangzhou and Auckland have been sister cities since {year}, the mayor of Auckland "
        "said during a visit to Guangzhou.")
    ingest(world, [str(tmp_path / "other.txt")], gazetteer=gazetteer)
    with world.reader() as s:
        gz = find_place(s, "Guangzhou").place
        pid = {r.partner: r for r in partners(s, gz)}["Auckland"].partnership_id
        p = s.get(Partnership, pid)
        dates = sorted(c.date for c in s.execute(
            select(StageChange).where(StageChange.partnership_id == pid)).scalars() if c.date)
    assert dates == ["1989", year]
    assert p.since == year  # a stated year is preferred to a derived one
    assert not p.conflict  # one stated, one derived: no conflict between statements
