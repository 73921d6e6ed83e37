# ruff: noqa: E501  (regular-expression tables read better unwrapped)
"""Phrases the pair rules look for around places: what introduces a list of partners, what makes
two places no tie (flights, diplomacy, negation), how a tie is restated or renewed.

The cue words themselves (sister city, twinning, letter of intent ...) are in ``rules``."""

from __future__ import annotations

import re

NOT_A_TIE = re.compile(r"\b(?:flights?|routes?|rail|railway|train|ferry|bus|air\s+links?|shipping|trade|logistics|cargo|freight|containers?|transport\w*|connectivity|"
                       r"highway|"
                       r"road|cable|pipeline|corridor|border|match|game|final|travel\w*|cross\w*|commut\w*|fly|flew|flying|"
                       r"shuttl\w*|sail\w*|mov(?:e|ed|ing)|vuelos?|voos?|rutas?|aerol[ií]neas?)\s+(?:[\w\-]+\s+){0,2}$", re.I)
DIPLOMATIC = re.compile(r"\b(?:strategic|comprehensive|bilateral|diplomatic|all-round|all-weather)\s+(?:[\w\-]+\s+){0,2}?"
                        r"(?:partnership|relations|cooperation|ties)\b", re.I)
TWO_CITIES = re.compile(r"\b(?:(?<=since\s)the\s+two\s+(?:cities|towns|communities|capitals)\s+(?:became|have\s+been|were|signed|first)\b|"
                        r"(?:between|(?<=twinning\s)of|(?<=partnership\s)of|(?<=relationship\s)of|(?<=friendship\s)of)\s+the\s+two\s+(?:[a-z]+\s+)?(?:cities|towns|sides|municipalities|provinces|prefectures|districts|"
                        r"regions|counties|localities|states|places|communities|capitals)|the\s+two\s+(?:cities|towns|provinces)['’]\s|"
                        # "the two harbour cities mark 25 years since they were twinned"
                        r"\b[Tt]he\s+two\s+(?:[a-z]+\s+)?(?:cities|towns)\s+(?:mark|marked|celebrate|celebrated|have\s+been|were|became)\b[^.;]{0,60}\b(?:twinn|sister|partner|friend)|"
                        # "expressing interest in twinning the two cities"
                        r"(?<=twinning\s)the\s+two\s+(?:cities|towns|municipalities|communities)|"
                        # "o acordo de cidades-irmãs entre os dois municípios", "entre las dos ciudades", "entre les deux villes"
                        r"\bentre\s+(?:(?:os|as|las|los|les)\s+(?:dois|duas|dos|deux)|ambas|ambos)\s+(?:cidades|munic[ií]pios|ciudades|municipios|villes|communes|"
                        r"localidades|prov[ií]ncias))", re.I)
ATTEND = re.compile(r"\b(?:where|among|attend\w*|delegates|participants|joined|took\s+part)\b", re.I)
# what introduces a list of partners after a plural cue ("sister cities include", "sister cities:")
# "with four foreign cities -- Chichibu in Japan, ...", "with 12 cities: A, B"
QUANT_GAP = re.compile(r"\s*(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w\-]+\s+){0,2}?"
                       r"(?:cities|towns|partners|regions|provinces|municipalities)\s*(?:--|—|–|:|,)\s*(?:including\s+|namely\s+|(?:ranging\s+)?from\s+)?")
# "Jeju's oldest foreign partner is the U.S. state of Hawaii"
_PARTNER_IS_TAIL = (r"(?:[\w\-]+\s+){0,3}?(?:partner|sister\s+city|twin\s+town|friendship\s+city|sister\s+state|sister\s+province)"
                    r"\s+(?:is|was|remains)\s+")
