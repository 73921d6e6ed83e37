"""The partnership network: shared partners, partners of partners, triangles, central places.

The graph has a node per place and an edge per established partnership (signed or active). It
is built with rustworkx (a graph library with a Rust core: the world's 33,000 edges load and
rank in tens of milliseconds, where networkx took two seconds) once per process and database
state (the count and newest id of partnerships and stage changes), and reused; centrality is
computed once per graph. PageRank is the "central place" measure: a place is central when its
partners are themselves well connected (eigenvector centrality was tried first: on the world
graph it piles up on one dense cluster of small towns).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import rustworkx as rx
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..model import ESTABLISHED_STAGES
from ..store.schema import Alliance, AllianceMember, Partnership, Place, StageChange
from .ties import raw_rows


@dataclass
class Network:
    """The graph over place ids: ``ids[n]`` is node n's place, ``index`` the reverse. Names and
    countries are read only for the places an answer shows (``describe``), which keeps building
    the world graph to the edges alone."""

    g: rx.PyGraph
    index: dict[int, int]
    ids: list[int]
    _rank: dict[int, float] | None = field(default=None, repr=False)
    _degrees: dict[int, int] | None = field(default=None, repr=False)

    def __contains__(self, place_id: int) -> bool:
        return place_id in self.index

    def partners(self, place_id: int) -> dict[int, int]:
        """The partners of a place: partner place id -> partnership id."""
        n = self.index[place_id]
        return {self.ids[m]: pid for m, pid in self.g.adj(n).items()}

    def degree(self, place_id: int) -> int:
        return self.g.degree(self.index[place_id])

    def degrees(self) -> dict[int, int]:
        """Partners per place id (computed once per graph)."""
        if self._degrees is None:
            deg = self.g.degree
            self._degrees = {pid: deg(n) for n, pid in enumerate(self.ids)}
        return self._degrees

    def describe(self, session: Session, place_ids) -> dict[int, dict]:
        """place, country, kind and key of each id, read now (names may change between answers)."""
        wanted, out = list(set(place_ids)), {}
        cols = (Place.id, Place.name, Place.country, Place.kind, Place.key)
        for chunk in range(0, len(wanted), 5000):
            for pid, name, country, kind, key_ in session.execute(
                    select(*cols).where(Place.id.in_(wanted[chunk:chunk + 5000]))):
                out[pid] = dict(place=name, country=country, kind=kind, key=key_)
        return out

    def pagerank(self) -> dict[int, float]:
        """PageRank per place id (the undirected graph as a digraph with both directions)."""
        if self._rank is None:
            got = rx.pagerank(self.g.to_directed(), alpha=0.85, tol=1e-8) if self.ids else {}
            self._rank = {self.ids[n]: v for n, v in got.items()}
        return self._rank


_CACHE: dict[tuple, Network] = {}


def _state(session: Session) -> tuple:
    p = session.execute(select(func.count(Partnership.id), func.max(Partnership.id),
                               func.sum(Partnership.a_id * 7 + Partnership.b_id))).one()
    c = session.execute(select(func.count(StageChange.id), func.max(StageChange.id))).one()
    return (str(session.get_bind().url), *p, *c)


def graph(session: Session) -> Network:
    """The world graph of established partnerships (cached per process and database state)."""
    key = _state(session)
    net = _CACHE.get(key)
    if net is not None:
        return net
    established = ", ".join(f"'{s.value}'" for s in ESTABLISHED_STAGES)   # enum values, not input
    edges = raw_rows(session.connection(), select(Partnership.a_id, Partnership.b_id, Partnership.id)
                     .where(text(f"partnership.stage IN ({established})")))
    ids = sorted({a for a, _, _ in edges} | {b for _, b, _ in edges})
    index = {pid: i for i, pid in enumerate(ids)}
    g = rx.PyGraph(multigraph=False)
    g.add_nodes_from(ids)
    g.extend_from_weighted_edge_list([(index[a], index[b], pid) for a, b, pid in edges])
    net = Network(g, index, ids)
    _CACHE.clear()
    _CACHE[key] = net
    return net


def shared_partners(session: Session, a: Place, b: Place) -> list[dict]:
    """Places partnered with both `a` and `b`."""
    net = graph(session)
    if a.id not in net or b.id not in net:
        return []
    pa, pb = net.partners(a.id), net.partners(b.id)
    common = pa.keys() & pb.keys()
    info = net.describe(session, common)
    rows = [dict(**info[n], partnership_a=pa[n], partnership_b=pb[n]) for n in common]
    return sorted(rows, key=lambda r: (r["country"] or "~", r["place"].casefold()))


def partners_of_partners(session: Session, place: Place, *, limit: int | None = 50) -> list[dict]:
    """Places two steps away (not yet partners), with the partners they share with `place`."""
    net = graph(session)
    if place.id not in net:
        return []
    direct = net.partners(place.id)
    via: dict[int, list[int]] = {}
    for p in direct:
        for q in net.partners(p):
            if q != place.id and q not in direct:
                via.setdefault(q, []).append(p)
    info = net.describe(session, [*via, *direct])
    rows = [dict(**info[q], shared=len(v), via=sorted((info[p]["place"] for p in v), key=str.casefold))
            for q, v in via.items()]
    rows.sort(key=lambda r: (-r["shared"], r["place"].casefold()))
    return rows[:limit] if limit else rows


def triangles(session: Session, place: Place | None = None, *, limit: int | None = 100) -> list[dict]:
    """Three places each partnered with the other two (with `place` in each, when given)."""
    net = graph(session)
    g = net.g
    found: list[tuple[int, int, int]] = []
    if place is not None:
        nodes = [net.index[place.id]] if place.id in net else []
    else:
        nodes = list(g.node_indices())    # node order is place-id order
    seen = set()
    for n in nodes:
        nbrs = sorted(g.neighbors(n))
        for i, u in enumerate(nbrs):
            for v in nbrs[i + 1:]:
                if g.has_edge(u, v):
                    tri = tuple(sorted((n, u, v)))
                    if tri in seen:
                        continue
                    seen.add(tri)
                    found.append(tri)
                    if limit and len(found) >= limit:
                        break
            if limit and len(found) >= limit:
                break
        if limit and len(found) >= limit:
            break
    info = net.describe(session, {net.ids[x] for tri in found for x in tri})
    rows = []
    for tri in found:
        ps = [info[net.ids[x]] for x in tri]
        rows.append(dict(places=[p["place"] for p in ps], countries=[p["country"] for p in ps],
                         keys=[p["key"] for p in ps]))
    return rows


def alliances(session: Session, place: Place | None = None) -> list[dict]:
    """Ties among three or more places (the alliance table), with their members."""
    q = select(Alliance)
    if place is not None:
        q = q.where(Alliance.id.in_(
            select(AllianceMember.alliance_id).where(AllianceMember.place_id == place.id)))
    out = []
    for al in session.execute(q.order_by(Alliance.date, Alliance.id)).scalars():
        members = session.execute(
            select(Place.name).join(AllianceMember, AllianceMember.place_id == Place.id)
            .where(AllianceMember.alliance_id == al.id).order_by(Place.name)).scalars()
        out.append(dict(name=al.name, type=al.type, stage=al.stage, date=al.date,
                        members=list(members)))
    return out


def centrality(session: Session) -> dict[int, float]:
    """PageRank of every place in the network, by place id."""
    return graph(session).pagerank()


def top(session: Session, *, country: str | None = None, limit: int = 20) -> list[dict]:
    """The most connected places (by degree), with their PageRank and its rank in the world."""
    net = graph(session)
    cent = net.pagerank()
    degree = net.degrees()
    ids = net.ids
    if country is not None:
        wanted = set(session.execute(select(Place.id).where(Place.country == country.upper())).scalars())
        ids = [i for i in ids if i in wanted]
    best = heapq.nsmallest(limit, ids, key=lambda n: (-degree[n], -cent.get(n, 0.0)))
    ranked = sorted(cent.values(), reverse=True)
    info = net.describe(session, best)
    return [dict(**info[n], partners=degree[n], pagerank=round(cent.get(n, 0.0) * 1000, 4),
                 pagerank_rank=_rank_of(ranked, cent.get(n, 0.0))) for n in best]


def _rank_of(descending: list[float], value: float) -> int:
    """1 + how many values are larger (a binary search in a descending list)."""
    lo, hi = 0, len(descending)
    while lo < hi:
        mid = (lo + hi) // 2
        if descending[mid] > value:
            lo = mid + 1
        else:
            hi = mid
    return lo + 1
