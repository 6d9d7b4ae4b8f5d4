#!/usr/bin/env python3
"""Measure tdkt's speed on copies of the sample articles and print the figures.

    python scripts/benchmark.py [--copies 40]
    python scripts/benchmark.py --corpus ../shared/corpus     # the articles of a folder instead

Each copy gets its own article id (and a line of its own, so that its content
hash differs), so the batch is N x 5 distinct articles. Prints articles per
second for reading and extraction, SHACL validation per article, the
one-transaction load, and each contract query.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tdkt.ingest.pipeline import extract, read_document
from tdkt.ingest.rdf import article_to_graph

from tdkt.queries import run, saved_queries
from tdkt.resources import resource_path
from tdkt.store import TdktStore, reference_graphs
from tdkt.validate import validate_graph
from tdkt.vocab import article_graph


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=40, help="copies of the five samples (default 40: 200 articles)")
    ap.add_argument("--corpus", type=Path, metavar="DIR", help="measure on the articles of this folder instead")
    args = ap.parse_args()
    samples = sorted(resource_path("samples").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for c in range(args.copies):
            for s in samples:
                (corpus / f"{s.stem}_{c:04d}.txt").write_text(s.read_text(encoding="utf-8") + f"\nBản sao {c}.\n", encoding="utf-8")
        paths = sorted(args.corpus.glob("*.txt")) if args.corpus else sorted(corpus.glob("*.txt"))

        t0 = time.perf_counter()
        docs = [read_document(p) for p in paths]
        t1 = time.perf_counter()
        graphs = {}
        for d in docs:
            graphs[str(article_graph(d.article_id))] = article_to_graph(d, extract(d))
        t2 = time.perf_counter()
        triples = sum(len(g) for g in graphs.values())
        print(f"articles                 {len(paths)}  ({triples} triples, {triples / len(paths):.0f} per article)")
        print(f"read + normalise         {len(paths) / (t1 - t0):8.1f} articles/s")
        print(f"extract + build RDF      {len(paths) / (t2 - t1):8.1f} articles/s")

        sample = list(graphs.items())[: min(20, len(graphs))]
        times = []
        for iri, g in sample:
            v0 = time.perf_counter()
            validate_graph(iri, g)
            times.append(time.perf_counter() - v0)
        print(f"SHACL validation         {statistics.median(times) * 1000:8.0f} ms per article (median of {len(times)})")

        store = TdktStore(Path(tmp) / "store")
        l0 = time.perf_counter()
        store.replace_graphs({**reference_graphs(), **graphs})
        l1 = time.perf_counter()
        print(f"load (one transaction)   {l1 - l0:8.2f} s for {len(store)} quads ({len(store) / (l1 - l0):.0f} quads/s)")
        for name in ("articles", "officials", "events", "campaigns", "award_grants"):
            sparql = saved_queries()[name].read_text(encoding="utf-8")
            q0 = time.perf_counter()
            rows = len(run(store, sparql).rows)
            print(f"query {name:<18} {(time.perf_counter() - q0) * 1000:8.0f} ms ({rows} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
