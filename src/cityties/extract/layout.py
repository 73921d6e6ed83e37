# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Ties told by the shape of a page rather than by a sentence: lists under a heading or a cue line,
tables as text, delegations "from Shenzhen's friendship cities", and the vote that follows a
resolution item in council minutes."""

from __future__ import annotations

import re

from .context import Ctx, candidates, chain_end, motion_lost
from .places import PREFIX, Mention
from .refer import named_council
from .rules import INTENT, Found, cue_type

FRAME = re.compile(r"\b(?<!number\s)(?<!circle\s)(?<!total\s)(?<!count\s)(?<!list\s)(?:from|of)\s+(?:(?:\d+|all|the|several|many)\s+(?:of\s+)?)?([A-Z][\w'’\-]+(?"
                   r":\s+[A-Z][\w'’\-]+)?)"
                   r"['’]s\s+(?:international\s+|foreign\s+)?(?:friendship|sister|twin|partner)[\s-]+(?:cities|towns)")
FRAME_MEMBER_BEFORE = re.compile(r"\b(?:from|in|of)\s+(?:the\s+)?(?:City\s+of\s+|city\s+of\s+)?$")
FRAME_MEMBER_AFTER = re.compile(r"\s+(?:City\s+Council|liaison\s+officer|delegation|delegate|representative)")
FRAME_ROLE = re.compile(r"\b(?:officer|head|chief|mayor|director|delegat\w+|representative|liaison|p"
                        r"rotocol)\b", re.I)


LIST_HEADING = re.compile(r"(?:(?:List|Overview|Directory)\s+of\s+(?:(?:the|our|its)\s+)?)?(?:[A-Z][\w'’\-]*\s+){0,4}"
                          r"(?:(?i:Sister|Twin|Friendship|Friendly\s+Exchange|Partner)\s+(?:(?:and|&)\s+(?i:Sister|Twin|Friendship|Partner)\s+)?"
                          r"(?i:Cities|Towns|Provinces|States|Regions|Municipalities|City|Town|Province|State|Region)|"
                          r"(?:Twinning|Town\s+twinning|Sister\s+city|Friendship)\s+(?i:links|arrangements|partners|partnerships|"
                          r"relationships|agreements))(?:\s+(?:in|of)\s+[A-Z][\w'’\- ]{1,40})?(?:\s+\([^)]{1,20}\))?:?")


# a page's links to other stories ("Te puede interesar:", "Leia também:"): never a list of partners
READ_ALSO = re.compile(r"\s*(?i:te\s+puede\s+interesar|lee\s+tambi[ée]n|leia\s+tamb[ée]m|veja\s+tamb[ée]m|saiba\s+mais|"
                       r"lire\s+aussi|[àa]\s+lire\s+aussi|related(?:\s+\w+)?|see\s+also|read\s+(?:more|also|next)|more\s+(?:news|stories|from\s+\w+)|"
                       r"most\s+read|m[aá]s\s+le[ií]d[ao]s|mais\s+lidas|tags?|etiquetas|"
                       # "Share this:", "You may also like": the page's furniture below the story
                       r"share(?:\s+this(?:\s+(?:article|story))?)?|compartilhe|partilhe|comparte|compartir|condividi|partager|"
                       r"follow\s+us|you\s+(?:may|might)\s+also\s+like|also\s+read|recommended|trending|popular|top\s+stories|latest\s+news)\s*:?\s*$")


def list_lines(ctx: Ctx) -> list[Found]:
    """A cue line ending in ":" and the lines under it: "Town Twinning arrangements include:" over
    lines "A and B, Country", or "Fresno currently has five sister cities:" over lines
    "Kochi, Japan (1965)" (the year in brackets dates the tie)."""
    out: list[Found] = []
    for i, s in enumerate(ctx.sents):
        typ = cue_type(s.text)
        heading = LIST_HEADING.fullmatch(s.text.strip()) or _cue_heading(ctx, i)
        if not typ and i > 0 and re.search(r":\s*(?:\[\d{1,3}\])*$", s.text) and len(s.text.split()) <= 8 and not READ_ALSO.match(s.text):
            typ = cue_type(ctx.sents[i - 1].text)   # "... the city's sister city relationships. They are:"
            if not typ and ctx.themed and re.search(r"\b(?i:partnerships|partners|links|ties|relationships|twinnings)\b", s.text):
                typ = cue_type(ctx.text[max(0, s.start - 1500):s.start])    # "Partnerships in Varaždin County include:" on a twinning page
        # "The state also maintains regional partnerships with" over bullet lines "– Normandy (France)"
        lead = re.search(r"\b(?:with|include|includes|are)$", s.text.rstrip()) and re.match(r"\n[ \t]*[–—\-•*·]\s", ctx.text[s.end:s.end + 4])
        if lead and not typ and ctx.themed and re.search(r"\b(?i:partnerships|partners|links|ties|relationships|twinnings)\b", s.text):
            typ = cue_type(ctx.text[max(0, s.start - 1500):s.start])
        if not typ or not (re.search(r":\s*(?:\[\d{1,3}\])*$", s.text) or heading or lead):    # "Erlangen is twinned with:[58]"
            continue
        own = candidates(ctx.mentions[i])
        hub = own[0] if len(own) == 1 else None
        if hub is None and not own:
            # "Padua is twinned with four cities ... / Twin cities / Nancy (France) – 1964": the place the
            # prose above the list speaks of, else the page's place ("Our Sister Cities" on the city's own page)
            hub = _owner_above(ctx, i) or named_council(ctx, within=300) or ctx.main
        prose = 0   # description sentences between entries ("Dunfermline — since 1993 / The ancient capital ...")
        for j in range(i + 1, min(i + 40, len(ctx.sents))):
            t = ctx.sents[j]
            words = len(t.text.split())
            cands = candidates(ctx.mentions[j])
            if j == len(ctx.sents) - 1 and not ctx.dates[j] and chain_end(cands[0], ctx.mentions[j], ctx.text) == cands[0].end \
                    if cands else False:
                break   # "- Provi" at the end of a cut-off page: a word cut short, no place
            if hub is not None and _entry_line(ctx, j) and cands[0].key != hub.key:
                prose = 0
                year = next((d for d in ctx.dates[j] if d.level in (1, 2)), None)
                out.append(Found(hub, cands[0], typ, "active", year.value if year else None, False, None,
                                 t.start, t.end, 0.7, "list"))
                continue
            if words > 16 or not cands:
                if hub is None or (words <= 4 and not cands and not ctx.dates[j] and not re.search(r"[.!?]$", t.text)) or prose >= 4:
                    break   # a new heading, or the list is over
                prose += 1
                continue
            if prose:
                prose += 1
                if prose > 4:
                    break
                continue
            if len(cands) >= 2 and cands[0].start - t.start <= 3 and re.search(r"\s(?:and|&|with|-|–|:)\s", ctx.text[cands[0].end:cands[1].start]) \
                    and not (words > 8 and t.text.rstrip().endswith(".")):    # "Medical and music exchanges have linked ..."
                # "• Perth – Aschaffenburg, Bavaria, Germany (since 1956)": the line's year dates the pair
                year = next((d for d in ctx.dates[j] if d.kind in ("year", "since", "my", "mdy", "dmy", "iso")
                             and d.start > cands[1].end), None)
                out.append(Found(cands[0], cands[1], typ, "active", year.value if year else None, False, None, t.start, t.end,
                                 0.7, "list_pair"))     # two names on a line: the gazetteer must know them as places
            elif hub is not None and cands[0].start - t.start <= 3 and cands[0].key != hub.key and \
                    not ctx.text.startswith(":", cands[0].end) and not t.text.rstrip().endswith(":") and (   # "Views: 3,482", "Media contact:": labels
                    len(cands) == 1 and (words <= 8 or not t.text.rstrip().endswith(".")) or words <= 6 or len(cands) >= 2 and _comma_chain(ctx.text, cands)):
                year = next((d for d in ctx.dates[j] if d.kind in ("year", "range", "since", "my", "mdy", "dmy", "iso")),
                            None)   # "Buffalo, New York (December 1962)"
                out.append(Found(hub, cands[0], typ, "active", (year.value if year.kind != "range" else year.value[:4])
                                 if year else None, False, None,
                                 t.start, t.end, 0.7, "list"))
            elif hub is not None and not out_of(ctx, j):
                prose += 1      # "Sarasota has seven sister cities in six countries." before the entries
            else:
                break
    return out


def _owner_above(ctx: Ctx, i: int) -> Mention | None:
    for k in range(i - 1, max(-1, i - 4), -1):
        if cue_type(ctx.sents[k].text) and not ctx.sents[k].is_heading and candidates(ctx.mentions[k]):
            first = candidates(ctx.mentions[k])[0]
            if first.start - ctx.sents[k].start <= 3 and re.match(
                    r"(?:['’]s)?\s+(?:\w+\s+)?(?:is|has|have|was|maintains|keeps|cultivates|counts)\b(?!\s+one\s+of\b)", ctx.text[first.end:first.end + 30]):
                # (never "Wielkopolska is one of Lower Saxony's oldest partner regions": a partner, not the owner)
                return first    # "Padua is twinned with four cities", "Erlangen cultivates close ties with ..."
    return None


def _cue_heading(ctx: Ctx, i: int) -> bool:
    """A short line that names a kind of tie and no place: "Friendship pacts", "Twinnings and friendship pacts"."""
    t = ctx.sents[i].text.strip()
    return len(t.split()) <= 6 and not re.search(r"[.!?;,]$", t) and cue_type(t) is not None and \
        not candidates(ctx.mentions[i]) and not re.search(r"[|:,]", t)   # never "Tags: twinning, Rosario"


def out_of(ctx: Ctx, j: int) -> bool:
    """Whether sentence ``j`` ends a list: a short heading-like line."""
    t = ctx.sents[j].text
    return len(t.split()) <= 4 and not re.search(r"[.!?]$", t)


ENTRY_LEAD = re.compile(r"\s*(?:[•·・*\-–—■□▪◆●○►▶]\s*|(?:1[89]|20)\d\d\s*[–\-—:]\s*|\d{1,2}[.)]\s+)")
# what may follow the place of an entry: its year, and a few words on the kind of tie ("– twinned since
# 1985", "— Friendship State since 1997", "), friendship agreement", "– pact of friendship signed in 2013")
_KIND = (r"(?:(?:[Dd]omestic|[Oo]fficial|[Ii]nternational)\s+)?(?:[Ss]ister|[Ff]riendship|[Tt]win|[Pp]artner|[Ff]riendly\s+[Ee]xchange)"
         r"(?:\s+(?:[Cc]ity|[Ss]tate|[Pp]rovince|[Tt]own|[Rr]egion|[Pp]refecture))?(?:\s+(?:agreement|affiliation|relationship|pact|charter|ties))?")
ENTRY_TAIL = re.compile(r"\s*(?:[—–\-:|,]\s*)?(?:\(\s*" + _KIND + r"\s*\)\s*|" + _KIND + r"(?:\s+|\s*$)|"     # "(Sister City)", "— Friendship State since 1997"
                        r"(?:twinned|paired|partnered)\s+|(?:[a-z]+\s+){1,5}?(?:signed\s+)?(?:in\s+)?)?"
                        r"(?:\(?\s*(?:since|desde|est\.?|from|seit|depuis)?\s*(?:[A-Z][a-z]+\.?\s+)?"
                        r"(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d\s*\)?)?(?:\s*[,–\-—]?\s*(?:[a-z]+\s+){0,4}[a-z]+)?\s*$")


def _entry_line(ctx: Ctx, j: int) -> bool:
    """A line that is one entry of a list: a place and where it lies, with at most its year
    ("Dunfermline, Scotland, United Kingdom — since 1993", "• Pontoise, Val-d'Oise, France")."""
    t = ctx.sents[j]
    # a line of its own, perhaps indented ("    Eskilstuna, Sweden (1961)")
    whole = re.search(r"(?:^|\n)[ \t]*$", ctx.text[max(0, t.start - 12):t.start]) is not None and (
        t.end >= len(ctx.text) or ctx.text[t.end] == "\n")
    cands = candidates(ctx.mentions[j])
    lead = ENTRY_LEAD.match(t.text)     # "• ", "- ", "1961 – "
    at = lead.end() if lead else 0
    if cands and "city_of" in cands[0].flags:
        unit = PREFIX.match(t.text[at:])    # "• City of Ryde, New South Wales, Australia (2018)"
        at += unit.end() if unit else 0
    if not whole or not cands or cands[0].start - t.start > max(3, at):
        return False
    end = chain_end(cands[0], ctx.mentions[j], ctx.text)
    if end == cands[0].end and not any(d.level <= 2 for d in ctx.dates[j]):
        return False    # "Related Links", "Inquiries": neither where it lies nor when
    # "1987 – Jena (Thuringia, then GDR)": whatever the brackets say of where it lies
    return ENTRY_TAIL.fullmatch(ctx.text, end, t.end) is not None or re.fullmatch(
        r"\s*\([^()]{1,40}\)\s*", ctx.text[end:t.end]) is not None and end == cands[0].end and ctx.text[end:t.end].strip()[:1] == "("


def _comma_chain(text: str, cands: list[Mention]) -> bool:
    """"Buffalo, New York, United States (1962)": one place and where it lies, not two partners."""
    return all(re.fullmatch(r"\s*,\s*", text[a.end:b.start]) for a, b in zip(cands, cands[1:], strict=False))


def _data_row(ctx: Ctx, i: int) -> bool:
    """A row of a table of partners: it names a country or gives a date, and rows stand next to it
    (not "Share: Facebook | X | WhatsApp" or an address line in the footer)."""
    def row(k: int) -> bool:
        return 0 <= k < len(ctx.sents) and len(CELL.findall(ctx.sents[k].text)) >= 2
    has_fact = any(m.kind in ("country", "demonym") for m in ctx.mentions[i]) or any(d.level <= 2 for d in ctx.dates[i])
    return has_fact and (row(i - 1) or row(i + 1))


CELL = re.compile(r"\|| *\t+ *")
STATUS_CELL = re.compile(r"(?:^|\||\t)\s*(?:Suspended|Frozen|On\s+hold|Ceased|Ended|Terminated|Dissolved|Lapsed|Inactive)\b", re.I)
# a table's header row: "Partner city | Country | Since", "Città	Paese	Anno", "Ciudad | País | Año"
HEADER = re.compile(r"\b(?:City|Cities|Town|Partner|Region|Città|Ciudad|Cidade|Ville|Comune|Municipio|Munic[íi]pio)\b"
                    r".*\b(?:Country|Paese|Pa[ií]s|Pays|Nation|Year|Anno|Año|Ano|Année|Since|Date)\b", re.I)


def table_rows(ctx: Ctx) -> list[Found]:
    """A table as text: "Miyazu | Japan | 1976 | Sister city" under "Partner city | Country | Since":
    the page's place is tied to each row's place, dated by the row's year."""
    out: list[Found] = []
    hub = ctx.main
    if hub is None:
        return out
    above: str | None = None     # the cue of the heading over the table ("Friendly Cities")
    told: tuple[str, int] | None = None   # the cue of the prose just before it ("Lucca è gemellata con cinque città")
    for i, s in enumerate(ctx.sents):
        cells = [c.strip() for c in CELL.split(s.text)]     # "a | b | c", or a spreadsheet's tabs
        if len(cells) < 3 or len(cells) > 8:
            above = cue_type(s.text) or (above if len(s.text.split()) <= 3 and not candidates(ctx.mentions[i]) else None)
            told = (cue_type(s.text), i) if cue_type(s.text) else told
            continue
        typ = cue_type(s.text)
        if typ is None and above is not None and _data_row(ctx, i):
            typ = above
        if typ is None and told is not None and i - told[1] <= 12 and _data_row(ctx, i) and any(
                HEADER.search(x.text) and len(CELL.findall(x.text)) >= 2 for x in ctx.sents[told[1] + 1:i]):
            typ = told[0]   # the rows under a header ("Città | Paese | Anno") the sentence before introduced
        lead = re.match(r"\s*(?:No\.?\s*)?\d{1,3}\.?(?:\s*\|\s*|\t+)", s.text)    # "1 | Shimonoseki | Japan | 1979-10-03"
        kind_cell = re.match(r"\s*([^|\t]{3,40}?)(?:\s*\|\s*|\t+)", s.text)   # "Sister City | Beppu City, Oita Prefecture | Japan | 1996. 4. 12."
        if not lead and kind_cell and cue_type(kind_cell.group(1)) and not any(
                m.start < s.start + kind_cell.end() for m in candidates(ctx.mentions[i])):
            lead = kind_cell
        if lead:
            cells = cells[1:]
        at = s.start + (lead.end() if lead else 0)
        cands = candidates(ctx.mentions[i])
        if not typ or not cands or cands[0].start > at + 2 or cands[0].key == hub.key:
            continue
        if len(cands[0].name) < len(cells[0]) - 12:
            continue    # the first cell is more than a place ("Home | Sister cities | Contact")
        year = next((d for d in ctx.dates[i] if d.kind in ("year", "since", "iso", "my", "mdy", "dmy")), None)
        status = STATUS_CELL.search(s.text)   # "| Ceased (2019) |", "| Suspended (Council resolution R88/22) |"
        stage = "active" if status is None else ("suspended" if status.group(0).strip("|\t ").lower().startswith(("susp", "frozen", "on hold"))
                                                   else "terminated")
        out.append(Found(hub, cands[0], typ, stage, year.value if year else None, False, None,
                         s.start, s.end, 0.7, "table"))
    return out


