"""Name variants: the forms of a place's name that people write without its administrative suffix.

GeoNames spells Chinese provinces "Guangdong Sheng", prefectures "Ningbo Shi", Korean districts
"Gangnam-gu" and Japanese prefectures "Kyōto-fu"; articles write "Guangdong", "Ningbo", "Gangnam"
and "Kyoto". ``variants`` gives those shorter forms (indexed as aliases), ``kind_words`` reads the
kind a query names ("Carabobo State", "Trier City", "Gangnam District").
"""

from __future__ import annotations

import re

from .normalize import normalize

# administrative suffixes (after a space or a hyphen) that can be dropped from a name
_SUFFIXES = (
    "sheng", "shi", "shixiaqu", "zizhiqu", "zizhizhou", "diqu", "qu", "xian", "meng",
    "gu", "ku", "si", "do", "gun", "teukbyeolsi", "gwangyeoksi", "teukbyeoljachisi",
    "ken", "fu", "to", "city", "province", "prefecture", "district", "municipality",
    "metropolis", "metropolitan city", "special city", "oblast", "oblast'", "krai", "kray",
    "region", "governorate", "department", "state", "stadt", "urban district", "township",
    "municipality", "metropolitan municipality", "local municipality", "commune", "parish",
    "(district)", "(city)", "(town)", "am main",
)
_SUFFIX_RE = re.compile(
    r"^(?P<base>.+?)[\s\-](?:" + "|".join(re.escape(s) for s in sorted(_SUFFIXES, key=len)[::-1])
    + r")$",
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(
    r"^(?:(?:city|municipality|province|county|district|prefecture|state|borough|town|region)"
    r"\s+of\s+(?:the\s+)?"
    r"|(?:provinz|landkreis|kreis|pr[aä]fektur|d[ée]partement|gmina|powiat|okres|bezirk|distrikt"
    r"|regierungsbezirk|provincia|province|comune|gemeinde|stadt|municipio|municipality|rajon"
    r"|canton|kanton|commune|region|r[ée]gion|county|district|city|town|borough|metropolis"
    r"|metropolitan municipality|free state|state)\s+(?:(?:de|di|du|del|of|von|des)\s+)?"
    r"(?:l'|la\s+|le\s+|the\s+)?)(?P<base>.+)$",
    re.IGNORECASE,
)

#: kind words a query may carry, with the kind they ask for
KIND_WORDS: dict[str, str] = {
    "district": "district", "borough": "district", "ward": "district", "qu": "district",
    "gu": "district", "ku": "district", "arrondissement": "district", "bezirk": "district",
    "city": "city", "town": "city", "municipality": "city", "village": "city", "shi": "city",
    "state": "state_province", "province": "state_province", "prefecture": "state_province",
    "region": "state_province", "oblast": "state_province", "governorate": "state_province",
    "department": "state_province", "sheng": "state_province", "krai": "state_province",
    "county": "county", "country": "country",
}
_TRAIL_KIND = re.compile(r"^(?P<base>.+?)[\s\-](?P<word>" + "|".join(KIND_WORDS) + r")$", re.I)
_LEAD_KIND = re.compile(r"^(?P<word>" + "|".join(KIND_WORDS) + r")\s+of\s+(?:the\s+)?(?P<base>.+)$",
                        re.I)


def variants(name: str) -> list[str]:
    """Shorter forms of ``name`` without administrative suffixes or "City of" prefixes."""
    out: list[str] = []
    seen = {name}
    todo = [name]
    if ", " in name:  # "Madrid, Comunidad de" -> "Comunidad de Madrid"
        head, _, tail = name.partition(", ")
        todo.append(f"{tail} {head}")
        todo.append(head)
    while todo:
        cur = todo.pop()
        for rx in (_SUFFIX_RE, _PREFIX_RE):
            m = rx.match(cur)
            if m and len(m.group("base")) >= 2:
                todo.append(m.group("base"))
        if cur not in seen:
            seen.add(cur)
            out.append(cur)
    return [v for v in out if len(normalize(v)) >= 2]


def base_name(name: str) -> str:
    """The normalised name stripped of all administrative suffixes ("Ningbo Shi" -> "ningbo")."""
    forms = [normalize(name)] + [normalize(v) for v in variants(name)]
    return min(forms, key=len)


def kind_words(query: str) -> list[tuple[str, str]]:
    """(name, kind) readings of a query that names a kind: "Carabobo State" -> ("Carabobo", ...)."""
    out = []
    m = _TRAIL_KIND.match(query.strip())
    if m:
        out.append((m.group("base").strip(), KIND_WORDS[m.group("word").lower()]))
    m = _LEAD_KIND.match(query.strip())
    if m:
        out.append((m.group("base").strip(), KIND_WORDS[m.group("word").lower()]))
    return out
