"""read: files, folders, JSONL, HTML and WARC in; Documents (or ReadErrors) out.

>>> from cityties.read import iter_documents      # doctest: +SKIP
>>> for d in iter_documents(["news/"]): ...        # doctest: +SKIP
"""

from __future__ import annotations

from .document import Document, ReadError, normalize_date
from .relevance import cue_spans, is_relevant
from .sources import MAX_BYTES, iter_documents

__all__ = ["Document", "ReadError", "iter_documents", "is_relevant", "cue_spans", "normalize_date",
           "MAX_BYTES"]
