"""A tie's later stage told in a sentence of its own: "Khabarovsk Krai, Russia (1969) *" above
"* Exchanges with Khabarovsk Krai have been suspended since March 2022."."""

from __future__ import annotations

import re

from .context import Ctx, candidates, motion_lost
from .rules import ENDING, SUSPEND, Found, stage_of

# what a suspension must be about: the tie and its exchanges, never flights or a museum's loans
TIE_WORDS = re.compile(r"\b(?:exchanges?|programm?es?|relations?(?:hip)?|ties|tie|cooperation|co-operation|"
                       r"partnership|twinning|contacts?|links?|agreement|friendship|visits|delegations)\b",
                       re.I)


IT_TIE = re.compile(r"\s*(?:It|The\s+(?:agreement|relationship|tie|partnership|link|twinning|arrangement))\s+"
                    r"(?:was|has|had|is)\b")


def status_from_elsewhere(ctx: Ctx, found: list[Found]) -> None:
    """An active tie whose partner a later sentence names alone, with the tie's suspension or end, takes
    that stage (the date of the change is the stage date, the start stays)."""
    told = []   # the sentences that tell of a suspension or an end, with the places they name
    for j, s in enumerate(ctx.sents):
        about = TIE_WORDS.search(s.text) or IT_TIE.match(s.text)
        said = about and (SUSPEND.search(s.text) or ENDING.search(s.text))
        if s.is_heading or not said or motion_lost(ctx, j):
            continue
        stage = stage_of(s.text, ctx.dates[j], ctx.published)
        if stage in ("suspended", "terminated"):
            told.append((j, s, {c.key for c in candidates(ctx.mentions[j])}, stage))
    if not told:
        return
    for f in found:
        if f.stage not in ("active", "signed"):
            continue
        # "A friendship agreement with Zhangjiagang was signed in 2006. It was not renewed after 2016 and the
        # council formally ended it in July 2019.": the sentence right after the one tie it speaks of
        nxt = next(((j, s, stage) for j, s, named, stage in told
                    if not named and j > 0 and IT_TIE.match(s.text)
                    and ctx.sents[j - 1].start <= f.start < ctx.sents[j - 1].end), None)
        if nxt is not None and sum(ctx.sents[nxt[0] - 1].start <= g.start < ctx.sents[nxt[0] - 1].end
                                   for g in found if g.a.key != g.b.key) == 1:
            f.stage = nxt[2]
            f.stage_date = next((d.value for d in ctx.dates[nxt[0]] if d.level in (1, 2, 4)), None)
            continue
        keys = {f.a.key, f.b.key}
        partner = keys - ({ctx.main.key} if ctx.main is not None else set()) or keys
        for j, s, named, stage in told:
            if s.end <= f.end or f.start <= s.start < f.end or not (named & partner) or not named <= keys:
                continue
            f.stage = stage
            f.stage_date = next((d.value for d in ctx.dates[j] if d.level in (1, 2, 4)), None)
            break