PARTNER_IS = re.compile(r"['’]s\s+" + _PARTNER_IS_TAIL, re.I)
# "Mwanza's long-standing twin, the Finnish city of Tampere, ...", "Kiruna's Finnish twin, Rovaniemi"
POSS_APPOSED = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:twin|partner|sister\s+city|twin\s+town|sister)\s*,\s+")
# "The oldest of them is the Lebanese city of Zahlé"; "The first was Mülheim an der Ruhr"
FIRST_OF = re.compile(r"\s*(?:(?:The\s+|Its\s+|Their\s+)?(?:oldest|earliest|first|newest|latest|most\s+recent)(?:\s+of\s+(?:them|these(?:\s+\w+)?|"
                      r"those(?:\s+\w+)?|its\s+\w+))?"
                      # "The oldest of these partnerships, with Cincinnati in the United States, dates from 1988"
                      # "The oldest is with Fujisawa in Japan, dating from 1981"
                      r"(?:\s+(?:is|was)\s+(?:(?:the\s+one\s+)?with\s+(?=[A-Z]))?|,\s+(?:with\s+)?(?=[A-Z]))|"
                      # "A mais antiga delas é Himeji", "La más antigua de ellas es Rosario"
                      # "El más antiguo es el que la une con ..."
                      r"(?:A|O|La|El)\s+m[aá]i?s\s+(?:antig(?:u[oa]|[oa])|recente|reciente)\s+(?:(?:delas|deles|de\s+ellas|de\s+ellos)\s+)?(?:é|es|foi|fue)\s+"
                      r"(?:(?:el|la|o|a)\s+que\s+(?:la|lo|a|o)\s+(?:une|liga|vincula)\s+(?:con|com|a)\s+)?)")
# "The city's only current sister city is Meissen, Germany"
REF_PARTNER_IS = re.compile(r"\b[Tt]he\s+(city|town|county|province|district|state|prefecture|ward)['’]s\s+" + _PARTNER_IS_TAIL)
# "Bitung joins Taguig City and Kota Kinabalu as sister cities of General Santos"
AS_PARTNERS_OF = re.compile(r"\bas\s+(?:(?:an?|the)\s+)?(?:[\w\-]+\s+)?(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns|provinces|regions|"
                            r"city|town|province|region)\s+of\s+", re.I)
# "Its partner, Tokorozawa in Japan's Saitama Prefecture, still sends ..."
ITS_PARTNER = re.compile(r"\b(?:Its|Their|Our)\s+(?:[\w\-]+\s+){0,2}?(?:partner|sister\s+city|twin\s+town|twin)(?:\s+city)?(?:\s+(?:is|was|remains)\s+|,?\s+)")
# "..., and its newest member is Ganja, Azerbaijan": the newest (or oldest) of the partners the sentence spoke of
NEWEST_MEMBER = re.compile(r"(?:,\s+|;\s+|\band\s+)(?:its|their|our)\s+(?:newest|latest|most\s+recent|youngest|oldest|first)\s+(?:member|addition|"
                           r"partner|sister\s+city|twin\s+town|twin|friendship\s+city)\s+(?:is|was|remains)\s+")
# "a two-week exchange with Kamisu schools": a place as the attribute of a noun is no partner
ATTRIBUTE_AFTER = re.compile(r"\s+(?:schools?|students|pupils|companies|businesses|firms|officials|residents|delegates|teams|"
                             r"artists|universities|hospitals|ports?|airports?|heritage|cuisine|handicrafts|crafts)\b")
# "Liuzhou, an industrial powerhouse in the Guangxi Zhuang autonomous region, and Semarang": an
# apposition between two coordinated places
APPOSED_GAP = re.compile(r"\s*,\s+(?:an?|the|one\s+of)\s+[^,;()]{1,90}?,\s+(?:and|y|e|et)\s+(?:the\s+)?"
                         r"(?:(?:[a-z]+\s+){0,2}(?:city|town|province|capital)\s+of\s+)?|"
                         # "Nuevo Laredo, its neighbor across the Rio Grande, as well as Saltillo"
                         r"\s*,\s+(?:its|their)\s+[a-z][^,;()]{1,60}?,\s+(?:and\s+|as\s+well\s+as\s+)?")
