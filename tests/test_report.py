"""Reports: one self-contained HTML file (charts and map that render offline) and Markdown."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from cityties.importer import import_csv
from cityties.places import find_place
from cityties.report import build_report, render_html, render_markdown
from cityties.sources import get_or_create
from cityties.store.schema import Assertion, Claim

CSV = """place_a,country_a,place_b,country_b,type,stage,since,stage_date,areas,note
Guangzhou,CN,Auckland,NZ,sister,active,1989-02-20,,,
Guangzhou,CN,Los Angeles,US,sister,active,1981-12-08,,,
Guangzhou,CN,Toulouse,FR,friendship,intent,2023-04-02,,,
"""
EVIDENCE = 'Guangzhou and Auckland marked 25 years <script>alert("x")</script> of ties & more.'
ARTIFACTS = Path(__file__).parents[1] / "artifacts"


@pytest.fixture
def reported(world, gazetteer, tmp_path):
    path = tmp_path / "gz.csv"
    path.write_text(CSV, encoding="utf-8")
    import_csv(world, path, gazetteer=gazetteer)
    with world.session() as s:
        gz = find_place(s, "Guangzhou").place
        src = get_or_create(s, "doc:test-1", "document", title="Guangzhou Daily",
                            url="https://example.org/gz", published="2014-11-17")
        from cityties.ask.partners import partners

        tie = next(r for r in partners(s, gz) if r.partner == "Auckland")
        s.add(Assertion(source_id=src.id, kind="partnership", payload={}, evidence=EVIDENCE,
                        confidence=0.9, status="accepted", partnership_id=tie.partnership_id,
                        fingerprint="f" * 64))
        s.add(Claim(place_id=gz.id, date="2014-11-17", count_partners=36, count_countries=30,
                    evidence="Guangzhou has 36 sister cities", source_id=src.id))
    with world.reader() as s:
        return build_report(s, find_place(s, "Guangzhou").place, today=dt.date(2029, 1, 1))


def test_report_data_has_every_section(reported):
    r = reported
    assert r["stats"]["pairs"] == 2 and r["established"] == 2
    assert r["signings"] == [{"year": 1981, "count": 1}, {"year": 1989, "count": 1}]
    assert [p["partner"] for p in r["pipeline"]] == ["Toulouse"]
    assert [(a["partner"], a["years"]) for a in r["anniversaries"]] == [("Auckland", 40)]
    assert r["news"][0]["evidence"] == EVIDENCE and r["news"][0]["source"] == "Guangzhou Daily"
    assert r["claims"][0]["claimed_partners"] == 36 and r["claims"][0]["registry_partners"] == 2


def test_html_report_is_self_contained_and_escapes_evidence(reported):
    html = render_html(reported)
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert 'src="http' not in html and "<link" not in html
    assert "vegaEmbed" in html and '"topojson"' in html
    md = render_markdown(reported)
    assert "## Pipeline" in md and "| Toulouse |" in md and "36" in md


def _browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install '.[browser]')")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return sync_playwright, chromium


@pytest.mark.browser
def test_report_renders_charts_and_map_offline(reported, tmp_path):
    sync_playwright, chromium = _browser()
    out = tmp_path / "report.html"
    out.write_text(render_html(reported), encoding="utf-8")
    errors, blocked = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})

            def route(r):
                if r.request.url.startswith("file:"):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(out.as_uri())
            page.wait_for_function("document.body.dataset.charts !== undefined", timeout=20000)
            assert page.evaluate("document.body.dataset.charts") == "ready"
            for sel in ("#continents", "#map", "#timeline"):
                assert page.locator(f"{sel} svg").count() == 1, sel
            # the map: country outlines, a line per partner and a dot per partner
            assert page.locator("#map svg path").count() > 100
            assert page.locator("#map svg .mark-symbol path").count() >= 3
            assert page.locator("#timeline svg .mark-rect path").count() == 2
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report-guangzhou.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert blocked == []
