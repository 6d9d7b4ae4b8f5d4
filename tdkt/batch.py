"""Ingest at scale: the per-article map, run in worker processes, and the chunked writes that follow it.

Each article is read, extracted, turned into RDF and checked against the shapes on its own (`process`), within
a size and a time budget; a worker takes a few articles at a time (`process_many`). The result is small and
picklable (each graph as N-Quads bytes, with its violations), so the map runs the same in one process, in a
pool of processes (`--workers`), or on a Dask cluster. The parent only drops duplicates and stages one chunk at a
time (`--chunk`) for the store's load after the last article (tdkt.staging): memory stays flat whatever the size
of the batch.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path

from tdkt.ingest.errors import ArticleError
from tdkt.ingest.reader import MAX_ARTICLE_BYTES
from tdkt.validate import Violation

DEFAULT_CHUNK = 200  # articles per write: a few MB of quads
DEFAULT_SECONDS = 60.0  # an article's time budget: a long report takes well under a second
PER_TASK = 20  # articles a worker takes at once: one message to and from the parent for the lot


@dataclass(frozen=True)
class Budget:
    """What one article may cost: its file size, and the seconds from reading it to its serialised graph."""

    max_bytes: int = MAX_ARTICLE_BYTES
    seconds: float = DEFAULT_SECONDS


@dataclass
class Done:
    """One article's result: its graph (N-Quads lines of the named graph `graph`), or why it was skipped."""

    path: str
    article_id: str = ""
    content_hash: str = ""
    graph: str = ""
    nquads: bytes = b""
    summary: str = ""
    skipped: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # per stage: read, extract, rdf (N-Quads), check
    peak_mb: float = 0.0  # the process's peak RSS after this article
    violations: list[Violation] = field(default_factory=list)  # of the shapes, when checked


class OverBudget(Exception):
    pass


class Deadline:
    """The clock of one article's budget, for the work to check between its stages and components: where SIGALRM
    cannot stop it (outside a process's main thread, as in Dask's worker threads), the work stops at the next
    check after the deadline, and each component is linear in the article, whose size is bounded."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds if seconds > 0 else None

    def check(self) -> None:
        if self.at is not None and time.monotonic() > self.at:
            raise OverBudget


@contextmanager
def time_budget(seconds: float) -> Iterator[Deadline]:
    """Stop the work inside after `seconds`: by SIGALRM in a process's main thread, else at the first check of
    the deadline it yields after that time."""
    deadline = Deadline(seconds)
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield deadline
        return

    def stop(_signum: int, _frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


DEFAULT_BUDGET = Budget()


def process(path: str | Path, budget: Budget = DEFAULT_BUDGET, check: bool = False) -> Done:
    """Read, extract and build one article's graph, and with `check` test it against the shapes (their Python
    form, tdkt.pychecks, on the triples just built); never raises: a failure is a Done with `skipped` set."""
    from tdkt.ingest.pipeline import extract, read_document
    from tdkt.ingest.rdf import article_triples, ntriples

    from .pychecks import check_article
    from .vocab import article_graph

    path = Path(path)
    started = time.monotonic()
    clock = _Clock()
    violations: list[Violation] = []
    try:
        with time_budget(budget.seconds) as deadline:
            doc = clock("read", read_document, path, max_bytes=budget.max_bytes)
            facts = clock("extract", extract, doc, deadline.check)  # checked after each component, the last too
            triples = clock("rdf", article_triples, doc, facts)
            iri = str(article_graph(doc.article_id))
            data = clock("rdf", ntriples, triples, iri)
            deadline.check()
            if check:
                violations = clock("check", check_article, doc.article_id, triples)
    except ArticleError as exc:
        return Done(str(path), skipped=f"skipped {exc}")
    except OverBudget:
        return Done(
            str(path),
            skipped=f"skipped {path}: still not done after {budget.seconds:g} s (the time budget of one article); "
            "if it is a real article, raise it with --article-seconds",
        )
    except Exception as exc:  # one bad article does not stop a batch
        return Done(str(path), skipped=f"skipped {path}: extraction failed ({type(exc).__name__}: {exc}); please report this file")
    summary = (
        f"{doc.article_id}: {len(facts.people)} people, {len(facts.events)} events, {len(facts.campaigns)} campaigns, "
        f"{len(facts.grants)} grants, {len(triples)} triples in {time.monotonic() - started:.2f} s"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return Done(str(path), doc.article_id, doc.content_hash, iri, data, summary, None, clock.seconds, peak, violations)


def process_many(paths: list[str], budget: Budget = DEFAULT_BUDGET, check: bool = True) -> list[Done]:
    """A worker's task: a few articles, each processed (and checked) on its own budget."""
    return [process(path, budget, check) for path in paths]