# "LEGAZPI CITY – This city and Ha Long City ... formalized their sister city relationship"
# and "La capital michoacana y la ciudad brasileña de Ouro Preto firmaron ...", "O município e a cidade de X"
THIS_CITY_AND = re.compile(r"\s*(?:(?:This|The)\s+(city|town|province|municipality|district|prefecture)\s+and\s+|"
                           r"(?:La|El|A|O|Esta|Este)\s+(capital|ciudad|cidade|municipio|município|comuna|provincia|província)"
                           r"(?:\s+[a-záéíóúñãõç]+)?\s+(?:y|e)\s+)")
TIE_SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+:\s+)?(?:The|Its|Our|This|A|An)\s+(?:[\w\-]+\s+){0,2}?(?:partnership|relationship|tie|ties|"
                         r"twinning|friendship|agreement|accord|memorandum|charter|link|pact)\s+with\b")
# "A and B have maintained a partnership since 1983"
KEPT_TIE = re.compile(r"(?:,\s+whose\s+(?:ties|twinning|partnership|relationship|friendship)\s+(?:go(?:es)?|date[sd]?|reach(?:es)?)\s+back|"
                      r"\s+(?:(?:have|has|had)\s+(?:long\s+)?(?:maintained|had|enjoyed|kept|built|shared)\s+(?:an?\s+|their\s+)?"
                      r"(?:[\w\-]+\s+){0,2}?(?:partnership|relationship|ties|friendship|twinning)|(?:have|has|had)\s+been\s+"
                      r"(?:partners|partner\s+(?:cities|towns|regions)|twinned|paired|friends)|(?:são|son)\s+(?:cidades-irmãs|ciudades\s+hermanas)))\b")
APPOSED_PARTNER = re.compile(r"(?:\s*\([A-Z][^()]{1,30}\))?"     # "Frankenberg (Eder), our German partner town since 2008"
                             r"(?:,\s+[A-Z][\w.\-]+(?:\s+[A-Z][\w\-]+)?(?=,))?"   # "Gjøvik, Norway, a twinning signed in May 1993"
                             r",\s+(?:(?:a|an|its|our|another)\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner)[\s-]+"
                             r"(?:city|town|province|state|region)\b|(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:twinning|partnership|friendship|link|tie)\s+"
                             r"(?:signed|sealed|formed|forged|established|formali[sz]ed|dating|begun|started|agreed)\b|(?:another|one)\s+of\s+[A-Z][\w\-\s]{0,30}?['’]s\s+(?:sister|twin|"
                             r"friendship|partner)[\s-]+(?:cities|towns|provinces|regions)\b)")
ALSO_OF = re.compile(r"\band\s+(?:also\s+)?(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:(?:sister|friendship|twin|friendly)[\s-]+"
                     r"(?:city|town|province|state|partner|region)|partner)\s+(?:of|to|with)\s+", re.I)
COUNTS_AS = re.compile(r",?\s+(?:as|among)\s+(?:its|their|one\s+of\s+its)\s+(?:[\w\-]+\s+){0,3}?(?:partner|sister|friend|twin)", re.I)
START_KINDS = ("since", "origin", "anniv", "years_of", "decades", "years_since", "century", "jubilee", "for_years", "years_ago",
               "years_after")
TAGS = re.compile(r"\s*(?:Tags|Keywords|Etiquetas|Palavras-chave|Temas|Topics|Filed\s+under|Read\s+more\s+on|More\s+on|Related\s+topics)\s*:", re.I)
NEGATED = re.compile(r"\b(?:none\s+of\s+(?:those|these|the|them)|neither\s+(?:city|town|side|of)|no\s+formal|"
                     # "Albury and Wodonga have long been spoken of as twin cities": neighbours, by a nickname
                     r"(?:known|spoken\s+of|referred\s+to|described|called|dubbed|regarded|thought\s+of|seen)\s+(?:as\s+)?(?:the\s+)?"
                     r"[\"“'‘]?twin[\s-]+cit(?:y|ies)|"
                     r"(?:has|have|had)\s+no\s+(?:formal\s+)?(?:sister|twin|link|ties?|relationship|partnership)|"
                     r"not\s+(?:yet\s+)?(?:a|any)\s+(?:formal\s+)?(?:sister|twin|partner)|any\s+formal\s+(?:link|tie|relationship)|"
                     # "a cross-border association rather than a twinning", "no twinning as such"
                     r"rather\s+than\s+(?:a\s+|an\s+)?(?:formal\s+)?(?:twinning|sister|twin|partnership)|"
                     r"(?:are|is|were|was)\s+not\s+(?:(?:officially|formally|yet)\s+)?(?:twin(?:ned)?|sister|partner|paired)(?:\s+(?:towns?|cities|city))?)\b",
                     re.I)
