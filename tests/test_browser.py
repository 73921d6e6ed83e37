"""The web app in Debian's Chromium through Playwright, with every request off 127.0.0.1 blocked.

Skipped when Playwright for Python or Chromium is absent. Screenshots go to artifacts/ (ignored by git).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parents[1] / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a free loopback port, over a temp SQLite file holding the small world."""
    chromium = _chromium()
    import uvicorn

    import fixtures
    from cityties.store import open_store
    from cityties.web import create_app
    from cityties.world import load_world
    from webfixtures import add_pending, add_people, fake_reader

    tmp = tmp_path_factory.mktemp("web")
    store = open_store(str(tmp / "web.db"))
    load_world(store, fixtures.write_bundle(tmp / "bundle"))
    add_people(store)
    add_pending(store)
    app = create_app(store, secret="browser-test", gazetteer=fixtures.gazetteer(),
                     reader=fake_reader(), require_login=False)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield dict(url=f"http://127.0.0.1:{port}", chromium=chromium)
    srv.should_exit = True
    thread.join(5)
    store.close()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=server["chromium"], headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that may reach 127.0.0.1 only; anything else is aborted and remembered."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    blocked: list[str] = []
    errors: list[str] = []

    def route(r):
        if urlparse(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.base = server["url"]
    yield pg
    ctx.close()
    assert not blocked, f"the page asked for the network: {blocked}"
    assert not errors, f"script errors: {errors}"


def _login(page):
    page.goto(page.base + "/login")
    page.fill("input[name=name]", "eve")
    page.fill("input[name=password]", "correct horse battery")
    page.click("form.login button[type=submit]")
    page.wait_for_url(page.base + "/")


def test_search_suggests_and_opens_a_place_with_its_map(page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(page.base + "/")
    page.fill("#q2", "Guangz")
    page.wait_for_selector("#suggest2 a")
    page.click("#suggest2 a:has-text('Guangzhou')")
    page.wait_for_url("**/places/*")
    assert page.inner_text("h1").startswith("Guangzhou")
    page.wait_for_selector("#placemap svg path.tie")
    assert page.locator("#placemap svg path.country").count() > 100
    assert page.locator("#placemap svg path.tie").count() == 2
    assert "Auckland" in page.inner_text("table.partners")
    page.screenshot(path=str(ARTIFACTS / "web-place.png"), full_page=True)


def test_world_map_draws_the_network(page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(page.base + "/map")
    page.wait_for_selector("#worldmap svg path.tie")
    assert page.locator("#worldmap svg path.country").count() > 100
    assert "7 partnerships" in page.inner_text("#mapinfo")
    page.screenshot(path=str(ARTIFACTS / "web-world-map.png"), full_page=True)
    page.select_option("select[name=country]", "FR")
    page.click("#filters button")
    page.wait_for_function("document.getElementById('mapinfo').textContent.startsWith('1 partnership')")


def test_log_in_and_accept_a_fact(page):
    _login(page)
    page.goto(page.base + "/review")
    card = page.locator("article.assertion", has=page.locator("h3", has_text="Xi'an"))
    assert card.locator("mark").inner_text().startswith("The city of Xi'an")
    card.locator("button:has-text('Accept')").click()
    page.wait_for_selector(".flash")
    assert "accepted" in page.inner_text(".flash")
    page.goto(page.base + "/review?status=accepted")
    assert "Xi'an" in page.inner_text("main")


def test_upload_an_article(page):
    _login(page)
    page.goto(page.base + "/upload")
    page.fill("textarea[name=text]", "Last spring Nara and Auckland twinned in a small ceremony.")
    page.click("form.upload button[type=submit]")
    page.wait_for_selector("#report")
    assert "1 fact found" in page.inner_text("#report")
    page.click("#report a:has-text('review them')")
    assert "Nara" in page.inner_text("main") and "Auckland" in page.inner_text("main")
