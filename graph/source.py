"""Where views read the knowledge graph from: the embedded store or a SPARQL endpoint, by SPARQL."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from tdkt.queries import Results, run
from tdkt.remote import query_endpoint
from tdkt.store import TdktStore
from tdkt.vocab import SPARQL_PREFIXES as PREFIXES


class Source(Protocol):
    def select(self, sparql: str) -> list[dict[str, str | None]]: ...


def _plain(results: Results) -> list[dict[str, str | None]]:
    return [{v: (t.value if t is not None else None) for v, t in row.items()} for row in results.rows]


class StoreSource:
    """The embedded pyoxigraph store (opened read-only, so notebooks can read while nothing writes)."""

    def __init__(self, store: str | Path | TdktStore) -> None:
        self.store = store if isinstance(store, TdktStore) else TdktStore(Path(store), read_only=True)

    def select(self, sparql: str) -> list[dict[str, str | None]]:
        return _plain(run(self.store, PREFIXES + sparql))


class EndpointSource:
    """Any SPARQL 1.1 query endpoint holding the tdkt graphs (see `tdkt load`)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def select(self, sparql: str) -> list[dict[str, str | None]]:
        return _plain(query_endpoint(self.url, PREFIXES + sparql))


def open_source(store: str | Path | None = None, endpoint: str | None = None) -> Source:
    if endpoint:
        return EndpointSource(endpoint)
    if store is None:
        raise ValueError("give a store directory or an endpoint URL")
    return StoreSource(store)
