# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""One document in, the output contract of DESIGN.md out."""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon
from .claims import sentence_claims
from .context import Ctx, candidates
from .dates import find_dates, implied_year
from .dating import (
    date_from_body,
    date_from_elsewhere,
    date_from_entry,
    date_from_first,
    date_from_next,
    date_from_same_year,
    date_from_tenure,
)
from .extras import cooperation_areas, person_names, sentence_event, sentence_people
from .layout import frames, list_lines, minutes_outcome, partner_headings, past_heading, table_rows
from .pairs import sentence_ties
from .phrases import EVENT, TAGS
from .places import PREFIX, Mention, find_mentions, guess_kind
from .resolving import PlaceResolver, domain_country, url_host
from .rules import RELATION_CITY, STRONG, Found, FoundAlliance, cue_type, refine_stage
from .spread import continued
from .status import status_from_elsewhere
from .text import is_title, sentences

EXTRACTOR = "rules.v1"

def extract_document(doc, resolver=None) -> dict:
    text = doc.text or ""
    published = doc.published
    sents = sentences(text)
    persons = person_names(text)
    # a page's keywords ("Tags: Bukhara, Turkiye, twin cities") state nothing, not even a country
    mentions = [[] if TAGS.match(s.text) else find_mentions(text, s.start, s.end, persons) for s in sents]
    if not published:   # an undated page whose anniversaries agree on its year (given as the year alone)
        published = implied_year(text, [(s.start, s.end) for s in sents])
    dates = [find_dates(text, s.start, s.end, published) for s in sents]
    _share_countries(mentions, text)
    _short_names(mentions)
    _places_not_speakers(mentions)
    _units(text, mentions)
    themed = cue_type(text) is not None or RELATION_CITY.search(text) is not None
    hosts = themed and _event_partners(sents)
    # "The decision leaves Hamilton with four sister cities": whose totals the page gives is the page's place
    counted = [[] if s.is_heading else sentence_claims(text, s.start, s.end, mentions[i], sents[i + 1].text if i + 1 < len(sents) else "")
               for i, s in enumerate(sents)]
    main = _main_place(mentions, text, getattr(doc, "url", None), [c["place"] for cs in counted for c in cs if c["place"] is not None])
    ctx = Ctx(text, published, sents, mentions, dates, main, themed and not hosts, event_hosts=hosts)

    found: list[Found] = []
    alliances: list[FoundAlliance] = []
    for i in range(len(sents)):
        f, a = sentence_ties(ctx, i)
        found.extend(f)
        alliances.extend(a)
        for x in f:
            ctx.tied_to.setdefault(x.b.key, x.a)
            ctx.tied_to.setdefault(x.a.key, x.b)
    found.extend(continued(ctx, found))
    minutes_outcome(ctx, found)
    date_from_next(ctx, found)
    date_from_body(ctx, found)
    date_from_first(ctx, found)
    date_from_elsewhere(ctx, found)
    date_from_tenure(ctx, found)
    date_from_same_year(ctx, found)
    found.extend(list_lines(ctx))
    found.extend(table_rows(ctx))
    found.extend(partner_headings(ctx))
    date_from_entry(ctx, found)
    date_from_elsewhere(ctx, [f for f in found if f.rule in ("list", "list_pair", "table")], entries=True)
    found.extend(frames(ctx))
    status_from_elsewhere(ctx, found)
    past_heading(ctx, found)

    rp = PlaceResolver(resolver, mentions, url=getattr(doc, "url", None), main=main)
    rels = _merge(found, alliances, rp, text, published)
    alliances = _distinct_alliances(alliances)
    out_alliances = [{"members": [rp.place(m) for m in a.members], "type": "alliance", "stage": a.stage,
                      "date": a.date, "evidence": text[a.start:a.end], "start": a.start, "end": a.end,
                      "confidence": a.confidence} for a in alliances]
    claims, events, people = [], [], []
    seen_claims = set()
    for i, s in enumerate(sents):
        for c in counted[i]:
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


