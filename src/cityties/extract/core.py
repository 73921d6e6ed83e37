# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""One document in, the output contract of DESIGN.md out."""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon
from .claims import sentence_claims
from .dates import find_dates
from .extras import cooperation_areas, person_names, sentence_event, sentence_people
from .pairs import TAGS, Ctx, candidates, sentence_ties
from .places import Mention, find_mentions, guess_kind, place_key
from .rules import RELATION_CITY, STRONG, Found, FoundAlliance, cue_type
from .text import sentences

EXTRACTOR = "rules.v1"

FRAME = re.compile(r"\b(?:from|of)\s+(?:(?:\d+|all|the|several|many)\s+(?:of\s+)?)?([A-Z][\w'’\-]+(?"
                   r":\s+[A-Z][\w'’\-]+)?)"
                   r"['’]s\s+(?:international\s+|foreign\s+)?(?:friendship|sister|twin|partner)[\s-]+(?:cities|towns)")
FRAME_MEMBER_BEFORE = re.compile(r"\b(?:from|in|of)\s+(?:the\s+)?(?:City\s+of\s+|city\s+of\s+)?$")
FRAME_MEMBER_AFTER = re.compile(r"\s+(?:City\s+Council|liaison\s+officer|delegation|delegate|representative)")
FRAME_ROLE = re.compile(r"\b(?:officer|head|chief|mayor|director|delegat\w+|representative|liaison|p"
                        r"rotocol)\b", re.I)


def extract_document(doc, resolver=None) -> dict:
    text = doc.text or ""
    published = doc.published
    sents = sentences(text)
    persons = person_names(text)
    # a page's keywords ("Tags: Bukhara, Turkiye, twin cities") state nothing, not even a country
    mentions = [[] if TAGS.match(s.text) else find_mentions(text, s.start, s.end, persons) for s in sents]
    dates = [find_dates(text, s.start, s.end, published) for s in sents]
    _share_countries(mentions)
    themed = cue_type(text) is not None or RELATION_CITY.search(text) is not None
    main = _main_place(mentions)
    ctx = Ctx(text, published, sents, mentions, dates, main, themed)

    found: list[Found] = []
    alliances: list[FoundAlliance] = []
    for i in range(len(sents)):
        f, a = sentence_ties(ctx, i)
        found.extend(f)
        alliances.extend(a)
        for x in f:
            ctx.tied_to.setdefault(x.b.key, x.a)
            ctx.tied_to.setdefault(x.a.key, x.b)
    _minutes_outcome(ctx, found)
    _date_from_next(ctx, found)
    _date_from_elsewhere(ctx, found)
    found.extend(_list_lines(ctx))
    found.extend(_table_rows(ctx))
    found.extend(_frame(ctx))

    rp = _Resolver(resolver, mentions)
    rels = _merge(found, alliances, rp, text)
    out_alliances = [{"members": [rp.place(m) for m in a.members], "type": "alliance", "stage": a.stage,
                      "date": a.date, "evidence": text[a.start:a.end], "start": a.start, "end": a.end,
                      "confidence": a.confidence} for a in alliances]
    claims, events, people = [], [], []
    seen_claims = set()
    for i, s in enumerate(sents):
        nxt = sents[i + 1].text if i + 1 < len(sents) else ""
        for c in ([] if s.is_heading else sentence_claims(text, s.start, s.end, mentions[i], nxt)):
            if c["place"] is None:      # "the district's seventh sister city", "the county's first"
                c["place"] = _place_of_kind(mentions, main, c.pop("ref", "city"))
                if c["place"] is None:
                    continue
            key = (c["place"].key, c.get("count_partners"), c.get("count_new"))
            if key in seen_claims:
                continue
            seen_claims.add(key)
            c["place"] = rp.place(c["place"])
            c.update(evidence=s.text, start=s.start, end=s.end)
            claims.append(c)
        if STRONG.search(s.text) or any(m.kind == "place" for m in mentions[i]):
            ev = sentence_event(text, s.start, s.end, mentions[i], dates[i], rp.place)
            if ev and (cue_type(s.text) or re.search(r"sign|delegation|forum|conference", s.text, re.I)):
                events.append(ev)
            people.extend(sentence_people(text, s.start, s.end, mentions[i], rp.place))
    seen_people = set()
    people = [p for p in people if not (p["name"] in seen_people or seen_people.add(p["name"]))]
    return {"id": doc.id, "published": published, "extractor": EXTRACTOR, "relationships": rels,
            "alliances": out_alliances, "claims": claims, "events": events, "people": people}


