"""The measures analysts use on the views: centrality, communities, bridges, the most honoured and most active."""

from __future__ import annotations

from collections import Counter

import networkx as nx
from networkx.algorithms import community


def degree(g: nx.Graph) -> dict[str, float]:
    return dict(nx.degree_centrality(g)) if len(g) > 1 else dict.fromkeys(g, 0.0)


def betweenness(g: nx.Graph) -> dict[str, float]:
    return nx.betweenness_centrality(g, weight=None, normalized=True)


def strength(g: nx.Graph) -> dict[str, float]:
    """Weighted degree: the sum of edge weights (recipients, for conferrals)."""
    return {n: float(d) for n, d in g.degree(weight="weight")}


MEASURES = {"degree": degree, "betweenness": betweenness, "strength": strength}


def top(g: nx.Graph, measure: str = "degree", n: int = 10, kind: str | None = None) -> list[tuple[str, str, float]]:
    """The n highest (iri, label, score), optionally among nodes of one kind; ties by label."""
    scores = MEASURES[measure](g)
    nodes = [v for v, d in g.nodes(data=True) if kind is None or d.get("kind") == kind]
    ranked = sorted(nodes, key=lambda v: (-scores.get(v, 0.0), g.nodes[v].get("label", v)))
    return [(v, g.nodes[v].get("label", v), round(scores.get(v, 0.0), 4)) for v in ranked[:n]]


def communities(g: nx.Graph) -> list[set[str]]:
    """Communities by greedy modularity on the undirected, weighted graph, largest first."""
    u = g.to_undirected() if g.is_directed() else g
    if u.number_of_edges() == 0:
        return [{v} for v in u]
    found = community.greedy_modularity_communities(u, weight="weight")
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)))


def province_bridges(g: nx.Graph) -> list[tuple[str, str]]:
    """Edges joining nodes placed in two different provinces."""
    out = []
    for u, v in g.edges():
        pu, pv = g.nodes[u].get("province", ""), g.nodes[v].get("province", "")
        if pu and pv and pu != pv:
            out.append((u, v))
    return out


def most_honoured(conferrals: nx.DiGraph, n: int = 10) -> list[tuple[str, float]]:
    """Recipients (units or named bodies) by the number of recipients counted in grants to them."""
    received = Counter({v: float(d) for v, d in conferrals.in_degree(weight="weight")})
    return [(conferrals.nodes[v]["label"], w) for v, w in received.most_common(n) if conferrals.in_degree(v) > 0]


def most_active(attendance: nx.Graph, part: str, n: int = 10) -> list[tuple[str, int]]:
    """People by how many events they played `part` in (presided, presented_awards, spoke, attended)."""
    counts: Counter[str] = Counter()
    for u, v, d in attendance.edges(data=True):
        if part in d.get("part", "").split(";"):
            person = u if attendance.nodes[u]["kind"] == "Person" else v
            counts[attendance.nodes[person]["label"]] += 1
    return counts.most_common(n)
