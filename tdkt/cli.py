"""The `tdkt` command: ingest articles, validate, query, export and count the knowledge graph.

Exit codes: 0 success; 1 some inputs could not be read (the rest were loaded);
2 usage error or nothing to do; 3 the graph breaks a SHACL shape (the facts are
loaded and reported, never dropped); 4 the store could not be opened or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from ingest.errors import ArticleError
from ingest.pipeline import process
from ingest.rdf import article_graph, article_to_graph
from ingest.reader import iter_article_paths
from ingest.resources import resource_path

from . import __version__
from .queries import FORMATTERS, describe, resolve, run, saved_queries
from .store import StoreError, TdktStore
from .validate import validate_graph

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_INVALID, EXIT_STORE = 0, 1, 2, 3, 4
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
    for i, path in enumerate(paths, 1):
        try:
            doc, facts = process(path)
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
    try:
        store = _open(args.store, read_only=False)
        store.replace_graphs({**_reference(), **graphs})
    except (StoreError, OSError) as exc:
        _err(f"could not write the store {args.store}: {exc}; nothing was written")
        return EXIT_STORE
    if not args.quiet:
        print(f"loaded {len(graphs)} articles into {args.store} in {time.monotonic() - started:.1f}s"
              + (f"; {failed} skipped" if failed else ""), file=sys.stderr)  # fmt: skip
    for v in violations:
        print(f"shape violation: {v}", file=sys.stderr)
    if failed:
        return EXIT_BAD_INPUT
    return EXIT_INVALID if violations else EXIT_OK


def _reference():
    from .store import reference_graphs

    return reference_graphs()


def cmd_validate(args: argparse.Namespace) -> int:
    store = _open(args.store)
    graphs = store.article_graphs()
    if not graphs:
        _err(f"the store {args.store} holds no articles; run `tdkt ingest PATH --store {args.store}` first")
        return EXIT_USAGE
    total = 0
    for iri in graphs:
        g = store.graph(iri)
        article_id = next((str(o) for o in g.objects(None, _IDENTIFIER)), iri.rsplit("/", 1)[-1])
        for v in validate_graph(article_id, g):
            total += 1
            print(v)
    print(f"{len(graphs)} articles validated: " + (f"{total} violations" if total else "all conform"), file=sys.stderr)
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
    store = _open(args.store)
    try:
        results = run(store, path.read_text(encoding="utf-8"))
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


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open(args.store)
    counts = {}
    for label, cls in (
        ("articles", "tdkt:Article"), ("people", "tdkt:Person"), ("organisations", "org:Organization"),
        ("memberships", "org:Membership"), ("events", "tdkt:Event"), ("campaigns", "tdkt:Campaign"),
        ("award grants", "tdkt:AwardGrant"),
    ):  # fmt: skip
        q = (
            "PREFIX tdkt: <https://w3id.org/tdkt/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a ?c }} GRAPH <https://w3id.org/tdkt/graph/ontology> {{ ?c rdfs:subClassOf* {cls} }} }}"
        )
        if cls in ("tdkt:Article", "tdkt:Person", "org:Organization", "org:Membership", "tdkt:AwardGrant"):
            q = (
                "PREFIX tdkt: <https://w3id.org/tdkt/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
                f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} FILTER(STRSTARTS(STR(?g), 'https://w3id.org/tdkt/graph/article/')) }}"
            )
        counts[label] = int(next(iter(store.query(q)))["n"].value)
    counts["triples (all graphs)"] = len(store)
    for label, n in counts.items():
        print(f"{label:<22}{n:>8}")
    return EXIT_OK


_IDENTIFIER = __import__("rdflib").namespace.DCTERMS.identifier


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="tdkt", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"tdkt {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    def store_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--store", default=DEFAULT_STORE, metavar="DIR", help=f"embedded store directory (default: {DEFAULT_STORE}, or $TDKT_STORE)"
        )

    p = sub.add_parser(
        "ingest",
        help="read articles (files or folders of .txt/.html) into the store",
        description="Read articles, extract facts, validate each article's graph and load the batch in one transaction. Re-ingesting an article replaces its facts.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--samples", action="store_true", help="also read the bundled sample articles")
    store_arg(p)
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
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
    store_arg(p)
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
