"""Places in the registry: finding them by what a person types, and adding them.

A name is looked up in the registry first (the places that have partnerships), then in the
gazetteer. An ambiguous name is never settled silently: the caller gets every candidate, with
enough context ("Kansas City, US-MO" / "US-KS") for the person to say which one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from .gazetteer import GazPlace, normalize
from .model import PlaceKind
from .store.schema import Place, PlaceAncestor, PlaceName

# words that say what kind of place a name is, dropped when the plain name finds nothing
_KIND_WORDS = re.compile(
    r"\b(city|district|province|state|county|prefecture|region|oblast|municipality|"
    r"town|borough|metropolitan|special|autonomous|new area)\b|(-gu|-shi|-ku|-si|-do)$",
    re.IGNORECASE,
)


class PlaceNotFound(LookupError):
    """No place by that name, in the registry or the gazetteer."""

    def __init__(self, query: str):
        super().__init__(
            f"no place called {query!r}: check the spelling, add a country "
            f"('{query}, DE') or create it with 'cityties add-place'"
        )
        self.query = query


class AmbiguousPlace(LookupError):
    """Several places answer to a name; the candidates say how to tell them apart."""

    def __init__(self, query: str, candidates: list[Candidate]):
        listed = "; ".join(c.label for c in candidates[:12])
        super().__init__(f"{query!r} could mean several places: {listed}. Name one of them.")
        self.query = query
        self.candidates = candidates


@dataclass
class Candidate:
    """A place a name may mean, from the registry (`place`) or only the gazetteer (`gaz`)."""

    name: str
    kind: str
    country: str | None
    admin_code: str | None
    population: int | None
    place: Place | None = None
    gaz: GazPlace | None = None
    context: list[str] = field(default_factory=list)
    ancestor_ids: frozenset[int] = frozenset()

    @property
    def label(self) -> str:
        where = self.admin_code or self.country or "?"
        return f"{self.name}, {where} ({self.kind})"


def split_query(query: str) -> tuple[str, list[str]]:
    """'Kansas City, Missouri' -> ('Kansas City', ['Missouri']); 'Futian (Shenzhen)' likewise."""
    query = query.strip()
    quals: list[str] = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", query)
    if m:
        query, quals = m.group(1), [m.group(2)]
    parts = [p.strip() for p in query.split(",")]
    return parts[0], [q for q in parts[1:] + quals if q]


def ancestors(session: Session, place_id: int) -> list[Place]:
    """The places `place_id` lies in, nearest first (Futian -> Shenzhen, Guangdong, China)."""
    rows = session.execute(
        select(Place)
        .join(PlaceAncestor, PlaceAncestor.ancestor_id == Place.id)
        .where(PlaceAncestor.place_id == place_id, PlaceAncestor.depth > 0)
        .order_by(PlaceAncestor.depth)
    )
    return list(rows.scalars())


def _matches_qualifier(place: Place, chain: list[Place], qual: str) -> bool:
    q = normalize(qual)
    if not q:
        return True
    codes = {(place.country or "").lower(), (place.admin_code or "").lower()}
    if qual.strip().lower() in codes:
        return True
    for p in chain:
        names = {normalize(p.name)}
        if p.country and p.kind == PlaceKind.country:
            names.add(p.country.lower())
        if q in names or normalize(_KIND_WORDS.sub("", p.name)) == q:
            return True
    return False


def _registry_candidates(session: Session, name: str, quals: list[str]) -> list[Candidate]:
    norms = [normalize(name)]
    bare = normalize(_KIND_WORDS.sub(" ", name))
    if bare and bare not in norms:
        norms.append(bare)
    for norm in norms:
        places = list(session.execute(
            select(Place).where(Place.id.in_(
                select(PlaceName.place_id).where(PlaceName.norm == norm)))
        ).scalars())
        found = []
        for place in places:
            # the chain is needed to check qualifiers and to tell candidates apart, not otherwise
            chain = ancestors(session, place.id) if quals or len(places) > 1 else []
            if all(_matches_qualifier(place, chain, q) for q in quals):
                found.append(
                    Candidate(place.name, place.kind, place.country, place.admin_code,
                              place.population, place=place, context=[p.name for p in chain],
                              ancestor_ids=frozenset(p.id for p in chain))
                )
        if found:
            return _dedupe_and_rank(_drop_containers(found))
    return []


def _drop_containers(found: list[Candidate]) -> list[Candidate]:
    """A unit named after its seat (the département of Paris, Nara Prefecture) gives way to the
    place inside it: "Paris" means the city; the unit is reached by its own longer name."""
    inside_ids = set().union(*(c.ancestor_ids for c in found))
    kept = [c for c in found if c.place is None or c.place.id not in inside_ids]
    return kept or found


def _dedupe_and_rank(found: list[Candidate]) -> list[Candidate]:
    order = {k: i for i, k in enumerate(
        ["country", "state_province", "city", "district", "county", "other"])}
    return sorted(found, key=lambda c: (-(c.population or 0), order.get(c.kind, 9), c.name))


def gazetteer_candidates(session: Session, gazetteer, query: str) -> list[Candidate]:
    """Candidates from the gazetteer, tied to the registry's place where it has one."""
    out = []
    for g in gazetteer.resolve(query):
        place = session.execute(select(Place).where(Place.key == f"gn:{g.id}")).scalar()
        out.append(Candidate(g.name, g.kind, g.country, g.admin_code, g.population, gaz=g,
                             place=place, context=[a.name for a in gazetteer.ancestors(g.id)]))
    return out