class _Clock:
    """Times each stage of one article (for the benchmark's per-stage figures)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def __call__(self, stage: str, fn: Callable, *args: object, **kwargs: object):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - t0


def in_graph(ntriples: bytes, graph: str) -> bytes:
    """N-Triples lines as N-Quads lines of one named graph (each line ends ' .'; literals escape their newlines)."""
    name = f"<{graph}> .\n".encode()
    return b"".join(line[:-2] + name for line in ntriples.splitlines(keepends=True) if line.endswith(b" .\n"))


def split_quad(line: bytes) -> tuple[bytes, str] | None:
    """An N-Quads line of a named graph as (its N-Triples line, the graph's IRI): the graph's name is the last
    term, so it starts at the last ' <'; None for a line that does not end with an IRI (an empty one)."""
    head, sep, name = line.rstrip(b"\n").rstrip(b" .").rpartition(b" <")
    return (head + b" .\n", name[:-1].decode("utf-8")) if sep and name.endswith(b">") else None


def out_of_graph(nquads: bytes) -> bytes:
    """N-Quads lines of one named graph as N-Triples lines (the graph's name taken off)."""
    return b"".join(quad[0] for line in nquads.splitlines(keepends=True) if (quad := split_quad(line)) is not None)


def _warm() -> None:
    """Load the rule tables, the gazetteer, the compiled shapes and the reference graphs they read once per
    worker, before its first article."""
    from tdkt.ingest.pipeline import warm_up

    from .checks import compiled
    from .pychecks import reference

    warm_up()
    compiled()
    reference()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def tasks(paths: list[Path], per_task: int = PER_TASK) -> list[list[str]]:
    return [[str(p) for p in paths[i : i + per_task]] for i in range(0, len(paths), per_task)]


def run_map(paths: list[Path], budget: Budget, workers: int, check: bool = True, per_task: int = PER_TASK) -> Iterator[Done]:
    """`process_many` over the paths, a task of `per_task` articles at a time, results in input order: in this
    process, or in a pool of `workers` processes."""
    work = partial(process_many, budget=budget, check=check)
    if workers <= 1 or len(paths) < 2 * workers:  # a pool's start-up costs more than a few articles
        for task in tasks(paths, per_task):
            yield from work(task)
        return
    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    per_task = max(1, min(per_task, len(paths) // (2 * workers)))  # a small batch still keeps every worker busy
    in_flight = 4 * workers  # results waiting for the parent stay few, whatever the batch (Pool.imap would queue them all)
    try:
        pool = context.Pool(workers, initializer=_warm)
    except OSError as exc:  # no semaphores or shared memory (some containers): the same map in this process
        print(f"tdkt: cannot start worker processes ({exc}); reading the articles in this process", file=sys.stderr)
        for task in tasks(paths, per_task):
            yield from work(task)
        return
    # a worker that dies (killed, out of memory) loses its task: waiting for it is bounded by its articles' budgets
    patience = budget.seconds * per_task + 60 if budget.seconds > 0 else None
    with pool:
        pending: deque[tuple[list[str], AsyncResult]] = deque()
        queue = iter(tasks(paths, per_task))
        for task in islice(queue, in_flight):
            pending.append((task, pool.apply_async(work, (task,))))
        while pending:
            task, result = pending.popleft()
            try:
                done = result.get(patience)
            except multiprocessing.TimeoutError:
                done = [Done(p, skipped=f"skipped {p}: its worker process did not answer (killed, or out of memory?)") for p in task]
            following = next(queue, None)
            if following is not None:
                pending.append((following, pool.apply_async(work, (following,))))
            yield from done


def dask_map(paths: list[Path], budget: Budget, scheduler: str, check: bool = True, window: int = 16) -> Iterator[Done]:
    """`process_many` over the paths on a Dask cluster, results in input order; at most `window` tasks in
    flight, so the parent's memory stays bounded. The workers need tdkt installed and the paths readable (a
    shared disk). `scheduler` is the address of a running scheduler (tcp://HOST:8786), or "local" for a cluster
    of processes on this machine. Dask runs tasks in worker threads, which SIGALRM cannot stop: there an article
    over its time budget stops at the next check of its deadline (between stages and extraction's components)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        from .errors import TdktError

        raise TdktError("the dask engine needs Dask: pip install 'tdkt[cluster]' (dask[distributed])") from None
    cluster = LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True) if scheduler == "local" else None
    try:
        with Client(cluster or scheduler, timeout="10s") as client:
            work = partial(process_many, budget=budget, check=check)
            every = tasks(paths)
            for start in range(0, len(every), window):
                futures = client.map(work, every[start : start + window], pure=False)
                for future in futures:
                    yield from future.result()
    except OSError as exc:
        from .errors import EXIT_REMOTE, TdktError

        raise TdktError(
            f"cannot reach the Dask scheduler at {scheduler}: {exc}; start it (dask scheduler) or check the address", EXIT_REMOTE
        ) from None
    finally:
        if cluster is not None:
            cluster.close()


class Shards:
    """N-Quads shards in a folder, one per chunk (shard-00000.nq, ...), each written whole (to a temporary name,
    then renamed), for `tdkt load --shards` to bulk-load into the embedded store or a server."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.count = len(list(folder.glob("shard-*.nq")))

    def write(self, nquads: Iterable[bytes]) -> Path:
        path = self.folder / f"shard-{self.count:05d}.nq"
        partial_path = path.with_suffix(".nq.partial")
        with partial_path.open("wb") as out:
            for block in nquads:
                out.write(block)
        partial_path.replace(path)
        self.count += 1
        return path


def shard_graphs(path: Path) -> dict[str, bytes]:
    """A shard's graphs, each as N-Triples (the graph name taken off every line)."""
    graphs: dict[str, list[bytes]] = {}
    with path.open("rb") as lines:
        for line in lines:
            if (quad := split_quad(line)) is not None:
                graphs.setdefault(quad[1], []).append(quad[0])
    return {g: b"".join(ls) for g, ls in graphs.items()}
