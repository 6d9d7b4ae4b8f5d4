"""The Python API: one object for the knowledge graph, in an embedded store on disk or behind a SPARQL endpoint.

    import tdkt
    kg = tdkt.Store("tdkt-store")            # or tdkt.Store(endpoint="http://127.0.0.1:7878/query")
    kg.ingest(["articles/"])
    kg.query("who_awarded_what")              # a pandas DataFrame with typed columns
    kg.query("person_posts", person="Nguyễn Văn Hải")
    kg.graph("conferrals")                    # a networkx graph
    kg.validate().conforms

The command line is a thin layer over this class; failures raise `tdkt.TdktError` (with the exit code the
command line would give), never a bare library exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import EXIT_STORE, EXIT_USAGE, TdktError
from .queries import QUERY_SUFFIXES, Answer, bind, query_form, saved_queries

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    import rdflib

    from .app import Explained, IngestReport
    from .batch import Budget
    from .validate import Violation

Progress = Callable[[int, int, str], None]  # (done, total, what was just done)


def _quiet(_done: int, _total: int, _what: str) -> None:
    pass


@dataclass
class ValidationReport:
    """What `Store.validate` found: the articles checked and every violation (article, node, rule, message)."""

    checked: int
    violations: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        columns = ["article", "node", "rule", "path", "message", "value"]
        return pd.DataFrame([[getattr(v, c) for c in columns] for v in self.violations], columns=columns)

    def to_graph(self) -> rdflib.Graph:
        """The report as a SHACL validation report graph (sh:ValidationReport with one sh:result each)."""
        from .validate import report_graph

        return report_graph(self.violations)


def sparql_text(query: str) -> tuple[str, str]:
    """(where it came from, the SPARQL text) of a saved query's name, a .rq/.sparql file, or a query itself."""
    saved = saved_queries()
    if query in saved:
        return query, saved[query].read_text(encoding="utf-8")
    path = Path(query)
    if path.suffix in QUERY_SUFFIXES and "\n" not in query:
        if path.is_dir():
            raise TdktError(f"{path} is a folder; give the path to a .rq or .sparql file")
        try:
            return str(path), path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise TdktError(f"no query file {path}") from None
        except (UnicodeDecodeError, OSError) as exc:
            raise TdktError(f"{path}: cannot be read as a UTF-8 query ({exc.__class__.__name__}); save it as UTF-8") from None
    try:
        query_form(query)
    except SyntaxError:
        raise TdktError(f"{query[:60]!r} is neither a saved query (`tdkt query --list`), a .rq/.sparql file, nor a SPARQL query") from None
    return "the query", query


