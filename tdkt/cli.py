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
from typing import TYPE_CHECKING

# only light imports here: `tdkt --help` and `tdkt --version` must not load rdflib, pyoxigraph or pyshacl
from . import __version__
from .errors import EXIT_BAD_INPUT, EXIT_INVALID, EXIT_OK, EXIT_STORE, EXIT_USAGE, TdktError

if TYPE_CHECKING:
    from .api import Store

# the command line's choices, spelled here so that --help loads nothing; tests/app/test_api.py checks them
VIEWS = ("posts", "co-attendance", "attendance", "conferrals", "hierarchy", "campaigns", "careers", "co-workers")
MEASURES = ("betweenness", "degree", "strength")
GRAPH_FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}
EXPORT_FORMATS = ("trig", "nquads", "turtle", "ntriples", "jsonld")
ANSWER_FORMATS = ("table", "csv", "json", "turtle", "ntriples", "jsonld")
DEFAULT_BATCH = 50_000

DEFAULT_STORE = os.environ.get("TDKT_STORE", "tdkt-store")


def _err(message: str) -> None:
    from .queries import printable

    print(f"tdkt: {printable(message)}", file=sys.stderr)


def _store(args: argparse.Namespace, default: str | None = DEFAULT_STORE) -> Store:
    from .api import Store

    endpoint = getattr(args, "endpoint", None)
    return Store(endpoint=endpoint) if endpoint else Store(args.store or default)


class _Progress:
    """A progress bar on a terminal (tqdm), one line per step with --verbose, nothing otherwise."""

    def __init__(self, args: argparse.Namespace, unit: str) -> None:
        self.verbose = getattr(args, "verbose", False)
        self.bar_wanted = not getattr(args, "quiet", False) and not self.verbose and sys.stderr.isatty()
        self.unit, self.bar = unit, None

    def __call__(self, done: int, total: int, what: str) -> None:
        if self.verbose:
            from .queries import printable

            print(printable(f"[{done}/{total}] {what}"), file=sys.stderr)
        elif self.bar_wanted:
            desc = None
            if self.bar is not None and done < self.bar.n:  # a new stage (ingest's load after its reading): a bar of its own
                self.bar.close()
                self.bar, desc = None, what.split(" ", 1)[0]
            if self.bar is None:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit=self.unit, file=sys.stderr, leave=False, dynamic_ncols=True, desc=desc)
            self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_ingest(args: argparse.Namespace) -> int:
    from tdkt.resources import resource_path

    inputs = [Path(p) for p in args.paths] + ([resource_path("samples")] if args.samples else [])
    if not inputs:
        raise TdktError("give the articles to read: files or folders (PATH ...), or --samples for the bundled sample articles")
    if args.store is None and not args.graph_store and not args.shards:
        args.store = DEFAULT_STORE
    progress = _Progress(args, "article")
    if args.store is None:  # straight into a server or into shards, no local copy
        from . import app

        report = app.ingest(inputs, None, args.graph_store, not args.no_validate, progress, **_scale(args))
    else:
        report = _store(args).ingest(inputs, validate=not args.no_validate, graph_store=args.graph_store, progress=progress, **_scale(args))
    progress.close()
    for message in report.skipped:
        _err(message)
    if not args.quiet:
        where = " and ".join(x for x in (args.store, args.graph_store, args.shards and f"shards in {args.shards}") if x)
        skipped = f"; {len(report.skipped)} skipped" if report.skipped else ""
        print(f"loaded {len(report.loaded)} articles into {where} in {report.seconds:.1f}s{skipped}", file=sys.stderr)
    for v in report.violations:
        print(f"shape violation: {v}", file=sys.stderr)
    if not report.loaded:
        raise TdktError("no article could be read; nothing was loaded", EXIT_BAD_INPUT)
    if args.strict and report.skipped:
        return EXIT_BAD_INPUT
    if args.strict and report.violations:
        return EXIT_INVALID
    return EXIT_OK


def _scale(args: argparse.Namespace) -> dict:
    from .batch import Budget, default_workers

    workers = args.workers or default_workers()
    scale = {"workers": workers, "chunk": args.chunk, "budget": Budget(args.max_bytes, args.article_seconds)}
    if args.engine == "dask":
        scale["scheduler"] = args.scheduler or "local"
    elif args.scheduler:
        raise TdktError("--scheduler is for --engine dask")
    if args.shards:
        scale["shards"] = Path(args.shards)
    return scale


