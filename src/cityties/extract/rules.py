# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Partnerships and alliances from sentences: cue phrases, who is tied to whom, stage, type and date.

The patterns are those of the domain's prose, not of single articles:

* "A and B have been sister cities since 1994", "The twinning between A and B", "A, B and C signed ..."
* "A ... (ties|relationship|memorandum ...) with B, C in Japan, and D" (the hub and its list)
* "X is the fifth city that A has ...", "X is A's third sister city", "its French sister city X"
* "... become an official sister city of A" (the subject from the sentence before: "the state")
* a list introduced by a cue line ("Town Twinning arrangements include:") of "A and B, Country" lines
* a delegation of "A's friendship cities" whose members are then introduced one by one
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .dates import PATTERNS, DateExpr
from .places import Mention

STRONG = re.compile(
    r"(?P<sister>sister[\s-]*(?:cit(?:y|ies)|towns?|communit(?:y|ies)|provinces?|states?|prefectures?|count(?:y|ies)|regions?|districts?|municipalit(?:y|ies)|partners?|"
    r"relation(?:s|ships?)?|ties|status|agreements?|partnerships?|accords?|pacts?|links?|bonds?|deals?|charters?)|sisterhood|twin(?:ning|ned|s)?[\s-]*(?:towns?|"
    r"cit(?:y|ies)|agreements?|arrangements?|relation(?:s|ships?)?|charter)|twinning|twinned|"
    r"hermanamiento|hermanad[ao]s?|(?:lazos|acuerdos?|convenios?|pactos?|cartas?|relaci[oó]n(?:es)?)\s+de\s+hermandad|(?<=se\s)herman(?:ó|aron|arán|ará|arse|aría|an)\b|hermanarse|ciudad(?:es)?\s+hermanas?|jumelage|jumel[ée]e?s?|(?:villes?|communes?)\s+jumelles?|partnerstadt|st[äa]dtepartnerschaft|"
    r"gemellaggio|gemellat[aeio]|cidades?[\s-]+irm[ãa]s?|irmandade|geminad[ao]s?|gemina[çc](?:ão|ões|ao)|побратим\w*|姐妹城市|姉妹都市)"
    r"|(?P<fex>friendly[\s-]+exchange(?:\s+relation(?:s|ship)?)?|友好交流)"
    r"|(?P<friend>friendly[\s-]+cooperation\s+(?:regions?|cit(?:y|ies)|provinces?|relations(?:hips?)?|ties|agreements?)|"
    r"(?<=maintained\s)friendly\s+cooperation(?=\s+with)|friendship[\s-]*(?:cit(?:y|ies)|towns?|provinces?|prefectures?|count(?:y|ies)|regions?|districts?|states?|partners?|ties|relation(?:s|ships?)?|agreements?|accords?|pacts?|charters?|"
    r"affiliations?|partnerships?|links?)|friendly\s+(?:(?:city|province|state|region)-level\s+|exchange\s+and\s+|provincial\s+|province\s+|sister\s+)?(?:ties|relation(?:s|ships?)?|cit(?:y|ies)|provinces?|"
    r"(?:and\s+)?cooperative\s+relationship)|pacte\s+d['’]amiti[ée]|accord\s+d['’]amiti[ée]|protocolo\s+de\s+amizade|acordo\s+de\s+amizade|"
    r"acuerdo\s+de\s+amistad|convenio\s+de\s+amistad|ciudades?\s+amigas|cidades?\s+amigas|villes?\s+amies|友好城市|友好都市|友城)"
    r"|(?P<partner>partner(?:ship)?[\s-]+(?:cit(?:y|ies)|towns?|communit(?:y|ies)|count(?:y|ies)|municipalit(?:y|ies)|regions?)|convenio\s+de\s+cooperaci[oó]n|"
    # "the city partnership with Shiraz", "town partnerships": the English of German and Polish sites (Städtepartnerschaft)
    r"(?:city|town)[\s-]+partnerships?(?=\s+(?:with|between)\b)|"
    r"cooperation\s+agreement|partnership\s+agreement|memorand(?:um|a)\s+of\s+cooperation)",
    re.I)
NOT_A_PLACE_OWNER = re.compile(r"\b(?:school|schools|university|universities|college|club|company|companies|firm|parish|church|"
                               r"hospital|team|museum|chamber)['’]?s?['’]?\s+(?:[\w\-]+\s+)?$", re.I)
