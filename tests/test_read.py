"""Reading inputs: every kind of file, and every kind of bad file, without a traceback."""

from __future__ import annotations

import gzip
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cityties.read import Document, ReadError, is_relevant, iter_documents

ARTICLE = ("<html><head><title>Twin towns renew vows</title>"
           "<meta property='article:published_time' content='2019-06-03'></head><body>"
           "<nav>Home | Sport | Weather</nav><article><h1>Twin towns renew vows</h1>"
           "<p>Kendal and Rinteln renewed their twin town charter on Saturday, forty years after the "
           "first exchange of pupils between the two market towns.</p>"
           "<p>The mayors signed the charter in the town hall in front of two hundred guests, and "
           "promised a new programme of youth exchanges.</p></article></body></html>")


def read(paths, **kw):
    return list(iter_documents(paths, **kw))


def test_plain_text_id_is_the_file_stem(tmp_path):
    p = tmp_path / "kendal-rinteln.txt"
    p.write_text("Kendal and Rinteln are twin towns.", encoding="utf-8")
    [d] = read([p])
    assert isinstance(d, Document) and d.id == "kendal-rinteln" and d.text.startswith("Kendal")
    assert len(d.sha256) == 64 and d.source_path == str(p)


def test_html_gives_main_text_title_and_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(ARTICLE, encoding="utf-8")
    [d] = read([p])
    assert isinstance(d, Document)
    assert "renewed their twin town charter" in d.text and "Weather" not in d.text
    assert d.title == "Twin towns renew vows" and d.published == "2019-06-03"


def test_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "news.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a1", "text": "Kendal and Rinteln are twin towns.", "published": "2019-06"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "html": ARTICLE, "url": "https://example.org/a3"}),
    ]), encoding="utf-8")
    out = read([p])
    assert [type(x).__name__ for x in out] == ["Document", "ReadError", "ReadError", "Document"]
    assert out[0].published == "2019-06" and out[3].url == "https://example.org/a3"
    assert "invalid JSON" in out[1].reason and "no 'text'" in out[2].reason


def test_bad_files_are_reported_and_reading_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    (tmp_path / "latin.txt").write_bytes("Kendal and Rinteln are twin towns. Caf\xe9.".encode("latin-1"))
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 20)
    (tmp_path / "broken.html").write_text("<html><body><div><p>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ok.txt").write_text("Kendal and Rinteln are twin towns.", encoding="utf-8")
    out = {(x.path if isinstance(x, ReadError) else x.source_path).rsplit("/", 1)[-1]: x
           for x in read([tmp_path])}
    assert isinstance(out["empty.txt"], ReadError) and "empty" in out["empty.txt"].reason
    assert isinstance(out["blob.txt"], ReadError) and "binary" in out["blob.txt"].reason
    assert isinstance(out["latin.txt"], Document) and out["latin.txt"].warnings
    assert "\ufffd" in out["latin.txt"].text
    assert isinstance(out["noise.txt"], ReadError) and "UTF-8" in out["noise.txt"].reason
    assert isinstance(out["broken.html"], ReadError)
    assert isinstance(out["ok.txt"], Document)
    for x in out.values():
        if isinstance(x, ReadError):
            assert "\n" not in x.reason


def test_missing_path_and_size_cap(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("twin towns " * 200, encoding="utf-8")
    [e] = read([big], max_bytes=100)
    assert isinstance(e, ReadError) and "too large" in e.reason
    [e] = read([tmp_path / "nope.txt"])
    assert isinstance(e, ReadError) and "no such file" in e.reason


def test_relevance_filter_drops_off_topic_before_parsing(tmp_path):
    (tmp_path / "a.txt").write_text("The league leaders won 3-1 on Saturday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kendal and Rinteln are twin towns.", encoding="utf-8")
    out = read([tmp_path], relevant_only=True)
    assert [d.id for d in out] == ["b"]
    assert is_relevant("友好城市") and is_relevant(b"signed a sister-city agreement")
    assert not is_relevant("Shares fell 2% in Tokyo.")


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for uri, body, ctype in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    return buf.getvalue()


def test_warc_html_responses_become_documents(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(_warc([("https://example.org/twin", ARTICLE.encode(), "text/html; charset=utf-8"),
                         ("https://example.org/logo.png", b"\x89PNG....", "image/png")]))
    out = read([p])
    assert len(out) == 1 and isinstance(out[0], Document)
    assert out[0].url == "https://example.org/twin" and "twin town charter" in out[0].text


def test_corrupt_warc_is_one_error(tmp_path):
    good = _warc([("https://example.org/twin", ARTICLE.encode(), "text/html")])
    p = tmp_path / "bad.warc.gz"
    p.write_bytes(good + gzip.compress(b"WARC/1.0\r\nnonsense") [:-8] + b"garbage")
    out = read([p])
    assert isinstance(out[0], Document)
    assert all(isinstance(x, ReadError) for x in out[1:]) and len(out) <= 2
    q = tmp_path / "worse.warc.gz"
    q.write_bytes(b"\x1f\x8b" + b"\x00" * 50)
    [e] = read([q])
    assert isinstance(e, ReadError) and "corrupt WARC" in e.reason


def test_plain_text_takes_the_date_its_byline_prints(tmp_path):
    (tmp_path / "a.txt").write_text(
        "World | Asia\n\nTwo ports sign twinning charter\n\nBy Ana Ruiz (Harbour Daily) Updated: "
        "2016-04-09 08:15\n\nIn July 2011 the mayors of Valparaíso and Busan first met.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Towns renew ties\n2019-10-02 17:40:05 , Source : City Hall\n\nSpeyer and Yangzhou ...",
        encoding="utf-8")
    (tmp_path / "c.txt").write_text("Posted on March 3, 2021\nRinteln and Kendal renewed ...",
                                    encoding="utf-8")
    (tmp_path / "d.txt").write_text("In July 2016 the mayor of Oakville visited Futian.", encoding="utf-8")
    got = {d.id: d.published for d in read([tmp_path])}
    # a date of the story itself is never taken for the publication date
    assert got == {"a": "2016-04-09", "b": "2019-10-02", "c": "2021-03-03", "d": None}


def test_a_given_date_wins_over_the_byline(tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text(json.dumps({"id": "x", "published": "2020-01-05",
                             "text": "Updated: 2021-03-04 10:12\nKendal and Rinteln are twin towns."}) + "\n",
                 encoding="utf-8")
    [d] = read([p])
    assert d.published == "2020-01-05"


CUE_WORDS = ["Sister", "sister-city", "city", "TWIN", "towns", "Friendship", "ties", "with the", "town of",
             "relationship", "letter of", "intent", "Hermanamiento", "побратим", "友好城市", "자매 도시",
             "partner", "cities", "the", "mayor", "of", "\n", " ", "-", "tripartite", "agreement", "alliance"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS) | st.text(max_size=6), max_size=12))
def test_the_cheap_anchor_check_never_drops_a_text_the_cues_match(parts):
    from cityties.read.relevance import _CUE_RE

    text = " ".join(parts)
    assert is_relevant(text) == (_CUE_RE.search(text) is not None)
