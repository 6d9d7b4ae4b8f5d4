"""networkx views of the tdkt knowledge graph, for network analysis in notebooks.

from tdkt.graph import open_source, views, measures
g = views.conferrals(open_source(store="tdkt-store"))
measures.top(g, "strength")
"""

from . import export, measures, views
from .source import EndpointSource, StoreSource, open_source

__all__ = ["EndpointSource", "StoreSource", "export", "measures", "open_source", "views"]
