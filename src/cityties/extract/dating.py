# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Start dates told outside the tie's own sentence: "... suspended its twinning with B. The two
cities had been partners since 1992.", or any sentence that names only the pair."""

from __future__ import annotations

import re

from .context import Ctx, candidates, descriptor
from .dates import DateExpr
from .rules import BOUNDING, SIGN, Found, cue_type
from .text import is_title

TWO_REF = re.compile(r"\b(?:the\s+two\s+(?:cities|towns|sides|municipalities|provinces|counties|regions|"
                     r"prefectures|partners)|"
                     r"(?:the|their|this|that)\s+(?:[\w\-]+\s+){0,3}?(?:partnership|relationship|twinning|tie|ties|pact|charter|friendship|link|bond|connection|affiliation|agreement|arrangement)|"
                     r"they)\b", re.I)


def date_from_next(ctx: Ctx, found: list[Found]) -> None:
    """"A suspended its twinning with B. The two cities had been partners since 1992.": the next
    sentence dates the tie when it speaks of the pair and gives a start ("since", an anniversary)."""
    starts = [s.start for s in ctx.sents]
    tied = {k for f in found for k in (f.a.key, f.b.key)}
    for f in found:
        if f.since is not None or f.stage in ("contact", "approved"):
            continue
        j = next((k for k, st in enumerate(starts) if st >= f.end), None)
        if j is not None and j + 1 < len(starts) and not candidates(ctx.mentions[j]) and not TWO_REF.search(
                ctx.sents[j].text[:100]) and not ctx.sents[j].is_heading:
            j += 1  # "The decision, made at a meeting on Tuesday, puts on hold ...": a sentence naming no place between
        if j is None or not TWO_REF.search(ctx.sents[j].text[:100]) or cue_type(ctx.sents[j].text) and \
                len(candidates(ctx.mentions[j])) >= 2:
            continue
        named = {c.key for c in candidates(ctx.mentions[j]) if not descriptor(ctx.text, c)}
        if named & (tied - {f.a.key, f.b.key}):
            continue    # "... the agreement with Samara dates from 1996, with Nizhny Novgorod from 1998": each its own
        d = next((x for x in ctx.dates[j] if x.level in (1, 3)), None)
        if d is None and named <= {f.a.key, f.b.key} and SIGNED.search(ctx.sents[j].text):
            # "Its oldest partner is Cincinnati. The two cities signed their agreement in 1988."
            d = _signing_date(ctx, j)
        if d is not None:
            f.since, f.since_derived = d.value, d.derived


def _signing_date(ctx: Ctx, j: int) -> DateExpr | None:
    """The absolute date of a signing sentence: the one after the verb ("approved the relationship in 2019,
    and the charter was signed ... in June 2021"), never one that bounds another time ("was signed while
    Germany was still divided and became a bridge for friendships after 1989")."""
    s = ctx.sents[j]
    m = SIGNED.search(s.text)
    at = s.start + (m.start() if m else 0)
    dated = [x for x in ctx.dates[j] if x.level == 2 and not BOUNDING.search(ctx.text, max(s.start, x.start - 12), x.start)]
    return next((x for x in dated if x.start > at), None) or next(iter(dated), None)


SIGNED = re.compile(r"\b(?:signed|affiliated|paired|assinad[oa]s?|assinaram|celebraram|firmad[oa]s?|firmaron|suscrit[oa]|sign[ée]e?s?|established|forged|formali[sz]ed|concluded|inked|twinned|became|were\s+twinned)\b")
START_KINDS = ("since", "origin", "anniv", "years_of", "decades", "years_since", "century", "jubilee")


TWO_OF_THEM = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:cities|towns|municipalities|communities|provinces|regions|localities|sides|"
                         r"prefectures|counties|districts)\b")