# rules whose syntax itself says both ends are places ("the twinning between A and B", "A and B
# signed ...", "A and its sister city B"): a village the gazetteer lacks still counts there
PLACE_SYNTAX = {"this_and", "listed", "between", "lead", "become", "its", "list", "frame", "pairs", "apposed", "table", "the_two", "partner_is"}

TWO_REF = re.compile(r"\b(?:the\s+two\s+(?:cities|towns|sides|municipalities|provinces|counties|regions|"
                     r"prefectures|partners)|"
                     r"(?:the|their|this|that)\s+(?:[\w\-]+\s+){0,3}?(?:partnership|relationship|twinning|tie|ties|pact|charter|friendship)|"
                     r"they)\b", re.I)


def _date_from_next(ctx: Ctx, found: list[Found]) -> None:
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
        if d is not None:
            f.since, f.since_derived = d.value, d.derived


RESOLUTION_ITEM = re.compile(r"\s*(?:[\d\-–.]+\s+)?(?:Resolution|Ordinance|Motion|Item\s+[\d.]+:?)\b[^.]{0,40}?\b(?:approving|establishing|"
                             r"authori[sz]ing|endorsing|creating|for)\b", re.I)
OUTCOME = re.compile(r"\bto\s+(adopt|approve|pass|postpone|defer|table|refer|lay\s+over)\b.*?\bMotion\s+(carried|passed|failed|lost|defeated)\b",
                     re.I | re.S)


def _minutes_outcome(ctx: Ctx, found: list[Found]) -> None:
    """Council minutes: "26-32 Resolution establishing a friendship city relationship with Jiaxing."
    ... "MOTION ... to postpone Resolution 26-32 ... Motion carried 7-4." The vote that follows the
    item sets its stage: adopted is approved, postponed or failed is still only contact."""
    for f in found:
        j = next((k for k, s in enumerate(ctx.sents) if s.start <= f.start < s.end), None)
        if j is None or not RESOLUTION_ITEM.match(ctx.sents[j].text):
            continue
        after = " ".join(s.text for s in ctx.sents[j + 1:j + 5])
        m = OUTCOME.search(after)
        if m is None:
            continue
        verb, result = m.group(1).lower(), m.group(2).lower()
        if result in ("failed", "lost", "defeated") or verb not in ("adopt", "approve", "pass"):
            f.stage, f.since = "contact", None
        else:
            f.stage = "approved"


START_KINDS = ("since", "origin", "anniv", "years_of", "decades", "years_since")


_NOUN_KIND = {"city": "city", "town": "city", "municipality": "city", "district": "district", "county": "county",
              "province": "state_province", "prefecture": "state_province", "state": "state_province",
              "region": "state_province"}


def _place_of_kind(mentions: list[list[Mention]], main: Mention | None, noun: str) -> Mention | None:
    """What "the county" stands for: the main place if it is one, else the first county named."""
    want = _NOUN_KIND.get(noun, "city")
    if main is not None and (want == "city" or any(guess_kind(c.name) == want for ms in mentions
                                                    for c in ms if c.key == main.key)):
        return main
    for ms in mentions:
        for c in candidates(ms):
            if guess_kind(c.name) == want:
                return c
    return main


def _date_from_elsewhere(ctx: Ctx, found: list[Found]) -> None:
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
            named = {c.key for c in candidates(ctx.mentions[j])}
            if not (named & keys) or not named <= keys:
                continue
            d = next((x for x in ctx.dates[j] if x.kind in START_KINDS), None)
            if d is not None:
                f.since, f.since_derived = d.value, d.derived
                break


def _share_countries(mentions: list[list[Mention]]) -> None:
    """A country given to a place once in the document holds for all its mentions."""
    known: dict[str, str] = {}
    for ms in mentions:
        for m in ms:
            if m.kind == "place" and m.country:
                known.setdefault(m.key, m.country)
    for ms in mentions:
        for m in ms:
            if m.kind == "place" and not m.country and m.key in known:
                m.country = known[m.key]