COUNTRY_LEVEL = re.compile(r"\s+(?:between|of)\s+(?:the\s+two|both|our\s+two|their)\s+(?:countries|nations|peoples|governments)\b", re.I)
# "the relationship with the Russian city of X": a tie named without a partnership word
RELATION_CITY = re.compile(r"\b(?:relationship|ties|partnership|twinning|links)\s+with\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?"
                           r"(?:city|town|county|prefecture|province|municipality|district)\s+of\b|"
                           # "voted to suspend the city's partnership with Hrodna": a place's own tie with another
                           r"\b(?:city|town|county|municipality|council|district|province)['’]s\s+(?:[\w\-]+\s+)?(?:partnership|relationship|twinning)\s+"
                           r"(?:agreements?\s+)?with\s+[A-Z]|"
                           # "to mark 40 years of partnership between the two municipalities"
                           r"\b(?:partnership|relationship|friendship|twinning|bond)\s+between\s+the\s+two\s+(?:[a-z]+\s+)?(?:cities|towns|"
                           r"municipalities|communities|provinces|regions|counties|districts|prefectures)\b", re.I)
TOWARD = re.compile(r"\b(?:toward|towards|paving\s+the\s+way|with\s+the\s+aim\s+of|aim(?:ed|ing)?\s+(?:at|to)|path\s+to|first\s+step|with\s+a\s+view\s+to|lead(?:ing)?\s+to|"
                    r"prelude\s+to|ahead\s+of\s+(?:a|the)\s+formal)\b", re.I)
WEAK = re.compile(r"\b(?:tie|ties|relations|relationship|agreement|partnership|link|bond|accord|acuerdo|convenio|acordo)\b", re.I)
ENDING = re.compile(r"\b(?:suspend\w*|cut(?:s|ting)?\s+(?:ties|(?:their|its|the|our)\s+(?:[\w\-]+\s+){0,3}?(?:relationship|ties|links))|"
                    r"sever(?:s|ed|ing)?\b|terminat\w*|revok(?:e|es|ed|ing)\b|revocation\b|annul(?:s|led|ling)?\b|dissolv\w*|scrap\w*|cancel\w*|expir(?:ed|es)\b|lapsed\b|\blet\s+(?:[\w\-'’]+\s+){0,6}?lapse\b(?!\s+into)|"
                    r"(?:was|were)\s+(?:never|not)\s+renewed|allowed\s+to\s+lapse|"
                    r"(?:relationship|partnership|twinning|link|tie)s?\s+(?:formally\s+|officially\s+)?ended\b|"
                    # "That Council formally conclude the Friendship City relationship with Foshan": a council ends it
                    # (never "Hubei concluded its first sister relationship with Ohio in 1979": a signing)
                    r"(?:formally|to|will|would|should|shall)\s+conclude\s+(?:the|its|their|our)\s+(?!first\b|new\b)(?:[\w\-]+\s+){0,3}?"
                    r"(?:relationship|partnership|twinning|ties)\b(?!\s+agreement)|(?:formally\s+|officially\s+)?ended\s+(?:it|them)\b|(?:was|were|been|is)\s+(?:formally\s+|officially\s+)?ended\b|c(?:o|a)me\s+to\s+an\s+end\b|"
                   r"(?:twinning|partnership|relationship|ties|link|agreement)[^.;]{0,60}?\b(?:is|are|was)\s+over\b|"
                    r"(?<!the\s)(?<!an\s)end(?:ed|s|ing)?\s+(?:(?:the|its|their|our|a|his|her)\s+)?(?:[\w\-'’]+\s+){0,4}?"
                    r"(?:relationship|ties?|twinning|partnership|agreement|links?|friendship|charter))", re.I)
ORG_CUE_AFTER = re.compile(r"\s+(?:Association|International|Forum|Committee|Commission|Program|Pro"
                           r"gramme|Day|"
                           r"Week|Council|Office|Cooperation|Foundation|Society|Network|Summit|Conference|Award)")
ALLIANCE_CUE = re.compile(r"\b(?:tripartite|trilateral|tri-city|three-way|three\s+cities|multilateral|"
                          r"quadrilateral|four\s+cities|tripartit[oaie]|trilat[ée]ral|"
                          # "una carta di gemellaggio a tre", "un jumelage à trois"
                          r"(?:gemellaggio|jumelage|hermanamiento|geminação|charter|carta|charte)\s+(?:[\w\-]+\s+){0,2}?(?:a\s+tre|à\s+trois|a\s+tres|a\s+três))\b", re.I)
SIGN = re.compile(r"\b(?:sign(?:ed|s|ing)?|inked|sealed|seals|forged|forges|put\s+(?:their|its|his|her)\s+signatures?\s+to|formali[sz]\w*|established|became|upgraded|"
                  r"entered\s+into|concluded|(?:were|was)\s+(?:officially\s+)?twinned|newest|welcomed\b.*\bas\s+its|built|firm(?:ó|a|aron|an)|"
                  r"formaliz(?:ó|a|aron)|suscribi\w*|assin(?:ou|aram|am|ado|ada|adas|ados|atura)|sell[óo]|agreed\s+to\s+establish|officially|"
                  # French and Italian: "ont signé", "paraphée", "firmato", "siglato"
                  r"sign(?:é|ée|és|ées|ent|eront|era)|paraph(?:é|ée|és|ées)|firmat[oaie]|siglat[oaie]|"
                  # "made their sister city relationship official Tuesday evening"
                  r"ma(?:de|ke|kes|king)\s+(?:their|the|its|it)\s+(?:[\w\-]+\s+){0,4}?official)\b", re.I)
