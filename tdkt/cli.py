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
from pathlib import Path

from tdkt.resources import resource_path

from . import __version__, app
from .app import EXIT_BAD_INPUT, EXIT_INVALID, EXIT_OK, EXIT_REMOTE, EXIT_STORE, EXIT_USAGE, AppError
from .queries import FORMATTERS, describe, printable, resolve, run, saved_queries
from .remote import DEFAULT_BATCH, RemoteError, query_endpoint
from .store import StoreError, TdktStore

DEFAULT_STORE = os.environ.get("TDKT_STORE", "tdkt-store")


def _err(message: str) -> None:
    print(f"tdkt: {printable(message)}", file=sys.stderr)


def _open(path: str, read_only: bool = True) -> TdktStore:
    return TdktStore(Path(path), read_only=read_only)


def _progress(args: argparse.Namespace) -> app.Progress:
    return (lambda _line: None) if getattr(args, "quiet", False) else (lambda line: print(printable(line), file=sys.stderr))


def cmd_ingest(args: argparse.Namespace) -> int:
    inputs = [Path(p) for p in args.paths] + ([resource_path("samples")] if args.samples else [])
    if not inputs:
        raise AppError("give the articles to read: files or folders (PATH ...), or --samples for the bundled sample articles", EXIT_USAGE)
    store = args.store or (None if args.graph_store else DEFAULT_STORE)
    report = app.ingest(inputs, Path(store) if store else None, args.graph_store, not args.no_validate, _progress(args))
    for message in report.skipped:
        _err(message)
    if not args.quiet:
        where = " and ".join(x for x in (store, args.graph_store) if x)
        skipped = f"; {len(report.skipped)} skipped" if report.skipped else ""
        print(f"loaded {len(report.loaded)} articles into {where} in {report.seconds:.1f}s{skipped}", file=sys.stderr)
    for v in report.violations:
        print(f"shape violation: {v}", file=sys.stderr)
    if not report.loaded:
        _err("no article could be read; nothing was loaded")
        return EXIT_BAD_INPUT
    if args.strict and report.skipped:
        return EXIT_BAD_INPUT
    if args.strict and report.violations:
        return EXIT_INVALID
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    checked, violations = app.validate(Path(args.store))
    for v in violations:
        print(v)
    total = len(violations)
    print(
        f"{checked} articles validated: " + (f"{total} violation{'s' if total != 1 else ''}" if total else "all conform"), file=sys.stderr
    )
    return EXIT_INVALID if total else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    rows = app.explain(Path(args.store), args.article)
    for r in rows:
        label = f" {r.label!r}" if r.label else ""
        print(f"{r.kind or 'fact'}{label}  [{r.rule}]  {r.start}-{r.end}: {r.sentence}")
    print(f"{len(rows)} facts of {args.article}", file=sys.stderr)
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    if args.list or not args.name:
        for name, path in saved_queries().items():
            print(f"{name:<26}{describe(path)}")
        return EXIT_OK if args.list else EXIT_USAGE
    try:
        path = resolve(args.name)
    except KeyError as exc:
        raise AppError(str(exc.args[0]), EXIT_USAGE) from None
    try:
        sparql = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as exc:
        raise AppError(f"{path}: cannot be read as a UTF-8 query ({exc.__class__.__name__}); save it as UTF-8", EXIT_USAGE) from None
    try:
        results = query_endpoint(args.endpoint, sparql) if args.endpoint else run(_open(args.store or DEFAULT_STORE), sparql)
    except (SyntaxError, ValueError, OSError) as exc:
        raise AppError(f"{path}: {exc}", EXIT_USAGE) from None
    sys.stdout.write(FORMATTERS[args.format](results) + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    data = app.export(Path(args.store), args.format, args.graph)
    if args.output:
        app.write_output(Path(args.output), data, Path(args.store))
        print(f"wrote {len(data)} bytes of {args.format} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    n = app.load(Path(args.store), args.graph_store, args.batch_size, _progress(args))
    if not args.quiet:
        print(f"loaded {n} graphs into {args.graph_store}", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    server = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(server).exists():
        raise AppError("the oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'", EXIT_USAGE)
    store = Path(args.store or DEFAULT_STORE)
    if not (store / "CURRENT").exists():
        raise AppError(f"no tdkt store at {store}; run `tdkt ingest PATH --store {store}` first", EXIT_STORE)
    print(
        f"serving {store} read-only: SPARQL endpoint http://{args.bind}/query, queries stopped after {args.timeout} s, "
        "SERVICE refused (Ctrl-C stops). Stop it before ingesting into this store: it does not see new data.",
        file=sys.stderr,
    )
    sys.stderr.flush()
    from .serve import serve

    try:
        serve(server, store, args.bind, args.timeout)
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        raise AppError(f"cannot listen on {args.bind}: {exc.strerror or exc}; choose another --bind", EXIT_USAGE) from None
    return EXIT_OK


def cmd_graph(args: argparse.Namespace) -> int:
    from tdkt.graph import export, measures, open_source, views

    source = open_source(store=args.store or DEFAULT_STORE, endpoint=args.endpoint)
    g = views.VIEWS[args.view](source)
    if args.output:
        app.write_output(Path(args.output), lambda path: export.write(g, path, args.format), Path(args.store or DEFAULT_STORE))
        print(
            f"wrote the {args.view} view ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges) as {args.format} to {args.output}",
            file=sys.stderr,
        )
    print(f"top {args.top} nodes of the {args.view} view by {args.measure}:")
    for _iri, label, score in measures.top(g, args.measure, args.top, kind=args.kind):
        print(f"{score:>10.4f}  {label}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    counts = app.stats(Path(args.store))
    for label in app.STATS_ORDER:
        print(f"{label:<22}{counts.get(label, 0):>8}")
    return EXIT_OK


def store_arg(p: argparse.ArgumentParser, default: str | None = DEFAULT_STORE) -> None:
    p.add_argument("--store", default=default, metavar="DIR", help=f"embedded store directory (default: {DEFAULT_STORE}, or $TDKT_STORE)")


def _add_ingest(sub) -> None:
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


def _add_validate(sub) -> None:
    p = sub.add_parser("validate", help="check every article graph in the store against the SHACL shapes")
    store_arg(p)
    p.set_defaults(func=cmd_validate)


def _add_query(sub) -> None:
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


def _add_export(sub) -> None:
    p = sub.add_parser("export", help="write the store as Turtle, TriG, N-Quads or JSON-LD")
    store_arg(p)
    p.add_argument(
        "--format",
        choices=sorted(app.EXPORT_FORMATS),
        default="trig",
        help="trig (default: keeps named graphs), nquads, jsonld, or turtle (all graphs merged)",
    )
    p.add_argument("--graph", metavar="IRI", help="only this named graph")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.set_defaults(func=cmd_export)


def _add_load(sub) -> None:
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
    p.add_argument(
        "--batch-size", type=_positive, default=DEFAULT_BATCH, metavar="N", help=f"triples per request (default {DEFAULT_BATCH})"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_load)


def _add_serve(sub) -> None:

    p = sub.add_parser(
        "serve",
        help="serve the store read-only over the SPARQL protocol",
        description="Serve the embedded store read-only with the Oxigraph server: SPARQL queries at http://BIND/query.",
    )
    store_arg(p, default=None)
    p.add_argument(
        "--bind", default="127.0.0.1:7878", metavar="HOST:PORT", help="address to listen on (default 127.0.0.1:7878, this machine only)"
    )
    p.add_argument("--timeout", type=_positive, default=30, metavar="S", help="seconds a query may run (default 30)")
    p.set_defaults(func=cmd_serve)


def _add_graph(sub) -> None:
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


def _add_stats(sub) -> None:
    p = sub.add_parser("stats", help="count articles, people, bodies, events, campaigns and grants")
    store_arg(p)
    p.set_defaults(func=cmd_stats)


def _add_explain(sub) -> None:
    p = sub.add_parser(
        "explain",
        help="print each fact of one article with the rule that produced it and its sentence",
        description="Trace every fact of an article (people, posts, bodies, events, campaigns, grants) to the rule and the sentence it came from.",
    )
    p.add_argument("article", metavar="ARTICLE", help="the article id (its file name without extension)")
    store_arg(p)
    p.set_defaults(func=cmd_explain)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="tdkt", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"tdkt {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    _add_ingest(sub)
    _add_validate(sub)
    _add_explain(sub)
    _add_query(sub)
    _add_export(sub)
    _add_load(sub)
    _add_serve(sub)
    _add_graph(sub)
    _add_stats(sub)
    return ap


def _positive(text: str) -> int:
    """An argument that must be a whole number above zero ('--batch-size 0' would send nothing)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not above zero")
    return value


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "func", None):
        ap.print_help(sys.stderr)  # a usage error: the help goes where errors go
        return EXIT_USAGE
    try:
        code = args.func(args)
        sys.stdout.flush()  # a reader that has gone ('| head') is noticed here, inside the handler, not at exit
        return code
    except AppError as exc:  # the one place where failures become messages and exit codes
        for line in str(exc).splitlines():
            _err(line)
        return exc.code
    except StoreError as exc:
        _err(str(exc))
        return EXIT_STORE
    except RemoteError as exc:
        _err(str(exc))
        return EXIT_REMOTE
    except BrokenPipeError:  # `tdkt ... | head`: the reader has gone, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted; the store is unchanged")
        return 130


if __name__ == "__main__":
    sys.exit(main())
