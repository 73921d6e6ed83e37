"""Mentions into PLACE dicts: the gazetteer's ids, kinds and countries where the text supports them,
and whether a capitalised word can be a place at all."""

from __future__ import annotations

import re

from . import lexicon
from .places import Mention, guess_kind, place_key


class PlaceResolver:
    """Turns mentions into PLACE dicts, asking the gazetteer (when there is one) for ids and countries."""

    def __init__(self, resolver, mentions, url: str | None = None, main: Mention | None = None):
        self.resolver = resolver
        self.cache: dict[tuple[str, str | None], object] = {}
        self.known: dict[str, bool] = {}
        self.cache_country: dict[str, str | None] = {}
        # the countries the text itself names (countries, demonyms, countries given to places)
        self.doc_countries = {m.country for ms in mentions for m in ms if m.country}
        # "www.orange.nsw.gov.au": a page on a country's own domain is about a place of that country (its
        # main place; the partners it names are abroad)
        self.site = domain_country(url)
        self.main_key = main.key if main is not None else None
        # the places named right after the first mention of a place ("Yanggu, a border county in Gangwon
        # Province"): where that place lies (a namesake named later, "la ciudad española de Cuenca, ... en
        # Castilla-La Mancha", is another place)
        self.beside: dict[str, set[str]] = {}
        for ms in mentions:
            for m in ms:
                if m.kind == "place" and m.key not in self.beside:
                    self.beside[m.key] = set() if m.country else {
                        r.name for r in ms if r.kind == "place" and 0 < r.start - m.end <= 80}
        self.region_ids: dict[str, set[int]] = {}
        self.backed: set[int] = set()   # hits the page supports by naming their province
        if resolver is not None:
            # "GUADALAJARA, Jalisco.-", "Hamilton, Ontario": a region named as where a place lies says
            # which country the story is in
            for ms in mentions:
                for m in ms:
                    if m.kind == "place" and m.locator and not m.country:
                        self.doc_countries |= self._region_country(m.name)
        # "Kingston" on a page that also says "Kingston upon Thames": the short name is the long one's
        names = {m.name for ms in mentions for m in ms if m.kind == "place"}
        self.names = sorted(n for n in names if n)
        self.region_countries: set[str] | None = None
        self.longer: dict[str, str] = {}
        for n in names:
            # never "Legazpi City", the same name with its unit
            longer = sorted(x for x in names if x.startswith(n + " ") and len(x.split()) <= len(n.split()) + 3
                            and place_key(x) != place_key(n))
            if len(longer) == 1:
                self.longer[n] = longer[0]
        # what the whole text says of each name: "South Chungcheong Province" once makes every
        # "South Chungcheong" a place
        self.doc_evidence: dict[str, int] = {}
        for ms in mentions:
            for m in ms:
                if m.kind == "place":
                    ev = 3 if m.country else m.evidence
                    self.doc_evidence[m.key] = max(ev, self.doc_evidence.get(m.key, 0))

    def former_names(self, mentions: dict[str, Mention]) -> dict[str, Mention]:
        """Names in the text that the gazetteer knows as another name of a place the text also names
        ("when the city still bore the name Dnipropetrovsk", "Nur-Sultan"): name key -> the mention to
        use instead, so that one tie is not counted twice."""
        out: dict[str, Mention] = {}
        if self.resolver is None:
            return out
        for k, m in mentions.items():
            try:
                hits = [p for p in self.resolver.resolve(m.name) or [] if p.kind != "country"]
            except Exception:
                continue
            # a place of its own name ("Bahia" the state is no other name of Salvador); a district or province
            # of the city's own name is not ("Padova" the province beside "Padua", "Cartagena de Indias")
            if m.ns or any(place_key(p.name) == k and p.kind != "other" for p in hits):
                continue
            for p in hits[:3]:
                other = mentions.get(place_key(p.name))
                if other is None or other.key == k or other.ns:
                    continue
                try:
                    own = [q for q in self.resolver.resolve(other.name) or [] if q.kind != "country"]
                except Exception:
                    own = []
                if own and own[0].id == p.id:
                    out[k] = other
                    break
        return out

    def _one_country(self, name: str) -> str | None:
        """The country of every place in the world that bears ``name``, when they share one."""
        if name not in self.cache_country:
            try:
                hits = [p for p in self.resolver.resolve(name) or []
                        if p.kind != "country" and place_key(p.name) == place_key(name)]
            except Exception:
                hits = []
            one = hits and len({p.country for p in hits}) == 1
            self.cache_country[name] = hits[0].country if one else None
        return self.cache_country[name]

    def _region_country(self, name: str) -> set[str]:
        try:
            hits = [p for p in self.resolver.resolve(name) or [] if p.kind == "state_province"
                    and place_key(p.name) == place_key(name)]
        except Exception:
            return set()
        return {hits[0].country} if len({p.country for p in hits}) == 1 else set()

    def _page_regions(self) -> set[str]:
        """The countries of the states and provinces the page names anywhere ("Yucatán", "Ohio")."""
        if self.region_countries is None:
            self.region_countries = set()
            for n in self.names:
                self.region_countries |= self._region_country(n)
        return self.region_countries

    def _page_region_ids(self, key: str) -> set[int]:
        """The gazetteer ids of the states and provinces named beside ``key`` ("Gangwon Province")."""
        if key not in self.region_ids:
            self.region_ids[key] = set()
            for n in self.beside.get(key, ()):
                try:
                    hits = self.resolver.resolve(n) or []
                except Exception:
                    continue
                if hits and hits[0].kind == "state_province":
                    self.region_ids[key].add(hits[0].id)
        return self.region_ids[key]

    def plausible(self, m: Mention) -> bool:
        """Whether ``m`` can be a place: the text says so ("the city of X", "X District", "X, Japan"),
        or, when there is a gazetteer, some place in the world bears that name. Capitalised words
        that name no place ("Hanseatic", "Cold War", "Councillors") are never partners."""
        if self.resolver is None or m.kind != "place" or m.country or m.evidence >= 2 or \
                self.doc_evidence.get(m.key, 0) >= 2 or lexicon.fold(m.name) in lexicon.states():
            return True     # (and a first-level division the lexicon lists: "Wielkopolska")
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
        key = (m.name, m.country, "namesake" in m.flags)
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
        key = place_key(m.name)
        same = [p for p in res if place_key(p.name) == key and p.kind != "country"]
        if m.country:   # the text gave the country: an alias in that country is fine ("Canton, China")
            return next((p for p in same + res if p.country == m.country and p.kind != "country"), None)
        if not same:
            return None
        if "namesake" in m.flags:
            # "Mérida and Mérida: Yucatán capital and its Spanish namesake": the bare one is the largest
            # of those in the countries and regions the page names
            pool = [p for p in same if p.country in self.doc_countries | self._page_regions()]
            kind = guess_kind(m.name)
            pool = [p for p in pool if p.kind == kind] or pool     # Toledo the city, not its province
            return max(pool, key=_population) if pool else None
        inside = [p for p in same if getattr(p, "parent_id", None) in self._page_region_ids(m.key)] \
            if m.key == self.main_key else []
        if inside and len(inside) < len(same):
            # "Yanggu, a border county in Gangwon Province": the page's own place is the namesake in the
            # province the page names (a partner there would be its neighbour), unless a far larger one
            # elsewhere is the place of the page's countries
            near, top = max(inside, key=_population), max(same, key=_population)
            rivals = self.doc_countries - {near.country}
            if top.country not in rivals or 20 * _population(near) >= _population(top):
                self.backed.add(near.id)
                return near
        if self.site and m.key == self.main_key and self.site not in self.doc_countries:
            mine = [p for p in same if p.country == self.site]
            if mine:
                near = max(mine, key=_population)
                self.backed.add(near.id)    # Orange on orange.nsw.gov.au
                return near
        local = [p for p in same if p.country in self.doc_countries]
        if local:
            near = local[0]
            top = max((p for p in same if p.kind == near.kind), key=_population)
            big, small = _population(top), _population(near)
            rival = max((_population(p) for p in same
                         if p.kind == near.kind and p.country not in (top.country, near.country)), default=0)
            if top.country not in self.doc_countries and big >= 200000 and big >= 5 * max(small, 1):
                # "Hamilton" on a page naming the United States for Flint: still Hamilton, Ontario, when it
                # dwarfs every namesake; "Santa Fe" on a page naming Mexico is neither Argentina's for sure
                # (New Mexico's is a quarter its size) nor the Mexican village
                return top if big >= 5 * rival else None
            return near
        top = same[0]
        pop = getattr(top, "population", 0) or 0
        rival = max(((getattr(p, "population", 0) or 0) for p in same[1:] if p.country != top.country),
                    default=0)
        return top if pop >= 50000 and pop >= 5 * rival else None

    def _namesake(self, m: Mention, countries) -> object | None:
        """The largest place of ``m``'s own name in one of ``countries``."""
        if self.resolver is None:
            return None
        try:
            res = self.resolver.resolve(m.name) or []
        except Exception:
            return None
        pool = [p for p in res
                if place_key(p.name) == m.key and p.kind != "country" and p.country in countries]
        return max(pool, key=_population) if pool else None

    def namesake_elsewhere(self, m: Mention, away: set[str]):
        """The namesake of ``m`` in a country or region the page names, outside ``away``."""
        return self._namesake(m, (self.doc_countries | self._page_regions()) - away)

    def namesake_in(self, m: Mention, country: str | None):
        """The namesake of ``m`` in ``country`` (the site's)."""
        return self._namesake(m, {country}) if country else None

    def place(self, m: Mention) -> dict:
        if m.kind == "country":
            return {"name": m.name, "country": m.country, "kind": "country"}
        name, kind = m.name, guess_kind(m.name)
        if name.endswith(" Ward") and len(name) > 5:    # "Sumida Ward" is Tokyo's Sumida-ku: a district
            name, kind = name[:-5], "district"
        out = {"name": name, "country": m.country, "kind": kind}
        if self.resolver is not None:
            hit = self._lookup(m)
            long_name = self.longer.get(m.name) if not m.country else None
            if long_name is not None:
                whole = self._one_country(long_name)
                if whole is not None:
                    out["country"] = whole      # "Kingston" is Kingston upon Thames here, not Jamaica's
                    return out
            if hit is not None and (m.country or _population(hit) >= 50000 or hit.id in self.backed):
                out["country"] = m.country or hit.country
                out["kind"] = hit.kind if hit.kind != "country" else out["kind"]
                out["place_id"] = f"geonames:{hit.id}"
            elif hit is None and not m.country and lexicon.fold(m.name) in lexicon.states():
                # "Lower Saxony", "Wielkopolska": a first-level division the gazetteer of towns lacks
                out["kind"] = "state_province"
                out["country"] = lexicon.states()[lexicon.fold(m.name)]
        elif not m.country and lexicon.fold(m.name) in lexicon.states():
            out["kind"] = "state_province"
        return out


def _population(p) -> int:
    return getattr(p, "population", 0) or 0


# country-code domains that sites use for their own country, not as a brand (".tv", ".io", ".co" are brands)
_DOMAIN_ALIAS = {"uk": "GB"}
_BRAND_DOMAINS = {"tv", "io", "co", "me", "fm", "ai", "ly", "to", "cc", "ws", "gg", "is", "am", "la", "nu",
                  "tk", "sh", "ac", "eu", "asia", "su"}


def url_host(url: str | None) -> str:
    """A URL's host name, lower case, without "www." ("https://www.timaru.govt.nz/x" -> "timaru.govt.nz")."""
    host = re.sub(r"^[a-z]+://", "", (url or "").strip().lower()).split("/", 1)[0].split(":", 1)[0]
    return re.sub(r"^www\d?\.", "", host)


def domain_country(url: str | None) -> str | None:
    """The country of a URL's country-code domain ("orange.nsw.gov.au" -> AU), if it has one."""
    host = url_host(url)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in _BRAND_DOMAINS:
        return None
    return _DOMAIN_ALIAS.get(tld, tld.upper())