SUSPEND = re.compile(r"\b(?:suspen(?:d|ded|ds|ding|sion)|sospe(?:s[oaie]|nd\w*|nsione)|suspend(?:id[oa]s?|ió|ieron|eu|eram|u[es]?|re)|"
                     r"suspens(?:ão|ao|ión)|congelad[oa]s?|congelat[oaie]|fr(?:eez(?:e|es|ing)|oze|ozen)|paus(?:e|ed|es|ing)|put\s+on\s+hold|on\s+ice|"
                     r"put(?:s|ting)?\s+(?:its|their|the|our)\s+(?:[\w\-'’]+,?\s+){0,8}?on\s+hold|(?:is|are|was|were|remains?|been)\s+on\s+hold)\b", re.I)
# "exchanges were paused for three years during the Covid-19 pandemic": a past pause, not a suspended tie
PANDEMIC_PAUSE = re.compile(r"\b(?:paus\w*|suspen\w*|halt\w*|interrupt\w*|put\s+on\s+hold)\b[^.;]{0,60}?\b(?:during|because\s+of|due\s+to|"
                            r"amid|by)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:pandemic|covid|coronavirus)", re.I)
UNDO = re.compile(r"\b(?:repeal\w*|rescind\w*|revers\w*|overturn\w*|lift\w*|resum\w*|(?:was|were|been|is)\s+(?:narrowly\s+)?"
                  r"(?:defeated|rejected|voted\s+down)|(?:motion|bid|proposal|attempt)\s+(?:\w+\s+){0,8}?(?:failed|defeated|rejected)|not\s+affect\w*|unaffected|"
                  r"(?:does|do|will)\s+not\s+(?:apply|include|extend)|"
                  # "passed a resolution to scrap its twinning with Dunhuang, only to withdraw it two weeks later"
                  r"withdr[ae]w\w*\s+(?:it|them|the\s+(?:resolution|motion|proposal|bill))|restor\w*\s+(?:"
                  r"the\s+)?(?:ties|"
                  r"relationship))\b", re.I)
MODAL = re.compile(r"\b(?:should|could(?!\s+no\s+longer)|would|might|calls?\s+(?:for|on)|calling\s+(?:for|on)|called\s"
                   r"+(?:for|on)|"
                   r"urg\w+|propos\w+|motion|amendment|plans?\s+to|planning|consider\w*|review\w*|threat\w*|not\s+ready|"
                   r"wasn['’]t|weren['’]t|refus\w*|petition|demand\w*|if\b)", re.I)
INTENT = re.compile(r"\b(?:(?:letters?|agreements?|declarations?|memorand(?:um|a))\s+of\s+(?:[\w\-]+\s+){0,3}?inten(?:t|tion)|LoI|intention\s+to\s"
                    r"+establish|"
                    r"carta\s+de\s+intenci[oó]n(?:es)?|cartas?\s+de\s+inten(?:[çc][ãa]o|[çc](?:ões|oes))|protocolo\s+de\s+inten(?:[çc](?:ões|oes|ão|ao)|ci[oó]n(?:es)?)|lettre\s+d['’]intention)\b", re.I)
