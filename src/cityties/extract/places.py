# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Place mentions in a sentence: countries, places, and the people and bodies that look like places.

A place is found from the shape of the text (capitalised phrases, "the city of X", "X District",
"X, Japan", "the Vietnamese city of X") with a gazetteer or the built-in town list only as a hint,
so the rules work without a gazetteer. Each mention knows whether it is a *locator* (Ontario in
"Oakville, a suburban town in Ontario, Canada"): a locator says where a place is and is never a partner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"   # "Łódź", "Šiauliai", "İzmir"
WORD = r"(?:(?:[A-Z]\.){2,}|St\.|[" + _UP + r"][\w'’\-]*\w|[A-Z])"
# words of one name are apart by spaces, never by a tab or a line break (the cells of a table)
CONNECT = r"(?:[^\S\t\n]+(?:de la|de|del|la|le|les|du|des|sur|upon|am|an der|in der|bei|im|ob der|es|da|di|do|dos|das|of)(?=[^\S\t\n]+[" + _UP + r"]))?[^\S\t\n]+"
RUN = re.compile(WORD + r"(?:" + CONNECT + WORD + r")*")
LOWER_SUFFIX = re.compile(r"\s+(district|city|county|province|town|prefecture|municipality)\b")

STOP = set("""Brexit Maritime Anglophone Francophone Lusophone Hispanophone Arabophone Literature Gastronomy Par Local Authorises Authorizes Notes Endorses Requests Receives Resolves Adopts Selected World Heritage Dix Vingt Trente Quarante Cinquante Soixante Diez Veinte Treinta Cuarenta Cincuenta Dez Vinte Trinta Quarenta Cinquenta Venti Trenta Quaranta Cinquanta Common Coordinator Coordinators Outside Inside Admission Partnership Partnerships En Dans Autre Autres Cette Ces Cet Pendant Après Avant Mais Ainsi Aussi Enfin Outre Parmi Chaque Nous Notre Nos Leur Leurs Ils Elles Rappelons Durante Entre Con Selon Lors Pour Avec Depuis Según Geminações Geminação Geminacoes Hermanamientos Hermanamiento Jumelages Jumelage Acordos Acuerdos Cooperação Cooperación Relações Relaciones Externas Exteriores Início Inicio Accueil Município Municipio Te States Provinces Regions Prefectures Signed Affiliated Twinned Paired Established Agreed Renewed Covid Covid-19 COVID COVID-19 Coronavirus Autumn Official Officially List Views Font Languages Conheça Conozca Host Besides Presidente Presidenta Senior Cabinet Posted Related Exchanges Suspended Federative Communal Executive Palacio Com Em Nos Nas Sob Após Segundo Pero Ya Cabildo Ayuntamiento Municipalidad Prefeitura Ascension Pentecost Easter Christmas Noël Pâques Neighbouring Neighboring Nearby Fellow Eve We're We’re We've It's It’s That's There's They're Let's Republic Soviet Leisure Culture Cabe Además Ante Mientras Este Esta Estos Estas Cada Beyond Capital European Europeans Asian African Nordic Scandinavian Balkan Arab Latin Following Box Assembleia Asamblea Far Olympic Olympics Paralympic Notice Note Update Updated Editor Correction Por Para Tras Desde Hasta Sobre None Neither Either Any Consular The A An In At On Of As After Before Since By For From With Both This That These Those It Its He She
They We I Our Like Unlike Elsewhere Separately Likewise Further Farther Similarly Nevertheless Internacionales Internacional Exteriores Atualmente Actualmente Recentemente Recientemente Hoje Ontem Ainda Também Além Apesar Conforme Medical Media Communications Demilitarized Demilitarised Should Would Could Rs Rp RM Tk Ksh KSh Your My His Her Their There Here When While Despite According Another Other Currently Earlier Later
Also And But Or If Once Under Over Into Through During Between Among Then Now Today Yesterday Tomorrow
Last Next Every Each Many Some All Such Several Most More Less Cities Towns People Belt Road Silk
North South East West Northern Southern Eastern Western Northwest Northeast Southwest Southeast
Northwestern Northeastern Southwestern Southeastern Central Mainland Greater Delegates Representatives
Officials Members Residents Citizens Students Mayors Sources Source Photo Image Updated Home News Share Read Print Comment Click Follow Meanwhile
However Moreover Furthermore Additionally Thus Hence Although Though Because Situated Accommodating Joining
Located Known Founded Being Having Why What Who How Where Which Whose Yes No Not Dear Reports
Highlights Hot Topics Trade Investment Education Culture Tourism Innovation Global Edition Society Currently
See Letter Letters Intent Memorandum Understanding Agreement Agreements Policy Report Reports
Especially Representatives Government Governments Council Councils Local Federal National Municipal
Pacific Atlantic Mediterranean Baltic Caribbean Adriatic So To About Friendly Exchange Civic Partner Partners Country Countries Relationship Relationships Status Year Tags Keywords Moved Seconded Summary Recommendation Background Carried Resolution Resolutions Motion Item Ordinance Minutes Agenda Entre Según Con Para
Africa Asia Europe America Americas Oceania Antarctica Consulate Consulate-General Embassy Hundreds Thousands Dozens Millions Councillors Councilors Visitors Guests Participants Experts
Leaders Authorities Organisers Organizers Supporters Critics Opponents Volunteers Pupils Youth
Xinhua Yonhap Kyodo Reuters AFP AP Kabar TASS Tass Interfax Bernama Antara PTI IANS Anadolu EFE ANSA dpa Jiji
Kazinform Akipress AKIpress UzA Trend APA Ukrinform WAM KUNA MENA PNA VNA Prensa Latina Notimex Télam
Lo Un Una Durante Asimismo También Según Acuerdo Hermanamiento Twinning Sisterhood Sister Friendship""".split())
# number words open sentences ("Eighteen students ...", "Three cities signed ...")
STOP |= {w.title() for w in ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                             "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                             "hundred hundreds thousand first second third fourth fifth sixth seventh eighth ninth "
                             "tenth dozens").split()}
STOP |= {
    "Uma", "Um", "Umas", "Uns", "Une", "Uno", "Unos", "Unas",         # "LONDRINA – Uma comitiva de ...": an article
    "Firman", "Firmaron", "Sellan", "Assinam", "Assinaram", "Signent",  # a headline's verb: "Firman hermanamiento con X"
    "Marshal", "Voivode", "Starost", "Prefect",                          # "the Marshal of the Wielkopolska Voivodeship"
    "Gulf", "Caribbean", "Balkans", "Maghreb", "Levant", "Sahel", "Baltics", "Nordics",   # "cities in Europe and the Gulf"
    "Caption", "Picture", "Credit", "Hanseatic",                         # "Caption: Councillors ...", "the 'Hanseatic link'"
    "Across", "Throughout", "Amid", "Amidst", "Toward", "Towards", "Within", "Without", "Upon", "Alongside",
}
# bodies whose name rarely starts with the name of their place (unlike "X City Council", "X Airport")
NAMED_ORGS = {"University", "College", "School", "Academy", "Institute", "Museum", "Hospital", "Church", "Temple",
              "Club", "Company", "Corp", "Corporation", "Inc", "Ltd", "Group", "Foundation", "Society", "Bank", "Fund",
              "Festival", "Cup", "Games", "Prize", "Award", "Park", "Square", "Street", "Road", "Avenue", "Bridge"}
BODY_QUALIFIERS = {"Regional", "Shire", "Municipal", "Metropolitan", "Provincial", "Prefectural", "County", "District", "City",
                   "Town", "Borough"}