RENEWAL = re.compile(r"\b(?:re-?sign\w*|renew\w*|re-?affirm\w*|recommit\w*|reaffirm\w*|ratific\w+|renov(?:aron|ó|ar|am|ou|aram)|"
                     r"reafirm\w+)\b", re.I)
AMONG = re.compile(r"\bAmong\s+(?:them|these|those|(?:its|the\s+(?:city|town|province|district|county|prefecture|state)['’]s)\s+"
                   r"(?:[\w\-]+\s+){0,2}?(?:partners|sister\s+cities|twin\s+towns|friendship\s+cities|twin\s+cities)|"
                   r"[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?['’]s\s+(?:[\w\-]+\s+){0,3}?(?:partners|sister\s+cities|twin\s+towns|"
                   r"friendship\s+cities))(?:\s+in\s+[^,;]{1,30}?)?\s+(?:are|is|were)\b|"
                   r"\bEntre\s+(?:ellas|ellos|estas|estos|elas|eles|las\s+que|os\s+quais)\s+(?:se\s+encuentran|figuran|"
                   r"destacan|están|estão|se\s+destacam|se\s+incluyen|incluyen)\b")
TIES_TO = re.compile(r"(?<=\b(?:ties|link)\s)to\b|(?<=\blinks\s)to\b")
IN_INTRO = re.compile(r"\b(?:(?:a|one|another)\s+(?:sister|twin|friendship|partner)[\s-]+(?:city|town)|"
                      # "Missoula has had sister cities in Palmerston North, New Zealand, and Neckargemünd"
                      r"(?<=\bhad\s)(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns)|(?:added|adds|acquired|gained)\s+"
                      r"(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns))\s+in\b", re.I)
# "the city's other partnerships, including its Japanese sister city, Ishigaki, and Seogwipo", "a network that
# includes its twin cities Kawasaki in Japan and Neuss in Germany": the cue after the verb
INCLUDES_ITS = re.compile(r"\b(?:include[sd]?|including)\s+(?:its|their|our|the\s+(?:city|town|province)['’]s)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns|city|town|provinces|province|regions)\s*,?\s*")
LIST_INTRO = re.compile(r"\b(?:include[sd]?|are|were|comprise[sd]?)\b|:(?=\s)|(?<=\s)(?:—|–|--|-)(?=\s)|"
                        # "Exchanges with our other sister cities, Portland (U.S.A., since 1959), Munich ...": the
                        # partners in apposition to a possessed plural
                        r"(?:(?<=cities)|(?<=towns)|(?<=partners)|(?<=regions)|(?<=provinces)),(?=\s+[A-Z])")
PLURAL_CUE = re.compile(r"\b(?:(?:sister|friendship|twin|partner|friendly)[\s-]+(?:cities|towns|provinces|states|regions|"
                        r"municipalities|prefectures|counties|partners)|(?:[Oo]verseas|[Ff]oreign|[Ii]nternational|[Oo]ther)\s+(?:[A-Z][a-z]+\s+|[a-z]+-[a-z]+\s+)?"
                        r"(?:partners|partner\s+cities|sister\s+cities|ties|relationships|links|partnerships)|(?:its|their|whose|[\w\-]+['’]s)\s+(?:[a-z]+\s+){0,2}?partners|"
                        r"(?:the|its|their|[A-Z][\w\-]+['’]s)\s+(?:sister[\s-]+city\s+)?(?:network|family))"
                        r"(?:\s+(?:of\s+\w+|abroad|overseas|so\s+far|"
                        r"currently|now|also|in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?|in\s+\d{1,3}\s+countries)|"
                        # "27 partner cities in 17 countries, three of them in Ukraine: ..."
                        r",\s+(?:\d{1,3}|[a-z]+)\s+of\s+(?:them|which)(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)*\s*$", re.I)