def cmd_validate(args: argparse.Namespace) -> int:
    progress = _Progress(args, "article")
    report = _store(args).validate(progress, args.engine)
    progress.close()
    for v in report.violations:
        print(v)
    if args.report:
        from . import app

        data = report.to_graph().serialize(format="turtle", encoding="utf-8")
        app.write_output(Path(args.report), data, Path(args.store))
        print(f"wrote the SHACL validation report to {args.report}", file=sys.stderr)
    total = len(report.violations)
    print(
        f"{report.checked} articles validated: " + (f"{total} violation{'s' if total != 1 else ''}" if total else "all conform"),
        file=sys.stderr,
    )
    return EXIT_INVALID if total else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    rows = _store(args).explain(args.article)
    for r in rows:
        label = f" {r.label!r}" if r.label else ""
        print(f"{r.kind or 'fact'}{label}  [{r.rule}]  {r.start}-{r.end}: {r.sentence}")
    print(f"{len(rows)} facts of {args.article}", file=sys.stderr)
    return EXIT_OK


def _params(pairs: list[str]) -> dict[str, object]:
    """--param NAME=VALUE, the value typed: a whole number, a date (YYYY-MM-DD), true/false, an <IRI>, else text."""
    import datetime as dt
    import re

    out: dict[str, object] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise TdktError(f"--param {pair!r}: write it as NAME=VALUE, e.g. --param year=2021")
        value: object = text
        if re.fullmatch(r"-?\d+", text):
            value = int(text)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            value = dt.date.fromisoformat(text)
        elif text in ("true", "false"):
            value = text == "true"
        elif re.fullmatch(r"<[^<>\s]+>", text):
            import pyoxigraph as ox

            value = ox.NamedNode(text[1:-1])
        out[name] = value
    return out


def cmd_query(args: argparse.Namespace) -> int:
    from .queries import describe, format_answer, parameters, saved_queries

    if args.list or not (args.name or args.expression):
        out = sys.stdout if args.list else sys.stderr
        for name, path in saved_queries().items():
            params = "".join(f" [--param {p}=...]" for p in parameters(path.read_text(encoding="utf-8")))
            print(f"{name:<26}{describe(path)}{params}", file=out)
        if not args.list:
            raise TdktError("give a saved query's name (above), a .rq/.sparql file, or -e 'QUERY'")
        return EXIT_OK
    if args.name and args.expression:
        raise TdktError("give either a query (NAME or FILE) or -e 'QUERY', not both")
    answer = _store(args).answer(args.name or args.expression, **_params(args.param))
    try:
        text = format_answer(answer, args.format)
    except ValueError as exc:
        raise TdktError(str(exc)) from None
    sys.stdout.write(text + "\n")
    return EXIT_OK


