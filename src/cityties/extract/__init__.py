"""extract: Documents -> partnership facts (relationships, alliances, claims, events, people).

>>> from cityties.extract import extract          # doctest: +SKIP
>>> extract(doc)["relationships"][0]["stage"]     # doctest: +SKIP
'signed'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..read.document import Document, ReadError
from ..read.relevance import is_relevant
from .core import EXTRACTOR, extract_document

__all__ = ["EXTRACTOR", "extract", "extract_many", "empty_result"]


def empty_result(doc: Document) -> dict:
    """The output for a document with nothing to extract (same shape as ``extract``'s)."""
    return {"id": doc.id, "published": doc.published, "extractor": EXTRACTOR, "relationships": [],
            "alliances": [], "claims": [], "events": [], "people": []}


def extract(doc: Document, resolver=None) -> dict:
    """Partnership facts stated in one document, as the ``extract --format jsonl`` contract of DESIGN.md.

    Why: the per-document function of the ``extract`` step; it runs the same in a loop, a process
    pool or a cluster. ``resolver`` is a gazetteer (``cityties.gazetteer.Gazetteer``) used to add
    place ids, kinds and countries; without one, names and countries come from the text alone.
    Every fact carries its evidence (exact sentences) and character span.
    """
    if not is_relevant(doc.text):
        return empty_result(doc)
    return extract_document(doc, resolver)


def extract_many(docs: Iterable[Document | ReadError], resolver=None) -> Iterator[dict]:
    """``extract`` over a stream, skipping ReadErrors; off-topic documents cost one regex search.

    Why: the loop the CLI and ``ingest`` use; keeping it here means the relevance filter is never
    forgotten and a stream of any length is processed lazily.
    """
    for doc in docs:
        if isinstance(doc, ReadError):
            continue
        yield extract(doc, resolver)