def date_from_tenure(ctx: Ctx, found: list[Found]) -> None:
    """A signing this year of a tie the page says is older is a renewal: "Quang Nam and Sekong signed a cooperation
    agreement for 2025-2030" ... "the two localities have maintained cooperative ties for 25 years" (GUIDELINES:
    since is the first start, the stage stays active)."""
    pairs = {frozenset((g.a.key, g.b.key)) for g in found}
    first = min(found, key=lambda g: g.start, default=None)     # the page's news
    for f in found:
        if f.stage != "signed" or not f.since or not ctx.published or f.since[:4] < ctx.published[:4]:
            continue
        keys = {f.a.key, f.b.key}
        for j, s in enumerate(ctx.sents):
            if f.start <= s.start < f.end:
                continue
            named = {c.key for c in candidates(ctx.mentions[j])}
            if not (named == keys or named <= keys and TWO_OF_THEM.search(s.text) and (named or len(pairs) == 1 or f is first)):
                continue
            if not re.search(r"\b(?:ties|relations|relationship|friendship|partnership|twinning|sisterhood|cooperation)\b", s.text):
                continue    # never "Mapo volunteers have been coming to Luang Prabang for five years"
            d = next((x for x in ctx.dates[j] if x.kind in ("for_years", "years_since", "anniv", "years_of", "decades", "century", "jubilee")
                      and x.value and x.value[:4] < str(int(f.since[:4]) - 1)), None)
            if d is not None:
                f.since, f.since_derived, f.stage = d.value, d.derived, "active"
                break


def date_from_elsewhere(ctx: Ctx, found: list[Found], entries: bool = False) -> None:
    """A tie with no start date in its own sentence takes one from another sentence that names its
    partner and no other place: "The council voted to suspend its relationship with Vladivostok."
    ... "Tacoma and Vladivostok have been sister cities since 1992" / "Vladivostok, a partner since 1992"."""
    one_pair = len({frozenset((g.a.key, g.b.key)) for g in found}) == 1
    news = min(found, key=lambda g: g.start, default=None)     # the page's first tie, its news
    for f in found:
        if f.since is not None or f.stage in ("contact", "approved", "intent"):
            continue
        keys = {f.a.key, f.b.key}
        # a list entry's sentence must name the entry, not only the page's own place ("Signed in 1998; ... with
        # Tulsa Community College" under another entry)
        partner = {f.b.key} if entries else keys
        for j, s in enumerate(ctx.sents):
            if f.start <= s.start < f.end:
                continue
            # never counting where people travelled ("... and musicians travelled to the Loire")
            # nor where a partner lies ("Meschede, ville de Rhénanie-du-Nord-Westphalie")
            named = {c.key for c in candidates(ctx.mentions[j])
                     if c.key in keys or not (c.locator or entries and re.search(r"\b(?:to|in|at|from)\s+(?:the\s+)?$",
                                                                                 ctx.text[max(0, c.start - 9):c.start]))}
            if not named and (one_pair or f is news) \
                    and not entries and re.search(
                    r"\b(?:the|both)\s+(?:two\s+)?(?:cities|towns|municipalities|communities|provinces|regions)\b", s.text) and SIGNED.search(s.text):
                # "It does not annul the agreement the two cities signed in 1995": the page's one pair
                d = next((x for x in ctx.dates[j] if x.kind in START_KINDS or x.level <= 2 and x.kind in ("year", "my", "mdy", "dmy", "iso")
                          and SIGNED.search(s.text, 0, x.start - s.start)), None)
                if d is not None:
                    f.since, f.since_derived = d.value, d.derived
                    break
            if not (named & partner):
                continue
            dates = ctx.dates[j]
            if not named <= keys:
                # "The agreement ... with the Bryansk region had been in force since 2011, and the accord ... with the
                # Gomel region since 2004": the hub's other partners each with their own clause; the partner's is its
                hub = f.a.key if f.b.key in named else f.b.key
                own = {g.b.key for g in found if g.a.key == hub} | {g.a.key for g in found if g.b.key == hub}
                if entries or not (named - keys) <= own:
                    continue
                ms = sorted((c for c in candidates(ctx.mentions[j]) if c.key in named), key=lambda c: c.start)
                at = next((c for c in ms if c.key in keys and c.key != hub), None)
                nxt = next((c.start for c in ms if at is not None and c.start > at.end and c.key not in keys), s.end)
                dates = [x for x in dates if at is not None and at.end <= x.start < nxt]
            d = next((x for x in dates if x.kind in START_KINDS or x.kind == "years_ago" and cue_type(s.text)), None)
            if d is None and f.b.key in named and (cue_type(s.text) or re.search(r"\b(?:charter|pact|oath|protocol)\b", s.text)) and \
                    SIGNED.search(s.text):
                # "The twinning charter was signed at the Hôtel de Ville in Pontoise in May 1967"
                d = _signing_date(ctx, j)
            if d is not None:
                f.since, f.since_derived = d.value, d.derived
                break