def _main_place(mentions: list[list[Mention]]) -> Mention | None:
    count: Counter = Counter()
    first: dict[str, Mention] = {}
    for ms in mentions:
        for m in candidates(ms):
            count[m.key] += 1 + (m.evidence > 0)
            first.setdefault(m.key, m)
    if not count:
        return None
    return first[count.most_common(1)[0][0]]


# a short heading over a list: "Our Sister Cities", "Sister Cities (selected)", "Xiamen's Sister Cities"
LIST_HEADING = re.compile(r"(?:[A-Z][\w'’\-]*\s+){0,4}(?:(?:Sister|Twin|Friendship|Friendly\s+Exchange|Partner)\s+"
                          r"(?i:Cities|Towns|Provinces|States|Regions|Municipalities|City|Town|Province|State|Region)|"
                          r"(?:Twinning|Town\s+twinning|Sister\s+city|Friendship)\s+(?i:links|arrangements|partners|partnerships|"
                          r"relationships|agreements))(?:\s+(?:in|of)\s+[A-Z][\w'’\- ]{1,40})?(?:\s+\([^)]{1,20}\))?:?")


def _list_lines(ctx: Ctx) -> list[Found]:
    """A cue line ending in ":" and the lines under it: "Town Twinning arrangements include:" over
    lines "A and B, Country", or "Fresno currently has five sister cities:" over lines
    "Kochi, Japan (1965)" (the year in brackets dates the tie)."""
    out: list[Found] = []
    for i, s in enumerate(ctx.sents):
        typ = cue_type(s.text)
        heading = LIST_HEADING.fullmatch(s.text.strip())
        if not typ and i > 0 and s.text.rstrip().endswith(":") and len(s.text.split()) <= 8:
            typ = cue_type(ctx.sents[i - 1].text)   # "... the city's sister city relationships. They are:"
        if not typ or not (s.text.rstrip().endswith(":") or heading):
            continue
        own = candidates(ctx.mentions[i])
        hub = own[0] if len(own) == 1 else None
        if hub is None and not own:
            hub = ctx.main      # "Our Sister Cities", "Sister Cities (selected)", "They are:" on the city's own page
        for j in range(i + 1, min(i + 40, len(ctx.sents))):
            t = ctx.sents[j]
            words = len(t.text.split())
            cands = candidates(ctx.mentions[j])
            if words > 16 or not cands:
                break
            if len(cands) >= 2 and re.search(r"\s(?:and|&|with|-|–)\s", ctx.text[cands[0].end:cands[1].start]):
                out.append(Found(cands[0], cands[1], typ, "active", None, False, None, t.start, t.end, 0.7,
                                 "list"))
            elif hub is not None and cands[0].start - t.start <= 3 and cands[0].key != hub.key and (
                    len(cands) == 1 or words <= 6):
                year = next((d for d in ctx.dates[j] if d.kind in ("year", "range", "since")), None)
                out.append(Found(hub, cands[0], typ, "active", year.value[:4] if year else None, False, None,
                                 t.start, t.end, 0.7, "list"))
            else:
                break
    return out


def _table_rows(ctx: Ctx) -> list[Found]:
    """A table as text: "Miyazu | Japan | 1976 | Sister city" under "Partner city | Country | Since":
    the page's place is tied to each row's place, dated by the row's year."""
    out: list[Found] = []
    hub = ctx.main
    if hub is None:
        return out
    for i, s in enumerate(ctx.sents):
        cells = [c.strip() for c in s.text.split("|")]
        if len(cells) < 3 or len(cells) > 8:
            continue
        typ = cue_type(s.text)
        cands = candidates(ctx.mentions[i])
        if not typ or not cands or cands[0].start > s.start + 2 or cands[0].key == hub.key:
            continue
        if len(cands[0].name) < len(cells[0]) - 12:
            continue    # the first cell is more than a place ("Home | Sister cities | Contact")
        year = next((d for d in ctx.dates[i] if d.kind in ("year", "since")), None)
        out.append(Found(hub, cands[0], typ, "active", year.value[:4] if year else None, False, None,
                         s.start, s.end, 0.7, "table"))
    return out