LOCATED = re.compile(r"\b(?:in|at|near|across|throughout|around)\s+(?:the\s+)?$")
# a place's partners in the plural ("sister cities", "twin towns"): a sentence about them can be gone on from
_PARTNERS_PLURAL = r"\b(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns|provinces|regions|partners"
PLURAL_TIES = re.compile(_PARTNERS_PLURAL + r"|municipalities)\b|\b(?:sister|twin|friendship)[\s-]+(?:city|town)\s+(?:ties|links|relationships|"
                                            r"partnerships)\b", re.I)
PLURAL_CUE_ANY = re.compile(_PARTNERS_PLURAL + r"|ties|relationships)|\btwinned\b|\bpartners\b|"
                            r"\b(?:these|those|its|their)\s+partnerships\b|"
                            # "has partnerships with six towns in four countries, among them ..."
                            r"\bpartnerships\s+with\s+(?:\d+|[a-z]+)\s+(?:towns|cities|municipalities|communes)\b|"
                            # "has established sister or friendly relations with 48 provinces"
                            r"\b(?:sister|friendly|friendship|twinning)\s+(?:or|and)\s+(?:sister|friendly|friendship)\s+(?:relations|ties)\b|\bcidades[\s-]+irm[ãa]s\b|"
                            r"\bciudades\s+hermanas\b|\bhermanamientos\b|\bgemina[çc][õo]es\b|\bjumelages\b|\bvilles\s+jumelles\b", re.I)
# "Supporters of Genoa and Napoli celebrated their 'gemellaggio'": fans twin, cities do not
FANS = re.compile(r"\b(?:fans|supporters|ultras|tifosi|hinchas|torcidas?)\b[^.;]{0,120}\b(?:twinn\w*|gemellagg\w*|friendships?|hermanamiento)"
                  r"|\b(?:twinn\w*|gemellagg\w*|friendships?)\b[^.;]{0,60}\b(?:fans|supporters|ultras|tifosi|football|soccer)\b", re.I)
# "the fourth sister city of Durango, joining A in Mexico, B in France and C": the earlier partners
AFTER_LIST = re.compile(r"(?<=,)\s+(?:after|joining|alongside(?:\s+the\s+likes\s+of)?|along\s+with|après(?:\s+notamment)?|depois\s+de|después\s+de|dopo)\s+"
                        r"(?=[A-Z]|the\s+[A-Z])")
ARE_OWNERS = re.compile(r"\s+(?:are|were|remain|became|have\s+become)\s+(?:the\s+(city|town|province|district|county|prefecture|"
                        r"state|municipality)['’]s|its|their|[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?['’]s)\s+(?:[\w\-]+\s+){0,2}?(?:sister|"
                        r"friendship|twin|partner|friendly)[\s-]+(?:cities|towns|provinces|regions|partners|states)\b")


CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|e|y|et|mas|pero|mais)\s+(?!the\s+[A-Z])|;\s")
# "Jeonju maintains ties with 11 cities in nine countries. They include Suzhou ... and Hamamatsu":
# a sentence that lists the partners the sentence before it counted or named in the plural
THEY_ARE = re.compile(r"\s*(?:Besides\s+[^,]{1,60},\s+|Apart\s+from\s+[^,]{1,60},\s+)?(?:[Tt]hey|[Tt]hese|(?:[Tt]he\s+)?[Oo]thers|[Tt]he\s+rest|"
                      r"[Tt]he\s+other\s+(?:\w+\s+)?(?:ones|cities|towns|partners)?|[Tt]he\s+other\s+\w+)(?:\s+(?:are|include|were|included)\s+|\s*[-–—:]\s*)|"
                      # "Tra le altre figurano Orléans (Francia), ...", "Entre las otras están ...", "Entre as outras estão ..."
                      r"\s*(?:Tra\s+le\s+altre|Tra\s+gli\s+altri|Entre\s+(?:las|los)\s+otr[ao]s|Entre\s+(?:as|os)\s+outr[ao]s|Parmi\s+les\s+autres)\s*,?\s+"
                      r"(?:figurano|ci\s+sono|sono|están|figuran|se\s+encuentran|estão|figuram|se\s+trouvent|figurent|on\s+trouve)\s+")
PARTNER_COUNT = re.compile(r"\b(?:\d{1,3}|a\s+dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+number\s+of)\s+"
                           r"(?:[\w\-]+\s+){0,3}?(?:cities|towns|partners|municipalities|provinces|regions|prefectures|counties)\b", re.I)
# a place that a verb follows begins a clause of its own ("..., and Callan has had a friendship with ...")
NEW_CLAUSE = re.compile(r"\s+(?:also\s+|now\s+|later\s+)?(?:has|have|had|is|was|are|were|signed|maintains|keeps|holds|became|"
                        r"will|would|established|enjoys|shares)\b")
# "14 ciudades hermanas en diez países, entre ellas Cartagena de Indias ... y Nueva Orleans", "..., among them"
AMONG_THEM = re.compile(r",\s+(?:dont|tra\s+cui|tra\s+le\s+quali|entre\s+(?:ellas|ellos|elas|eles|as\s+quais|os\s+quais|las\s+cuales|los\s+cuales)|among\s+them|amongst\s+them)\s+(?:se\s+encuentran\s+|están\s+|estão\s+)?")
# "The council's other sister city, Kumagaya in Saitama Prefecture, is not affected"
REF_APPOSED = re.compile(r"\b[Tt]he\s+(city|town|county|province|district|state|prefecture|ward|council|borough|municipality)['’]s\s+"
                         r"(?:[\w\-]+\s+){0,2}?(?:partner|sister\s+city|twin\s+town|friendship\s+city|sister\s+state|sister\s+province|twin)"
                         r"(?:\s+city)?\s*,\s+")
# "The Bavarian town of Schongau, at the foot of the Alps, joined the family in 1973"
JOINED = re.compile(r"\bjoined\s+(?:the\s+|our\s+|its\s+)?(?:twinning\s+|sister[\s-]+city\s+)?(?:family|network|circle)\b")
# "a partnership between the charities Tearfund and Cord": bodies named, not places
ORG_NOUNS_BEFORE = re.compile(r"(?:the\s+)?(?:charities|companies|firms|schools|clubs|universities|organi[sz]ations|groups|teams|"
                              r"parishes|churches|hospitals|banks|airlines|brands|museums|agencies)\s+")
# "Hangzhou has been our sister city since 2012", "X is our oldest twin town"
OUR_PARTNER = re.compile(r"\s*(?:has\s+been|is|was|became|remains)\s+our\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner)[\s-]+"
                         r"(?:city|town|province|region|partner)\b")
# "from our sister city of Poznań", "our twin town, Chinon": the speaker's place and its partner
OUR_PARTNER_OF = re.compile(r"\b[Oo]ur\s+(?:[\w\-]+\s+){0,2}?(?:sister|twin|friendship|partner)[\s-]+(?:city|town|province|region|district)"
                            r"(?:\s+of\s+|\s*,\s+)")
