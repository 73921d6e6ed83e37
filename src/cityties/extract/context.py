"""What the sentence rules share: the document's context and the helpers that walk a sentence's
place mentions (candidates, lists, the place right after a word, the last one before it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateExpr
from .phrases import APPOSED_GAP, QUANT_GAP
from .places import Mention
from .rules import FIRST_GAP, LIST_GAP, PARTNER_GAP
from .text import Sentence


@dataclass(slots=True)
class Ctx:
    text: str
    published: str | None
    sents: list[Sentence]
    mentions: list[list[Mention]]
    dates: list[list[DateExpr]]
    main: Mention | None
    themed: bool
    # partner key -> the place it was tied to earlier in the text ("the relationship with Miyazu")
    tied_to: dict = field(default_factory=dict)
    # a page about an event whose only cue is "partner city" (the Games' host cities): no tie at all
    event_hosts: bool = False


UNIT_AFTER = re.compile(r"\s+(?:autonomous\s+)?(?:region|province|prefecture|state|oblast|county|district|"
                        r"department)\b")
DESCRIBED = re.compile(r"\s+(?:[a-z]+\s+)?(?:city|town|port|capital|village|metropolis|resort)\b(?!\s+of\b)")
RELATIVE_ITEM = re.compile(r"\s*,\s*(?:which|who|whose|where|with\s+which)\b[^;]{1,90}?;\s*(?:and\s+)?")


def candidates(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if m.kind == "place" and not m.locator]


AGREEMENT_WITH = re.compile(r"\b(?:agreements?|accords?|cooperation|memorandum|treaty|protocol)\s+"
                            r"(?:[\w\-]+\s+){0,4}?with\s+the\s+$")


def descriptor(text: str, c: Mention) -> bool:
    """"the Siberian city", "the Kenyan Rift Valley town": a name that describes a place, not another one."""
    before = re.search(r"\b[Tt]he\s+(?:[A-Z][\w\-]*\s+){0,2}$", text[max(0, c.start - 30):c.start])
    region = re.match(r"\s+(?:region|province|county|oblast|prefecture)\b", text[c.end:c.end + 16])
    adjective = re.search(r"(?:ian|ean|ese|ish|ic|an|i)$", c.name)
    if before is not None and region and not adjective and AGREEMENT_WITH.search(text, max(0, c.start - 70),
                                                                                 c.start):
        return False    # "the agreement with the Kursk region": the region of that name
    return before is not None and re.match(
        r"\s+(?:city|town|port|capital|metropolis|village|county|province|region|partner|municipality)\b"
        # never "the Bukhara city administration": the place's own body
        r"(?!\s+(?:of|council|hall|administration|government|authorities|officials|assembly|committee|office|mayor|leaders?)\b)",
        text[c.end:c.end + 32]) is not None


def chain_end(m: Mention, ms: list[Mention], text: str) -> int:
    """End of a place with the locators that follow it ("Kansas City, Missouri, US" -> after US)."""
    end = m.end
    if m not in ms:
        return end  # a place told in another sentence ("the Siberian city" for Yakutsk)
    idx = ms.index(m)
    for n in ms[idx + 1:]:
        if not n.locator and not (n.kind == "country" and re.fullmatch(r"\s*,\s*", text[end:n.start])
                                  and text[n.end:n.end + 1] not in ("'", "’")):
            break   # "Dunfermline, Scotland, United Kingdom": both countries say where it lies
        if len(text[end:n.start]) > 60:
            break
        end = n.end
    if end != m.end:    # "in the Guangxi Zhuang autonomous region": the unit word is the locator's
        unit = UNIT_AFTER.match(text[end:end + 30])
        end += unit.end() if unit else 0
    close = re.match(r"\s*\)", text[end:end + 3])
    return end + close.end() if close else end


def parse_list(first: Mention, ms: list[Mention], text: str, limit: int) -> list[Mention]:
    """``first`` and the places listed after it ("X, Y in Japan, and Z")."""
    out = [first]
    cands = candidates(ms)
    cur = first
    # "16 partner towns, from Frederiksberg in Denmark to Zutphen in the Netherlands": a range names two
    ranged = re.search(r"\b(?:ranging\s+)?from\s+$", text[max(0, first.start - 14):first.start]) is not None
    while True:
        end = chain_end(cur, ms, text)
        nxt = next((c for c in cands if c.start >= end), None)
        if nxt is None or nxt.start > limit:
            break
        gap = text[end:nxt.start]
        # "Portland (U.S.A., since 1959), Munich": a bracket after the place, or one its locator opened
        gap = re.sub(r"^\s*\((?:[^)]{1,15}|[^)]{1,30}\b(?:1[89]|20)\d\d)\)", "", gap)
        if text.count("(", cur.start, end) > text.count(")", cur.start, end):
            gap = re.sub(r"^[^()]{0,25}\)", "", gap)
        if ranged and len(out) == 1 and re.fullmatch(r"\s+to\s+", gap):
            out.append(nxt)
            cur = nxt
            continue
        if not LIST_GAP.fullmatch(gap) and not APPOSED_GAP.fullmatch(gap):
            # "Changwon, South Korea, which absorbed the former sister city of Masan in 2010; Nantes, France":
            # a relative clause between items, places inside it included, is no end of the list
            rel = RELATIVE_ITEM.match(text[end:limit])
            nxt = next((c for c in cands if rel and c.start == end + rel.end()), None)
            if nxt is None:
                break
        if descriptor(text, nxt) or re.search(r"\bthe\s+$", text[max(0, nxt.start - 5):nxt.start]) and \
                DESCRIBED.match(text, nxt.end):
            # "Kalamata, the Peloponnese city where ...", "Nakuru, the Kenyan Rift Valley town": a description
            # of the place before
            break
        out.append(nxt)
        cur = nxt
    return out


def first_after(pos: int, ms: list[Mention], text: str, max_gap: int = 45) -> Mention | None:
    for c in candidates(ms):
        if c.start >= pos:
            gap = text[pos:c.start]
            if len(gap) <= max_gap and FIRST_GAP.fullmatch(gap) or QUANT_GAP.fullmatch(gap) or \
                    PARTNER_GAP.fullmatch(gap):
                return c
            return None
    return None


def last_before(pos: int, ms: list[Mention], exclude: set[int], partners_too: bool = True,
                 text: str = "") -> Mention | None:
    """The last place before ``pos``; with ``partners_too=False`` not one that is itself the object
    of a "with" ("The partnership with Daejeon ..., and the city also ... with Naucalpan")."""
    best = None
    for c in candidates(ms):
        if c.end <= pos and id(c) not in exclude:
            if not partners_too and c.flags and "with_object" in c.flags:
                continue
            best = c
    return best


def synthetic(name: str, code: str | None, at: int) -> Mention:
    return Mention(at, at, name, name, "place", code, evidence=2)


# "Moved by Cr Okafor ... that Council formally conclude its relationship with Suwon." / "Council declined to
# support the motion.": a motion the next lines record as lost changes nothing
MOVED = re.compile(r"^\s*(?:Moved|It\s+was\s+moved|Motion)\b|\bmotion\s+(?:to|that)\b", re.I)
MOTION_LOST = re.compile(r"\b(?:declined\s+to\s+(?:support|adopt|pass|approve)|"
                         r"(?:motion|it)\s+(?:was\s+)?(?:lost|failed|defeated|rejected)|not\s+carried|voted\s+down|"
                         r"did\s+not\s+(?:pass|carry))\b|\bLOST\b", re.I)


def motion_lost(ctx: Ctx, j: int) -> bool:
    """Whether sentence ``j`` moves a motion that one of the next three sentences records as lost."""
    return MOVED.search(ctx.sents[j].text) is not None and MOTION_LOST.search(
        " ".join(s.text for s in ctx.sents[j + 1:j + 4])) is not None


# "Chungcheongbuk-do Governor Park Sang-cheol", "Toledo Mayor Daniel Kessler": a head introduced with the
# place he heads; later "Governor Park signed ... with Jilin" acts for it
_TITLE = r"(?:Mayor|Governor|Chairman|Chairwoman|Akim|Hokim|Intendente|Prefect)"
HEAD_OF = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)\s+" + _TITLE + r"\s+([A-Z][\w\-]+)")
HEAD_ACTS = re.compile(r"\b" + _TITLE + r"\s+([A-Z][\w\-]+)")


def head_place(ctx: Ctx, i: int, pos: int) -> Mention | None:
    """The place whose head ("Governor Park") acts in sentence ``i`` before ``pos``, where the text
    introduced that head with the place's name."""
    acts = [m.group(1) for m in HEAD_ACTS.finditer(ctx.text, ctx.sents[i].start, pos)]
    if not acts:
        return None
    for m in HEAD_OF.finditer(ctx.text, 0, ctx.sents[i].start):
        if m.group(2) in acts:
            return next((c for ms in ctx.mentions for c in candidates(ms) if c.start == m.start(1)), None)
    return None
