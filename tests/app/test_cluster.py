"""Beyond one machine: `ingest --engine dask` runs the same per-article map on a Dask cluster (here a local
cluster of processes the test starts) and writes N-Quads shards; `load --shards` bulk-loads them into the
embedded store or PUTs them into a server; either way the graph is the one a local ingest builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tdkt.cli import main

from ..conftest import SAMPLES, store_quads
from ..servers import oxigraph_server


def _quads(store: Path) -> list[str]:
    return store_quads(store)


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_dask_cluster_writes_shards_that_load_into_the_graph_of_a_local_ingest(scheduler, tmp_path, sample_store):
    shards = tmp_path / "shards"
    argv = ["ingest", str(SAMPLES), "--engine", "dask", "--scheduler", scheduler, "--shards", str(shards), "--chunk", "2", "-q"]
    assert main(argv) == 0
    assert len(list(shards.glob("shard-*.nq"))) == 3  # five articles, two a chunk
    assert main(["load", "--shards", str(shards), "--store", str(tmp_path / "store"), "-q"]) == 0
    assert _quads(tmp_path / "store") == _quads(sample_store)
    assert main(["load", "--shards", str(shards), "--store", str(tmp_path / "store"), "-q"]) == 0  # again: replaces
    assert _quads(tmp_path / "store") == _quads(sample_store)
    with oxigraph_server(tmp_path / "ox") as base:
        assert main(["load", "--shards", str(shards), "--graph-store", f"{base}/store", "-q"]) == 0
        assert main(["query", "award_grants", "--endpoint", f"{base}/query", "--format", "csv"]) == 0


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    argv = ["ingest", str(SAMPLES), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--shards", str(tmp_path), "-q"]
    assert main(argv) == 5
    err = capsys.readouterr().err
    assert "Dask scheduler" in err and "Traceback" not in err


def test_shards_beside_a_store_and_the_dask_engine_into_a_store(scheduler, tmp_path, sample_store):
    """--shards and --engine dask also work when a store is written: the API's ingest takes them too."""
    store, shards = tmp_path / "store", tmp_path / "shards"
    argv = ["ingest", str(SAMPLES), "--store", str(store), "--engine", "dask", "--scheduler", scheduler, "--shards", str(shards), "-q"]
    assert main(argv) == 0
    assert _quads(store) == _quads(sample_store) and len(list(shards.glob("shard-*.nq"))) == 1