# "Szeged, Hungary, another of our sister cities": the place before is one of the speaker's partners
ONE_OF_OURS = re.compile(r"\s*,\s+(?:another|one)\s+of\s+our\s+(?:[\w\-]+\s+)?(?:sister|twin|friendship|partner)[\s-]+(?:cities|towns|partners)\b")
# "The oldest links, with Bordeaux and Hannover, ...": a page's ties, ranked
_RANKED = r"\b(?:oldest|newest|first|earliest|latest|longest-standing)\s+(?:links|ties|partnerships|twinnings|relationships|partners)\b"
RANKED_TIES = re.compile(_RANKED)
OLDEST_TIES = re.compile(_RANKED + r"\s*,?\s*$")
# a tie named by the one the page has just told of ("keen on a similar arrangement with Kagoshima")
SIMILAR = re.compile(r"\bsimilar\s+(?:[\w\-]+\s+)?(?:agreements?|arrangements?|relationships?|ties|memorand\w+|pacts?|documents?|"
                     r"deals?|links?|partnerships?|accords?)\b")
# "our other sister cities", "Tallahassee's remaining partners": partners someone owns, so a list may follow
POSSESSED_PLURAL = re.compile(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir|[\w\-]+['’]s|other|remaining)\s+(?:[\w\-]+\s+){0,3}?"
                              r"(?:cities|towns|partners|regions|provinces)$")
# "En la misma sesión, el Cabildo aprobó ...", "a Câmara aprovou ...": the page's own council, unnamed
COUNCIL_ES = re.compile(r"\b(?:[Ee]l\s+(?:Cabildo|Ayuntamiento|Concejo(?:\s+Municipal)?)|[Ll]a\s+(?:Alcald[ií]a|Municipalidad|Intendencia)|"
                        r"[Aa]\s+(?:C[âa]mara(?:\s+Municipal)?|Prefeitura)|[Ll]e\s+[Cc]onseil\s+municipal)\b(?!\s+(?:de|da|do|du)\s)")
# a sporting or trade event whose "partner cities" host it, no twinning ("official partner cities for the 2026
# season", "the partner city base for the Half Marathon")
EVENT = re.compile(r"\b(?:Olympic|Olympics|Paralympic|Games|World\s+Cup|Expo|tournament|championships?|Commonwealth\s+Games|"
                   r"[Mm]arathon|Series|[Rr]egatta|Grand\s+Prix|Tour\s+de|[Rr]ally|(?:19|20)\d\d\s+season)\b")
# ", and added the Sonoran state capital, Hermosillo, in 2008": one more partner of the tie's hub
ADDED = re.compile(r",?\s+and\s+(?:later\s+|then\s+|since\s+)?(?:has\s+)?added\s+(?:the\s+[^,;]{1,50},\s+)?")
# "Among them, Poland's Lublin has sent aid": a sentence whose clauses are about partners counted before
AMONG_LEAD = re.compile(r"\s*(?:Among|Of)\s+(?:them|these|those)\s*,\s+")
# "The province's own partners range from A, its oldest friend, to B, C and D"
RANGE_FROM = re.compile(r"\b(?:partners|sister\s+cities|twin\s+towns|friends|ties|partnerships)\s+(?:now\s+)?range\s+from\s+|"
                        # "Portland has nine sister cities, from Guadalajara to Mutare"
                        r"\b(?:has|have|counts|boasts)\s+(?:[\w\-]+\s+){0,2}?(?:sister\s+cities|twin\s+towns|partner\s+cities|friendship\s+cities|partners),\s+from\s+")
RANGE_TO = re.compile(r"(?:\s*,\s*[^,;]{1,40},)?\s+to\s+")
# a tie told by a verb before "with": "Yuma first paired with Mexicali", "Chattanooga has been linked with
# Hualien since 1969", "Since signing with Aachen in 1993, the county ..."
LINKED = re.compile(r"(?:\b[A-Z][\w\-]+\s+(?:first\s+|later\s+|also\s+)?(?:paired|partnered)\s+(?:up\s+)?|"
                    r"\b(?:has|have|had)\s+been\s+(?:formally\s+|officially\s+)?(?:linked|paired|partnered)\s+(?:since\s+(?:19|20)\d\d\s+)?|"
                    r"\b(?:Since|After|Before)\s+(?:first\s+)?(?:signing|twinning|teaming\s+up|pairing\s+up|partnering)\s+)")
