"""The `tdkt` command: ingest articles, validate, query, export and count the knowledge graph.

Exit codes: 0 success (for ingest: the batch was loaded; skipped files and shape
violations are reported on stderr); 1 no input could be read, or with --strict some
could not; 2 usage error or nothing to do; 3 validate found shape violations, or
ingest --strict did (the facts are loaded and reported, never dropped); 4 the store
could not be opened or written; 5 a remote server refused or could not be reached.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import DCTERMS

from tdkt.ingest.errors import ArticleError
from tdkt.ingest.pipeline import extract, read_document
from tdkt.ingest.rdf import article_to_graph
from tdkt.ingest.reader import iter_article_paths
from tdkt.resources import resource_path

from . import __version__
from .queries import FORMATTERS, describe, resolve, run, saved_queries
from .remote import DEFAULT_BATCH, GraphStore, RemoteError, query_endpoint
from .store import StoreError, TdktStore, reference_graphs
from .validate import validate_graph
from .vocab import ARTICLE_GRAPH_PREFIX, SPARQL_PREFIXES, TDKT, article_graph

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INVALID, EXIT_STORE, EXIT_REMOTE = 0, 1, 2, 3, 4, 5
DEFAULT_STORE = os.environ.get("TDKT_STORE", "tdkt-store")
EXPORT_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


def _err(message: str) -> None:
    print(f"tdkt: {message}", file=sys.stderr)


def _open(path: str, read_only: bool = True) -> TdktStore:
    return TdktStore(Path(path), read_only=read_only)


def cmd_ingest(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in args.paths] + ([resource_path("samples")] if args.samples else [])
    if not inputs:
        _err("give the articles to read: files or folders (PATH ...), or --samples for the bundled sample articles")
        return EXIT_USAGE
    paths = list(iter_article_paths(inputs))
    if not paths:
        _err("no article files (.txt, .html) in " + ", ".join(map(str, inputs)))
        return EXIT_USAGE
    graphs, failed, violations = {}, 0, []
    started = time.monotonic()
    known = _known_articles(args.store or (None if args.graph_store else DEFAULT_STORE))
    for i, path in enumerate(paths, 1):
        try:
            doc = read_document(path)
            earlier = known.get(doc.content_hash)
            if earlier is not None and earlier != doc.article_id:
                raise ArticleError(
                    path, f"the same text as article {earlier!r}, already ingested", "re-ingest it under its first name to update it"
                )
            known[doc.content_hash] = doc.article_id
            facts = extract(doc)
            graph = article_to_graph(doc, facts)
        except ArticleError as exc:
            failed += 1
            _err(f"skipped {exc}")
            continue
        except Exception as exc:  # one bad article does not stop a batch
            failed += 1
            _err(f"skipped {path}: extraction failed ({type(exc).__name__}: {exc}); please report this file")
            continue
        iri = str(article_graph(doc.article_id))
        if iri in graphs:
            _err(f"warning: {path}: article id {doc.article_id!r} repeats an earlier file; the later one wins")
        graphs[iri] = graph
        found = [] if args.no_validate else validate_graph(doc.article_id, graph)
        violations += found
        if not args.quiet:
            print(
                f"[{i}/{len(paths)}] {doc.article_id}: {len(facts.people)} people, {len(facts.events)} events, "
                f"{len(facts.campaigns)} campaigns, {len(facts.grants)} grants, {len(graph)} triples"
                + (f", {len(found)} shape violations" if found else ""),
                file=sys.stderr,
            )
    batch = {**reference_graphs(), **graphs}
    if args.graph_store:
        try:
            _push(GraphStore(args.graph_store), {iri: g.serialize(format="nt", encoding="utf-8") for iri, g in batch.items()}, args.quiet)
        except RemoteError as exc:
            _err(f"{exc}")
            return EXIT_REMOTE
    if args.store or not args.graph_store:
        try:
            store = _open(args.store or DEFAULT_STORE, read_only=False)
            store.replace_graphs(batch)
        except (StoreError, OSError) as exc:
            _err(f"could not write the store {args.store or DEFAULT_STORE}: {exc}; nothing was written")
            return EXIT_STORE
    if not args.quiet:
        where = " and ".join(x for x in (args.store or ("" if args.graph_store else DEFAULT_STORE), args.graph_store) if x)
        print(f"loaded {len(graphs)} articles into {where} in {time.monotonic() - started:.1f}s"
              + (f"; {failed} skipped" if failed else ""), file=sys.stderr)  # fmt: skip
    for v in violations:
        print(f"shape violation: {v}", file=sys.stderr)
    if not graphs:
        _err("no article could be read; nothing was loaded")
        return EXIT_BAD_INPUT
    if args.strict and failed:
        return EXIT_BAD_INPUT
    if args.strict and violations:
        return EXIT_INVALID
    return EXIT_OK


def _known_articles(store: str | None) -> dict[str, str]:
    """Content hash -> article id of the articles a store already holds."""
    if store is None or not (Path(store) / "CURRENT").exists():
        return {}
    q = f"SELECT ?h ?id WHERE {{ GRAPH ?g {{ ?a <{TDKT.contentHash}> ?h ; <http://purl.org/dc/terms/identifier> ?id }} }}"
    return {row["h"].value: row["id"].value for row in _open(store).query(q)}


def cmd_validate(args: argparse.Namespace) -> int:
    store = _open(args.store)
    graphs = store.article_graphs()
    if not graphs:
        _err(f"the store {args.store} holds no articles; run `tdkt ingest PATH --store {args.store}` first")
        return EXIT_USAGE
    total = 0
    for iri in graphs:
        g = store.graph(iri)
        article_id = next((str(o) for o in g.objects(None, DCTERMS.identifier)), iri.rsplit("/", 1)[-1])
        for v in validate_graph(article_id, g):
            total += 1
            print(v)
    print(
        f"{len(graphs)} articles validated: " + (f"{total} violation{'s' if total != 1 else ''}" if total else "all conform"),
        file=sys.stderr,
    )
    return EXIT_INVALID if total else EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    if args.list or not args.name:
        for name, path in saved_queries().items():
            print(f"{name:<26}{describe(path)}")
        return EXIT_OK if args.list else EXIT_USAGE
    try:
        path = resolve(args.name)
    except KeyError as exc:
        _err(str(exc.args[0]))
        return EXIT_USAGE
    sparql = path.read_text(encoding="utf-8")
    try:
        results = query_endpoint(args.endpoint, sparql) if args.endpoint else run(_open(args.store or DEFAULT_STORE), sparql)
    except RemoteError as exc:
        _err(str(exc))
        return EXIT_REMOTE
    except (SyntaxError, ValueError, OSError) as exc:
        _err(f"{path}: {exc}")
        return EXIT_USAGE
    sys.stdout.write(FORMATTERS[args.format](results) + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    store = _open(args.store)
    data = store.dump(EXPORT_FORMATS[args.format], args.graph)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {len(data)} bytes of {args.format} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return EXIT_OK


def _push(target: GraphStore, graphs: dict[str, bytes], quiet: bool) -> None:
    """PUT each graph; a failure stops here, and running the command again completes the load."""
    for i, (iri, data) in enumerate(graphs.items(), 1):
        requests = target.put(iri, data)
        if not quiet:
            triples = data.count(b"\n")
            print(f"[{i}/{len(graphs)}] PUT {iri} ({triples} triples, {requests} request{'s' if requests > 1 else ''})", file=sys.stderr)


def cmd_load(args: argparse.Namespace) -> int:
    store = _open(args.store)
    names = store.named_graphs()
    if not names:
        _err(f"the store {args.store} is empty; run `tdkt ingest PATH --store {args.store}` first")
        return EXIT_USAGE
    graphs = {iri: store.dump(ox.RdfFormat.N_TRIPLES, iri) for iri in names}
    try:
        _push(GraphStore(args.graph_store, batch=args.batch_size), graphs, args.quiet)
    except RemoteError as exc:
        _err(f"{exc}")
        _err("graphs already written are complete; run the same command again to finish the load")
        return EXIT_REMOTE
    if not args.quiet:
        print(f"loaded {len(graphs)} graphs into {args.graph_store}", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    server = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(server).exists():
        _err("the oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
        return EXIT_USAGE
    store = Path(args.store or DEFAULT_STORE)
    if not (store / "CURRENT").exists():
        _err(f"no tdkt store at {store}; run `tdkt ingest PATH --store {store}` first")
        return EXIT_STORE
    print(f"serving {store} read-only: SPARQL endpoint http://{args.bind}/query (Ctrl-C stops)", file=sys.stderr)
    sys.stderr.flush()
    # become the server, so that Ctrl-C and kill reach it and nothing is left running
    os.execv(server, [server, "serve-read-only", "--location", str(store), "--bind", args.bind])
    return EXIT_OK  # not reached


def cmd_graph(args: argparse.Namespace) -> int:
    from tdkt.graph import export, measures, open_source, views

    try:
        source = open_source(store=args.store or DEFAULT_STORE, endpoint=args.endpoint)
        g = views.VIEWS[args.view](source)
    except RemoteError as exc:
        _err(str(exc))
        return EXIT_REMOTE
    if args.output:
        export.write(g, args.output, args.format)
        print(
            f"wrote the {args.view} view ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges) as {args.format} to {args.output}",
            file=sys.stderr,
        )
    print(f"top {args.top} nodes of the {args.view} view by {args.measure}:")
    for _iri, label, score in measures.top(g, args.measure, args.top, kind=args.kind):
        print(f"{score:>10.4f}  {label}")
    return EXIT_OK


_STATS_QUERY = (
    SPARQL_PREFIXES
    + """SELECT ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?label ?class) {
    ("articles" tdkt:Article) ("people" tdkt:Person) ("organisations" org:Organization) ("memberships" org:Membership)
    ("events" tdkt:Conference) ("events" tdkt:Ceremony) ("events" tdkt:Congress) ("events" tdkt:Meeting)
    ("campaigns" tdkt:Movement) ("campaigns" tdkt:Drive) ("campaigns" tdkt:YearlyTheme) ("award grants" tdkt:AwardGrant)
  }
  GRAPH ?g { ?x a ?class }
  FILTER(STRSTARTS(STR(?g), "ARTICLES"))
}
GROUP BY ?label
""".replace("ARTICLES", ARTICLE_GRAPH_PREFIX)
)
_STATS_ORDER = ["articles", "people", "organisations", "memberships", "events", "campaigns", "award grants"]


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open(args.store)
    counts = {row["label"].value: int(row["n"].value) for row in store.query(_STATS_QUERY)}
    for label in _STATS_ORDER:
        print(f"{label:<22}{counts.get(label, 0):>8}")
    print(f"{'triples (all graphs)':<22}{len(store):>8}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="tdkt", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"tdkt {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    def store_arg(p: argparse.ArgumentParser, default: str | None = DEFAULT_STORE) -> None:
        p.add_argument(
            "--store", default=default, metavar="DIR", help=f"embedded store directory (default: {DEFAULT_STORE}, or $TDKT_STORE)"
        )

    p = sub.add_parser(
        "ingest",
        help="read articles (files or folders of .txt/.html) into the store",
        description="Read articles, extract facts, validate each article's graph and load the batch in one transaction. Re-ingesting an article replaces its facts.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--samples", action="store_true", help="also read the bundled sample articles")
    store_arg(p, default=None)
    p.add_argument("--graph-store", metavar="URL", help="also (or, without --store, only) write to this SPARQL Graph Store endpoint")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 if any input was skipped, 3 if any fact breaks a shape (default: 0 once the batch is loaded)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("validate", help="check every article graph in the store against the SHACL shapes")
    store_arg(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser(
        "query",
        help="run a saved query (or a .rq file)",
        description="Run a saved SPARQL query by name, or any .rq file. `--list` shows the saved ones.",
    )
    p.add_argument("name", nargs="?", metavar="NAME|FILE.rq")
    store_arg(p, default=None)
    p.add_argument("--endpoint", metavar="URL", help="run on this SPARQL 1.1 query endpoint instead of the embedded store")
    p.add_argument("--format", choices=sorted(FORMATTERS), default="table", help="table (default), csv, or json (SPARQL 1.1 JSON results)")
    p.add_argument("--list", action="store_true", help="list the saved queries")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="write the store as Turtle, TriG, N-Quads or JSON-LD")
    store_arg(p)
    p.add_argument(
        "--format",
        choices=sorted(EXPORT_FORMATS),
        default="trig",
        help="trig (default: keeps named graphs), nquads, jsonld, or turtle (all graphs merged)",
    )
    p.add_argument("--graph", metavar="IRI", help="only this named graph")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "load",
        help="write the store's graphs to a triple-store server (Graph Store Protocol)",
        description="PUT every named graph of the store (articles, ontology, award scheme, gazetteer) to a SPARQL 1.1 Graph Store endpoint. Credentials: TDKT_REMOTE_TOKEN, or TDKT_REMOTE_USER and TDKT_REMOTE_PASSWORD. Loading again replaces, so an interrupted load can be run again.",
    )
    store_arg(p)
    p.add_argument(
        "--graph-store",
        required=True,
        metavar="URL",
        help="e.g. http://127.0.0.1:7878/store (Oxigraph), http://127.0.0.1:8890/sparql-graph-crud (Virtuoso)",
    )
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH, metavar="N", help=f"triples per request (default {DEFAULT_BATCH})")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser(
        "serve",
        help="serve the store read-only over the SPARQL protocol",
        description="Serve the embedded store read-only with the Oxigraph server: SPARQL queries at http://BIND/query.",
    )
    store_arg(p, default=None)
    p.add_argument(
        "--bind", default="127.0.0.1:7878", metavar="HOST:PORT", help="address to listen on (default 127.0.0.1:7878, this machine only)"
    )
    p.set_defaults(func=cmd_serve)

    from tdkt.graph.export import FORMATS as GRAPH_FORMATS
    from tdkt.graph.measures import MEASURES
    from tdkt.graph.views import VIEWS

    p = sub.add_parser(
        "graph",
        help="write a network view (GraphML, GEXF, JSON) and print its top nodes",
        description="Build a networkx view of the graph: " + ", ".join(VIEWS) + ".",
    )
    p.add_argument("view", choices=list(VIEWS), metavar="VIEW", help="one of: " + ", ".join(VIEWS))
    store_arg(p, default=None)
    p.add_argument("--endpoint", metavar="URL", help="read from this SPARQL endpoint instead of the embedded store")
    p.add_argument(
        "--format",
        choices=GRAPH_FORMATS,
        default="graphml",
        help="graphml (default; Gephi, yEd, Cytoscape), gexf (Gephi) or json (node-link)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the view here")
    p.add_argument(
        "--measure",
        choices=sorted(MEASURES),
        default="degree",
        help="rank nodes by degree (default), betweenness or strength (weighted degree)",
    )
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many top nodes to print (default 10)")
    p.add_argument("--kind", metavar="KIND", help="rank only nodes of this kind (Person, Organisation, AdministrativeUnit, ...)")
    p.set_defaults(func=cmd_graph)

    p = sub.add_parser("stats", help="count articles, people, bodies, events, campaigns and grants")
    store_arg(p)
    p.set_defaults(func=cmd_stats)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except StoreError as exc:
        _err(str(exc))
        return EXIT_STORE
    except KeyboardInterrupt:
        _err("interrupted; the store is unchanged")
        return 130


if __name__ == "__main__":
    sys.exit(main())
