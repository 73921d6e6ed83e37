# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Who is tied to whom in one sentence (see ``rules`` for the patterns' list)."""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .claims import ORD_ROMANCE
from .context import (
    Ctx,
    candidates,
    chain_end,
    descriptor,
    first_after,
    head_place,
    last_before,
    parse_list,
)
from .dates import DateExpr
from .phrases import (
    ADDED,
    AFTER_LIST,
    ALSO_OF,
    AMONG,
    AMONG_LEAD,
    AMONG_THEM,
    APPOSED_PARTNER,
    ARE_OWNERS,
    AS_PARTNERS_OF,
    ATTEND,
    ATTRIBUTE_AFTER,
    CLAUSE,
    COUNCIL_ES,
    COUNTS_AS,
    DIPLOMATIC,
    EVENT,
    FANS,
    FIRST_OF,
    IN_INTRO,
    INCLUDES_ITS,
    ITS_PARTNER,
    JOINED,
    KEPT_TIE,
    LINKED,
    LIST_INTRO,
    LOCATED,
    NEGATED,
    NEW_CLAUSE,
    NEWEST_MEMBER,
    NOT_A_TIE,
    OLDEST_TIES,
    ONE_OF_OURS,
    ORG_NOUNS_BEFORE,
    OUR_PARTNER,
    OUR_PARTNER_OF,
    PARTNER_COUNT,
    PARTNER_IS,
    PLURAL_CUE,
    PLURAL_CUE_ANY,
    PLURAL_TIES,
    POSS_APPOSED,
    POSSESSED_PLURAL,
    QUANT_GAP,
    RANGE_FROM,
    RANGE_TO,
    RANKED_TIES,
    REF_APPOSED,
    REF_PARTNER_IS,
    RENEWAL,
    SIMILAR,
    START_KINDS,
    TAGS,
    THEY_ARE,
    THIS_CITY_AND,
    TIE_SUBJECT,
    TIES_TO,
    TWO_CITIES,
)
from .places import Mention, guess_kind
from .refer import (
    COUNCIL_SUBJECT,
    OWNS_PLURAL,
    REF_OWNER,
    REF_SUBJ,
    council_place,
    described,
    find_named,
    kind_of,
    national_capital,
    referent,
    sentence_subject,
    topic,
)
from .rules import (
    ALLIANCE_CUE,
    ENDING,
    INTENT,
    ORDINAL,
    REF_MAIN,
    SIGN,
    STRONG,
    SUSPEND,
    UNDO,
    WEAK,
    WISH,
    WITH,
    Found,
    FoundAlliance,
    cue_type,
    refine_stage,
    stage_of,
    tie_date,
)


def _only_partner(ctx: Ctx) -> Mention | None:
    """The partner of the story's place when the story has told of exactly one so far."""
    main = ctx.main
    if main is None:
        return None
    partners = {k for k, v in ctx.tied_to.items() if v.key == main.key and k != main.key}
    return ctx.tied_to.get(main.key) if len(partners) == 1 else None


def _cue_before(st: str, rel: int, themed: bool) -> bool:
    window = st[max(0, rel - 140):rel]
    if cue_type(window) or INTENT.search(window) or re.search(r"\bfriendship\s+$", window):
        return True     # "Harbin's friendship with Niigata"
    if themed and re.search(r"\b(?:preliminary|exploratory|informal|initial|early)\s+(?:talks|discussions|conversations|contacts?)\s+$", window):
        return True     # "the committee has also had preliminary conversations with Santa Cruz"
    if re.search(r"\b(?:talks|negotiations|discussions|consultations|conversations|conversaciones|negociaciones|pl[aá]ticas|acercamiento|"
                 r"conversas|conversações|negociações|n[ée]gociations|in\s+touch|in\s+contact)\b(?:\s+(?:are|is|were|have\s+been|sont|est|están|está|estão|está)"
                 r"\s+(?:also\s+)?(?:under\s*way|ongoing|continuing|taking\s+place|en\s+cours|en\s+curso|em\s+curso))?\s+$", window) and (
            cue_type(st) or WEAK.search(st[rel:]) or SIMILAR.search(st[rel:])):
        return True     # "in talks with X on establishing a similar relationship"
    after = re.sub(r"^\w+\s+", "", st[rel:rel + 140])    # past the intro word ("with")
    if themed and re.search(r"\b[Tt]he\s+(?:[\w\-]+\s+)?(?:partnerships|relationships|twinnings|ties|links)\s+$", window) and re.search(
            r"\b(?:remain|remains|continue|continues|stay|stays|unaffected|not\s+affected)\b", st[rel:]):
        return True     # "He stressed that the partnerships with Kėdainiai and Nordhorn remain active"
    if re.match(r"[^.;]{1,80}?\b(?:about|on|regarding|over)\s+(?:a\s+|the\s+)?(?:possible|potential|prospective|future)\s+"
                r"(?:twinning|sister[\s-]+city|partnership|friendship|link)", after):
        return True     # "two online meetings with the town council of Kazimierz Dolny about a possible twinning"
    if re.search(r"\b(?:to|on|for|toward|towards|aimed\s+at|aiming\s+at|with\s+a\s+view\s+to)\s+(?:establish\w*|form\w*|becom\w*|build\w*|"
                 r"set\w*\s+up)\b", after) and cue_type(after):
        return True     # "signed an MOU with Bayanzurkh District to establish friendly relations"
    if re.match(r"[^,]{1,60},\s+with\s+which\s+(?:it|they|the\s+\w+)\s+(?:has|have|had)\s+(?:long\s+)?been\s+(?:twinned|paired|partnered)", after):
        return True     # "The oldest of its links is with Bremen, with which it has been twinned since 1976"
    if APPOSED_PARTNER.match(after, len(re.match(r"[^,]*", after).group(0))) and re.match(r"\s*[A-Z]", after):
        return True     # "its exchanges with Nara, its sister city since 1970, ..."
    if themed and re.search(r"['’]s?\s+(?:[\w\-]+\s+)?(?:relationships|ties|links|partnerships|twinnings)\s+$|"
                            r"['’]s?\s+(?:other|remaining|current|existing|own|foreign)\s+(?:partners|partner\s+cities)\s*,\s*$", window):
        # "Pécs's other partners, including Fellbach in Germany, ..."
        return True     # "The commission also oversees Pueblo's relationships with Puebla, Mexico, and Maribor"
    if themed and re.search(r"\b(?:exchanges?|activities|contacts?|cooperation|ties|relations|arrangements?|agreements?|"
                            r"relationships?|partnerships?|links?)\s+$", window) and \
            ENDING.search(st[max(0, rel - 40):rel + 80]):
        return True     # "all exchange activities with Irkutsk have been suspended"
    if themed and re.search(r"\b(?:partnerships|relationships|links|ties|twinnings)\s+(?:is|was)\s+the\s+one\s+$", window):
        return True     # "The oldest of Wrocław's foreign partnerships is the one with Dresden"
    if themed and OLDEST_TIES.search(window):
        return True     # "The oldest links, with Bordeaux and Hannover, were forged in 1947"
    if themed and re.search(LINKED.pattern + r"$", window):
        return True     # "Since signing with Aachen in 1993, the county ...", "Chattanooga has been linked with Hualien"
    if themed and re.search(r"\b(?:manages?|maintains?|keeps?|holds?|has|have)\s+(?:[\w\-]+\s+)?(?:links|ties|relationships|partnerships)\s+$", window):
        return True     # "Asheville Sister Cities already manages links with Karpenisi, Greece; Saumur, France; ..."
    if themed and SIMILAR.search(window):
        return True     # "Earlier, similar agreements were signed with Bursa, Kazan and Bukhara": the tie told before
    return themed and (WEAK.search(window) is not None or ENDING.search(window) is not None)