def _frame(ctx: Ctx) -> list[Found]:
    """A delegation "from 16 of Shenzhen's friendship cities": its members, introduced later, are partners."""
    out: list[Found] = []
    hub: Mention | None = None
    for i, s in enumerate(ctx.sents):
        m = FRAME.search(s.text)
        if m and hub is None:
            name = m.group(1)
            last = name.split()[-1]
            hub = next((x for x in ctx.mentions[i] if x.kind == "place" and x.name.startswith(last)), None)
            continue
        if hub is None or not FRAME_ROLE.search(s.text) or cue_type(s.text):
            continue
        for x in candidates(ctx.mentions[i]):
            if x.key == hub.key or (x.country == hub.country and hub.country) or x.evidence <= 0:
                continue
            before = ctx.text[max(s.start, x.start - 25):x.start]
            if FRAME_MEMBER_BEFORE.search(before) or FRAME_MEMBER_AFTER.match(ctx.text, x.end) or (
                    "body" in x.flags and re.search(r"\bfrom\s+(?:the\s+)?$", before)):
                out.append(Found(hub, x, "friendship", "active", None, False, None, s.start, s.end, 0.6,
                                 "frame"))
    return out


class _Resolver:
    """Turns mentions into PLACE dicts, asking the gazetteer (when there is one) for ids and countries."""

    def __init__(self, resolver, mentions):
        self.resolver = resolver
        self.cache: dict[tuple[str, str | None], object] = {}
        self.known: dict[str, bool] = {}
        # the countries the text itself names (countries, demonyms, countries given to places)
        self.doc_countries = {m.country for ms in mentions for m in ms if m.country}
        # what the whole text says of each name: "South Chungcheong Province" once makes every
        # "South Chungcheong" a place
        self.doc_evidence: dict[str, int] = {}
        for ms in mentions:
            for m in ms:
                if m.kind == "place":
                    ev = 3 if m.country else m.evidence
                    self.doc_evidence[m.key] = max(ev, self.doc_evidence.get(m.key, 0))

    def plausible(self, m: Mention) -> bool:
        """Whether ``m`` can be a place: the text says so ("the city of X", "X District", "X, Japan"),
        or, when there is a gazetteer, some place in the world bears that name. Capitalised words
        that name no place ("Hanseatic", "Cold War", "Councillors") are never partners."""
        if self.resolver is None or m.kind != "place" or m.country or m.evidence >= 2 or \
                self.doc_evidence.get(m.key, 0) >= 2:
            return True
        key = m.key
        if key not in self.known:
            self.known[key] = self._named_anywhere(m)
        return self.known[key]

    def _named_anywhere(self, m: Mention) -> bool:
        scored = getattr(self.resolver, "scored", None)
        if scored is not None:
            try:
                return bool(scored(m.name) or (m.key != m.name.lower() and scored(m.key)))
            except Exception:
                return True
        try:
            return any(place_key(p.name) == m.key for p in self.resolver.resolve(m.name) or [])
        except Exception:
            return True

    def _lookup(self, m: Mention):
        key = (m.name, m.country)
        if key not in self.cache:
            hit = None
            try:
                res = self.resolver.resolve(m.name, country=m.country)
                hit = self._supported(m, list(res or []))
            except Exception:
                hit = None
            self.cache[key] = hit
        return self.cache[key]

    def _supported(self, m: Mention, res: list):
        """The gazetteer's place for ``m`` only when the text supports it.

        The hit must bear the mention's own name (the gazetteer never renames or shortens a place),
        and without a country in the text it must be the one place of that name that matters: its
        country is named in the document, or it is far larger than any namesake elsewhere.
        """
        key = m.key
        same = [p for p in res if place_key(p.name) == key and p.kind != "country"]
        if m.country:   # the text gave the country: an alias in that country is fine ("Canton, China")
            return next((p for p in same + res if p.country == m.country and p.kind != "country"), None)
        if not same:
            return None
        local = [p for p in same if p.country in self.doc_countries]
        if local:
            return local[0]
        top = same[0]
        pop = getattr(top, "population", 0) or 0
        rival = max(((getattr(p, "population", 0) or 0) for p in same[1:] if p.country != top.country),
                    default=0)
        return top if pop >= 50000 and pop >= 5 * rival else None

    def place(self, m: Mention) -> dict:
        if m.kind == "country":
            return {"name": m.name, "country": m.country, "kind": "country"}
        name, kind = m.name, guess_kind(m.name)
        if name.endswith(" Ward") and len(name) > 5:    # "Sumida Ward" is Tokyo's Sumida-ku: a district
            name, kind = name[:-5], "district"
        out = {"name": name, "country": m.country, "kind": kind}
        if self.resolver is not None:
            hit = self._lookup(m)
            if hit is not None and (m.country or getattr(hit, "population", 0) >= 50000):
                out["country"] = m.country or hit.country
                out["kind"] = hit.kind if hit.kind != "country" else out["kind"]
                out["place_id"] = f"geonames:{hit.id}"
        elif not m.country and lexicon.fold(m.name) in lexicon.states():
            out["kind"] = "state_province"
        return out


