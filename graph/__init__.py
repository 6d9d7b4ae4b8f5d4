"""networkx views of the tdkt knowledge graph, for network analysis in notebooks."""
