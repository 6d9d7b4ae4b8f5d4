"""Ingest's staging: each chunk of article graphs goes to an N-Quads shard in the store's folder while the workers
extract, and the whole batch is bulk-loaded into the store in one call at the end, then sealed.

Why not write each chunk to the store as it comes: Oxigraph's bulk loader costs less per quad the more it loads
at once, and a load beside the workers takes their CPU. Measured at 10,000 articles on 2 cores: written chunk by
chunk (200 articles) beside the workers, the parent spent 10 ms of CPU an article and the ingest took 141 s;
staged, then loaded in calls of 96 MB, 128 s (one call: 118 s, but 1.8 GB of memory). Staged, the parent only
appends bytes to a file during extraction and memory stays flat (a chunk, and one load call, at a time).

An ingest interrupted before its load leaves the store as it was; the next ingest clears the staging folder and
reads every article again (as re-ingesting always does). Interrupted during the load, the graphs loaded are whole
exactly when sealed: the seals (the run that wrote each graph) go in after every quad, and `tdkt validate` names
a graph without one; running the same ingest again rewrites it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .batch import Shards
from .errors import StoreError
from .store import TdktStore

# Oxigraph's bulk loader holds about 1.6 KB a quad of one call in memory, up to a million quads: one call per
# ~96 MB of staged N-Quads (about 350,000 quads, 1,000 long reports) kept its process at 575 MB, where one call
# for 10,000 articles took 1.6-1.8 GB; the smaller calls cost about 1.3x as long as the one
LOAD_BYTES = 96 * 2**20
STAGING = "tdkt-staging"  # inside the store's folder: Oxigraph's files are its own, a folder beside them is ignored
Progress = Callable[[int, int, str], None]


class Staging:
    """The shards of one ingest, with the graphs they hold and their seals, until `load` writes them."""

    def __init__(self, store: Path) -> None:
        self.folder = store / STAGING
        shutil.rmtree(self.folder, ignore_errors=True)  # left by an ingest interrupted before its load
        self.shards = Shards(self.folder)
        self.seals = self.folder / "seals.nq"
        self.graphs: list[str] = []
        self.sizes: list[tuple[int, int]] = []  # (bytes, articles) of each shard, for the load's progress

    def write(self, quads: dict[str, bytes], seals: bytes, articles: int) -> None:
        """Stage a chunk: its graphs' quads as one shard, its seals appended to the seals file."""
        path = self.shards.write(quads.values())
        self.graphs += quads
        self.sizes.append((path.stat().st_size, articles))
        with self.seals.open("ab") as out:
            out.write(seals)

    def load(self, db: TdktStore, progress: Progress) -> None:
        """Replace the staged graphs in the store: remove those it has, bulk-load the shards in calls of up to
        LOAD_BYTES, then the seals; the staging folder goes when all is in."""
        if not self.graphs:
            shutil.rmtree(self.folder, ignore_errors=True)
            return
        total = sum(n for _, n in self.sizes)
        progress(0, total, f"loading {total} articles into the store (bulk loads of up to {LOAD_BYTES >> 20} MB)")
        try:
            self._load_quads(db, progress)
            self._seal(db)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"could not load the staged articles into the store at {db.path}: {exc}") from None
        shutil.rmtree(self.folder, ignore_errors=True)

    def _load_quads(self, db: TdktStore, progress: Progress) -> None:
        db.remove_graphs(self.graphs)
        shards = sorted(self.folder.glob("shard-*.nq"))
        reader = _ShardReader(self.sizes, progress)
        for group in _groups(shards, self.sizes, LOAD_BYTES):
            db.store.bulk_load(reader.of(group), format=ox.RdfFormat.N_QUADS, lenient=True)  # lenient: quads tdkt wrote

    def _seal(self, db: TdktStore) -> None:
        if self.seals.exists():
            db.store.bulk_load(path=str(self.seals), format=ox.RdfFormat.N_QUADS)
        db.store.flush()


def _groups(shards: list[Path], sizes: list[tuple[int, int]], limit: int) -> list[list[Path]]:
    """The shards in runs of at most `limit` bytes (a shard larger than that alone)."""
    groups: list[list[Path]] = []
    size = limit
    for shard, (nbytes, _) in zip(shards, sizes, strict=True):
        if size + nbytes > limit:
            groups.append([])
            size = 0
        groups[-1].append(shard)
        size += nbytes
    return groups


class _ShardReader:
    """Shards read one after the other as one stream (what one bulk load reads), telling `progress` as each
    shard's articles are read."""

    def __init__(self, sizes: list[tuple[int, int]], progress: Progress) -> None:
        self.sizes, self.progress = iter(sizes), progress
        self.total = sum(n for _, n in sizes)
        self.done = 0
        self.paths: Iterator[Path] = iter(())
        self.file: BinaryIO | None = None

    def of(self, paths: list[Path]) -> _ShardReader:
        self.paths = iter(paths)
        return self

    def read(self, n: int = -1) -> bytes:
        while True:
            if self.file is None:
                path = next(self.paths, None)
                if path is None:
                    return b""
                self.file = path.open("rb")
            data = self.file.read(n if n is not None and n > 0 else 1 << 20)
            if data:
                return data
            self.file.close()
            self.file = None
            self.done += next(self.sizes, (0, 0))[1]
            self.progress(self.done, self.total, f"loaded {self.done} of {self.total} articles into the store")