# "confirmed the Gold Coast as a partner city for the Olympic Games", "one of three partner cities outside
# the capital": on a page about an event, "partner city" names a host


_UNIT_TAIL = re.compile(r"(?:\s+(?:special|self-governing|self|governing|autonomous|metropolitan|province|prefecture|city|county|district|"
                        r"municipality|region|oblast|krai|state|municipal|corporation|council))+", re.I)


def _same_country(a: Mention, b: Mention) -> bool:
    ca = a.country or (lexicon.known_places().get(lexicon.fold(a.name)) or (None,))[0]
    cb = b.country or (lexicon.known_places().get(lexicon.fold(b.name)) or (None,))[0]
    return ca is not None and ca == cb


def _one_place(a: Mention, b: Mention) -> bool:
    """"Jeju" and "Jeju Special Self-Governing Province", "Busan" and "Busan Metropolitan City": one place named twice."""
    if a.ns != b.ns:
        return False
    short, long_ = sorted((a.name, b.name), key=len)
    return long_.startswith(short + " ") and _UNIT_TAIL.fullmatch(long_[len(short):]) is not None


def _distinct_alliances(alliances: list[FoundAlliance]) -> list[FoundAlliance]:
    """One alliance told twice ("Foz, Ciudad del Este and Puerto Iguazú" in the headline, the full names in the
    body) is one: a member list whose every name lies inside another list's names is dropped."""
    def inside(x: FoundAlliance, y: FoundAlliance) -> bool:
        return x is not y and len(x.members) == len(y.members) and all(
            any(lexicon.fold(m.name) in lexicon.fold(n.name) for n in y.members) for m in x.members)
    return [a for k, a in enumerate(alliances)
            if not any(inside(a, b) and (len("".join(m.name for m in b.members)) > len("".join(m.name for m in a.members)) or j < k)
                       for j, b in enumerate(alliances))]


def _event_partners(sents) -> bool:
    cues = {cue_type(s.text) for s in sents} - {None}
    # (never the "Read also: Lublin at the Expo Real fair in Munich" link below the story)
    return cues == {"partnership"} and any(EVENT.search(s.text) and (len(s.text) >= 80 or cue_type(s.text)) for s in sents)


# rules whose syntax itself says both ends are places ("the twinning between A and B", "A and B
# signed ...", "A and its sister city B"): a village the gazetteer lacks still counts there
PLACE_SYNTAX = {"this_and", "listed", "designated", "between", "lead", "become", "its", "list", "frame", "pairs", "apposed", "table", "the_two", "partner_is"}

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


def _share_countries(mentions: list[list[Mention]], text: str = "") -> None:
    """A country given to a place once in the document holds for all its mentions."""
    known: dict[str, str] = {}
    namesakes: set[str] = set()
    given: dict[str, set[str]] = {}
    named = Counter(m.key for ms in mentions for m in ms if m.kind == "place")
    for ms in mentions:
        places = [m for m in ms if m.kind == "place"]
        for m in places:
            if m.country:
                known.setdefault(m.key, m.country)
                # "the relationship with Pernambuco, Sichuan has established ...": the place the page is
                # about is no locator, so it does not make a namesake of Pernambuco
                if not any(n.locator and 0 < n.start - m.end <= 3 and named[n.key] >= 3 for n in places):
                    given.setdefault(m.key, set()).add(m.country)
                if any(n.key == m.key and not n.country for n in places):
                    namesakes.add(m.key)    # "the council of Oviedo ... with the city of Oviedo, Florida"
    for k in namesakes | {k for k, cs in given.items() if len(cs) >= 2}:
        if len(given.get(k, ())) < 2:
            known.pop(k, None)
        else:   # "Toledo, Ohio, and Toledo, Spain, became sister cities": both named, the story's is the first not "from" afar
            same = [m for ms in mentions for m in ms if m.kind == "place" and m.key == k]
            home = [m for m in same if m.country and not (
                text and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start]))]
            bare = [m for m in same if not m.country]
            home = [m for m in home if "dateline" in m.flags] or home
            if home and ("dateline" in home[0].flags or not (bare and bare[0].start < home[0].start)):
                known[k] = home[0].country
            else:   # "Mérida and Mérida: ... mayor of Mérida in Spain": the bare name is the story's own, whichever
                known.pop(k, None)
            for m in same:  # the two namesakes are two places: each keeps its own key
                c = m.country = m.country or known.get(k)
                m.ns = "|" + c if c else ""
                if not c:   # the story's own, left bare: the resolver weighs the whole page
                    m.flags.add("namesake")
    for ms in mentions:
        for m in ms:
            if m.kind == "place" and not m.country and m.key in known:
                m.country = known[m.key]


