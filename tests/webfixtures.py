"""Helpers for the web tests: an app over the small world, users, and facts waiting for review."""

from __future__ import annotations

import hashlib
import re

from cityties.read import Document as ReadDocument
from cityties.sources import get_or_create
from cityties.store.accounts import add_user, create_token
from cityties.store.schema import Assertion, Document

PASSWORD = "correct horse battery"
ARTICLE = ("Toulouse news. <script>alert('x')</script> The city of Xi'an and Toulouse signed a "
           "sister city agreement on 2019-05-02, the mayor said. Nothing else happened.")
SENTENCE = "The city of Xi'an and Toulouse signed a sister city agreement on 2019-05-02, the mayor said."


def add_people(store) -> dict:
    """An editor, an admin and a token for each; returns {"editor_token", "admin_token"}."""
    with store.session() as s:
        add_user(s, "eve", PASSWORD, "editor")
        add_user(s, "ada", PASSWORD, "admin")
        return dict(editor_token=create_token(s, "eve"), admin_token=create_token(s, "ada"))


def add_pending(store, text: str = ARTICLE, sentence: str = SENTENCE) -> tuple[int, int, int]:
    """A document with one pending partnership fact (Xi'an - Toulouse) and one pending claim.

    Returns (document id, partnership assertion id, claim assertion id).
    """
    sha = hashlib.sha256(text.encode()).hexdigest()
    start = text.index(sentence)
    with store.session() as s:
        src = get_or_create(s, f"doc:{sha}", "document", title="Toulouse news", url="https://example.org/t",
                            published="2019-05-03")
        doc = Document(source_id=src.id, doc_id="toulouse", sha256=sha, text=text)
        s.add(doc)
        s.flush()
        pa = Assertion(source_id=src.id, kind="partnership", status="pending", confidence=0.9,
                       payload={"a": {"name": "Xi'an", "country": "CN"},
                                "b": {"name": "Toulouse", "country": "FR"},
                                "type": "sister", "stage": "signed", "since": "2019-05-02"},
                       evidence=sentence, span_start=start, span_end=start + len(sentence),
                       extractor="test", fingerprint="f" * 64)
        claim = Assertion(source_id=src.id, kind="claim", status="pending",
                          payload={"place": {"name": "Toulouse", "country": "FR"},
                                   "count_partners": 12, "count_countries": 9},
                          evidence="Toulouse has 12 partners.", extractor="test", fingerprint="c" * 64)
        s.add_all([pa, claim])
        s.flush()
        return doc.id, pa.id, claim.id


def fake_reader():
    """(iter_documents, extract) standing in for the news reader: one fact per 'X and Y twinned'."""
    from pathlib import Path

    def iter_documents(paths):
        for p in paths:
            text = Path(p).read_text(encoding="utf-8")
            yield ReadDocument.make(Path(p).stem, text, title=Path(p).stem)

    def extract(doc, resolver=None):
        rel = []
        for m in re.finditer(r"([A-Z][\w']+) and ([A-Z][\w']+) (?:became twins|twinned)[^.]*\.", doc.text):
            rel.append({"a": {"name": m.group(1)}, "b": {"name": m.group(2)}, "type": "twin",
                        "stage": "signed", "since": None, "evidence": m.group(0), "confidence": 0.8,
                        "start": m.start(), "end": m.end()})
        return {"id": doc.id, "extractor": "fake.v1", "relationships": rel, "claims": [],
                "alliances": [], "events": [], "people": []}

    return iter_documents, extract


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF field on the page"
    return m.group(1)


def login(client, name: str = "eve", password: str = PASSWORD) -> str:
    """Log the test client in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": name, "password": password, "csrf_token": token,
                                    "next": "/"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/upload").text)  # a new session, a new CSRF token