MOU = re.compile(r"\b(?:memorand(?:um|a)(?:\s+of\s+understanding)?|MOU|MoU)\b")
WISH = re.compile(r"\b(?:wish(?:es|ed)?|eager|desire[sd]?|hope[sd]?\s+to|hoping\s+to|would\s+like\s+to|"
                  # a headline's "Bali eyes sister-province cooperation with Jeju", "Luxor mulls twinning with Mérida"
                  r"(?:eyes|eyeing|mulls|mulling|weighs|weighing|considers|considering|explores|eyed)\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner|ties|tie-up|pact)|"
                  # "para se tornar cidade-irmã", "pour devenir ville jumelle": a tie to become
                  r"para\s+se\s+tornar(?:em)?|para\s+convertirse\s+en|pour\s+devenir|"
                  # "has written to the city of Hamilton, proposing a sister-city relationship"
                  r"(?:written|wrote|writing)\s+to\b[^.;]{0,80}\bpropos(?:e|es|ed|ing)\b|"
                  r"willing(?:ness)?\s+to|interest(?:ed)?\s+in|discuss\w*\s+(?:the\s+)?(?:establish\w*|possibilit\w+|form\w*|setting\s+up)|"
                  r"(?:investigat\w+|explor\w+|stud(?:y|ied|ying)|look\w*\s+into)\s+(?:(?:an?|the)\s+)?(?:possible\s+|potential\s+|new\s+)?(?:sister\w*|friendship|twinning|partnership)|"
                  r"conversaciones|negociaciones|conversações|negociações|conversas|acercamiento|explorar\s+(?:un|una|la)\s+(?:posible|eventual)|en\s+vue\s+de|pretend(?:e|em|emos|ia)\s+(?:abrir|estabelecer|iniciar|firmar|assinar)|conversaciones|pl[aá]ticas|interés\s+(?:en|de)|interesse\s+em|"
                  r"(?:discussing|negotiating)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:twinning|sister|friendship|partnership|agreement|"
                  r"arrangement|tie|relationship)|expected\s+to\s+be\s+(?:concluded|signed|finali[sz]ed)|talks|discussions?|consultations?|conversations?|negotiat\w+|(?:about|on|for)\s+(?:a\s+)?(?:possible|potential|prospective)|explor\w+\s+(?:the\s+)?(?:possibility|establishing)|"
                  r"seek(?:s|ing)?\s+to\s+(?:establish|become|build|forge)|intend(?:s|ed)?\s+to|"
                  # "is also in contact with Aurora, Illinois, about forming a friendship link"
                  r"about\s+(?:forming|establishing|creating|setting\s+up|building)|"
                  # "ont évoqué la possibilité de signer un pacte d'amitié", "la posibilidad de firmar"
                  r"possibilit[éy]\s+(?:de|of|d['’])|posibilidad\s+de|possibilidade\s+de|envisag\w+|plans?\s+to\s+"
                  r"(?:establish|become|sign|forge)|propos\w+|aim(?:s|ing)?\s+to\s+(?:establish|beco"
                  r"me))\b", re.I)
APPROVE = re.compile(r"\b(?:approv\w+|approuv\w+|consent(?:ed|s)?\s+to|gave\s+(?:its\s+)?(?:consent|blessing)|adopt\w*\s+(?:a\s+|the\s+)?(?:resolution|motion|ordinance)|pass(?:ed|es)?\s+(?:a\s+|the\s+)?"
                     r"(?:resolution|motion|ordinance)\s+(?:authori[sz]\w+|approving|endorsing|supporting)|OKs|OK['’]d|okay(?:s|ed)|green-?light(?:s|ed)|aprob\w+|aprueb\w+|aprov\w+|endors\w+|ratif(?:y|ied|ies|ying|ication)|backs?\s+(?:a|the)?\s*(?:[\w\-]+\s+){0,3}?(?:tie|ties|relationship|partnership|plan|proposal|motion|bill|twinning|sisterhood|pact)|backed\s+(?:a|the)\s+(?:plan|proposal|motion|bill)|voted\s+(?:unanimously\s+)?(?:\d{1,2}\s*[-–]\s*\d{1,2}\s+)?(?:to\s+approve|"
                     r"in\s+favou?r)|"
                     r"green\s+light|go-?signal|go-?ahead)\b", re.I)
REF_MAIN = re.compile(r"^\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:metropolis|city|capital|municipality|"
                      r"province|district)\b(?!\s+of\b)")
WITH = re.compile(r"\b(?:with|con|com|avec|mit|including|such\s+as|among\s+them)\b|"
                  # "un pacte d'amitié la lie depuis 1995 à Günzburg"
                  r"\bli(?:e|ent)\s+(?:depuis\s+(?:19|20)\d\d\s+)?à(?=\s)")
LIST_GAP = re.compile(r"(?:\s*,\s*(?:(?:(?:signed|established|twinned|dating|concluded|since)\s+|(?:with\s+which|which|whose|con\s+(?:la|el)\s+(?:que|cual)|com\s+(?:a|o)\s+qual|que|donde|onde)\s+"
                      # "Hanko in Finland, the oldest link, dating back to 1989, and Eckernförde"
                      r"|the\s+(?:oldest|first|newest|latest|youngest)\s+|(?:a|an)\s+(?:[\w\-]+\s+)?(?:partner|sister\s+city|twin|friend\w*)\s+)"
                      r"[^,;]{1,90}[,;]\s*){0,2}(?:and\s+|y\s+|e\s+|et\s+|as\s+well\s+as\s+)?|"
                      r"\s+(?:and|y|e|et|und|as\s+well\s+as)\s+|\s*;\s*(?:and\s+|y\s+|e\s+)?)"
                      # "La commune d'Agadir et la ville de Nouakchott ont signé", "la ciudad de Veracruz y la de ..."
                      r"(?:(?:la|le|el|a|o)\s+(?:ville|commune|ciudad|cidade|città|munic[ií]pio|municipio)\s+(?:de\s+|d['’]|di\s+|do\s+|da\s+))?"
                      r"(?:(?:the|its|their|de|del|da|do)\s+)?(?:(?:City|Town|Municipality|Province|District|County)\s+of\s+|"
                      r"(?:[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?['’]s\s+|[A-Z][a-z]+\s+|[A-Z]{2,3}\s+|(?:[A-Z]\.){2,}\s+)?(?:(?:(?:border|coastal|mountain|"
                      r"university|spa|market|harbou?r|island|river|industrial|historic|medieval|Baltic|Alpine)\s+)?"   # "the Spanish border town of"
                      r"(?:city|town|district|county|province|"
                      r"prefecture|municipality|region|state|capital|village|sister\s+city|port\s+city)\s+"
                      r"(?:of\s+)?)?)")