class Store:
    """The tdkt knowledge graph: an embedded store at `path`, or a SPARQL endpoint (read only)."""

    def __init__(self, path: str | Path | None = None, *, endpoint: str | None = None) -> None:
        if (path is None) == (endpoint is None):
            raise TdktError("give a store directory or an endpoint URL (one of them)")
        self.path = Path(path) if path is not None else None
        self.endpoint = endpoint

    def __repr__(self) -> str:
        return f"tdkt.Store({str(self.path)!r})" if self.path else f"tdkt.Store(endpoint={self.endpoint!r})"

    # ------------------------------------------------------------------ writing
    def ingest(
        self,
        paths: Iterable[str | Path] | str | Path,
        *,
        validate: bool = True,
        graph_store: str | None = None,
        progress: Progress = _quiet,
        workers: int = 1,
        chunk: int | None = None,
        budget: Budget | None = None,
        scheduler: str | None = None,
        shards: str | Path | None = None,
    ) -> IngestReport:
        """Read articles (files or folders of .txt/.html) into the store; re-ingesting an article replaces its facts.

        `workers` processes read, extract and check (the command line uses all cores); the store is written
        `chunk` articles at a time; `budget` bounds each article's size and time (see tdkt.batch). With
        `scheduler` (a Dask scheduler's address, or "local") the map runs on Dask; with `shards`, each chunk is
        also written as an N-Quads shard in that folder."""
        from . import app
        from .batch import DEFAULT_BUDGET, DEFAULT_CHUNK

        if self.path is None:
            raise TdktError("an endpoint is read only here: ingest into a store directory, then `load` it to the server")
        items = [paths] if isinstance(paths, str | Path) else list(paths)
        return app.ingest(
            [Path(p) for p in items],
            self.path,
            graph_store,
            validate,
            progress,
            workers=workers,
            chunk=chunk or DEFAULT_CHUNK,
            budget=budget or DEFAULT_BUDGET,
            scheduler=scheduler,
            shards=Path(shards) if shards is not None else None,
        )

    def load(self, graph_store: str, batch_size: int | None = None, progress: Progress = _quiet) -> int:
        """Write every named graph to a SPARQL Graph Store endpoint; the number of graphs written."""
        from . import app
        from .remote import DEFAULT_BATCH

        return app.load(self._local(), graph_store, batch_size or DEFAULT_BATCH, progress)

    # ------------------------------------------------------------------ reading
    def answer(self, query: str, **params: object) -> Answer:
        """A query's answer as SPARQL terms: Results (SELECT), a bool (ASK) or a list of triples (CONSTRUCT, DESCRIBE)."""
        where, text = sparql_text(query)
        try:
            text = bind(text, params)
        except ValueError as exc:
            raise TdktError(f"{where}: {exc}") from None
        if self.endpoint:
            from .remote import query_endpoint

            return query_endpoint(self.endpoint, text)
        from .queries import run
        from .store import TdktStore

        try:
            return run(TdktStore(self._local(), read_only=True), text)
        except (SyntaxError, ValueError) as exc:
            raise TdktError(f"{where}: {exc}") from None
        except OSError as exc:
            raise TdktError(f"{where}: the store could not be read ({exc})", EXIT_STORE) from None

    def query(self, query: str, **params: object) -> pd.DataFrame | bool | rdflib.Graph:
        """A saved query's name, a .rq/.sparql file or a SPARQL text, with `params` bound to its variables.

        SELECT gives a DataFrame with typed columns (Int64, float, boolean, datetime64, text; missing values
        as <NA>/NaT/None); ASK a bool; CONSTRUCT and DESCRIBE an rdflib Graph."""
        result = self.answer(query, **params)
        if isinstance(result, bool):
            return result
        if isinstance(result, list):
            import pyoxigraph as ox
            import rdflib

            g = rdflib.Graph()
            data = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)
            return g.parse(data=data.decode("utf-8"), format="nt") if data else g
        from .frames import to_frame

        return to_frame(result)

    def graph(self, view: str) -> nx.Graph:
        """A networkx view: posts, attendance, co-attendance, conferrals, hierarchy, campaigns, careers, co-workers."""
        from .graph import open_source, views

        if view not in views.VIEWS:
            raise TdktError(f"no view {view!r}; the views are: {', '.join(views.VIEWS)}")
        return views.VIEWS[view](open_source(store=self.path, endpoint=self.endpoint))

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs: one per article, and the ontology, award scheme and gazetteer."""
        from .store import TdktStore

        return TdktStore(self._local(), read_only=True).named_graphs()

    def export(self, output: str | Path | None = None, *, format: str | None = None, graph: str | None = None) -> bytes | None:
        """The store (or one named graph) as TriG, N-Quads, Turtle, N-Triples or JSON-LD, with prefixes / @context.

        The format comes from `format`, else from the output file's extension (.trig .nq .ttl .nt .jsonld);
        when both are given they must agree. Without `output`, the bytes are returned."""
        from . import app

        fmt = app.export_format(Path(output) if output is not None else None, format)
        if output is None:
            return app.export(self._local(), fmt, graph)
        app.export_file(self._local(), fmt, graph, Path(output))  # streamed: constant memory
        return None

    def validate(self, progress: Progress = _quiet, engine: str = "sparql") -> ValidationReport:
        """Check every article graph (and the award scheme) against the SHACL shapes: `sparql` runs them compiled
        to SPARQL on the whole store, `pyshacl` with the reference engine, one article at a time."""
        from . import app

        checked, violations = app.validate(self._local(), progress, engine)
        return ValidationReport(checked, violations)

    def stats(self) -> dict[str, int]:
        from . import app

        return app.stats(self._local())

    def explain(self, article_id: str) -> list[Explained]:
        """Every fact of one article with the rule that produced it and the sentence it was read from."""
        from . import app

        return app.explain(self._local(), article_id)

    def _local(self) -> Path:
        if self.path is None:
            raise TdktError("this needs the embedded store (a directory), not an endpoint", EXIT_USAGE)
        return self.path


def sample_articles() -> Path:
    """The folder of the five sample articles bundled with tdkt (for trying the API anywhere)."""
    from .resources import resource_path

    return resource_path("samples")


def open(path: str | Path | None = None, *, endpoint: str | None = None) -> Store:
    """The knowledge graph at `path` (an embedded store) or at `endpoint` (a SPARQL endpoint)."""
    return Store(path, endpoint=endpoint)


__all__ = ["Store", "ValidationReport", "open", "sample_articles"]
