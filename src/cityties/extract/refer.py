# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""What "the city", "the council", "its" and "In Duisburg, ..." stand for: the place a sentence
speaks of without naming it."""

from __future__ import annotations

import re

from . import lexicon
from .context import Ctx, candidates, synthetic
from .places import Mention, guess_kind
from .rules import STRONG

REF_SUBJ = re.compile(r"\b[Tt]he\s+(city|town|county|prefecture|province|state|district|municipality|region|"
                      r"village|corporation|"
                      r"borough)\b(?!\s+(?:of|council|hall|government|centre|center|administration)\b)(?!['’]s)")


COUNCIL_SUBJECT = re.compile(r"\s*(?:The\s+)?(?:Councillors|Councilors|Council\s+members|Councilmembers|Council|"
                             r"Aldermen|Commissioners|Supervisors|Lawmakers)\b")
# (on one line: never a menu's last word over the headline "Council ends ...")
COUNCIL_AFTER = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)?[ \t]+(?:City\s+|Town\s+|County\s+|District\s+|Borough\s+|"
                           r"Municipal\s+|Metropolitan\s+|Regional\s+|Shire\s+)?(?:Council|Government|Assembly|Municipality)\b|[ \t]+(?:CITY\s+|TOWN\s+|COUNTY\s+|SHIRE\s+)?COUNCIL\b")
REF_OWNER = re.compile(r"\b(?:[Tt]he\s+(?:(?:[A-Z][a-z]+\s+){0,2}(?:capital|provincial|coastal|port|host|southern|northern|eastern|western|"
                       r"central|border|island|historic|industrial|state|regional)\s+|(?:[A-Z][a-z]+\s+){1,2}|"
                       # "The book town formally twinned with Timbuktu": a description of the place, never its partner's
                       r"(?:(?!sister\b|twin\b|partner\b|friendship\b|neighbou?ring\b|nearby\b|other\b|new\b)[a-z]{3,}\s+){1,2}(?=town\b|city\b|capital\b))?|(?<=said\s)|(?<=that\s)|"
                       # "a cidade firmou ... com Montevidéu", "la ciudad mantiene ... con": the Romance article
                       r"(?<![\w\-])(?:a|la|el|o|le)\s+(?=(?:cidade|ciudad|ville|município|municipio)\b))(capital|ward|[Cc]ity|[Tt]own|county|"
                       r"prefecture|province|state|district|municipality|region|council|borough|cidade|ciudad|ville|município|municipio)\b(?:(?<=capital)|(?!\s+of\s+(?:the\s+)?[A-Z]))|\b(?:[Ii]ts)\b")


REF_KIND = {"capital": "city", "ward": "district", "prefecture": "state_province", "province": "state_province", "state": "state_province",
             "region": "state_province", "county": "county", "district": "district"}


OWNS_PLURAL = re.compile(r"['’]s?\s+(?:\d{1,3}\s+|[a-z]+\s+){0,2}(?:sister|twin|friendship|partner|international|overseas|foreign)"
                         r"[\s-]+(?:cities|towns|partners|provinces|regions|ties|relationships|partnerships)")


def topic(ctx: Ctx, i: int, partner: Mention) -> Mention | None:
    """"In Duisburg, the council has opened talks with X": a sentence that opens on a place is about it."""
    m = re.match(r"\s*(?:In|At|For)\s+", ctx.sents[i].text)
    if not m:
        return None
    first = next((c for c in candidates(ctx.mentions[i]) if c.start == ctx.sents[i].start + m.end()), None)
    if first is not None and first.key != partner.key and re.match(r"\s*,", ctx.text[first.end:first.end + 2]):
        after = re.match(r"\s*,\s*", ctx.text[first.end:first.end + 4])
        subject = next((c for c in candidates(ctx.mentions[i]) if c.start == first.end + after.end()), None)
        if subject is not None and subject.key != partner.key and kind_of(first) == "state_province" and kind_of(subject) != "state_province":
            return subject  # "In New Mexico, Albuquerque marked 30 years of its bond with Guadalajara": the town the state holds
        return first
    return None


def national_capital(m: Mention) -> bool:
    return lexicon.fold(m.name) in {lexicon.fold(c) for c in lexicon.capitals().values()}


_UNIT_WORDS = {"Borough", "City", "Town", "County", "District", "Shire", "Municipal", "Metropolitan"}   # "the Borough Council of X"


def named_council(ctx: Ctx, avoid: str | None = None, within: int | None = None) -> Mention | None:
    """The first place named with its council ("Invercargill City Council", "Basingstoke and Deane
    Borough Council", "TOWNSVILLE CITY COUNCIL"), never a paper named after its region ("Southland
    Times"); ``within`` keeps to a page's header."""
    for ms in ctx.mentions:
        for c in candidates(ms):
            if within is not None and c.start > within:
                return None
            if c.key != avoid and c.name not in _UNIT_WORDS and (COUNCIL_AFTER.match(ctx.text, c.end) or "body" in c.flags and re.search(
                    r"(?i)\bcouncil$", c.surface)):
                return c
    return None


def council_place(ctx: Ctx, partner: Mention) -> Mention | None:
    """The place whose council acts in the article: the one named with its council, else the story's
    place, else a body's place."""
    council = named_council(ctx, partner.key)
    if council is not None:
        return council
    named = [c for ms in ctx.mentions for c in candidates(ms) if c.key != partner.key]
    main = ctx.main
    if main is not None and main.key != partner.key:
        return main
    for c in named:     # a body named after its place ("Geelong Times"), a menu's words never ("Sports  Opinion  Business")
        if "body" in c.flags and (c.country or lexicon.fold(c.name) in lexicon.known_places()):
            return c
    return None


def kind_of(m: Mention) -> str:
    """A place's kind by its name ("Jilin Province") or by how the text introduced it ("the province of Binh Duong")."""
    unit = next((f[5:] for f in m.flags if f.startswith("unit:")), None)
    return unit or guess_kind(m.name)


def referent(ctx: Ctx, i: int, noun: str, partner: Mention) -> Mention | None:
    """The place "the city", "the county" or "the prefecture" stands for: the nearest earlier place of
    that kind (this sentence's or up to three before), else the article's main place."""
    want = REF_KIND.get(noun, "city")
    main = ctx.main
    for j in range(i - 1, max(-1, i - 4), -1):
        h = ctx.sents[j]
        if h.is_heading or len(h.text.split()) <= 6 and not re.search(r"[.!?;:,]\s*$", h.text) and ctx.text[h.end:h.end + 1] in ("\n", ""):
            # a section headed "Hay-on-Wye and Timbuktu": "The book town formally twinned with Timbuktu"
            named = {c.key: c for c in candidates(ctx.mentions[j])}
            if len(named) == 2 and partner.key in named and re.fullmatch(r"\s*(?:and|&|[-–—/])\s*", ctx.text[
                    min(c.end for c in named.values()):max(c.start for c in named.values())]):
                return next(c for k, c in named.items() if k != partner.key)
            break
    filed = next((c for c in ctx.mentions[i] if "dateline" in c.flags and c.kind == "place" and c.key != partner.key
                  and c.end <= partner.start), None)
    if filed is not None and want == "city" and kind_of(filed) == "city" and re.search(
            r"(?:--|[–—:])\s*[Tt]he\s+(?:[\w\-]+\s+){0,3}?" + noun + r"\b(?:(?<=capital)|(?!\s+of\b))", ctx.sents[i].text[:120]):
        return filed    # "DUMAGUETE CITY – The capital of Negros Oriental formalized a sisterhood with ...": where it was filed
    if i > 0:
        # "It is not Oregon's first partnership in China. The Pacific Northwest state became ...": the
        # place the sentence before spoke of as an owner is what "the state" picks up
        owner = next((c for c in candidates(ctx.mentions[i - 1]) if c.possessive and c.key != partner.key
                      and kind_of(c) == want and (main is None or c.key != main.key)), None)
        if owner is not None and not any(c.key == main.key for c in ctx.mentions[i - 1] if main is not None):
            return owner
    for c in candidates(ctx.mentions[i]) if want == "city" else ():
        if c.key != partner.key and c.end <= partner.start and "with_object" not in c.flags and (re.match(
                r"\s+(?:[Cc]ouncill?or|[Mm]ayor|[Cc]ity\s+[Cc]ouncil|[Cc]ouncil|officials|residents|(?:city\s+)?staff)\b", ctx.text[c.end:c.end + 16]) or re.search(
                r"\b(?:[Cc]ouncill?or|[Mm]ayor|official|officials|residents)\s+(?:in|of|from)\s+$", ctx.text[max(0, c.start - 24):c.start])):
            # "Invercargill councillor X ... asking the city to end its agreement with Suqian", "A city councillor in
            # Richmond says the municipality's twinning with Xiamen ...", "Vancouver city staff are reviewing the city's ..."
            return c
    if i > 0 and re.match(r"[\s\"“]*[Tt]he\s+(?:[a-z\-]+\s+)?" + noun + r"\b", ctx.sents[i].text) and not ctx.sents[i - 1].is_heading:
        # "In Red Deer, Alberta, the number was twenty-five. The city and Kokubunji ...", "Lethbridge went one better.
        # The city's bond with Kasugai ...": a sentence that opens on "the city" goes on from the place the one
        # before opened on, on a page that tells of several
        prev = ctx.sents[i - 1]
        lead = re.match(r"\s*(?:(?:In|At|For|Over\s+in|Meanwhile\s+in)\s+)?", prev.text)
        first = next((c for c in candidates(ctx.mentions[i - 1]) if c.start == prev.start + lead.end()), None)
        if first is not None and first.key != partner.key and "with_object" not in first.flags and not first.possessive and \
                first.key not in ctx.tied_to and not STRONG.search(prev.text) and (first.evidence > 0 or first.country) and (
                kind_of(first) == want or want == "city" and guess_kind(first.name) == "city") and (main is None or first.key != main.key):
            return first
    if main is not None and main.key != partner.key and "with_object" not in main.flags and (
            kind_of(main) == want or any(kind_of(c) == want for ms in ctx.mentions
                                                 for c in ms if c.key == main.key)):
        return main     # in news "the city" is the city the story is about ("South Chungcheong Province")
    for j in range(i, max(-1, i - 4), -1):
        for c in reversed(candidates(ctx.mentions[j])):
            if c.key != partner.key and c.end <= ctx.sents[i].end and (kind_of(c) == want or (
                    want == "city" and guess_kind(c.name) == "city")):
                if (j == i and c.start >= partner.start) or "with_object" in c.flags:
                    continue    # a partner named earlier is not what "the city" stands for
                return c
    if want != "city":
        # "with the county, which already works with ...": the one county the story named, however far back
        units = {c.key: c for j in range(i - 4, -1, -1) if not ctx.sents[j].is_heading for c in candidates(ctx.mentions[j])
                 if kind_of(c) == want and c.key != partner.key and "with_object" not in c.flags and (c.country or c.evidence > 0)}
        if len(units) == 1:
            return next(iter(units.values()))
    main = ctx.main
    return main if main is not None and main.key != partner.key else None


def described(ctx: Ctx, i: int, lo: int, hi: int, noun: str, partner: Mention) -> Mention | None:
    """What "The Punjab capital" or "the Mexican city" at ``text[lo:hi]`` stands for: the referent of its
    noun, unless that lies in another country than the description says; then the place of that country
    the page was filed from or names most."""
    ref = referent(ctx, i, noun, partner)
    said = next((m.country for m in ctx.mentions[i] if m.kind == "demonym" and m.country and lo <= m.start and m.end <= hi), None)
    if said is None or ref is None or not ref.country or ref.country == said:
        return ref
    seen: dict[str, list[Mention]] = {}
    for ms in ctx.mentions:
        for c in ms:
            if c.kind == "place" and "dateline" in c.flags and c.country in (None, said) and c.key not in (partner.key, ref.key):
                return c    # "LAHORE: The Punjab capital ...", though the story names its Iranian partner more
            if c.kind == "place" and not c.locator and c.country == said and c.key != partner.key:
                seen.setdefault(c.key, []).append(c)
    return max(seen.values(), key=len)[0] if seen else ref


# "Moncton now has three twin cities", "Jeonju counts 11 sister cities": the owner of the partners counted
HAS_PARTNERS = re.compile(r"\s+(?:now\s+|also\s+|currently\s+)?(?:has|have|counts|boasts|maintains|keeps)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:sister|twin|partner|friendship)[\s-]+(?:cities|towns|provinces|regions|partners)\b")


def sentence_subject(ctx: Ctx, j: int, avoid: list[Mention]) -> Mention | None:
    """The place sentence ``j`` is about, for a list with no hub of its own in the next one: the
    story's place when it is named there, else the first place that is no partner and looks like one."""
    keys = {a.key for a in avoid}
    for c in candidates(ctx.mentions[j]):
        if c.possessive and c.key not in keys and OWNS_PLURAL.match(ctx.text, c.end):
            return c    # "Vladivostok is one of Tacoma's 13 sister cities.": the sentence speaks of Tacoma's partners
    own = [c for c in candidates(ctx.mentions[j]) if c.key not in keys and "with_object" not in c.flags]
    for c in own:
        if HAS_PARTNERS.match(ctx.text, c.end):
            return c    # "With Loudun, Moncton now has three twin cities.": the one that has them
    main = ctx.main
    if main is not None and main.key not in keys and any(c.key == main.key for c in own):
        return next(c for c in own if c.key == main.key)
    first = next(iter(candidates(ctx.mentions[j])), None)
    if main is not None and main.key not in keys and main.key in ctx.tied_to and any(
            c.key == main.key for c in candidates(ctx.mentions[j])) and not (
            first is not None and first.possessive and first.start - ctx.sents[j].start <= 3):
        return main     # "Ancona becomes the ninth city twinned with Sousse. Its other twin towns include ...": Sousse's
    for c in own:
        if c.evidence >= 1 or c.country or c.start - ctx.sents[j].start <= 3 and c.possessive or c.start - ctx.sents[j].start <= 3 and re.match(
                r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:has|have|had|is|was|signed|maintains|keeps|holds)\b", ctx.text[c.end:c.end + 24]):
            return c    # "Nerima's international ties include ...": the owner that opens the sentence
    return main if main is not None and main.key not in keys else None


def find_named(ctx: Ctx, name: str, code: str, at: int) -> Mention:
    """The document's own mention of a capital ("Washington DC") or a synthetic one."""
    k = lexicon.fold(name)
    for ms in ctx.mentions:
        for m in ms:
            if m.kind == "place" and lexicon.fold(m.name).startswith(k):
                return Mention(m.start, m.end, m.surface, m.name, "place", code, evidence=2)
    return synthetic(name, code, at)
