"""Inputs -> Documents: plain text, HTML, JSONL, folders and WARC files.

Every input either yields Documents or a ReadError with a one-line reason; iteration never stops
on a bad file. Decisions, so callers know what to expect:

* A file over ``max_bytes`` (default 20 MB) is refused without being read; a JSONL line or a WARC
  record over it likewise (JSONL and WARC are streamed, never read whole).
* Bytes with a NUL in the first 8 KB are a binary file: refused.
* Invalid UTF-8 is decoded with replacement characters and the Document says so in ``warnings``;
  when more than 2% of the characters had to be replaced the text is refused as not UTF-8.
* HTML goes through trafilatura for the main text, title and date; a page with no main text
  (truncated, empty, all boilerplate) is a ReadError.
* With ``relevant_only=True`` a text without a partnership cue is dropped before any parsing
  (HTML is tested on its raw markup), which is what keeps a large crawl cheap.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from .document import Document, ReadError
from .relevance import is_relevant

MAX_BYTES = 20 * 1024 * 1024
TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
WARC_EXT = (".warc", ".warc.gz", ".arc", ".arc.gz")
_BAD_SHARE = 0.02


def iter_documents(paths: str | os.PathLike | Iterable[str | os.PathLike], max_bytes: int = MAX_BYTES,
                   relevant_only: bool = False) -> Iterator[Document | ReadError]:
    """Yield a Document (or a ReadError) for every text found under ``paths``.

    Why: the one entry point of the ``read`` step; ``ingest`` and ``extract`` consume it lazily so a
    folder or a crawl of any size is read in constant memory, and bad inputs are reported, not fatal.
    Folders are walked recursively in name order; the kind of a file is told by its extension
    (``.txt``, ``.html``, ``.jsonl``, ``.warc[.gz]``), and an unknown extension is sniffed.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    yield from _read_file(os.path.join(root, name), max_bytes, relevant_only)
        elif os.path.exists(p):
            yield from _read_file(p, max_bytes, relevant_only)
        else:
            yield ReadError(p, "no such file or folder")