_UNIT_BEFORE = re.compile(r"\b(province|state|prefecture|county|district|region|ward)\s+of\s+$", re.I)
_UNIT_KIND = {"province": "state_province", "state": "state_province", "prefecture": "state_province",
              "region": "state_province", "county": "county", "district": "district", "ward": "district"}
# "the Bohol provincial government", "Toyama Prefectural Government": the adjective after the name
_UNIT_AFTER = re.compile(r"\s+(provincial|prefectural)\s+(?:government|board|capitol|assembly|governor|office|officials)\b", re.I)
_ADJ_KIND = {"provincial": "state_province", "prefectural": "state_province"}


def _units(text: str, mentions: list[list[Mention]]) -> None:
    """"The southern province of Binh Duong": the text says what kind of unit a place is, for every
    mention of it (so that "the province" later finds it)."""
    kinds: dict[str, str] = {}
    for ms in mentions:
        for m in ms:
            u = _UNIT_BEFORE.search(text, max(0, m.start - 16), m.start) if m.kind == "place" else None
            if u:
                kinds.setdefault(m.key, _UNIT_KIND[u.group(1).lower()])
            elif m.kind == "place" and (a := _UNIT_AFTER.match(text, m.end)):
                kinds.setdefault(m.key, _ADJ_KIND[a.group(1).lower()])
    for ms in mentions:
        for m in ms:
            if m.kind == "place" and m.key in kinds:
                m.flags.add("unit:" + kinds[m.key])


def _short_names(mentions: list[list[Mention]]) -> None:
    """"Bridport and Saint-Vaast celebrate ... its twinning with Saint-Vaast-la-Hougue": a name the page also
    gives in full is that place, when the short one is no town of its own."""
    names = {m.key: m.name for ms in mentions for m in ms if m.kind == "place" and not m.ns}
    longer = {}
    for k, short in names.items():
        if len(k) >= 5 and k not in lexicon.known_places():
            # only the hyphenated tail of the same name ("Saint-Vaast-la-Hougue"), never "Haeundae Beach"
            full = [x for x, n in names.items() if x.startswith(k + " ") and n.startswith(short + "-") and re.match(
                r"-(?:la|le|les|lès|sur|sous|en|de|du|des|aux|am|an|im|in|ob|bei)-", n[len(short):]) and len(x.split()) <= len(k.split()) + 3]
            if len(full) == 1:
                longer[k] = names[full[0]]
    for ms in mentions:
        for m in ms:
            if m.kind == "place" and not m.ns and m.key in longer:
                m.name = longer[m.key]


def _places_not_speakers(mentions: list[list[Mention]]) -> None:
    """"County officials said Anji was in talks ...": a name read as a speaker only because of
    "said" is a place when the text names it as a place elsewhere ("Anji county")."""
    places = {m.key for ms in mentions for m in ms if m.kind == "place"}
    for ms in mentions:
        for m in ms:
            if m.kind == "person" and "said" in m.flags and m.key in places:
                m.kind = "place"