def date_from_entry(ctx: Ctx, found: list[Found]) -> None:
    """A list entry with no year takes the start its own description gives in the lines under it:
    "■ Halifax (Canada)" / "Sister city since August 1982. Both are historic harbour cities ...", or a
    heading per partner: "San Luis Potosí, Mexico" / "Tulsa's first sister city. The mayors of the two
    cities signed the affiliation in 1970." / "Sister state affiliation: April 17, 1963"."""
    starts = [s.start for s in ctx.sents]
    # where the next entry's heading line begins ("Minden, Germany"); a prose line read as an entry does not count
    entry_at = sorted(g.start for g in found if g.rule in ("list", "list_pair", "table") and len(ctx.text[g.start:g.end].split()) <= 8)
    for f in found:
        if f.since is not None or f.rule not in ("list", "list_pair", "table"):
            continue
        j0 = next((k for k, st in enumerate(starts) if st >= f.end), None)
        if j0 is None:
            continue
        stop = next((st for st in entry_at if st > f.start), len(ctx.text))
        for j in range(j0, min(j0 + 4, len(ctx.sents))):
            s = ctx.sents[j]
            if s.start >= stop:
                break
            # the description may name the hub ("Sutton first twinned with ... in 1968") or the partner, never
            # another entry of the list
            entries = {g.b.key for g in found if g.rule in ("list", "list_pair", "table") and g is not f and not s.start <= g.start < s.end}
            if {c.key for c in candidates(ctx.mentions[j])} & entries:
                break
            d = _entry_date(ctx, j, first=j == j0)
            if d is not None:
                f.since, f.since_derived = d.value, d.derived
                break


OF_THE_TIE = re.compile(r"\s+of\s+(?:their|the|its|our)\s+(?:[\w\-]+\s+){0,2}?(?:relationship|partnership|ties|twinning|friendship|"
                        r"affiliation|sisterhood|bond)\b", re.I)


def _entry_date(ctx: Ctx, j: int, first: bool) -> DateExpr | None:
    s = ctx.sents[j]
    head = s.text[:80]
    label = re.match(r"[^.:]{0,50}[:–—]\s*", s.text)    # "Sister state affiliation: April 17, 1963"
    told = cue_type(head) or SIGNED.search(head.lower())
    for x in ctx.dates[j]:
        if x.start - s.start >= 80:
            break
        if x.kind in START_KINDS and (told or x.start - s.start < 30):    # "Partners since 1980."
            return x
        if x.kind == "anniv" and x.derived and OF_THE_TIE.match(ctx.text, x.end):
            return x    # "The two communities celebrated the 50th anniversary of their relationship in 2022"
        if not (told or label and first):
            continue
        if x.level == 2 and (x.start - s.start < 80 and SIGNED.search(s.text[:x.start - s.start].lower()) or
                             x.start - s.start <= 3 and told or    # "Em 2005 os dois municípios celebraram um protocolo"
                             label and x.start - s.start == label.end() and cue_type(label.group(0))):
            return x
    return None


THE_TWO = re.compile(r"\s*(?:The\s+two|Both|They|Os\s+dois|As\s+duas|Ambos|Ambas|Los\s+dos|Las\s+dos|Les\s+deux)\b")