def partner_headings(ctx: Ctx) -> list[Found]:
    """A page with a heading per partner and the agreement on the line under it: "State of Hawaii (United States
    of America)" / "Sister-State Affiliation, concluded October 2003" / "Central Java Province (Republic of
    Indonesia)" / "Letter of Intent on Exchange and Cooperation, signed March 2023"."""
    out: list[Found] = []
    hub = ctx.main
    if hub is None:
        return out
    for j in range(len(ctx.sents) - 1):
        t, nxt = ctx.sents[j], ctx.sents[j + 1]
        cands = candidates(ctx.mentions[j])
        if not cands or cands[0].key == hub.key or not _entry_line(ctx, j):
            continue
        line = nxt.text.strip()
        if len(line.split()) > 14 or line.endswith(".") or ctx.text[t.end:nxt.start].count("\n") != 1:
            continue
        intent = INTENT.search(line) is not None
        typ = cue_type(line) or ("other" if intent or TYPE_LINE.match(line) else None)
        if typ is None:
            continue
        year = next((d for d in ctx.dates[j + 1] if d.level in (1, 2)), None)
        out.append(Found(hub, cands[0], typ, "intent" if intent else "active", year.value if year else None, False, None,
                         t.start, nxt.end, 0.7, "list"))
    return out