_DESC = (r"the\s+(?:[\w\-]+\s+){0,3}?(?:city|port|hub|town|capital|metropolis|county|province|prefecture|district|municipality|resort)"
         r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?")
DESCRIBED_PAIR = re.compile(r"\b(?:twinning|relationship|friendship|partnership|ties|links?|sisterhood|agreement)\s+between\s+" + _DESC
                            + r"\s+and\s+" + _DESC + r"\b")
THEIR_TIE = re.compile(r"\btheir\s+(?:[\w\-]+\s+){0,2}?(?:twinning|partnership|friendship|sister[\s-]+cit(?:y|ies)|twin[\s-]+towns?|link|tie)\b")
DESC_REF = re.compile(r"\b[Tt]he\s+(?:(?!two\b|other\b|sister\b|twin\b|partner\b)[a-z\-]{3,}\s+){1,2}(?:town|city|village|port|county|district|municipality)\b"
                      r"(?!\s+(?:of|council|hall|centre|center|government)\b)")
# "beginning with the twinning it signed with Coventry in 1957 and reaching most recently to Quito": the range's far end
REACHING = re.compile(r"\band\s+(?:reaching|extending|stretching|running)\s+(?:most\s+recently\s+|as\s+far\s+as\s+|now\s+)?to\s+")
SCHOOL_OF = re.compile(r"\s*(?:a|an|un|una|une|um|uma)\s+(?:[\w\-]+\s+)?(?:school|high\s+school|institute|istituto|liceo|scuola|escuela|colegio|lycée|"
                       r"école|collège|escola|college|university|università|universidad|club|parish|hospital)\s+(?:in|of|di|de|du|da|from|at)\s+")
# "Turku and Lahti cut ties with their Russian partner cities": right before the cue, each its own partner, unnamed
WITH_THEIR_OWN = re.compile(r"\bwith\s+(?:their|its)\s+(?:[\w\-]+\s+){0,2}$")
AND_THE_LAST = re.compile(r"\b(?:and|y|e|et)\s+(?:the|el|la|o|a|le)\s+(?:m[aá]i?s\s+|plus\s+)?(?:newest|latest|most\s+recent|youngest|oldest|"
                          r"reciente|recente|nuevo|novo|antiguo|antiga|r[ée]cent)(?:\s*,\s+|\s+(?:is|was)\s+)(?:con\s+|com\s+|with\s+|avec\s+)?")
_HEAD = (r"(?:[A-Z][a-z]+\s+)?(?:Mayor|Akim|Governor|Chairman|Chairwoman|Chairperson|President|Head|Intendente|Intendenta|Alcalde|Alcaldesa|"
         r"Prefeito|Prefeita|Maire|Sindaco|Sindaca|Oberbürgermeister|Bürgermeister|mayor|governor|chairman)(?:\s*\([^)]{1,20}\))?\s+(?:of|de|di|du)\s+")
OFFICIAL_OF = re.compile(r"\b(?:[Tt]he\s+|[Ee]l\s+|[Oo]\s+|[Ll]e\s+|[Ii]l\s+)?" + _HEAD + r"(?:the\s+)?$")
AND_OFFICIAL_OF = re.compile(r",?\s+(?:and|y|e|et)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+|le\s+|il\s+)?" + _HEAD + r"(?:the\s+)?")
ONE_OF_ROMANCE = re.compile(r"\b(?:est|es|é)\s+(?:l['’])?(?:une?|una|uma)\s+(?:des|de\s+las|de\s+los|das|dos)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:villes|ciudades|cidades|communes)[\s-]+(?:jumelles|jumelées|hermanas|hermanadas|irm[ãa]s|amies|amigas)\s+"
                            r"(?:de|du|da|do|del)\s+", re.I)


def sentence_ties(ctx: Ctx, i: int) -> tuple[list[Found], list[FoundAlliance]]:
    """Partnerships and alliances stated in sentence ``i``."""
    s = ctx.sents[i]
    if s.is_heading:
        return [], []
    st, off, ms, ds = s.text, s.start, ctx.mentions[i], ctx.dates[i]
    text = ctx.text
    ctype = cue_type(st)
    if ctype == "partnership" and (ctx.event_hosts or EVENT.search(st) or i > 0 and EVENT.search(ctx.sents[i - 1].text)) and \
            not re.search(r"\b(?:its|our|their)\s+(?:[\w\-]+\s+){0,2}?partner\s+cit", st):
        return [], []   # "confirmed the Gold Coast as a partner city for the Olympic Games"
    weak = ctx.themed and (WEAK.search(st) is not None or ENDING.search(st) is not None
                           or re.search(r"\bfriendship\s+with\b", st) is not None or COUNTS_AS.search(st) is not None
                           or AMONG.search(st) is not None or PARTNER_IS.search(st) is not None or ITS_PARTNER.search(st) is not None
                           or KEPT_TIE.search(st) is not None
                           or re.search(LINKED.pattern + r"with\b", st) is not None
                           or AMONG_LEAD.match(st) is not None
                           or RANGE_FROM.search(st) is not None
                           or i > 0 and FIRST_OF.match(st) is not None
                           or i > 0 and BECAME_FIRST.search(st) is not None
                           or re.search(r"\b(?:partners|ties|links|relationships)\s+(?:also\s+)?(?:include[sd]?|are|comprise)\b", st) is not None
                           or re.search(r"\b(?:[Oo]ther|remaining|current|former|[a-z]['’]s)\s+(?:[\w\-]+\s+)?partners\b", st) is not None
                           or SIMILAR.search(st) is not None
                           or re.search(r"\b(?:partnerships|relationships|links|ties|twinnings)\s+(?:is|was)\s+the\s+one\s+with\b", st) is not None
                           or RANKED_TIES.search(st) is not None
                           or re.search(r"[a-z]['’]s\s+(?:[\w\-]+\s+){0,2}?partner\s+[A-Z]", st) is not None
                           or re.search(r"\bits\s+(?:[\w\-]+\s+){0,2}?(?:partner|twin)\s*,\s+[A-Z]", st) is not None
                           or re.search(r"['’]s?\s+(?:[\w\-]+\s+)?(?:relationships|partnerships|ties|links|twinnings)\s+with\b", st)
                           is not None
                           or re.search(r"\b[Tt]he\s+(?:partnerships|relationships|twinnings)\s+with\b.*\b(?:remain|remains|continue|continues|"
                                        r"unaffected)\b", st) is not None)
    before = ctx.sents[i - 1].text if i > 0 else ""
    # the sentence that counted them, past one that named the oldest ("... a dozen sister cities. Its
    # oldest, Kitakyushu, dates to 1959. Others include ...")
    told = i - 2 if i > 1 and FIRST_OF.match(before) and THEY_ARE.match(st) else i - 1
    counted = ctx.sents[told].text if i > 0 else ""
    they = THEY_ARE.match(st) if i > 0 and ctx.themed and (
        (PLURAL_CUE_ANY.search(counted) or cue_type(counted)) and PARTNER_COUNT.search(counted) or PLURAL_TIES.search(counted) or
        # "Con Guimarães sale a sei il numero delle città gemellate con Treviso. Tra le altre figurano ..."
        re.search(r"\b(?:città|ciudades|cidades|villes|communes)\s+(?:gemellate|hermanas|hermanadas|irmãs|geminadas|jumelles|jumelées)\b", counted)) else None
    # "Tacoma has a dozen sister cities. Its oldest, Kitakyushu, Japan, dates to 1959. Others include ..."
    goes_on = they is not None or (ctx.themed and FIRST_OF.match(st) is not None and PLURAL_CUE_ANY.search(before) is not None)
    weak = weak or goes_on or (ctx.themed and JOINED.search(st) is not None) or (
        # "the committee has also had preliminary conversations with Santa Cruz"
        ctx.themed and re.search(r"\b(?:preliminary|exploratory|informal|initial)\s+(?:talks|discussions|conversations|contacts?)\s+"
                                 r"with\b", st) is not None) or (
        ctx.themed and i > 0 and re.match(r"\s*(?:It|She)\s+(?:joins|joined)\s+[A-Z]", st) is not None) or (
        ctx.themed and re.search(r"[a-z]['’]s\s+(?:[\w\-]+\s+)?twin\b(?!\s+(?:brother|sister|daughter|son|towers?|peaks?))", st) is not None)
    # "to mark 35 years of partnership between the two municipalities": on a page about ties, the pair's own tie
    two_tie = ctx.themed and re.search(r"\b(?:partnership|relationship|friendship|ties|links?|bond)\s+between\s+the\s+two\s+"
                                       r"(?:[a-z]+\s+)?(?:cities|towns|municipalities|communities|districts|counties|provinces|regions)\b", st) is not None
    # "has partnerships with six towns in four countries, among them Rosheim and Königstein"
    weak = weak or two_tie or (ctx.themed and (m_ := AMONG_THEM.search(st)) is not None and PLURAL_CUE_ANY.search(st, 0, m_.start()) is not None)
    if not ctype and INTENT.search(st):
        ctype = "friendship" if re.search(r"friend", st, re.I) else "other"
    if not ctype and not weak and not ALLIANCE_CUE.search(st):
        return [], []
    dip = DIPLOMATIC.search(st) if not ctype else None
    if dip and not (dip.group(0).lower().startswith("bilateral") and re.search(
            r"[A-Za-z]['’]s\s+(?:(?:oldest|first|newest|latest|only)\s+)?$", st[:dip.start()])):
        # "its comprehensive strategic partnership with Beijing": capitals standing for countries; never
        # "Ostrava's oldest bilateral partnership is with Coventry"
        return [], []
    if TAGS.match(st):
        return [], []   # "Tags: Osh, Turkistan, twin cities": the page's keywords, not a statement
    if re.search(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){1,3}(?:in\s+between|between\s+them)\b", st):
        return [], []   # "Albury-Wodonga: twin towns with the Murray in between": neighbours and their river
    if re.search(r"\b[Tt]he\s+two\s+(?:schools|clubs|universities|colleges|hospitals|parishes|churches|teams|companies|firms|choirs|orchestras)\b|"
                 r"\b(?:le\s+due\s+scuole|las\s+dos\s+escuelas|les\s+deux\s+(?:écoles|lycées|collèges)|as\s+duas\s+escolas|i\s+due\s+istituti)\b", st):
        return [], []   # "The two schools have been twinned since 2008": schools twin, cities do not
    if FANS.search(st):
        return [], []   # "Supporters of Genoa and Napoli celebrated their 'gemellaggio'": fans twin, cities do not
    typ = ctype or ("other" if ENDING.search(st) or re.search(r"\bagreement\b", st) else "partnership")
    up = re.search(r"\bupgrad\w*\b.*?\bto\s+", st)
    if up and cue_type(st[up.end():]):   # "upgraded their friendship ties to a sister-city relationship"
        typ = cue_type(st[up.end():]) or typ
    stage = stage_of(st, ds, ctx.published)
    inherited = None
    if stage in ("active", "signed") and i > 0 and re.match(r"\s*The\s+(?:decision|resolution|move|measure|vote|suspension|freeze)\b[^.;]{0,100}?"
                                                          r"\b(?:covers|applies\s+to|affects|includes|concerns|extends\s+to)\b", st):
        told = stage_of(ctx.sents[i - 1].text, ctx.dates[i - 1], ctx.published)
        if told in ("suspended", "terminated"):
            stage = inherited = told    # "The council suspended cooperation with its partner cities ... The decision covers the agreement with Pskov"
    cands = candidates(ms)
    pairs: list[tuple[Mention, Mention, str, int, int, int]] = []   # hub, partner, rule, lo, hi, ev_start
    alliances: list[FoundAlliance] = []
    lo, hi = s.start, s.end

    # A. a lead list of three or more places that sign together
    if cands and ctype or ALLIANCE_CUE.search(st):
        lead = parse_list(cands[0], ms, text, hi) if cands else []
        tail = chain_end(lead[-1], ms, text) if lead else lo
        # the places are the subject ("A, B and C signed ..."), never a list of partners ("Its sister
        # cities are A, B and C, while D became ...")
        subject = not re.search(r"\b(?:are|is|include[sd]?|including|with|among|between|such\s+as)\b|:",
                                text[off:cands[0].start]) if cands else False
        verb = ALLIANCE_CUE.search(st) or SIGN.search(text, tail, min(hi, tail + 80))
        if len(lead) >= 3 and subject and verb and cands[0].start - off < 60:
            date = next((d for d in ds if d.level in (2, 4)), None)
            alliances.append(FoundAlliance(lead, "signed" if SIGN.search(st) else stage,
                                           date.value if date else None,
                                           s.start, s.end))
            return [], alliances
    if ALLIANCE_CUE.search(st) and ctx.main is not None and (w := re.search(r"\b(?:with|con|avec|com)\s+", st)):
        # "Il legame con Abingdon e Colmar nasce da una carta di gemellaggio a tre": the story's place and the two named
        first = first_after(off + w.end(), ms, text, 0)
        lead = parse_list(first, ms, text, hi) if first is not None else []
        if len(lead) == 2 and ctx.main.key not in {x.key for x in lead} and not any(
                c.key not in {x.key for x in lead} | {ctx.main.key} for c in cands):
            date = next((d for d in ds if d.level in (2, 4)), None)
            alliances.append(FoundAlliance([ctx.main, *lead], "signed" if SIGN.search(st) and stage == "signed" else "active",
                                           date.value if date else None, s.start, s.end))
            return [], alliances

    # B. between A and B
    for m in re.finditer(r"\b(?:between|entre)\s+(?!(?:ellas|ellos|otras|otros|elas|eles|outras|outros|las\s+que|los\s+que|as\s+quais|os\s+quais|las\s+cuales|los\s+cuales)\b)", st):
        pos = off + m.end()
        if NOT_A_TIE.search(st[max(0, m.start() - 40):m.start()]) or ORG_NOUNS_BEFORE.match(st, m.end()) or re.search(
                r"\b(?:wedged|located|situated|lies|lying|sits|sitting|halfway|midway|nestled|sandwiched)\s+$|"
                # "Derval, a small commune between Nantes and Rennes": an apposition that says where it lies
                r",\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:commune|town|village|city|municipality|port|resort|parish|suburb)\s+$|"
                r"\b(?:Prefecture|Province|County|region|province|prefecture|county),\s*$", st[:m.start()]):
            continue    # "direct flights between A and B", "between the charities Tearfund and Cord", "wedged between Tokyo and Yokohama"
        cap = re.match(r"the\s+([A-Z][\w]+)\s+and\s+([A-Z][\w.]+)\s+capitals", st[m.end():])
        if cap:
            c1, c2 = lexicon.country_code(cap.group(1)), lexicon.country_code(cap.group(2))
            caps = lexicon.capitals()
            if c1 and c2 and c1 in caps and c2 in caps:
                a = find_named(ctx, caps[c1], c1, pos)
                b = find_named(ctx, caps[c2], c2, pos)
                pairs.append((a, b, "between", lo, hi, s.start))
            continue
        and_m = re.search(r"\s+(?:and|y|e|et|und)\s+", text[pos:hi])
        if not and_m:
            continue
        first_part = [c for c in cands if pos <= c.start < pos + and_m.start()
                      and not LOCATED.search(text[max(pos, c.start - 12):c.start])]   # "governments in Canberra"
        a = max(first_part, key=lambda c: (c.evidence, c.start)) if first_part else None
        b = first_after(pos + and_m.end(), ms, text, 50)
        this = a is not None and re.search(r"\bthis\s+$", text[max(lo, a.start - 6):a.start])
        unit = this and re.match(r"\s+(capital|city|town|province|municipality|district)\b", text[a.end:a.end + 14])
        if unit and b is not None:
            # "between this Palawan capital and Haikou": the place the story is filed from
            a = referent(ctx, i, unit.group(1).replace("capital", "city"), b) or a
        if a and b and national_capital(a) and national_capital(b) and (
                not ctype or not cue_type(st[max(0, m.start() - 60):m.start()])):
            # "the state of relations between Canberra and Beijing", "regardless of the diplomatic climate
            # between Seoul and Tokyo": two governments, unless the tie is named right before
            continue
        if a and b:
            pairs.append((a, b, "between", lo, hi, s.start))

    for c in cands:     # a place that follows "with" is a partner, never the hub of a later list
        if re.search(r"\bwith\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z\-]+\s+){0,4}?(?:of\s+)?$",
                     text[max(lo, c.start - 50):c.start]):
            c.flags.add("with_object")

    # C. "X is the fifth city that A has ...", "X is A's third sister city"
    for m in re.finditer(r"\bis\s+(?:the\s+)?" + ORDINAL + r"\s+(?:[\w\-]+\s+){0,3}?(?:city|cities|t"
                                                           r"own|area|partner|"
                         r"province|municipality)\s+(?:that\s+|which\s+)?", st, re.I):
        y = first_after(off + m.end(), ms, text, 0)
        x = last_before(off + m.start(), ms, set())
        if x and y and re.match(r"\s+(?:has|have|had)\b", text[y.end:y.end + 6]):
            pairs.append((y, x, "ordinal", lo, hi, s.start))
    # "Huaraz becomes the fourth sister city of Durango, joining ...": the ordinal's owner after "of"
    for m in re.finditer(r"\b(?:is|was|becomes?|became|becoming)\s+(?:the\s+)?" + ORDINAL + r"\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:sister|twin|friendship|partner)[\s-]+(?:city|town|province|region|municipality)\s+(?:of|to)\s+", st, re.I):
        y = first_after(off + m.end(), ms, text, 0)
        x = last_before(off + m.start(), ms, set())
        if x and y and x.key != y.key:
            pairs.append((y, x, "ordinal", lo, hi, s.start))
    # "Ourense est l'une des trois villes jumelles de Quimper", "es una de las ciudades hermanas de Cusco"
    for m in ONE_OF_ROMANCE.finditer(st):
        y = first_after(off + m.end(), ms, text, 0)
        x = last_before(off + m.start(), ms, set())
        if x and y and x.key != y.key:
            pairs.append((y, x, "ordinal", lo, hi, s.start))
    for m in re.finditer(r"\bis\s+", st):
        y = first_after(off + m.end(), ms, text, 0)
        if y and y.possessive and re.match(r"['’]s?\s+" + ORDINAL, text[y.end:y.end + 20], re.I):
            x = last_before(off + m.start(), ms, set())
            if x:
                pairs.append((y, x, "ordinal", lo, hi, s.start))

    # "RECIFE — The capital of Pernambuco and the Angolan capital, Luanda, upgraded their friendship ...": the
    # capital the dateline names, and the other
    cap = re.match(r"\s*(?:[^\s].{1,60}?(?:--|[–—:])\s*)?[Tt]he\s+(?:[a-z]+\s+)?(?:capital\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?"
                   r"(?:\s+(?:state|province|region|prefecture))?|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+(?:provincial\s+|state\s+|regional\s+)?capital)"
                   r"\s+and\s+", st) if ctype else None     # and "PESHAWAR: The Khyber Pakhtunkhwa capital and the Turkish city of Bursa"
    if cap:
        filed = next((c for c in ms if c.kind == "place" and "dateline" in c.flags), None)
        other = next((c for c in cands if c.start >= off + cap.end()), None)
        if other is not None and not re.fullmatch(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:(?:capital|city|town|port)\s*,?\s*)?(?:of\s+)?",
                                                  text[off + cap.end():other.start]):
            other = None
        if filed is not None and other is not None and other.key != filed.key:
            pairs.append((filed, other, "lead", lo, hi, s.start))

    # "it most recently welcomed Galle, Sri Lanka, as a friendship city in April": the partner welcomed as one
    for m in re.finditer(r"\b(?:welcomed|welcomes|welcoming|added|adds|adding|admitted|accepted)\s+", st):
        y = first_after(off + m.end(), ms, text, 0)
        as_ = re.match(r"\s*,?\s*as\s+(?:a|an|its|their|our)\s+(?:[\w\-]+\s+){0,2}?(?:sister|friendship|twin|partner)[\s-]+(?:city|town|province|"
                       r"region|state|county|municipality|community)\b", text[chain_end(y, ms, text):hi]) if y is not None else None
        if as_ is None:
            continue
        x = last_before(off + m.start(), ms, set(), partners_too=False)
        if x is None or _located(text, lo, x):
            owner = REF_OWNER.search(st, 0, m.start()) or re.search(r"\b(?:it|It)\s+(?:[a-z]+\s+){0,2}$", st[:m.start()])
            x = referent(ctx, i, (owner.group(1) if owner is not None and owner.re is REF_OWNER and owner.group(1) else "city").lower(), y) \
                if owner is not None else None
        if x is not None and x.key != y.key:
            y.flags.add("with_object")
            pairs.append((x, y, "become", off + m.start(), hi, s.start))

    # "Haeundae-gu ... became this city's newest sister city", "Mindelo is the town's third twin": the place the
    # story is filed from or about
    for m in re.finditer(r"\b(?:is|was|becomes?|became|becoming)\s+(the|this)\s+(city|town|district|county|province|prefecture|municipality|state)"
                         r"['’]s\s+" + ORDINAL + r"\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner)\b", st, re.I):
        x = last_before(off + m.start(), ms, set())
        y = (_home_place(ctx, x) if m.group(1).lower() == "this" else referent(ctx, i, m.group(2).lower(), x)) if x else None
        if x and y and x.key != y.key:
            pairs.append((y, x, "ordinal", lo, hi, s.start))

    # D. "A's (third|newest)? sister city"
    for y in cands:
        if y.possessive and re.match(r"['’]?s?\s+(?:[\w\-]+\s+){0,2}?(?:(?:sister|friendship|twin|partner)[\s-]+"
                                     r"(?:cit(?:y|ies)|towns?)|twin(?=\s+(?:since|for|of|and)\b|\s*[,.;])|"
                                     r"(?-i:partner)(?=\s+[A-Z]))", text[y.end:y.end + 50], re.I):
            if re.search(r"\b(?:from|of)\s+(?:\d+\s+of\s+)?$", text[max(lo, y.start - 20):y.start]) and not re.search(
                    r"\b(?:is|was|remains)\s+(?:one|another)\s+of\s+$", text[max(lo, y.start - 24):y.start]):
                continue    # never "a delegation from Tacoma's sister city"; yes "Ourense is one of Quimper's three twin towns"
            if re.search(r"\b(?:called|dubbed|nicknamed|known\s+as)\s+(?:the\s+)?$", text[max(lo, y.start - 30):y.start]):
                continue    # "Secunderabad, often called Hyderabad's sister city": a nickname
            phrase = re.match(r"['’]?s?\s+(?:[\w\-]+\s+){0,2}?(?:(?:sister|friendship|twin|partner)[\s-]+(?:cit(?:y|ies)|towns?)|twin|partner)",
                              text[y.end:y.end + 50], re.I)
            phrase_end, single = y.end + phrase.end(), not re.search(r"(?:ies|s)$", phrase.group(0))
            for x in cands:
                if single and x.start > phrase_end + 3 and re.search(r"[,;]", text[phrase_end:x.start]) and re.search(
                        r"\b(?:in|at|near)\s+(?:the\s+)?$", text[max(lo, x.start - 8):x.start]):
                    continue    # "spent six days in Riverside's Japanese sister city, touring ... Wakabayashi Ward"
                # not "Tübingen, twinned with Aix, was A's first"; yes "with Saint Petersburg, Osaka's sister city";
                # not "In Tamil Nadu, Chennai's sister-city agreement"
                if re.search(r"\b(?:[Ii]n|[Aa]t|near)\s+(?:the\s+)?$", text[max(lo, x.start - 8):x.start]) and x.start < y.start:
                    continue
                if x.key != y.key and ("with_object" not in x.flags or re.fullmatch(r"\s*,\s*", text[x.end:y.start])) and \
                        not (descriptor(text, x) and re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish|can)", x.name)):
                    pairs.append((y, x, "possessive", lo, hi, s.start))   # never "the Bavarian town that has been X's ..."

    first_of = FIRST_OF.match(st) if i > 0 and ctx.themed else None
    first_of_z = first_after(off + first_of.end(), ms, text) if first_of is not None else None
    if first_of_z is not None:
        first_of_z.flags.add("with_object")     # "The oldest, Kitakyushu, ...": a partner, never the hub of this sentence

    # R. "Jeonju maintains ties with 11 cities in nine countries. They include Suzhou in China, which has
    # been a friendship city since 1998, and Hamamatsu in Japan.": the partners of the sentence before
    if they is not None:
        first = first_after(off + they.end(), ms, text)
        items = parse_list(first, ms, text, hi) if first is not None else []
        hub = sentence_subject(ctx, told, items) if items else None
        owned = re.search(r"\b[Tt]he\s+(county|city|town|province|prefecture|district|state)['’]s\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:sister|twin|friendship|partner)", ctx.sents[told].text) if items else None
        if owned is not None and not candidates(ctx.mentions[told]):
            # "... looks after all five of the county's sister-city ties. Besides Aachen, they are ...": the county's
            hub = referent(ctx, told, owned.group(1), items[0]) or hub
        if hub is not None:
            for k, x in enumerate(items):
                x.flags.add("with_object")
                seg_lo = _item_start(text, items[k - 1].end, x.start) if k else lo
                seg_hi = items[k + 1].start if k + 1 < len(items) else hi
                pairs.append((hub, x, "listed", seg_lo, seg_hi, s.start))

    # "... Zhytomyr's partner cities abroad numbers nine. Among them, Poland's Lublin has sent aid, and
    # Georgia's Kutaisi has taken in families": the subject of each clause is one of the partners counted
    among_lead = AMONG_LEAD.match(st) if i > 0 and ctx.themed and PLURAL_CUE_ANY.search(ctx.sents[i - 1].text) else None
    if among_lead is not None:
        starts = [off + among_lead.end()] + [off + m.end() for m in re.finditer(r",\s+(?:and|while|whereas)\s+", st)]
        subjects = []
        for at in starts:
            y = first_after(at, ms, text, 20)
            if y is not None and NEW_CLAUSE.match(text, chain_end(y, ms, text)):
                subjects.append(y)
        hub = sentence_subject(ctx, i - 1, subjects) if subjects else None
        for y in subjects:
            if hub is not None and y.key != hub.key:
                y.flags.add("with_object")
                pairs.append((hub, y, "listed", y.start, chain_end(y, ms, text), s.start))

    # "The province's own partners range from Japan's Ehime Prefecture, its oldest friend, to the Mexican state
    # of Queretaro, Chungcheongbuk-do in the Republic of Korea and the Australian state of Tasmania"
    for rm in RANGE_FROM.finditer(st) if ctx.themed else ():
        first = first_after(off + rm.end(), ms, text)
        to = RANGE_TO.match(text, chain_end(first, ms, text)) if first is not None else None
        nxt = first_after(to.end(), ms, text) if to is not None else None
        items = [first, *parse_list(nxt, ms, text, hi)] if nxt is not None else []
        owner = next((c for c in cands if c.possessive and c.end <= off + rm.start()), None) or next(
            (c for c in cands if c.end <= off + rm.start() and re.fullmatch(r"\s+", text[c.end:off + rm.start()])), None)
        ref = REF_OWNER.search(st, 0, rm.start())
        hub = owner or (referent(ctx, i, (ref.group(1) or "city").lower(), first) if ref is not None and first is not None else None)
        for x in items:
            if hub is not None and x.key != hub.key:
                x.flags.add("with_object")
                pairs.append((hub, x, "listed", x.start, chain_end(x, ms, text), s.start))

    # "Saskatoon now counts three sister cities; the other two are Shijiazhuang ... and Chernivtsi": the
    # clause after the semicolon lists the rest of the partners the first clause spoke of
    for semi in re.finditer(r";\s+", st) if ctx.themed else ():
        rest = THEY_ARE.match(st, semi.end())
        if rest is None or not (PLURAL_CUE_ANY.search(st, 0, semi.start()) or cue_type(st[:semi.start()]) or
                                RANKED_TIES.search(st, 0, semi.start())):
            continue
        first = first_after(off + rest.end(), ms, text)
        items = parse_list(first, ms, text, hi) if first is not None else []
        earlier = [c for c in cands if c.end <= off + semi.start()]
        # "Kobe is the oldest of Brisbane's eight sister cities; the others - ...": the owner of the plural
        hub = next((c for c in earlier if c.possessive and OWNS_PLURAL.match(text, c.end)), None) or next(
            (c for c in earlier if "with_object" not in c.flags), None) or (
            ctx.tied_to.get(earlier[0].key) if earlier else None) or ctx.main
        for k, x in enumerate(items):
            if hub is not None and x.key != hub.key:
                x.flags.add("with_object")
                pairs.append((hub, x, "listed", _item_start(text, items[k - 1].end, x.start) if k else off + semi.end(),
                              items[k + 1].start if k + 1 < len(items) else hi, s.start))

    # "Zacatecas is Santa Fe's ninth sister city. It joins Bukhara, Uzbekistan; Holguín, Cuba; ...": the earlier partners
    joins = re.match(r"\s*(?:It|She|The\s+(?:city|town|province))\s+(?:joins|joined|will\s+join)\s+", st) if i > 0 and ctx.themed else None
    if joins is not None:
        first = first_after(off + joins.end(), ms, text)
        items = parse_list(first, ms, text, hi) if first is not None else []
        owner = next((c for c in candidates(ctx.mentions[i - 1]) if c.possessive), None)
        if owner is not None and PLURAL_CUE_ANY.search(before) or owner is not None and cue_type(before):
            for k, x in enumerate(items):
                if x.key != owner.key:
                    x.flags.add("with_object")
                    pairs.append((owner, x, "listed", _item_start(text, items[k - 1].end, x.start) if k else lo,
                                  items[k + 1].start if k + 1 < len(items) else hi, s.start))

    # E. hub ... with LIST; "A's sister cities include LIST", "A has five sister cities: LIST"
    in_lists: set[int] = set()
    after_list = list(AFTER_LIST.finditer(st)) if re.search(r"\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|"
                                                            r"eighth|ninth|tenth)\s+(?:\w+\s+){0,4}?(?:city|partner|district|province|region|"
                                                            r"state|prefecture|county|town|municipality)", st) or (
        ORD_ROMANCE.search(st)) or (
        # "Medicine Hat now counts three sister cities, alongside Kranj and Nafplio"
        re.search(r"\b(?:has|have|counts|numbers|boasts|maintains)\s+(?:\w+\s+){0,2}?(?:sister|twin|partner|friendship)[\s-]+"
                  r"(?:cities|towns|provinces|regions)\s*,\s+(?:alongside|along\s+with|joining)\b", st)) or (
        # "Ningbo is one of 12 partner cities of Bydgoszcz, alongside the likes of Kragujevac in Serbia, ..."
        re.search(r"\bone\s+of\s+(?:its\s+|the\s+)?\w+\s+(?:[\w\-]+\s+)?(?:sister|twin|partner|friendship)[\s-]+(?:cities|towns|provinces|regions)\b"
                  r"[^.;]{0,40},\s+(?:alongside|along\s+with)\b", st)) else []
    among_them = [w for w in AMONG_THEM.finditer(st) if PLURAL_CUE_ANY.search(st, 0, w.start()) or cue_type(st[:w.start()])]
    intros = sorted([*WITH.finditer(st), *LIST_INTRO.finditer(st), *IN_INTRO.finditer(st), *TIES_TO.finditer(st),
                     *(INCLUDES_ITS.finditer(st) if ctx.themed else ()),
                     *AMONG.finditer(st), *after_list, *among_them,
                     *(REACHING.finditer(st) if WITH.search(st) else ())], key=lambda w: w.start())
    for w in intros:
        wpos = off + w.end()
        if w.re is LIST_INTRO:
            # "the city's ten sister cities, which also include ...": the relative clause names them too
            window = re.sub(r",\s+(?:which|that)\s+(?:also\s+|now\s+|currently\s+|already\s+)?$", " ", st[max(0, w.start() - 80):w.start()])
            # "Vinnytsia's remaining partners, the council noted, include ...": past the speaker's aside
            window = re.sub(r",\s+(?:the\s+|a\s+)?[\w\s'’]{1,40}?\s+(?:noted|said|says|added|explained|confirmed|stated),\s*$", " ", window)
            if not PLURAL_CUE.search(window[-60:]) or any(a.start() <= w.start() < a.end() for a in AMONG.finditer(st)):
                continue
            if w.group(0) == "," and not POSSESSED_PLURAL.search(window):
                continue    # "the two sister cities, A and B, ...": the pair itself, no one's list
        elif w.re is AMONG or w.re is AFTER_LIST or w.re is AMONG_THEM or w.re is INCLUDES_ITS or w.re is REACHING:
            pass    # "Among Bursa's existing partners in the Balkans are ..."; "the seventh ... that X has ... with, after A, B and C"
        elif w.re is IN_INTRO or w.re is TIES_TO:
            # "has had a sister city in Ashikaga", "Freiburg's ties to Lviv": the cue is the intro itself;
            # "could soon have a sister city in Tuscany" names only where a partner may be found
            if w.re is IN_INTRO and re.search(r"\b(?:could|would|might|may|hopes?\s+to|plans?\s+to|wants?\s+to)\b", st[:w.start()]):
                continue
        elif not _cue_before(st, w.start(), ctx.themed) and not (
                # "leaves the city with 16 partner towns, from A to B": the cue follows the count
                QUANT_GAP.match(text, wpos) and PLURAL_CUE_ANY.search(text, wpos, wpos + 50)):
            continue
        if re.match(r"\s*(?:which|whom|whose)\b", text[wpos:wpos + 8]):
            continue    # "Angers, with which Yantai has maintained ...": Yantai is the clause's subject, not a partner
        first = first_after(wpos, ms, text)
        items: list[Mention] = []
        if first is not None and descriptor(text, first):
            # "to put the city's relationship with the Siberian city on hold": the one partner told before
            told = _only_partner(ctx)
            items = [replace(told, start=first.start, end=first.end, flags={"told"})] if told is not None else []
        elif first is not None:
            items = parse_list(first, ms, text, hi)
        elif REF_MAIN.match(text, wpos) and ctx.main is not None:
            items = [ctx.main]
        items = [x for x in items if "told" in x.flags or not ATTRIBUTE_AFTER.match(text, x.end) and not (x.possessive and re.match(
            r"['’]s?\s+(?:[a-z]+\s+)?(?:organi[sz]ation|office|board|bureau|agency|company|association|chamber|university|"
            r"hospital|club|team|port|airport)\b", text[x.end:x.end + 40])) and not (x.possessive and re.match(
            r"['’]?s?\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner)[\s-]+(?:city|town|province|state)\b",
            text[x.end:x.end + 60]))]   # "a relationship with its Norfolk's Russian sister city": the owner, the partner unnamed
        # "friendship with Queensland's Garden City": a nickname of a place of Queensland, not Queensland
        items = [x for x in items if not (x.possessive and re.match(r"['’]s?\s+(?:[A-Z][a-z]+\s+)?(?:City|Town|Capital)\b", text[x.end:x.end + 30])
                                          and not any(c.start > x.end and c.start - x.end <= 4 for c in cands))]
        for k in range(1, len(items)):
            if re.search(r",\s+(?:and|while|but)\s+$", text[items[k - 1].end:items[k].start]) and NEW_CLAUSE.match(
                    text, chain_end(items[k], ms, text)):
                items = items[:k]   # "X is twinned with A, and B has had a friendship with C": B begins a clause
                break
        if items and w.group(0) == "," and NEW_CLAUSE.match(text, chain_end(items[0], ms, text)):
            continue    # "In addition to its sister cities, Chandler has held ...": the subject, no list
        if items and re.search(r"\b(?:lawmakers|legislators|legislature|parliament|congress|senators)\s+in\s+(?:[A-Z][\w\-]+\s+){1,2}"
                               r"[^.;]{0,40}$", text[max(lo, wpos - 90):wpos]):
            continue    # "As lawmakers in Austin push to curb ties with Beijing": governments, no twinning
        if items and NOT_A_TIE.search(text, wpos, items[0].start):
            continue    # "with a ferry route linking Donghae and Sakaiminato"
        if items and re.search(r"\b(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?)\s+(?:[A-Z][\w\-]*\s+){1,3}$", text[max(lo, wpos - 60):off + w.start()]):
            continue    # "Metro Rail services, which connect Secunderabad with Hitec City": a line, no tie
        if items and SCHOOL_OF.match(text, wpos, items[0].start):
            continue    # "il gemellaggio con un istituto di Valencia", "twinned with a school in Lyon": schools twin

        if not items:
            continue
        in_lists.update(id(x) for x in items)
        for x in items:
            x.flags.add("with_object")
        hub = last_before(off + w.start(), ms, in_lists, partners_too=False)
        subject = next(iter(cands), None)
        if hub is not None and subject is not None and subject is not hub and subject.start - off <= 3 and not re.match(r"\s*(?:In|At)\s", st) and \
                re.search(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,4}$", st[:w.start()]) and \
                re.match(r"\s*,", text[subject.end:subject.end + 2]):
            hub = subject   # "Yichang, the Hubei city that is home to the Three Gorges Dam, ... its ties with X"
        if hub is not None and re.search(r"\b(?:council|municipality|shire)\s+in\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:of\s+)?$",
                                         text[max(lo, hub.start - 60):hub.start]):
            # "A local council in the Australian state of New South Wales voted to sever ...": where the council is
            hub = council_place(ctx, items[0]) or hub
        while hub is not None and w.re is WITH and hub.start > lo and not re.match(r"\s*,\s*(?:which|that)\b", text[hub.end:hub.end + 10]) and (
                # (but "travelled to Saskatoon, which has been twinned with Shijiazhuang": the clause is the place's)
                _located(text, lo, hub) and any(
                hub.start - 40 <= c.end <= hub.start for c in cands if c is not hub) or re.search(
                # "flew to Yunnan Province ... talks with Pu'er", "the Fukuoka Prefecture city best known for ...":
                # where someone went, and a place as an adjective, are no hubs
                r"\b(?:flew|flown|fly|travell?ed|travel|travelling|traveling|went|go|going|head|headed|heading|arrived|arriving|came|"
                r"returned|stopped|stopping|stayed)\s+(?:back\s+)?"
                r"(?:to|in|at)\s+(?:the\s+)?$",
                text[max(lo, hub.start - 24):hub.start]) or text[max(lo, hub.start - 4):hub.start] == "the " and re.match(
                r"\s+(?:city|town|county)\s+(?:best|known|famous|renowned|that|which|where|of)\b", text[hub.end:hub.end + 24]) or re.search(
                r"\b(?:(?:state|province|prefecture)\s+of|(?:is|é|es|já\s+é|became|was)\s+(?:a\s+|an\s+|la\s+|uma\s+)?"
                r"(?:sister[\s-]+city|twin\s+town|cidade-irm[ãa]|ciudad\s+hermana)\s+(?:of|de|da|do))\s+$",
                text[max(lo, hub.start - 30):hub.start])):
            # "... with Bellevue in the U.S. state of Washington since 1998, and ... with Wuhan", "já é cidade-irmã
            # de Ponta Delgada, nos Açores, ..., e mantém um protocolo com Angra": where a partner lies, or a
            # partner, is no hub
            hub = last_before(hub.start, ms, in_lists, partners_too=False)
        if hub is None and (COUNCIL_SUBJECT.match(st) or COUNCIL_ES.search(st, 0, w.start())):
            hub = topic(ctx, i, items[0]) or council_place(ctx, items[0])   # "Councillors voted to end ...", "el Cabildo aprobó"
        which = re.search(r"\b[Tt]he\s+(county|city|town|province|prefecture|district|municipality|state)\s*,\s+which\s+(?:[\w\-]+\s+){0,3}$",
                          st[:w.start()])
        if which is not None:
            # "... friendly exchanges with the county, which already works with Lienz and Nelson": the county
            hub = referent(ctx, i, which.group(1), items[0]) or hub
        owners = list(REF_OWNER.finditer(st, 0, w.start()))
        # the nearest noun ("Daejeon was signed in 1996, and the city also marks ... with Naucalpan"),
        # else "its" with no place before it
        owner = next((o for o in reversed(owners) if o.group(1)), owners[-1] if owners else None)
        if owner and (hub is None or (owner.group(1) and hub.end <= off + owner.start())) and not (
                hub is not None and hub.start - off <= 3 and re.fullmatch(r"\s*,\s*", text[hub.end:off + owner.start()])):
            # (never "Gyeongju, the ancient capital of the Silla Kingdom, said its exchanges with Nara": the hub's apposition)
            # "The city's sister cities include ...", "The council will keep its ties with ..."
            noun = (owner.group(1) or "").lower()
            ref = topic(ctx, i, items[0]) or (
                sentence_subject(ctx, i - 1, items) if noun == "" and i > 0 else None) or (
                council_place(ctx, items[0]) if noun in ("council", "") else None)
            hub = ref or referent(ctx, i, noun or "city", items[0]) or hub
        if w.re is LIST_INTRO:
            # "their work with Tallahassee's remaining partners - Konongo-Odumasi in Ghana, ...": the owner named
            poss = [c for c in cands if c.possessive and off + w.start() - 50 <= c.end <= off + w.start() and re.fullmatch(
                r"['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns|provinces|regions)|partners)\s*",
                text[c.end:off + w.start()])]
            hub = poss[-1] if poss else hub
        if w.re is AMONG_THEM:
            # "Mérida tiene 14 ciudades hermanas en diez países, entre ellas A, ... y B": the sentence's subject;
            # "... twinned with Chefchaouen, which has built partnerships with towns in Spain, among them A": the clause's
            which = [c for c in cands if c.end <= off + w.start() and re.match(r",\s+which\b", text[c.end:c.end + 8])]
            hub = which[-1] if which else next((c for c in cands if c.end <= off + w.start() and "with_object" not in c.flags), None) or hub
        if w.re is AMONG:
            owner_m = next((c for c in cands if c.possessive and off + w.start() <= c.start < off + w.end()), None)
            hub = owner_m or (ctx.tied_to.get(items[0].key) if items else None) or (
                sentence_subject(ctx, i - 1, items) if i > 0 else None)
        if TIE_SUBJECT.match(st) and hub is None or re.search(
                r"\b[Tt]he\s+(?:partnership|relationship|tie|ties|twinning|friendship|agreement|accord|pact|charter)\s+$", st[:w.start()]) and (
                hub is None or hub.end < off + w.start() - 40):
            # "The partnership with Kumamoto was established in 1992", "..., and the relationship with Miyazu"
            main = ctx.tied_to.get(items[0].key) or (
                sentence_subject(ctx, i - 1, items) if i > 0 and re.match(r"\s*(?:Its|Their)\b", st) else None) or ctx.main
            hub = main if main is not None and main.key != items[0].key else hub
        if re.search(r"\b[Tt]he\s+(?i:city|town|provincial|municipal|county)?\s*(?i:council|government|city|town|assembly)\s+here\b",
                     st[:w.start()]):
            hub = _home_place(ctx, items[0]) or hub     # "The city council here ... with Ansan": the dateline's city
        clause_start = max((c.end() for c in CLAUSE.finditer(text, lo, off + w.start())), default=lo)
        if re.search(r"\b[Ww]e\s+(?:also\s+)?(?:have|are|maintain|hold|keep|enjoy)\b|\b[Oo]ur\s+(?:[\w\-]+\s+){0,2}?(?:twinning|partnership|"
                     r"friendship|link|relationship|ties|sister[\s-]+city\s+relationship)\s+$", text[clause_start:off + w.start()]):
            # "La Ferté-Macé at 35: our twinning with La Ferté-Macé reaches its 35th anniversary": the site's place
            hub = council_place(ctx, items[0]) or hub   # "..., and we have a friendship link with Sarzana": the site's place
        if hub is None and len(st.split()) <= 5 and not re.search(r"[.!?;:]\s*$", st) and ctx.main is not None and \
                ctx.main.key != items[0].key:
            hub = ctx.main      # a page's heading "Partnership with Vladimir": the page's place, not the line above's
        if hub is None and ctx.main is not None and ctx.main.key != items[0].key and ctx.main.key in ctx.tied_to and not any(
                c.end <= off + w.start() for c in cands) and re.match(r"\s*(?:[•*–-]\s*)?(?:[A-Z][a-z]+\s+)?(?:said|says|told)\b|\s*(?:[•*–-]\s*)?(?:The|the)\s+"
                                                                      r"(?:committee|council|association|mayor|city)\b", st):
            hub = ctx.main      # "Halvorsen said the committee has also had preliminary conversations with Santa Cruz"
        fronted = re.match(r"\s*(?:Since|After|Before|Having)\s+[^,;]{1,80},\s+the\s+(city|town|county|province|district|prefecture|"
                           r"state|municipality)\b", st) if hub is None else None
        if fronted is not None and fronted.start(1) > w.end():
            hub = referent(ctx, i, fronted.group(1), items[0])  # "Since signing with Aachen in 1993, the county has ..."
        romance = ORD_ROMANCE.search(st, 0, w.start()) if w.re is AFTER_LIST else None
        if romance is not None:     # "la neuvième ville jumelée avec Agadir, après notamment Saint-Louis": Agadir's
            hub = next((c for c in cands if c.start == off + romance.end()), hub)
        if hub is None:
            hub = head_place(ctx, i, off + w.start())  # "where on Monday Governor Park signed a memorandum ... with Jilin"
        if hub is None and i > 0 and ctx.main is not None and all(x.key != ctx.main.key for x in items) and not (
                cue_type(ctx.sents[i - 1].text) or PLURAL_CUE_ANY.search(ctx.sents[i - 1].text)):
            hub = ctx.main      # "Schongau, in Baviera, ospita ... . L'ultimo è il gemellaggio con Gödöllő": no tie before, the page's own
        if hub is None and i > 0:
            hub = sentence_subject(ctx, i - 1, items)
        if hub is None and cue_type(st[:w.start()]):
            hub = council_place(ctx, items[0])   # "Resolution establishing a friendship city relationship with X"
        if hub is None:
            continue
        intro_clause = max((c.end() for c in CLAUSE.finditer(text, lo, off + w.start())), default=lo)
        if w.re is REACHING:
            intro_clause = off + w.start()  # "... in 1957 and reaching most recently to Quito": the year is the first's
        for k, x in enumerate(items):
            # "The oldest, X, dates to 1959, and the network also includes A ...": A's words start at its clause
            seg_lo = _item_start(text, items[k - 1].end, x.start) if k else intro_clause
            seg_hi = items[k + 1].start if k + 1 < len(items) else hi
            if k + 1 == len(items):     # "... include A and B, and in 2019 it concluded ...": B's words end at the clause
                cut = re.compile(r",\s+(?:and|but|while)\s+(?:in|on|at|by|during|since|last|this)\s|;\s|"
                                 r",\s+(?:and|et|e|y)\s+(?:that\s|qu['’]|que\s)").search(text, chain_end(x, ms, text), hi)
                seg_hi = cut.start() if cut else hi
            pairs.append((hub, x, "listed" if w.re in (LIST_INTRO, AMONG, AFTER_LIST, AMONG_THEM, INCLUDES_ITS) else "with",
                          seg_lo, seg_hi, s.start))

    # "Yuma first paired with Mexicali ... in 1971, and added the Sonoran state capital, Hermosillo, in 2008":
    # the hub of the tie before adds another partner
    for m in ADDED.finditer(st) if pairs else ():
        y = first_after(off + m.end(), ms, text, 0)
        hub = next((p[0] for p in pairs if p[0].end <= off + m.start()), None)
        if y is not None and hub is not None and y.key != hub.key:
            pairs.append((hub, y, "with", off + m.start(), hi, s.start))

    # F. "... become an official sister city of A" (subject maybe in the sentence before)
    # and "The city has been a partner of Lutsk since 2002", "It has been a sister city of Durham"
    for m in re.finditer(r"\b(?:bec(?:ome|ame|oming)|(?:has|have|had)\s+(?:long\s+)?been|remains?|remained)\s+(?:an?\s+)?"
                         r"(?:official\s+|new\s+|close\s+|long-standing\s+)?(?:(?:sister|friendship|twin|friendly)"
                         r"[\s-]+(?:city|town|province|state|partner|region)|partner(?:\s+city|\s+town)?)\s+(?:of|to|with)\s+|"
                         # "la Heroica es ciudad hermana de Cádiz", "se encuentra hermanada desde 1997 con la ciudad de X"
                         r"\b(?:es|son|será|fue|é|são)\s+(?:(?:la|una|a|uma)\s+)?(?:ciudad(?:es)?\s+hermanas?|cidades?[\s-]+irmãs?)\s+"
                         r"(?:de|da|do)\s+|\b(?:está|están|se\s+encuentra|se\s+encuentran|está\s+ya)\s+hermanad[ao]s?\s+"
                         r"(?:desde\s+\d{4}\s+)?con\s+|"
                         # "Gunzenhausen, the Bavarian town that has been paired with Frankenmuth since 1962"
                         r"\b(?:has|have|had)\s+(?:long\s+)?been\s+(?:paired|twinned|partnered)\s+with\s+",
                         st, re.I):
        y = first_after(off + m.end(), ms, text, 0 if m.group(0)[-3:].strip() in ("of", "to", "ith") else 45)
        cap = re.match(r"the\s+([A-Z][a-z]+)\s+capital\b", st[m.end():])
        if y is None and cap and lexicon.country_code(cap.group(1)) in lexicon.capitals():
            code = lexicon.country_code(cap.group(1))   # "a sister city of the Mexican capital"
            y = find_named(ctx, lexicon.capitals()[code], code, off + m.end())
        if y is None and re.match(r"the\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:city|town|capital|metropolis)\b", st[m.end():]) and \
                ctx.main is not None and any(c.end <= off + m.start() and c.key != ctx.main.key for c in cands):
            y = ctx.main    # "Wellington, which has been twinned with the Fujian port city since 1987"
        if y is None:
            continue
        x = next((c for c in cands if c.key != y.key and c.end <= off + m.start()), None)
        if re.search(r"(?:paired|twinned|partnered)\s+with\s+$", m.group(0)):
            # "..., while Nairobi has been twinned with Denver": the subject nearest the verb
            x = next((c for c in reversed(cands) if c.key != y.key and c.end <= off + m.start() and not re.match(
                r"\s+(?:town|city|village|port|capital|municipality)\b", text[c.end:c.end + 14])), None)   # not "the Bavarian town"
        ev = s.start
        if re.search(r"\b[Ww]e\s+(?:\w+\s+)?$", st[:m.start()]):
            x = council_place(ctx, y)   # "We have been twinned with Euskirchen": the site's own place
        owner = REF_OWNER.search(st, 0, m.start()) or re.match(r"\s*(?:It|They)\b", st)
        if x is None and owner is not None and owner.re is REF_OWNER:
            noun = (owner.group(1) or "").lower()
            x = council_place(ctx, y) if noun in ("council", "") else referent(ctx, i, noun, y)
            if x is not None and i > 0 and any(c.key == x.key for c in candidates(ctx.mentions[i - 1])):
                ev = ctx.sents[i - 1].start     # "the state" stands for the place just named: both tell the tie
        if x is None and i > 0:
            x = sentence_subject(ctx, i - 1, [y])
            ev = ctx.sents[i - 1].start
        if x is not None:
            pairs.append((x, y, "become", lo, hi, ev))
            # "... a sister city of Clearwater, Florida, since 1959 and a friendship city of Shijiazhuang"
            for more in ALSO_OF.finditer(st, m.end()):
                z = first_after(off + more.end(), ms, text, 0)
                if z is not None and z.key != x.key:
                    pairs.append((x, z, "become", lo, hi, ev))
            if re.search(r"with\s+$", m.group(0)):
                # "has been paired with Potsdam, Germany, since 1990, ..., and with Naju, South Korea, since 2012"
                for more in re.finditer(r",?\s+and\s+(?:also\s+)?with\s+", st[m.end():]):
                    z = first_after(off + m.end() + more.end(), ms, text, 0)
                    if z is not None and z.key not in (x.key, y.key):
                        pairs.append((x, z, "become", off + m.end() + more.start(), hi, ev))

    # "\"Hangzhou has been our sister city since 2012,\" Mayor Luis Zeballos said": the speaker's place
    for m in OUR_PARTNER.finditer(st):
        y = last_before(off + m.start(), ms, set())
        x = _home_place(ctx, y) if y is not None and re.fullmatch(r"[\s\"“”'‘]*", text[chain_end(y, ms, text):off + m.start()]) else None
        if x is not None:
            pairs.append((x, y, "our", lo, hi, s.start))
    # "we host four firefighters from our sister city of Poznań", "Szeged, Hungary, another of our sister cities"
    for m in OUR_PARTNER_OF.finditer(st):
        y = first_after(off + m.end(), ms, text, 0)
        x = _home_place(ctx, y) if y is not None else None
        if x is not None:
            pairs.append((x, y, "our", lo, hi, s.start))
    for y in cands:
        if ONE_OF_OURS.match(text, chain_end(y, ms, text)):
            x = _home_place(ctx, y)
            if x is not None:
                pairs.append((x, y, "our", lo, hi, s.start))

    # "Gangwon counts the Canadian province of Alberta as its oldest overseas partner"
    # and "The delegation's home city also counts Iwaki in Japan and Suwon in South Korea among its sister cities"
    for m in re.finditer(r"\bcount(?:s|ed|ing)?\s+", st):
        y = first_after(off + m.end(), ms, text)
        listed = parse_list(y, ms, text, hi) if y is not None else []
        tail = chain_end(listed[-1], ms, text) if listed else 0
        aside = re.match(r"\s*,\s+(?:across|near|outside|north|south|east|west|just|in)\b[^,;]{1,60}?(?=,)", text[tail:tail + 80]) if listed else None
        if aside is not None:
            tail += aside.end()     # "counts Longueuil, across the St. Lawrence from Montreal, among its sister cities"
        if listed and COUNTS_AS.match(text, tail):
            x = last_before(off + m.start(), ms, set())
            owner = REF_OWNER.search(st, 0, m.start())
            if x is None:   # "The city counts ...", "The delegation's home city also counts ..."
                noun = ((owner.group(1) if owner else None) or "city").lower()
                x = described(ctx, i, off + owner.start(), off + owner.end(), noun, y) if owner else referent(ctx, i, noun, y)
            for z in listed:
                if x is not None and x.key != z.key:
                    z.flags.add("with_object")
                    pairs.append((x, z, "counts", off + m.start(), hi, s.start))

    # G. "A and its (French) sister city B"
    for m in re.finditer(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:(?:sister|friendship|twin|partner)["
                         r"\s-]+(?:city|town|"
                         r"province|district)\s*,?\s+(?:of\s+)?|(?:partner|twin)\s*,\s+)", st, re.I):
        y = first_after(off + m.end(), ms, text, 0)
        x = last_before(off + m.start(), ms, {id(y)} if y else set())
        ref = re.search(r"\b[Tt]he\s+(?:[a-z]+\s+)?(capital|city|town|province|county|prefecture|district|municipality)\s+and\s+$",
                        st[:m.start()])
        while x is not None and y is not None and re.search(r"\b(?:from|across|near|outside|beyond)\s+(?:the\s+)?$",
                                                            text[max(lo, x.start - 12):x.start]):
            x = last_before(x.start, ms, {id(y)})   # "counts Longueuil, across the St. Lawrence from Montreal, ..., and its ... sister city, Namur"
        if x is None and ref is not None and y is not None:
            # "CHARLOTTETOWN — The provincial capital and its Japanese sister city, Ashibetsu, renewed ..."
            x = referent(ctx, i, ref.group(1), y) or _home_place(ctx, y)
        if x and "with_object" in x.flags:
            # "X's partners are its sister cities A and B, and its friendship city C": C is X's too
            x = next((p[0] for p in pairs if p[1] is x), None)
        if x and y and x.key != y.key:
            pairs.append((x, y, "its", lo, hi, s.start))

    # Q. "LEGAZPI CITY – This city and Ha Long City ... formalized their sister city relationship"
    dl = next((c for c in ms if "dateline" in c.flags and c.kind == "place"), None)
    tc = THIS_CITY_AND.match(text, max(lo, dl.end if dl else lo)) if ctype else None
    if tc is None and ctype and dl is not None:
        tc = re.compile(r"[^A-Za-z]{0,6}" + THIS_CITY_AND.pattern).match(text, dl.end)
    if tc is not None:
        z = first_after(tc.end(), ms, text)
        hub = dl or referent(ctx, i, tc.group(1) or "city", z) if z is not None else None
        if z is not None and hub is not None and hub.key != z.key:
            pairs.append((hub, z, "this_and", lo, hi, s.start))

    # K. "three pairs of cities signed friendship agreements: A and B of Cambodia, C and D, and E and F"
    colon = st.find(": ")
    if ctype and colon > 0:
        chunks = re.split(r"\s*(?:;|,\s*and|,)\s+(?=[A-Z])", st[colon + 2:])
        pos, got = off + colon + 2, []
        for ch in chunks:
            at = text.find(ch, pos, hi + 1)
            inside = [c for c in cands if at <= c.start < at + len(ch)]
            pos = at + len(ch)
            if len(inside) == 2 and re.search(r"\s(?:and|y|e|et|und|&)\s", text[inside[0].end:inside[1].start]):
                got.append((inside[0], inside[1], at, pos))
        if len(got) >= 2 and len(got) == len([ch for ch in chunks if ch.strip()]):
            for a, b, clo, chi in got:
                pairs.append((a, b, "pairs", clo, chi, s.start))

    # H0. "The Akim (Mayor) of Astana and the Mayor of Kuala Lumpur signed an agreement establishing sister
    # city relations": the two cities' heads sign for them
    if ctype or INTENT.search(st):
        for a, b in zip(cands, cands[1:], strict=False):
            if OFFICIAL_OF.search(text, max(lo, a.start - 40), a.start) and AND_OFFICIAL_OF.fullmatch(text, a.end, b.start) and \
                    SIGN.match(text, chain_end(b, ms, text) + 1, min(hi, b.end + 40)) and a.key != b.key:
                pairs.append((a, b, "lead", lo, hi, s.start))

    # H. "A and B <cue>": a coordinated pair followed by the cue
    if ctype or (ctx.themed and KEPT_TIE.search(st)):
        resume, resume_at = None, lo   # "A and B have been sister cities since 1970, while A and C established ... in 2007"
        for c in cands:
            if resume is not None and c.start < resume:
                continue
            lead = parse_list(c, ms, text, hi)
            coord = len(lead) == 2 and re.search(r"\b(?:and|y|e|et|und)\b", text[lead[0].end:lead[1].start])
            tail = chain_end(lead[1], ms, text) if coord else hi
            cue = STRONG.search(text, tail, hi) or INTENT.search(text, tail, hi) or (
                ctx.themed and KEPT_TIE.match(text, tail))
            owned = ARE_OWNERS.match(text, tail) if coord else None
            if owned:
                # "Shenzhen in China and Hai Duong in Vietnam are the city's friendship cities": partners, not a pair
                named = next((c for c in cands if c.possessive and owned.start() <= c.start < owned.end()), None)
                hub = named or referent(ctx, i, (owned.group(1) or "city").lower(), lead[0])
                if hub is not None:
                    pairs.extend((hub, x, "listed", x.start, chain_end(x, ms, text), s.start) for x in lead if x.key != hub.key)
                    resume = owned.end()
                    continue
            if coord and any(_capital_of(text, lo, x) for x in lead):
                continue    # "the capital of East Azarbaijan province and the capital of Tatarstan": their capitals, unnamed
            if coord and (NOT_A_TIE.search(text, max(lo, lead[0].start - 40), lead[0].start) or _ends_at(ORG_NOUNS_BEFORE, text, max(lo, lead[0].start - 30), lead[0].start)):
                continue    # "a ferry route linking Donghae and Sakaiminato", "between the charities Tearfund and Cord"
            envoys = re.search(r"\b(?:officials|delegates|representatives|leaders|delegations|mayors|governors)\s+from\s+(?:the\s+)?$",
                               text[max(lo, lead[0].start - 40):lead[0].start]) and cue and re.search(
                r"\btheir\b", text[tail:cue.end()])   # "Senior officials from Guangdong and NSW met ... their sister-state relationship"
            if coord and cue and any(tail < x.start < cue.start() and re.search(r"\b(?:as|while|when|whereas|but|after|before)\s+$",
                                                                           text[tail:x.start]) for x in cands if x not in lead):
                continue    # "in the colours of Brittany and Mayo ... as Westport marked 35 years of twinning": another's cue
            if coord and cue and (WITH_THEIR_OWN.search(text, tail, cue.start()) or re.search(
                    r"\b(?:our|its|his|her)\s+(?:[\w\-]+\s+){0,2}$", text[tail:cue.start()])):
                # "Surrounded by the Eiger and the Jungfrau, our Swiss sister city ...": someone's one partner, not a pair
                continue    # "Turku and Lahti cut ties with their Russian partner cities": each its own partner, unnamed
            if coord and cue and not ATTEND.search(text, tail, cue.start()) and (envoys or not re.search(
                    r"\b(?:from|at|in)\s+(?:the\s+)?$", text[max(lo, lead[0].start - 12):lead[0].start])) and not (
                    "with_object" in lead[0].flags or "with_object" in lead[1].flags):   # partners listed, not a pair
                clause = re.compile(r",?\s+(?:while|whereas|but)\s+|;\s+").search(text, cue.end(), hi)
                if resume is not None and pairs and pairs[-1][2] == "lead":
                    pairs.append((lead[0], lead[1], "lead", resume_at, hi, s.start))
                else:
                    pairs.append((lead[0], lead[1], "lead", lo, clause.start() if clause else hi, s.start))
                if clause is None:
                    break
                resume, resume_at = clause.end(), clause.start()

    # P. "Jeju's oldest foreign partner is the U.S. state of Hawaii"; "Its partner, Tokorozawa, ..."
    for y in cands:
        if y.possessive:
            pm = PARTNER_IS.match(text, y.end) or POSS_APPOSED.match(text, y.end)
            z = first_after(pm.end(), ms, text) if pm else None
            if z is not None and z.key != y.key:
                z.flags.add("with_object")
                pairs.append((y, z, "partner_is", lo, hi, s.start))
    rp = REF_PARTNER_IS.search(st) or REF_APPOSED.search(st)
    if rp is not None:  # "The city's only current sister city is Meissen, Germany", "The council's other sister city, Kumagaya"
        z = first_after(off + rp.end(), ms, text)
        noun = rp.group(1).lower()
        hub = (council_place(ctx, z) if noun == "council" else referent(ctx, i, noun, z)) if z is not None else None
        if hub is not None and re.search(r"\bother\b", rp.group(0)) and ctx.main is not None and \
                ctx.main.key not in (hub.key, z.key) and ctx.main.key in ctx.tied_to:
            hub = ctx.main  # "The town's other twin, Titisee-Neustadt": the story's town, not the twin just named
        if z is not None and hub is not None and hub.key != z.key:
            z.flags.add("with_object")
            pairs.append((hub, z, "partner_is", lo, hi, s.start))
    for am in AS_PARTNERS_OF.finditer(st):
        hub = first_after(off + am.end(), ms, text, 0)
        before = [c for c in cands if c.end <= off + am.start()]
        last = next((c for c in reversed(before) if re.fullmatch(r"[\s,]*", text[chain_end(c, ms, text):off + am.start()])), None)
        if hub is not None and last is not None:
            # "Bitung joins Taguig City and Kota Kinabalu as sister cities of General Santos", "designating
            # Poltava, Ukraine, as a Sister City of Ames": the places listed right before "as"
            named = next((parse_list(c, ms, text, off + am.start()) for c in before
                          if last in parse_list(c, ms, text, off + am.start())), [last])
            pairs = [p for p in pairs if not (p[0] in named and p[1] in named)]   # partners listed, not a pair
            pairs.extend((hub, c, "designated", lo, hi, s.start) for c in named if c.key != hub.key)
    if first_of_z is not None:  # "Belo Horizonte has 17 sister cities. The oldest of them is the Lebanese city of Zahlé"
        z = first_of_z
        hub = sentence_subject(ctx, i - 1, [z])
        told = ctx.tied_to.get(hub.key) if hub is not None else None
        if told is not None and ctx.main is not None and told.key == ctx.main.key and z.key != ctx.main.key and not hub.possessive:
            hub = ctx.main  # "Cuenca is the ninth foreign city ... with Liuzhou. The oldest of these partnerships, ...": Liuzhou's
        # (or "... has sister-city or friendship-city relations with 18 foreign cities. The oldest is with Fujisawa")
        if z is not None and hub is not None and (PLURAL_CUE_ANY.search(ctx.sents[i - 1].text + " " + st) or
                                                  _partners_counted(ctx.sents[i - 1].text)):
            z.flags.add("with_object")
            pairs.append((hub, z, "partner_is", lo, hi, s.start))
            # "..., y el más reciente, con la ciudad china de Qingdao, data de 2017": the other end of the range
            other = AND_THE_LAST.search(st, first_of.end())
            z2 = first_after(off + other.end(), ms, text) if other else None
            if z2 is not None and z2.key not in (z.key, hub.key):
                z2.flags.add("with_object")
                pairs.append((hub, z2, "partner_is", off + other.start(), hi, s.start))
    # "Montego Bay in Jamaica became the city's first in 2009, followed by Ibagué, Colombia, and Tamana, Japan."
    for c in cands if i > 0 and ctx.themed and ctx.main is not None and _partners_counted(ctx.sents[i - 1].text) else ():
        m = BECAME_FIRST.match(text, chain_end(c, ms, text))
        if m is None or c.key == ctx.main.key or any(p[1] is c for p in pairs):
            continue
        after = FOLLOWED_BY.search(text, m.end(), hi)
        c.flags.add("with_object")
        pairs.append((ctx.main, c, "partner_is", lo, after.start() if after else hi, s.start))
        first = first_after(after.end(), ms, text) if after else None
        for x in parse_list(first, ms, text, hi) if first is not None else []:
            if x.key != ctx.main.key:
                x.flags.add("with_object")
                pairs.append((ctx.main, x, "listed", after.end(), hi, s.start))
        break
    for m in NEWEST_MEMBER.finditer(st):
        z = first_after(off + m.end(), ms, text, 0)
        if z is None or any(p[1] is z for p in pairs):
            continue
        # the hub of the tie the sentence told before ("Its network began with Uwajima, and its newest member is Ganja")
        hub = next((p[0] for p in reversed(pairs) if p[5] == s.start and p[0].key != z.key), None) or (
            sentence_subject(ctx, i - 1, [z]) if i > 0 else None)
        if hub is not None and hub.key != z.key and (ctype or i > 0 and PLURAL_CUE_ANY.search(ctx.sents[i - 1].text)):
            z.flags.add("with_object")
            pairs.append((hub, z, "its_partner", off + m.start(), hi, s.start))
    for m in ITS_PARTNER.finditer(st):
        # "Its partner, Tokorozawa, ...", "Our youngest partner, the walled Tuscan city of Lucca, ..."
        z = first_after(off + m.end(), ms, text, 0)
        desc = re.match(r"the\s+(?:[\w\-]+\s+){0,4}?(?:city|town|village|port|municipality|commune|province|prefecture)\s+of\s+", st[m.end():])
        if z is None and desc is not None:
            z = first_after(off + m.end() + desc.end(), ms, text, 0)
        if z is not None and m.group(0).startswith("Our"):
            hub = council_place(ctx, z)     # "Our youngest partner, the walled Tuscan city of Lucca, ...": the site's place
        else:
            hub = sentence_subject(ctx, i - 1, [z]) if z is not None and i > 0 else None
            if hub is not None and re.search(r"\bother\b", m.group(0)):
                # "... oldest friendship is with Trier ... Its other twin, Leuven": the city's, not Trier's
                hub = ctx.tied_to.get(hub.key) or (ctx.main if ctx.main is not None and ctx.main.key != z.key else hub)
        if z is not None and hub is not None:
            z.flags.add("with_object")  # a partner, never the subject a later sentence goes on from
            pairs.append((hub, z, "its_partner", lo, hi, s.start))

    for m in JOINED.finditer(st) if ctx.themed and i > 0 and (ctx.sents[i - 1].is_heading or len(ctx.sents[i - 1].text.split()) <= 6) else ():
        x = next((c for c in cands if c.end <= off + m.start() and "with_object" not in c.flags), None)
        hub = ctx.main if x is not None and ctx.main is not None and ctx.main.key != x.key else None
        if hub is not None and not any(p[1] is x for p in pairs):
            pairs.append((hub, x, "joined", lo, hi, s.start))    # joined the hub's partners

    # M. "Chicago, a sister city since 1973, is sending ...": the partner in apposition, the story's place its hub
    for c in cands:
        # "Bathurst welcomed visitors from Okuma, a sister city relationship that ...": the sentence's subject
        subject = next((x for x in cands if x.end <= c.start and x.key != c.key and "with_object" not in x.flags
                        and not _located(text, lo, x)), None)
        hub = subject if subject is not None and re.match(r"\s+(?:welcomed|hosted|received|greeted|sent|visited)\b",
                                                          text[subject.end:subject.end + 12]) else ctx.main
        if APPOSED_PARTNER.match(text, c.end) and hub is not None and hub.key != c.key and not any(
                p[1] is c or p[0] is c for p in pairs) and not re.match(
                r"\s*(?:Surrounded|Nestled|Located|Situated|Set|Framed|Overlooked|Ringed|Known|Famous|Best\s+known)\s+(?:by|among|in|on|for|between|under|at)\b",
                st):
            # never "Surrounded by the Eiger and the Jungfrau, our Swiss sister city ...": the fronted phrase describes it
            pairs.append((hub, c, "apposed", lo, hi, s.start))

    # M2. "Freetown, a twin city of Kingston upon Hull since 1980, ...": the apposition names the place's own partner
    for c in cands:
        m = APPOSED_OF.match(text, c.end)
        z = next((x for x in cands if m and x.start == m.end()), None)
        if z is not None and z.key != c.key and not any({p[0].key, p[1].key} == {c.key, z.key} for p in pairs):
            pairs.append((c, z, "apposed", lo, hi, s.start))

    # J. "The prefecture has been a friendship partner of Zhejiang": the subject named before
    if not pairs and ctype:
        ref = REF_SUBJ.search(st)
        others = [c for c in cands if not LOCATED.search(text[max(lo, c.start - 12):c.start])]
        if ref and len({c.key for c in others}) == 1 and off + ref.end() <= others[0].start:
            noun = ref.group(1).lower()     # "The corporation has written to the city of Hamilton": the city's own
            hub = council_place(ctx, others[0]) if noun == "corporation" else referent(ctx, i, noun, others[0])
            if hub is not None:
                pairs.append((hub, others[0], "ref", lo, hi, s.start))

    # N0. "the 15th anniversary of the twinning between the Ohio port and the delta hub": both described, the
    # story's place and the partner it was tied to before
    if not pairs and ctype and DESCRIBED_PAIR.search(st) and ctx.main is not None and ctx.main.key in ctx.tied_to:
        pairs.append((ctx.main, ctx.tied_to[ctx.main.key], "the_two", lo, hi, s.start))
    # "A delegation from the Japanese town of Tokoname arrived in Yixing. ... the agreement between the pottery
    # capital of Jiangsu and the Japanese ceramics town": both described, the two the sentence before named
    named_here = {c.key: c for c in cands if not descriptor(text, c) and not _located(text, lo, c)}
    if not pairs and ctype and DESCRIBED_PAIR.search(st) and len(named_here) == 2:
        # "Tucson hosted guests from Ciudad Obregón ... celebrating five decades of twinning between the desert city
        # and the farming capital of the Yaqui Valley": the two the sentence named
        a, b = sorted(named_here.values(), key=lambda c: c.start)
        pairs.append((a, b, "the_two", lo, hi, s.start))
    if not pairs and ctype and i > 0 and DESCRIBED_PAIR.search(st) and all(_capital_of(text, lo, c) or descriptor(text, c) for c in cands):
        prev = {c.key: c for c in candidates(ctx.mentions[i - 1])}
        if len(prev) == 2 and not ctx.sents[i - 1].is_heading:
            a, b = sorted(prev.values(), key=lambda c: c.start)
            pairs.append((a, b, "the_two", lo, hi, s.start))

    # N1. "visitors from Neumarkt joined the lakeside town for the 40th anniversary of their twinning": one named,
    # the other described, and the tie is theirs
    if not pairs and ctype and THEIR_TIE.search(st) and DESC_REF.search(st) and ctx.main is not None:
        named = {c.key: c for c in cands if not ("body" in c.flags and lexicon.fold(c.name) not in lexicon.known_places()) and not (
            c.start - lo <= 1 and " " not in c.name and c.evidence == 0 and not c.country and re.match(r"\s+[a-z]", text[c.end:c.end + 2]))}
        # (never "Brass bands filled the square": a word that opens the sentence)
        if len(named) == 1 and ctx.main.key not in named:
            pairs.append((ctx.main, next(iter(named.values())), "the_two", lo, hi, s.start))

    # N. "... arrived in Guangzhou to celebrate the anniversary of the relationship between the two cities":
    # the sentence names the two, wherever they stand (the dateline included)
    if not pairs and (ctype or two_tie) and TWO_CITIES.search(st):
        named = {}
        for c in ms:
            if c.kind == "place" and (not c.locator or "dateline" in c.flags):
                named.setdefault(c.key, c)
        if len(named) > 2:  # three named: never the venue ("at the Provincial Government Office in Hongseong")
            # (but "In Penticton, British Columbia, a delegation from Ikeda ...": the sentence's topic)
            named = {k: c for k, c in named.items() if "dateline" in c.flags or re.fullmatch(r"\s*(?:In|At)\s+", text[lo:c.start]) or not (
                LOCATED.search(text[max(lo, c.start - 12):c.start]) or _located(text, lo, c))}
        if len(named) == 2:
            a, b = sorted(named.values(), key=lambda c: c.start)
            pairs.append((a, b, "two_named", lo, hi, s.start))
        elif len(named) == 1 and re.match(r"\s*[Tt]he\s+two\b", st) and i > 0 and re.search(
                r"\b(?:on|in|at|outside|near|from)\s+(?:the\s+)?$", text[max(lo, next(iter(named.values())).start - 12):next(iter(named.values())).start]):
            pass    # "The two cities marked half a century as sister cities, ... outside the Town Hall on the Esplanade": the pair before
        elif len(named) == 1:
            # "Mayor Ruiz and the mayor of Mérida in Spain signed ... between the two cities": one is named,
            # the other is the story's own, or where it was filed ("ANKARA -- ... the twinning of the two
            # capitals, ... Bishkek's new depot")
            one = next(iter(named.values()))
            prev = _visit_pair(ctx, i - 1) if i > 0 else {}
            home = next((c for k, c in prev.items() if k != one.key), None) if one.key in prev else None
            # "Zibo in Shandong Province hosted the chairman of the council of Trollhättan, Sweden. Zibo Mayor Ma said
            # the friendly relationship between the two cities ...": the other the sentence before named with it
            home = home or (ctx.main if ctx.main is not None and ctx.main.key not in named else _home_place(ctx, one))
            if home is not None and home.key not in named:
                pairs.append((home, next(iter(named.values())), "two_named", lo, hi, s.start))

    # O. "The two became twin towns in 1968": the pair named just before
    if not pairs and ctype and i > 0 and not [c for c in cands if not _located(text, lo, c)] and re.match(
            r"[\s\"“'‘]*(?:(?:The|the)\s+two\b|(?:Our|Both)\s+(?:two\s+)?(?:cities|towns)\b)", st):
        # "... from Kokubunji, on the western edge of Tokyo. The two cities have shared ... outside Innisfail"
        j = i - 1 if candidates(ctx.mentions[i - 1]) or i < 2 else i - 2   # past "Mayor Reese led the group of 14."
        prev = {c.key: c for c in candidates(ctx.mentions[j]) if not _located(text, ctx.sents[j].start, c)
                and not re.search(r"\bin\s+the\s+(?:[\w\-]+\s+){0,2}(?:state|province|prefecture|region|county)\s+of\s+$",
                                  text[max(0, c.start - 40):c.start])}     # "Kent, a college town in the US state of Ohio"
        if len(prev) != 2:
            prev = _visit_pair(ctx, j)
        known = {frozenset((k, v.key)) for k, v in ctx.tied_to.items()}
        if len(known) == 1 and not cue_type(ctx.sents[j].text) and set(prev) != set(next(iter(known))) and not any(
                c.evidence > 0 for c in prev.values()):
            # "... to suspend the town twinning with Pskov. A motion from GroenLinks ... was adopted. The two cities
            # have been twinned since 1993.": the page's one pair, past a sentence that names no town it knows
            k1, k2 = next(iter(known))
            prev = {k1: ctx.tied_to[k2], k2: ctx.tied_to[k1]}
        if len(prev) == 2:
            a, b = sorted(prev.values(), key=lambda c: c.start)
            if not re.search(r"\b(?:sites?|landmarks?|attractions?|monuments?)\s*(?:,|:|such\s+as|including)\s*$",
                             text[max(ctx.sents[j].start, a.start - 40):a.start]):
                pairs.append((a, b, "the_two", lo, hi, s.start))   # never "home to World Heritage sites, A and B"

    # I. two places and a strong cue, nothing else found
    if not pairs and ctype:
        distinct = {c.key: c for c in reversed(cands)
                    if not ATTRIBUTE_AFTER.match(text, c.end)   # "new doors for Sarawak businesses"
                    and not descriptor(text, c)     # "Nakuru, the Kenyan Rift Valley town known for ..."
                    and not _located(text, lo, c)
                    and not _capital_of(text, lo, c)}
        if len(distinct) == 2:
            a, b = sorted(distinct.values(), key=lambda c: c.start)
            cue = STRONG.search(text, b.end, hi)
            region = re.fullmatch(r"\s*,\s*", text[a.end:b.start]) and any(
                m.kind == "country" and re.fullmatch(r"\s*,\s*", text[b.end:m.start]) for m in ms)
            theirs = cue and WITH_THEIR_OWN.search(text, b.end, cue.start())
            told = IS_A_PARTNER.match(text, a.end)
            if told and not re.search(r"\b(?:of|de|da|do|del|with|com|con|avec)\s+$", text[a.end + told.end():b.start]):
                # "Nishinomiya é uma cidade-irmã que sempre esteve presente ... o terremoto de Kobe": the page's partner
                if ctx.main is not None and ctx.main.key not in (a.key, b.key):
                    pairs.append((ctx.main, a, "two", lo, hi, s.start))
            elif not (cue and ATTEND.search(text, b.end, cue.start())) and not region and not theirs and not NOT_A_TIE.search(
                    text, max(lo, a.start - 40), a.start):   # "Braine-l'Alleud, Walloon Brabant, Belgium"
                pairs.append((a, b, "two", lo, hi, s.start))

    if pairs and NEGATED.search(st) and stage in ("active", "signed"):
        pairs = []      # "none of those cities has any formal link with Wollongong"
    states = lexicon.core_states()
    if not re.search(r"sister[\s-]+(?:state|province|prefecture|region)|(?:state|province)[\s-]+to["
                     r"\s-]+", st, re.I):
        # two states in one sentence are rarely tied ("California and Washington, the two US states
        # with the most sister cities"), unless one is named as a unit ("Jilin Province", "the
        # province of Alberta")
        pairs = [p for p in pairs
                 if not (lexicon.fold(p[0].name) in states and lexicon.fold(p[1].name) in states)
                 or p[2] in ("partner_is", "its_partner")
                 or any(guess_kind(x.name) == "state_province" and x.name.lower() not in states
                        or "city_of" in x.flags or _named_unit(text, x) for x in p[:2])]
    # "Jalandhar joins Kōtō, ... Zhuhai and Zapopan on Surrey's list of twin cities", "Lahore counts Istanbul ... and
    # Xi'an among its twin cities, and the oldest of those ties, with Istanbul, ...": two partners of one hub are
    # no pair of their own
    partners_of: dict[str, set[str]] = {}
    for h, x, rule, *_ in pairs:
        if rule in ("possessive", "counts", "listed"):
            partners_of.setdefault(h.key, set()).add(x.key)
    pairs = [p for p in pairs if p[2] not in ("lead", "with") or not any(
        p[0].key in others and p[1].key in others and hub_key not in (p[0].key, p[1].key) for hub_key, others in partners_of.items())]
    found = []
    prev_date: DateExpr | None = None
    for n, (hub, x, rule, plo, phi, ev) in enumerate(pairs):
        if hub.key == x.key or not hub.key or not x.key:
            continue
        d = tie_date(x, plo, phi, ds, text)
        nxt = pairs[n + 1] if n + 1 < len(pairs) else None
        if d is None and rule == "with" and nxt is not None and nxt[0].key == hub.key and nxt[2] == "with" and re.fullmatch(
                r"\s*(?:,\s*)?(?:and|y|e|et)\s+", text[chain_end(x, ms, text):nxt[1].start]):
            later = tie_date(nxt[1], nxt[3], nxt[4], ds, text)    # "with Bordeaux and Hannover, were forged in 1947"
            d = later if later is not None and later.level in (1, 2) and later.start > nxt[1].end else None
        if d is None and rule == "with" and prev_date is not None and plo != lo and \
                prev_date.kind not in ("origin", "since"):
            d = prev_date   # "with A on Monday and B": a dated signing covers the list, "which dates to" does not
        prev_date = d
        if d is not None and d.kind not in START_KINDS and RENEWAL.search(st):
            d = None    # "re-signed their twinning charter on Saturday": the tie is older than the ceremony
        evtext = text[ev:s.end]
        st_here = stage_of(evtext, ds, ctx.published) if ev != s.start else stage
        if ev == s.start and rule != "listed":
            # "A has sister-city arrangements with B and C, and officials have also opened talks with D";
            # "the akimat signed a memorandum on friendly relations with Ufa, and talks are under way with
            # Namangan": each partner takes the stage of its own clause, where that clause says one
            own = _clause_of(text, s.start, s.end, x)
            # never where another clause names the partner again: "voted to approve a twinning agreement with
            # Loudun, and minutes later Mayor X and Loudun Mayor Y signed the document" is one tie's news
            again = any(c.key == x.key for c in cands if not own[0] <= c.start < own[1])
            if own != (s.start, s.end) and not again and (hub.start >= own[0] or rule == "with") and not UNDO.search(st):
                words = text[own[0]:own[1]]
                mine = stage_of(words, [y for y in ds if own[0] <= y.start < own[1]], ctx.published)
                said = cue_type(words) or SIGN.search(words) or INTENT.search(words) or WISH.search(words) or \
                    ENDING.search(words)
                # "..., which already works with Lienz", "while its tie with Saeki remains active"
                said = said or re.search(r"\b(?:already|remains?\s+(?:active|in\s+(?:place|force))|still\s+(?:active|in\s+(?:place|force)))\b", words)
                if mine != st_here and (said or st_here == "contact" and not WISH.search(words)):
                    st_here = mine
                    if d is not None and not own[0] <= d.start < own[1]:
                        d = tie_date(x, own[0], own[1], [y for y in ds if own[0] <= y.start < own[1]], text)
        st_here = inherited or st_here
        halted = None
        if d is not None and d.kind == "since" and st_here in ("suspended", "terminated") and re.search(
                r"\b(?:suspended|frozen|halted|paused|on\s+hold|ended|cut)\s+(?:\w+\s+)?$", text[max(0, d.start - 30):d.start]):
            halted, d = d, None     # "have been suspended since March 2022": when it stopped, not when it began
        if rule == "listed" and st_here in ("suspended", "terminated"):
            # "The city's partners are A, B and C, a relationship council put on hold in 2022": the end told of
            # one item is not the others'
            halt = [m.start() for rx in (SUSPEND, ENDING) for m in rx.finditer(text, s.start, s.end)]
            first = min((p[1].start for p in pairs if p[2] == "listed" and p[0].key == hub.key), default=s.start)
            if halt and all(first < h and not plo <= h < phi for h in halt):
                st_here = "active"
        if st_here in ("contact", "intent") and re.search(r"\b(?:its|our|their)\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|partner|friendship)"
                                                         r"[\s-]+(?:city|town|province|state)\s*,?\s*$", text[max(0, x.start - 50):x.start]):
            st_here = "active"  # "in talks with its Mozambican partner city, Xai-Xai, about a team": the tie exists
        if rule == "listed" and st_here not in ("suspended", "terminated"):
            # "Its sister cities are A, B and C": existing ties, whatever else the sentence reports
            st_here = "active"
            d = d if d is not None and d.start < phi and d.kind in ("year", "since", "range", "origin") else None
        f = _finish(hub, x, typ, st_here, d, [y for y in ds if y is not halted], ctx.published, ev, s.end, rule)
        if halted is not None:
            f.stage_date = halted.value
        found.append(f)
    return found, alliances


def _home_place(ctx: Ctx, partner: Mention) -> Mention | None:
    """The place a page's "we", "our" and "here" stand for: where the story was filed, else its council's place."""
    dl = next((c for ms in ctx.mentions for c in ms if "dateline" in c.flags and c.kind == "place"), None)
    if dl is not None and dl.key != partner.key:
        return dl
    return council_place(ctx, partner)


VISIT_HOST = re.compile(r"\b(?:arrived|arriving|arrives|came|travell?ed|returned)\s+(?:in|to)\s+$|\bvisit(?:ed|ing|s)?\s+$")


def _visit_pair(ctx: Ctx, j: int) -> dict[str, Mention]:
    """The two places of a visit told in sentence ``j`` ("A delegation from Kent, a college town in the US state of
    Ohio, arrived in Yangzhou"): the towns named, less where they lie, but with the town visited; empty unless two."""
    s = ctx.sents[j]
    out: dict[str, Mention] = {}
    if not re.search(r"\b(?:delegation|visitors?|guests|visit\w*|hosted|hosting|arriv\w+|welcomed|received)\b", s.text):
        return out
    for c in candidates(ctx.mentions[j]):
        if kind_of(c) == "state_province" or "unit:state_province" in c.flags:
            continue
        if _located(ctx.text, s.start, c) and not VISIT_HOST.search(ctx.text, max(s.start, c.start - 20), c.start):
            continue
        out.setdefault(c.key, c)
    return out if len(out) == 2 else {}


def _located(text: str, lo: int, c: Mention) -> bool:
    """Whether ``c`` only says where something is: "in Alberta", "outside Innisfail", "on the edge of Tokyo"."""
    return re.search(r"\b(?:[Ii]n|[Aa]t|near|across|throughout|around|(?:north|south|east|west)(?:east|west)?\s+of|"
                     r"em|no|na|nos|nas|en|au|aux|dans|"
                     r"outside(?:\s+of)?|serves|serving|edge\s+of|outskirts\s+of|heart\s+of)\s+(?:the\s+)?"
                     r"(?:(?:central|(?:north|south)(?:ern|east|west)?|(?:east|west)(?:ern)?|rural|downtown)\s+)?$",
                     text[max(lo, c.start - 24):c.start]) is not None or re.search(
        # "the City of Wilmington in the U.S. state of North Carolina"
        r"\b[Ii]n\s+the\s+(?:[\w.]+\s+){0,2}(?:state|province|prefecture|region|county|department|oblast)\s+of\s+$",
        text[max(lo, c.start - 40):c.start]) is not None


def _capital_of(text: str, lo: int, c: Mention) -> bool:
    """Whether ``c`` is named as the region of an unnamed capital: "the capital of East Azarbaijan province"."""
    return re.search(r"\b(?:capital|seat)\s+of\s+(?:the\s+)?$", text[max(lo, c.start - 16):c.start]) is not None


def _ends_at(rx: re.Pattern, text: str, lo: int, at: int) -> bool:
    """Whether a match of ``rx`` in ``text[lo:at]`` ends right at ``at`` ("the charities |Tearfund")."""
    return any(m.end() == at for m in rx.finditer(text, lo, at))


def _clause_of(text: str, start: int, end: int, x: Mention) -> tuple[int, int]:
    """The clause of a sentence that holds ``x``: between the clause breaks around it."""
    lo, hi = start, end
    for m in CLAUSE.finditer(text, start, end):
        if m.end() <= x.start:
            lo = m.end()
        elif m.start() >= x.end:
            hi = m.start()
            break
    return lo, hi


def _item_start(text: str, prev_end: int, start: int) -> int:
    """Where a list item's own words begin: after the last connector, so that "A, with which it has
    been twinned since 1970, and B" leaves A's year with A."""
    cuts = list(re.finditer(r"[,;]\s*(?:and\s+)?|\s+and\s+", text[prev_end:start]))
    return prev_end + cuts[-1].start() + 1 if cuts else prev_end


def _named_unit(text: str, x: Mention) -> bool:
    """Whether the text names ``x`` as a unit: "the U.S. state of Hawaii", "the province of Alberta"."""
    return re.search(r"\b(?:state|province|prefecture|region)\s+of\s+$", text[max(0, x.start - 16):x.start], re.I) is not None


BECAME_FIRST = re.compile(r"\s+(?:became|was|is|remains)\s+(?:(?:the\s+(?:city|town|county|province|district|municipality|state)['’]s|its)\s+"
                          r"(?:first|oldest)\b(?!\s+(?:mayor|woman|female|black|president|director|museum|school|university|airport))|"
                          # "... counts nine sister cities. The Vietnamese city of Ha Long was the first, in 1994."
                          r"the\s+(?:first|oldest)(?=\s*[,.;]|\s+in\s+(?:19|20)\d\d\b))")
FOLLOWED_BY = re.compile(r",\s+(?:and\s+)?followed\s+(?:later\s+)?by\s+")
APPOSED_OF = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:sister|twin|partner|friendship)[\s-]+(?:city|town|province|state|region)\s+of\s+")
# "X is a sister city that ...", "X é uma cidade-irmã que ...": a partner told, its other end the page's place
IS_A_PARTNER = re.compile(r"\s+(?:is|é|es|est)\s+(?:a|an|uma|una|une|our|nossa|nuestra|notre)\s+(?:[\w\-]+\s+)?"
                          r"(?:sister[\s-]+city|twin\s+town|partner\s+city|cidade[\s-]+irm[ãa]|ciudad\s+hermana|ville\s+jumelle)")


