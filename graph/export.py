"""Writing views for other tools: GraphML and GEXF (Gephi), node-link JSON (d3, networkx)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

FORMATS = ("graphml", "gexf", "json")


def graphml_safe(g: nx.Graph) -> nx.Graph:
    """A copy whose attribute values are all strings, ints, floats or bools (GraphML and GEXF types)."""
    h = g.copy()
    for _, data in h.nodes(data=True):
        _clean(data)
    for _, _, data in h.edges(data=True):
        _clean(data)
    return h


def _clean(data: dict) -> None:
    for k in list(data):
        v = data[k]
        if v is None:
            del data[k]
        elif not isinstance(v, str | int | float | bool):
            data[k] = str(v)


def write(g: nx.Graph, path: str | Path, fmt: str) -> None:
    path = Path(path)
    h = graphml_safe(g)
    if fmt == "graphml":
        nx.write_graphml(h, path, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(h, path, encoding="utf-8")
    elif fmt == "json":
        path.write_text(json.dumps(nx.node_link_data(h, edges="links"), ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