FIRST_GAP = re.compile(r"\s*(?:(?:officials|authorities|leaders|counterparts|representatives)\s+(?:in|from|of)\s+)?"   # "talks with officials in X"
                       r"(?:(?:the|its|their|his|her|our|el|la|los|las|le|les|o|os)\s+)?(?:[A-Z][\w\-]+['’]s\s+)?(?:(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,3}|(?:[A-Z]\.){2,})\s+(?=[a-z]))?(?:(?!(?:in|at|on|for|during|to|from|by|near|held|hosted|outskirts|suburbs|edge|heart|centre|center)\b)[a-z"
                       r"][\w\-]*\s+){0,4}?(?:of\s+|de\s+)?"
                       r"(?:(?:la|el)\s+)?"
                       r"(?:(?<=the\s)[A-Z][a-z]+(?:an|ese|ish|ic|ch)\s+)?")    # "the partnership with the Russian Perm Krai"
# "with its Japanese sister city, Monbetsu": the partner in apposition to its noun
PARTNER_GAP = re.compile(r"\s*(?:its|their|our)\s+(?:[A-Z][a-z]+\s+|[a-z\-]+\s+){0,2}?(?:(?:sister|twin|friendship|partner)[\s-]+"
                         r"(?:city|town|province|state|region|prefecture)|twin|partner)\s*,\s+")
ORDINAL = r"(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|" \
          r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|newest|latest)"


@dataclass(slots=True)
class Found:
    a: Mention
    b: Mention
    type: str
    stage: str
    since: str | None
    since_derived: bool
    stage_date: str | None
    start: int
    end: int
    confidence: float
    rule: str


