"""A tie's later stage told in a sentence of its own: "Khabarovsk Krai, Russia (1969) *" above
"* Exchanges with Khabarovsk Krai have been suspended since March 2022."."""

from __future__ import annotations

import re

from .context import Ctx, candidates
from .rules import ENDING, SUSPEND, Found, stage_of

# what a suspension must be about: the tie and its exchanges, never flights or a museum's loans
TIE_WORDS = re.compile(r"\b(?:exchanges?|programm?es?|relations?(?:hip)?|ties|tie|cooperation|co-operation|"
                       r"partnership|twinning|contacts?|links?|agreement|friendship|visits|delegations)\b",
                       re.I)


def status_from_elsewhere(ctx: Ctx, found: list[Found]) -> None:
    """An active tie whose partner a later sentence names alone, with the tie's suspension or end, takes
    that stage (the date of the change is the stage date, the start stays)."""
    told = []   # the sentences that tell of a suspension or an end, with the places they name
    for j, s in enumerate(ctx.sents):
        said = TIE_WORDS.search(s.text) and (SUSPEND.search(s.text) or ENDING.search(s.text))
        if s.is_heading or not said:
            continue
        stage = stage_of(s.text, ctx.dates[j], ctx.published)
        if stage in ("suspended", "terminated"):
            told.append((j, s, {c.key for c in candidates(ctx.mentions[j])}, stage))
    if not told:
        return
    for f in found:
        if f.stage not in ("active", "signed"):
            continue
        keys = {f.a.key, f.b.key}
        partner = keys - ({ctx.main.key} if ctx.main is not None else set()) or keys
        for j, s, named, stage in told:
            if s.end <= f.end or f.start <= s.start < f.end or not (named & partner) or not named <= keys:
                continue
            f.stage = stage
            f.stage_date = next((d.value for d in ctx.dates[j] if d.level in (1, 2, 4)), None)
            break