FIRST_MADE = re.compile(r"\b(?:first|originally|initially)\s+(?:formali[sz]ed|signed|established|made|forged|sealed|agreed)\s+(?:in|on)\s+$", re.I)


def date_from_first(ctx: Ctx, found: list[Found]) -> None:
    """A headline tie ("Lethbridge, Towada renew sister city bond") takes the start a body sentence about one
    of its places gives: "... recommitting the two cities to a partnership first formalized in 1988"."""
    for f in found:
        if f.since is not None or f.stage in ("contact", "intent", "approved") or not is_title(ctx.text[f.start:f.end]):
            continue
        keys = {f.a.key, f.b.key}
        for j, s in enumerate(ctx.sents):
            if s.start <= f.start or s.is_heading or not keys & {c.key for c in candidates(ctx.mentions[j])}:
                continue
            d = next((x for x in ctx.dates[j] if x.level == 2 and FIRST_MADE.search(ctx.text, max(s.start, x.start - 40), x.start)),
                     None)
            if d is not None:
                f.since, f.since_derived = d.value, d.derived
                break


def date_from_body(ctx: Ctx, found: list[Found]) -> None:
    """A headline signing ("A e B assinam protocolo de intenções") is dated by the body sentence that
    names both places ("... assinaram nesta quinta-feira (18) um protocolo"), not by the page's date."""
    for f in found:
        if f.stage not in ("signed", "intent") or f.since is not None and not (
                f.since_derived and f.since == ctx.published):
            continue
        keys = {f.a.key, f.b.key}
        if not is_title(ctx.text[f.start:f.end]):
            # "Civic leaders in A and the city of B made their new friendship official Thursday afternoon." / "...
            # the two mayors signed the sister city agreement": the lede before the signing dates it
            j = next((k for k, s in enumerate(ctx.sents) if s.start <= f.start < s.end), 0)
            if j > 0 and not ctx.dates[j] and keys <= {c.key for c in candidates(ctx.mentions[j - 1])} and SIGN.search(ctx.sents[j - 1].text):
                d = next((x for x in ctx.dates[j - 1] if x.level == 4), None)
                if d is not None:
                    f.since, f.since_derived = d.value, d.derived
            continue
        for j, s in enumerate(ctx.sents):
            if s.start <= f.start or s.is_heading:
                continue
            if not keys <= {c.key for c in candidates(ctx.mentions[j])}:
                continue
            nxt = ctx.sents[j + 1].text if j + 1 < len(ctx.sents) else ""
            if not SIGN.search(s.text) and not (SIGN.search(nxt) and THE_TWO.match(nxt)):
                continue    # "O prefeito de A recebeu nesta terça-feira (14) o presidente de B. Os dois assinaram ..."
            d = next((x for x in ctx.dates[j] if x.level in (2, 4)), None)
            if d is not None:
                f.since, f.since_derived = d.value, d.derived
            break


SAME_YEAR = re.compile(r"\b(?:dating\s+from|dates?\s+from|begun\s+in|signed\s+in|formed\s+in|in)\s+(?:that|the)\s+same\s+year\b", re.I)


def date_from_same_year(ctx: Ctx, found: list[Found]) -> None:
    """"... sister cities since 1982. ... the partnership with Duisburg, dating from the same year, ...": the
    year the sentence before (or this one, earlier) told."""
    for f in found:
        if f.since is not None or f.stage in ("contact", "approved"):
            continue
        j = next((k for k, s in enumerate(ctx.sents) if s.start <= f.start < s.end), None)
        if j is None:
            continue
        m = SAME_YEAR.search(ctx.text, ctx.sents[j].start, ctx.sents[j].end)
        if m is None:
            continue
        here = [d for d in ctx.dates[j] if d.end <= m.start() and d.level in (1, 2) and not d.derived]
        before = [d for d in ctx.dates[j - 1] if d.level in (1, 2) and not d.derived] if j > 0 else []
        year = (here or before or [None])[-1]
        if year is not None:
            f.since, f.since_derived = year.value[:4], False