@dataclass(slots=True)
class FoundAlliance:
    members: list[Mention]
    stage: str
    date: str | None
    start: int
    end: int
    confidence: float = 0.8
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=8192)
def cue_type(text: str) -> str | None:
    """The partnership type a sentence's own words give, None when it has no strong cue."""
    for m in STRONG.finditer(text):
        if m.group(0)[0].isupper() and (ORG_CUE_AFTER.match(text, m.end()) or re.search(
                r"\b(?:charity|campaign|scheme|programme|program|project|initiative|organi[sz]ation|group)\s+(?:[A-Z][\w\-]*\s+)?$",
                text[max(0, m.start() - 40):m.start()])):
            continue    # "the charity Toilet Twinning": a body's name
        if re.match(r"Twin\s+(?:Cities|Towns)", m.group(0)) or (
                re.match(r"twin\s+(?:cities|towns)$", m.group(0), re.I) and re.match(r"\s+of\s+[A-Z]", text[m.end():m.end() + 6])
                and re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()], re.I)):
            continue    # Minneapolis and St Paul, "the twin towns of Tweed Heads and Coolangatta": a nickname
        if re.match(r"twin\s+(?:cities|towns)$", m.group(0), re.I) and not text[:m.start()].strip() and re.match(r"\s*[,:]", text[m.end():m.end() + 3]):
            continue    # a headline "Twin cities, one corridor: BRTS pulls Hubballi and Dharwad together": neighbours
        if re.match(r"twin\s+(?:cities|towns)$", m.group(0), re.I) and (
                re.match(r"\s+of\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?\s+and\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?(?!\s*,)", text[m.end():m.end() + 60])
                or re.search(r"\b[Tt]he\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?\s+$", text[max(0, m.start() - 40):m.start()])):
            continue    # "connect twin towns of Stockton and Thornaby", "the Hubballi-Dharwad twin cities": one pair's nickname
        if re.match(r"\s+(?:acad[eé]mic\w*|universitari\w*|escolar\w*|deportiv\w*|school|sporting)\b", text[m.end():m.end() + 16], re.I):
            continue    # "un convenio de hermanamiento académico" between universities
        if COUNTRY_LEVEL.match(text, m.end()):
            continue    # "friendly relations between the two countries" is not a tie between places
        if re.match(r"twin\s+(?:cities|towns)$", m.group(0), re.I) and re.search(
                r"\b(?:called|dubbed|nicknamed|known\s+as|so-called|described\s+as|referred\s+to\s+as|call(?:s|ed)?\s+(?:themselves|itself))\s+"
                r"(?:the\s+)?$",
                text[max(0, m.start() - 30):m.start()], re.I):
            continue    # "Fargo and Moorhead, often called twin cities of the Red River Valley": neighbours, not partners
        if re.search(r"\b(?:[Ff]or\s+(?:our|the|their|its)\s+(?:brand|company|hotel|hotels|business|firm|group|chain)|in\s+spirit|"
                     r"in\s+a\s+(?:sense|way)|so\s+to\s+speak|figuratively|like\s+(?:two\s+)?)\b[^.;]{0,60}$",
                     text[max(0, m.start() - 70):m.start()]):
            continue    # "For our brand, Kyoto and Bangkok are twin cities": a likeness, no partnership
        if re.match(r"\s+(?:in\s+spirit|in\s+all\s+but\s+name|in\s+a\s+(?:sense|way)|of\s+sorts)\b", text[m.end():m.end() + 25]):
            continue    # "sister cities in spirit, if not on paper"
        if re.match(r"['’\"”]?\s*(?:package|deal|offer|ticket|pass|menu|special|promotion|rate|tour|getaway|break)s?\b",
                    text[m.end():m.end() + 16]):
            continue    # "a 'twin city' package that combines two nights in each hotel": a product
        if m.lastgroup == "partner" and re.match(r"\s+(?:of|for)\s+(?:the\s+)?[^.;]{0,50}?\b(?:Games|Olympics?|Olympic|Paralympics?|Days|"
                                                 r"Week|Festival|Expo|Fair|Cup|Championships?|Tournament|Summit|Forum|Biennale?|Year|"
                                                 r"Congress|Conference|event|games|tournament|festival|fair|expo|competition|"
                                                 r"championships?|football|soccer|rugby|cricket|hockey|matches|venues?|finale|final|race|"
                                                 r"marathon|cyclothon|rally|tour|concert|show|exhibition|campaign|series)\b", text[m.end():m.end() + 90]):
            continue    # "Porto's turn as partner city of the European Wine Tourism Days": an event's host, no tie
        if NOT_A_PLACE_OWNER.search(text, max(0, m.start() - 24), m.start()):
            continue    # "their school's twinning with St Kizito": schools, clubs and firms twin too
        if m.lastgroup == "partner" and m.group(0)[:1].isupper() and re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, m.start() - 30):m.start()]):
            continue    # "a Comprehensive Economic Cooperation Agreement": a treaty's name, between nations
        if m.lastgroup == "sister":
            return "sister"
        if m.lastgroup == "fex":
            return "friendly_exchange"
        if m.lastgroup == "friend":
            return "friendship"
        return "partnership"
    return None


# "The province has maintained friendly relations with Guangxi for years and wishes to build ...": a tie kept, whatever
# is wished next
KEPT = re.compile(r"\b(?:has|have|had)\s+(?:long\s+)?(?:maintained|kept|enjoyed)\s+(?:[\w\-]+\s+){0,2}?(?:relations|ties|relationships?|friendship|partnership)\b")
# "hopes to turn its long friendship with Can Tho into business": a wish for more of a tie that exists
GROW_TIE = re.compile(r"\b(?:turn|deepen|expand|strengthen|broaden|build\s+on|renew|revive|take|breathe\s+(?:new\s+)?life\s+into|"
                      r"reinvigorat\w*|revitali[sz]\w*)\s+(?:its|their|the|our)\s+"
                      r"(?:long|longstanding|long-standing|old|decades-old|existing|dormant|inactive|[\w\-]+-year)?\s*(?:friendship|ties|relationship|partnership|"
                      r"twinning|sister)", re.I)