def _stem(path: str) -> str:
    name = os.path.basename(path)
    for ext in (".warc.gz", ".arc.gz"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return os.path.splitext(name)[0]


def _kind(path: str, head: bytes) -> str:
    low = path.lower()
    if low.endswith(WARC_EXT):
        return "warc"
    ext = os.path.splitext(low)[1]
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in TEXT_EXT:
        return "text"
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc"
    sniff = head.lstrip()[:200].lower()
    if sniff.startswith((b"<!doctype html", b"<html")) or b"<body" in sniff:
        return "html"
    if sniff.startswith(b"{"):
        return "jsonl"
    return "text"


def _read_file(path: str, max_bytes: int, relevant_only: bool) -> Iterator[Document | ReadError]:
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError as e:
        yield ReadError(path, f"cannot open: {e.strerror or e}")
        return
    if size == 0:
        yield ReadError(path, "empty file")
        return
    kind = _kind(path, head)
    if kind == "warc":
        yield from _read_warc(path, max_bytes, relevant_only)
        return
    if kind == "jsonl":
        yield from _read_jsonl(path, max_bytes, relevant_only)
        return
    if size > max_bytes:
        yield ReadError(path, f"too large ({size} bytes > {max_bytes}); not read")
        return
    if b"\x00" in head:
        yield ReadError(path, "binary file (NUL bytes), not text")
        return
    try:
        with open(path, "rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as e:
        yield ReadError(path, f"cannot read: {e.strerror or e}")
        return
    if relevant_only and not is_relevant(raw):
        return
    yield _from_bytes(raw, path, _stem(path), kind == "html")


def decode(raw: bytes) -> tuple[str | None, tuple[str, ...]]:
    """UTF-8 text and warnings; None when the bytes are too broken to be called text."""
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        text = raw.decode("utf-8", "replace")
        bad = text.count("\ufffd")
        if bad > max(2, _BAD_SHARE * len(text)):
            return None, ()
        return text, (f"invalid UTF-8: {bad} character(s) replaced",)


def _from_bytes(raw: bytes, path: str, doc_id: str, is_html: bool, url: str | None = None,
                published: str | None = None, title: str | None = None) -> Document | ReadError:
    if not raw.strip():
        return ReadError(path, "empty text")
    if b"\x00" in raw[:8192]:
        return ReadError(path, "binary content (NUL bytes), not text")
    text, warnings = decode(raw)
    if text is None:
        return ReadError(path, "not UTF-8 text (too many invalid bytes)")
    if is_html:
        return _from_html(text, path, doc_id, url, published, title, warnings)
    return Document.make(doc_id, text, title=title, url=url, published=published, source_path=path,
                         warnings=warnings)


def _from_html(html: str, path: str, doc_id: str, url: str | None, published: str | None,
               title: str | None, warnings: tuple[str, ...]) -> Document | ReadError:
    import trafilatura  # imported here: costly, and only pages that pass the filter need it

    try:
        res = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        return ReadError(path, f"HTML could not be parsed: {type(e).__name__}")
    if res is None:
        return ReadError(path, "HTML has no main text (empty, truncated or all boilerplate)")
    d = res if isinstance(res, dict) else res.as_dict()
    text = (d.get("text") or "").strip()
    if not text:
        return ReadError(path, "HTML has no main text (empty, truncated or all boilerplate)")
    return Document.make(doc_id, text, title=title or d.get("title"), url=url or d.get("url"),
                         published=published or d.get("date"), source_path=path, warnings=warnings)


def _read_jsonl(path: str, max_bytes: int, relevant_only: bool) -> Iterator[Document | ReadError]:
    try:
        f = open(path, "rb")
    except OSError as e:
        yield ReadError(path, f"cannot open: {e.strerror or e}")
        return
    with f:
        n = 0
        while True:
            line = f.readline(max_bytes + 1)
            if not line:
                break
            n += 1
            where = f"{path}:{n}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                yield ReadError(where, f"line too large (> {max_bytes} bytes); skipped")
                while line and not line.endswith(b"\n"):
                    line = f.readline(1 << 20)
                continue
            if not line.strip():
                continue
            if relevant_only and not is_relevant(line):
                continue
            yield _from_record(line, where, n)


def _from_record(line: bytes, where: str, n: int) -> Document | ReadError:
    try:
        rec = json.loads(line.decode("utf-8", "replace"))
    except ValueError as e:
        return ReadError(where, f"invalid JSON ({e.msg})")
    if not isinstance(rec, dict):
        return ReadError(where, "a JSONL line must be an object")
    doc_id = str(rec.get("id") if rec.get("id") is not None else n)
    body, is_html = rec.get("text"), False
    if not body and rec.get("html"):
        body, is_html = rec["html"], True
    if not isinstance(body, str) or not body.strip():
        return ReadError(where, "no 'text' or 'html' field")
    meta = {"url": rec.get("url"), "published": rec.get("published"), "title": rec.get("title")}
    if is_html:
        return _from_html(body, where, doc_id, meta["url"], meta["published"], meta["title"], ())
    return Document.make(doc_id, body, source_path=where, **meta)


def _read_warc(path: str, max_bytes: int, relevant_only: bool) -> Iterator[Document | ReadError]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        f = open(path, "rb")
    except OSError as e:
        yield ReadError(path, f"cannot open: {e.strerror or e}")
        return
    with f:
        n = 0
        try:
            for rec in ArchiveIterator(f):
                if rec.rec_type not in ("response", "resource"):
                    continue
                n += 1
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}#{uri or n}"
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else
                         rec.rec_headers.get_header("Content-Type")) or ""
                if rec.http_headers and not rec.http_headers.get_statuscode().startswith("2"):
                    continue
                if "html" not in ctype.lower() and "text/plain" not in ctype.lower():
                    continue
                raw = rec.content_stream().read(max_bytes + 1)
                if len(raw) > max_bytes:
                    yield ReadError(where, f"record too large (> {max_bytes} bytes); skipped")
                    continue
                if relevant_only and not is_relevant(raw):
                    continue
                doc_id = rec.rec_headers.get_header("WARC-Record-ID") or f"{_stem(path)}-{n}"
                doc_id = doc_id.strip("<>").removeprefix("urn:uuid:")
                # the crawl date (WARC-Date) is only an upper bound: the page's own date is used
                yield _from_bytes(raw, where, doc_id, "html" in ctype.lower(), url=uri)
        except Exception as e:
            # warcio raises its own ArchiveLoadFailed as well as zlib and I/O errors
            yield ReadError(path, f"corrupt WARC after {n} record(s): {type(e).__name__}: {str(e)[:80]}")