def _main_place(mentions: list[list[Mention]], text: str = "", url: str | None = None,
                counted: list[Mention] = ()) -> Mention | None:
    count: Counter = Counter()
    homey: set[str] = set()     # what the page treats as home: its council acts, its ties and totals are given
    for m in counted:
        count[m.key] += 2
        homey.add(m.key)
    # "www.timaru.govt.nz", "www.durangoherald.com": a site named after its place
    labels = [x for x in url_host(url).split(".")[:-1] if len(x) >= 4]
    # "punjabpost.pk/lahore/2019/...", "marinaaltapost.com/xabia/...": a local site's section for its town
    sections = [re.sub(r"[\-_]", "", x) for x in re.sub(r"^[a-z]+://[^/]+/?", "", (url or "").lower()).split("/")[:2] if x and not x[0].isdigit()]
    first_line = text.find("\n") if "\n" in text else 0
    first: dict[str, Mention] = {}
    home: dict[str, Mention] = {}
    site: set[str] = set()
    section: set[str] = set()
    long_lines = [x.span() for x in re.finditer(r"(?m)^[^\n]{111,}$", text)]
    body = long_lines[0][0] if long_lines else 0
    tail = long_lines[-1][1] if long_lines else len(text)    # "Related: Narva council debates ...": links below the story
    cc = domain_country(url)
    placed: set[str] = set()
    for ms in mentions:
        for m in ms:
            if m.kind != "place" or (m.locator and "dateline" not in m.flags):
                continue
            if "placed" in m.flags and "dateline" not in m.flags and m.country != cc:
                placed.add(m.key)   # "Iringa, Tanzania", "the Russian city of Pskov": a reporter places the partner abroad
            # where the story was filed ("SUWON, Gyeonggi Province --") is the story's place more often than not;
            # visitors come from elsewhere ("a 14-member delegation from Kawasaki has spent the past week in Wollongong")
            filed = "dateline" in m.flags and not m.locator or _first_of_dateline(m, ms)
            count[m.key] += 1 + (m.evidence > 0) + 2 * filed
            if filed and DATELINE_HOME.match(text, m.end):
                homey.add(m.key)    # "TARTU — The city government on Tuesday terminated ...": the home acts
            if m.start < body and _menu_line(text, m) and not filed:
                count[m.key] -= 1   # "GUANGXI", "Cities of Guangxi": a menu's words above the story count less
            own = m.country or (lexicon.known_places().get(lexicon.fold(m.name)) or (None,))[0]
            if cc is not None and own == cc:
                count[m.key] += 1   # "taranakinews.co.nz": a local site's story is about its own country's town
            if m.possessive and OWN_TIES.match(text, m.end):
                count[m.key] += 2   # "Hamilton's decade-old relationship with ...", "Lawrence's next sister city"
                homey.add(m.key)
            if NEWSPAPER.match(text, m.end) or PAPER_NAME.search(m.name):
                count[m.key] -= 1   # "Illawarra Mercury", "The Mayo Courier": the paper's region, not the story's place
                continue
            if VISITORS_FROM.search(text, max(0, m.start - 60), m.start):
                count[m.key] -= 2
            elif not m.possessive and re.search(r"\bfrom\s+$", text[max(0, m.start - 6):m.start]):
                count[m.key] -= 1   # "on loan from Toledo, Spain", "an artisan from Toledo, Spain": elsewhere
            elif HOME_VENUE.match(text, m.end):
                # "Wollongong Town Hall", "Wollongong Art Gallery": the home's venues; "Prince George city council has
                # formally ended ...": the council that acts is the home's
                council = re.match(r"(?i:\s+(?:city\s+|town\s+)?council)\b", text[m.end:m.end + 20])
                count[m.key] += 2 if council else 1
                if council and m.start < tail:
                    homey.add(m.key)
            if m.start < first_line and ("city_of" in m.flags or SITE_OWNER.match(text, m.end) or PREFIX.fullmatch(text, 0, m.start)):
                count[m.key] += 2   # the site's name on its first line: "Município de Silves", "Nelson Sister Cities Inc."
                homey.add(m.key)
            squashed = re.sub(r"[\s\-'’.]", "", m.key)
            german = re.sub(r"[\s\-'’.]", "", _GERMAN.sub(lambda u: _GERMAN_ASCII[u.group()], m.name.lower()))
            if german != m.name.lower() and any(x.startswith(german) for x in labels):
                squashed = german   # "Göttingen" on "goettingen.de"
            if len(squashed) >= 4 and squashed in sections:
                section.add(m.key)
            if len(squashed) >= 4 and any(x.startswith(squashed) for x in labels):
                count[m.key] += 1
                if squashed in labels:
                    site.add(m.key)
                    if m.evidence > 0:
                        homey.add(m.key)     # the whole host label: a place's own site, not a paper named after its county
            if not m.locator or "dateline" in m.flags:     # "NAGPUR: ...": a place named only where the story was filed
                first.setdefault(m.key, m)
                if not VISITORS_FROM.search(text, max(0, m.start - 60), m.start) and not re.search(
                        r"\bfrom\s+$", text[max(0, m.start - 6):m.start]):
                    home.setdefault(m.key, m)   # "on loan from Toledo, Spain": a namesake abroad, not the story's Toledo
    for key in site:
        # "www.osmangazi.bel.tr": the site's own place, however often the partner is named; a town more than a
        # paper named after its county ("cumbriacrier.co.uk")
        count[key] += 3 + 2 * (key in lexicon.known_places())
    for key in section:
        count[key] += 3
    for key in placed:
        count[key] -= 2
    head = _headline_subject(mentions, text)
    if head is not None:
        count[head] += 2    # "Marrakech forges friendly ties with Isfahan": the headline's subject
    ranked = [(key, n) for key, n in count.most_common() if key in first]
    if ranked and ranked[0][0] in placed:
        # "... suspend the relationship with Nakhodka, Russia": the page places its partner abroad, never itself,
        # however often it names the partner; a place it names with weight and does not place is its own
        ranked = [x for x in ranked if x[0] not in placed and x[0] in homey and x[1] >= PLACED_RIVAL] + ranked
    return home.get(ranked[0][0], first[ranked[0][0]]) if ranked else None