def pick(candidates: list[Candidate], query: str) -> Candidate:
    """The one candidate a query means, or AmbiguousPlace/PlaceNotFound.

    One candidate that is far larger than all the others (ten times the population) is taken:
    "Paris" is Paris, France; the others stay listed for the caller to mention.
    """
    if not candidates:
        raise PlaceNotFound(query)
    if len(candidates) == 1:
        return candidates[0]
    first, rest = candidates[0], candidates[1:]
    top = first.population or 0
    if top > 0 and all(top >= 10 * (c.population or 0) for c in rest):
        return first
    raise AmbiguousPlace(query, candidates)


def find_place(session: Session, query: str, gazetteer=None) -> Candidate:
    """The place a person means by `query`: the registry first, then the gazetteer."""
    if query.strip().lower().startswith(("gn:", "wd:", "local:")):
        place = session.execute(select(Place).where(Place.key == query.strip())).scalar()
        if place is None:
            raise PlaceNotFound(query)
        return Candidate(place.name, place.kind, place.country, place.admin_code,
                         place.population, place=place)
    name, quals = split_query(query)
    found = _registry_candidates(session, query.strip(), []) if quals else []
    if not found:  # "Brake (Unterweser)" is a name; "Futian (Shenzhen)" a name and a qualifier
        found = _registry_candidates(session, name, quals)
    if not found and gazetteer is not None:
        found = gazetteer_candidates(session, gazetteer, query)
    return pick(found, query)


def search(session: Session, text: str, limit: int = 20) -> list[Place]:
    """Places whose names start with `text` (normalised), largest first."""
    norm = normalize(text)
    if not norm:
        return []
    ids = select(PlaceName.place_id).where(PlaceName.norm.like(norm.replace("%", "") + "%"))
    rows = session.execute(
        select(Place).where(Place.id.in_(ids)).order_by(Place.population.desc().nulls_last())
        .limit(limit)
    )
    return list(rows.scalars())


# --- adding places -------------------------------------------------------------------------


def add_names(session: Session, place: Place, names: Iterable[str]) -> None:
    """Record every name of `place` once per normalised form."""
    have = set(session.execute(
        select(PlaceName.norm).where(PlaceName.place_id == place.id)).scalars())
    for n in names:
        norm = normalize(n)
        if n and norm and norm not in have:
            have.add(norm)
            session.add(PlaceName(place_id=place.id, name=n[:200], norm=norm[:200]))


def add_closure(session: Session, place: Place) -> None:
    """Closure rows for a new place: itself at depth 0, then each ancestor."""
    session.add(PlaceAncestor(ancestor_id=place.id, place_id=place.id, depth=0))
    if place.parent_id is not None:
        for row in session.execute(
            select(PlaceAncestor).where(PlaceAncestor.place_id == place.parent_id)
        ).scalars():
            session.add(PlaceAncestor(ancestor_id=row.ancestor_id, place_id=place.id,
                                      depth=row.depth + 1))


def materialize(session: Session, gazetteer, gaz: GazPlace, source_id: int | None = None) -> Place:
    """The registry's place for a gazetteer place, creating it and its ancestors if needed."""
    key = f"gn:{gaz.id}"
    place = session.execute(select(Place).where(Place.key == key)).scalar()
    if place is not None:
        return place
    parent = None
    if gaz.parent_id is not None:
        parent_gaz = gazetteer.get(gaz.parent_id)
        if parent_gaz is not None:
            parent = materialize(session, gazetteer, parent_gaz, source_id)
    place = Place(
        key=key, name=gaz.name, kind=gaz.kind, country=gaz.country or None,
        continent=gaz.continent, admin_code=gaz.admin_code,
        parent_id=parent.id if parent else None, lat=gaz.lat, lng=gaz.lng,
        population=gaz.population, geonames_id=gaz.id, source_id=source_id,
    )
    session.add(place)
    session.flush()
    add_names(session, place, [gaz.name, *gazetteer.names(gaz.id)])
    add_closure(session, place)
    session.flush()
    return place


def create_place(session: Session, name: str, kind: str, country: str | None,
                 parent: Place | None, source_id: int, *, lat: float | None = None,
                 lng: float | None = None, population: int | None = None) -> Place:
    """A place the gazetteer lacks, entered by a person (with the source of that entry)."""
    if kind not in PlaceKind.__members__:
        raise ValueError(f"unknown kind {kind!r}: use one of {', '.join(PlaceKind)}")
    if country is None and parent is not None:
        country = parent.country
    place = Place(
        key="local:pending", name=name, kind=kind, country=(country or "").upper() or None,
        continent=parent.continent if parent else None,
        admin_code=parent.admin_code if parent else None,
        parent_id=parent.id if parent else None, lat=lat, lng=lng, population=population,
        source_id=source_id,
    )
    session.add(place)
    session.flush()
    place.key = f"local:{place.id}"
    add_names(session, place, [name])
    add_closure(session, place)
    session.flush()
    return place
