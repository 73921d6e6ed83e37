"""Name normalisation shared by the index and its queries.

``normalize`` folds case and accents so that spellings met in articles and datasets meet the
spellings in GeoNames: "Xi'an", "Xi’an" and "Xian" all become ``xian``; "São Paulo" becomes
``sao paulo``; "Тольятти" becomes ``tol'iatti`` without its apostrophe. Chinese, Japanese and Korean
characters are kept as they are, so "西安" and "福田区" match their own alternate names.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_APOSTROPHES = "'’‘`´ʼʻ′\u02bf\u02be"
_DROP = str.maketrans("", "", _APOSTROPHES + '"“”«»')
_SPACE = re.compile(r"[\s\-‐‑‒–—―_/.,;:·•()\[\]]+")


def is_cjk(ch: str) -> bool:
    """True for Han ideographs, kana and Hangul: the scripts normalisation keeps."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= o <= 0x4DBF  # extension A
        or 0x20000 <= o <= 0x2FA1F  # extensions B.. and compatibility supplement
        or 0xF900 <= o <= 0xFAFF  # compatibility ideographs
        or 0x3040 <= o <= 0x30FF  # hiragana, katakana
        or 0x31F0 <= o <= 0x31FF
        or 0xAC00 <= o <= 0xD7AF  # Hangul syllables
        or 0x1100 <= o <= 0x11FF
        or 0x3130 <= o <= 0x318F
    )


def _fold(text: str) -> str:
    if text.isascii():
        return text
    if not any(is_cjk(c) for c in text):
        return unidecode(text)
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if is_cjk(ch):
            if run:
                out.append(unidecode("".join(run)))
                run = []
            out.append(ch)
        else:
            run.append(ch)
    if run:
        out.append(unidecode("".join(run)))
    return "".join(out)


def normalize(name: str) -> str:
    """Casefold, strip accents, drop apostrophes and unify hyphens and spaces.

    >>> normalize("Xi’an") == normalize("Xian") == "xian"
    True
    >>> normalize("Bobo-Dioulasso")
    'bobo dioulasso'
    >>> normalize("福田区")
    '福田区'
    """
    text = unicodedata.normalize("NFKC", name or "")
    text = _fold(text).casefold().translate(_DROP)
    text = _SPACE.sub(" ", text).strip()
    # CJK names carry no spaces: "深圳 市" and "深圳市" are one name
    if text and is_cjk(text[0]):
        text = text.replace(" ", "")
    return text


def script_ok(name: str) -> bool:
    """Whether an alternate name is in a script worth indexing (Latin, Cyrillic or CJK)."""
    for ch in name:
        if ch.isascii() or is_cjk(ch):
            continue
        o = ord(ch)
        if 0x00C0 <= o <= 0x024F or 0x1E00 <= o <= 0x1EFF or 0x0400 <= o <= 0x04FF:
            continue
        if 0x0300 <= o <= 0x036F or unicodedata.category(ch)[0] in "PZM":
            continue
        return False
    return True