PLACED_RIVAL = 3
DATELINE_HOME = re.compile(r"[^\n]{0,40}?(?:\s[-–—]+|:|\.-|\.?\n)\s*(?:(?i:the)\s+)?(?i:city|town|municipal|council|county|district|provincial|prefectural|"
                           r"metropolitan|mayor|local)\b")
_GERMAN = re.compile("[äöüß]")
_GERMAN_ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
OWN_TIES = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:(?:relationship|ties|tie|partnership|twinning|friendship|link|bond|agreement|pact)\s+(?:with|to)\b|"
                      r"(?:sister|twin|partner|friendship)[\s\-](?:city|cities|town|towns|province|provinces|relationship)\b)")
PAPER_NAME = re.compile(r"\s(?:Hoy|Today|News|Diario|Noticias|Notícias|Online|Times|Herald|Post|Tribune|Gazette|Chronicle|Courier|"
                        r"Journal|Observer|Crier|Mail|Express|Echo|Voice|Independent)$")
NEWSPAPER = re.compile(r"\s+(?:Daily\s+)?(?i:Times|Herald|Mercury|Post|Tribune|Gazette|Ledger|Chronicle|Courier|Observer|Journal|Examiner|"
                       r"Sentinel|Advertiser|Bulletin|Dispatch|Standard|Star|Telegraph|Express|Record)\b")
SITE_OWNER = re.compile(r"\s+(?:Sister\s+Cit(?:y|ies)|Twinning|Town\s+Twinning)\s+(?:Inc\.?|Association|Committee|Society|Commission|"
                        r"Program(?:me)?|Foundation|Trust)\b")
VISITORS_FROM = re.compile(r"\b(?:delegation|delegates|visitors|guests|officials|students|party|group|mission)\s+(?:led\s+by\s+[^,]{1,40}\s+)?"
                           r"from\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?$|"
                           # "Une cinquantaine d'habitants de Konz ... ont passé le week-end à Quimperlé"
                           r"\b(?:délégation|habitants|visiteurs|delegación|delegação|visitantes|delegazione)\s+(?:[\w\-]+\s+){0,2}?(?:de|d['’]|du|da|do)\s*$")