def cmd_graphs(args: argparse.Namespace) -> int:
    for iri in _store(args).graphs():
        print(iri)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from . import app

    fmt = app.export_format(Path(args.output) if args.output else None, args.format)
    spinner = _Progress(args, "graph")
    spinner(0, 1, "export")
    if args.output:  # streamed into the file: constant memory whatever the store's size
        size = app.export_file(Path(args.store), fmt, args.graph, Path(args.output))
    else:
        app.export(Path(args.store), fmt, args.graph, sys.stdout.buffer)
    spinner(1, 1, "export")
    spinner.close()
    if args.output:
        print(f"wrote {size} bytes of {fmt} to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    progress = _Progress(args, "graph")
    if args.shards:
        from . import app

        n = app.load_shards(Path(args.shards), Path(args.store), args.graph_store, args.batch_size, progress)
        where = args.graph_store or args.store
    elif not args.graph_store:
        raise TdktError("give --graph-store URL (the server to load the store into), or --shards DIR to load shards into --store")
    else:
        n = _store(args).load(args.graph_store, args.batch_size, progress)
        where = args.graph_store
    progress.close()
    if not args.quiet:
        print(f"loaded {n} graphs into {where}", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    server = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(server).exists():
        raise TdktError("the oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6'")
    store = Path(args.store or DEFAULT_STORE)
    if not (store / "CURRENT").exists():
        raise TdktError(f"no tdkt store at {store}; run `tdkt ingest PATH --store {store}` first", EXIT_STORE)

    def ready() -> None:
        print(
            f"serving {store} read-only: query page http://{args.bind}/ , SPARQL endpoint http://{args.bind}/query, "
            f"queries stopped after {args.timeout} s, SERVICE refused (Ctrl-C stops). "
            "Stop it before ingesting into this store: it does not see new data.",
            file=sys.stderr,
            flush=True,
        )

    from .serve import serve

    try:
        serve(server, store, args.bind, args.timeout, ready)
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        raise TdktError(f"cannot listen on {args.bind}: {exc.strerror or exc}; choose another --bind") from None
    return EXIT_OK


def cmd_graph(args: argparse.Namespace) -> int:
    from . import app
    from .graph import export, measures

    fmt = app.format_from_name(Path(args.output) if args.output else None, args.format, GRAPH_FORMATS, "graphml")
    if args.output:
        app.check_output(Path(args.output), Path(args.store or DEFAULT_STORE))
    g = _store(args).graph(args.view)
    if args.output:
        app.write_output(Path(args.output), lambda path: export.write(g, path, fmt), Path(args.store or DEFAULT_STORE))
        print(
            f"wrote the {args.view} view ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges) as {fmt} to {args.output}",
            file=sys.stderr,
        )
    print(f"top {args.top} nodes of the {args.view} view by {args.measure}:")
    for _iri, label, score in measures.top(g, args.measure, args.top, kind=args.kind):
        print(f"{score:>10.4f}  {label}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from .app import STATS_ORDER

    counts = _store(args).stats()
    for label in STATS_ORDER:
        print(f"{label:<22}{counts.get(label, 0):>8}")
    return EXIT_OK


def store_arg(p: argparse.ArgumentParser, default: str | None = DEFAULT_STORE) -> None:
    p.add_argument("--store", default=default, metavar="DIR", help=f"embedded store directory (default: {DEFAULT_STORE}, or $TDKT_STORE)")


def _add_ingest(sub) -> None:
    p = sub.add_parser(
        "ingest",
        help="read articles (files or folders of .txt/.html) into the store",
        description="Read articles, extract facts and check each article's graph in worker processes; the graphs are staged a chunk at a time in the store's folder and, after the last article, bulk-loaded (calls of up to 96 MB) and sealed. Re-ingesting an article replaces its facts; an interrupted ingest leaves the store as it was (or, cut off during the load, names the graphs it left unsealed to `tdkt validate`), and running it again completes it.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--samples", action="store_true", help="also read the bundled sample articles")
    store_arg(p, default=None)
    p.add_argument("--graph-store", metavar="URL", help="also (or, without --store, only) write to this SPARQL Graph Store endpoint")
    p.add_argument("--no-validate", action="store_true", help="skip the shape checks (run in the workers, on each article's triples)")
    p.add_argument("--shards", metavar="DIR", help="write N-Quads shards here (one per chunk) instead of a store, for `tdkt load --shards`")
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: worker processes on this machine (default); dask: the tasks of a Dask cluster (see --scheduler)",
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="the Dask scheduler, tcp://HOST:8786 (default: a local cluster of processes)")
    p.add_argument("--workers", type=_positive, metavar="N", help="worker processes for reading, extraction and RDF (default: all cores)")
    p.add_argument(
        "--chunk",
        type=_positive,
        default=200,
        metavar="N",
        help="articles per staged shard (and per push to --graph-store); memory bounded by it (default 200)",
    )
    p.add_argument(
        "--max-bytes",
        type=_positive,
        default=2_000_000,
        metavar="B",
        help="skip a file larger than this (default 2000000; a long report is 60 kB)",
    )
    p.add_argument(
        "--article-seconds", type=float, default=60.0, metavar="S", help="skip an article still not done after S seconds (default 60)"
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 if any input was skipped, 3 if any fact breaks a shape (default: 0 once the batch is loaded)",
    )
    _chatter(p)
    p.set_defaults(func=cmd_ingest)


def _chatter(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    p.add_argument("-v", "--verbose", action="store_true", help="one progress line per step instead of a bar")


def _add_validate(sub) -> None:
    p = sub.add_parser("validate", help="check every article graph in the store against the SHACL shapes")
    store_arg(p)
    p.add_argument("--report", metavar="FILE.ttl", help="also write the SHACL validation report (Turtle) here")
    p.add_argument(
        "--engine",
        choices=("sparql", "pyshacl"),
        default="sparql",
        help="sparql: the shapes compiled to SPARQL, whole store at once (default); pyshacl: the reference engine, one article at a time",
    )
    _chatter(p)
    p.set_defaults(func=cmd_validate)


def _add_query(sub) -> None:
    p = sub.add_parser(
        "query",
        help="run a saved query, a .rq/.sparql file, or a query given with -e",
        description="Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE): a saved one by name, a .rq/.sparql file, "
        "or -e 'QUERY'. `--list` shows the saved ones and their parameters; --param NAME=VALUE binds a variable "
        "(as an RDF term: a number, a date, true/false, an <IRI>, else text), never splicing text into the query.",
    )
    p.add_argument("name", nargs="?", metavar="NAME|FILE")
    p.add_argument("-e", "--expression", metavar="QUERY", help="the SPARQL query itself")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind ?NAME to VALUE (repeatable)")
    store_arg(p, default=None)
    p.add_argument("--endpoint", metavar="URL", help="run on this SPARQL 1.1 query endpoint instead of the embedded store")
    p.add_argument(
        "--format",
        choices=ANSWER_FORMATS,
        help="table (default), csv or json (SPARQL 1.1 JSON results) for SELECT and ASK; turtle (default), ntriples or jsonld for CONSTRUCT and DESCRIBE",
    )
    p.add_argument("--list", action="store_true", help="list the saved queries")
    p.set_defaults(func=cmd_query)


def _add_graphs(sub) -> None:
    p = sub.add_parser("graphs", help="list the named graphs: one per article, the ontology, the award scheme, the gazetteer")
    store_arg(p)
    p.set_defaults(func=cmd_graphs)


def _add_export(sub) -> None:
    p = sub.add_parser("export", help="write the store as TriG, N-Quads, Turtle, N-Triples or JSON-LD")
    store_arg(p)
    p.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="trig (keeps named graphs; the default), nquads, jsonld, or turtle / ntriples (all graphs merged); "
        "by default the format of the -o file's extension (.trig .nq .jsonld .ttl .nt)",
    )
    p.add_argument("--graph", metavar="IRI", help="only this named graph (`tdkt graphs` lists them)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress indicator")
    p.set_defaults(func=cmd_export)


def _add_load(sub) -> None:
    p = sub.add_parser(
        "load",
        help="write the store's graphs to a triple-store server (Graph Store Protocol)",
        description="PUT every named graph of the store (articles, ontology, award scheme, gazetteer) to a SPARQL 1.1 Graph Store endpoint; or, with --shards DIR, load the N-Quads shards of `ingest --shards` into that endpoint or, without one, into --store (by Oxigraph's bulk loader). Credentials: TDKT_REMOTE_TOKEN, or TDKT_REMOTE_USER and TDKT_REMOTE_PASSWORD. Loading again replaces, so an interrupted load can be run again.",
    )
    store_arg(p)
    p.add_argument(
        "--shards", metavar="DIR", help="load these N-Quads shards (from `ingest --shards`) into --graph-store, else into --store"
    )
    p.add_argument(
        "--graph-store",
        metavar="URL",
        help="e.g. http://127.0.0.1:7878/store (Oxigraph), http://127.0.0.1:8890/sparql-graph-crud (Virtuoso)",
    )
    p.add_argument(
        "--batch-size", type=_positive, default=DEFAULT_BATCH, metavar="N", help=f"triples per request (default {DEFAULT_BATCH})"
    )
    _chatter(p)
    p.set_defaults(func=cmd_load)


def _add_serve(sub) -> None:

    p = sub.add_parser(
        "serve",
        help="serve the store read-only over the SPARQL protocol",
        description="Serve the embedded store read-only with the Oxigraph server: SPARQL queries at http://BIND/query.",
    )
    store_arg(p, default=None)
    p.add_argument(
        "--bind",
        type=_address,
        default="127.0.0.1:7878",
        metavar="HOST:PORT",
        help="address to listen on (default 127.0.0.1:7878, this machine only)",
    )
    p.add_argument("--timeout", type=_positive, default=30, metavar="S", help="seconds a query may run (default 30)")
    p.set_defaults(func=cmd_serve)


def _add_graph(sub) -> None:
    p = sub.add_parser(
        "graph",
        help="write a network view (GraphML, GEXF, JSON) and print its top nodes",
        description="Build a networkx view of the graph: " + ", ".join(VIEWS) + ".",
    )
    p.add_argument("view", choices=VIEWS, metavar="VIEW", help="one of: " + ", ".join(VIEWS))
    store_arg(p, default=None)
    p.add_argument("--endpoint", metavar="URL", help="read from this SPARQL endpoint instead of the embedded store")
    p.add_argument(
        "--format",
        choices=tuple(GRAPH_FORMATS.values()),
        help="graphml (Gephi, yEd, Cytoscape), gexf (Gephi) or json (node-link); by default from the -o extension, else graphml",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the view here")
    p.add_argument(
        "--measure", choices=MEASURES, default="degree", help="rank nodes by degree (default), betweenness or strength (weighted degree)"
    )
    p.add_argument("--top", type=_positive, default=10, metavar="N", help="how many top nodes to print (default 10)")
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
    _add_graphs(sub)
    _add_export(sub)
    _add_load(sub)
    _add_serve(sub)
    _add_graph(sub)
    _add_stats(sub)
    return ap


def _address(text: str) -> str:
    """HOST:PORT with a port number (a name for the port would fail only once the server starts)."""
    _host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not HOST:PORT (e.g. 127.0.0.1:7878)")
    return text


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
    except TdktError as exc:  # the one place where failures become messages and exit codes
        for line in str(exc).splitlines():
            _err(line)
        return exc.code
    except BrokenPipeError:  # `tdkt ... | head`: the reader has gone, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted; the store is unchanged")
        return 130


if __name__ == "__main__":
    sys.exit(main())