def stage_of(text: str, dates: list[DateExpr], published: str | None) -> str:
    """The stage the words of ``text`` give (GUIDELINES: contact ... terminated)."""
    halt = PANDEMIC_PAUSE.sub(" ", text)
    end, sp = ENDING.search(halt), SUSPEND.search(halt)
    if end and sp and end.start() < sp.start() and re.search(r"\b(?:after|since|following|when)\b", halt[end.end():sp.start()]) and \
            not UNDO.search(text) and not MODAL.search(text[:end.end()]):
        return "terminated"     # "voted to terminate the partnership ..., two years after all contacts were frozen"
    if sp and not UNDO.search(text) and not MODAL.search(_clause(halt, SUSPEND)):
        return "suspended"
    if ENDING.search(halt):
        if UNDO.search(text) or MODAL.search(text):
            return "active"
        return "terminated"
    head = re.split(r",\s+(?:raising|upgrading|elevating|turning|opening|capping|crowning|which|that)\b", text, maxsplit=1)[0]
    if head != text and SIGN.search(head) and not INTENT.search(text) and not APPROVE.search(text) and re.search(r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                                                        r"yesterday)\b", head) and not re.search(r"\b(?:since|anniversary|years)\b", head):
        return "signed"     # "signed a twinning agreement on Wednesday, raising to sisterhood a protocol kept since 2013"
    if any(d.kind in ("anniv", "years_of", "since", "century", "jubilee") for d in dates) or any(
            m and not re.search(r"\b(?:following|after)\s+$", text[max(0, m.start() - 12):m.start()])
            for m in (rx.search(text) for rx in _TENURE)):
        return "active"   # "the 25th anniversary of its sister city relationship": dated or not
    if CONDITIONAL.match(text):
        return "intent"     # "Should it be concluded, Port Harcourt would become Esbjerg's sixth twin town"
    if INTENT.search(text) or (MOU.search(text) and (WISH.search(text) or TOWARD.search(text) or re.search(
            r"\b(?:to|on|for|about)\s+(?:establish(?:ing)?|becom(?:e|ing)|form(?:ing)?)\s+(?:an?\s+)?(?:official\s+)?"
            r"(?:sister|friendship|friendly(?!\s+exchange)|twin)", text, re.I) or re.search(
            r"\b(?:expect\w*|plan\w*|hope\w*|will|intend\w*)\s+(?:to\s+)?sign\b", text, re.I))):
        return "intent"
    if re.search(r"\b(?:re-?sign\w*|renew(?:s|ed|ing)?|re-?affirm\w*|ratific\w+|renov(?:aron|ó|ar|am|ou|aram)|reafirm\w+)\b",
                 text, re.I) and not INTENT.search(text):
        return "active"     # a renewal restates an existing tie (GUIDELINES)
    signed = SIGN.search(text) is not None
    ap = APPROVE.search(text)
    if ap and re.search(r"\b(?:deberá|deberán|debe|tendrá\s+que|will|must|needs?\s+to|would|should|to)\s+(?:be|ser)\s+$|\bpending\s+$",
                        text[max(0, ap.start() - 24):ap.start()], re.I):
        # "el convenio ... deberá ser aprobado por el Concejo", "must be approved by council": agreed in
        # principle, not yet approved
        return "intent"
    if ap and re.search(r"\b(?:talks|negotiations|discussions|gestiones|conversaciones|conversações|exploratory|explor\w+|posible|possible|eventual)\b",
                        text[ap.end():ap.end() + 80], re.I):
        return "contact"    # "aprobó iniciar las gestiones para un posible hermanamiento": approval of talks
    # "approved a draft agreement ..., which is expected to be signed in May": a signing to come is no signing
    done = re.sub(r"\b(?:to|will|would|shall|could|can)\s+be\s+(?:formally\s+|officially\s+)?(?:signed|inked|sealed|formali[sz]ed|concluded)\b",
                  " ", text, flags=re.I)
    if ap and not re.search(r"\b(?:signed|inked|sealed|formali[sz]ed|concluded|firm(?:ó|aron)|"
                            r"assin(?:ou|aram)|suscribi(?:ó|eron))\b", done, re.I):
        return "approved"
    if WISH.search(text) and not re.search(r"\b(?:signed|inked|formali[sz]ed)\b", text) and not GROW_TIE.search(text) and not KEPT.search(text):
        return "contact"
    if signed and PAST_SIGNING.search(text) and not any(d.level in (1, 2) for d in dates):
        return "active"     # "Earlier, similar agreements were signed with Bursa": ties of before, undated
    if signed and not re.search(r"\bsince\b", head, re.I) and not re.search(r"\bhave\s+been\b", head):
        return "signed"
    return "active"


# a sentence about a tie that may come: "Should it be concluded, ...", "If the signing goes ahead, X will become ...",
# "Once signed, the agreement would make ..."
CONDITIONAL = re.compile(r"\s*(?:Should\s+(?:it|the\s+\w+|they)\s+(?:be|go)\b|If\s+(?:it\s+is\s+|the\s+\w+\s+(?:is\s+)?)?"
                         r"(?:signed|approved|concluded|goes\s+ahead|passes|succeeds)\b|Once\s+(?:it\s+is\s+)?(?:signed|approved|concluded)\b)")
_TENURE = [rx for kind, rx in PATTERNS if kind in ("anniv", "years_of")]
PAST_SIGNING = re.compile(r"\b(?:[Ee]arlier(?!\s+(?:this|last|in|on|that|today)\b)|[Pp]reviously|already\s+(?:signed|concluded)|"
                          r"in\s+the\s+past|over\s+the\s+(?:years|decades))\b")