HOME_VENUE = re.compile(r"\s+(?:Town\s+Hall|City\s+Hall|Civic\s+(?:Centre|Center)|Art\s+Gallery|Central\s+Library|Library|"
                        r"City\s+Council|Town\s+Council|Council\s+Chambers?|town\s+hall|city\s+hall|city\s+council|town\s+council|"
                        r"council)\b")


def _menu_line(text: str, m: Mention) -> bool:
    """Whether ``m`` stands on a line of three words or fewer, or in a "|"-separated bar: a menu, not a headline."""
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.end)
    line = text[ls:le if le >= 0 else len(text)].strip()
    return len(line.split()) <= 3 or line.count("|") >= 2


def _headline_subject(mentions: list[list[Mention]], text: str) -> str | None:
    """The place a headline opens on, when it tells of a tie ("Marrakech forges friendly ties with Isfahan"):
    the first short line without a full stop that names a place first and carries a tie's word."""
    for ms in mentions:
        first = next((m for m in ms if m.kind == "place" and not m.locator), None)
        if first is None:
            continue
        ls = text.rfind("\n", 0, first.start) + 1
        le = text.find("\n", first.end)
        le = len(text) if le < 0 else le
        line = text[ls:le].strip()
        if len(line) > 110:
            return None     # the story has begun
        if text[ls:first.start].strip() or len(line) < 12 or line.endswith((".", ":")) or "|" in line:
            continue
        if re.search(r"(?i)\b(?:sister|twin\w*|friendship|friendly|partner\w*|ties|pact|hermana\w*|jumel\w*|gemell\w*)\b", line) and \
                re.match(r"\s+(?:[a-z]+\s+){0,2}?(?:and\s+[A-Z]|[a-z]+s\b)|,\s+(?:[A-Z][\w\-]*['’]s?\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+[a-z]+\b",
                         text[first.end:first.end + 40]):
            return first.key    # (a verb in the present, "A and B ...", "Guizhou, Zambia's Copperbelt agree ...")
    return None


def _first_of_dateline(m: Mention, ms: list[Mention]) -> bool:
    """The dateline's own place, not the region or country after it ("SUWON, Gyeonggi Province --")."""
    dl = [x for x in ms if "dateline" in x.flags and x.kind == "place"]
    return bool(dl) and dl[0] is m


# a short heading over a list: "Our Sister Cities", "Sister Cities (selected)", "Xiamen's Sister Cities"
_PIPE_ORDER = {"contact": 0, "intent": 1, "approved": 2}


