"""tdkt: a knowledge graph of Vietnam's emulation and commendation system, built from news articles."""

__version__ = "0.1.0"