def _partners_counted(st: str) -> bool:
    """Whether a sentence counts a place's partners ("counts four sister cities", "relations with 18 foreign cities")."""
    return PLURAL_CUE_ANY.search(st) is not None or bool(cue_type(st) and (PARTNER_COUNT.search(st) or re.search(
        r"\bnumber\s+of\s+(?:[\w\-]+\s+)?(?:cities|towns|partners|provinces|regions)\b", st)))


def _finish(a, b, typ, stage, d, ds, published, start, end, rule) -> Found:
    since, derived, stage_date = None, False, None
    if stage in ("suspended", "terminated"):
        stage_date = next((x.value for x in ds if x.level in (2, 4)), None)
        if d is None or d.level not in (1, 3):   # the start of the tie, not the date it ended
            d = next((x for x in ds if x.level in (1, 3)), d)
        if d is not None and d.level in (1, 3):
            since, derived = d.value, d.derived
    elif stage == "contact":
        pass
    elif d is not None and (d.level < 4 or stage in ("signed", "intent")):
        since, derived = d.value, d.derived
    elif stage in ("signed", "intent") and published:
        since, derived = published, True
    if stage in ("suspended", "terminated"):
        pass
    elif d is not None and d.level >= 3:
        stage = "active" if d.level == 3 else stage
    else:
        stage = refine_stage(stage, since, published)
    conf = {"with": 0.85, "between": 0.9, "lead": 0.9, "ordinal": 0.85, "possessive": 0.8, "its": 0.85,
            "become": 0.75, "two": 0.7}.get(rule, 0.6)
    return Found(a, b, typ, stage, since, derived, stage_date, start, end, conf, rule)