def _merge(found: list[Found], alliances: list[FoundAlliance], rp: PlaceResolver, text: str,
           published: str | None = None) -> list[dict]:
    by_pair: dict[frozenset, dict] = {}
    keys: dict[frozenset, tuple[str, str]] = {}
    order = []
    named = {m.key: m for f in found for m in (f.a, f.b) if m.kind == "place"}
    renamed = rp.former_names(named) if len(named) > 1 else {}
    # "residents of Hyderabad and its twin city Secunderabad": on a page whose only tie word is "twin city",
    # two towns of one country are neighbours by nickname, not partners
    nicknamed = all(re.fullmatch(r"twin[\s-]+cit(?:y|ies)", x.group(0), re.I) for x in STRONG.finditer(text))
    for f in found:
        f.a, f.b = renamed.get(f.a.key, f.a), renamed.get(f.b.key, f.b)    # "Dnipropetrovsk" is Dnipro
        pair = frozenset((f.a.key, f.b.key))
        if len(pair) < 2 or (f.rule not in PLACE_SYNTAX and not (rp.plausible(f.a) and rp.plausible(f.b))) or _one_place(f.a, f.b):
            continue
        if nicknamed and _same_country(f.a, f.b):
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
            if is_title(rel["evidence"]) and not is_title(text[f.start:f.end]):
                # a headline's verb is loose ("take first step towards ties"); the sentence that
                # tells the news sets the stage, unless both tell a step to come and the headline's is further
                # ("Curitiba e Aveiro assinam protocolo de intenções" over "o primeiro passo para se tornar")
                if not (f.stage in _PIPE_ORDER and rel["stage"] in _PIPE_ORDER and _PIPE_ORDER[rel["stage"]] > _PIPE_ORDER[f.stage]):
                    rel["stage"] = f.stage
                rel.update(evidence=text[f.start:f.end], start=f.start, end=f.end)
                if f.since is not None and f.stage != "contact":
                    rel["since"], rel["since_derived"] = f.since, f.since_derived
            if f.stage in _PIPE_ORDER and rel["stage"] in _PIPE_ORDER and \
                    _PIPE_ORDER[f.stage] > _PIPE_ORDER[rel["stage"]]:
                # "is eager to become a sister city of B" and "has signed an MOU with B": the
                # furthest step the article reports
                rel["stage"] = f.stage
            if f.stage == "terminated" and rel["stage"] == "suspended":
                rel["stage"] = f.stage  # "suspended cooperation in March 2022" ... "voted on Wednesday to terminate": ended since
                if f.stage_date:
                    rel["stage_date"] = f.stage_date
            if f.stage in ("suspended", "terminated") and rel["stage"] not in ("suspended", "terminated"):
                # "A ends its link with B" in the headline, "the council voted to end ..." below: the
                # end of a tie is news wherever it is stated
                rel["stage"] = f.stage
                if f.stage_date:
                    rel["stage_date"] = f.stage_date
            if rel["since"] is None and f.since is not None and f.stage not in ("contact",) and \
                    rel["stage"] not in ("contact",):
                rel["since"], rel["since_derived"] = f.since, f.since_derived
            elif f.rule in ("list", "list_pair", "table") and f.since is not None and not f.since_derived and rel.get("since_derived") and \
                    published and rel["since"] == published and f.since < published[:4] and rel["stage"] == "signed":
                # "The agreement with Jena was signed while Germany was still divided" (no date: the page's) and the
                # list's "1987 – Jena": the entry's year is the signing's, long before the page
                rel["since"], rel["since_derived"] = f.since, False
                rel["stage"] = refine_stage(rel["stage"], f.since, published)
            for side, key in zip(("a", "b"), keys[pair], strict=True):
                if not rel[side].get("country"):
                    m = f.a if f.a.key == key else f.b
                    if m.country:
                        rel[side]["country"] = m.country
            if rel["type"] in ("other", "partnership") and f.type not in ("other", "partnership"):
                rel["type"] = f.type
            rel["confidence"] = min(0.99, rel["confidence"] + 0.05)
    _abroad(by_pair, keys, named, rp)
    return [by_pair[p] for p in order]


def _abroad(by_pair: dict, keys: dict, named: dict[str, Mention], rp: PlaceResolver) -> None:
    """A place the gazetteer guessed into the country the text gives one of its partners ("Durango ...
    joining Victoria de Durango in Mexico") is the namesake in another country the page names
    (Durango, Colorado): the text marks the partner as abroad. And on a site of one country, a place
    tied to a partner the text puts abroad is that country's ("Athlone – Châteaubriant, France" on
    westmeathcoco.ie is Athlone, Ireland)."""
    guessed: dict[str, set[str]] = {}
    home: set[str] = set()
    for pair, rel in by_pair.items():
        for side, key, okey in (("a", *keys[pair]), ("b", *reversed(keys[pair]))):
            m, o = named.get(key), named.get(okey)
            if m is None or o is None or m.country or not o.country:
                continue
            if "place_id" in rel[side] and rel[side].get("country") == o.country:
                guessed.setdefault(key, set()).add(o.country)
            elif rp.site and o.country != rp.site and rel[side].get("country") != rp.site:
                home.add(key)
    moves = {key: rp.namesake_in(named[key], rp.site) if key in home else rp.namesake_elsewhere(named[key], away)
             for key, away in guessed.items()}
    moves.update({key: rp.namesake_in(named[key], rp.site) for key in home - set(guessed)})
    for key, hit in moves.items():
        if hit is None:
            continue
        for pair, rel in by_pair.items():
            for side, k in zip(("a", "b"), keys[pair], strict=True):
                if k == key:
                    rel[side].update(country=hit.country, kind=hit.kind, place_id=f"geonames:{hit.id}")
