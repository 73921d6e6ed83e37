# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Ties told across sentences: a sentence that goes on with the partners the sentence before it
listed, without a cue of its own ("Tucson's sister cities include Segovia and Almaty. Three of
the cities are across the border in Mexico: Hermosillo, Ciudad Obregón and Guaymas."; "Sapporo
became Portland's first partner in 1959. Hokkaido followed in 1980.")."""

from __future__ import annotations

import re

from .context import Ctx, candidates, first_after, parse_list
from .phrases import PLURAL_TIES, THEY_ARE
from .refer import sentence_subject
from .rules import ENDING, Found, cue_type

# "Three of the cities are ...", "two of them", "among those partners", "the others are", "the rest include"
GOES_ON = re.compile(
    r"\b(?:(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|both|half|a\s+few|a\s+number)\s+of|among)\s+(?:them|these|those|(?:the|these|those|its|their|his)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:cities|towns|partners|twins|sisters|ones|municipalities|provinces|regions))\b|"
    r"(?:the\s+)?(?:others|rest|remaining\s+(?:[\w\-]+\s+)?(?:cities|towns|partners|ones))\s+(?:are|were|include|includes|being)\b|"
    r"(?:followed|came\s+next|joined\s+(?:them|the\s+list|the\s+family))\b)", re.I)
FOLLOWED = re.compile(r"\b(?:followed|came\s+next|joined)\b", re.I)


def continued(ctx: Ctx, found: list[Found]) -> list[Found]:
    """Partners named in a sentence that continues the previous sentence's ties of one place."""
    by_sentence: dict[int, list[Found]] = {}
    starts = [s.start for s in ctx.sents]
    for f in found:
        j = max((k for k, st in enumerate(starts) if st <= f.start), default=None)
        if j is not None:
            by_sentence.setdefault(j, []).append(f)
    out: list[Found] = []
    for i in range(1, len(ctx.sents)):
        s = ctx.sents[i]
        if i in by_sentence or s.is_heading or cue_type(s.text) or ENDING.search(s.text):
            continue
        m = GOES_ON.search(s.text)
        prev = by_sentence.get(i - 1)
        if m is None or not prev or m.start() > 30:    # "... in Changning, many of them in the Gubei area": no list
            continue
        hub = _hub_of(prev, ctx)
        if hub is None:
            continue
        known = {f.a.key for f in prev} | {f.b.key for f in prev}
        cands = [c for c in candidates(ctx.mentions[i]) if c.key not in known]
        if not cands:
            continue
        if FOLLOWED.match(m.group(0)):
            # "Hokkaido followed in 1980": the subject, before the verb, is the one new partner;
            # "..., and Parma in 1976": and those coordinated after it, each with its own year
            new = [c for c in cands if c.end <= s.start + m.start()][:1] + [
                c for c in cands if c.start >= s.start + m.end() and re.search(r",?\s+and\s+$", ctx.text[c.start - 8:c.start])]
        else:
            new = parse_list(cands[0], ctx.mentions[i], ctx.text, s.end)
            new = [c for c in new if c.key not in known]
        stage = prev[0].stage if prev[0].stage in ("active", "signed") else "active"
        years = [d for d in ctx.dates[i] if d.level in (1, 2, 3)]
        followed = FOLLOWED.match(m.group(0)) is not None
        here = []
        for k, c in enumerate(new):
            if followed:    # "Hokkaido followed in 1980, and Heilongjiang, in China's far north-east, in 1981"
                after = c.end if k else s.start + m.end()
                d = next((y for y in years if y.start >= after), None)
            else:
                d = years[0] if len(new) == 1 and len(years) == 1 else None
            here.append(Found(hub, c, prev[0].type, "active" if stage == "signed" and d is None else stage,
                             d.value if d else None, d.derived if d else False, None, s.start, s.end, 0.6,
                             "continued"))
        by_sentence[i] = here   # "The others are ..." may go on from a sentence that went on
        out.extend(here)
    out.extend(_followed_within(ctx, by_sentence))
    out.extend(_they_are(ctx, found + out))
    return out


def _they_are(ctx: Ctx, found: list[Found]) -> list[Found]:
    """A sentence that counts or names a place's partners, then "They are A, B and C" / "The other
    seven are ..." listing them without a cue of its own."""
    out: list[Found] = []
    for i in range(1, len(ctx.sents)):
        s, before = ctx.sents[i], ctx.sents[i - 1]
        m = THEY_ARE.match(s.text)
        if m is None or not PLURAL_TIES.search(before.text):
            continue
        first = first_after(s.start + m.end(), ctx.mentions[i], ctx.text)
        if first is None:
            continue
        items = parse_list(first, ctx.mentions[i], ctx.text, s.end)
        hub = sentence_subject(ctx, i - 1, items)
        if hub is None:
            continue
        known = {(f.a.key, f.b.key) for f in found} | {(f.b.key, f.a.key) for f in found}
        for k, x in enumerate(items):
            if x.key == hub.key or (hub.key, x.key) in known:
                continue
            nxt = items[k + 1].start if k + 1 < len(items) else s.end
            year = next((d for d in ctx.dates[i] if x.end <= d.start < nxt and d.level in (1, 2)), None)
            out.append(Found(hub, x, cue_type(before.text) or "sister", "active", year.value if year else None, False,
                             None, s.start, s.end, 0.6, "listed"))
    return out


def _hub_of(prev: list[Found], ctx: Ctx):
    """The one place all of a sentence's ties share; of a single pair, the story's place ("The first
    was Mülheim, twinned with Tours in 1962. Segovia followed in 1973.")."""
    common = set.intersection(*({f.a.key, f.b.key} for f in prev))
    if not common:
        return None
    ends = {m.key: m for f in prev for m in (f.a, f.b)}
    if len(common) == 1:
        return ends[next(iter(common))]
    if ctx.main is not None and ctx.main.key in common:
        return ends[ctx.main.key]
    return prev[0].a


def _followed_within(ctx: Ctx, by_sentence: dict[int, list[Found]]) -> list[Found]:
    """"Hainan's first sister state was Hawaii, in 1992, and South Korea's Jeju province followed in
    1995": a place that "followed" inside a sentence whose tie names one hub."""
    out: list[Found] = []
    for i, prev in by_sentence.items():
        if not prev or len({f.a.key for f in prev}) != 1:
            continue
        hub, known = prev[0].a, {f.b.key for f in prev} | {prev[0].a.key}
        for c in candidates(ctx.mentions[i]):
            m = re.match(r"\s+(?:soon\s+|later\s+)?followed\b", ctx.text[c.end:c.end + 24])
            if c.key in known or m is None or not re.search(r"\b(?:and|while)\s+(?:[\w\-'’]+\s+){0,3}$",
                                                                 ctx.text[max(0, c.start - 40):c.start]):
                continue
            d = next((d for d in ctx.dates[i] if d.start >= c.end and d.level in (1, 2)), None)
            s = ctx.sents[i]
            out.append(Found(hub, c, prev[0].type, "active", d.value if d else None, False, None, s.start, s.end,
                             0.6, "continued"))
    return out
