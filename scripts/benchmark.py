#!/usr/bin/env python3
"""Measure tdkt end to end on N distinct articles and print the figures, each beside a baseline measured in
the same run.

    python scripts/benchmark.py --articles 1000                  # variants of the bundled samples
    python scripts/benchmark.py --articles 10000 --workers 2 --corpus ../shared/corpus --keep /tmp/b10k
    python scripts/benchmark.py --queries /tmp/b10k                # the saved queries again, on that store

Articles are distinct variants of the source articles (the samples, plus the .txt files of --corpus): each
copy gets its own headline and its own counts, so no two share a content hash. Prints: end-to-end articles/s
of `ingest` (reading, extraction, RDF, shape checks in worker processes, chunks staged then bulk-loaded), the seconds of each
stage summed over the workers, the parent's and the workers' peak RSS, the store's size on disk, the write
time beside Oxigraph's `bulk_load` of the same quads, and the latency of every saved query, whole and with each
declared parameter bound to a value of its answer. With underthesea
installed, its NER over the same texts is timed too (the statistical baseline the rules replace).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from tdkt import app
from tdkt.batch import default_workers, split_quad
from tdkt.queries import bind, parameters, run, saved_queries
from tdkt.resources import resource_path
from tdkt.staging import Staging
from tdkt.store import TdktStore


def variants(sources: list[Path], n: int, folder: Path) -> list[Path]:
    """n distinct articles: copy k of a source gets a headline of its own and its counts moved by k."""
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out = []
    for i in range(n):
        text, copy = texts[i % len(texts)], i // len(texts)
        head, sep, rest = text.partition("\n")
        shift = copy % 7
        rest = re.sub(r"\b(\d{2,3})( (?:tập thể|cá nhân))", lambda m, k=shift: f"{int(m.group(1)) + k}{m.group(2)}", rest)
        path = folder / f"{sources[i % len(sources)].stem}-v{copy:05d}.txt"
        path.write_text(f"{head} (kỳ {copy}){sep}{rest}", encoding="utf-8")
        out.append(path)
    return out


def staged_writes(article_quads: bytes, chunk: int, folder: Path) -> float:
    """Seconds to write the same quads as ingest writes them, alone: staged a chunk of graphs at a time (the
    seals, the lines about the run that wrote each graph, apart), then bulk-loaded and sealed."""
    graphs: dict[str, list[bytes]] = {}
    for line in article_quads.splitlines(keepends=True):
        if (quad := split_quad(line)) is not None:
            graphs.setdefault(quad[1], []).append(line)
    names = list(graphs)
    store = TdktStore(folder)
    t0 = time.perf_counter()
    staging = Staging(folder)
    for i in range(0, len(names), chunk):
        body, seals = {}, []
        for g in names[i : i + chunk]:
            lines = graphs[g]
            sealed = [x for x in lines if b"prov#wasGeneratedBy" in x or b"/id/run/" in x.split(b" ", 1)[0]]
            body[g] = b"".join(x for x in lines if x not in sealed)
            seals += sealed
        staging.write(body, b"".join(seals), len(body))
    staging.load(store, lambda *_: None)
    return time.perf_counter() - t0


def time_queries(store: TdktStore) -> None:
    """Every saved query's latency, whole; and for each parameter it declares, bound to a value its answer has
    (the question a user asks of one article, one person, one year)."""
    for name, path in saved_queries().items():
        sparql = path.read_text(encoding="utf-8")
        q0 = time.perf_counter()
        answer = run(store, sparql)
        print(f"query {name:<24} {(time.perf_counter() - q0) * 1000:8.0f} ms ({len(answer.rows)} rows)")
        for param in parameters(sparql):
            value = next((row[param].value for row in answer.rows if row.get(param) is not None), None)
            if value is None:
                continue
            q0 = time.perf_counter()
            rows = len(run(store, bind(sparql, {param: value})).rows)
            print(f"  {param}={value[:40]!r:<44} {(time.perf_counter() - q0) * 1000:8.0f} ms ({rows} rows)")


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kB


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="distinct articles to generate (default 1000)")
    ap.add_argument("--corpus", type=Path, metavar="DIR", help="also vary the .txt articles of this folder")
    ap.add_argument("--workers", type=int, default=default_workers(), help="worker processes (default: all cores)")
    ap.add_argument("--chunk", type=int, default=200, help="articles per staged shard (default 200)")
    ap.add_argument("--no-check", action="store_true", help="skip the shape checks")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="build the store here and keep it")
    ap.add_argument("--queries", type=Path, metavar="STORE", help="only time the saved queries on this store (one --keep built)")
    args = ap.parse_args()
    if args.queries:
        time_queries(TdktStore(args.queries, read_only=True))
        return 0
    found = sorted(resource_path("samples").glob("*.txt")) + (sorted(args.corpus.glob("*.txt")) if args.corpus else [])
    sources = list({p.name: p for p in found}.values())  # the samples are also in the gold corpus
    random.seed(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        paths = variants(sources, args.articles, folder)
        store_dir = args.keep or Path(tmp) / "store"
        if store_dir.exists():
            shutil.rmtree(store_dir)
        print(
            f"articles                 {len(paths)} distinct, from {len(sources)} sources; {args.workers} workers, chunks of {args.chunk}"
        )

        t0 = time.perf_counter()
        report = app.ingest([folder], store_dir, check=not args.no_check, workers=args.workers, chunk=args.chunk)
        took = time.perf_counter() - t0
        print(f"ingest end to end        {len(report.loaded) / took:8.1f} articles/s ({took:.1f} s; {len(report.skipped)} skipped)")
        for stage, seconds in report.stage_seconds.items():
            print(f"  {stage:<22} {seconds / max(1, len(report.loaded)) * 1000:8.1f} ms per article (in the workers)")
        per = 1000 / max(1, len(report.loaded))
        print(f"  staging chunks         {report.write_seconds:8.2f} s in the parent ({report.write_seconds * per:.1f} ms per article)")
        print(
            f"  loading the store      {report.load_seconds:8.2f} s, bulk loads of the staged shards and the seals ({report.load_seconds * per:.1f} ms per article)"
        )
        print(f"  compacting it          {report.optimize_seconds:8.2f} s ({report.optimize_seconds * per:.1f} ms per article)")
        print(f"peak RSS                 {peak_mb(resource.RUSAGE_SELF):8.0f} MB parent, {report.worker_peak_mb:.0f} MB largest worker")
        print(f"store on disk            {du(store_dir) / 1e6:8.1f} MB")

        v0 = time.perf_counter()
        checked, violations = app.validate(store_dir)
        print(f"tdkt validate            {time.perf_counter() - v0:8.1f} s for {checked} articles ({len(violations)} violations)")
        store = TdktStore(store_dir, read_only=True)
        quads = store.dump(ox.RdfFormat.N_QUADS)
        article_quads = b"".join(line + b"\n" for line in quads.splitlines() if b"/graph/article/" in line)
        del quads
        baseline = Path(tmp) / "bulk"
        b0 = time.perf_counter()
        ox.Store(str(baseline)).bulk_load(article_quads, format=ox.RdfFormat.N_QUADS)
        bulk = time.perf_counter() - b0
        n = article_quads.count(b"\n")
        alone = staged_writes(article_quads, args.chunk, Path(tmp) / "staged")
        in_ingest = report.write_seconds + report.load_seconds
        print(f"baseline bulk_load       {bulk:8.2f} s for the same {n} article quads, in one call")
        print(
            f"  staged writes alone    {alone:8.2f} s ({alone / bulk:.2f}x of it): staged in chunks of {args.chunk} articles, "
            f"then bulk loads of up to 96 MB and the seals, into a new store ({in_ingest / bulk:.2f}x in the ingest: staging and load)"
        )
        del article_quads

        time_queries(store)

        try:
            from underthesea import ner
        except ImportError:
            print("baseline NER             underthesea is not installed (pip install -e '.[bench]') : not measured")
        else:
            sample = paths[: min(20, len(paths))]
            u0 = time.perf_counter()
            for p in sample:
                for line in p.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        ner(line)
            print(f"baseline NER             {len(sample) / (time.perf_counter() - u0):8.1f} articles/s (underthesea, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