_PIPE_ORDER = {"contact": 0, "intent": 1, "approved": 2}


def _is_title(evidence: str) -> bool:
    """A headline or list line: no sentence punctuation at its end."""
    return not re.search(r"[.!?;:\"”'’)]\s*$", evidence)


def _merge(found: list[Found], alliances: list[FoundAlliance], rp: _Resolver, text: str) -> list[dict]:
    by_pair: dict[frozenset, dict] = {}
    keys: dict[frozenset, tuple[str, str]] = {}
    order = []
    for f in found:
        pair = frozenset((f.a.key, f.b.key))
        if len(pair) < 2 or (f.rule not in PLACE_SYNTAX and not (rp.plausible(f.a) and rp.plausible(f.b))):
            continue
        if pair not in by_pair:
            rel = {"a": rp.place(f.a), "b": rp.place(f.b), "type": f.type, "stage": f.stage, "since": f.since,
                   "evidence": text[f.start:f.end], "start": f.start, "end": f.end,
                   "confidence": f.confidence,
                   "rule": f.rule, "cooperation_areas": cooperation_areas(text[f.start:f.end])}
            if f.since is not None:
                rel["since_derived"] = f.since_derived
            if f.stage_date:
                rel["stage_date"] = f.stage_date
            by_pair[pair] = rel
            keys[pair] = (f.a.key, f.b.key)
            order.append(pair)
        else:
            rel = by_pair[pair]
            if _is_title(rel["evidence"]) and not _is_title(text[f.start:f.end]):
                # a headline's verb is loose ("take first step towards ties"); the sentence that
                # tells the news sets the stage
                rel["stage"] = f.stage
                rel.update(evidence=text[f.start:f.end], start=f.start, end=f.end)
                if f.since is not None and f.stage != "contact":
                    rel["since"], rel["since_derived"] = f.since, f.since_derived
            if f.stage in _PIPE_ORDER and rel["stage"] in _PIPE_ORDER and \
                    _PIPE_ORDER[f.stage] > _PIPE_ORDER[rel["stage"]]:
                # "is eager to become a sister city of B" and "has signed an MOU with B": the
                # furthest step the article reports
                rel["stage"] = f.stage
            if f.stage in ("suspended", "terminated") and rel["stage"] not in ("suspended", "terminated"):
                # "A ends its link with B" in the headline, "the council voted to end ..." below: the
                # end of a tie is news wherever it is stated
                rel["stage"] = f.stage
                if f.stage_date:
                    rel["stage_date"] = f.stage_date
            if rel["since"] is None and f.since is not None and f.stage not in ("contact",) and \
                    rel["stage"] not in ("contact",):
                rel["since"], rel["since_derived"] = f.since, f.since_derived
            for side, key in zip(("a", "b"), keys[pair], strict=True):
                if not rel[side].get("country"):
                    m = f.a if f.a.key == key else f.b
                    if m.country:
                        rel[side]["country"] = m.country
            if rel["type"] in ("other", "partnership") and f.type not in ("other", "partnership"):
                rel["type"] = f.type
            rel["confidence"] = min(0.99, rel["confidence"] + 0.05)
    return [by_pair[p] for p in order]