MONTHS = set("""January February March April May June July August September October November December Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
TITLES = set("""Mayor Mayors Member Councilmember Cr Cllr Clr Coun Head Vice Deputy Governor Gov President Senator Sen Councillor Councilor Sheikh Dr Mr Mrs Ms
Prof Professor Minister Secretary Premier Chairman Chairwoman Director Consul Ambassador Lord Sir King Queen
Prince Princess Commissioner Intendente Alcalde Alcaldesa Chief Speaker Representative Rep Judge Councilwoman
Councilman Magistrate Lady Dame Gen General Colonel Captain CEO Pope Emperor Bishop""".split())
ORG = set("""Scheme Section Fund Alliance Day Week University College School Academy Association Society Company Co Corp Corporation Inc Ltd Group
Office Ministry Department Bureau Commission Committee Congress Parliament Assembly Forum Expo Exhibition Festival
Fair Exchange Club Chamber Party Museum Airport Port Station Depot Field Tower Palace Hospital Bank Agency
International Intl News Daily Times Post Telegraph Herald Tribune Gazette Press Agency Institute Center Centre
Ledger Chronicle Courier Observer Journal Examiner Sentinel Advertiser Bulletin Dispatch Mercury Standard
Board Supervisors Commissioners Foundation Fund Network League Union Federation Council Councils Government Hall Startup Initiative Program
Programme Project Summit Conference Dialogue Games Cup Championship Team Festival Award Prize Church Temple
Foreign Affairs Municipal Metropolitan Provincial Standing People's Peoples Sister Cities Friendship Twinning
Cooperation Development Economic Trade Business Industrial Zone Park Area New Square Street Road Avenue Bridge
Lake River Mountain Mount Island Islands Bay Beach Coast Sea Ocean Express Airlines Air Rail Line Amber
Administration Theater Theatre Opera Stadium Arena Gallery Library Mall Hotel Market Plaza Garden Gardens Zoo
Cathedral Mosque Science Technology Relations Unit Protocol Division Section Directorate Secretariat Services
Reserve Bosque Parque Dam Canal Pavilion Convention Schools Universities Colleges Clubs Companies Primary
Secondary Coordinación Coordenação Secretaría Secretaria Dirección Direção Oficina Comisión Comissão Asuntos Assuntos
Departamento Instituto Universidad Universidade Université Fundación Fundação Asociación Associação Comité Comitê
Ministerio Ministério Consejo Conselho Assessoria Gabinete Direction Service Mission""".split())
# words after which a place name may still follow in the same capitalised run (kept in the name)
PLACE_TAIL = set("City District Town County Province Prefecture State Region Oblast Krai Municipalit"
                 "y Borough Village gu do si shi ku".split())
PREFIX = re.compile(r"^(?:(?:Metropolitan |Special )?City|(?:Metropolitan )?Municipality|Town|Municipalidad|Ciudad(?: "
                    r"Metropolitana| Autónoma)?|(?:Pleno\s+del\s+)?Ayuntamiento|Alcald[ií]a|Intendencia|Prefeitura|C[âa]mara\s+Municipal|Mairie|Gobierno|Cabildo|Concejo(?:\s+Municipal|\s+Deliberante|\s+Cantonal)?|Municipio|Munic[íi]pio|Cidade|Concello|Citt[àa]|"
                    r"(?:Royal\s+|London\s+|Metropolitan\s+)?Borough|Village|County|Province|Prefecture|District|Commune|Comune|Ville|Stadt|Republic)"
                    r"\s+(?:of|de|di|du)\s+(?:the\s+)?")
# a city's own title in its language, with no preposition: "Grad Kragujevac", "Miasto Lublin", "Stadt Erlangen"
NATIVE_TITLE = re.compile(r"^(?:Grad|Miasto|M[ěe]sto|Stadt|Gmina|Op[šs]tina|Op[ćc]ina|Municipiul|Gemeinde|Landeshauptstadt|Hansestadt|"
                          # "the Municipal Corporation Multan (MCM)", "Metropolitan Municipality Konya": the body's title first
                          r"(?:(?:Municipal|Metropolitan|City|District)\s+)?(?:Corporation|Municipality))\s+(?=[A-Z])")
ADMIN_END = re.compile(r"(?:\s+(?:City|District|County|Province|Prefecture|Town|Oblast|Krai|Region|Ward|Township|M"
                       r"unicipality|"
                       r"Borough|Village|Special Self-Governing City|Metropolitan City|Special City|State|"
                       r"district|city|county|province|town|prefecture)|-(?:gu|do|si|shi|ku|gun|cho|machi|mura))$")
ROLE_AFTER = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,4}?(?:mayor|governor|presid"
                        r"ent|director|"
                        r"head|chief|senator|councill?or|adviser|advisor|officer|minister|secretary|chairman|"
                        r"chairwoman|ambassador|consul|spokes(?:wo)?man|CEO|leader|member|founder|intendente|"
                        r"alcalde|journalist|professor|representative|deputy|vice)\b")
SAID = re.compile(r"^\s+(?:said|says|told|added|noted|stressed)\b")
SAID_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")
DEMONYM_BEFORE = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z\-]+\s+){0,3}$")
APPOSITION = re.compile(r"^\s*,\s*(?:(?:a|an|the)\s+)?(?:[^,;.()—–\-]|(?<=\w)-(?=\w)|(?<=\d)[,.](?=\d)){0,50}?\b(?:in|of|near)\s+(?:the\s+)?"
                        r"(?:[^,;.()]{0,25}?['’]s\s+)?$")
# "Freetown, a twin city of Kingston upon Hull": the apposition names a partner, not where the place lies
TIE_OF = re.compile(r"\b(?:sister|twin|partner|friendship)[\s-]+(?:city|town|province|state|region)\s+of\s+$|"
                    r"\bone\s+of\s+$")   # "Okayama, one of South Australia's three sister states": the owner, not where it lies
VERBISH = re.compile(r"\b(?:which|who|that|has|have|had|is|are|was|were|with|and|signed|said|will|to|alongside|likes?|such|including|besides|unlike|[Cc]hairman|[Cc]hairwoman|"
                     r"[Gg]overnor|[Mm]ayor|[Pp]resident|[Ss]ecretary|[Hh]ead|[Dd]irector|[Cc]hief|[Dd]elegation|[Dd]elegates"
                     r"|its|their|(?!(?:located|based|situated|nestled|founded|centred|centered|headquartered)\b)[a-z]{3,}ed)\b")


@dataclass(slots=True)
class Mention:
    start: int          # offsets in the document
    end: int
    surface: str
    name: str           # cleaned display name
    kind: str           # country | demonym | place | person | org
    country: str | None = None
    evidence: int = 0   # how sure we are it is a place
    possessive: bool = False
    locator: bool = False
    flags: set = field(default_factory=set)
    ns: str = ""        # "|ES" on a page with namesakes in two countries (Toledo, Ohio, and Toledo, Spain)

    @property
    def key(self) -> str:
        return place_key(self.name) + self.ns


SUFFIX_WORDS = re.compile(r"\b(city|district|state|province|county|prefecture|municipality|town|boro"
                          r"ugh|region|village|ward|township|gun|mura|machi|cho|"
                          r"oblast|krai|metropolitan|special|self-governing|autonomous|of|the|gu|shi|si|ku|qu|do)\b")


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """A key that is equal for "Futian District", "FUTIAN" and "Futian" (used to merge mentions); cached,
    because every comparison of two mentions asks for it."""
    s = lexicon.fold(name)
    s = re.sub(r"['’`]", "", s)
    s = re.sub(r"[^a-z0-9 ]", " ", s.replace("-", " "))
    s = re.sub(r"\bst\b", "saint", s)
    core = " ".join(SUFFIX_WORDS.sub(" ", s).split())
    return core or " ".join(s.split())


def guess_kind(name: str) -> str:
    """kind from the name's own words: "Gangnam District" -> district, "Carabobo State" -> state_province."""
    low = name.lower()
    if re.search(r"(\bdistrict|-gu|\bgu|\bqu)$", low) or low.startswith("district of"):
        return "district"
    if re.search(r"\b(province|prefecture|state|oblast|krai|region)$|-do$", low) or lexicon.fold(name) in lexicon.states():
        return "state_province"
    if re.search(r"\bcounty$", low) or low.startswith("county "):
        return "county"
    return "city"


# words that open or close a place's own name ("New York", "Port Moresby", "Newport Beach", "Gold
# Coast"): a body word elsewhere, never a cut inside a place name
GEO_HEAD = {"New", "Port", "Mount", "Lake", "Fort"}
GEO_TAIL = {"Beach", "Bay", "Lake", "River", "Island", "Islands", "Coast", "Mountain", "Hills", "Falls",
            "Springs", "Heights", "Harbor", "Harbour"}


def _org_word(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` names a body (it cuts the run there) rather than a part of a place name."""
    t = toks[i].strip(".,")
    nxt = toks[i + 1].strip(".,") if i + 1 < len(toks) else None
    if t in GEO_HEAD and i == 0 and nxt and nxt != "of" and not _plain_org(nxt):
        return False
    if t in GEO_TAIL and i > 0 and (nxt is None or not _plain_org(nxt) or nxt in PLACE_TAIL):
        return False
    return _plain_org(toks[i])


def _plain_org(tok: str) -> bool:
    t = tok.strip(".,")
    return t in ORG or t.split("-")[-1] in ORG


def _titlecase_caps(s: str) -> str:
    # "GIMHAE" -> "Gimhae", "MARINGÁ" -> "Maringá", "XI'AN" -> "Xi'an"
    return re.sub(r"\b([" + _CAP + r"])([" + _CAP + r"'’\-]{2,})\b", lambda m: m.group(1) + m.group(2).lower(), s)


def find_mentions(text: str, start: int, end: int, persons: set[str] | None = None) -> list[Mention]:
    """All mentions in ``text[start:end]`` (one sentence), in order, with locators and countries set."""
    persons = persons or set()
    out: list[Mention] = []
    masked = list(text[start:end])
    for m in lexicon.country_regex().finditer(text, start, end):
        surface = m.group(0)
        if surface == "US" and text[m.end():m.end() + 1].isalpha():
            continue
        if re.match(r"\s+City\b", text[m.end():m.end() + 6]):
            continue    # "Belize City", "Kuwait City", "Panama City": a city named after its country
        lead = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(start, m.start() - 12):m.start()])
        lead2 = re.search(r"\b([A-Z][a-z]+\s+[A-Z][a-z]+)\s+$", text[max(start, m.start() - 20):m.start()])
        if lead and (lexicon.fold(f"{lead.group(1)} {surface}") in lexicon.states() or lead.group(1) in (
                "Nuevo", "Novo", "Nueva", "Nova", "Baja", "Villa", "Vila", "Ciudad")) or lead2 and lexicon.fold(f"{lead2.group(1)} {surface}") in lexicon.states():
            continue    # "Western Australia", "New South Wales": a state, not the country; "Villa El Salvador": a town
        trail = re.match(r"\s+([A-Z][a-z]+)", text[m.end():min(end, m.end() + 20)])
        if trail and lexicon.fold(f"{surface} {trail.group(1)}") in lexicon.states():
            continue    # "British Columbia": a province, no Briton
        code = lexicon.country_code(surface)
        if not code:
            continue
        is_demonym = lexicon.fold(surface) in lexicon.demonyms() and lexicon.fold(surface) not in lexicon.countries()
        # "Korean" alone is a demonym; "Chinese" is never a country mention
        out.append(Mention(m.start(), m.end(), surface, surface, "demonym" if is_demonym else "country", code,
                           evidence=3))
        for i in range(m.start() - start, m.end() - start):
            masked[i] = "#"
    for m in DATELINE_DASH.finditer(text, start, end):
        masked[m.start(1) - start] = "#"     # "Multan-The Multan Metropolitan Corporation": a dateline run into the lede
    mtext = "".join(masked)
    for m in RUN.finditer(mtext):
        s, e = start + m.start(), start + m.end()
        ext = LOWER_SUFFIX.match(text, e, end)
        if ext and not re.match(r"\s+(?:city|town)\s+(?:of|hall)\b", text[e:end]):
            e = ext.end()
        out.extend(_classify_run(text, s, e, start, end, persons))
    out = [part for m in out for part in _split_pair(text, m)]
    out.sort(key=lambda x: x.start)
    for m1, m2 in zip(out, out[1:], strict=False):
        if m1.kind == "place" and m2.kind == "place" and "body" in m2.flags and "body" not in m1.flags and \
                re.fullmatch(r"\s+(?:and|&)\s+", text[m1.end:m2.start]) and re.match(
                    r"(?:\s+(?:Borough|District|City|County|Town|Shire|Regional|Metropolitan))?\s+Council\b", text[m2.end:m2.end + 24]):
            # "Basingstoke and Deane Borough Council": one body for two places, the first its seat
            m1.flags.add("body")
            m2.kind = "org"
    _mark_locators(text, out, start, end)
    for m in out:
        if m.kind == "place" and re.search(r"\b(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+|named\s+)?$|"
                                           r"\b(?:was|were)\s+(?:still\s+|then\s+)(?:known\s+as|called|named)\s+$|"
                                           r",\s+home\s+(?:to|of)\s+(?:the\s+)?$|"
                                           r"(?:^|--|[–—:])\s*[Tt]he\s+(?:[a-z]+\s+)?(?:capital|seat)\s+(?:city\s+)?of\s+(?:the\s+)?$|"
                                           # "Columbus, capital of the US state of Ohio": where the capital lies
                                           r",\s+(?:the\s+)?(?:[a-z]+\s+)?capital\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?(?:state|province|region)\s+of\s+$|"
                                           r"\b(?:calls?\s+itself|styles?\s+itself|dubbed|nicknamed|billed\s+as)\s+(?:the\s+)?$|"
                                           r"\bthe\s+(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Thousand)\s+$",
                                           text[max(start, m.start - 40):m.start]) or (
                m.kind == "place" and FEATURE_AFTER.match(text, m.end) and text[max(start, m.start - 4):m.start].lower() == "the ") or (
                m.kind == "place" and len(m.name.split()) > 1 and m.name.split()[-1] in FEATURE_WORDS and text[max(start, m.start - 4):m.start].lower() == "the "
                and lexicon.fold(m.name) not in lexicon.known_places()) or (
                # "the castle town on Lake Shinji", "on the shores of Lake Victoria": a lake or a mountain, no town
                m.kind == "place" and re.match(r"(?:Lake|Mount|Mt\.?)\s", m.name) and re.search(
                    r"\b(?:on|by|near|beside|along|above|below|overlooking|of|at\s+the\s+foot\s+of)\s+$", text[max(start, m.start - 24):m.start])
                and lexicon.fold(m.name) not in lexicon.known_places()):
            # "a port city on the Leizhou Peninsula": a peninsula, a valley, an island group named, no place
            # "on the Zarafshan river": a river, a valley, a lake named, no place; "the Three Gorges Dam" neither;
            # "The capital of Negros Oriental formalized ...": the province only says where the city is
            # "... when Nizhny Novgorod was still called Gorky"; "Haeundae District, home to Busan's best-known beach,"
            m.locator = True    # "Isumi, Japan, formerly Ohara": the old name of the place before, no partner of its own
    for m in out:
        ab = lexicon.abbreviation_regex().match(text, m.end, end) if m.kind == "place" and not m.country else None
        if ab is not None:
            m.country = lexicon.abbreviations()[ab.group(1)]   # "SANTA FE, N.M. —": New Mexico's Santa Fe
            for n in out:
                if n is not m and ab.start() <= n.start < ab.end():
                    n.locator = True    # "Duluth, Minn., Seinäjoki, Finland": the state's abbreviation, no place of its own
    dl = DATELINE.match(text, start, end) or DATELINE_LINE.match(text, start) or DATELINE_POINT.match(text, start, end) or \
        DATELINE_AGENCY.match(text, start, end)
    if dl and dl.end() <= end:      # "TOYAMA, Japan -", "NANNING, Sept. 27 (Xinhua) --": where the story was filed
        for m in out:
            if m.end <= dl.end():
                m.locator = True
                m.flags.add("dateline")
    return out


def _opens_dateline(text: str, a: int) -> bool:
    return not text[text.rfind("\n", 0, a) + 1:a].strip() and DATELINE.match(text, a) is not None


def _split_pair(text: str, m: Mention) -> list[Mention]:
    """"The Wexford-Couëron charter", "the Columbus-Hefei Sister City Committee": two places joined to
    name their tie."""
    parts = m.name.split("-")
    if m.kind != "place" or len(parts) != 2 or not all(len(p) >= 3 and p[:1].isupper() for p in parts) or not re.match(
            r"\s+(?:[Ss]ister\s+[Cc]ity\s+)?(?:charter|twinning|link|partnership|friendship|agreement|relationship|tie|ties|"
            r"exchange|[Cc]ommittee|[Aa]ssociation)\b", text[m.end:m.end + 40]):
        return [m]
    a = text.find(parts[0], m.start, m.end)
    b = text.find(parts[1], a + len(parts[0]), m.end)
    if a < 0 or b < 0:
        return [m]
    return [Mention(a, a + len(parts[0]), parts[0], parts[0], "place", evidence=m.evidence),
            Mention(b, b + len(parts[1]), parts[1], parts[1], "place", evidence=m.evidence)]


def _classify_run(text: str, s: int, e: int, sent_start: int, sent_end: int, persons: set[str]) -> list[Mention]:
    whole = text[s:e].rstrip(" ,.")
    if " " in whole and (lexicon.fold(whole) in lexicon.states() or any(w in STOP or w in MONTHS for w in whole.split())
                         and lexicon.fold(whole) in lexicon.known_places()):
        # "New South Wales", "North Rhine-Westphalia", "Mar del Plata", "Ciudad del Este": a state's or a city's name, never cut at a
        # stop word or a country
        if lexicon.fold(whole) in lexicon.states() and re.search(r"\b[Tt]he\s+$", text[max(sent_start, s - 5):s]) and re.match(
                r"\s+(?:(?:provincial|state|regional)\s+)?(?:capital|city|town|port)\b(?!\s+of\b)", text[s + len(whole):s + len(whole) + 30]):
            # "the East Java capital", "the New South Wales town": a description of a place of that state
            return [Mention(s, s + len(whole), whole, whole, "demonym", lexicon.states()[lexicon.fold(whole)], evidence=3)]
        return [Mention(s, s + len(whole), whole, whole, "place", evidence=2)]
    words = list(re.finditer(r"\S+", text[s:e]))
    res: list[Mention] = []
    # split the run at title words ("Guangzhou Mayor Chen Jianhua") and org words
    segs: list[tuple[int, int, str]] = []   # (start, end, role) role: place | person
    cur_start, role = None, "place"
    for wi, w in enumerate(words):
        tok = w.group(0).rstrip(".,").removesuffix("'s").removesuffix("’s")
        ws, we = s + w.start(), s + w.end()
        if tok == "of" and role == "person":
            # "Mayor John Smith of Plano": the person ends at "of", a place follows
            if cur_start is not None:
                segs.append((cur_start, ws - 1, role))
            cur_start, role = None, "place"
            continue
        if tok in TITLES and tok in NAME_POSSESSORS and cur_start is None and wi + 1 < len(words) and \
                PLACE_AFTER_TITLE.match(text, s + words[wi + 1].end()):
            cur_start = ws      # "Prince Albert city council", "Prince George City Hall": a place, no prince
            continue
        if "-" in tok and all(part in TITLES for part in tok.split("-")):
            tok = tok.split("-")[-1]    # "Vice-Governor", "Deputy-Mayor": a title
        if tok in TITLES and not (tok in NAME_POSSESSORS and re.search(r"['’]s$", w.group(0)) and wi + 1 < len(words)):
            if cur_start is not None:
                segs.append((cur_start, ws - 1, role))
            cur_start, role = None, "person"
            continue
        if tok in COMPASS and cur_start is None and wi + 1 < len(words) and COMPASS_NAME.match(words[wi + 1].group(0)):
            cur_start = ws      # "South Chungcheong", "North Rhine-Westphalia": the direction is the name's
            continue
        if tok in COMPASS and cur_start is not None and lexicon.fold(text[cur_start:ws] + tok) in lexicon.known_places():
            continue    # "Palmerston North", "Hamburg-Nord"-like names that end in a direction
        if tok in ("An", "A") and cur_start is not None:
            continue    # "Hoi An", "Da A": inside a name an article-like word is the name's
        if tok in STOP or tok in MONTHS or tok.title() in STOP and tok.isupper() and len(tok) <= 6 or \
                tok.endswith(("-speaking", "-born", "-based", "-led", "-owned", "-style")):     # "French-speaking Canada"
            if cur_start is not None:
                segs.append((cur_start, ws - 1, role))
                cur_start = None
            continue
        if cur_start is None:
            if not tok[:1].isupper():
                continue
            cur_start = ws
        if re.search(r"['’]s$", w.group(0)) and w.end() < len(text[s:e]) and tok not in NAME_POSSESSORS:
            # a possessive ends a name: "Clover Moore's City of Sydney" (not "Bishop's Stortford")
            segs.append((cur_start, we, role))
            cur_start = None
    if cur_start is not None:
        segs.append((cur_start, e, role))
    segs = [part for seg in segs for part in _split_unit_of(text, *seg)]
    for a, b, role in segs:
        while b > a and text[b - 1] in " ,.":
            b -= 1
        trail = re.search(r"(?:\s+[a-z][\w'’\-]*)+$", text[a:b])
        if trail and re.fullmatch(r"\s+(?:district|county|province|prefecture|municipality)", trail.group(0)):
            trail = None    # "Hainan province", "Anji county": the unit word is the name's
        if trail:   # "Moscow on" before a weekday: drop the dangling connector
            b = a + trail.start()
        surface = text[a:b]
        if not surface or not re.search(r"[A-Za-z]", surface):
            continue
        possessive = False
        if re.search(r"['’]s$", surface):
            surface, possessive = surface[:-2], True
            b -= 2
        elif surface.endswith(("s'", "s’")) and len(surface) > 3:
            surface, possessive = surface[:-1], True
            b -= 1
        if text[b:b + 2] in ("'s", "’s"):
            possessive = True
        county = re.match(r"['’]s\s+(?:County|Parish)\b", text[b:b + 12]) if possessive else None
        if county and b + county.end() <= sent_end:
            # "Prince George's County", "Queen Anne's County": the possessive is the county's own name
            b += county.end()
            surface, possessive = text[a:b], False
        mt = _make(text, a, b, surface, role, sent_start, sent_end, persons)
        if mt:
            mt.possessive = possessive
            res.append(mt)
    return res


def _make(text, a, b, surface, role, sent_start, sent_end, persons) -> Mention | None:
    name = _titlecase_caps(surface) if surface.isupper() or re.match(r"^[A-Z]{4,}\b", surface) else surface
    name = name.replace("’", "'")
    evidence = 0
    flags = set()
    if re.match(r"(?:La|El|Los|Las|Le|Les|The|O|A|Il|Lo)\s", name) and PREFIX.match(name.split(" ", 1)[1]):
        name = name.split(" ", 1)[1]
    pm = PREFIX.match(name) or NATIVE_TITLE.match(name)
    if pm and len(name) > pm.end():
        name = name[pm.end():]
        evidence += 2
        flags.add("city_of")
        a = b - len(name) if text[b - len(name):b].replace("’", "'") == name else a
    toks = name.split()
    if len(toks) > 1 and toks[-1] == "People" and re.match(r"['’]s\s+(?:Committee|Council|Government|Congress|Assembly)\b",
                                                           text[b:b + 16]):
        # "the Bac Ninh Provincial People's Committee": the province's government
        toks = [t for t in toks[:-1]]
        while len(toks) > 1 and toks[-1] in ("Provincial", "Municipal", "City", "District"):
            toks.pop()
        name = " ".join(toks)
        b = a + len(name) if text[a:a + len(name)].replace("’", "'") == name else b
        flags.add("body")
        evidence += 2
    if len(toks) > 1 and toks[-1] in BODY_QUALIFIERS and re.match(r"\s+(?:Council|Government)\b", text[b:sent_end]):
        # "Cairns Regional Council": the run stopped at Council; the qualifier is the body's, not the place's
        toks = toks[:-1]
        name = " ".join(toks)
        b = a + len(name) if text[a:a + len(name)].replace("’", "'") == name else b
        flags.add("body")
        evidence += 2   # "X City Council" says X is a place as surely as "the city of X"
    # a body named after its place: keep the place part ("Christchurch City Council" -> Christchurch)
    org_at = next((i for i, t in enumerate(toks) if _org_word(toks, i)), None)
    if toks and "-" in toks[0] and len(set(toks[0].split("-"))) == 1 and len(toks[0].split("-")) == 2 and \
            lexicon.fold(toks[0]) not in lexicon.known_places() and lexicon.fold(toks[0].split("-")[0]) in lexicon.known_places():
        # "Rajshahi-Rajshahi City Corporation": a dateline run into the body's first word
        half = toks[0].split("-")[0]
        toks = [half] + toks[1:]
        a = a + len(half) + 1 if text[a:a + len(half) + 1] == half + "-" else a
        name = " ".join(toks)
        org_at = next((i for i, t in enumerate(toks) if _org_word(toks, i)), None)
    if org_at == 0 and "-" in toks[0] and toks[0].split("-")[0] not in ORG:
        toks = [toks[0].split("-")[0]] + toks
        org_at = 1
    if org_at is not None:
        if org_at == 0 or toks[org_at].strip(".,") in ("Day", "Week"):
            # "Takeshima Day" is a day, not a body of Takeshima
            return Mention(a, b, surface, name, "org")
        head = toks[:org_at]
        while len(head) > 1 and head[-1] in {"Municipal", "Metropolitan", "Provincial", "Regional", "Shire", "Free", "Daily",
                                             "Evening", "Morning", "Weekly", "Sunday", "Art", "Arts", "Town", "Civic", "Central",
                                             "Public", "Community", "Memorial", "Convention", "Performing"}:
            head.pop()      # "London Free Press", "Wollongong Art Gallery", "Wollongong Town Hall": the place
        if not head or len(head) == 1 and head[0] in ("Grant", "Grants", "Development", "Community", "Twinning", "Exchange"):
            return Mention(a, b, surface, name, "org")   # "the annual Twinning Grant Scheme": a body of no place
        if toks[org_at].strip(".,") in NAMED_ORGS and lexicon.fold(" ".join(head)) not in lexicon.known_places() and not (
                toks[org_at].strip(".,") == "Corporation" and head[-1] in ("City", "Municipal", "Metropolitan")):
            # (but "Rajshahi City Corporation", "Dhaka North City Corporation" are the city's own government)
            # "Confederation College", "Trinity School", "Greenwood Rising Museum": named, not after a place
            return Mention(a, b, surface, name, "org")
        name = " ".join(head)
        if "-" in name and name.split("-")[-1] in ORG:
            name = name.split("-")[0]
        flags.add("body")
        evidence += 1
        b = a + len(name) if text[a:a + len(name)].replace("’", "'") == name else b
    if role == "person":
        return Mention(a, b, surface, name, "person")
    if surface.isupper() and (len(surface) <= 4 or (" " not in surface
                                                     and lexicon.fold(surface) not in lexicon.known_places())) and not (
            len(surface) >= 5 and _opens_dateline(text, a)):
        return Mention(a, b, surface, name, "org")   # MOU, LoI, SAS, COSPECO: acronyms, not places; but "GIMHAE, South Korea,
        # Aug. 7 (Yonhap) --" names where the story was filed
    if re.fullmatch(r"[A-Z][a-z]?[A-Z]\w{0,3}", surface) and not (surface.isupper() and len(surface) >= 5):
        return Mention(a, b, surface, name, "org")   # LoI, MoU
    if re.fullmatch(r"(?:Franco|Sino|Anglo|Russo|Italo|Greco|Austro|Hispano|Luso|Indo|Afro|Euro|Germano|Polono|Nippo|Turco)-[A-Z]\w+", name):
        return Mention(a, b, surface, name, "org")   # "Franco-German friendship": two countries, no place
    if re.match(r"(?i:unesco)\b", name):
        return Mention(a, b, surface, name, "org")   # "a UNESCO City of Literature": a title, no place
    if re.match(r"[LD]['’][a-zà-ÿ]", name):
        return Mention(a, b, surface, name, "org")   # "L'ultimo", "D'altra parte": an elided article, never L'Aquila
    if re.fullmatch(r"(?:El\s+|La\s+|A\s+|O\s+)?(?:Concejo|Cabildo|Ayuntamiento|Municipalidad|Prefeitura|Intendencia)", name):
        return Mention(a, b, surface, name, "org")   # "El Concejo Municipal": the council, named apart from its place
    if re.match(r"(?:La\s+|El\s+|A\s+|O\s+|Il\s+|Le\s+)?(?:Universidad|Universidade|Université|Universität|Universita|Colegio|Escuela|Instituto|"
                r"Liceo|Istituto|Scuola|Lycée|Collège|École|Colégio|Escola|Gymnasium|Gimnazjum|"
                r"Hospital|Banco|Museo|Museu|Palazzo|Palais|Pal[áa]cio|Piazza|Teatro|Castello|Basilica|Duomo|Cattedrale|Catedral)\b", name):
        return Mention(a, b, surface, name, "org")   # "Universidad de Salamanca" is a university
    if name in ("Las", "Los", "El", "La", "Les", "Le", "Il", "Die", "Der", "Das", "Os", "As", "O", "Twin", "Sister", "Cabildo",
                "Ayuntamiento", "Concejo", "Municipalidad", "Prefeitura", "Câmara", "Intendencia", "Community", "Links", "Groups"):
        return Mention(a, b, surface, name, "org")   # "Las ciudades de ...": an article, not Las Vegas
    if re.fullmatch(r"(?:City|Town|District|County|Province|State|Region|Municipality|Village|Cities|Towns|"
                    r"Districts|Counties|Provinces|States|Regions|Municipalities|Villages|Prefectures?)", name):
        return Mention(a, b, surface, name, "org")
    after = text[b:sent_end]
    before = text[sent_start:a]
    key = lexicon.fold(name)
    if len(name.split()) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|ine|an)", name) and key not in lexicon.known_places() and \
            re.search(r"\b[Tt]he\s+(?:[a-z\-]+\s+)?$", before) and re.match(
                r"(?:\s+[a-z\-]+){1,2}\s+(?:town|city|village|port|capital|region|province|county|district|municipality|resort|commune)\b", after):
        return Mention(a, b, surface, name, "org")   # "the Bohemian glass town", "the Campanian lava town": an adjective
    if re.fullmatch(r"(?:Mid|North|South|East|West|North-?east|North-?west|South-?east|South-?west)?(?:west|east|north|south|West|East|North|South)ern", name) \
            and re.search(r"\bthe\s+$", before) and re.match(r"\s+(?:state|city|town|province|region|county|port|capital)\b", after):
        return Mention(a, b, surface, name, "org")   # "the Midwestern state", "the Northern city": a description
    if re.search(r"\b(?:Institute|University|Academy|School|Centre|Center|Museum|College|Foundation|Society|Association|Department|"
                 r"Ministry|Bureau|Office|Faculty|Laboratory)\s+(?:for|of)\s+(?:[A-Z][\w\-]*\s+){0,4}(?:and|&)\s+$", before):
        return Mention(a, b, surface, name, "org")   # "the Madaba Institute for Mosaic Art and Restoration": the body's name
    if len(name.split()) == 1 and name.endswith("ing") and key not in lexicon.known_places() and not before.strip(" \"“‘'(") and \
            re.match(r"\s+(?:a|an|the|its|their|our|ties|links|off|back|up)\b", after):
        return Mention(a, b, surface, name, "org")   # "“Cutting a sister city is a very loud way ...": a verb opens the sentence
    if len(name.split()) == 1 and (lexicon.known_places().get(key) or (None, 0))[1] < 50_000 and key not in lexicon.states() and not re.fullmatch(
            r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an)", name) and re.search(
            r"\bthe\s+$", before) and re.match(r"\s+(?:city|town|port)\b(?!\s+(?:of|hall|council|centre|center|limits|manager)\b)", after):
        return Mention(a, b, surface, name, "org")   # "the Waal city is twinned with ...": a river names the town described
    if not before.strip() and re.fullmatch(r"[A-Z][a-z]+ing", name) and re.match(r"\s+(?:in|at|on|with|after|for|to)\b", after) and \
            key not in lexicon.known_places():
        return Mention(a, b, surface, name, "org")   # "Meeting in a special session, ...": a verb, never Reading
    if re.match(r"\s+\d{1,3}\s+(?:Conference|League|Championships?|Tournament|Group|Summit|Network|Alliance)\b", after):
        return Mention(a, b, surface, name, "org")   # "the Big 12 Conference", "the C40 Group": a body, no place
    if len(toks) == 1 and re.search(r"\b(?:a|an)\s+$", before) and re.match(r"\s+[a-z]", after) and \
            key not in lexicon.known_places():
        return Mention(a, b, surface, name, "org")   # "a Hanseatic town": an adjective
    if len(toks) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ians|eans|ans|ons|ites|ese)", name) and key not in lexicon.known_places() \
            and not re.search(r"['’]", text[b:b + 1]):
        return Mention(a, b, surface, name, "org")   # "Bretons and Westport toast ...", "two Canadians": people, no place
    if len(toks) == 1 and re.search(r"\b[Tt]he\s+(?:[a-z\-]+\s+){0,2}$", before) and re.match(
            r"\s+(?:town|city|village|port|resort|commune|municipality|seaside\s+town|market\s+town)\s+of\s+[A-Z]", after) and \
            key not in lexicon.states():
        return Mention(a, b, surface, name, "org")   # "the Breton town of Plouha": an adjective, the place follows
    if re.search(r"\b[Tt]he\s+(?:(?:former|old|ancient|historic|new|southern|northern|eastern|western|medieval|imperial)\s+)?$", before) and re.match(
            r"\s+(?:(?:provincial|state|regional|prefectural|cultural|economic|commercial|industrial|old|former)\s+)?capital\b(?!\s+of\b)", after):
        # "The Guangdong provincial capital", "The Punjab capital", "the former Inca capital": a description of another place
        if key in lexicon.states():
            return Mention(a, b, surface, name, "demonym", lexicon.states()[key])
        return Mention(a, b, surface, name, "org")
    if key in lexicon.states() and re.search(r"\bthe\s+$", before) and re.match(r"\s+(?:city|town|port|capital)\b", after):
        return Mention(a, b, surface, name, "demonym", lexicon.states()[key])   # "the Ohio city": a description
    if (key in persons or (len(toks) == 2 and lexicon.fold(toks[1]) in persons and toks[0] not in GEO_HEAD
                           and key not in lexicon.known_places())) and not ADMIN_END.search(name):
        # "Luz Cardenas, Sister Cities Coordinator, ..." after "Cardenas said": the speaker's full name
        return Mention(a, b, surface, name, "person")   # never "Heping District" ("the head of Heping District")
    if re.match(r"\s*,\s*(?:who|whose)\b", after) and len(toks) >= 2:
        return Mention(a, b, surface, name, "person")
    if 2 <= len(toks) <= 3 and key not in lexicon.known_places() and (re.fullmatch(r"\s*By\s+", before) or re.match(
            r"\s*,\s*(?:Councill?or|Mayor|Governor|President|Director|Chair(?:man|woman)?|Minister|Secretary|Ambassador|Consul)"
            r"\s+(?:for|of|General)\b", after)):
        return Mention(a, b, surface, name, "person")   # "By Jessica Muir", "Lorenzo Bertolino, Councillor for ..."
    located = re.search(r"\b(?:of|from|in|at|to|with)\s+(?:the\s+)?$", before) is not None
    if "body" not in flags and not located and (ROLE_AFTER.match(after) or SAID.match(after)
                                                or SAID_BEFORE.search(before)):
        if not (lexicon.fold(name) in lexicon.known_places() and (len(toks) == 1 or len(toks) == 2 and SAID_BEFORE.search(before))
                and SAID.match(after) is None and not ROLE_AFTER.match(after)):   # "Hòa said Cần Thơ has ..."
            return Mention(a, b, surface, name, "person", flags={"said"})   # a place elsewhere in the text wins
    if ADMIN_END.search(name):
        evidence += 2
    if key in lexicon.known_places():
        evidence += 1
    if re.search(r"\b(?:city|town|capital|district|province|county|municipality|village)\s+(?:of\s+)"
                 r"?$", before):
        evidence += 2
        flags.add("city_of")
    return Mention(a, b, surface, name, "place", evidence=evidence, flags=flags)


DATELINE_DASH = re.compile(r"(?:^|(?<=\n))[A-Z](?:[a-z]+|[A-Z]+)(-)(?=(?:The|A|An|In|On|At|After|Mayor|Officials)\s)")
FEATURE_WORDS = {"Peninsula", "Valley", "Coast", "Delta", "River", "Lake", "Mountains", "Strait", "Islands", "Plateau", "Basin",
                 "Gulf", "Sea", "Desert", "Highlands", "Lowlands", "Canal", "Glacier", "Gorge", "Road"}
FEATURE_AFTER = re.compile(r"\s+(?i:river|lake|mountains?|valley|desert|sea|ocean|gulf|coast|strait|peninsula|canal|basin|plateau|gorge|glacier)\b")
DEMONYM_GAP = re.compile(r"\s+|\s+(?:[a-z][a-z\-]*\s+){0,2}(?:city|town|port|capital|municipality|province|state|prefecture|"
                         r"region|county|district|village|island|commune|oblast|metropolis|resort)\s+(?:of\s+)?")
# "in northwest China", "in south-eastern Poland"
# possessives that begin place names: "Bishop's Stortford", "King's Lynn", "St John's"
PLACE_AFTER_TITLE = re.compile(r"\s+(?i:city|town|county|council|city\s+council|city\s+hall|town\s+council|mayor)\b")
NAME_POSSESSORS = {"Bishop", "King", "Queen", "Lord", "Lady", "Abbot", "Earl", "Saint", "St", "St.", "Prince",
                   "Princess", "Bishops", "Kings", "Queens"}
DIRECTION = (r"(?:(?i:north|south|east|west|central|northern|southern|eastern|western|north[\s-]?(?:east|west)(?:ern)?|"
             r"south[\s-]?(?:east|west)(?:ern)?|far|coastal)\s+)?")     # and "in Central China's Henan province"
_CAP = "A-ZÀ-ÖØ-ÞĀ-ſ"     # "BIAŁYSTOK", "ÇANAKKALE"
DATELINE = re.compile(r"[ \t]*[" + _CAP + r"][" + _CAP + r"'’.\-]+(?:\s[" + _CAP + r"][" + _CAP + r"'’.\-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
                      r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{2,30}\))?\s*(?:--|—|–|-|:)\s+")
# "MATSUE, Shimane Pref." on a line of its own above the story's first paragraph (Kyodo, Japan Today)
DATELINE_LINE = re.compile(r"[ \t]*[" + _CAP + r"][" + _CAP + r"'’.\-]{3,}(?:\s[" + _CAP + r"][" + _CAP + r"'’.\-]+){0,3},\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}"
                           r"[ \t]*(?=\n[ \t]*[A-Z][^\n]{110,})")
# "Punta Arenas.- En una ceremonia ...": the Chilean and Argentine papers' dateline
DATELINE_POINT = re.compile(r"[ \t]*[A-Z][\w'’]+(?:\s(?:de\s|del\s|do\s|da\s)?[A-Z][\w'’]+){0,3}\.-\s+")
# "Taipei, June 12 (CNA)", "Accra, Feb. 10, GNA –": an agency's dateline in ordinary case
DATELINE_AGENCY = re.compile(r"[ \t]*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"
                             r"(?:\(|,\s*)(?:CNA|Xinhua|Yonhap|AFP|Reuters|AP|PNA|Kyodo|Bernama|IANS|PTI|APP|GNA|KUNA|WAM|Antara|ANTARA|VNA|"
                             r"TASS|BSS|NAN|KNA|SPA|QNA|ONA|MENA|Kazinform|UzA|Montsame|Anadolu|AA|ANI|UNI|Lusa|EFE|ANSA|dpa|DPA|Prensa\s+Latina)"
                             r"\)?\s*(?:--|—|–|-|:)?\s+")
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northwest", "Northeast",
           "Southwest", "Southeast"}
# "southwest China's Guizhou Province": a direction before the country
_COMPASS = re.compile(r"(?i:" + "|".join(sorted(COMPASS, key=len, reverse=True)) + r")\s+$")
# what may follow a direction inside a place's name: a capitalised word that is not a region of the world
COMPASS_NAME = re.compile(r"(?!(?:Asia|Europe|Africa|America|Pacific|Atlantic|Coast|Bank|Side|End|Sea|China|India|Korea|"
                          r"Asian|European|African|American|Hemisphere|Wing|Gate|Station|Campus|Village|Hall|Street|Road)\b)"
                          r"[A-Z][a-z]")
UNIT_OF = re.compile(r"(?!(?:Statutory|Free|Imperial|Royal|Hanseatic|Capital|Federal|Independent|Autonomous|Special|Metropolitan|"
                     r"Holy|Ancient|Historic)\s+City\b)(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’]*(?:-(?:gu|ku|si|shi|qu|gun)|\s+(?:District|Ward|Borough|County|"
                     r"Prefecture|Province|Township|Municipality|Village|City))(?=\s+of\s+[A-Z])")


def _split_unit_of(text: str, a: int, b: int, role: str) -> list[tuple[int, int, str]]:
    """"Xuanwu District of Nanjing", "Yeonsu-gu of Incheon": the unit, then its city (a locator)."""
    m = UNIT_OF.match(text, a, b) if role == "place" else None
    if m is None:
        # "Xianyang of Shaanxi province": a city, then the province it lies in
        m2 = re.match(r"[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?(?=\s+of\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?\s+(?:province|prefecture|county|"
                      r"state|region|oblast)$)", text[a:b]) if role == "place" else None
        if m2 is None:
            return [(a, b, role)]
        rest = re.match(r"\s+of\s+", text[a + m2.end():b])
        return [(a, a + m2.end(), role), (a + m2.end() + rest.end(), b, role)]
    rest = re.match(r"\s+of\s+", text[m.end():b])
    return [(a, m.end(), role), (m.end() + rest.end(), b, role)]


# "Tokyo's Sumida Ward", "Incheon's Yeonsu district", "Bali's capital Denpasar": the possessive place
# says where the next one is
POSSESSIVE_LOCATOR = re.compile(r"['’]s\s+(?:(?:provincial\s+|state\s+)?capital\s+|port\s+(?:city\s+)?(?:of\s+)?|"
                                r"(?:coastal|northern|southern|eastern|western|central)\s+(?:city\s+|district\s+|town\s+)?)?")


def _mark_locators(text: str, ms: list[Mention], start: int, end: int) -> None:
    """Set countries ("X, Japan", "X (Senegal)", "the Japanese city of X") and locator flags."""
    places = [m for m in ms if m.kind in ("place", "country", "demonym")]
    for i, m in enumerate(places[:-1]):
        n = places[i + 1]
        if m.kind == "place" and m.possessive and n.kind == "place" and POSSESSIVE_LOCATOR.fullmatch(
                text[m.end:n.start]):
            m.locator = True
    for i, m in enumerate(places):
        if m.kind != "place":
            continue
        # demonym or country possessive right before: "the Chinese city of Kunming", "Vietnam's Da Lat"
        before = text[max(start, m.start - 60):m.start]
        for d in reversed(places[:i]):
            if d.kind not in ("demonym", "country") or d.end > m.start or m.start - d.end > 45:
                continue
            gap = text[d.end:m.start]
            if d.kind == "country":
                if re.fullmatch(r"['’]s\s+", gap):
                    m.country = m.country or d.country
                    if not _COMPASS.search(text, max(0, d.start - 16), d.start):
                        m.flags.add("placed")   # but "southwest China's Guizhou Province" is how its own press names it
            elif not m.possessive and DEMONYM_GAP.fullmatch(gap) and not re.search(r"\b(?:and|with|in|from|to|for|en|de)\b", gap) and not (
                    re.search(r"\b(?:sister|twin|partner|friendship|friendly)\b", gap) and gap.rstrip().endswith("of")):
                # "the Chinese city of Kunming", "the Uzbek port city of X", "Turkish Bursa"; never
                # "The Mexican city becomes Fort Worth's ...", "the second Polish twin city of Zhytomyr"
                m.country = m.country or d.country
                m.flags.add("placed")
            break
        del before
        # the chain that follows: ", State, Country", " in Country", " (Country)", ", a town in State, Country"
        pos, j = m.end, i + 1
        owner_country = None
        while j < len(places):
            n = places[j]
            gap = text[pos:n.start]
            if n.kind == "country" and (text[n.end:n.end + 2] in ("'s", "’s") or (
                    n.name.endswith("s") and text[n.end:n.end + 2] in ("' ", "’ "))):
                owner_country = n   # "capital of south China's Guangdong Province": look past the country
                if pos == m.end and re.fullmatch(r"\s*,\s*", gap) and re.match(
                        r"['’]s?\s+(?:[a-z\-]+\s+){0,3}?(?:city|town|port|capital|metropolis|municipality|village|resort)\b", text[n.end:n.end + 50]):
                    m.country = m.country or n.country
                    m.flags.add("placed")   # "Tampere, Finland's third largest city"
                j += 1
                continue
            if n.kind == "country":
                if re.fullmatch(r"\s*(?:,|\(|\||\bin\b|\bof\b|\bde\b|\s-)?\s*(?:(?:en|em|no|na)\s+)?(?:the\s+)?" + DIRECTION + r"(?:[A-Z][\w]+\s+(?:of\s+)?"
                                r")?", gap) or (
                        pos != m.end and re.fullmatch(r"\s*,?\s*", gap)):
                    m.country = m.country or n.country
                    n.locator = True
                    m.flags.add("placed")
                elif APPOSITION.match(gap) and not VERBISH.search(gap.replace(" of ", " ").replace(" in ", " ")) and not TIE_OF.search(gap):
                    m.country = m.country or n.country
                    n.locator = True
                    m.flags.add("placed")
                break
            if n.kind == "demonym" and re.match(r"\s+(?:province|state|prefecture|region|oblast|county|canton|department|voivodeship|"
                                                r"governorate|autonomous\s+region)\s+of\s+", text[n.end:n.end + 30]) \
                    and re.fullmatch(r"\s+(?:in|of)\s+the\s+", text[pos:n.start]) or n.kind == "demonym" and pos == m.end and re.match(
                    r"\s+(?:[a-z\-]+\s+){0,2}?(?:city|capital|metropolis|province|state|prefecture|region|county)\s+of\s+", text[n.end:n.end + 40]) and re.fullmatch(
                    r",\s+(?:a|an|one)\s+(?:[\w\-]+\s+){0,2}?(?:of\s+the\s+\d+\s+)?(?:district|districts|ward|wards|suburb|borough|boroughs|"
                    r"neighbou?rhood|part|county|municipality|town|village)\s+(?:in|of)\s+the\s+", text[pos:n.start]):
                # "Haeundae-gu, a district of the South Korean port city of Busan": where the district lies
                owner_country = n   # "Mississauga in the Canadian province of Ontario"
                j += 1
                continue
            if n.kind == "demonym":
                break
            if re.fullmatch(r"\s+(?:city|town|port|capital|municipality)\s+of\s+", gap) and pos == m.end and re.search(
                    r"\b[Tt]he\s+(?:[a-z\-]+\s+)?$", text[max(start, m.start - 12):m.start]):
                m.locator = True    # "The Mekong Delta city of Cần Thơ": the region describes the city that follows
                break
            is_state = lexicon.fold(n.name) in lexicon.states() or (
                guess_kind(n.name) == "state_province" and n.name.split()[-1] in ("Prefecture", "Province", "State", "Oblast",
                                                                                  "Region", "Krai", "County"))
            if guess_kind(m.name) == "state_province" and not is_state:
                break   # a city is never the locator of a state ("Carabobo State in Johannesburg")
            if re.fullmatch(r"\s+(?:(?:district|county|ward|city|province|prefecture)\s+)?(?:in|of)\s+(?:the\s+)?" + DIRECTION
                            + r"(?:[A-Z][\w]+['’]s\s+)?(?:(?:[A-Z]\.){2,}\s+|[A-Z]{2,3}\s+|[A-Z][a-z]+\s+(?=(?:province|state|prefecture|region|oblast|county|canton|department|voivodeship|governorate)\s+of\s))?(?:(?:port|coastal|capital|border|industrial|island|harbou?r)\s+)?"
                              r"(?:(?:city|town|province|prefecture|state|county|region|canton|department|voivodeship|governorate)\s+of\s+)?", gap) or (
                    re.fullmatch(r"\s*,\s*", gap) and ADMIN_END.search(m.name) and _metropolis(n)) or (
                    re.fullmatch(r"\s*,\s*", gap) and not HEADLINE_VERB.match(text, n.end) and (
                        # never "the Mexican state of Queretaro, Chungcheongbuk-do ...": a state of another country, listed
                        is_state and lexicon.fold(m.name) not in lexicon.states() and "unit:state_province" not in m.flags
                        and lexicon.states().get(lexicon.fold(n.name), m.country) == (m.country or lexicon.states().get(lexicon.fold(n.name))) or (
                        # "Gangnam District, Seoul, South Korea"; never "Osh, Turkistan, Kazakhstan"
                        guess_kind(m.name) in ("district", "county") and _followed_by_country(text, n, places, j)))) or (
                    re.fullmatch(r"\s+", gap) and is_state) or (
                    ES_PT_LOCATOR.fullmatch(gap)) or (
                    # "Verín (Galiza, Espanha)", "Beşiktaş (Istanbul), Turkey": where it lies, in brackets
                    re.fullmatch(r"\s*\(\s*", gap) and pos == m.end and j + 1 < len(places) and places[j + 1].kind == "country"
                    and re.fullmatch(r"\s*\)?\s*,?\s*", text[n.end:places[j + 1].start])) or (
                    APPOSITION.match(gap) and not VERBISH.search(gap.replace(" of ", " ").replace(" in ", " ")) and not TIE_OF.search(gap)):
                n.locator = True
                if owner_country is not None:
                    owner_country.locator = True    # "Dunhuang in northwest China's Gansu Province"
                    m.country = m.country or owner_country.country
                    if not _COMPASS.search(text, max(0, owner_country.start - 16), owner_country.start):
                        m.flags.add("placed")
                    owner_country = None
                if is_state and not m.country:
                    m.country = lexicon.states().get(lexicon.fold(n.name)) if _us_like(n) else None
                pos, j = n.end, j + 1
                continue
            break


# "Santa Fe, Zacatecas seal sister-city bond": two places that act, not a city and its state
HEADLINE_VERB = re.compile(r"\s+(?:seal|sign|ink|mark|celebrate|renew|forge|agree|become|join|launch|strengthen|discuss|explore|eye|raise|upgrade|"
                           r"elevate|lift|expand|boost|toast|tie|pair|"
                           r"hold|plan|pledge|vow|cement|deepen|formalise|formalize|establish|twin|end|cut|suspend|firman|sellan|assinam)\b")
# "Ouro Preto, en el estado de Minas Gerais", "Cuenca, en Ecuador", "Salvador, no estado da Bahia"
ES_PT_LOCATOR = re.compile(r"\s*,?\s+(?:en|em|no|na|del|de\s+la|do|da)\s+(?:(?:el|la|o|a)\s+)?(?:(?:estado|provincia|"
                           r"prov[ií]ncia|regi[oó]n|regi[aã]o|departamento|comunidad|municipio|distrito|condado)\s+d[eoa]l?\s+)?")


def _metropolis(n: Mention) -> bool:
    """A city of a million or more: after "Nerima City, " it says where, it is no second place."""
    hit = lexicon.known_places().get(lexicon.fold(n.name))
    return bool(hit and hit[1] >= 1_000_000)


def _us_like(n: Mention) -> bool:
    return True


def _followed_by_country(text: str, n: Mention, places: list[Mention], j: int) -> bool:
    if j + 1 < len(places) and places[j + 1].kind == "country":
        return bool(re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[n.end:places[j + 1].start]))
    return False
