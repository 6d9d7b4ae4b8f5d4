"""The service under the command line: ingest, validate, export, load, explain and stats as functions
that return reports. `tdkt.cli` only parses arguments and prints what these return.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib.namespace import DCTERMS

from tdkt.ingest.reader import iter_article_paths

from .batch import DEFAULT_BUDGET, DEFAULT_CHUNK, Budget, Done, Shards, dask_map, in_graph, out_of_graph, run_map, shard_graphs
from .checks import run_checks, scratch_store, store_checks
from .errors import EXIT_REMOTE, EXIT_STORE, EXIT_USAGE, TdktError
from .remote import GraphStore, RemoteError, safe_url
from .staging import STAGING, Staging
from .store import StoreError, TdktStore, reference_ntriples
from .validate import Violation, validate_graph, validate_scheme
from .vocab import ARTICLE_GRAPH_PREFIX, SPARQL_PREFIXES, TDKT, article_graph, article_iri

EXPORT_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
EXPORT_SUFFIXES = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "ntriples", ".jsonld": "jsonld", ".json": "jsonld"}
Progress = Callable[[int, int, str], None]  # (done, total, what was just done)


AppError = TdktError  # the name the service layer has always raised


def _quiet(_done: int, _total: int, _what: str) -> None:
    pass


@dataclass
class IngestReport:
    loaded: list[str] = field(default_factory=list)  # article ids
    skipped: list[str] = field(default_factory=list)  # one message a skipped file
    violations: list[Violation] = field(default_factory=list)
    seconds: float = 0.0
    write_seconds: float = 0.0  # of which, staging the chunks (and pushing them to a remote store)
    load_seconds: float = 0.0  # and loading what was staged into the store: its bulk load and seals
    optimize_seconds: float = 0.0  # and compacting the store after it
    worker_peak_mb: float = 0.0  # the largest peak RSS of a process that extracted
    stage_seconds: dict[str, float] = field(default_factory=dict)  # summed over articles, in the workers (checks too)


def ingest(
    inputs: Iterable[Path],
    store: Path | None,
    graph_store: str | None = None,
    check: bool = True,
    progress: Progress = _quiet,
    *,
    workers: int = 1,
    chunk: int = DEFAULT_CHUNK,
    budget: Budget = DEFAULT_BUDGET,
    scheduler: str | None = None,
    shards: Path | None = None,
) -> IngestReport:
    """Read, extract and check articles (in `workers` processes) and write them a chunk at a time.

    Chunks are staged in the store's folder as N-Quads shards and, after the last article, bulk-loaded (in calls of
    up to 96 MB) and sealed (tdkt.staging); memory stays flat. An ingest interrupted before the load leaves the store unchanged, and running
    the same command again completes it. A remote Graph Store gets each chunk as it comes. The parent drops an article
    whose text is already in the store under another id, and a second file with an id already taken in this batch.
    With `scheduler` the map runs on a Dask cluster; with `shards` the chunks go to N-Quads shards in that folder (for
    `tdkt load --shards`), not a store."""
    paths = list(iter_article_paths(list(inputs)))
    if not paths:
        raise AppError("no article files (.txt, .html) in the paths given", EXIT_USAGE)
    report = IngestReport()
    started = time.monotonic()
    # an existing store is opened for writing first: a second writer is refused before any extraction
    writer = _writer(store) if store is not None and (store / "CURRENT").exists() else None
    known = _known_articles(writer)
    taken: dict[str, str] = {}  # graph IRI -> the file that has it in this batch
    sink = _Sink(store, graph_store, writer, Shards(shards) if shards is not None else None, progress)
    pending: list[Done] = []
    results = dask_map(paths, budget, scheduler, check) if scheduler else run_map(paths, budget, workers, check)
    for i, done in enumerate(results, 1):
        problem = done.skipped or _duplicate(done, known, taken)
        if problem:
            report.skipped.append(problem)
            progress(i, len(paths), f"skipped {Path(done.path).name}")
            continue
        known[done.content_hash], taken[done.graph] = done.article_id, done.path
        report.worker_peak_mb = max(report.worker_peak_mb, done.peak_mb)
        for stage, took in done.seconds.items():
            report.stage_seconds[stage] = report.stage_seconds.get(stage, 0.0) + took
        report.violations += done.violations
        pending.append(done)
        progress(i, len(paths), done.summary)
        if len(pending) >= chunk:
            sink.write(pending, report)
            pending = []
    if pending:
        sink.write(pending, report)
    sink.finish(report)
    report.violations.sort(key=lambda v: (v.article, v.node, v.rule, v.value or ""))
    report.seconds = time.monotonic() - started
    return report


def _duplicate(done: Done, known: dict[str, str], taken: dict[str, str]) -> str | None:
    earlier = known.get(done.content_hash)
    if earlier is not None and earlier != done.article_id:
        return (
            f"skipped {done.path}: the same text as article {earlier!r}, already ingested; re-ingest it under its first name to update it"
        )
    if done.graph in taken:  # two files of one name in two folders: neither silently replaces the other
        return (
            f"skipped {done.path}: its article id {done.article_id!r} is taken by {taken[done.graph]} in this batch; "
            "rename one of them (the id is the file name)"
        )
    return None


class _Sink:
    """Where chunks go: staged for the local store (loaded by `finish`), or to shards; and to the remote store as
    they come. The reference graphs go with the first chunk. Nothing is created or sent until there is an article
    to write. (The chunk's articles were checked against the shapes in the workers.)"""

    def __init__(
        self, store: Path | None, graph_store: str | None, writer: TdktStore | None, shards: Shards | None, progress: Progress
    ) -> None:
        self.store, self.writer, self.shards, self.progress = store, writer, shards, progress
        self.remote = GraphStore(graph_store) if graph_store else None
        self.first = True
        self.run = _run_provenance()
        self.staging: Staging | None = None

    def write(self, chunk: list[Done], report: IngestReport) -> None:
        started = time.monotonic()
        references = {iri: in_graph(nt, iri) for iri, nt in reference_ntriples().items()} if self.first else {}
        quads = references | {d.graph: d.nquads for d in chunk}  # the workers wrote each article's quads
        seals = {d.graph: in_graph(self.run(d.graph), d.graph) for d in chunk}  # the run that wrote each graph
        if self.shards is not None:
            self.shards.write([*quads.values(), *seals.values()])
        if self.store is not None:
            try:
                if self.writer is None:
                    self.writer = TdktStore(self.store, read_only=False)
                if self.staging is None:
                    self.staging = Staging(self.store)
                self.staging.write(quads, b"".join(seals.values()), len(chunk))
            except (StoreError, OSError) as exc:
                raise AppError(
                    f"could not stage articles in {self.store / STAGING}: {exc}; the store is unchanged; {self._so_far(report)}", EXIT_STORE
                ) from exc
        if self.remote is not None:
            try:
                push(self.remote, {g: out_of_graph(q) + (self.run(g) if g in seals else b"") for g, q in quads.items()}, _quiet)
            except RemoteError as exc:
                kept = ""
                if self.store is not None:  # what was read so far is not lost: the local store gets it
                    self.finish(report)
                    kept = f"; the local store {self.store} has the articles read so far"
                raise AppError(f"{exc}{kept}; {self._so_far(report)}", EXIT_REMOTE) from exc
        self.first = False
        report.loaded += [d.article_id for d in chunk]
        report.write_seconds += time.monotonic() - started

    def finish(self, report: IngestReport) -> None:
        """Load what was staged into the store by bulk loads, then compact it (the saved queries read it 2-3 times faster)."""
        if self.staging is None or self.writer is None:
            return
        started = time.monotonic()
        try:
            self.staging.load(self.writer, self.progress)
            self.staging, loaded = None, time.monotonic()
            self.writer.store.optimize()
        except StoreError as exc:
            raise AppError(f"{exc}; run the same command again to finish (`tdkt validate` names a graph cut off)", EXIT_STORE) from exc
        report.load_seconds, report.optimize_seconds = loaded - started, time.monotonic() - loaded

    def _so_far(self, report: IngestReport) -> str:
        if self.remote is not None and report.loaded:
            return f"the {len(report.loaded)} articles of the chunks before it are in {safe_url(self.remote.url)}; run the same command again to finish"
        return "run the same command again to finish"


def _run_provenance() -> Callable[[str], bytes]:
    """This ingest run as N-Triples to add to each article graph: the run (a prov:Activity, with its start time)
    generated the graph. Extraction itself stays deterministic; only these lines differ between runs."""
    import datetime as dt
    import os

    from .vocab import PROV, RDF, XSD, run_iri

    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    run = run_iri(started.strftime("%Y%m%dT%H%M%SZ"), f"{os.getpid():x}")
    about_run = (
        f'<{run}> <{RDF.type}> <{TDKT.IngestRun}> .\n<{run}> <{PROV.startedAtTime}> "{started.isoformat()}"^^<{XSD.dateTime}> .\n'
    ).encode()
    return lambda graph: f"<{graph}> <{PROV.wasGeneratedBy}> <{run}> .\n".encode() + about_run


def _writer(store: Path) -> TdktStore:
    try:
        return TdktStore(store, read_only=False)
    except StoreError as exc:
        raise AppError(f"{exc}; nothing was read, nothing was written", EXIT_STORE) from exc


def _known_articles(db: TdktStore | None) -> dict[str, str]:
    """Content hash -> article id of the articles a store already holds."""
    if db is None:
        return {}
    q = f"SELECT ?h ?id WHERE {{ GRAPH ?g {{ ?a <{TDKT.contentHash}> ?h ; <{DCTERMS.identifier}> ?id }} }}"
    return {row["h"].value: row["id"].value for row in db.query(q)}


VALIDATION_ENGINES = ("sparql", "pyshacl")


def validate(store: Path, progress: Progress = _quiet, engine: str = "sparql") -> tuple[int, list[Violation]]:
    """(articles checked, violations) of every article graph in the store, and of the award scheme.

    `sparql` runs the shapes compiled to SPARQL (tdkt.checks) on many graphs at once; `pyshacl` runs the
    reference engine one article at a time (the tests hold the two to the same answers)."""
    if engine not in VALIDATION_ENGINES:
        raise AppError(f"no validation engine {engine!r}; choose {' or '.join(VALIDATION_ENGINES)}", EXIT_USAGE)
    db = TdktStore(store, read_only=True)
    graphs = db.article_graphs()
    if not graphs:
        raise AppError(f"the store {store} holds no articles; run `tdkt ingest PATH --store {store}` first", EXIT_USAGE)
    out: list[Violation] = validate_scheme()  # the award scheme's own shapes, once
    out += store_checks(db.store)  # quotes against the text, and rules across articles (either engine)
    if engine == "sparql":  # 500 graphs at a time, copied into a scratch store in memory: several times faster
        step = 500
        for i in range(0, len(graphs), step):
            scratch = scratch_store()
            for iri in graphs[i : i + step]:
                scratch.extend(db.store.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
            out += run_checks(scratch)
            progress(min(i + step, len(graphs)), len(graphs), f"{min(i + step, len(graphs))} article graphs")
        return len(graphs), out
    for i, iri in enumerate(graphs, 1):
        g = db.graph(iri)
        article_id = next((str(o) for o in g.objects(None, DCTERMS.identifier)), iri.rsplit("/", 1)[-1])
        out += validate_graph(article_id, g)
        progress(i, len(graphs), article_id)
    return len(graphs), out


def format_from_name(output: Path | None, fmt: str | None, by_suffix: dict[str, str], default: str) -> str:
    """An output's format: the one asked for, else the output file's extension, else `default`; a format that
    disagrees with the extension, or an extension that names none, is an error."""
    named = by_suffix.get(output.suffix.lower()) if output is not None else None
    if fmt and named and fmt != named:
        raise AppError(f"--format {fmt} does not fit {output.name} (a {named} name); change one of them", EXIT_USAGE)
    if fmt is None and output is not None and named is None:
        raise AppError(f"cannot tell the format of {output.name} from its extension ({' '.join(by_suffix)}); add --format", EXIT_USAGE)
    return fmt or named or default


def export_format(output: Path | None, fmt: str | None) -> str:
    """The export format: the one asked for, else the output's extension, else TriG."""
    if fmt is not None and fmt not in EXPORT_FORMATS:
        raise AppError(f"no export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", EXIT_USAGE)
    return format_from_name(output, fmt, EXPORT_SUFFIXES, "trig")


def export(store: Path, fmt: str, graph: str | None = None, output: BinaryIO | None = None) -> bytes | None:
    """The store, or one of its named graphs, serialised with tdkt's prefixes (a @context for JSON-LD);
    streamed into `output` when one is given (constant memory but for JSON-LD)."""
    if graph is not None and not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+", graph):
        raise AppError(f"--graph {graph!r} is not an IRI; `tdkt graphs --store {store}` lists the named graphs", EXIT_USAGE)
    db = TdktStore(store, read_only=True)
    if graph is not None and graph not in db.named_graphs():
        raise AppError(f"the store {store} has no graph <{graph}>; `tdkt graphs --store {store}` lists them", EXIT_USAGE)
    return db.dump(EXPORT_FORMATS[fmt], graph, output)


def export_file(store: Path, fmt: str, graph: str | None, target: Path) -> int:
    """Stream the export into `target` (checked first; removed if the write fails); the bytes written."""
    check_output(target, store)
    try:
        with target.open("wb") as out:
            export(store, fmt, graph, out)
    except AppError:
        target.unlink(missing_ok=True)
        raise
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise AppError(f"could not write {target}: {exc.strerror or exc}", EXIT_USAGE) from exc
    return target.stat().st_size


def check_output(target: Path, store: Path | None = None) -> None:
    """Refuse an output file inside the store, a folder, or one in a folder that does not exist."""
    if store is not None and target.resolve().is_relative_to(store.resolve()):
        raise AppError(f"{target} is inside the store {store}; write it elsewhere", EXIT_USAGE)
    if target.is_dir():
        raise AppError(f"{target} is a folder; give a file name in it", EXIT_USAGE)
    if not target.parent.is_dir():
        raise AppError(f"the folder {target.parent} does not exist; create it first", EXIT_USAGE)


def write_output(target: Path, data: bytes | Callable[[Path], None], store: Path | None = None) -> None:
    """Write an export or a graph file (bytes, or a writer given the path), saying why a write failed."""
    check_output(target, store)
    try:
        data(target) if callable(data) else target.write_bytes(data)
    except OSError as exc:
        raise AppError(f"could not write {target}: {exc.strerror or exc}", EXIT_USAGE) from exc


def push(target: GraphStore, graphs: dict[str, bytes], progress: Progress = _quiet) -> None:
    """PUT each graph; a failure stops here, and running the command again completes the load."""
    for i, (iri, data) in enumerate(graphs.items(), 1):
        requests = target.put(iri, data)
        triples = data.count(b"\n")
        progress(i, len(graphs), f"PUT {iri} ({triples} triples, {requests} request{'s' if requests > 1 else ''})")


def load(store: Path, graph_store: str, batch_size: int, progress: Progress = _quiet) -> int:
    """Write every named graph of the store to a Graph Store endpoint; the number of graphs written."""
    db = TdktStore(store, read_only=True)
    names = db.named_graphs()
    if not names:
        raise AppError(f"the store {store} is empty; run `tdkt ingest PATH --store {store}` first", EXIT_USAGE)
    graphs = {iri: db.dump(ox.RdfFormat.N_TRIPLES, iri) for iri in names}
    try:
        push(GraphStore(graph_store, batch=batch_size), graphs, progress)
    except RemoteError as exc:
        raise AppError(f"{exc}\ngraphs already written are complete; run the same command again to finish the load", EXIT_REMOTE) from exc
    return len(graphs)


def load_shards(folder: Path, store: Path | None, graph_store: str | None, batch_size: int, progress: Progress = _quiet) -> int:
    """Load N-Quads shards (from `tdkt ingest --shards`) into the embedded store, by Oxigraph's bulk loader, or
    into a server, graph by graph with PUT; a graph already there is replaced. The number of graphs loaded."""
    shards = sorted(folder.glob("shard-*.nq"))
    if not shards:
        raise AppError(f"no shards (shard-*.nq) in {folder}; write them with `tdkt ingest PATH --shards {folder}`", EXIT_USAGE)
    db = TdktStore(store, read_only=False) if graph_store is None and store is not None else None
    remote = GraphStore(graph_store, batch=batch_size) if graph_store else None
    loaded = 0
    for i, shard in enumerate(shards, 1):
        graphs = shard_graphs(shard)
        if db is not None:
            db.remove_graphs(graphs)
            try:
                db.store.bulk_load(path=str(shard), format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as exc:
                raise AppError(f"{shard}: could not be loaded ({exc}); the shards before it are loaded", EXIT_STORE) from exc
        if remote is not None:
            try:
                push(remote, graphs)
            except RemoteError as exc:
                raise AppError(
                    f"{exc}\nthe shards before {shard.name} are loaded; run the same command again to finish", EXIT_REMOTE
                ) from exc
        loaded += len(graphs)
        progress(i, len(shards), f"{shard.name}: {len(graphs)} graphs")
    return loaded


@dataclass(frozen=True)
class Explained:
    """One fact of an article with the rule that produced it and the sentence it was read from."""

    kind: str
    fact: str
    label: str
    rule: str
    start: int
    end: int
    sentence: str


_EXPLAIN = (
    SPARQL_PREFIXES
    + """SELECT ?fact ?kind ?label ?rule ?start ?end ?quote WHERE {
  GRAPH ?g {
    ?read tdkt:rule ?rule ; tdkt:evidence ?e .
    ?e tdkt:charStart ?start ; tdkt:charEnd ?end ; tdkt:quote ?quote .
    OPTIONAL { ?read tdkt:denotes ?entity }
    BIND(COALESCE(?entity, ?read) AS ?fact)
    OPTIONAL { ?fact a ?kind FILTER(STRSTARTS(STR(?kind), STR(tdkt:)) || STRSTARTS(STR(?kind), STR(org:))) }
    OPTIONAL { ?fact rdfs:label|skos:prefLabel|foaf:name ?label }
  }
}
ORDER BY ?start ?kind ?fact"""
)


def explain(store: Path, article_id: str) -> list[Explained]:
    """Every fact of one article with its rule and sentence, so a wrong fact is traced to its rule in one step."""
    db = TdktStore(store, read_only=True)
    iri = str(article_graph(article_id))
    if iri not in db.article_graphs():
        raise AppError(f"no article {article_id!r} in {store}; `tdkt query articles --store {store}` lists them", EXIT_USAGE)
    rows = db.query(_EXPLAIN.replace("GRAPH ?g", f"GRAPH <{iri}>"))
    seen: dict[tuple[str, int], Explained] = {}
    for r in rows:
        fact = r["fact"].value
        kind = r["kind"].value.rsplit("#", 1)[-1] if r["kind"] is not None else ""
        key = (fact, int(r["start"].value))  # a person or body once for each sentence that mentions it
        if key in seen and (not kind or kind in ("Event", "Campaign", "Organisation", "UnplacedBody")):
            continue  # one line a fact: its most specific type
        label = r["label"].value if r["label"] is not None else ""
        seen[key] = Explained(kind, fact, label, r["rule"].value, int(r["start"].value), int(r["end"].value), r["quote"].value)
    return sorted(seen.values(), key=lambda x: (x.start, x.kind, x.fact))


def stats(store: Path) -> dict[str, int]:
    db = TdktStore(store, read_only=True)
    counts = {row["label"].value: int(row["n"].value) for row in db.query(_STATS_QUERY)}
    counts["triples (all graphs)"] = len(db)
    return counts


STATS_ORDER = ["articles", "people", "organisations", "memberships", "events", "campaigns", "award grants", "triples (all graphs)"]
_STATS_QUERY = (
    SPARQL_PREFIXES
    + """SELECT ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?label ?class) {
    ("articles" tdkt:Article) ("people" tdkt:Person) ("organisations" org:Organization) ("memberships" org:Membership)
    ("events" tdkt:Event) ("campaigns" tdkt:Campaign) ("award grants" tdkt:AwardGrant)
  }
  GRAPH ?g { ?x a ?class }
  FILTER(STRSTARTS(STR(?g), "ARTICLES"))
}
GROUP BY ?label
""".replace("ARTICLES", ARTICLE_GRAPH_PREFIX)
)

__all__ = ["AppError", "IngestReport", "article_iri", "explain", "export", "ingest", "load", "stats", "validate"]