def _clause(text: str, rx: re.Pattern) -> str:
    m = rx.search(text)
    return text[max(0, m.start() - 60):m.end()] if m else text


def refine_stage(stage: str, since: str | None, published: str | None) -> str:
    """A signing dated well before publication is an existing tie: 'signed' becomes 'active'."""
    if stage != "signed" or not since:
        return stage
    if published is None:
        return "active"
    if int(since[:4]) < int(published[:4]) - 1:
        return "active"
    return stage


def tie_date(partner: Mention, lo: int, hi: int, dates: list[DateExpr], text: str = "") -> DateExpr | None:
    """The date that dates the tie with ``partner``.

    An explicit date after the partner ("with Nara, Japan in 1974") comes first, then a relative one
    right after it ("with Athens, Greece earlier this year"), then "since" or an absolute date or an
    anniversary before it ("In 2017, A established ties with B", "the 30th anniversary of its
    relationship with B"), then an anniversary after it, then any relative date in reach.
    """
    if text:    # "a bridge for friendships after 1989", "until 2022": a year that bounds another time
        dates = [d for d in dates if not (d.level == 2 and (BOUNDING.search(text, max(0, d.start - 12), d.start)
                                                            or PLANNED.search(text, max(0, d.start - 24), d.start)))]
    around = [d for d in dates if d.start <= partner.start and d.end >= partner.end and d.level == 1]
    if around:
        return around[0]    # "first signed with the Japanese town of Inagawa in 1988"
    signing = next((d for d in dates if lo <= d.start < hi and d.kind in ("weekday", "today") and text and SIGNED_WHEN.search(
        text, max(lo, d.start - 80), d.start)), None)
    if signing is not None and any(d.start > signing.end and d.level in (1, 2, 3) and AFTER_CLAUSE.search(text, signing.end, d.start)
                                   for d in dates if lo <= d.start < hi) and not any(
            d.level in (1, 2) and lo <= d.start < signing.start for d in dates):
        # "signed a twinning agreement on Wednesday, raising to sisterhood a friendship protocol ... kept since 2011",
        # "signed an agreement on Thursday ..., opening a new chapter in exchanges that began five years ago": the
        # signing's day; the years after it tell of what came before
        return replace(signing, level=2)
    after = [d for d in dates if partner.end <= d.start < hi and d.kind != "count_since"]
    before = list(reversed([d for d in dates if lo <= d.end <= partner.start]))
    anniv = any(x.level == 3 for x in before)
    recent = next((x for x in after if x.level == 4), None)
    for d in after:
        if d.level == 2 and recent is not None and recent.end <= d.start and text and _REL_CLAUSE.search(text, recent.end, d.start):
            # "signed, on Friday, a twinning agreement that crowns the accord concluded in 2012": the year is the
            # other accord's
            return replace(recent, level=2)
        # "the 30th anniversary of the affiliation between A and B, ... who came to A in 1890": a year past
        # a relative clause tells of something else
        if d.level == 1 or d.level == 2 and not (anniv and text and _CLAUSE.search(text, partner.end, d.start)):
            return d
    for d in after if not any(x.level == 3 for x in before + after) else ():
        if d.level == 4 and _ADJ.fullmatch(text[partner.end:d.start] if text else " "):
            return replace(d, level=2)
    for group, levels in ((before, (1,)), (before, (2, 3)), (after, (3,)), (after, (4,)), (before, (4,))):
        for d in group:
            if d.level in levels:
                return d
    return None


# "signed an agreement on Thursday", "ont signé jeudi une convention": the verb of the signing right before its day
SIGNED_WHEN = re.compile(r"\b(?:signed|inked|sealed|formali[sz]ed|sign[ée]e?s?|firmaron|assinaram)\b(?:\s+(?:[\w\-'’]+\s+){0,8}?)?(?:on\s+|este\s+|nesta\s+)?$", re.I)
AFTER_CLAUSE = re.compile(r",\s+(?:raising|upgrading|elevating|turning|opening|capping|crowning|building|which|that|following)\b")
# "a student exchange planned for 2022": a plan's year, never the tie's start
PLANNED = re.compile(r"\b(?:planned|scheduled|set|slated|due|expected|hoped|proposed|pencilled|penciled)\s+(?:for|in|by)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
BOUNDING = re.compile(r"\b(?:after|before|until|till|prior\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|where|when|while)\b")
_REL_CLAUSE = re.compile(r"\b(?:which|that|qui|que|che)\s+(?:[\w\-]+\s+){0,3}?(?:crowns?|couronner?|follows?|builds?|caps?|upgrades?|"
                         r"replaces?|succeeds?|corona|coroa|sigue|segue|fait\s+suite)\b", re.I)
_ADJ = re.compile(r"[\s,]*(?:(?:in\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?[\s,]*)?(?:on\s+)?")
