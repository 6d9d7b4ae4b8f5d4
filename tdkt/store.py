"""The embedded store: pyoxigraph on disk, one named graph per article plus the reference graphs.

Ingest stages its article graphs and bulk-loads them after extraction (tdkt.staging): each
article's graph is dropped and loaded again (so re-ingesting replaces, never duplicates),
then each graph's seal (the line that says which ingest run wrote it). A graph without
its seal was cut off mid-load: `tdkt validate` names it, and running the same ingest
again rewrites it. Small sets of graphs (the reference graphs, tests) go through one
SPARQL UPDATE (`replace_graphs`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from tdkt.errors import StoreError
from tdkt.ingest.rdf import gazetteer_graph
from tdkt.ingest.taxonomy import taxonomy_graph
from tdkt.resources import resource_path
from tdkt.vocab import ARTICLE_GRAPH_PREFIX, AWARDS_GRAPH, GAZETTEER_GRAPH, ONTOLOGY_GRAPH, PREFIXES


def _open_hint(exc: OSError) -> str:
    """Why a store would not open, when the error says: a lock held by a writer, or permissions."""
    text = str(exc).lower()
    if "lock" in text:
        return " (another process is writing to it: wait for that `tdkt ingest` to finish)"
    if isinstance(exc, PermissionError) or "permission denied" in text:
        return " (you may not write there: check the folder's permissions)"
    return ""


def reference_graphs() -> dict[str, Graph]:
    """The ontology, the award scheme and the gazetteer, each in its own named graph."""
    ontology = Graph().parse(resource_path("ontology/tdkt.ttl"), format="turtle")
    return {str(ONTOLOGY_GRAPH): ontology, str(AWARDS_GRAPH): taxonomy_graph(), str(GAZETTEER_GRAPH): gazetteer_graph()}


@cache
def reference_ntriples() -> dict[str, bytes]:
    """The reference graphs as N-Triples, serialised once per process."""
    return {iri: g.serialize(format="nt", encoding="utf-8") for iri, g in reference_graphs().items()}


class TdktStore:
    def __init__(self, path: Path | None, read_only: bool = False) -> None:
        """Open (or create) the store at `path`; read-only stores may be opened by many readers at once."""
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"no tdkt store at {path}; run `tdkt ingest PATH --store {path}` first")
                self.store = ox.Store.read_only(str(path))
            else:
                self.store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}{_open_hint(exc)}") from None
        except RuntimeError as exc:  # pyoxigraph's word for a store it cannot read: corrupted files
            raise StoreError(f"the store at {path} is damaged ({str(exc).splitlines()[0][:120]}); re-ingest into a new store") from None
        self.path = path

    # ---------------------------------------------------------------- writing
    def replace_graphs(self, graphs: dict[str, Graph]) -> None:
        """Replace the named graphs given, all in one transaction."""
        if not graphs:
            return
        # one DELETE for all graphs is several times faster in Oxigraph than one DROP GRAPH each
        names = " ".join(f"<{iri}>" for iri in graphs)
        parts = [f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ VALUES ?g {{ {names} }} GRAPH ?g {{ ?s ?p ?o }} }}"]
        body = "\n".join(f"GRAPH <{iri}> {{\n{g.serialize(format='nt')}}}" for iri, g in graphs.items() if len(g))
        if body:
            parts.append(f"INSERT DATA {{\n{body}\n}}")
        self.store.update(" ;\n".join(parts))
        self.store.flush()

    def remove_graphs(self, graphs: Iterable[str]) -> None:
        """Remove those of the named graphs the store has (before they are written again)."""
        for iri in graphs:
            if self.store.contains_named_graph(ox.NamedNode(iri)):
                self.store.remove_graph(ox.NamedNode(iri))

    # ---------------------------------------------------------------- reading
    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def article_graphs(self) -> list[str]:
        return sorted(
            g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_GRAPH_PREFIX)
        )

    def graph(self, iri: str) -> Graph:
        g = Graph()
        data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
        if data:
            g.parse(data=data.decode("utf-8"), format="nt")
        return g

    def query(self, sparql: str):
        return self.store.query(sparql)

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None, output: BinaryIO | None = None) -> bytes | None:
        """The store (or one named graph) in `fmt`, with tdkt's prefixes; JSON-LD gets them as its @context.

        With `output`, Oxigraph streams the quads into it (constant memory, whatever the store's size) and
        nothing is returned; JSON-LD, whose @context rdflib writes, is built in memory."""
        if fmt == ox.RdfFormat.JSON_LD:
            data = _jsonld(self.dump(ox.RdfFormat.N_QUADS if graph is None else ox.RdfFormat.N_TRIPLES, graph), graph is None)
            if output is None:
                return data
            output.write(data)
            return None
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        if graph is not None:
            return self.store.dump(output, fmt, from_graph=ox.NamedNode(graph), prefixes=prefixes)
        if fmt.supports_datasets:
            return self.store.dump(output, fmt, prefixes=prefixes)
        # a triple format: the union of every graph
        return ox.serialize(_triples(self.store.quads_for_pattern(None, None, None, None)), output, fmt, prefixes=prefixes)

    def __len__(self) -> int:
        return len(self.store)


def _jsonld(data: bytes, dataset: bool) -> bytes:
    """JSON-LD with a @context of tdkt's prefixes (rdflib writes it; pyoxigraph's JSON-LD has no context)."""
    from rdflib import Dataset

    g = Dataset() if dataset else Graph()
    g.parse(data=data.decode("utf-8"), format="nquads" if dataset else "nt")
    context = {k: str(v) for k, v in PREFIXES.items()}
    return g.serialize(format="json-ld", context=context, auto_compact=True, ensure_ascii=False).encode("utf-8")


def _triples(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    seen = set()
    for q in quads:
        t = ox.Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t
