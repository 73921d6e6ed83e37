"""The REST API and the pages' server side, through FastAPI's TestClient, on every backend."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from cityties.web import create_app  # noqa: E402
from webfixtures import ARTICLE, add_pending, add_people, csrf_of, fake_reader, login  # noqa: E402


@pytest.fixture
def people(world):
    return add_people(world)


@pytest.fixture
def client(world, people, gazetteer):
    app = create_app(world, secret="test-secret", gazetteer=gazetteer, reader=fake_reader(),
                     require_login=False)
    with TestClient(app) as c:
        yield c


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def place_id(client, name: str) -> int:
    return client.get("/api/places", params={"q": name}).json()["places"][0]["id"]


# --- reading ------------------------------------------------------------------------------


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for p in ("/api/places", "/api/places/{ref}", "/api/places/{ref}/partners",
              "/api/places/{ref}/stats", "/api/partnerships/{pid}", "/api/partnerships",
              "/api/assertions", "/api/assertions/{aid}/accept", "/api/assertions/{aid}/reject",
              "/api/assertions/{aid}/correct", "/api/claims", "/api/documents",
              "/api/documents/{doc_id}", "/api/network"):
        assert p in paths, p


def test_search_places(client):
    r = client.get("/api/places", params={"q": "guang"})
    assert r.status_code == 200
    names = [p["name"] for p in r.json()["places"]]
    assert names[:2] == ["Guangdong", "Guangzhou"]
    assert client.get("/api/places", params={"q": ""}).status_code == 422
    assert client.get("/api/places").json()["error"].startswith("bad input")


def test_place_by_id_key_and_name(client):
    pid = place_id(client, "Futian")
    r = client.get(f"/api/places/{pid}").json()
    assert r["name"] == "Futian" and [a["name"] for a in r["part_of"]] == ["Shenzhen", "Guangdong", "China"]
    assert client.get(f"/api/places/{r['key']}").json()["id"] == pid
    assert client.get("/api/places/Xian").json()["name"] == "Xi'an"


def test_unknown_place_is_404_and_ambiguous_is_409(client):
    r = client.get("/api/places/Atlantis")
    assert r.status_code == 404 and "Atlantis" in r.json()["error"]
    assert client.get("/api/places/999999").status_code == 404
    r = client.get("/api/places/Kansas City/partners")
    assert r.status_code == 409
    labels = {c["label"] for c in r.json()["candidates"]}
    assert labels == {"Kansas City, US-MO (city)", "Kansas City, US-KS (city)"}
    assert client.get("/api/places/Kansas City, US-MO/partners").json()["count"] == 2


def test_partners_with_rollup_and_filters(client):
    gd = place_id(client, "Guangdong")
    assert client.get(f"/api/places/{gd}/partners").json()["count"] == 0
    r = client.get(f"/api/places/{gd}/partners", params={"rollup": "true"}).json()
    assert sorted(p["partner"] for p in r["partners"]) == ["Auckland", "Los Angeles", "Tolyatti"]
    assert all(p["partner_lat"] is not None for p in r["partners"])
    r = client.get(f"/api/places/{gd}/partners", params={"rollup": "true", "stage": "intent"}).json()
    assert r["count"] == 0
    r = client.get(f"/api/places/{gd}/partners", params={"rollup": "1", "type": ["twin", "sister"]})
    assert r.json()["count"] == 3
    bad = client.get(f"/api/places/{gd}/partners", params={"stage": "married"})
    assert bad.status_code == 422 and "stage" in bad.json()["error"]


def test_stats(client):
    sx = place_id(client, "Shaanxi")
    r = client.get(f"/api/places/{sx}/stats", params={"rollup": "true"}).json()
    assert r["pairs"] == 3 and r["countries"] == 2 and r["rollup"] is True
    assert client.get(f"/api/places/{sx}/stats").json()["pairs"] == 0


def test_partnership_with_history_and_sources(client):
    gz = place_id(client, "Guangzhou")
    row = next(p for p in client.get(f"/api/places/{gz}/partners").json()["partners"]
               if p["partner"] == "Auckland")
    r = client.get(f"/api/partnerships/{row['partnership_id']}").json()
    assert {r["a"]["name"], r["b"]["name"]} == {"Guangzhou", "Auckland"}
    assert len(r["sources"]) == 2 and isinstance(r["history"], list)  # the bundle gives no dates
    assert client.get("/api/partnerships/999999").status_code == 404
    assert client.get("/api/partnerships/abc").status_code == 422


def test_network(client):
    r = client.get("/api/network").json()
    assert r["count"] == 7 and len(r["edges"][0]) == 6
    assert client.get("/api/network", params={"country": "FR"}).json()["count"] == 1
    assert client.get("/api/network", params={"year_from": 3000}).json()["count"] == 0
    assert client.get("/api/network", params={"stage": "nope"}).status_code == 422


# --- review -------------------------------------------------------------------------------


def test_assertions_and_document(client, world):
    doc_id, pa, _ = add_pending(world)
    r = client.get("/api/assertions", params={"status": "pending"}).json()
    assert r["count"] == 2
    first = next(a for a in r["assertions"] if a["id"] == pa)
    assert first["document_id"] == doc_id and first["evidence"].startswith("The city of Xi'an")
    assert ARTICLE[first["span_start"]:first["span_end"]] == first["evidence"]
    assert client.get("/api/assertions", params={"status": "maybe"}).status_code == 422
    d = client.get(f"/api/documents/{doc_id}").json()
    assert d["text"] == ARTICLE and len(d["assertions"]) == 2
    assert client.get("/api/documents/424242").status_code == 404
    assert client.get(f"/api/assertions/{pa}").json()["status"] == "pending"


def test_accept_merges_the_fact(client, world, people):
    _, pa, claim = add_pending(world)
    h = bearer(people["editor_token"])
    r = client.post(f"/api/assertions/{pa}/accept", headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "accepted" and r.json()["partnership_id"]
    p = client.get(f"/api/partnerships/{r.json()['partnership_id']}").json()
    assert p["stage"] == "signed" and p["since"] == "2019-05-02" and p["type"] == "sister"
    assert any(a["id"] == pa for a in p["assertions"])
    again = client.post(f"/api/assertions/{pa}/accept", headers=h)
    assert again.status_code == 409 and "already accepted" in again.json()["error"]
    assert client.post(f"/api/assertions/{claim}/accept", headers=h).status_code == 200
    claims = client.get("/api/claims", params={"place": "Toulouse"}).json()["claims"]
    assert claims and claims[0]["count_partners"] == 12 and claims[0]["registry_pairs"] == 2


def test_reject_and_correct(client, world, people):
    _, pa, claim = add_pending(world)
    h = bearer(people["admin_token"])
    assert client.post(f"/api/assertions/{claim}/reject", headers=h).json()["status"] == "rejected"
    assert client.post("/api/assertions/777/reject", headers=h).status_code == 404
    r = client.post(f"/api/assertions/{pa}/correct", headers=h,
                    json={"stage": "intent", "since": "2019", "note": "it was only a letter of intent"})
    assert r.status_code == 201, r.text
    new = r.json()
    assert new["author"] == "ada" and new["status"] == "accepted" and new["payload"]["corrects"] == pa
    assert new["evidence"].startswith("The city of Xi'an")
    assert client.get(f"/api/assertions/{pa}").json()["status"] == "rejected"
    p = client.get(f"/api/partnerships/{new['partnership_id']}").json()
    assert p["stage"] == "intent"
    assert any(s["attribution"] == "ada" for s in p["sources"])
    bad = client.post(f"/api/assertions/{pa}/correct", headers=h, json={"since": "19x9"})
    assert bad.status_code == 422 and "not a date" in bad.json()["error"]


def test_writes_need_credentials(client, world, people):
    _, pa, _ = add_pending(world)
    for url, body in ((f"/api/assertions/{pa}/accept", None), (f"/api/assertions/{pa}/reject", None),
                      (f"/api/assertions/{pa}/correct", {"stage": "active"}),
                      ("/api/partnerships", {"a": "Nara", "b": "Toulouse", "note": "x"})):
        r = client.post(url, json=body)
        assert r.status_code == 401, url
        assert "log in" in r.json()["error"]
        assert client.post(url, json=body, headers=bearer("ctk_forged")).status_code == 401
    assert client.post("/api/documents", data={"text": "x"}).status_code == 401
    assert client.get(f"/api/assertions/{pa}").json()["status"] == "pending"


def test_admin_only_actions_refuse_editors(client, people):
    body = {"name": "sam", "password": "a long password", "role": "editor"}
    r = client.post("/api/users", json=body, headers=bearer(people["editor_token"]))
    assert r.status_code == 403
    r = client.post("/api/users", json=body, headers=bearer(people["admin_token"]))
    assert r.status_code == 201 and r.json()["name"] == "sam"
    r = client.post("/api/users", json=body, headers=bearer(people["admin_token"]))
    assert r.status_code == 422 and "already" in r.json()["error"]


def test_session_posts_need_the_csrf_token(client, world):
    _, pa, claim = add_pending(world)
    token = login(client)
    assert client.get("/api/me").json() == {"name": "eve", "role": "editor", "can_edit": True}
    r = client.post(f"/api/assertions/{pa}/accept")
    assert r.status_code == 403 and "CSRF" in r.json()["error"]
    r = client.post(f"/api/assertions/{pa}/accept", headers={"X-CSRF-Token": "wrong"})
    assert r.status_code == 403
    r = client.post(f"/review/{claim}/reject", data={"csrf_token": "wrong"}, follow_redirects=False)
    assert r.status_code == 403
    assert client.post(f"/api/assertions/{pa}/accept", headers={"X-CSRF-Token": token}).status_code == 200
    r = client.post(f"/review/{claim}/reject", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get(f"/api/assertions/{claim}").json()["status"] == "rejected"


def test_login_form_needs_csrf_and_the_right_password(client):
    r = client.post("/login", data={"name": "eve", "password": "correct horse battery"})
    assert r.status_code == 403
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": "eve", "password": "wrong", "csrf_token": token})
    assert r.status_code == 401 and "wrong name or password" in r.text
    assert client.get("/api/me").json()["name"] is None


# --- entering by hand and uploading -------------------------------------------------------


def test_add_partnership_by_hand(client, people):
    h = bearer(people["editor_token"])
    body = {"a": "Nara", "b": "Toulouse", "type": "friendship", "stage": "intent", "since": "2025-03",
            "note": "letter from Nara's mayor, 3 March 2025"}
    r = client.post("/api/partnerships", json=body, headers=h)
    assert r.status_code == 201, r.text
    p = r.json()
    assert p["created"] and p["stage"] == "intent" and p["type"] == "friendship"
    assert p["sources"][0]["title"] == body["note"] and p["sources"][0]["attribution"] == "eve"
    r = client.post("/api/partnerships", json={**body, "stage": "signed", "since": "2025-09-01"}, headers=h)
    assert r.status_code == 201 and not r.json()["created"] and r.json()["stage"] == "signed"
    assert len(r.json()["history"]) == 2


def test_add_partnership_bad_input(client, people):
    h = bearer(people["editor_token"])
    ok = {"a": "Nara", "b": "Toulouse", "note": "phone call"}
    assert client.post("/api/partnerships", json={**ok, "note": ""}, headers=h).status_code == 422
    assert client.post("/api/partnerships", json={**ok, "stage": "married"}, headers=h).status_code == 422
    assert client.post("/api/partnerships", json={**ok, "since": "May"}, headers=h).status_code == 422
    assert client.post("/api/partnerships", json={**ok, "b": "Nara"}, headers=h).status_code == 422
    r = client.post("/api/partnerships", json={**ok, "b": "Kansas City"}, headers=h)
    assert r.status_code == 409 and len(r.json()["candidates"]) == 2
    r = client.post("/api/partnerships", json={**ok, "b": "Atlantis"}, headers=h)
    assert r.status_code == 404
    r = client.post("/api/partnerships", content=b"{not json",
                    headers={**h, "Content-Type": "application/json"})
    assert r.status_code == 422


def test_place_from_the_gazetteer_is_added_on_entry(client, people):
    h = bearer(people["editor_token"])
    r = client.post("/api/partnerships", json={"a": "Oakville", "b": "Nara", "note": "council minutes"},
                    headers=h)
    assert r.status_code == 201, r.text
    oak = client.get("/api/places/Oakville").json()
    assert [a["name"] for a in oak["part_of"]] == ["Ontario", "Canada"]


def test_upload_articles(client, people):
    h = bearer(people["editor_token"])
    files = [("files", ("news.txt", b"Yesterday Nara and Toulouse twinned in a ceremony.", "text/plain"))]
    r = client.post("/api/documents", files=files, headers=h)
    assert r.status_code == 201, r.text
    rep = r.json()
    assert rep["documents"] == 1 and rep["assertions"] == 1
    doc = client.get(f"/api/documents/{rep['document_ids'][0]}").json()
    a = doc["assertions"][0]
    assert a["status"] == "pending" and doc["text"][a["span_start"]:a["span_end"]] == a["evidence"]
    again = client.post("/api/documents", files=files, headers=h).json()
    assert again["documents"] == 0 and "already uploaded" in again["skipped"][0]
    r = client.post("/api/documents", data={"text": "  "}, headers=h)
    assert r.status_code == 422 and "nothing to read" in r.json()["error"]


def test_upload_without_the_news_reader_is_503(world, people, monkeypatch):
    from cityties.web import review

    def missing():
        raise review.Unavailable("the news reader is not available in this installation")

    monkeypatch.setattr(review, "news_reader", missing)
    with TestClient(create_app(world, secret="s", require_login=False)) as c:
        r = c.post("/api/documents", data={"text": "Nara and Toulouse twinned."},
                   headers=bearer(people["editor_token"]))
    assert r.status_code == 503 and "news reader" in r.json()["error"]


def test_upload_with_the_real_news_reader(world, people, gazetteer):
    pytest.importorskip("cityties.extract")
    with TestClient(create_app(world, secret="s", gazetteer=gazetteer, require_login=False)) as c:
        text = ("Guangzhou, Nov 17 - Guangzhou and Auckland signed a sister city agreement on "
                "Sunday, the city government said.")
        r = c.post("/api/documents", data={"text": text, "title": "Guangzhou news"},
                   headers=bearer(people["editor_token"]))
        assert r.status_code == 201, r.text
        assert r.json()["documents"] == 1


# --- settings and pages -------------------------------------------------------------------


def test_require_login_for_reading(world, people):
    app = create_app(world, secret="s", require_login=True)
    with TestClient(app) as c:
        assert c.get("/api/places", params={"q": "Nara"}).status_code == 401
        assert c.get("/", follow_redirects=False).status_code == 303
        r = c.get("/api/places", params={"q": "Nara"}, headers=bearer(people["editor_token"]))
        assert r.status_code == 200
        login(c)
        assert c.get("/").status_code == 200


def test_pages_render_and_escape_article_text(client, world):
    doc_id, pa, _ = add_pending(world)
    gz = place_id(client, "Guangzhou")
    for url in ("/", "/map", "/review", "/upload", "/login", "/partnerships/new", f"/places/{gz}",
                f"/places/{gz}?rollup=1", f"/documents/{doc_id}", f"/documents/{doc_id}?mark={pa}",
                "/search?q=Kansas"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "<script>alert" not in r.text, url
    page = client.get(f"/documents/{doc_id}?mark={pa}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<mark>The city of Xi&#39;an and Toulouse signed" in page
    review = client.get("/review").text
    assert "<mark>The city of Xi&#39;an" in review and "&lt;script&gt;" in review
    place = client.get(f"/places/{gz}").text
    assert "Auckland" in place and 'id="placemap"' in place and "/static/vendor/d3-geo.min.js" in place
    assert client.get("/places/999999").status_code == 404
    r = client.get("/search?q=Guangzhou", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/places/{gz}"


def test_pages_review_and_entry_after_login(client, world):
    _, pa, _ = add_pending(world)
    token = login(client)
    assert "Accept" in client.get("/review").text
    r = client.post(f"/review/{pa}/accept", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303 and "accepted" in r.headers["location"]
    r = client.post("/partnerships/new", data={"csrf_token": token, "a": "Nara", "b": "Auckland",
                                               "type": "sister", "stage": "active", "since": "1990",
                                               "note": "city archive"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/partnerships/")
    page = client.get(r.headers["location"]).text
    assert "city archive" in page
    r = client.post("/partnerships/new", data={"csrf_token": token, "a": "Nara", "b": "Auckland",
                                               "note": ""})
    assert r.status_code == 422 and "source note" in r.text
    files = {"files": ("a.txt", b"Nara and Tolyatti twinned last week.", "text/plain")}
    r = client.post("/upload", data={"csrf_token": token}, files=files)
    assert r.status_code == 200 and "1 fact found" in r.text


def test_static_files_are_served_locally(client):
    for f in ("app.css", "app.js", "map.js", "vendor/d3-geo.min.js", "vendor/d3-array.min.js",
              "vendor/topojson-client.min.js", "vendor/countries-110m.json"):
        assert client.get(f"/static/{f}").status_code == 200, f
    page = client.get("/").text
    assert "https://" not in page.split("<footer>")[0] and "http://" not in page.split("<footer>")[0]
