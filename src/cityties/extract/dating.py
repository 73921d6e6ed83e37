# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Start dates told outside the tie's own sentence: "... suspended its twinning with B. The two
cities had been partners since 1992.", or any sentence that names only the pair."""

from __future__ import annotations

import re

from .context import Ctx, candidates
from .places import Mention
from .rules import Found, cue_type

TWO_REF = re.compile(r"\b(?:the\s+two\s+(?:cities|towns|sides|municipalities|provinces|counties|regions|"
                     r"prefectures|partners)|"
                     r"(?:the|their|this|that)\s+(?:[\w\-]+\s+){0,3}?(?:partnership|relationship|twinning|tie|ties|pact|charter|friendship|link|bond|connection|affiliation)|"
                     r"they)\b", re.I)


def date_from_next(ctx: Ctx, found: list[Found]) -> None:
    """"A suspended its twinning with B. The two cities had been partners since 1992.": the next
    sentence dates the tie when it speaks of the pair and gives a start ("since", an anniversary)."""
    starts = [s.start for s in ctx.sents]
    for f in found:
        if f.since is not None or f.stage in ("contact", "approved"):
            continue
        j = next((k for k, st in enumerate(starts) if st >= f.end), None)
        if j is None or not TWO_REF.search(ctx.sents[j].text[:100]) or cue_type(ctx.sents[j].text) and \
                len(candidates(ctx.mentions[j])) >= 2:
            continue
        d = next((x for x in ctx.dates[j] if x.level in (1, 3)), None)
        named = {c.key for c in candidates(ctx.mentions[j]) if not _descriptor(ctx.text, c)}
        if d is None and named <= {f.a.key, f.b.key} and SIGNED.search(ctx.sents[j].text):
            # "Its oldest partner is Cincinnati. The two cities signed their agreement in 1988."
            d = next((x for x in ctx.dates[j] if x.level == 2), None)
        if d is not None:
            f.since, f.since_derived = d.value, d.derived


def _descriptor(text: str, c: Mention) -> bool:
    """"the Siberian city", "the Basque port": a word that describes the partner, not another place."""
    return re.search(r"\bthe\s+$", text[max(0, c.start - 4):c.start], re.I) is not None and re.match(
        r"\s+(?:city|town|port|capital|metropolis|village|county|province|region|partner)\b", text[c.end:c.end + 12]) is not None


SIGNED = re.compile(r"\b(?:signed|established|forged|formali[sz]ed|concluded|inked|twinned|became|were\s+twinned)\b")
START_KINDS = ("since", "origin", "anniv", "years_of", "decades", "years_since", "century")


def date_from_elsewhere(ctx: Ctx, found: list[Found], entries: bool = False) -> None:
    """A tie with no start date in its own sentence takes one from another sentence that names its
    partner and no other place: "The council voted to suspend its relationship with Vladivostok."
    ... "Tacoma and Vladivostok have been sister cities since 1992" / "Vladivostok, a partner since 1992"."""
    for f in found:
        if f.since is not None or f.stage in ("contact", "approved", "intent"):
            continue
        keys = {f.a.key, f.b.key}
        for j, s in enumerate(ctx.sents):
            if f.start <= s.start < f.end:
                continue
            # never counting where people travelled ("... and musicians travelled to the Loire")
            named = {c.key for c in candidates(ctx.mentions[j])
                     if c.key in keys or not (entries and re.search(r"\b(?:to|in|at|from)\s+(?:the\s+)?$",
                                                                    ctx.text[max(0, c.start - 9):c.start]))}
            if not (named & keys) or not named <= keys:
                continue
            d = next((x for x in ctx.dates[j] if x.kind in START_KINDS), None)
            if d is None and f.b.key in named and (cue_type(s.text) or re.search(r"\b(?:charter|pact|oath|protocol)\b", s.text)) and \
                    SIGNED.search(s.text):
                # "The twinning charter was signed at the Hôtel de Ville in Pontoise in May 1967"
                d = next((x for x in ctx.dates[j] if x.level == 2), None)
            if d is not None:
                f.since, f.since_derived = d.value, d.derived
                break


def date_from_entry(ctx: Ctx, found: list[Found]) -> None:
    """A list entry with no year takes the start its own description gives on the next line:
    "■ Halifax (Canada)" / "Sister city since August 1982. Both are historic harbour cities ..."."""
    starts = [s.start for s in ctx.sents]
    for f in found:
        if f.since is not None or f.rule not in ("list", "table"):
            continue
        j = next((k for k, st in enumerate(starts) if st >= f.end), None)
        # the description may name the hub ("Charlottenburg-Wilmersdorf, Germany" / "Sutton first twinned with
        # ... in 1968"), never another entry of the list
        if j is None:
            continue
        entries = {g.b.key for g in found if g.rule in ("list", "table") and g is not f and not (
            ctx.sents[j].start <= g.start < ctx.sents[j].end)}
        if {c.key for c in candidates(ctx.mentions[j])} & (entries | {f.b.key}) or (
                candidates(ctx.mentions[j]) and f.a.key not in {c.key for c in candidates(ctx.mentions[j])}):
            continue
        s = ctx.sents[j]
        if not cue_type(s.text[:80]) and not SIGNED.search(s.text[:80]):
            continue
        d = next((x for x in ctx.dates[j] if x.kind in START_KINDS and x.start - s.start < 80), None) or next(
            (x for x in ctx.dates[j] if x.level == 2 and x.start - s.start < 60 and SIGNED.search(s.text[:x.start - s.start])), None)
        if d is not None:
            f.since, f.since_derived = d.value, d.derived


def date_from_body(ctx: Ctx, found: list[Found]) -> None:
    """A headline signing ("A e B assinam protocolo de intenções") is dated by the body sentence that
    names both places ("... assinaram nesta quinta-feira (18) um protocolo"), not by the page's date."""
    for f in found:
        if f.stage not in ("signed", "intent") or f.since is not None and not (
                f.since_derived and f.since == ctx.published):
            continue
        if re.search(r"[.!?;:\"”'’)]\s*$", ctx.text[f.start:f.end]):
            continue    # not a headline
        keys = {f.a.key, f.b.key}
        for j, s in enumerate(ctx.sents):
            if s.start <= f.start or s.is_heading:
                continue
            if not keys <= {c.key for c in candidates(ctx.mentions[j])} or not SIGNED_NOW.search(s.text):
                continue
            d = next((x for x in ctx.dates[j] if x.level in (2, 4)), None)
            if d is not None:
                f.since, f.since_derived = d.value, d.derived
            break


SIGNED_NOW = re.compile(r"\b(?:sign(?:ed|s)?|inked|assin(?:ou|aram|am)|firm(?:ó|aron|an)|suscribi\w*|concluded|established|agreed)\b", re.I)