# "Agreement on Friendly Exchange, signed April 2011", "Memorandum on Friendship and Exchange, signed 2017"
TYPE_LINE = re.compile(r"(?:[A-Z][\w\-]*\s+){0,3}(?:Agreement|Memorandum|Affiliation|Accord|Charter|Protocol)\b[^.]{0,80}?"
                       r",\s+(?:signed|concluded|established)\b")


def frames(ctx: Ctx) -> list[Found]:
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


RESOLUTION_ITEM = re.compile(r"\s*(?:[\d\-–.]+\s+)?(?:Resolution|Ordinance|Motion|Item\s+[\d.]+:?)\b[^.]{0,40}?\b(?:approving|establishing|"
                             r"authori[sz]ing|endorsing|creating|for)\b", re.I)
OUTCOME = re.compile(r"\bto\s+(adopt|approve|pass|postpone|defer|table|refer|lay\s+over)\b.*?\bMotion\s+(carried|passed|failed|lost|defeated)\b",
                     re.I | re.S)


def minutes_outcome(ctx: Ctx, found: list[Found]) -> None:
    """Council minutes: "26-32 Resolution establishing a friendship city relationship with Jiaxing."
    ... "MOTION ... to postpone Resolution 26-32 ... Motion carried 7-4." The vote that follows the
    item sets its stage: adopted is approved, postponed or failed is still only contact."""
    for f in found:
        j = next((k for k, s in enumerate(ctx.sents) if s.start <= f.start < s.end), None)
        if j is not None and f.stage in ("suspended", "terminated") and motion_lost(ctx, j):
            f.stage, f.stage_date = "active", None     # "Moved ... that Council conclude its relationship with Suwon." "Council declined to support the motion."
            continue
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


PAST_HEADING = re.compile(r"(?:Past|Former|Previous|Ended|Inactive|Dissolved|Historic(?:al)?)\s+(?:[\w\-]+\s+){0,2}?(?i:relationships|"
                          r"partnerships|sister\s+cities|twin\s+towns|twinnings|links|partners|ties|agreements)")


def past_heading(ctx: Ctx, found: list[Found]) -> None:
    """A city page's "Past relationships" heading: the ties told under it have ended ("The friendship link
    with Honiara ... was concluded by resolution of Council in 2016")."""
    starts = [s.start for s in ctx.sents]
    for f in found:
        if f.stage in ("suspended", "terminated"):
            continue
        j = next((k for k in range(len(starts) - 1, -1, -1) if starts[k] <= f.start), None)
        # the nearest heading decides; a tie told by a heading ("Tullamore, Ireland") starts its own section
        for k in range(j if j is not None else -1, max(-1, (j or 0) - 6), -1):
            t = ctx.sents[k].text.strip()
            if len(t.split()) <= 5 and not re.search(r"[.!?;,]$", t) and not ENTRY_LEAD.match(t):
                if PAST_HEADING.fullmatch(t):
                    f.stage = "terminated"
                break
