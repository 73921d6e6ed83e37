"""A cheap test of whether a text may speak of city partnerships, run before any parsing.

Most of a news stream is about something else; one regular-expression search decides, so the
extractor spends its time only on texts that can yield a fact. The cues are the domain's own words
in the languages the registry meets most (English, Spanish, French, German, Italian, Portuguese,
Russian, Chinese, Japanese, Korean). It is meant to be generous: a false alarm costs one parse, a
miss costs a fact.
"""

from __future__ import annotations

import re

CUES = (
    r"sister[\s-]*(?:cit|town|province|state|prefecture|count|region|district|municipalit|relation|ties|tie\b|"
    r"agreement|status|partner)",
    r"sisterhood",
    r"twin(?:ned|ning|s)?[\s-]*(?:town|cit|agreement|arrangement|relation|charter|association|with)",
    r"twinning",
    r"twinned",
    r"friendship[\s-]*(?:cit|town|province|state|prefecture|count|region|district|municipalit|ties|tie\b|"
    r"relation|agreement|affiliation|partner|link)",
    r"friendly[\s-]*(?:cit|town|province|ties|relation|exchange|cooperati)",
    # "to establish friendly provincial relations", "friendly province relations"
    r"friendly\s+(?:provincial|state|prefectural|municipal)\s+(?:relation|ties)",
    r"partner(?:ship)?[\s-]*(?:cit|town|count|municipalit|region|prefecture|province)",
    # "to suspend the city partnership with Shiraz": the English of German and Polish sites
    r"(?:city|town)[\s-]+partnerships?\s+(?:with|between)\b",
    # "ended its 30-year relationship with the Russian city of X", "cut ties with the town of Y"
    r"(?:relationship|ties|partnership|twinning|links)\s+with\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:city|town|county|prefecture|province|municipality|district)\s+of\b",
    r"(?:city|town|county|municipality|council|district|province)['’]s\s+(?:[\w\-]+\s+)?(?:partnership|relationship|twinning)"
    r"(?:\s+agreements?)?\s+with\s+[A-Z]",
    r"(?:partnership|relationship|friendship|twinning|ties|bond)\s+between\s+the\s+two\s+(?:[a-z]+\s+)?(?:cities|towns|municipalities|"
    r"communities|provinces|regions|counties|districts|prefectures)",
    r"letters?\s+of\s+(?:[\w-]+\s+){0,3}?inten", r"friendly\s+and\s+cooperative",
    # "a tripartite agreement to form an alliance of ancient capitals"
    r"(?:tripartite|trilateral|three-way|quadrilateral|multilateral)\s+(?:[\w-]+\s+){0,2}?(?:agreement|alliance|"
    r"charter|memorandum|partnership|pact)",
    r"friendship\s+and\s+cooperation",
    # "terminated its cooperation agreements with Russia's Bryansk Oblast", "good-neighbourly relations with"
    r"cooperation\s+agreements?\s+with\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?"
    r"(?:region|oblast|province|city|town|county|prefecture|"
    r"voivodeship|municipality|district)", r"good-neighbou?rly\s+relations",
    r"hermanamiento", r"hermanad[ao]s?",
    r"(?:lazos|acuerdos?|convenios?|pactos?|cartas?|relaci[oó]n(?:es)?)\s+de\s+hermandad",
    r"ciudades?\s+herman", r"jumelage", r"jumel[ée]e?s?",
    r"(?:villes?|communes?)\s+jumelles?",
    r"st[äa]dtepartnerschaft", r"partnerstadt", r"gemellaggio", r"gemellat", r"cidades?[\s-]+irm",
    r"geminaç", r"irmandade", r"побратим", r"город[аы]?-побратим",
    r"友好城市", r"姐妹城市", r"友城", r"友好都市", r"姉妹都市", r"友好交流", r"자매\s*도시", r"우호\s*도시",
)
_CUE_RE = re.compile("|".join(CUES), re.IGNORECASE)
# Every cue above contains one of these (lower case). Finding none by plain substring search is
# some twenty times cheaper than the regular expression, and most of a stream has none.
ANCHORS = (
    "sister", "twin", "friend", "partner", "relationship", "ties", "links", "inten", "herman", "jumel",
    "cooperation", "neighbo", "bond",
    "tripartite", "trilateral", "three-way", "quadrilateral", "multilateral",
    "gemell", "cidade", "irmandade", "geminaç", "побратим", "友好", "姐妹", "友城", "姉妹", "자매", "우호",
)


def is_relevant(text: str | bytes | None) -> bool:
    """True when the text carries a partnership cue; call it before parsing anything expensive.

    Takes str or raw bytes (undecoded HTML or WARC payload: cues are searched in the UTF-8 bytes'
    decoding with replacement), so a reader can drop most documents without building a tree.
    """
    if not text:
        return False
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", "replace")
    low = text.lower()
    if not any(a in low for a in ANCHORS):
        return False
    return _CUE_RE.search(text) is not None


def cue_spans(text: str) -> list[tuple[int, int]]:
    """Where the cues are (start, end), for highlighting and for tests."""
    return [m.span() for m in _CUE_RE.finditer(text)]
