"""tdkt: a knowledge graph of Vietnam's emulation and commendation system, built from news articles.

    import tdkt
    kg = tdkt.Store("tdkt-store")
    kg.ingest(["articles/"])
    kg.query("who_awarded_what")      # a pandas DataFrame

The names below load on first use, so `import tdkt` (and `tdkt --version`) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"  # the one place the package version is written: pyproject.toml reads it (the ontology has its own owl:versionInfo)

if TYPE_CHECKING:
    from .api import Store, ValidationReport, open, sample_articles
    from .errors import RemoteError, StoreError, TdktError

_LAZY = {
    "Store": "api",
    "ValidationReport": "api",
    "open": "api",
    "sample_articles": "api",
    "TdktError": "errors",
    "StoreError": "errors",
    "RemoteError": "errors",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'tdkt' has no attribute {name!r}")


__all__ = ["RemoteError", "Store", "StoreError", "TdktError", "ValidationReport", "__version__", "open", "sample_articles"]
