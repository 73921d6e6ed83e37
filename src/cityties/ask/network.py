"""The partnership network: shared partners, partners of partners, triangles, central places.

The graph has a node per place and an edge per established partnership (signed or active). It
is built once per process and database state (the count and newest id of partnerships and stage
changes) and reused; centrality is computed once per graph. PageRank (power iteration over
plain lists, so no numpy or scipy is needed) is the "central place" measure: a place is central
when its partners are themselves well connected. Eigenvector centrality was tried first: on the
world graph it takes seconds and piles up on one dense cluster of small towns.
"""

from __future__ import annotations

import networkx as nx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..model import ESTABLISHED_STAGES
from ..store.schema import Alliance, AllianceMember, Partnership, Place, StageChange

_CACHE: dict[tuple, nx.Graph] = {}
_CENTRALITY: dict[int, dict[int, float]] = {}


def _state(session: Session) -> tuple:
    p = session.execute(select(func.count(Partnership.id), func.max(Partnership.id),
                               func.sum(Partnership.a_id * 7 + Partnership.b_id))).one()
    c = session.execute(select(func.count(StageChange.id), func.max(StageChange.id))).one()
    return (str(session.get_bind().url), *p, *c)


def graph(session: Session) -> nx.Graph:
    """The world graph of established partnerships (cached per process and database state)."""
    key = _state(session)
    g = _CACHE.get(key)
    if g is not None:
        return g
    g = nx.Graph()
    edges = session.execute(
        select(Partnership.a_id, Partnership.b_id, Partnership.id)
        .where(Partnership.stage.in_([s.value for s in ESTABLISHED_STAGES]))
    ).all()
    for a, b, pid in edges:
        g.add_edge(a, b, pid=pid)
    for pid, name, country, kind, key_ in session.execute(
        select(Place.id, Place.name, Place.country, Place.kind, Place.key)
        .where(Place.id.in_(select(Partnership.a_id).union(select(Partnership.b_id))))
    ):
        if pid in g:
            g.nodes[pid].update(name=name, country=country, kind=kind, key=key_)
    _CACHE.clear()
    _CENTRALITY.clear()
    _CACHE[key] = g
    return g


def _node(g: nx.Graph, n: int) -> dict:
    d = g.nodes[n]
    return dict(place=d.get("name"), country=d.get("country"), kind=d.get("kind"),
                key=d.get("key"))


def shared_partners(session: Session, a: Place, b: Place) -> list[dict]:
    """Places partnered with both `a` and `b`."""
    g = graph(session)
    if a.id not in g or b.id not in g:
        return []
    common = set(g[a.id]) & set(g[b.id])
    rows = [dict(**_node(g, n), partnership_a=g[a.id][n]["pid"], partnership_b=g[b.id][n]["pid"])
            for n in common]
    return sorted(rows, key=lambda r: (r["country"] or "~", r["place"].casefold()))


def partners_of_partners(session: Session, place: Place, *, limit: int | None = 50) -> list[dict]:
    """Places two steps away (not yet partners), with the partners they share with `place`."""
    g = graph(session)
    if place.id not in g:
        return []
    direct = set(g[place.id])
    via: dict[int, list[str]] = {}
    for p in direct:
        for q in g[p]:
            if q != place.id and q not in direct:
                via.setdefault(q, []).append(g.nodes[p].get("name"))
    rows = [dict(**_node(g, q), shared=len(v), via=sorted(v, key=str.casefold))
            for q, v in via.items()]
    rows.sort(key=lambda r: (-r["shared"], r["place"].casefold()))
    return rows[:limit] if limit else rows


def triangles(session: Session, place: Place | None = None, *, limit: int | None = 100) -> list[dict]:
    """Three places each partnered with the other two (with `place` in each, when given)."""
    g = graph(session)
    rows = []
    nodes = [place.id] if place is not None else sorted(g.nodes)
    seen = set()
    for n in nodes:
        if n not in g:
            continue
        nbrs = sorted(g[n])
        for i, u in enumerate(nbrs):
            for v in nbrs[i + 1:]:
                if g.has_edge(u, v):
                    tri = tuple(sorted((n, u, v)))
                    if tri in seen:
                        continue
                    seen.add(tri)
                    names = [g.nodes[x].get("name") for x in tri]
                    rows.append(dict(places=names, countries=[g.nodes[x].get("country") for x in tri],
                                     keys=[g.nodes[x].get("key") for x in tri]))
                    if limit and len(rows) >= limit:
                        return rows
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


def pagerank(g: nx.Graph, *, damping: float = 0.85, tol: float = 1e-8,
             max_iter: int = 100) -> dict[int, float]:
    """PageRank of an undirected graph by power iteration (isolated mass spread evenly)."""
    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    nbrs = [[index[u] for u in g[v]] for v in nodes]
    deg = [len(x) for x in nbrs]
    rank = [1.0 / n] * n
    for _ in range(max_iter):
        share = [rank[i] / deg[i] if deg[i] else 0.0 for i in range(n)]
        dangling = sum(rank[i] for i in range(n) if not deg[i])
        base = (1.0 - damping + damping * dangling) / n
        new = [base + damping * sum(share[j] for j in nbrs[i]) for i in range(n)]
        err = sum(abs(a - b) for a, b in zip(new, rank, strict=True))
        rank = new
        if err < n * tol:
            break
    return dict(zip(nodes, rank, strict=True))


def centrality(session: Session) -> dict[int, float]:
    g = graph(session)
    got = _CENTRALITY.get(id(g))
    if got is None:
        got = pagerank(g)
        _CENTRALITY.clear()
        _CENTRALITY[id(g)] = got
    return got


def top(session: Session, *, country: str | None = None, limit: int = 20) -> list[dict]:
    """The most connected places (by degree), with their PageRank and its rank in the world."""
    g = graph(session)
    cent = centrality(session)
    nodes = [n for n in g.nodes if country is None or g.nodes[n].get("country") == country.upper()]
    nodes.sort(key=lambda n: (-g.degree(n), -cent.get(n, 0.0)))
    ranks = {n: i for i, n in enumerate(sorted(g.nodes, key=lambda n: -cent.get(n, 0.0)), 1)}
    return [dict(**_node(g, n), partners=g.degree(n), pagerank=round(cent.get(n, 0.0) * 1000, 4),
                 pagerank_rank=ranks[n]) for n in nodes[:limit]]

